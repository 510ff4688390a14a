#!/usr/bin/env bash
# Workflow step, twice around the trainer image's build (ml/Dockerfile target `train`), which
# is tagged by commit in ECR_TRAINER_REPOSITORY (immutable tags: a tag never moves).
# Before the build (BUILD_OUTCOME empty): is <repository>:<sha> already in ECR? Then its digest
# is reused and nothing is built (a rerun, or another project's job of the same run).
# After it (BUILD_OUTCOME = the build step's outcome): the pushed digest; when the push failed
# because a concurrent job pushed the tag first, ECR's image is used; else the step fails.
# Environment: ECR_TRAINER_REPOSITORY (URI), TAG (40-hex commit), BUILD_OUTCOME, BUILT_DIGEST.
# Outputs: repository (name), image (<uri>:<tag>), build (true|false), image-ref (<uri>@sha256:…,
# once known: what the training job runs, so no tag can change it).
set -euo pipefail

out="${GITHUB_OUTPUT:-/dev/stdout}"

fail() {
  echo "::error::$1" >&2
  exit 1
}

uri="${ECR_TRAINER_REPOSITORY:-}"
[[ -n "$uri" ]] || fail "ECR_TRAINER_REPOSITORY is not set — deploy Slipway-Shared and rerun scripts/github-environments.sh"
if [[ ! "$uri" =~ ^[0-9]{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?/([a-z0-9._/-]+)$ ]]; then
  fail "ECR_TRAINER_REPOSITORY: \"${uri}\" is not an ECR repository URI (<account>.dkr.ecr.<region>.amazonaws.com/<name>) — rerun scripts/github-environments.sh"
fi
repository="${BASH_REMATCH[2]}"
tag="${TAG:-}"
[[ "$tag" =~ ^[0-9a-f]{40}$ ]] || fail "TAG: \"${tag}\" is not a commit sha (40 lowercase hex)"

# The digest of <repository>:<tag>, or nothing when ECR has no such tag.
existing_digest() {
  local answer
  if answer="$(aws ecr describe-images --repository-name "$repository" --image-ids "imageTag=${tag}" --query 'imageDetails[0].imageDigest' --output text 2>&1)"; then
    printf '%s' "$answer"
  elif [[ "$answer" == *ImageNotFoundException* ]]; then
    return 0
  else
    fail "could not ask ECR whether ${repository}:${tag} exists: ${answer//$'\n'/ } — the build role needs ecr:DescribeImages on ${repository}"
  fi
}

outcome="${BUILD_OUTCOME:-}"
digest=""
if [[ "$outcome" == success ]]; then
  digest="${BUILT_DIGEST:-}"
  [[ -n "$digest" ]] || fail "the trainer image build succeeded without a digest — see the build step's log"
  echo "trainer image: pushed ${uri}:${tag}"
else
  digest="$(existing_digest)"
  if [[ -n "$digest" ]]; then
    echo "trainer image: ${uri}:${tag} is already in ECR: reusing ${digest}"
  elif [[ -z "$outcome" ]]; then
    echo "trainer image: ${uri}:${tag} is not in ECR: building it"
  else
    fail "the trainer image build ended ${outcome} and ${uri}:${tag} is not in ECR — see the build step's log, then rerun the job"
  fi
fi
if [[ -n "$digest" && ! "$digest" =~ ^sha256:[0-9a-f]{64}$ ]]; then
  fail "trainer image ${uri}:${tag}: \"${digest}\" is not an image digest (sha256:<64 hex>)"
fi
{
  printf 'repository=%s\nimage=%s:%s\n' "$repository" "$uri" "$tag"
  if [[ -n "$digest" ]]; then
    printf 'build=false\nimage-ref=%s@%s\n' "$uri" "$digest"
  else
    printf 'build=true\n'
  fi
} >>"$out"
