// The GitHub credential, kept in Secrets Manager and never logged: either a fine-grained token
// (the secret string itself, or {"token": "…"}) or a GitHub App ({"app_id", "installation_id",
// "private_key"}), whose installation token is minted here — an RS256 JWT signed with
// node:crypto, exchanged for a token scoped to the one repository and Contents: write.
import { createPrivateKey, createSign, type KeyObject } from 'node:crypto';
import { githubPost, PermanentDeliveryError, type GithubTransport } from './github.js';

export type Credential = { kind: 'token'; token: string } | { kind: 'app'; appId: string; installationId: string; privateKey: KeyObject };

const TOKEN = /^[A-Za-z0-9_]{20,255}$/;

/** GitHub shows App and installation ids as numbers; a secret may hold either form. */
const idText = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** Reads the secret's text; errors name the secret and the expected shapes, never its content. */
export function parseCredential(secret: string, secretId: string): Credential {
  const trimmed = secret.trim();
  const shapes = 'a fine-grained token, {"token": "…"}, or {"app_id": "…", "installation_id": "…", "private_key": "-----BEGIN …"}';
  if (!trimmed.startsWith('{')) {
    if (TOKEN.test(trimmed)) return { kind: 'token', token: trimmed };
    throw new PermanentDeliveryError(`secret ${secretId} is not ${shapes}`);
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(trimmed) as Record<string, unknown>;
  } catch {
    throw new PermanentDeliveryError(`secret ${secretId} starts with "{" but is not JSON; store ${shapes}`);
  }
  if (typeof parsed.token === 'string' && TOKEN.test(parsed.token)) return { kind: 'token', token: parsed.token };
  const appId = idText(parsed.app_id);
  const installationId = idText(parsed.installation_id);
  const pem = typeof parsed.private_key === 'string' ? parsed.private_key : '';
  if (!/^(\d+|Iv[0-9A-Za-z.]+)$/.test(appId) || !/^\d+$/.test(installationId) || !pem.includes('PRIVATE KEY')) {
    throw new PermanentDeliveryError(
      `secret ${secretId} is JSON without a usable token or app_id/installation_id/private_key; store ${shapes}`,
    );
  }
  try {
    return { kind: 'app', appId, installationId, privateKey: createPrivateKey(pem) };
  } catch {
    throw new PermanentDeliveryError(
      `secret ${secretId}: private_key is not a PEM private key; paste the .pem file GitHub gave for the App`,
    );
  }
}

const base64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/** The App's JWT (GitHub: iat 60 s in the past against clock drift, at most 10 minutes long). */
export function appJwt(appId: string, key: KeyObject, nowMs: number): string {
  const now = Math.floor(nowMs / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ iat: now - 60, exp: now + 540, iss: appId }));
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key);
  return `${header}.${payload}.${base64url(signature)}`;
}

export class GithubAuth {
  private credential: Credential | null = null;
  private cached: { token: string; expiresMs: number } | null = null;

  constructor(
    private readonly loadSecret: () => Promise<string>,
    private readonly secretId: string,
    private readonly transport: GithubTransport,
    private readonly apiUrl: string,
    private readonly repository: string,
  ) {}

  /** A token that may dispatch to the repository. */
  async token(): Promise<string> {
    this.credential ??= parseCredential(await this.loadSecret(), this.secretId);
    if (this.credential.kind === 'token') return this.credential.token;
    if (this.cached !== null && this.cached.expiresMs - this.transport.now() > 5 * 60_000) return this.cached.token;
    const { appId, installationId, privateKey } = this.credential;
    const url = `${this.apiUrl}/app/installations/${installationId}/access_tokens`;
    const jwt = appJwt(appId, privateKey, this.transport.now());
    const repositoryName = this.repository.split('/')[1] ?? '';
    const body = { repositories: [repositoryName], permissions: { contents: 'write', metadata: 'read' } };
    const answer = JSON.parse(await githubPost(this.transport, url, jwt, body, 'GitHub App installation token')) as {
      token?: string;
      expires_at?: string;
    };
    if (typeof answer.token !== 'string' || typeof answer.expires_at !== 'string') {
      throw new PermanentDeliveryError('GitHub App installation token: the answer has no token/expires_at');
    }
    this.cached = { token: answer.token, expiresMs: Date.parse(answer.expires_at) };
    return answer.token;
  }

  /** Forget the secret and any minted token: the next token() reads the secret again. */
  invalidate(): void {
    this.credential = null;
    this.cached = null;
  }
}
