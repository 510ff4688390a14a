"""Resolving a contract's source: generator cache, url cache, mirror."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from slipway_ml.settings import Settings
from slipway_ml.sources import resolve_source

from .conftest import MIRROR, REPO, house_contract

URL = "https://example.invalid/data/houses.csv"


def test_generator_output_is_cached_by_script_and_params(tmp_path: Path) -> None:
    contract = house_contract()
    contract_file = REPO / "data" / "house-prices" / "contract.yaml"
    contract["source"]["generator"]["params"]["rows"] = 120
    settings = Settings.from_env({"SLIPWAY_CACHE_DIR": str(tmp_path)})
    first = resolve_source(contract, contract_file, settings)
    stamp = first.stat().st_mtime_ns
    assert resolve_source(contract, contract_file, settings) == first
    assert first.stat().st_mtime_ns == stamp, "second call reuses the cached file"
    assert len(first.read_text().splitlines()) == 121
    contract["source"]["generator"]["params"]["rows"] = 130
    assert resolve_source(contract, contract_file, settings) != first


def url_contract(sha256: str) -> dict[str, object]:
    contract = house_contract()
    contract["source"] = {"kind": "url", "url": URL, "sha256": sha256}
    return contract


def test_url_source_uses_a_verified_cached_copy_without_network(tmp_path: Path) -> None:
    body = b"sqft,price\n1,2\n"
    sha256 = hashlib.sha256(body).hexdigest()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / sha256).write_bytes(body)
    settings = Settings.from_env({"SLIPWAY_CACHE_DIR": str(tmp_path)})
    assert resolve_source(url_contract(sha256), tmp_path / "c.yaml", settings) == (
        tmp_path / "data" / sha256
    )


def test_url_source_prefers_the_mirror(tmp_path: Path) -> None:
    abalone = MIRROR / "abalone" / "abalone.data"
    sha256 = hashlib.sha256(abalone.read_bytes()).hexdigest()
    contract = url_contract(sha256)
    contract["dataset"] = "abalone"
    contract["source"] = {"kind": "url", "url": "https://x.invalid/a/abalone.data",
                          "sha256": sha256}  # fmt: skip
    settings = Settings.from_env(
        {"SLIPWAY_CACHE_DIR": str(tmp_path), "SLIPWAY_DATA_MIRROR": str(MIRROR)}
    )
    assert resolve_source(contract, tmp_path / "c.yaml", settings) == abalone


def test_path_source_is_relative_to_the_contract(tmp_path: Path) -> None:
    (tmp_path / "houses.csv").write_text("x\n")
    contract = house_contract()
    contract["source"] = {"kind": "path", "path": "houses.csv"}
    settings = Settings.from_env({})
    assert resolve_source(contract, tmp_path / "contract.yaml", settings) == (
        tmp_path / "houses.csv"
    )


@pytest.mark.parametrize("value", ["", "  "])
def test_empty_mirror_setting_means_no_mirror(value: str) -> None:
    assert Settings.from_env({"SLIPWAY_DATA_MIRROR": value}).data_mirror is None
