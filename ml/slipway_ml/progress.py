"""Progress lines on stdout, one per event: `[slipway] <stage>: <text>`."""

import sys


def report(stage: str, text: str) -> None:
    print(f"[slipway] {stage}: {text}", file=sys.stdout, flush=True)
