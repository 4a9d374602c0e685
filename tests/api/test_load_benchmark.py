"""The load benchmark stays runnable: a tiny bounded run against a real ``serve``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parent.parent.parent / "benchmarks" / "serve_load.py"


def test_serve_load_benchmark_small_run_has_no_errors(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARK), "--events", "300", "--clients", "4",
         "--requests", "40", "--max-seconds", "30", "--db", str(tmp_path / "load.db"), "--json"],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) == 10  # five scenarios, cache off then on
    assert [line["cache"] for line in lines] == [False] * 5 + [True] * 5
    for line in lines:
        assert line["errors"] == 0, line
        assert line["requests"] > 0 and line["p95_ms"] > 0
