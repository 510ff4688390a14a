"""Generate the house-prices dataset: a documented pricing model (see CARD.md), seeded.

    python data/house-prices/generate.py --out houses.csv --rows 2000 --seed 42 --noise 0.03

The CSV (columns in contract order, with a header) is written to a temporary file and renamed
when complete. `--drift` simulates a changed population (larger houses, a pricier market);
`--dirty-rows` replaces that many rows with invalid ones to exercise validation.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

LOCATIONS = ("Downtown", "Urban", "Suburb", "Rural", "Waterfront", "Mountain")
LOCATION_SHARE = (0.15, 0.22, 0.30, 0.15, 0.08, 0.10)
# Land/base value (USD) and price per square foot by location.
BASE_PRICE = {
    "Downtown": 60_000,
    "Urban": 40_000,
    "Suburb": 50_000,
    "Rural": 20_000,
    "Waterfront": 90_000,
    "Mountain": 30_000,
}
PRICE_PER_SQFT = {
    "Downtown": 260,
    "Urban": 200,
    "Suburb": 160,
    "Rural": 110,
    "Waterfront": 320,
    "Mountain": 170,
}
CONDITIONS = ("Poor", "Fair", "Good", "Excellent")
CONDITION_SHARE = (0.10, 0.30, 0.40, 0.20)
CONDITION_FACTOR = {"Poor": 0.80, "Fair": 0.92, "Good": 1.00, "Excellent": 1.10}
PER_BEDROOM = 12_000
PER_BATHROOM = 18_000
DEPRECIATION_PER_YEAR = 0.0025  # 0.25 % of value per year of age, for at most 100 years
REFERENCE_YEAR = 2025
COLUMNS = (
    "sqft",
    "bedrooms",
    "bathrooms",
    "location",
    "condition",
    "year_built",
    "price",
)


def generate(rows: int, seed: int, noise: float, drift: float) -> list[list[object]]:
    rng = np.random.default_rng(seed)
    sqft = np.clip(
        rng.normal(1900, 550, rows) * (1 + drift), 600, 4500 * (1 + max(drift, 0))
    )
    sqft = np.clip(np.round(sqft), 400, 10_000).astype(int)
    bedrooms = np.clip(np.round(sqft / 650 + rng.normal(0, 0.6, rows)), 1, 6).astype(
        int
    )
    bathrooms = np.clip(
        np.round((bedrooms * 0.6 + rng.normal(0.3, 0.4, rows)) * 2) / 2, 1, 4.5
    )
    location = rng.choice(LOCATIONS, rows, p=LOCATION_SHARE)
    condition = rng.choice(CONDITIONS, rows, p=CONDITION_SHARE)
    year_built = rng.integers(1900, REFERENCE_YEAR, rows)
    price = price_of(sqft, bedrooms, bathrooms, location, condition, year_built, drift)
    price = np.clip(
        np.round(price * (1 + noise * rng.standard_normal(rows)), -2), 10_000, 2e7
    )
    return [
        [int(s), int(b), float(ba), str(lo), str(c), int(y), int(p)]
        for s, b, ba, lo, c, y, p in zip(
            sqft, bedrooms, bathrooms, location, condition, year_built, price
        )
    ]


def price_of(
    sqft: np.ndarray,
    bedrooms: np.ndarray,
    bathrooms: np.ndarray,
    location: np.ndarray,
    condition: np.ndarray,
    year_built: np.ndarray,
    drift: float,
) -> np.ndarray:
    """Noise-free price: (base + rate × sqft + rooms) × condition × age depreciation,
    with the whole market (base and rates) `drift` higher."""
    base = np.array([BASE_PRICE[x] for x in location], dtype=float)
    rate = np.array([PRICE_PER_SQFT[x] for x in location], dtype=float)
    value = base + rate * sqft + PER_BEDROOM * bedrooms + PER_BATHROOM * bathrooms
    factor = np.array([CONDITION_FACTOR[x] for x in condition])
    age = np.minimum(REFERENCE_YEAR - year_built, 100)
    result: np.ndarray = (
        value * (1 + drift) * factor * (1 - DEPRECIATION_PER_YEAR * age)
    )
    return result


def make_dirty(rows: list[list[object]], count: int) -> None:
    """Replace `count` evenly spaced rows with one of three kinds of invalid row in turn:
    a blank value, a value out of the contract's range, an unknown category."""
    if count <= 0:
        return
    step = max(len(rows) // count, 1)
    for k in range(min(count, len(rows))):
        row = rows[k * step]
        kind = k % 3
        if kind == 0:
            row[0] = ""
        elif kind == 1:
            row[0] = 50
        else:
            row[3] = "Moon"


def write_atomically(out: Path, rows: list[list[object]]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    Path(tmp_name).replace(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--noise", type=float, default=0.03, help="sd of multiplicative noise"
    )
    parser.add_argument(
        "--drift", type=float, default=0.0, help="relative population shift"
    )
    parser.add_argument(
        "--dirty-rows", type=int, default=0, help="invalid rows to inject"
    )
    args = parser.parse_args(argv)
    if (
        args.rows < 1
        or args.noise < 0
        or not -0.5 < args.drift < 1
        or args.dirty_rows < 0
    ):
        print(
            "error: need rows >= 1, noise >= 0, -0.5 < drift < 1, dirty-rows >= 0",
            file=sys.stderr,
        )
        return 2
    rows = generate(args.rows, args.seed, args.noise, args.drift)
    make_dirty(rows, args.dirty_rows)
    write_atomically(args.out, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
