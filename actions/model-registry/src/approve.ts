// approve: after the production environment's required reviewers approved and the deploy
// succeeded, the package becomes Approved, naming the reviewers GitHub recorded for this run
// (never a name typed into the workflow). reject: a failed production deploy marks the
// package Rejected with the reason; a package a human already approved stays Approved.
import type { Approver } from '@slipway/shared/approvals';
import type { ApproveInputs, RegistryInputs } from './inputs.js';
import { approvalDescription, KEYS, rejectionDescription } from './package-content.js';
import type { ModelPackage, RegistryApi } from './registry-api.js';

export interface StatusResult {
  package: ModelPackage;
  /** False when the package already had the status (a rerun), or was left as it was. */
  changed: boolean;
  approvers?: string[];
  note?: string;
}

type Context = Pick<RegistryInputs, 'group' | 'runUrl'>;

async function packageOfGroup(api: RegistryApi, arn: string, group: string): Promise<ModelPackage> {
  const found = await api.describe(arn);
  if (found.group !== group) {
    throw new Error(`${arn} belongs to the model package group "${found.group}", not "${group}"; pass this project's register output`);
  }
  return found;
}

export async function approvePackage(
  api: RegistryApi,
  context: Context,
  inputs: ApproveInputs,
  readApprovers: () => Promise<Approver[]>,
): Promise<StatusResult> {
  const current = await packageOfGroup(api, inputs.modelPackageArn, context.group);
  const registered = current.metadata[KEYS.modelVersion];
  if (registered !== inputs.modelVersion) {
    throw new Error(
      `${current.arn} registers model ${registered ?? '(no slipway:model-version)'}, but this job deployed ${inputs.modelVersion}; nothing was approved`,
    );
  }
  if (current.status === 'Approved') {
    const by = current.metadata[KEYS.approvedBy] ?? 'an earlier approval';
    return { package: current, changed: false, note: `already Approved (by ${by}); left as it is` };
  }
  const approvers = await readApprovers();
  if (approvers.length === 0) {
    throw new Error(
      `run ${inputs.runId} has no approval of the environment ${inputs.environment}: a model package is approved only after a required reviewer approves that environment; protect it with required reviewers (docs/ENVIRONMENTS.md). ${current.arn} stays ${current.status}`,
    );
  }
  const logins = approvers.map((a) => a.login);
  const metadata = {
    ...current.metadata,
    [KEYS.approvedBy]: logins.join(' '),
    ...(context.runUrl === undefined ? {} : { [KEYS.approvedIn]: context.runUrl }),
  };
  const description = approvalDescription({
    approvers: logins,
    environment: inputs.environment,
    ...(context.runUrl === undefined ? {} : { runUrl: context.runUrl }),
    modelVersion: inputs.modelVersion,
  });
  await api.setStatus(current.arn, 'Approved', description, metadata);
  return { package: await api.describe(current.arn), changed: true, approvers: logins };
}

export async function rejectPackage(api: RegistryApi, context: Context, arn: string, reason: string): Promise<StatusResult> {
  const current = await packageOfGroup(api, arn, context.group);
  if (current.status === 'Approved') {
    return {
      package: current,
      changed: false,
      note: `left Approved: a reviewer approved this model in an earlier run (${current.metadata[KEYS.approvedIn] ?? 'see its approval description'}), and a failed redeploy does not revoke that`,
    };
  }
  const metadata = { ...current.metadata, ...(context.runUrl === undefined ? {} : { [KEYS.rejectedIn]: context.runUrl }) };
  const description = rejectionDescription({ reason, ...(context.runUrl === undefined ? {} : { runUrl: context.runUrl }) });
  await api.setStatus(current.arn, 'Rejected', description, metadata);
  return { package: await api.describe(current.arn), changed: true };
}
