// Hands a file to a later job or workflow as a workflow artifact, through @actions/artifact (the
// library behind actions/upload-artifact v4: CreateArtifact on the results service's Twirp API,
// the zip PUT to the signed blob URL, FinalizeArtifact). Imported lazily by the actions, so a
// run that uploads nothing does not load it.
import { DefaultArtifactClient } from '@actions/artifact';
import { basename, dirname } from 'node:path';

export interface UploadedArtifact {
  id: number;
  name: string;
  /** Bytes of the uploaded zip. */
  size: number;
  /** The artifact's page (what actions/upload-artifact outputs as artifact-url), when the run is known. */
  url?: string;
}

export interface ArtifactUpload {
  name: string;
  file: string;
  /** 1–90 (the repository's maximum applies); the repository default when omitted. */
  retentionDays?: number;
  /** GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID: for the URL. */
  env?: NodeJS.ProcessEnv;
}

export function artifactUrl(env: NodeJS.ProcessEnv, id: number): string | undefined {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  return repository && runId ? `${server}/${repository}/actions/runs/${runId}/artifacts/${id}` : undefined;
}

export async function uploadFileArtifact(upload: ArtifactUpload): Promise<UploadedArtifact> {
  const client = new DefaultArtifactClient();
  const result = await client.uploadArtifact(upload.name, [upload.file], dirname(upload.file), {
    ...(upload.retentionDays === undefined ? {} : { retentionDays: upload.retentionDays }),
  });
  if (result.id === undefined) throw new Error(`artifact ${upload.name}: the upload of ${basename(upload.file)} returned no artifact id`);
  const url = artifactUrl(upload.env ?? process.env, result.id);
  return { id: result.id, name: upload.name, size: result.size ?? 0, ...(url === undefined ? {} : { url }) };
}
