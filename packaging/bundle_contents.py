"""What the bundle leaves out of PyInstaller's analysis: unused Qt plugins, translations, and the libraries they need.

PyInstaller's Qt hooks collect every plugin of each type a module may use (all platforms, all image formats…)
together with the libraries those plugins link (Wayland, EGL, GTK, OpenSSL…). The app is a widgets program
that renders text, SVG icons and PDFs, so it keeps the plugins named below; afterwards a shared library stays
only if something kept still links it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

# Plugin folder → plugin names kept (file names without "lib" and extension), on any system.
KEPT_QT_PLUGINS: dict[str, frozenset[str]] = {
    # windows: the desktop on Windows; xcb: the Linux desktop (Wayland sessions run it through XWayland);
    # offscreen and minimal: no display (the self-test and PDF reports on a server).
    "platforms": frozenset({"qwindows", "qxcb", "qoffscreen", "qminimal"}),
    # Dead keys and input methods when typing notes on Linux.
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    "imageformats": frozenset({"qsvg"}),  # the toolbar and window icons are SVG; PNG is built into QtGui
    "iconengines": frozenset({"qsvgicon"}),
    "printsupport": frozenset({"cupsprintersupport"}),  # printing on Linux; Windows printing is inside QtPrintSupport
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle"}),  # the native look on Windows
}

# Python modules the analysis finds but the app never runs; leaving them out also drops what they link.
EXCLUDED_MODULES = [
    # Qt bindings the app does not import (QtDBus's library stays: QtGui links it on Linux).
    "PySide6.QtNetwork", "PySide6.QtDBus", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtQml",
    "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml",
    "PySide6.QtSvgWidgets", "PySide6.QtConcurrent", "PySide6.QtUiTools", "PySide6.QtDesigner", "PySide6.QtHelp",
    # Nothing is fetched from outside the program: no TLS. hashlib falls back to its built-in SHA-256 without
    # _hashlib; together they would bring OpenSSL's libcrypto (~5 MB).
    "ssl", "_ssl", "_hashlib",
    # Markdown's code highlighting, present only when a dev tool installed Pygments; reports never use it.
    "pygments",
    # rapidfuzz's compiled fuzz scorers (~4 MB): the app scores with rapidfuzz.distance.Indel (through
    # rapidfuzz.process, which stays compiled); rapidfuzz.fuzz would fall back to pure Python if ever used.
    "rapidfuzz.fuzz_cpp", "rapidfuzz.fuzz_cpp_avx2",
    # The AVX2 build of rapidfuzz's distances (~3 MB) beside the plain one, which rapidfuzz takes when the AVX2
    # build cannot be imported: Indel on item-length texts is as fast for the comparison.
    "rapidfuzz.distance.metrics_cpp_avx2",
    # python-docx reads Word files with lxml.etree alone; PyInstaller's lxml hook takes every submodule (~4 MB),
    # and lxml.doctestcompare brings doctest, unittest, pdb and asyncio along.
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax", "lxml.builder", "lxml.cssselect",
    "lxml.ElementInclude", "lxml.doctestcompare", "lxml.usedoctest",
    # Compression a .docx never uses (zipfile, shutil and tarfile import them only if present), and the C
    # decimal module, whose pure-Python twin takes over for the few Decimals sqlite-utils and pypdf make.
    "bz2", "_bz2", "lzma", "_lzma", "_decimal",
    "tkinter", "_tkinter",
]

# Loaded by Qt at run time, not linked, and only for OpenGL and Qt Quick, which the app does not use (Windows).
UNUSED_RUNTIME_LIBRARIES = frozenset({"opengl32sw.dll", "d3dcompiler_47.dll"})

# Taken from the Linux system rather than bundled; what they alone link leaves the bundle with them.
SYSTEM_LIBRARIES = frozenset({
    # The CUPS print plugin is kept, but libcups comes from the machine: one that can print has it, with the TLS
    # and Kerberos libraries that match its own print server (bundled, they were ~9 MB). Without libcups, Qt
    # offers no printers; PDF reports do not need it.
    "libcups.so.2",
    # Present on every Linux desktop, and known to break when an older or newer copy is bundled (fontconfig
    # stalls on another version's configuration): the AppImage project's excludelist, as far as it applies here.
    "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1", "libexpat.so.1", "libuuid.so.1", "libgpg-error.so.0",
    "libcom_err.so.2", "libgmp.so.10", "libfribidi.so.0", "libfontconfig.so.1", "libfreetype.so.6",
    "libharfbuzz.so.0", "libX11.so.6", "libX11-xcb.so.1", "libxcb.so.1",
    # The session bus library QtDBus links: every desktop runs D-Bus, and README's list of what Qt needs on Linux
    # names it (libdbus-1-3). Bundled, it brought systemd's client library and its crypto along (~2.5 MB).
    "libdbus-1.so.3",
})

# Data folders that packages ship but no code reads: python-docx's unpacked copy of its default.docx (~1 MB),
# kept in its source tree for its developers.
UNUSED_DATA_FOLDERS = ("docx/templates/default-docx-template/",)

_NOT_BUNDLED = frozenset(name.lower() for name in UNUSED_RUNTIME_LIBRARIES | SYSTEM_LIBRARIES)
_PLUGIN = re.compile(r"^PySide6/(?:Qt/)?plugins/(?P<kind>[^/]+)/(?P<file>[^/]+)$")
_TRANSLATION = re.compile(r"^PySide6/(?:Qt/)?translations/")


def direct_links(binary: str) -> list[str]:
    """The libraries a binary links itself (not those its libraries link in turn)."""
    if sys.platform.startswith("linux"):
        # PyInstaller asks ldd, which answers with the whole tree; a library left to the system must not keep
        # its own dependencies in the bundle.
        dump = subprocess.run(["objdump", "-p", binary], capture_output=True, text=True, check=True).stdout
        return re.findall(r"^\s+NEEDED\s+(\S+)$", dump, re.MULTILINE)
    from PyInstaller.depend.bindepend import get_imports

    return [name for name, _ in get_imports(binary)]


def plugin_name(file_name: str) -> str:
    """'libqxcb.so' → 'qxcb'; 'qwindows.dll' → 'qwindows'; 'libqsvgicon.dylib' → 'qsvgicon'."""
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def qt_plugin(dest: str) -> tuple[str, str] | None:
    """(folder, name) when the bundle path is a Qt plugin, else None."""
    match = _PLUGIN.match(dest.replace("\\", "/"))
    return (match["kind"], plugin_name(match["file"])) if match else None


def is_kept_plugin(kind: str, name: str) -> bool:
    return name in KEPT_QT_PLUGINS.get(kind, ())


def _key(name: str) -> str:
    # Windows matches DLL names case-insensitively; sonames differ in case only by accident.
    return PurePosixPath(name.replace("\\", "/")).name.lower()


@dataclass
class Pruned:
    """The entries kept, and what was dropped, for the build's log."""

    binaries: list[tuple[str, str, str]]
    datas: list[tuple[str, str, str]]
    dropped: list[str] = field(default_factory=list)


def prune(
    binaries: Iterable[tuple[str, str, str]],
    datas: Iterable[tuple[str, str, str]],
    needed: Callable[[str], Iterable[str]],
    python_library: str,
) -> Pruned:
    """Drop unused plugins and translations, then every shared library nothing kept links (directly or not).

    `needed(src)` names the libraries a binary links; `python_library` is the interpreter's own library, loaded
    by the bootloader rather than linked. Extension modules and kept plugins are where the linking starts.
    """
    dropped: list[str] = []
    roots: list[tuple[str, str, str]] = []
    libraries: dict[str, tuple[str, str, str]] = {}
    for entry in binaries:
        dest, src, kind = entry
        plugin = qt_plugin(dest)
        if plugin is not None:
            if is_kept_plugin(*plugin):
                roots.append(entry)
            else:
                dropped.append(dest)
        elif kind == "EXTENSION" or _key(dest) == _key(python_library):
            roots.append(entry)
        elif _key(dest) in _NOT_BUNDLED:
            dropped.append(dest)
        else:
            libraries[_key(dest)] = entry

    linked: set[str] = set()
    queue = [src for _, src, _ in roots]
    while queue:
        for name in needed(queue.pop()):
            key = _key(name)
            if key in libraries and key not in linked:
                linked.add(key)
                queue.append(libraries[key][1])

    kept_binaries = roots + [entry for key, entry in libraries.items() if key in linked]
    dropped += [entry[0] for key, entry in libraries.items() if key not in linked]

    dropped_keys = {_key(dest) for dest in dropped}
    kept_datas = []
    for entry in datas:
        dest, src, kind = entry
        posix = dest.replace("\\", "/")
        if _TRANSLATION.match(posix) or posix.startswith(UNUSED_DATA_FOLDERS):
            dropped.append(dest)
        elif kind == "SYMLINK" and _key(src) in dropped_keys:
            dropped.append(dest)  # a link to a library that is no longer there
        else:
            kept_datas.append(entry)
    return Pruned(sorted(kept_binaries), sorted(kept_datas), sorted(dropped))
