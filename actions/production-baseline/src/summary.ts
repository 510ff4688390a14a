// The job summary lines: what production runs, or that there is none yet.
import { formatNumber, inlineCode, markdownTable } from '@slipway/shared';
import type { ProductionModel } from './find-production.js';
import type { ProductionRecord } from './record.js';

export function notFoundMessage(project: string): string {
  return `no production model yet for ${project}: the gate compares with fixed thresholds only`;
}

function recordTable(record: ProductionRecord): string {
  const primary = record.metrics.primary_metric;
  return markdownTable({
    headers: ['Field', 'Value'],
    rows: [
      ['Model version', inlineCode(record.model_version)],
      [`Test ${primary}`, formatNumber(record.metrics.test[primary])],
      ['Data', `${inlineCode(record.data_fingerprint.sha256.slice(0, 12))}, ${record.data_fingerprint.rows} rows`],
      ...(record.data_source === undefined
        ? []
        : [['Data source', `${record.data_source.uri} (version ${inlineCode(record.data_source.version_id ?? 'none')})`]]),
      ['Image', `${record.image.uri}@${record.image.digest}`],
      ['Bundle', record.bundle],
      ['Approved by', record.approved_by],
      ['Deployed at', record.deployed_at],
      ['Run', record.run_url],
      [
        'Data profile',
        record.data_profile
          ? `${inlineCode(record.data_profile.sha256.slice(0, 12))}${record.data_profile.sample_limit === null ? '' : `, samples thinned to ${record.data_profile.sample_limit}`}`
          : 'none kept (no drift reference)',
      ],
    ],
  });
}

export function baselineSummary(found: ProductionModel): string {
  return `## Production baseline\n\nProduction's model for ${inlineCode(found.record.project)} (deployment ${found.deployment.id} of ${inlineCode(found.deployment.environment)}):\n\n${recordTable(found.record)}\n`;
}

export function recordedSummary(record: ProductionRecord, deploymentId: number, environment: string): string {
  return `## Production record\n\nRecorded as ${inlineCode(environment)} for ${inlineCode(record.project)} (deployment ${deploymentId}):\n\n${recordTable(record)}\n`;
}
