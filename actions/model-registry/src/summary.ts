// The job summary of each mode: what the registry holds for this model now.
import { markdownTable } from '@slipway/shared';
import type { StatusResult } from './approve.js';
import type { RegisterResult } from './register.js';
import type { ModelPackage } from './registry-api.js';

const code = (text: string): string => `\`${text}\``;

function packageRows(found: ModelPackage): string[][] {
  return [
    ['Model package', code(found.arn)],
    ['Group / version', `${code(found.group)} / ${found.version}`],
    ['Approval status', `**${found.status}**`],
    ...(found.approvalDescription ? [['Approval description', found.approvalDescription]] : []),
  ];
}

export function registerSummary(result: RegisterResult): string {
  const { facts } = result;
  const headline = result.created
    ? `registered ${code(facts.version)} as version ${result.package.version}, awaiting the production approval`
    : `${code(facts.version)} was already registered (version ${result.package.version}); nothing added`;
  const metrics = Object.entries(result.package.metadata)
    .filter(([key]) => key.startsWith('test:'))
    .map(([key, value]) => [key.slice('test:'.length), value]);
  return [
    `## Model registry: ${headline}`,
    '',
    markdownTable({
      headers: ['what', 'value'],
      rows: [
        ...packageRows(result.package),
        ['Data', `${facts.fingerprint.rows} rows, sha256 ${code(facts.fingerprint.sha256)}`],
        ...(result.package.metadata['slipway:bundle-sha256']
          ? [['Bundle sha256', code(result.package.metadata['slipway:bundle-sha256'])]]
          : []),
        ...(result.metricsUri ? [['Model quality statistics', code(result.metricsUri)]] : []),
        ...(result.groupCreated ? [['Group', `created ${code(result.package.group)}`]] : []),
      ],
    }),
    '',
    metrics.length > 0 ? markdownTable({ headers: ['test metric', 'value'], rows: metrics }) : '',
    '',
  ].join('\n');
}

export function statusSummary(mode: 'approve' | 'reject', result: StatusResult): string {
  const verb = mode === 'approve' ? 'approved' : 'rejected';
  const headline = result.changed
    ? `${verb} version ${result.package.version}`
    : `version ${result.package.version} ${result.note ?? 'unchanged'}`;
  return [`## Model registry: ${headline}`, '', markdownTable({ headers: ['what', 'value'], rows: packageRows(result.package) }), ''].join(
    '\n',
  );
}
