// The data-arrived Lambda's code asset: lambda/data-arrived/handler.ts bundled at synth time by
// esbuild's JavaScript API into one CommonJS file (the AWS SDK clients included, so the code
// runs with the versions it was tested with). No Docker and no network: the local bundler
// always succeeds or throws, so CDK never falls back to its Docker image.
import { DockerImage } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const DATA_ARRIVED_SOURCE = fileURLToPath(new URL('../../lambda/data-arrived/', import.meta.url));

/** esbuild options shared by the asset and the tests that run the bundle. */
export function bundleOptions(outfile: string): Parameters<typeof buildSync>[0] {
  return {
    entryPoints: [join(DATA_ARRIVED_SOURCE, 'handler.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'error',
  };
}

export function bundleDataArrivedLambda(): lambda.Code {
  return lambda.Code.fromAsset(DATA_ARRIVED_SOURCE, {
    bundling: {
      // Never pulled: local.tryBundle always bundles (or throws).
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
      local: {
        tryBundle(outputDir: string): boolean {
          buildSync(bundleOptions(join(outputDir, 'index.js')));
          return true;
        },
      },
    },
  });
}
