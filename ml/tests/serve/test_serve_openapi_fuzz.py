"""Schemathesis, every check, against the real server process with a real bundle: the coverage
and fuzzing phases generate requests from /openapi.json (valid and invalid), and every answer
must match what the document declares (status, media type, schema, Allow on 405), with no 5xx
and every schema-violating request refused. Figures: docs/benchmarks-serving.md."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from .conftest import TrainedBundle, free_port
from .test_serve_process import server, wait_for

CONFIG = Path(__file__).with_name("schemathesis.toml")
# Enough examples per operation for >= 1,000 cases in all (the GETs have nothing to vary).
MAX_EXAMPLES = 500
MIN_CASES = 1000
SEED = os.environ.get("SLIPWAY_FUZZ_SEED", "20261206")


def test_schemathesis_all_checks_pass(xgb_bundle: TrainedBundle, tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    args = ["--bundle", str(xgb_bundle.tarball), "--port", str(port)]
    # Recording on, as make start and the AWS tasks run it: feedback and the live summary answer.
    env = {"SLIPWAY_ACCESS_LOG": "false", "SLIPWAY_RECORDS_URI": str(tmp_path / "records")}
    with server(args, env=env) as process:
        assert wait_for(f"{base}/readyz", process).status_code == 200
        command = [
            str(Path(sys.executable).with_name("schemathesis")), "--config-file", str(CONFIG),
            "run", f"{base}/openapi.json", "--checks", "all",
            "--phases", "coverage,fuzzing", "--max-examples", str(MAX_EXAMPLES),
            "--workers", "1", "--seed", SEED, "--generation-database", "none", "--no-color",
        ]  # fmt: skip
        done = subprocess.run(
            command, cwd=tmp_path, capture_output=True, text=True, check=False, timeout=600
        )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-6000:]
    counts = re.search(r"(\d+) generated, (\d+) passed", output)
    assert counts, output[-3000:]
    generated, passed = int(counts[1]), int(counts[2])
    print(f"schemathesis: {generated} generated, {passed} passed (seed {SEED})")
    assert generated >= MIN_CASES and passed == generated
    assert "Coverage" in output and "Fuzzing" in output
    selected = re.search(r"Selected: (\d+)/(\d+)", output)
    tested = re.search(r"Tested: (\d+)", output)
    assert selected and tested, output[-3000:]
    # every operation of the document selected and tested (probes, model, predictions, records)
    assert int(selected[1]) == int(selected[2]) == int(tested[1]) >= 9
