// Names the actions use for the documents' parts. Every document's type is generated from its
// JSON Schema in /schemas (generated/documents.ts, `npm run generate`); this file only aliases them.
import type {
  DatasetContractDocument,
  DatasetContractDocumentChecks,
  DatasetContractDocumentColumn,
  DatasetContractDocumentSeverity,
  ModelProjectSpec,
  ModelProjectSpecCandidate,
  ModelProjectSpecDeploy,
  ModelProjectSpecDerived,
  ModelProjectSpecGate,
  ModelProjectSpecMetric,
  ModelProjectSpecMonitoring,
  ModelProjectSpecTraining,
} from './generated/documents.js';

export type MetricName = ModelProjectSpecMetric;
export type Comparator = ModelProjectSpecGate['op'];
/** The schema's metric names in display order (test/types.test.ts keeps both lists equal). */
export const METRIC_NAMES = ['mse', 'rmse', 'mae', 'r2', 'mape'] as const satisfies readonly MetricName[];
export type MetricValues = Record<MetricName, number>;
/** A metrics block as a file holds it: a metric may be absent, and mape null (undefined_metrics says why). */
export type MetricBlock = Partial<Record<MetricName, number | null>>;

// The spec's and contract's parts under the names the actions use: aliases of the types generated
// from schemas/model-project.schema.json and schemas/dataset-contract.schema.json, never a copy.
export type ProjectSpec = ModelProjectSpec;
export type Gate = ModelProjectSpecGate;
export type DerivedFeature = ModelProjectSpecDerived;
export type Candidate = ModelProjectSpecCandidate;
export type DeploySpec = ModelProjectSpecDeploy;
export type TrainingSection = ModelProjectSpecTraining;
export type MonitoringSpec = ModelProjectSpecMonitoring;
export type DatasetContract = DatasetContractDocument;
export type ContractColumn = DatasetContractDocumentColumn;
export type CheckSeverity = DatasetContractDocumentSeverity;
export type ChecksConfig = DatasetContractDocumentChecks;

/** Check ids whose severity a contract may set (schemas/dataset-contract.schema.json#/$defs/checks). */
export type ConfigurableCheck = keyof ChecksConfig;

// The documents' shapes are generated from their JSON Schemas (schemas/, `npm run generate`).
export type { MetricsFile, MetricsFileCandidate as CandidateMetrics, PairedComparison } from './generated/documents.js';
