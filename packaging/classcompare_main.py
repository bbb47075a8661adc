"""The frozen program's entry point: the `classcompare` command line, safe without a console."""

import os
import sys

# A windowed Windows build starts with no console: sys.stdout and sys.stderr are None. print() shrugs that off,
# but sys.stdout.write() (`compare` writing a report) and anything else that writes to them directly would raise.
# Their text goes to the null device instead; the self-test answers through its exit code and log file.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

# Large imports parse in worker processes started with "spawn", which run this same executable. Without this,
# a worker would be taken for the command line ("invalid choice: 'from multiprocessing…'") and the import would
# fail; with it, a worker (or multiprocessing's resource tracker) does its work and exits here, before any of the
# program starts. Only such a process pays for importing multiprocessing.
if sys.argv[1:2] == ["--multiprocessing-fork"] or "-c" in sys.argv[1:]:
    import multiprocessing

    multiprocessing.freeze_support()

from desktop_app.cli import main  # noqa: E402 - only after the streams exist

sys.exit(main())
