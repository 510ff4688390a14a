// Turns the errors users hit into messages that say what is wrong and what to change.
interface AwsErrorShape {
  name?: string;
  message?: string;
  $metadata?: { attempts?: number };
}

function deniedAction(message: string): string | undefined {
  return /not authorized to perform: ([\w-]+:[\w-]+)/.exec(message)?.[1];
}

/** `iamAction`: what access denied names when AWS's message does not (HeadObject needs s3:GetObject). */
export function explainAwsError(error: unknown, operation: string, region: string, iamAction = `sagemaker:${operation}`): Error {
  const { name = 'Error', message = String(error), $metadata } = (error ?? {}) as AwsErrorShape;
  switch (name) {
    case 'AccessDeniedException':
    case 'AccessDenied': {
      const action = deniedAction(message) ?? iamAction;
      const passRole =
        action === 'iam:PassRole'
          ? ' CreateModel passes the execution role to SageMaker: allow iam:PassRole on it with the condition iam:PassedToService = sagemaker.amazonaws.com.'
          : '';
      return new Error(
        `${operation}: access denied — the role running this step is missing ${action}. Add it to the deploy role's policy (see the README's IAM permissions).${passRole} AWS said: ${message}`,
      );
    }
    case 'ResourceLimitExceeded':
      return new Error(
        `${operation}: a SageMaker quota is reached in region ${region} (${message}); raise it in Service Quotas or prune old models and configs`,
      );
    case 'ThrottlingException':
      return new Error(
        `${operation}: SageMaker kept throttling the requests after ${$metadata?.attempts ?? 'several'} attempts; raise max-attempts (${message})`,
      );
    case 'ValidationException':
      return new Error(`${operation} rejected the request in region ${region}: ${message}`);
    default:
      return new Error(`${operation} failed (${name}): ${message}`);
  }
}

/** DescribeEndpoint's answer for an endpoint that does not exist (a ValidationException). */
export function isMissingEndpoint(error: unknown): boolean {
  const { name, message = '' } = (error ?? {}) as AwsErrorShape;
  return name === 'ValidationException' && /could not find endpoint/i.test(message);
}
