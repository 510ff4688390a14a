// Builds the Slipway app: Slipway-Shared, then one stack per environment. bin/slipway.ts calls
// it with the configuration; tests and scripts/synth.ts call it with variants.
import { App, DefaultStackSynthesizer, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readFileSync } from 'node:fs';
import { validateConfig, type EnvironmentName, type SlipwayConfig } from './config.js';
import { EnvironmentStack } from './environment/environment-stack.js';
import { acknowledgeNagFindings } from './nag-acknowledgements.js';
import { SharedStack } from './shared/shared-stack.js';

export const STACK_IDS = { shared: 'Slipway-Shared', staging: 'Slipway-Staging', production: 'Slipway-Production' } as const;
export const IMAGE_TAG_CONTEXT = 'slipway:imageTag';
const ENVIRONMENTS: EnvironmentName[] = ['staging', 'production'];

export interface SlipwayApp {
  app: App;
  shared: SharedStack;
  environments: Record<EnvironmentName, EnvironmentStack>;
}

/** cdk.json's context (the availability zones), so an App built outside the CLI synthesizes the same. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(new URL('../cdk.json', import.meta.url), 'utf8')) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}

export function buildSlipwayApp(config: SlipwayConfig, appProps: AppProps = {}): SlipwayApp {
  validateConfig(config);
  // No AWS::CDK::Metadata resource: nothing in the templates that a CloudFormation stand-in lacks.
  const app = new App({ analyticsReporting: false, ...appProps, context: { ...cdkJsonContext(), ...appProps.context } });
  const imageTag = app.node.tryGetContext(IMAGE_TAG_CONTEXT) as unknown;
  if (typeof imageTag !== 'string' || !/^[0-9a-f]{7,40}$/.test(imageTag)) {
    throw new Error(
      `context ${IMAGE_TAG_CONTEXT} is ${JSON.stringify(imageTag)}: give the git SHA whose images are in ECR, ` +
        `e.g. npx cdk synth -c ${IMAGE_TAG_CONTEXT}=$(git rev-parse HEAD)`,
    );
  }
  const stackProps = {
    env: { account: config.account, region: config.region },
    // No BootstrapVersion rule: the templates also deploy into CloudFormation stand-ins that
    // have no bootstrap SSM parameter. One file asset: the data-arrived Lambda's bundle, which
    // cdk deploy publishes to the bootstrap bucket.
    synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }),
  };
  const shared = new SharedStack(app, STACK_IDS.shared, { ...stackProps, config });
  const environments = {} as Record<EnvironmentName, EnvironmentStack>;
  for (const name of ENVIRONMENTS) {
    const stack = new EnvironmentStack(app, STACK_IDS[name], {
      ...stackProps,
      config,
      environment: config.environments[name],
      imageTag,
    });
    // The deploy role trusts the account's OIDC provider and the services pull from its ECR.
    stack.addStackDependency(shared);
    environments[name] = stack;
  }
  acknowledgeNagFindings({ shared, ...environments });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, shared, environments };
}
