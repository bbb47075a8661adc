"""Start time of the frozen bundle against the program run from source, measured side by side (budget: 1.3×).

`uv run python -m tests.bench.frozen_start [--runs N] [--budget 1.3]` after `uv run python packaging/build.py`.
Two starts are timed, each the median of N runs, the two builds taking turns so both see the same machine:
`list` (start, open the library, print) and the window (painted, library loaded, then quit through
CLASSCOMPARE_EXIT_AFTER_START). Prints the figures and ratios, writes bench-out/frozen_start.json, and exits 1
when a ratio is over the budget.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "dist" / "classcompare" / ("classcompare.exe" if sys.platform == "win32" else "classcompare")
OUT = ROOT / "bench-out" / "frozen_start.json"


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    return elapsed


def side_by_side(unfrozen: list[str], frozen: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    # One start each first: file caches warm and the library exists, so the runs compare starts, not disks.
    timed(unfrozen, env)
    timed(frozen, env)
    times: dict[str, list[float]] = {"unfrozen": [], "frozen": []}
    for run in range(runs):
        order = [("unfrozen", unfrozen), ("frozen", frozen)]
        for name, command in order if run % 2 == 0 else reversed(order):
            times[name].append(timed(command, env))
    return statistics.median(times["unfrozen"]), statistics.median(times["frozen"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--budget", type=float, default=1.3, help="largest frozen/unfrozen ratio allowed")
    args = parser.parse_args(argv)
    if not FROZEN.is_file():
        print(f"{FROZEN.relative_to(ROOT)} is missing: run `uv run python packaging/build.py` first", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="classcompare-bench-") as work:
        env = dict(os.environ, CLASSCOMPARE_LIBRARY=str(Path(work) / "library.sqlite"),
                   XDG_CONFIG_HOME=str(Path(work) / "config"), XDG_DATA_HOME=str(Path(work) / "data"))
        if sys.platform != "win32":
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        source = [sys.executable, "-m", "desktop_app"]
        results = {}
        for name, extra_args, extra_env in (("list", ["list"], {}),
                                             ("window", [], {"CLASSCOMPARE_EXIT_AFTER_START": "1"})):
            unfrozen, frozen = side_by_side(source + extra_args, [str(FROZEN), *extra_args],
                                            {**env, **extra_env}, args.runs)
            results[name] = {"unfrozen_s": round(unfrozen, 4), "frozen_s": round(frozen, 4),
                             "ratio": round(frozen / unfrozen, 3)}

    print(f"start time, median of {args.runs} runs each (platform {env.get('QT_QPA_PLATFORM', 'native')}):")
    over = []
    for name, r in results.items():
        verdict = "ok" if r["ratio"] <= args.budget else f"OVER the {args.budget:g}x budget"
        print(f"  {name:<7} unfrozen {r['unfrozen_s'] * 1000:6.0f} ms   frozen {r['frozen_s'] * 1000:6.0f} ms   "
              f"ratio {r['ratio']:.2f}  {verdict}")
        if r["ratio"] > args.budget:
            over.append(name)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps({"runs": args.runs, "budget": args.budget, **results}, indent=2) + "\n")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
