"""A fitted XGBoost regressor as flat numpy arrays, for predicting a few rows fast.

XGBoost's own predict costs ~0.3 ms per call whatever the row count (measured: 400 trees,
one row), which alone would cap a worker near 3,000 requests/s. Walking all trees at once
with numpy costs tens of microseconds for one row. Semantics follow XGBoost's CPU
predictor: inputs as float32, `x < split` goes left, missing values follow default_left,
leaf values added to base_score one tree after another in float32. The Predictor checks
this against XGBoost's own predict at load and uses it only when they agree."""

from __future__ import annotations

import json
from typing import Any

import numpy as np

Matrix = np.ndarray[Any, np.dtype[Any]]


class TreeModelError(Exception):
    pass


class FlatTrees:
    def __init__(self, estimator: Any) -> None:
        model = json.loads(estimator.get_booster().save_raw(raw_format="json"))["learner"]
        if model["objective"]["name"] != "reg:squarederror":
            raise TreeModelError(f"objective {model['objective']['name']}")
        booster = model["gradient_booster"]
        if booster["name"] != "gbtree" or getattr(estimator, "best_iteration", None) is not None:
            raise TreeModelError("not a plain gbtree without early stopping")
        self.base = np.float32(json.loads(model["learner_model_param"]["base_score"])[0])
        self._flatten(booster["model"]["trees"])

    def _flatten(self, trees: list[dict[str, Any]]) -> None:
        left, right, feature, split, default_left, roots = [], [], [], [], [], []
        offset, depth = 0, 0
        for tree in trees:
            if tree["categories_nodes"]:
                raise TreeModelError("categorical splits")
            n = len(tree["left_children"])
            roots.append(offset)
            for i in range(n):
                leaf = tree["left_children"][i] == -1
                # A leaf points at itself, so every tree can take max-depth steps.
                left.append(offset + (i if leaf else tree["left_children"][i]))
                right.append(offset + (i if leaf else tree["right_children"][i]))
                feature.append(0 if leaf else tree["split_indices"][i])
                split.append(tree["split_conditions"][i])  # the leaf value at a leaf
                default_left.append(bool(tree["default_left"][i]))
            depth = max(depth, _depth(tree["left_children"], tree["right_children"]))
            offset += n
        self.left, self.right = np.asarray(left), np.asarray(right)
        self.feature = np.asarray(feature)
        self.split = np.asarray(split, dtype=np.float64).astype(np.float32)
        self.default_left = np.asarray(default_left)
        self.roots, self.depth = np.asarray(roots), depth

    def predict(self, x: Matrix) -> Matrix:
        rows = np.asarray(x, dtype=np.float32)
        if len(rows) == 1 and not np.isnan(rows).any():
            return self._one_complete_row(rows[0])
        return self._rows(rows)

    def _one_complete_row(self, row: Matrix) -> Matrix:
        """The common case (one request, no missing value): ~30 % fewer numpy calls."""
        node = self.roots
        for _ in range(self.depth):
            go_left = row[self.feature[node]] < self.split[node]
            node = np.where(go_left, self.left[node], self.right[node])
        leaves = np.concatenate(([self.base], self.split[node]))
        return np.cumsum(leaves, dtype=np.float32)[-1:]

    def _rows(self, rows: Matrix) -> Matrix:
        """All rows and all trees at once: (rows, trees) node indexes, depth steps."""
        node = np.broadcast_to(self.roots, (len(rows), len(self.roots)))
        which_row = np.arange(len(rows))[:, None]
        has_missing = bool(np.isnan(rows).any())
        for _ in range(self.depth):
            value = rows[which_row, self.feature[node]]
            go_left = value < self.split[node]
            if has_missing:
                go_left |= np.isnan(value) & self.default_left[node]
            node = np.where(go_left, self.left[node], self.right[node])
        leaves = np.concatenate((np.full((len(rows), 1), self.base), self.split[node]), axis=1)
        # cumsum adds left to right, like XGBoost; sum() would add pairwise and round differently.
        return np.cumsum(leaves, axis=1, dtype=np.float32)[:, -1]


def _depth(left: list[int], right: list[int]) -> int:
    deepest, stack = 0, [(0, 0)]
    while stack:
        node, level = stack.pop()
        if left[node] == -1:
            deepest = max(deepest, level)
        else:
            stack += [(left[node], level + 1), (right[node], level + 1)]
    return deepest
