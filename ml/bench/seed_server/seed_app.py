"""The comparison server for ml/bench/serve_bench.py, written the way the seed project's
public inference API was: FastAPI, a pydantic request model, a *sync* handler (FastAPI runs
it in its thread pool), a pandas DataFrame built per request, and a pickled scikit-learn
pipeline loaded at import. Same model as Slipway's server (the bundle's pipeline, pickled),
so the comparison measures the serving code, not the model.

    python ml/bench/seed_server/seed_app.py --model model.pkl --port 8001"""

from __future__ import annotations

import argparse
import os
import pickle
from typing import Any

import pandas as pd
import uvicorn
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI(title="seed-style house price API")
MODEL: Any = None


class HousePredictionRequest(BaseModel):
    sqft: float
    bedrooms: int
    bathrooms: float
    location: str
    condition: str
    year_built: int


class PredictRequest(BaseModel):
    features: HousePredictionRequest


class BatchRequest(BaseModel):
    rows: list[HousePredictionRequest]


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "healthy"}


@app.post("/api/v1/predict")
def predict(request: PredictRequest) -> dict[str, Any]:
    frame = pd.DataFrame([request.features.model_dump()])
    prediction = float(MODEL.predict(frame)[0])
    return {"prediction": prediction}


@app.post("/api/v1/predict/batch")
def predict_batch(request: BatchRequest) -> dict[str, Any]:
    frame = pd.DataFrame([row.model_dump() for row in request.rows])
    return {"predictions": [{"prediction": float(p)} for p in MODEL.predict(frame)]}


def main() -> None:
    global MODEL
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", required=True, help="pickled scikit-learn pipeline")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args()
    with open(args.model, "rb") as handle:  # noqa: PTH123 (as the seed did)
        MODEL = pickle.load(handle)
    # The seed started uvicorn with its defaults: one worker, loop/http chosen automatically.
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
