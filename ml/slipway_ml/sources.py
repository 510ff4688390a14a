"""Resolve a contract's `source` to a local file: path, url (+sha256, cache, mirror),
generator (cached by script hash and parameters), s3 (cached by bucket, key and ETag)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from slipway_ml.errors import InputError
from slipway_ml.s3 import download_s3
from slipway_ml.settings import Settings


def resolve_source(contract: dict[str, Any], contract_file: Path, settings: Settings) -> Path:
    source = contract["source"]
    kind = source["kind"]
    if kind == "path":
        return _path_source(source["path"], contract_file)
    if kind == "url":
        return _url_source(source["url"], source["sha256"], contract["dataset"], settings)
    if kind == "generator":
        return _generator_source(source["generator"], contract_file, settings)
    if kind == "s3":
        return download_s3(source["uri"], settings)
    raise InputError(
        f"{contract_file}: source.kind",
        f"unknown source kind '{kind}'",
        "use path, url, s3 or generator",
    )


def sha256_of(file: Path) -> str:
    digest = hashlib.sha256()
    with file.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _path_source(path: str, contract_file: Path) -> Path:
    file = (contract_file.parent / path).resolve()
    if not file.is_file():
        raise InputError(str(file), "data file not found", f"fix source.path in {contract_file}")
    return file


def _url_source(url: str, sha256: str, dataset: str, settings: Settings) -> Path:
    if settings.data_mirror is not None:
        mirrored = settings.data_mirror / dataset / Path(url).name
        if not mirrored.is_file():
            raise InputError(
                str(mirrored),
                "not found in SLIPWAY_DATA_MIRROR",
                f"put the file from {url} there, or unset SLIPWAY_DATA_MIRROR to download it",
            )
        _check_sha256(mirrored, sha256)
        return mirrored
    cached = settings.cache_dir / "data" / sha256
    if cached.is_file() and sha256_of(cached) == sha256:
        return cached
    _download(url, cached, dataset, settings.download_timeout_s)
    _check_sha256(cached, sha256, remove=True)
    return cached


def _check_sha256(file: Path, expected: str, remove: bool = False) -> None:
    actual = sha256_of(file)
    if actual != expected:
        if remove:
            file.unlink()
        raise InputError(
            str(file),
            f"sha256 mismatch: expected {expected}, got {actual}",
            "use the original file (or update source.sha256 if the data really changed)",
        )


def _download(url: str, target: Path, dataset: str, timeout_s: float) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".download-")
    try:
        with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=timeout_s) as resp:
            while block := resp.read(1 << 20):
                out.write(block)
        Path(tmp_name).replace(target)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise InputError(
            url,
            f"could not download ({getattr(exc, 'reason', exc)})",
            f"connect to the network, or set SLIPWAY_DATA_MIRROR=<dir> holding "
            f"<dir>/{dataset}/{Path(url).name}, or pass --data <csv>",
        ) from exc


def _generator_source(generator: dict[str, Any], contract_file: Path, settings: Settings) -> Path:
    script = contract_file.parent / generator["script"]
    if not script.is_file():
        raise InputError(str(script), "generator script not found", "fix source.generator")
    params = generator.get("params", {})
    key = hashlib.sha256(
        json.dumps({"script": sha256_of(script), "params": params}, sort_keys=True).encode()
    ).hexdigest()
    cached = settings.cache_dir / "generated" / f"{key}.csv"
    if cached.is_file():
        return cached
    cached.parent.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_name(f".{key}.{os.getpid()}.csv")
    command = [sys.executable, str(script), "--out", str(tmp), *_cli_args(params)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tmp.unlink(missing_ok=True)
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise InputError(str(script), f"generator failed: {last}", "fix source.generator.params")
    tmp.replace(cached)
    return cached


def _cli_args(params: dict[str, Any]) -> list[str]:
    args: list[str] = []
    for name, value in params.items():
        text = str(value).lower() if isinstance(value, bool) else str(value)
        args += [f"--{name.replace('_', '-')}", text]
    return args
