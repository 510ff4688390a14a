// moto in server mode for the infra end-to-end test: the actions' startMoto (a free loopback
// port, extra server environment such as MOTO_ECS_SERVICE_RUNNING), plus switching moto's IAM
// enforcement and asking the installed moto which resource types its CloudFormation creates.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { venvPython } from '../../../actions/test-support/paths.js';

export { startMoto, type MotoServer } from '../../../actions/test-support/moto.js';

/**
 * From now on moto checks every request's signature and the caller's IAM policies (moto's
 * "IAM-like access control"; `enforce: false` switches it off again). Keys moto did not issue,
 * like the test's static ones, are then rejected.
 */
export async function enforceIam(endpoint: string, enforce: boolean): Promise<void> {
  const response = await fetch(`${endpoint}/moto-api/reset-auth`, { method: 'POST', body: enforce ? '0' : 'inf' });
  if (!response.ok) throw new Error(`moto reset-auth answered ${response.status}`);
}

/**
 * The resource types the installed moto's CloudFormation creates: its model map, the table
 * moto_server itself looks types up in (it skips every other type; Custom::* would run a Lambda).
 * Importing moto takes seconds: start it before other work and await it after.
 */
export async function motoCloudFormationTypes(): Promise<Set<string>> {
  const script = 'import json\nfrom moto.cloudformation.parsing import get_model_map\nprint(json.dumps(sorted(get_model_map())))';
  const { stdout } = await promisify(execFile)(venvPython, ['-c', script], { encoding: 'utf8' });
  const types = JSON.parse(stdout) as string[];
  return new Set(types.filter((type) => !type.startsWith('Custom::')));
}
