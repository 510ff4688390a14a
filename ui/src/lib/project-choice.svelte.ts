// The page's project: the list from the UI server, each project's live model version (asked of
// that project's API), and the one chosen in the URL. With one project there is nothing to pick.
import { ApiClient, type ApiState } from './api';
import { choose, fetchProjects, projectHref, requestedProject, type Choice, type ProjectsConfig } from './projects';

export class ProjectChoice {
  private readonly fetcher: typeof fetch;
  private readonly page: { location: Location; history: History };
  config: ApiState<ProjectsConfig> = $state({ kind: 'loading' });
  /** Each listed project's model version, by project name. */
  versions: Record<string, ApiState<string>> = $state({});
  requested: string | null = $state(null);
  readonly choice: Choice | undefined = $derived(this.config.kind === 'ok' ? choose(this.config.data, this.requested) : undefined);
  /** The picker is shown only when there is more than one project. */
  readonly pickable: boolean = $derived(this.config.kind === 'ok' && this.config.data.projects.length > 1);
  /**
   * Where the chosen project's /api/* is. Without ?project= it is '' (the default project, or the
   * one API) before the list arrives, so the page asks for the model while the list loads.
   */
  readonly base: string | undefined = $derived(
    this.requested === null ? '' : this.choice?.kind === 'project' ? this.choice.base : undefined,
  );
  /** The chosen project's API client; undefined for an unknown project (or until the list names it). */
  readonly client: ApiClient | undefined = $derived.by(() => this.clientFor(this.base));

  constructor(fetcher: typeof fetch, page: { location: Location; history: History } = window) {
    this.fetcher = fetcher;
    this.page = page;
    this.requested = requestedProject(page.location.search);
  }

  private clientFor(base: string | undefined): ApiClient | undefined {
    return base === undefined ? undefined : new ApiClient(base, this.fetcher);
  }

  async load(): Promise<void> {
    this.config = { kind: 'loading' };
    const config = await fetchProjects(this.fetcher);
    this.config = config;
    if (config.kind === 'ok' && config.data.projects.length > 1) await this.loadVersions(config.data);
  }

  private async loadVersions(config: ProjectsConfig): Promise<void> {
    this.versions = Object.fromEntries(config.projects.map((project) => [project.name, { kind: 'loading' }]));
    await Promise.all(
      config.projects.map(async (project) => {
        const model = await new ApiClient(project.path, this.fetcher).model();
        this.versions[project.name] = model.kind === 'ok' ? { kind: 'ok', data: model.data.version } : model;
      }),
    );
  }

  /** The link to `name`'s page, in the view `hash`. */
  href(name: string, hash: string): string {
    return projectHref(this.page.location, name, hash);
  }

  /** Shows `name` and records it in the URL (a new history entry, so Back returns). */
  select(name: string): void {
    if (this.choice?.kind === 'project' && this.choice.name === name) return;
    this.page.history.pushState(null, '', this.href(name, this.page.location.hash));
    this.requested = name;
  }

  /** After Back/Forward: the project the URL names now. */
  followLocation(): void {
    this.requested = requestedProject(this.page.location.search);
  }
}
