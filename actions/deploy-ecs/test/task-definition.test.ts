import { afterAll, describe, expect, it } from '@jest/globals';
import { scratch } from '../../test-support/temp.js';
import { readTaskDefinitionFile, toRegisterInput } from '../src/task-definition.js';
import { renderTaskDefinition } from '../src/render.js';
import { previousDefinition } from './fixtures/circuit-breaker.js';

const tmp = scratch('taskdef');
afterAll(() => {
  tmp.cleanup();
});

describe('task definition input', () => {
  it('drops the read-only fields ECS returns', () => {
    const input = toRegisterInput(previousDefinition, 'current');
    expect(input).not.toHaveProperty('taskDefinitionArn');
    expect(input).not.toHaveProperty('revision');
    expect(input).not.toHaveProperty('requiresAttributes');
    expect(input).not.toHaveProperty('compatibilities');
    expect(input).not.toHaveProperty('registeredBy');
    expect(input.taskRoleArn).toBe(previousDefinition.taskRoleArn);
  });

  it('names the file and the field that is wrong', () => {
    const typo = tmp.write('typo.json', JSON.stringify({ family: 'api', contanerDefinitions: [] }));
    expect(() => readTaskDefinitionFile(typo)).toThrow(
      `${typo}: contanerDefinitions: not a task definition field; RegisterTaskDefinition accepts family, `,
    );
    const noName = tmp.write(
      'no-name.json',
      JSON.stringify({ family: 'api', containerDefinitions: [{ name: 'api', image: 'a' }, { image: 'b' }] }),
    );
    expect(() => readTaskDefinitionFile(noName)).toThrow(`${noName}: containerDefinitions[1].name: missing; every container needs a name`);
    const twice = tmp.write('twice.json', JSON.stringify({ family: 'api', containerDefinitions: [{ name: 'api' }, { name: 'api' }] }));
    expect(() => readTaskDefinitionFile(twice)).toThrow(`${twice}: containerDefinitions[1].name: "api" is used by two containers`);
    const noFamily = tmp.write('no-family.json', JSON.stringify({ containerDefinitions: [{ name: 'api' }] }));
    expect(() => readTaskDefinitionFile(noFamily)).toThrow(`${noFamily}: family: missing`);
    const broken = tmp.write('broken.json', '{"family": "api",');
    expect(() => readTaskDefinitionFile(broken)).toThrow(`${broken}: not valid JSON`);
    expect(() => readTaskDefinitionFile(`${tmp.dir}/missing.json`)).toThrow(`${tmp.dir}/missing.json: task definition file not found`);
  });
});

describe('renderTaskDefinition', () => {
  const base = toRegisterInput(previousDefinition, 'current');

  it('leaves the input untouched and reports no change for the same image and value', () => {
    const same = renderTaskDefinition(
      base,
      { api: previousDefinition.containerDefinitions[0]?.image ?? '' },
      { api: { SLIPWAY_MODEL_VERSION: 'house-prices-000000000001' } },
    );
    expect(same.changes).toEqual([]);
    const changed = renderTaskDefinition(base, { api: 'api:new' }, {});
    expect(changed.definition.containerDefinitions?.[0]?.image).toBe('api:new');
    expect(base.containerDefinitions?.[0]?.image).toBe(previousDefinition.containerDefinitions[0]?.image);
  });

  it('lists every unknown container with the real ones', () => {
    expect(() => renderTaskDefinition(base, {}, { web: { A: '1' }, worker: { B: '2' } })).toThrow(
      'input environment: no container "web", "worker" in task definition family "house-prices"; its containers are api',
    );
  });
});
