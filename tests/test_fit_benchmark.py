"""The fit's floors on the analysts' position descriptions, against the CalHR corpus (skipped without it)."""

from __future__ import annotations

import pytest

from tests.bench import fit as bench
from tests.conftest import CORPUS

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the CalHR corpus is not at {CORPUS}")]


def test_the_fit_keeps_its_floors_and_beats_the_baseline(tmp_path, capsys):
    library = tmp_path / "corpus.sqlite"
    bench.make_library(library)
    assert bench.main(["--library", str(library), "--strict"]) == 0
    out = capsys.readouterr().out
    tuning = out.split("tuning set:")[1].split("holdout set:")[0]
    fit_line = next(line for line in tuning.splitlines() if line.strip().startswith("fit  "))
    baseline_line = next(line for line in tuning.splitlines() if "baseline" in line)

    def top1(line: str) -> int:
        return int(line.split("top-1")[1].split("/")[0])

    assert top1(fit_line) > top1(baseline_line)
    assert "missed:" not in out
