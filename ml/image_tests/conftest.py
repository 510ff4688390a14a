"""The images under test, built and started for real: ml/Dockerfile's `baked` target with a
freshly trained bundle staged by build-push's own script, and ui/Dockerfile, both on the local
base images scripts/images/image-check.sh passes in, then run with podman as the deploy runs
them. Run through that script (it sets the private podman configuration and the bases)."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.serve.conftest import TrainedBundle, _train, free_port

REPO = Path(__file__).resolve().parents[2]
STAGE_BUNDLE = REPO / "actions" / "build-push" / "scripts" / "stage-bundle.sh"
BUILD_TIMEOUT_S = 1200  # a cold build downloads every wheel and npm package
STARTUP_S = 60.0
API_TAG = "localhost/slipway-check/api:latest"
UI_TAG = "localhost/slipway-check/ui:latest"
XGBOOST = {"name": "xgb", "model": "xgboost", "params": {"n_estimators": 80, "max_depth": 4}}


def setting(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: run the check with bash scripts/images/image-check.sh")
    return value


def podman(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["podman", *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def podman_ok(*args: str, timeout: float = 60) -> str:
    done = podman(*args, timeout=timeout)
    assert done.returncode == 0, f"podman {' '.join(args)}: {done.stderr}"
    return done.stdout.strip()


@pytest.fixture(scope="session")
def work() -> Path:
    return Path(setting("SLIPWAY_IMAGE_CHECK_WORK"))


@pytest.fixture(scope="session")
def bundle(work: Path) -> TrainedBundle:
    return _train(work / "training", "image-houses", [XGBOOST], rows=800)


@pytest.fixture(scope="session")
def staged_bundle(bundle: TrainedBundle, work: Path) -> Path:
    """The bundle staged as build-push stages it for the `bundle` build context."""
    outputs = work / "stage-outputs"
    env = {**os.environ, "BUNDLE_PATH": str(bundle.folder), "RUNNER_TEMP": str(work),
           "GITHUB_OUTPUT": str(outputs)}  # fmt: skip
    done = subprocess.run(["bash", str(STAGE_BUNDLE)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    staged = dict(line.split("=", 1) for line in outputs.read_text().splitlines())
    return Path(staged["staged-path"])


class Build:
    """buildah as build-push's Buildx call: the Dockerfile unchanged, its base as a build ARG.
    Runs in the background, so the two images build side by side."""

    def __init__(self, work: Path, tag: str, dockerfile: str, context: str, *args: str) -> None:
        self.tag = tag
        self.log = work / f"build-{tag.rsplit('/', 1)[-1].replace(':', '-')}.log"
        ignorefile = _ignorefile(dockerfile, context)
        self.command = ["buildah", "bud", "--isolation", "chroot", "--format", "docker",
                        "--layers", "--pull=never", "--ignorefile", ignorefile,
                        "--tag", tag, "--file", dockerfile, *args, context]  # fmt: skip
        with self.log.open("w") as out:
            self.process = subprocess.Popen(
                self.command, cwd=REPO, stdout=out, stderr=subprocess.STDOUT
            )

    def wait(self) -> str:
        status = self.process.wait(BUILD_TIMEOUT_S)
        tail = "\n".join(self.log.read_text().splitlines()[-30:])
        assert status == 0, f"{' '.join(self.command)} failed; last lines of {self.log}:\n{tail}"
        return self.tag

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(60)


def _ignorefile(dockerfile: str, context: str) -> str:
    """The file Docker reads: <Dockerfile>.dockerignore, else the context's .dockerignore."""
    beside = REPO / f"{dockerfile}.dockerignore"
    return str(beside if beside.exists() else REPO / context / ".dockerignore")


@pytest.fixture(scope="session")
def ui_build(work: Path) -> Iterator[Build]:
    base = setting("SLIPWAY_BASE_NODE_IMAGE")
    build = Build(work, UI_TAG, "ui/Dockerfile", ".", "--build-arg", f"NODE_IMAGE={base}")
    yield build
    build.stop()


# ui_build first: the UI builds while the bundle is trained and the API image built.
@pytest.fixture(scope="session")
def api_image(ui_build: Build, work: Path, staged_bundle: Path) -> Iterator[str]:
    base = setting("SLIPWAY_BASE_PYTHON_IMAGE")
    args = ["--build-arg", f"PYTHON_IMAGE={base}", "--target", "baked",
            "--build-context", f"bundle={staged_bundle}"]  # fmt: skip
    yield Build(work, API_TAG, "ml/Dockerfile", "ml", *args).wait()
    remove_image(API_TAG)


@pytest.fixture(scope="session")
def ui_image(ui_build: Build) -> Iterator[str]:
    yield ui_build.wait()
    remove_image(UI_TAG)


def remove_image(tag: str) -> None:
    """The check's own image goes; the layers under it stay as the next build's cache."""
    podman("rmi", "--no-prune", tag)


@dataclass(frozen=True)
class Container:
    name: str
    url: str

    def logs(self) -> str:
        done = podman("logs", self.name)
        return done.stdout + done.stderr

    def exec(self, *command: str) -> str:
        return podman_ok("exec", self.name, *command)

    def inspect(self, template: str) -> str:
        return podman_ok("inspect", "--format", template, self.name)

    def env(self) -> list[str]:
        return self.inspect("{{range .Config.Env}}{{println .}}{{end}}").splitlines()


def start(image: str, name: str, port: int, env: dict[str, str]) -> Container:
    """Runs the image with its own command, user and stop signal. Host networking (the private
    containers.conf): the servers bind loopback on a free port instead of 0.0.0.0:<fixed>."""
    flags = [part for key, value in env.items() for part in ("--env", f"{key}={value}")]
    podman_ok("run", "--detach", "--name", name, *flags, image)
    container = Container(name, f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + STARTUP_S
    while time.monotonic() < deadline:
        assert container.inspect("{{.State.Running}}") == "true", container.logs()
        try:
            httpx.get(f"{container.url}/healthz", timeout=2)
            return container
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"{name} did not answer within {STARTUP_S} s:\n{container.logs()}")


@pytest.fixture(scope="session")
def api(api_image: str) -> Iterator[Container]:
    port = free_port()
    name = f"slipway-check-api-{os.getpid()}"
    yield start(api_image, name, port, {"SLIPWAY_HOST": "127.0.0.1", "SLIPWAY_PORT": str(port)})
    podman("rm", "--force", name)


@pytest.fixture(scope="session")
def ui(ui_image: str, api: Container) -> Iterator[Container]:
    port = free_port()
    name = f"slipway-check-ui-{os.getpid()}"
    env = {"HOST": "127.0.0.1", "PORT": str(port), "SLIPWAY_API_URL": api.url}
    yield start(ui_image, name, port, env)
    podman("rm", "--force", name)
