#!/usr/bin/env bash
# CI for the Linux bundle: build dist/classcompare/, hold it to its size budget, then run the frozen program
# headless as a new user would: the self-test, a first run that creates the library, the window's start, a large
# import (worker processes), and PDF and Word documents.
set -euo pipefail
cd "$(dirname "$0")/.."

budget_mb=${CLASSCOMPARE_BUNDLE_BUDGET_MB:-120}
app=dist/classcompare/classcompare

uv run python packaging/build.py --budget-mb "$budget_mb"

# The budget as `du` counts it (1 MB = 1,000,000 bytes).
size=$(du -sb dist/classcompare | cut -f1)
echo "bundle size: $size bytes ($((size / 1000000)) MB; budget $budget_mb MB)"
if ((size > budget_mb * 1000000)); then
  echo "ci_bundle: the bundle is over its budget" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A machine with no display and no library: nothing of the user's own is read or written.
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
unset CLASSCOMPARE_LIBRARY

# 1. The frozen self-test answers through its exit code (it prints its log as it goes).
code=0
timeout 300 "$app" self-test --folder "$work/self-test" || code=$?
if ((code != 0)); then
  echo "ci_bundle: the frozen self-test failed with exit code $code (11 library … 15 check; see above)" >&2
  exit 1
fi

# 2. First run with no library: one is created from the bundled specs, where CLASSCOMPARE_LIBRARY says …
expected="OH:65250    6525   1995-11-12  Benefits Management Representative
OH:65251    6525   1995-08-06  Benefits Management Analyst
OH:65255    6525   1995-08-06  Benefits Manager 1"
mkdir -p "$work/first-run"
listed=$(CLASSCOMPARE_LIBRARY="$work/first-run/library.sqlite" timeout 120 "$app" list)
if [ "$listed" != "$expected" ]; then
  printf 'ci_bundle: a new library should list the three bundled classes; it listed:\n%s\n' "$listed" >&2
  exit 1
fi
# … and in the user's data folder when nothing says otherwise.
listed=$(timeout 120 "$app" list)
if [ "$listed" != "$expected" ] || [ ! -s "$XDG_DATA_HOME/ClassSpecCompare/library.sqlite" ]; then
  printf 'ci_bundle: no library was made in the data folder; list said:\n%s\n' "$listed" >&2
  exit 1
fi
echo "first run: a new library with the 3 bundled classes"

# 3. The window starts, loads that library and quits (CLASSCOMPARE_EXIT_AFTER_START).
code=0
CLASSCOMPARE_EXIT_AFTER_START=1 timeout 120 "$app" || code=$?
if ((code != 0)); then
  echo "ci_bundle: the frozen window did not start and quit cleanly (exit code $code)" >&2
  exit 1
fi
echo "window: started, loaded the library, quit"

# 4. A large import parses in worker processes, which start the frozen executable again (freeze_support).
count=$(uv run python -c 'from desktop_app.store.importing import PARALLEL_FROM; print(PARALLEL_FROM + 6)')
mkdir -p "$work/inbox" "$work/large-import"
for i in $(seq 1 "$count"); do cp resources/specs/6525-benefits-management.txt "$work/inbox/spec-$i.txt"; done
code=0
summary=$(timeout 300 "$app" import "$work/inbox" --library "$work/large-import/library.sqlite" | tail -n 1) || code=$?
case "$code:$summary" in
  "0:$count documents: "*", 0 failed") echo "large import: $summary" ;;
  *) echo "ci_bundle: a large import in worker processes failed (exit code $code): $summary" >&2; exit 1 ;;
esac

# 5. PDF and Word documents import in the bundle (pypdf, python-docx and the part of lxml that is kept).
#    The documents and an empty library are made from source.
uv run python packaging/sample_documents.py "$work/documents" "$work/documents.sqlite"
code=0
imported=$(timeout 120 "$app" import "$work/documents" --library "$work/documents.sqlite") || code=$?
expected="$work/documents/6525.docx: imported
$work/documents/6525.pdf: unchanged
2 documents: 1 imported, 0 revised, 1 unchanged, 0 failed"
if ((code != 0)) || [ "$imported" != "$expected" ]; then
  printf 'ci_bundle: PDF and Word import failed (exit code %s):\n%s\n' "$code" "$imported" >&2
  exit 1
fi
echo "documents: a .docx and a .pdf of the bundled spec import"
echo "ci_bundle: passed"
