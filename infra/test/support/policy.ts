// The statements of a role's policies in a synthesized template, keyed by Sid (or, for grants
// CDK adds without one, by their actions as JSON).
import type { Template } from 'aws-cdk-lib/assertions';

export interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

export function roleStatements(template: Template, roleName: string): Record<string, Statement> {
  const roleId = template.getResourceId('AWS::IAM::Role', { Properties: { RoleName: roleName } });
  const policies = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } })) as {
    Properties: { PolicyDocument: { Statement: Statement[] } };
  }[];
  const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement);
  return Object.fromEntries(statements.map((s) => [s.Sid ?? JSON.stringify(s.Action), s]));
}

export const actionsOf = (statements: Record<string, Statement>): string[] =>
  Object.values(statements)
    .flatMap((s) => [s.Action].flat())
    .sort();
