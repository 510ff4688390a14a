"""The house-prices generator: seeded, within the contract, and its scenario knobs."""

from __future__ import annotations

from pathlib import Path

import pytest

from slipway_ml.csvread import read_csv
from slipway_ml.errors import InputError

from .conftest import generate_csv, house_contract


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    a = generate_csv(tmp_path / "a.csv", rows=200, seed=3).read_bytes()
    b = generate_csv(tmp_path / "b.csv", rows=200, seed=3).read_bytes()
    c = generate_csv(tmp_path / "c.csv", rows=200, seed=4).read_bytes()
    assert a == b and a != c


@pytest.mark.parametrize("drift", [0.0, 0.3, -0.3])
def test_values_respect_the_contract(tmp_path: Path, drift: float) -> None:
    file = generate_csv(tmp_path / "h.csv", rows=3000, seed=11, drift=drift, noise=0.1)
    frame = read_csv(file, house_contract())  # raises on any range or category breach
    assert len(frame) == 3000
    assert set(frame["location"]) == set(house_contract()["columns"][3]["categories"])


def test_drift_makes_houses_larger_and_pricier(tmp_path: Path) -> None:
    base = read_csv(generate_csv(tmp_path / "a.csv", rows=2000, seed=1), house_contract())
    drifted = read_csv(
        generate_csv(tmp_path / "b.csv", rows=2000, seed=1, drift=0.2), house_contract()
    )
    assert drifted["sqft"].mean() == pytest.approx(base["sqft"].mean() * 1.2, rel=0.02)
    assert drifted["price"].mean() > base["price"].mean() * 1.3


def test_noise_zero_is_the_pricing_formula(tmp_path: Path) -> None:
    file = generate_csv(tmp_path / "h.csv", rows=60, seed=5, noise=0)
    frame = read_csv(file, house_contract())
    base = {"Downtown": 60_000, "Urban": 40_000, "Suburb": 50_000, "Rural": 20_000,
            "Waterfront": 90_000, "Mountain": 30_000}  # fmt: skip
    rate = {"Downtown": 260, "Urban": 200, "Suburb": 160, "Rural": 110, "Waterfront": 320,
            "Mountain": 170}  # fmt: skip
    condition = {"Poor": 0.80, "Fair": 0.92, "Good": 1.00, "Excellent": 1.10}
    for _, row in frame.iterrows():
        value = base[row["location"]] + rate[row["location"]] * row["sqft"]
        value += 12_000 * row["bedrooms"] + 18_000 * row["bathrooms"]
        age = min(2025 - row["year_built"], 100)
        expected = value * condition[row["condition"]] * (1 - 0.0025 * age)
        assert row["price"] == pytest.approx(expected, abs=50)  # rounded to 100 USD


def test_dirty_rows_fail_validation(tmp_path: Path) -> None:
    file = generate_csv(tmp_path / "h.csv", rows=100, seed=2, dirty_rows=3)
    lines = file.read_text().splitlines()
    assert lines[1].startswith(",")  # blank sqft
    assert lines[1 + 33].startswith("50,")  # out of range
    assert ",Moon," in lines[1 + 66]  # unknown category
    with pytest.raises(InputError, match="empty value"):
        read_csv(file, house_contract())
