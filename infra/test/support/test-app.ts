// The one way tests build Slipway's CDK app: the real configuration (or a variant of it), the
// cdk.json context, cdk-nag's AwsSolutions checks attached (buildSlipwayApp does that), and
// helpers to read templates and nag findings.
import { Template } from 'aws-cdk-lib/assertions';
import type { Stack } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSlipwayApp, IMAGE_TAG_CONTEXT, type SlipwayApp } from '../../lib/app.js';
import { slipwayConfig, type SlipwayConfig } from '../../lib/config.js';

export const TEST_IMAGE_TAG = '0123456789abcdef0123456789abcdef01234567';

export interface TestApp extends SlipwayApp {
  template(stack: Stack): Template;
}

/** A deep copy of the configuration with `change` applied to it. */
export function configWith(change: (config: SlipwayConfig) => void): SlipwayConfig {
  const config = structuredClone(slipwayConfig);
  change(config);
  return config;
}

export function buildTestApp(config: SlipwayConfig = slipwayConfig): TestApp {
  const built = buildSlipwayApp(config, {
    context: { [IMAGE_TAG_CONTEXT]: TEST_IMAGE_TAG },
    outdir: mkdtempSync(join(tmpdir(), 'slipway-cdk-test-')),
  });
  const templates = new Map<Stack, Template>();
  return {
    ...built,
    template(stack: Stack): Template {
      let template = templates.get(stack);
      if (!template) {
        template = Template.fromStack(stack);
        templates.set(stack, template);
      }
      return template;
    },
  };
}

export interface NagFinding {
  rule: string;
  path: string;
}

/** AwsSolutions findings in `stack` that no acknowledgement covers. */
export function unacknowledgedNagFindings(stack: Stack): NagFinding[] {
  const report = new AwsSolutionsChecks().validateScope(stack);
  return report.violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => ({
      rule: violation.ruleName,
      path: (resource as { constructPath?: string }).constructPath ?? resource.resourceLogicalId ?? '(unknown)',
    })),
  );
}

/** The resources of one type in a template, as logical id → properties. */
export function propertiesOf(template: Template, type: string): Record<string, Record<string, unknown>> {
  const resources = template.findResources(type) as Record<string, { Properties?: Record<string, unknown> }>;
  return Object.fromEntries(Object.entries(resources).map(([id, resource]) => [id, resource.Properties ?? {}]));
}
