# Slipway: the two commands are `make start` and `make test`; both install what they need.
# Every target is idempotent: a second run does only what is missing or out of date.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PROJECT ?= house-prices
# Several projects served together: PROJECTS="house-prices abalone" make start (the first is the UI's default).
PROJECTS ?= $(PROJECT)
VENV := ml/.venv
ACTIONLINT_VERSION := v1.7.12

# Tests and runs read real data through a mirror: ../shared/data when it is beside this checkout.
ifeq ($(origin SLIPWAY_DATA_MIRROR),undefined)
  ifneq ($(wildcard ../shared/data),)
    export SLIPWAY_DATA_MIRROR := $(abspath ../shared/data)
  endif
endif

.PHONY: help install start test test-checks lint build bench

help:
	@echo "make start    install, then run the local pipeline for PROJECT=$(PROJECT) (runs/<UTC timestamp>-<project>/)"
	@echo "              PROJECTS=\"house-prices abalone\" make start: each project's pipeline, then one UI serving them all"
	@echo "make test     install, then every check; results in .test-results/, last line 'N passed, N failed'"
	@echo "make lint     lint-type checks only;  make build  bundle the actions;  make bench  benchmarks"

install: node_modules/.package-lock.json venv $(VENV)/bin/actionlint debian-packages

# npm writes node_modules/.package-lock.json on every install: reinstall when the lock is newer.
node_modules/.package-lock.json: package-lock.json
	bash scripts/npm-install.sh
	@touch $@

# The script is idempotent itself (it compares a hash of the lock with its stamp).
.PHONY: venv
venv:
	@bash ml/scripts/setup-venv.sh

# actionlint's PyPI wheel downloads a binary from GitHub at build time; the Go module builds offline-friendly.
$(VENV)/bin/actionlint: | venv
	@command -v go >/dev/null || { echo "actionlint is built with Go, which is not installed: install a recent Go toolchain, then rerun make"; exit 1; }
	GOBIN=$(abspath $(VENV)/bin) go install github.com/rhysd/actionlint/cmd/actionlint@$(ACTIONLINT_VERSION)

.PHONY: debian-packages
# shellcheck lints the scripts; chromium runs the UI's end-to-end tests (playwright-core drives it);
# jq: scripts/github-environments.sh reads the stacks' outputs with it (and its test runs it);
# buildah, podman (with runc), mmdebstrap and the Debian keyring build and run the images of the
# image check. Each entry is package[:what shows it is installed] (a command, or an absolute path).
DEBIAN_PACKAGES := shellcheck chromium jq buildah podman runc mmdebstrap uidmap:newuidmap slirp4netns \
  fuse-overlayfs debian-archive-keyring:/usr/share/keyrings/debian-archive-keyring.gpg
debian-packages:
	@missing=""; for entry in $(DEBIAN_PACKAGES); do probe=$${entry#*:}; \
	  if [ "$${probe#/}" != "$$probe" ]; then [ -e "$$probe" ]; else command -v "$$probe" >/dev/null; fi || missing="$$missing $${entry%%:*}"; done; \
	if [ -n "$$missing" ]; then echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; fi

# The pipeline for each project, then an API per project (127.0.0.1:8000 and up) and the UI
# (127.0.0.1:8080) for the models just trained, until Ctrl-C. A failed pipeline stops here
# (nothing is served).
start: install
	@for project in $(PROJECTS); do npm run --silent pipeline -- --project "$$project" || exit 1; done
	bash scripts/serve-local.sh $(addprefix --project ,$(PROJECTS))

test-checks: install
	bash scripts/checks.sh all

test: test-checks
	@node scripts/test-summary.mjs

lint: install
	bash scripts/checks.sh lint
	@node scripts/test-summary.mjs

build: node_modules/.package-lock.json
	npm run build --workspaces --if-present

# Each part keeps its benchmark beside it; every script found runs (figures in docs/BENCHMARKS.md).
bench: install
	node runner/bench/pipeline-bench.mjs
	npx tsx runner/bench/model-pr-bench.mjs --runs 2
	npx tsx ui/bench/bench.ts --runs 20
	npx tsx infra/bench/synth-bench.ts
	@for script in actions/bench/*.mjs actions/*/bench/*.mjs; do [ ! -e "$$script" ] || node "$$script"; done
	@for script in ml/bench/*.py; do [ ! -e "$$script" ] || $(VENV)/bin/python "$$script"; done
