"""A single class spec printed and exported, from the window and the command line, in the document's own order."""

from __future__ import annotations

import pypdf

from desktop_app.cli import main


def page_texts(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(path)).pages]


def test_the_specification_tab_prints_and_exports(window, tmp_path):
    report_actions = ["print_preview", "print", *(f"export_{f}" for f in ("pdf", "docx", "html", "md", "json"))]
    assert [window.actions[a].isEnabled() for a in report_actions] == [False] * 7  # the welcome page: nothing
    window.settings.analyst_name = "Pat Analyst"
    window.show_class("OH:65251")
    assert [window.actions[a].isEnabled() for a in report_actions] == [True] * 7
    assert window.reports.suggested_path("pdf").endswith("65251-Benefits-Management-Analyst.pdf")
    pdf = tmp_path / "65251.pdf"
    pages = window.reports.export("pdf", str(pdf))
    texts = page_texts(pdf)
    assert len(texts) == pages >= 2
    for number, text in enumerate(texts, start=1):
        assert text.startswith("Class Spec Compare · Series 6525 Benefits Management · 65251 Benefits Management "
                               "Analyst")
        assert f"Page {number} of {pages}" in text and "by Pat Analyst" in text
    words = " ".join(texts)
    spec = window.shown_spec
    positions = [words.index(section.heading) for section in spec.sections]
    assert positions == sorted(positions)  # the document's own order
    assert "1. Manages variety of both ongoing & special benefit projects" in words
    assert "managerial principles/techniques (developed after employment)" in words
    window.reports.export("md", str(tmp_path / "65251.md"))
    assert (tmp_path / "65251.md").read_text().startswith("# 65251 Benefits Management Analyst\n\n"
                                                         "- **Jurisdiction:** State of Ohio (DAS)\n")
    window.compare_series("OH", "6525")
    assert window.reports.suggested_path("pdf").endswith("comparison-65250-65251-65255.pdf")
    window.tabs.setCurrentIndex(0)
    assert window.actions["print"].isEnabled() and window.current_report().title == "65251 Benefits Management Analyst"


def test_show_writes_any_report_format(tmp_path, capsys):
    pdf = tmp_path / "65255.pdf"
    assert main(["show", "65255", "--format", "pdf", "-o", str(pdf)]) == 0
    pages = len(pypdf.PdfReader(str(pdf)).pages)
    assert capsys.readouterr().out == f"{pdf}: {pages} pages\n"
    assert f"Page 1 of {pages}" in page_texts(pdf)[0]
    assert main(["show", "65255", "--format", "html"]) == 0
    html = capsys.readouterr().out
    assert "<h1>65255 Benefits Manager 1</h1>" in html and "<ol><li>Manages entire assessment" in html
    assert main(["show", "65250", "65251", "--format", "pdf", "-o", str(tmp_path / "two.pdf")]) == 0
    capsys.readouterr()
    texts = page_texts(tmp_path / "two.pdf")
    # Each class of several starts on a page of its own.
    starts = [n for n, t in enumerate(texts) if "65251 Benefits Management Analyst Jurisdiction" in t]
    assert len(starts) == 1 and starts[0] > 0
    assert "65250 Benefits Management Representative Jurisdiction" in texts[0]
