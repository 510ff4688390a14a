// The role monitor-project.yml assumes (AWS_RECORDS_READ_ROLE_ARN): list and read the production
// prediction records under s3://<artifacts bucket>/records/production/, nothing else. Trusted by
// runs on main only (the scheduled and dispatched monitor runs).
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { recordsPrefix } from '../environment/records.js';
import { githubPrincipal, githubSubject } from './github-oidc.js';

export const RECORDS_READ_ROLE_NAME = 'slipway-records-read';
/** The records the monitor reads: production's. */
export const MONITORED_RECORDS = recordsPrefix('production');

export interface RecordsReadProps {
  githubRepository: string;
  artifacts: s3.IBucket;
  /** The OIDC provider: roles trusting it are created after it. */
  oidc: Construct;
}

export class RecordsRead extends Construct {
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: RecordsReadProps) {
    super(scope, id);
    this.role = new iam.Role(this, 'Role', {
      roleName: RECORDS_READ_ROLE_NAME,
      description: 'GitHub Actions monitor runs on main: read the production prediction records',
      assumedBy: githubPrincipal(this, [githubSubject.branch(props.githubRepository, 'main')]),
    });
    this.role.node.addDependency(props.oidc);
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ListRecords',
        actions: ['s3:ListBucket'],
        resources: [props.artifacts.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${MONITORED_RECORDS}/*`] } },
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ReadRecords',
        actions: ['s3:GetObject'],
        resources: [props.artifacts.arnForObjects(`${MONITORED_RECORDS}/*`)],
      }),
    );
  }
}
