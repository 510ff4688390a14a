"""training_profile.json: the training rows in validate-data's profile format, so the live
summary and the monitor action compare live inputs with validate-data's drift definitions."""

from __future__ import annotations

import numpy as np
import pandas as pd

from slipway_ml.training_profile import quantile, training_profile

CONTRACT = {
    "columns": [
        {"name": "sqft", "type": "integer"},
        {"name": "location", "type": "category"},
        {"name": "price", "type": "number"},
    ]
}


def test_numeric_and_category_columns_profile_as_validate_data_does() -> None:
    frame = pd.DataFrame(
        {"sqft": [500, 900, 900, 1200, None, 2000, 3100, 800, 1500, 1000, 700, 2500],
         "location": ["Urban", "Rural", "Urban", None, "Urban", "Suburb", "Rural", "Urban",
                      "Suburb", "Urban", "Rural", "Urban"]}
    )  # fmt: skip
    profile = training_profile(frame, CONTRACT, "houses", "ab" * 32)
    assert (profile["format"], profile["version"], profile["rows"]) == (
        "slipway-data-profile",
        2,
        12,
    )
    sqft, location = profile["columns"]
    assert [c["name"] for c in profile["columns"]] == ["sqft", "location"]  # no target column
    assert (sqft["count"], sqft["nulls"], sqft["min"], sqft["max"]) == (12, 1, 500.0, 3100.0)
    values = np.sort(frame["sqft"].dropna().to_numpy(dtype=float))
    assert sqft["sample"] == values.tolist()
    edges = sqft["histogram"]["edges"]
    assert edges[0] == 500.0 and edges[-1] == 3100.0
    assert edges[1:-1] == sorted(
        {quantile(values, (i + 1) / 10) for i in range(9)} - {500.0, 3100.0}
    )
    assert sum(sqft["histogram"]["counts"]) == 11
    assert location["categories"] == {"Urban": 6, "Rural": 3, "Suburb": 2}
    assert (location["nulls"], location["histogram"], location["sample"]) == (1, None, None)


def test_quantile_is_linear_between_closest_ranks() -> None:
    values = np.array([1.0, 2.0, 4.0, 8.0])
    assert quantile(values, 0.5) == 3.0
    assert quantile(values, 0.1) == float(np.quantile(values, 0.1))


def test_a_large_column_keeps_a_sorted_sample_of_5000() -> None:
    frame = pd.DataFrame({"sqft": np.arange(20_000), "location": ["Urban"] * 20_000})
    (sqft, _) = training_profile(frame, CONTRACT, "houses", "0" * 64)["columns"]
    assert len(sqft["sample"]) == 5000 and sqft["sample"] == sorted(sqft["sample"])
    assert sum(sqft["histogram"]["counts"]) == 20_000
