"""Checking that a bundle is the one that was gated and approved, before anything in it is
unpickled: a tarball's sha256 (what train-model outputs as bundle-sha256 and the production
record keeps), or a folder's SHA256SUMS manifest's sha256 and then every file against it.

Whoever can write the bucket or the folder could otherwise run code in the server through
model.joblib. The expected digest comes from the deploy (SLIPWAY_BUNDLE_SHA256); with
SLIPWAY_REQUIRE_BUNDLE_DIGEST a bundle without one is not loaded at all."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from slipway_ml.bundle import SUMS_FILE, file_sha256
from slipway_ml.serve.errors import BundleError

SHA256 = re.compile(r"[0-9a-f]{64}")
_FIX_TAMPERED = (
    "deploy the bundle the pipeline gated (its train-model output bundle-sha256, the production"
    " record's bundle_sha256), or set SLIPWAY_BUNDLE_SHA256 to this bundle's digest"
)


@dataclass(frozen=True)
class ExpectedDigest:
    """What the deploy said the bundle's digest is, and whether one must be given."""

    sha256: str | None = None
    required: bool = False

    def check_given(self, reference: str) -> None:
        if self.required and self.sha256 is None:
            raise BundleError(
                reference,
                "no expected digest: SLIPWAY_REQUIRE_BUNDLE_DIGEST is true and"
                " SLIPWAY_BUNDLE_SHA256 is not set",
                "set SLIPWAY_BUNDLE_SHA256 to the bundle's sha256 (train-model's output"
                " bundle-sha256, the production record's bundle_sha256)",
            )


def check_archive(archive: Path, expected: ExpectedDigest, reference: str) -> None:
    """The tarball's own bytes against the expected digest (nothing unpacked yet)."""
    if expected.sha256 is None:
        return
    actual = file_sha256(archive)
    if actual != expected.sha256:
        raise BundleError(
            reference, _mismatch("the archive's", actual, expected.sha256), _FIX_TAMPERED
        )


def check_folder(folder: Path, expected: ExpectedDigest, reference: str) -> None:
    """The folder's SHA256SUMS against the expected digest, then each file against it; a
    file the manifest does not list (a model.joblib swapped in beside it) is refused too.
    `folder` may be a private copy: messages name the files under `reference`."""
    if expected.sha256 is None:
        return
    shown = Path(reference)
    sums = folder / SUMS_FILE
    if not sums.is_file():
        raise BundleError(
            str(shown / SUMS_FILE),
            "missing: a bundle folder is verified through its manifest of file digests",
            "retrain with this trainer (it writes SHA256SUMS), or serve the bundle's .tar.gz",
        )
    actual = file_sha256(sums)
    if actual != expected.sha256:
        raise BundleError(
            str(shown / SUMS_FILE),
            _mismatch("the manifest's", actual, expected.sha256),
            _FIX_TAMPERED,
        )
    listed = parse_sums(sums, shown / SUMS_FILE)
    present = {p.name for p in folder.iterdir() if p.name != SUMS_FILE}
    for name in sorted(present - listed.keys()):
        raise BundleError(str(shown / name), "is not listed in SHA256SUMS", _FIX_TAMPERED)
    for name, wanted in sorted(listed.items()):
        file = folder / name
        if not file.is_file():
            raise BundleError(
                str(shown / name), "is listed in SHA256SUMS but missing", _FIX_TAMPERED
            )
        found = file_sha256(file)
        if found != wanted:
            raise BundleError(
                str(shown / name),
                _mismatch("the file's", found, wanted, "SHA256SUMS"),
                _FIX_TAMPERED,
            )


def parse_sums(sums: Path, shown: Path) -> dict[str, str]:
    """`sha256sum` format: `<64 hex>  <name>` per line, names without folders."""
    listed: dict[str, str] = {}
    for number, line in enumerate(sums.read_text("utf-8").splitlines(), start=1):
        digest, _, name = line.partition("  ")
        if not SHA256.fullmatch(digest) or not name or "/" in name or name in (".", ".."):
            raise BundleError(
                f"{shown}:{number}", "is not a `<sha256>  <file name>` line", _FIX_TAMPERED
            )
        listed[name] = digest
    return listed


def _mismatch(whose: str, actual: str, expected: str, source: str = "SLIPWAY_BUNDLE_SHA256") -> str:
    return (
        f"{whose} sha256 {actual} does not match the expected {expected}"
        f" ({source}): the bundle is not the one that was approved"
    )
