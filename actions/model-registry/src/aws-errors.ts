// Turns the AWS errors users hit into messages that say what is wrong and what to change.
interface AwsErrorShape {
  name?: string;
  message?: string;
}

/** The IAM action AWS names in an access-denied message, with its resource. */
export function deniedPermission(message: string): { action: string; resource?: string } | undefined {
  const match = /not authorized to perform: ([\w-]+:[\w-]+)(?: on resource: (\S+?))?(?:\s|$)/.exec(message);
  if (!match?.[1]) return undefined;
  return { action: match[1], ...(match[2] ? { resource: match[2] } : {}) };
}

export function isMissingGroup(error: unknown): boolean {
  const { name, message = '' } = (error ?? {}) as AwsErrorShape;
  return name === 'ValidationException' && /does not exist/i.test(message);
}

export function isAlreadyExists(error: unknown): boolean {
  const { name, message = '' } = (error ?? {}) as AwsErrorShape;
  return (name === 'ValidationException' || name === 'ConflictException') && /already exist/i.test(message);
}

/** `operation` failed: an Error saying which call, why, and (for access denied) which permission. */
export function explainAwsError(error: unknown, operation: string, role: string): Error {
  const { name = 'Error', message = String(error) } = (error ?? {}) as AwsErrorShape;
  if (name === 'AccessDeniedException' || name === 'AccessDenied') {
    const denied = deniedPermission(message);
    const action = denied?.action ?? `sagemaker:${operation}`;
    const on = denied?.resource ? ` on ${denied.resource}` : '';
    return new Error(
      `${operation}: access denied — the role running this step is missing ${action}${on}; grant it to the ${role} (actions/model-registry/README.md lists the permissions). AWS said: ${message}`,
    );
  }
  return new Error(`${operation} failed (${name}): ${message}`);
}
