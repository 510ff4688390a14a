// GitHub Actions' OIDC identity in AWS: the provider, and the trust every Slipway role uses.
// Trust is pinned to one repository and one `sub` claim per role, audience sts.amazonaws.com.
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
export const GITHUB_OIDC_AUDIENCE = 'sts.amazonaws.com';

/** The `sub` claims GitHub puts in a job's token (docs: "OpenID Connect reference"). */
export const githubSubject = {
  branch: (repository: string, branch: string) => `repo:${repository}:ref:refs/heads/${branch}`,
  environment: (repository: string, environment: string) => `repo:${repository}:environment:${environment}`,
  pullRequest: (repository: string) => `repo:${repository}:pull_request`,
};

/** The account's provider ARN: one provider per account, created by the shared stack. */
export function githubOidcProviderArn(scope: Construct): string {
  return Stack.of(scope).formatArn({
    service: 'iam',
    region: '',
    resource: 'oidc-provider',
    resourceName: GITHUB_OIDC_HOST,
  });
}

/** A principal that GitHub tokens with exactly one of `subjects` (and our audience) can assume. */
export function githubPrincipal(scope: Construct, subjects: string[]): iam.IPrincipal {
  return new iam.WebIdentityPrincipal(githubOidcProviderArn(scope), {
    StringEquals: {
      [`${GITHUB_OIDC_HOST}:aud`]: GITHUB_OIDC_AUDIENCE,
      [`${GITHUB_OIDC_HOST}:sub`]: subjects.length === 1 ? subjects[0] : subjects,
    },
  });
}

/** AWS::IAM::OIDCProvider (native, no custom resource): GitHub's issuer for sts.amazonaws.com. */
export class GithubOidcProvider extends Construct {
  readonly provider: iam.CfnOIDCProvider;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // AWS validates GitHub's certificate against its trusted CAs; a thumbprint is no longer required.
    this.provider = new iam.CfnOIDCProvider(this, 'Provider', {
      url: `https://${GITHUB_OIDC_HOST}`,
      clientIdList: [GITHUB_OIDC_AUDIENCE],
    });
  }
}
