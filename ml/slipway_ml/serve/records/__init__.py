"""Prediction and feedback records (docs/API.md, "Records"): where they are stored, the
recorder that writes them off the request path, feedback and the live summary."""
