"""A batch large enough for worker processes: parsed in workers, saved in file order, indexed for search in batches."""

from __future__ import annotations

from pathlib import Path

from desktop_app.store import importing
from desktop_app.store.importing import INDEX_EVERY, PARALLEL_FROM, import_paths
from tests.calhr_pages import page


def test_a_large_batch_is_parsed_in_workers_saved_in_order_and_searchable(library, tmp_path, monkeypatch):
    monkeypatch.setattr(importing.os, "cpu_count", lambda: 2)  # workers even on a one-core machine
    text = page("0010.html")
    count = INDEX_EVERY + 10
    assert count > PARALLEL_FROM
    for n in range(count):
        number = str(9000 + n)
        (tmp_path / f"{number}.html").write_text(
            text.replace("0010", number).replace("County/State Liaison", f"Liaison {number}"), encoding="utf-8"
        )
    # One page in the middle is not a class specification: refused, and the rest import around it.
    (tmp_path / "9100.html").write_text("<h1>Not a class</h1><p>Nothing here.</p>", encoding="utf-8")
    progress: list[int] = []

    outcomes = import_paths(library, [tmp_path], on_progress=lambda done, total, o: progress.append(done))

    assert progress == list(range(1, count + 1))
    assert [Path(o.path).name for o in outcomes] == [f"{9000 + n}.html" for n in range(count)]
    failed = [o for o in outcomes if o.status == "failed"]
    assert [(Path(o.path).name, o.format) for o in failed] == [("9100.html", "unknown")]
    assert failed[0].reason
    assert {o.status for o in outcomes if o not in failed} == {"imported"}
    assert outcomes[0].classes == ("9000",)
    assert sorted(outcomes[0].found.classes[0].kinds) == ["abilities", "concept", "duties", "knowledge", "qualifications"]
    assert library.counts()["classes"] == count - 1
    assert library.search_count("liaison") == count - 1
    assert [h.number for h in library.search("Liaison 9137")][:1] == ["9137"]
    assert library.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
