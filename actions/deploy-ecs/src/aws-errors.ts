// Turns the errors users hit into messages that say what is wrong and what to change.
export interface CallContext {
  /** The ECS API operation, e.g. RegisterTaskDefinition. */
  operation: string;
  cluster: string;
  service: string;
  region: string;
  /** Task definition family or ARN the call was about, when there is one. */
  taskDefinition?: string;
}

interface AwsErrorShape {
  name?: string;
  message?: string;
  $metadata?: { attempts?: number; httpStatusCode?: number };
}

/** The IAM action ECS names in an access-denied message, with its resource. */
export function deniedPermission(message: string): { action: string; resource?: string } | undefined {
  const match = /not authorized to perform: ([\w-]+:[\w-]+)(?: on resource: (\S+?))?(?:\s|$)/.exec(message);
  if (!match?.[1]) return undefined;
  return { action: match[1], ...(match[2] ? { resource: match[2] } : {}) };
}

/** The field an invalid-task-definition message points at, when it names one. */
export function invalidField(message: string): string | undefined {
  const quoted = /'([A-Za-z][\w.]*)'/.exec(message);
  if (quoted?.[1]) return quoted[1];
  return /\b((?:[Cc]ontainer|[Tt]ask[Dd]efinition)\.[A-Za-z][\w.]*[A-Za-z])/.exec(message)?.[1];
}

function accessDenied(context: CallContext, message: string): string {
  const denied = deniedPermission(message);
  const action = denied?.action ?? `ecs:${context.operation}`;
  const on = denied?.resource ? ` on ${denied.resource}` : '';
  const passRole =
    action === 'iam:PassRole'
      ? ' ECS passes the task role and the execution role named in the task definition: allow iam:PassRole on those roles, with the condition iam:PassedToService = ecs-tasks.amazonaws.com.'
      : '';
  return `${context.operation}: access denied — the role running this step is missing ${action}${on}. Add it to the deploy role's policy (see the README's IAM permissions).${passRole} AWS said: ${message}`;
}

export function explainAwsError(error: unknown, context: CallContext): Error {
  const { name = 'Error', message = String(error), $metadata } = (error ?? {}) as AwsErrorShape;
  const where = `in region ${context.region}`;
  switch (name) {
    case 'AccessDeniedException':
    case 'AccessDenied':
    case 'UnauthorizedOperation':
      return new Error(accessDenied(context, message));
    case 'ClusterNotFoundException':
      return new Error(
        `cluster "${context.cluster}" not found ${where}; check the cluster input, the region and the AWS account of the assumed role`,
      );
    case 'ServiceNotFoundException':
    case 'ServiceNotActiveException':
      return new Error(
        `service "${context.service}" not found (or not active) in cluster "${context.cluster}" ${where}; check the service input, the cluster and the region`,
      );
    case 'ThrottlingException':
      return new Error(
        `${context.operation}: ECS kept throttling the requests after ${$metadata?.attempts ?? 'several'} attempts; raise max-attempts or deploy less often at once (${message})`,
      );
    case 'ClientException':
    case 'InvalidParameterException':
      if (context.operation === 'RegisterTaskDefinition') {
        const field = invalidField(message);
        const fieldText = field === undefined ? '' : ` (field ${field})`;
        return new Error(
          `the task definition${context.taskDefinition ? ` "${context.taskDefinition}"` : ''} is invalid${fieldText}: ${message}`,
        );
      }
      return new Error(
        `${context.operation} rejected the request for service "${context.service}" in cluster "${context.cluster}": ${message}`,
      );
    default:
      return new Error(`${context.operation} failed (${name}): ${message}`);
  }
}
