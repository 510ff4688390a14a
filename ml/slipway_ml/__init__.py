"""Slipway's Python trainer: contract-driven data loading, seeded model selection, bundles."""

__version__ = "0.1.0"
