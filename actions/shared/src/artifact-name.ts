// An artifact name as actions/upload-artifact accepts it: no path separators, no " : < > | * ?
// and no line breaks. Pure, so the actions' inputs.ts check it before anything runs.
export function parseArtifactName(raw: string, input: string): string {
  const name = raw.trim();
  if (name === '' || /[":<>|*?\\/\r\n]/.test(name)) {
    throw new Error(`input ${input}: "${raw}" is not an artifact name (no " : < > | * ? \\ / or line breaks)`);
  }
  return name;
}
