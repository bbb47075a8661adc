"""Importing files and folders into the library, one transaction per document; plain callbacks, no Qt."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from desktop_app.core.errors import DocumentError, JurisdictionNotSaid
from desktop_app.core.formats import (
    DOCUMENT_SUFFIXES,
    check_size,
    parse_document,
    sniff_format,
)
from desktop_app.core.formats.section_coverage import DocumentFound, found_in
from desktop_app.core.jurisdictions import Jurisdiction, Jurisdictions
from desktop_app.core.model import Document
from desktop_app.core.text_escape import file_name_text
from desktop_app.store.errors import LibraryError
from desktop_app.store.library import Library
from desktop_app.store.prepared import PreparedDocument, prepare


@dataclass(frozen=True)
class ImportOutcome:
    path: str
    status: str  # imported | unchanged | revised | failed
    reason: str = ""  # why it failed; for a revision, anything an analyst should check
    classes: tuple[str, ...] = ()
    format: str = ""
    found: DocumentFound | None = field(default=None, compare=False, repr=False)  # for ``import --report``

    def line(self) -> str:
        """The command line's report line: ``PATH: status``, ``PATH: failed: reason`` or ``PATH: revised: note``."""
        return f"{self.path}: {self.status}: {self.reason}" if self.reason else f"{self.path}: {self.status}"


def summary_line(outcomes: list[ImportOutcome]) -> str:
    """“3 documents: 1 imported, 0 revised, 1 unchanged, 1 failed”."""
    counts = {s: sum(o.status == s for o in outcomes) for s in ("imported", "revised", "unchanged", "failed")}
    return (
        f"{len(outcomes)} document{'' if len(outcomes) == 1 else 's'}: {counts['imported']} imported, "
        f"{counts['revised']} revised, {counts['unchanged']} unchanged, {counts['failed']} failed"
    )


def document_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the documents inside folders (recursively, in name order)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            # A folder that cannot be read takes its place in the list, and fails there with its reason.
            for root, dirs, files in os.walk(path, onerror=lambda e: found.append(Path(e.filename))):
                dirs.sort()
                found.extend(
                    Path(root, f) for f in sorted(files)
                    if f.lower().endswith(DOCUMENT_SUFFIXES) and not f.startswith(".")
                )
        else:
            found.append(path)
    return found


def read_and_parse(path: Path, jurisdictions: Jurisdictions | None = None) -> tuple[Document, str]:
    """The parsed document and the SHA-256 of its bytes; DocumentError for anything unreadable."""
    try:
        check_size(path.stat().st_size)
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError("no such file") from None
    except IsADirectoryError:
        raise DocumentError(_folder_reason(path)) from None
    except OSError as e:
        raise DocumentError(f"cannot be read ({e.strerror or e})") from None
    return parse_document(data, str(path), jurisdictions), hashlib.sha256(data).hexdigest()


def _folder_reason(path: Path) -> str:
    try:
        with os.scandir(path):
            return "is a folder"
    except OSError as e:
        return f"the folder cannot be read ({e.strerror or e})"


# Below this many documents, starting worker processes costs more than it saves.
PARALLEL_FROM = 64
# Documents a worker parses in one task.
CHUNK = 16
# The search index takes the saved classes over after this many documents, and at the end: an index write
# per document would be most of the import's time.
INDEX_EVERY = 200


# (prepared document, sha256, why it failed, what was found, whether it failed only for not saying which
# jurisdiction it is from).
Parsed = tuple[PreparedDocument | None, str, str, DocumentFound | None, bool]


def parse_file(path: Path, jurisdictions: Jurisdictions | None = None) -> Parsed:
    """(prepared document, sha256, "", what was found, False) or (None, "", reason, None, jurisdiction not
    said); runs in a worker for large imports, and hands back plain values only."""
    try:
        document, sha256 = read_and_parse(path, jurisdictions)
        return prepare(document), sha256, "", found_in(document), False
    except JurisdictionNotSaid as e:
        return None, "", str(e), None, True
    except DocumentError as e:
        return None, "", str(e), None, False
    except Exception as e:  # a fault of ours in reading one document must not stop the rest of the batch
        return None, "", f"could not be read ({type(e).__name__}: {e})", None, False


def parse_files(paths: list[Path], jurisdictions: Jurisdictions | None = None) -> list[Parsed]:
    """``parse_file`` for a chunk of files: one task for a worker process."""
    return [parse_file(path, jurisdictions) for path in paths]


def _start_worker() -> None:
    """In a worker, first: die with the process that saves, and run below it."""
    _die_with_parent()
    _lower_priority()


def _die_with_parent() -> None:
    """End this worker as soon as the process that started it ends, killed or not.

    A worker waits on its task queue, and holds both ends of that pipe itself, so it would never see the
    parent go: killed mid-import, the parent would leave its workers (and their resource tracker) running.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    from multiprocessing.connection import wait

    def watch() -> None:
        wait([parent.sentinel])  # readable once the parent's end of the pipe is closed: the parent is gone
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _lower_priority() -> None:
    """In a worker: run below the process that saves, so that saving (and the window) never waits for a core."""
    try:
        if hasattr(os, "nice"):
            os.nice(10)
        else:  # Windows
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), 0x4000)  # BELOW_NORMAL_PRIORITY_CLASS
    except (OSError, AttributeError):
        pass


def _parsed(files: list[Path], jurisdictions: Jurisdictions) -> Iterator[Parsed]:
    """Parsed documents in file order; for a large batch, parsed in worker processes while this one saves.

    There is a worker for every core, below this process's priority: saving is one core's work at most, and
    whatever it leaves goes to parsing.
    """
    workers = min(os.cpu_count() or 1, 8)
    if len(files) < PARALLEL_FROM or workers < 2:
        yield from (parse_file(path, jurisdictions) for path in files)
        return
    chunks = [files[i:i + CHUNK] for i in range(0, len(files), CHUNK)]
    # "spawn" everywhere: forking a process that runs Qt threads is not safe, and Windows can only spawn.
    with ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker
    ) as pool:
        try:
            for parsed in pool.map(partial(parse_files, jurisdictions=jurisdictions), chunks):
                yield from parsed
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def save_parsed(library: Library, path: Path, parsed: Parsed) -> ImportOutcome:
    """Save one parsed document in its own transaction, or report why it could not be read."""
    document, sha256, reason, found, _unsaid = parsed
    name = file_name_text(path)  # as it can be printed and stored, whatever bytes the name is made of
    if document is None:
        return ImportOutcome(name, "failed", reason, format=_sniff(path))
    saved = library.save_prepared(document, name, sha256)
    return ImportOutcome(
        name, saved.status, "; ".join(saved.warnings), classes=tuple(n for n, _ in saved.classes),
        format=document.format, found=found,
    )


def _said_in_folder(said: dict[Path, dict[str, int]], path: Path, parsed: Parsed) -> None:
    """Count the jurisdiction a document of the batch says it is from, by its folder."""
    document = parsed[0]
    if document is not None:
        for code in {c.jurisdiction for c in document.classes}:
            folder = said.setdefault(path.parent, {})
            folder[code] = folder.get(code, 0) + 1


def _save_with_folder_jurisdiction(library: Library, path: Path, parsed: Parsed, said: dict[str, int]) -> ImportOutcome:
    """A document that does not say its jurisdiction, saved as the other documents of its folder in the batch
    say theirs, when they all say one; else refused, as alone, with why the folder does not tell."""
    if len(said) != 1:
        outcome = save_parsed(library, path, parsed)
        if len(said) > 1:
            named = ", ".join(sorted(said))
            outcome = replace(outcome, reason=f"{outcome.reason} (the other documents of its folder are of "
                                              f"{len(said)} jurisdictions: {named})")
        return outcome
    ((code, count),) = said.items()
    known = Jurisdictions(tuple(library.jurisdictions()))
    jurisdiction = known.named(code)
    outcome = save_parsed(library, path, parse_file(path, replace(known, default=jurisdiction)))
    if outcome.status == "failed":
        return outcome
    note = (f"it does not say which jurisdiction it is from: filed under {_called(jurisdiction)}, as the other "
            f"{'document' if count == 1 else f'{count} documents'} of its folder say")
    return replace(outcome, reason="; ".join(r for r in (note, outcome.reason) if r))


def _called(jurisdiction: Jurisdiction) -> str:
    return (f"{jurisdiction.name} ({jurisdiction.code})" if jurisdiction.name and jurisdiction.name != jurisdiction.code
            else jurisdiction.code)


def import_jurisdictions(library: Library, name: str | None) -> Jurisdictions:
    """The library's jurisdictions, and the one ``name`` stands for (a known one, or a new one named so)."""
    known = Jurisdictions(tuple(library.jurisdictions()))
    return replace(known, default=known.named(name)) if name and name.strip() else known


def _sniff(path: Path) -> str:
    try:
        with path.open("rb") as f:
            return sniff_format(f.read(65536))
    except OSError:
        return "unknown"


class ImportStopped(LibraryError):
    """The library could not be written (a full disk, a read-only file, another writer for too long), so the
    import stopped there; the documents saved before stay saved, and ``outcomes`` are theirs."""

    def __init__(self, error: LibraryError, outcomes: list[ImportOutcome]) -> None:
        super().__init__(str(error))
        self.outcomes = outcomes


def import_paths(
    library: Library,
    paths: Iterable[str | Path],
    on_progress: Callable[[int, int, ImportOutcome], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    jurisdiction: str | None = None,
) -> list[ImportOutcome]:
    """Import every document; a failing one is reported and the rest still import. Stops early on cancel, and
    with ImportStopped when the library cannot be written.

    ``jurisdiction`` (a name or code) is the jurisdiction of the documents that do not say which one they are
    from. Without it, such a document takes the jurisdiction that the batch's other documents of its folder
    all say, and its outcome says so; it is saved after them, and reported last. Each document is saved in
    its own transaction; the search index catches up every INDEX_EVERY documents and when the import ends,
    which also takes over what an import that was stopped left pending.
    """
    files = document_files(paths)
    outcomes: list[ImportOutcome] = []
    parsed = _parsed(files, import_jurisdictions(library, jurisdiction))
    stopped: LibraryError | None = None
    said: dict[Path, dict[str, int]] = {}  # folder → jurisdiction code → documents that say it
    unsaid: list[tuple[Path, Parsed]] = []

    def report(outcome: ImportOutcome) -> None:
        outcomes.append(outcome)
        if len(outcomes) % INDEX_EVERY == 0:
            library.index_for_search()
        if on_progress:
            on_progress(len(outcomes), len(files), outcome)

    try:
        for path, result in zip(files, parsed):
            if should_cancel and should_cancel():
                break
            if result[4]:
                unsaid.append((path, result))  # until the rest of its folder has said where it is from
                continue
            _said_in_folder(said, path, result)
            report(save_parsed(library, path, result))
        else:
            for path, result in unsaid:
                if should_cancel and should_cancel():
                    break
                report(_save_with_folder_jurisdiction(library, path, result, said.get(path.parent, {})))
    except LibraryError as e:
        stopped = e
    finally:
        parsed.close()
    try:
        library.index_for_search()
    except LibraryError as e:
        stopped = stopped or e
    if stopped is not None:
        raise ImportStopped(stopped, outcomes)
    return outcomes
