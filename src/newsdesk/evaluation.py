"""`newsdesk eval`: score the story stages against hand-labelled days.

The scorer is the project's shared `eval/score.py`, run as it is (it calls
`newsdesk stories --json` for each day and each 4-hour window), so the numbers
here are the same ones anybody else gets from the same labels. This module finds
the labels, runs the scorer, and turns its JSON into one table.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.errors import ConfigError, NewsdeskError

#: targets from issue 10 (on every labelled day, and on days nobody here has seen)
TARGETS = {"relevance_f1": 0.90, "pairwise_f1": 0.85, "headline_recall": 0.90, "solid_recall": 0.80,
           "selection_precision": 0.45}


def find_eval_dir(shared: str | Path | None) -> Path:
    """The folder holding `score.py` and `day-*/`: `shared/eval`, or `eval` beside the working folder."""
    candidates = [Path(shared) / "eval"] if shared else [Path.cwd().parent / "shared" / "eval",
                                                        Path.cwd() / "shared" / "eval"]
    for path in candidates:
        if (path / "score.py").is_file():
            return path
    where = ", ".join(str(c) for c in candidates)
    raise ConfigError(f"eval: no labelled days found (looked in {where}); set NEWSDESK_SHARED or --labels")


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True, slots=True)
class EvalReport:
    days: list[dict[str, Any]]
    summary: dict[str, float]

    def meets_targets(self) -> dict[str, bool]:
        return {k: self.summary[k] >= v for k, v in TARGETS.items()}


def summarise(days: list[dict[str, Any]]) -> dict[str, float]:
    """Micro-averages over days, as score.py's own summary line computes them."""
    def total(key: str, i: int) -> int:
        return sum(d[key][i] for d in days)

    def frac(key: str) -> float:
        hit, all_ = total(key, 0), total(key, 1)
        return hit / all_ if all_ else 1.0

    rel = _prf(*(total("relevance_counts", i) for i in range(3)))
    pair = _prf(*(total("pairwise_counts", i) for i in range(3)))
    return {
        "relevance_p": rel[0], "relevance_r": rel[1], "relevance_f1": rel[2],
        "pairwise_p": pair[0], "pairwise_r": pair[1], "pairwise_f1": pair[2],
        "bcubed_f1": sum(d["bcubed"][2] * d["posts"] for d in days) / max(1, sum(d["posts"] for d in days)),
        "headline_recall": frac("headline_recall"), "solid_recall": frac("solid_recall"),
        "selection_precision": frac("selection_precision"),
    }


def run_eval(eval_dir: Path, *, days: list[Path] | None = None, cmd: str | None = None) -> EvalReport:
    """Run the shared scorer over the labelled days and parse its JSON."""
    day_dirs = days or sorted(p for p in eval_dir.glob("day-*") if (p / "labels.jsonl").is_file())
    if not day_dirs:
        raise ConfigError(f"eval: no day-* folders with labels in {eval_dir}")
    command = cmd or f"{shlex.quote(sys.executable)} -m newsdesk"
    args = [sys.executable, str(eval_dir / "score.py"), *map(str, day_dirs), "--cmd", command, "--json"]
    res = subprocess.run(args, capture_output=True, text=True, timeout=3600)
    if res.returncode != 0:
        raise NewsdeskError(f"eval: {eval_dir / 'score.py'} failed ({res.returncode}): {res.stderr[-600:]}")
    results = json.loads(res.stdout)
    return EvalReport(days=results, summary=summarise(results))
