"""Inference server tests (fixtures in conftest.py)."""
