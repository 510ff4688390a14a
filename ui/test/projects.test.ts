// The projects the UI serves and the one the page shows: the list's shape, the choice from the
// URL, links that keep the view, and each project's live model version asked of its own API.
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectChoice } from '../src/lib/project-choice.svelte';
import { choose, fetchProjects, projectHref, requestedProject, type ProjectsConfig } from '../src/lib/projects';
import { json, modelInfo, scriptedFetch } from './fixtures';

const two: ProjectsConfig = {
  default: 'house-prices',
  projects: [
    { name: 'house-prices', path: '/projects/house-prices' },
    { name: 'abalone', path: '/projects/abalone' },
  ],
};
const abaloneModel = () => ({ ...modelInfo(), project: 'abalone', version: 'abalone-b3cdadc3627c' });

afterEach(() => {
  history.replaceState(null, '', '/');
});

describe('fetchProjects', () => {
  it('reads the list from the UI server', async () => {
    const { fetcher, requests } = scriptedFetch([json(200, two)]);
    expect(await fetchProjects(fetcher)).toEqual({ kind: 'ok', data: two });
    expect(requests[0]?.url).toBe('/ui-config/projects');
  });

  it('refuses an answer of another shape, saying what it expected', async () => {
    const { fetcher } = scriptedFetch([json(200, { default: 'a', projects: [{ name: 'a' }] })]);
    expect(await fetchProjects(fetcher)).toEqual({
      kind: 'error',
      status: 200,
      detail: '/ui-config/projects answered JSON that is not {"default", "projects": [{"name", "path"}]}',
    });
  });

  it('takes a 404 (static files, no UI web server) as one API at /api', async () => {
    const { fetcher } = scriptedFetch([new Response('Not found: /ui-config/projects\n', { status: 404 })]);
    expect(await fetchProjects(fetcher)).toEqual({ kind: 'ok', data: { default: null, projects: [] } });
  });

  it('passes a failure through as its state', async () => {
    const { fetcher } = scriptedFetch([new TypeError('Failed to fetch')]);
    expect(await fetchProjects(fetcher)).toEqual({ kind: 'unreachable', detail: 'No answer from /ui-config/projects: Failed to fetch' });
  });
});

describe('choose', () => {
  it('takes the default project, at /api, when the URL names none or names the default', () => {
    expect(choose(two, null)).toEqual({ kind: 'project', name: 'house-prices', base: '' });
    expect(choose(two, 'house-prices')).toEqual({ kind: 'project', name: 'house-prices', base: '' });
  });

  it('takes another project at its own path', () => {
    expect(choose(two, 'abalone')).toEqual({ kind: 'project', name: 'abalone', base: '/projects/abalone' });
  });

  it('says which projects there are when the URL names another', () => {
    expect(choose(two, 'iris')).toEqual({ kind: 'unknown', name: 'iris', served: ['house-prices', 'abalone'] });
  });

  it('with one unnamed API, shows it unless the URL names a project', () => {
    const one = { default: null, projects: [] };
    expect(choose(one, null)).toEqual({ kind: 'project', name: null, base: '' });
    expect(choose(one, 'abalone')).toEqual({ kind: 'unknown', name: 'abalone', served: [] });
  });
});

describe('the URL', () => {
  it('reads ?project=', () => {
    expect(requestedProject('?project=abalone&x=1')).toBe('abalone');
    expect(requestedProject('')).toBeNull();
  });

  it('links to a project keeping the other parameters and the view', () => {
    expect(projectHref({ pathname: '/', search: '?x=1&project=house-prices' }, 'abalone', '#/model')).toBe('/?x=1&project=abalone#/model');
  });
});

describe('ProjectChoice', () => {
  it("lists several projects with each one's model version from its own API", async () => {
    const { fetcher, requests } = scriptedFetch([json(200, two), json(200, modelInfo()), json(503, { detail: 'no bundle', errors: [] })]);
    const projects = new ProjectChoice(fetcher);
    await projects.load();
    expect(projects.pickable).toBe(true);
    expect(requests.map((request) => request.url)).toEqual([
      '/ui-config/projects',
      '/projects/house-prices/api/v1/model',
      '/projects/abalone/api/v1/model',
    ]);
    expect(projects.versions).toEqual({
      'house-prices': { kind: 'ok', data: 'house-prices-83a4aa653ee8' },
      abalone: { kind: 'not-ready', detail: 'no bundle' },
    });
  });

  it('asks nothing more and offers no choice with one API', async () => {
    const { fetcher, requests } = scriptedFetch([json(200, { default: null, projects: [] })]);
    const projects = new ProjectChoice(fetcher);
    await projects.load();
    expect(projects.pickable).toBe(false);
    expect(requests).toHaveLength(1);
    expect(projects.choice).toEqual({ kind: 'project', name: null, base: '' });
  });

  it("without ?project=, has the default project's client before the list arrives, and keeps it", async () => {
    const { fetcher, requests } = scriptedFetch([
      json(200, two),
      json(200, modelInfo()),
      json(200, abaloneModel()),
      json(200, modelInfo()),
    ]);
    const projects = new ProjectChoice(fetcher);
    const early = projects.client;
    expect(early).toBeDefined();
    await projects.load();
    expect(projects.client).toBe(early);
    await early?.model();
    expect(requests.at(-1)?.url).toBe('/api/v1/model');
  });

  it('has no client for a named project until the list says where it is', async () => {
    history.replaceState(null, '', '/?project=abalone');
    const { fetcher } = scriptedFetch([json(200, two), json(200, modelInfo()), json(200, abaloneModel())]);
    const projects = new ProjectChoice(fetcher);
    expect(projects.client).toBeUndefined();
    await projects.load();
    expect(projects.base).toBe('/projects/abalone');
  });

  it('starts on the project the URL names, and its client asks that project', async () => {
    history.replaceState(null, '', '/?project=abalone#/batch');
    const { fetcher, requests } = scriptedFetch([
      json(200, two),
      json(200, modelInfo()),
      json(200, abaloneModel()),
      json(200, abaloneModel()),
    ]);
    const projects = new ProjectChoice(fetcher);
    await projects.load();
    expect(await projects.client?.model()).toEqual({ kind: 'ok', data: abaloneModel() });
    expect(requests.at(-1)?.url).toBe('/projects/abalone/api/v1/model');
  });

  it('records a choice in the URL as a new history entry, and follows Back', async () => {
    history.replaceState(null, '', '/#/model');
    const { fetcher } = scriptedFetch([json(200, two), json(200, modelInfo()), json(200, abaloneModel())]);
    const projects = new ProjectChoice(fetcher);
    await projects.load();
    const before = history.length;
    projects.select('abalone');
    expect(`${location.pathname}${location.search}${location.hash}`).toBe('/?project=abalone#/model');
    expect(history.length).toBe(before + 1);
    expect(projects.choice).toEqual({ kind: 'project', name: 'abalone', base: '/projects/abalone' });
    projects.select('abalone');
    expect(history.length).toBe(before + 1);
    history.replaceState(null, '', '/#/model');
    projects.followLocation();
    expect(projects.choice).toEqual({ kind: 'project', name: 'house-prices', base: '' });
  });
});
