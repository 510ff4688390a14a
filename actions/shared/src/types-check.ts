// ProjectSpec and DatasetContract (types.ts) are still written by hand: helpers add the spec's
// training, deploy and monitoring blocks there. These checks make tsc fail when a hand-written
// type can no longer hold every document its schema accepts (the generated type), or when the
// contract's type accepts a document its schema refuses.
import type { DatasetContractDocument, ModelProjectSpec } from './generated/documents.js';
import type { DatasetContract, ProjectSpec } from './types.js';

type Holds<Wide, Narrow> = [Narrow] extends [Wide] ? true : never;

export const SPEC_HOLDS_EVERY_VALID_SPEC: Holds<ProjectSpec, ModelProjectSpec> = true;
export const CONTRACT_HOLDS_EVERY_VALID_CONTRACT: Holds<DatasetContract, DatasetContractDocument> = true;
export const CONTRACT_IS_NO_WIDER_THAN_ITS_SCHEMA: Holds<DatasetContractDocument, DatasetContract> = true;
