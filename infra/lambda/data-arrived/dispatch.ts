// repository_dispatch `data-arrived` (POST /repos/{owner}/{repo}/dispatches; GitHub answers
// 204). The payload is what the receiving workflow validates: project, uri, version_id,
// sha256, and the whole manifest (GitHub allows at most 10 top-level client_payload keys).
import type { GithubAuth } from './auth.js';
import { githubPost, PermanentDeliveryError, type GithubTransport } from './github.js';
import type { Manifest } from './manifest.js';

export const EVENT_TYPE = 'data-arrived';

export interface DispatchBody {
  event_type: typeof EVENT_TYPE;
  client_payload: { project: string; uri: string; version_id: string | null; sha256: string; manifest: Manifest };
}

export function dispatchBody(manifest: Manifest): DispatchBody {
  return {
    event_type: EVENT_TYPE,
    client_payload: { project: manifest.project, uri: manifest.uri, version_id: manifest.version_id, sha256: manifest.sha256, manifest },
  };
}

export async function dispatch(
  transport: GithubTransport,
  auth: GithubAuth,
  apiUrl: string,
  repository: string,
  manifest: Manifest,
): Promise<void> {
  const url = `${apiUrl}/repos/${repository}/dispatches`;
  const body = dispatchBody(manifest);
  try {
    await githubPost(transport, url, await auth.token(), body, `dispatch to ${repository}`);
  } catch (error) {
    // A rotated secret or a revoked App token: read the secret again, once.
    if (!(error instanceof PermanentDeliveryError) || error.status !== 401) throw error;
    transport.log({ level: 'warn', message: 'GitHub answered 401; reading the credential again and retrying once' });
    auth.invalidate();
    await githubPost(transport, url, await auth.token(), body, `dispatch to ${repository}`);
  }
}
