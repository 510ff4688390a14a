// What a cancelled deploy reports, for each state the endpoint can be in (recorded shapes).
import { describe, expect, it } from '@jest/globals';
import { cancelNotice } from '../src/cancel.js';
import { endpointName, inService, oldConfig, updating } from './fixtures/endpoint-update.js';

const newConfig = 'slipway-staging-abalone-3f3f3f3f-20261206195011';
const change = { endpointName, targetConfig: newConfig, previousConfig: oldConfig };

describe('cancelNotice', () => {
  it('says SageMaker finishes an update in progress, when it rolls back, and how to go back', () => {
    expect(cancelNotice(endpointName, updating(newConfig, 'Baking', 'Baking period started.'), change)).toBe(
      `endpoint ${endpointName} is Updating, moving from ${oldConfig} to ${newConfig}; SageMaker has no call to cancel an ` +
        `update in progress: it finishes the blue/green shift to ${newConfig} (the canary share, its bake time, then all ` +
        `traffic) and rolls back to ${oldConfig} by itself only if an auto-rollback alarm fires. To end on ${oldConfig}, ` +
        `once the endpoint is InService run aws sagemaker update-endpoint --endpoint-name ${endpointName} --endpoint-config-name ${oldConfig}`,
    );
  });

  it('says a creation goes on and how to remove the endpoint', () => {
    const creating = { ...inService(newConfig), EndpointStatus: 'Creating' as const };
    expect(cancelNotice(endpointName, creating, { ...change, previousConfig: '' })).toBe(
      `endpoint ${endpointName} is Creating on ${newConfig}; SageMaker has no call to cancel that and finishes creating it. ` +
        `To remove it: aws sagemaker delete-endpoint --endpoint-name ${endpointName}`,
    );
  });

  it('tells a finished deploy from a rolled-back one', () => {
    expect(cancelNotice(endpointName, inService(newConfig), change)).toMatch(
      new RegExp(`^endpoint ${endpointName} had already finished: InService on ${newConfig}\\. To end on ${oldConfig}, `),
    );
    expect(cancelNotice(endpointName, inService(oldConfig), change)).toBe(
      `endpoint ${endpointName} is InService on ${oldConfig}, not on ${newConfig}: SageMaker rolled the update back`,
    );
  });

  it('says the endpoint was not changed when the cancel came first', () => {
    expect(cancelNotice(endpointName, inService(oldConfig), undefined)).toBe(
      `endpoint ${endpointName} was not changed: it is InService on ${oldConfig} ` +
        '(a model and endpoint config this run may have created stay until a later deploy prunes them)',
    );
    expect(cancelNotice(endpointName, undefined, undefined)).toBe(`endpoint ${endpointName} does not exist and this run did not create it`);
  });
});
