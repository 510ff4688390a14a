"""The comparison for the validate-data benchmark: the same rules checked with pandas.

Reads the CSV with pandas.read_csv and checks, against the dataset contract: required columns,
column types (numbers, integers, booleans), ranges, categories, empty values in non-nullable
columns, NaN/Inf, duplicate rows and duplicate primary keys; hashes the file (sha256) as the
action does. Prints one JSON line with the counts, so the bench can check both tools agree.

    ml/.venv/bin/python actions/validate-data/bench/pandas_check.py CONTRACT.yaml DATA.csv
"""

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def column_errors(series: pd.Series, column: dict[str, Any]) -> dict[str, int]:
    """Counts per check for one column, as validate-data counts them."""
    text = series.astype("string").str.strip()
    empty = text.isna() | (text == "")
    errors = {"nulls": int(empty.sum()) if not column.get("nullable", False) else 0}
    kind = column["type"]
    if kind in ("integer", "number"):
        lowered = text.str.lower().str.lstrip("+-")
        non_finite = lowered.isin(["nan", "inf", "infinity"])
        numbers = pd.to_numeric(text.where(~non_finite & ~empty), errors="coerce")
        not_number = numbers.isna() & ~empty & ~non_finite
        if kind == "integer":
            not_number |= numbers.notna() & (np.floor(numbers) != numbers)
        low, high = column.get("min", -np.inf), column.get("max", np.inf)
        errors["non-finite"] = int(non_finite.sum())
        errors["type"] = int(not_number.sum())
        errors["range"] = int(
            (numbers.notna() & ~not_number & ((numbers < low) | (numbers > high))).sum()
        )
    elif kind == "category":
        errors["category"] = int((~empty & ~text.isin(column["categories"])).sum())
    elif kind == "boolean":
        errors["type"] = int(
            (~empty & ~text.str.lower().isin(["true", "false", "0", "1"])).sum()
        )
    return errors


def check(contract: dict[str, Any], data: Path) -> dict[str, Any]:
    # The pyarrow engine: the fastest reader pandas has, so the comparison is not a slow baseline.
    sep = contract.get("format", {}).get("delimiter", ",")
    frame = pd.read_csv(
        data, sep=sep, dtype=str, keep_default_na=False, engine="pyarrow"
    )
    missing = [c["name"] for c in contract["columns"] if c["name"] not in frame.columns]
    errors: dict[str, int] = {}
    for column in contract["columns"]:
        if column["name"] in missing:
            continue
        for check_id, count in column_errors(frame[column["name"]], column).items():
            errors[check_id] = errors.get(check_id, 0) + count
    errors["duplicate-rows"] = int(frame.duplicated().sum())
    key = contract.get("primary_key")
    if key:
        errors["duplicate-keys"] = int(frame.duplicated(subset=key).sum())
    return {
        "rows": len(frame),
        "sha256": sha256_of(data),
        "missing": missing,
        "errors": errors,
    }


def main() -> None:
    contract = yaml.safe_load(Path(sys.argv[1]).read_text(encoding="utf-8"))
    print(json.dumps(check(contract, Path(sys.argv[2]))))


if __name__ == "__main__":
    main()
