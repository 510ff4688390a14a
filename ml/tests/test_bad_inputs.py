"""Every bad input through the CLI: exit code 2, one `error: <where>: <what> — <fix>` line
on stderr, and nothing under a final name in the output folder."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import (
    GOOD_CSV_HEADER,
    CliResult,
    Workspace,
    final_entries,
    generate_csv,
    small_project,
)

Run = Callable[[list[str]], CliResult]


def assert_rejected(result: CliResult, out: Path, *fragments: str) -> None:
    assert result.code == 2, result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.err
    assert " — " in lines[0], "the message says how to fix it"
    for fragment in fragments:
        assert fragment in lines[0]
    assert final_entries(out) == []
    assert not (out / "result.json").exists()


BAD_DATA = {
    "empty file": ("", "file is empty"),
    "wrong delimiter": (
        GOOD_CSV_HEADER.replace(",", ";") + "\n",
        "uses ';' but the contract says ','",
    ),
    "missing column": ("sqft,bedrooms\n1,2\n", "missing column(s) bathrooms"),
    "zero rows": (GOOD_CSV_HEADER + "\n", "0 data rows"),
}


@pytest.mark.parametrize("case", list(BAD_DATA))
def test_bad_data_file(case: str, workspace: Workspace, run_cli: Run, tmp_path: Path) -> None:
    text, expected = BAD_DATA[case]
    workspace.data_file.write_text(text)
    out = tmp_path / "out"
    assert_rejected(run_cli(workspace.args(out)), out, str(workspace.data_file), expected)


def replace_value(file: Path, row: int, column: int, value: str) -> None:
    lines = file.read_text().splitlines()
    fields = lines[row].split(",")
    fields[column] = value
    lines[row] = ",".join(fields)
    file.write_text("\n".join(lines) + "\n")


VALUE_CASES = [
    ("wrong type", 0, "big", "line 11, column 'sqft'", "'big' is not an integer"),
    ("NaN", 2, "nan", "line 11, column 'bathrooms'", "not a finite number"),
    ("Inf", 6, "-inf", "line 11, column 'price'", "not a finite number"),
    ("unknown category", 3, "Moon", "line 11, column 'location'", "unknown category 'Moon'"),
]


@pytest.mark.parametrize(("column", "value", "where", "what"), [c[1:] for c in VALUE_CASES],
                         ids=[c[0] for c in VALUE_CASES])  # fmt: skip
def test_bad_value(
    column: int, value: str, where: str, what: str,
    workspace: Workspace, run_cli: Run, tmp_path: Path,
) -> None:  # fmt: skip
    replace_value(workspace.data_file, 10, column, value)
    out = tmp_path / "out"
    assert_rejected(run_cli(workspace.args(out)), out, f"{workspace.data_file}: {where}", what)


def test_extra_column_is_ignored(workspace: Workspace, run_cli: Run, tmp_path: Path) -> None:
    """As validate-data does (a warning there): the trainer reads the contract's columns only."""
    lines = workspace.data_file.read_text().splitlines()
    lines = [lines[0] + ",garage"] + [line + ",1" for line in lines[1:]]
    workspace.data_file.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out"
    result = run_cli(workspace.args(out))
    assert result.code == 0, result.err
    assert "garage" not in result.out


def test_missing_data_file(workspace: Workspace, run_cli: Run, tmp_path: Path) -> None:
    out = tmp_path / "out"
    missing = tmp_path / "nope.csv"
    result = run_cli(workspace.args(out, "--data", str(missing)))
    assert_rejected(result, out, str(missing), "data file not found")


def test_dirty_rows_from_the_generator(workspace: Workspace, run_cli: Run, tmp_path: Path) -> None:
    generate_csv(workspace.data_file, dirty_rows=3)
    out = tmp_path / "out"
    assert_rejected(run_cli(workspace.args(out)), out, "line 2, column 'sqft'", "empty value")


def test_spec_typo(workspace: Workspace, run_cli: Run, tmp_path: Path) -> None:
    spec = small_project("houses")
    spec["candidates"][1]["parms"] = spec["candidates"][1].pop("params")
    workspace.write_project(spec)
    out = tmp_path / "out"
    result = run_cli(workspace.args(out))
    assert_rejected(result, out, f"{workspace.project_file}: candidates[1].parms", "'parms'")


def test_unknown_hyperparameter(workspace: Workspace, run_cli: Run, tmp_path: Path) -> None:
    spec = workspace.project_file.read_text().replace("n_estimators: 15", "n_estimator: 15")
    workspace.project_file.write_text(spec)
    out = tmp_path / "out"
    result = run_cli(workspace.args(out))
    assert_rejected(result, out, "candidates[2].params.n_estimator", "unknown hyperparameter")


def test_bad_hyperparameter_value(workspace: Workspace, run_cli: Run, tmp_path: Path) -> None:
    spec = workspace.project_file.read_text().replace("n_estimators: 15", "n_estimators: -3")
    workspace.project_file.write_text(spec)
    out = tmp_path / "out"
    assert_rejected(run_cli(workspace.args(out)), out, "candidates[2].params", "n_estimators")


def test_gate_on_unknown_metric(workspace: Workspace, run_cli: Run, tmp_path: Path) -> None:
    spec = workspace.project_file.read_text().replace("metric: mae", "metric: accuracy")
    workspace.project_file.write_text(spec)
    out = tmp_path / "out"
    result = run_cli(workspace.args(out))
    assert_rejected(result, out, "gates[1].metric", "'accuracy'")


def test_missing_project_file(workspace: Workspace, run_cli: Run, tmp_path: Path) -> None:
    workspace.project_file.unlink()
    out = tmp_path / "out"
    assert_rejected(run_cli(workspace.args(out)), out, "file not found")


def use_url_source(workspace: Workspace, url: str, sha256: str) -> None:
    text = workspace.contract_file.read_text()
    start = text.index("source:")
    end = text.index("format:")
    source = f"source:\n  kind: url\n  url: {url}\n  sha256: {sha256}\n"
    workspace.contract_file.write_text(text[:start] + source + text[end:])


def test_unreachable_url_without_mirror(workspace: Workspace, run_cli: Run, tmp_path: Path) -> None:
    # A closed port on this machine: refused at once, no network involved.
    use_url_source(workspace, "https://127.0.0.1:9/houses.csv", "ab" * 32)
    out = tmp_path / "out"
    result = run_cli(workspace.args(out))
    assert_rejected(result, out, "https://127.0.0.1:9/houses.csv", "could not download",
                    "SLIPWAY_DATA_MIRROR", "--data")  # fmt: skip


def test_checksum_mismatch_in_mirror(
    workspace: Workspace, run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mirror = tmp_path / "mirror"
    (mirror / "houses").mkdir(parents=True)
    (mirror / "houses" / "houses.csv").write_text("not the original bytes\n")
    monkeypatch.setenv("SLIPWAY_DATA_MIRROR", str(mirror))
    use_url_source(workspace, "https://127.0.0.1:9/houses.csv", "ab" * 32)
    out = tmp_path / "out"
    assert_rejected(run_cli(workspace.args(out)), out, "sha256 mismatch", "ab" * 32)


def test_mirror_without_the_file(
    workspace: Workspace, run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLIPWAY_DATA_MIRROR", str(tmp_path))
    use_url_source(workspace, "https://127.0.0.1:9/houses.csv", "ab" * 32)
    out = tmp_path / "out"
    assert_rejected(run_cli(workspace.args(out)), out, "not found in SLIPWAY_DATA_MIRROR")


def test_a_missing_s3_source_is_named_and_leaves_nothing(
    workspace: Workspace, run_cli: Run, tmp_path: Path, aws_env: str
) -> None:
    text = workspace.contract_file.read_text()
    start, end = text.index("source:"), text.index("format:")
    s3 = "source:\n  kind: s3\n  uri: s3://no-such-bucket/houses.csv\n"
    workspace.contract_file.write_text(text[:start] + s3 + text[end:])
    out = tmp_path / "out"
    assert_rejected(run_cli(workspace.args(out)), out, "s3://no-such-bucket/houses.csv", "no such")


def test_exit_code_and_stderr_of_the_real_process(workspace: Workspace, tmp_path: Path) -> None:
    workspace.data_file.write_text("")
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "slipway_ml", *workspace.args(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr == f"error: {workspace.data_file}: file is empty — " + (
        "provide a CSV with a header and data rows\n"
    )
    assert not out.exists()
