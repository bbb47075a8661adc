"""The Windows version resource of classcompare.exe (Explorer's Details tab), made from the package's version."""

from __future__ import annotations

import re

from desktop_app import APP_NAME, __version__

EXE_NAME = "classcompare.exe"
COMPANY = "Class Spec Compare"
US_ENGLISH_UNICODE = "040904B0"  # the string table's language (0409 US English) and code page (04B0 Unicode)


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """Four numbers for the fixed file version: '0.1.0' → (0, 1, 0, 0); '1.2rc1' → (1, 2, 0, 0)."""
    match = re.match(r"\d+(?:\.\d+)*", version)
    if not match:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers = [int(n) for n in match.group().split(".")][:4]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_info(version: str = __version__):
    """PyInstaller's VSVersionInfo for EXE(version=...); only on Windows, where PyInstaller has pefile."""
    from PyInstaller.utils.win32 import versioninfo as vs

    numbers = version_numbers(version)
    fixed = vs.FixedFileInfo(
        filevers=numbers,
        prodvers=numbers,
        mask=0x3F,
        flags=0x0,
        OS=0x40004,  # VOS_NT_WINDOWS32
        fileType=0x1,  # VFT_APP
        subtype=0x0,
    )
    strings = vs.StringTable(US_ENGLISH_UNICODE, [
        vs.StringStruct("CompanyName", COMPANY),
        vs.StringStruct("FileDescription", APP_NAME),
        vs.StringStruct("FileVersion", version),
        vs.StringStruct("InternalName", "classcompare"),
        vs.StringStruct("OriginalFilename", EXE_NAME),
        vs.StringStruct("ProductName", APP_NAME),
        vs.StringStruct("ProductVersion", version),
    ])
    return vs.VSVersionInfo(ffi=fixed, kids=[
        vs.StringFileInfo([strings]),
        vs.VarFileInfo([vs.VarStruct("Translation", [0x0409, 0x04B0])]),
    ])
