// Evaluates a role's trust policy (as synthesized) against a GitHub OIDC token, the way STS
// does for AssumeRoleWithWebIdentity with the StringEquals/StringLike operators Slipway uses:
// an Allow statement for the federated provider whose every condition key matches a claim.
export interface GithubToken {
  aud: string;
  sub: string;
}

interface Statement {
  Effect: string;
  Action: string | string[];
  Principal?: { Federated?: unknown };
  Condition?: Record<string, Record<string, string | string[]>>;
}

const CLAIM_PREFIX = 'token.actions.githubusercontent.com:';

export function trustAllows(trustPolicy: { Statement: Statement[] }, providerArn: unknown, token: GithubToken): boolean {
  return trustPolicy.Statement.some((statement) => {
    const actions = [statement.Action].flat();
    if (statement.Effect !== 'Allow' || !actions.includes('sts:AssumeRoleWithWebIdentity')) return false;
    if (JSON.stringify(statement.Principal?.Federated) !== JSON.stringify(providerArn)) return false;
    return Object.entries(statement.Condition ?? {}).every(([operator, keys]) =>
      Object.entries(keys).every(([key, expected]) => {
        if (!key.startsWith(CLAIM_PREFIX)) return false;
        const claim = token[key.slice(CLAIM_PREFIX.length) as keyof GithubToken] as string | undefined;
        if (claim === undefined) return false;
        return [expected].flat().some((value) => matches(operator, value, claim));
      }),
    );
  });
}

function matches(operator: string, expected: string, claim: string): boolean {
  if (operator === 'StringEquals') return expected === claim;
  if (operator === 'StringLike') {
    const pattern = expected
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    return new RegExp(`^${pattern}$`).test(claim);
  }
  throw new Error(`trust policy uses ${operator}, which this evaluator does not model`);
}
