// Parsers for the two map-valued inputs. Each accepts a YAML (or JSON) mapping or simple lines,
// because both read naturally in a workflow:
//   container-images: |            environment: |
//     api=1234.dkr.ecr.../api:sha    api.SLIPWAY_MODEL_VERSION=house-prices-0123abcd
import { parseYamlText } from '@slipway/shared';

/** Container name → image. */
export type ContainerImages = Record<string, string>;
/** Container name → variable name → value. */
export type EnvironmentOverrides = Record<string, Record<string, string>>;

const CONTAINER_NAME = /^[A-Za-z0-9_-]{1,255}$/;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function contentLines(raw: string): string[] {
  return raw.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
}

/** True when every line is `key=value` with a plain key: the line form, not YAML. */
function isLineForm(lines: string[], key: RegExp): boolean {
  return lines.every((line) => {
    const eq = line.indexOf('=');
    return eq > 0 && key.test(line.slice(0, eq).trim());
  });
}

function parseMapping(name: string, raw: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parseYamlText(raw, `input ${name}`);
  } catch (error) {
    throw new Error(`${(error as Error).message}; or write one \`key=value\` per line`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`input ${name}: "${raw.trim()}" is not a mapping; write one \`key=value\` per line or a YAML mapping`);
  }
  return value as Record<string, unknown>;
}

function checkContainerName(input: string, container: string): void {
  if (!CONTAINER_NAME.test(container)) {
    throw new Error(`input ${input}: "${container}" is not a container name (letters, digits, - and _ only)`);
  }
}

function checkImage(container: string, image: string): string {
  const trimmed = image.trim();
  if (trimmed === '' || /\s/.test(trimmed)) {
    throw new Error(
      `input container-images: container "${container}": "${image}" is not an image reference (e.g. 1234.dkr.ecr.us-east-1.amazonaws.com/api:3f2c1a)`,
    );
  }
  return trimmed;
}

export function parseContainerImages(raw: string): ContainerImages {
  const lines = contentLines(raw);
  const images: ContainerImages = {};
  const add = (container: string, image: unknown): void => {
    checkContainerName('container-images', container);
    if (container in images) throw new Error(`input container-images: container "${container}" is given twice`);
    if (typeof image !== 'string')
      throw new Error(`input container-images: container "${container}": the image must be a string, got ${JSON.stringify(image)}`);
    images[container] = checkImage(container, image);
  };
  if (lines.length === 0) return images;
  if (isLineForm(lines, CONTAINER_NAME)) {
    for (const line of lines) {
      const eq = line.indexOf('=');
      add(line.slice(0, eq).trim(), line.slice(eq + 1));
    }
  } else {
    for (const [container, image] of Object.entries(parseMapping('container-images', raw))) add(container, image);
  }
  return images;
}

function checkVariable(container: string, variable: string): void {
  if (!VARIABLE_NAME.test(variable)) {
    throw new Error(
      `input environment: container "${container}": "${variable}" is not an environment variable name (letters, digits and _, not starting with a digit)`,
    );
  }
}

function scalarText(container: string, variable: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`input environment: ${container}.${variable}: the value must be text, got ${JSON.stringify(value)}`);
}

export function parseEnvironment(raw: string): EnvironmentOverrides {
  const lines = contentLines(raw);
  const overrides: EnvironmentOverrides = {};
  const add = (container: string, variable: string, value: unknown): void => {
    checkContainerName('environment', container);
    checkVariable(container, variable);
    const forContainer = (overrides[container] ??= {});
    if (variable in forContainer) throw new Error(`input environment: ${container}.${variable} is given twice`);
    forContainer[variable] = scalarText(container, variable, value);
  };
  if (lines.length === 0) return overrides;
  if (isLineForm(lines, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_]+$/)) {
    for (const line of lines) {
      const eq = line.indexOf('=');
      const key = line.slice(0, eq).trim();
      const dot = key.indexOf('.');
      add(key.slice(0, dot), key.slice(dot + 1), line.slice(eq + 1));
    }
    return overrides;
  }
  for (const [container, variables] of Object.entries(parseMapping('environment', raw))) {
    if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
      throw new Error(
        `input environment: container "${container}": expected a mapping of variable names to values, e.g. ${container}: {SLIPWAY_MODEL_VERSION: v1}`,
      );
    }
    for (const [variable, value] of Object.entries(variables as Record<string, unknown>)) add(container, variable, value);
  }
  return overrides;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The environment with the model bundle's digest set on the API container: the server then
 * loads only the bundle with that sha256 (SLIPWAY_BUNDLE_SHA256) and refuses to start without
 * one (SLIPWAY_REQUIRE_BUNDLE_DIGEST), so a bundle swapped in storage is never unpickled.
 */
export function withBundleDigest(environment: EnvironmentOverrides, container: string, raw: string): EnvironmentOverrides {
  const digest = raw.trim();
  if (!SHA256.test(digest)) {
    throw new Error(`input bundle-sha256: "${raw}" is not a sha256 (64 lowercase hexadecimal digits; train-model's output bundle-sha256)`);
  }
  checkContainerName('bundle-container', container);
  const variables = { ...environment[container] };
  const wanted: Record<string, string> = { SLIPWAY_BUNDLE_SHA256: digest, SLIPWAY_REQUIRE_BUNDLE_DIGEST: 'true' };
  for (const [name, value] of Object.entries(wanted)) {
    if (name in variables && variables[name] !== value) {
      throw new Error(
        `input environment: ${container}.${name} is "${variables[name]}", but bundle-sha256 sets it to "${value}"; give it once`,
      );
    }
    variables[name] = value;
  }
  return { ...environment, [container]: variables };
}
