"""What the PyInstaller bundle keeps and leaves out (packaging/bundle_contents.py), on made-up analyses."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import ROOT


def load(name: str):
    # packaging/ is not a package: its name would shadow the `packaging` library PyInstaller imports.
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


contents = load("bundle_contents")
version_info = load("version_info")

LINUX_LINKS = {
    "/qt/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libQt6Gui.so.6", "libc.so.6"],
    "/qt/lib/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
    "/qt/lib/libQt6Gui.so.6": ["libQt6DBus.so.6", "libfontconfig.so.1", "libQt6Core.so.6"],
    "/qt/lib/libQt6DBus.so.6": ["libdbus-1.so.3"],
    "/sys/libfontconfig.so.1": ["libexpat.so.1"],
    "/qt/plugins/platforms/libqxcb.so": ["libQt6XcbQpa.so.6"],
    "/qt/plugins/platforms/libqwayland.so": ["libQt6WaylandClient.so.6"],
    "/qt/plugins/printsupport/libcupsprintersupport.so": ["libcups.so.2"],
    "/sys/libcups.so.2": ["libgnutls.so.30"],
}


def linux_analysis():
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/qt/QtWidgets.abi3.so", "EXTENSION"),
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        *[(f"PySide6/Qt/lib/{n}", f"/qt/lib/{n}", "BINARY") for n in
          ("libQt6Widgets.so.6", "libQt6Gui.so.6", "libQt6Core.so.6", "libQt6DBus.so.6", "libQt6XcbQpa.so.6",
           "libQt6WaylandClient.so.6")],
        *[(n, f"/sys/{n}", "BINARY") for n in
          ("libdbus-1.so.3", "libfontconfig.so.1", "libexpat.so.1", "libcups.so.2", "libgnutls.so.30")],
        *[(f"PySide6/Qt/plugins/{p}", f"/qt/plugins/{p}", "BINARY") for p in
          ("platforms/libqxcb.so", "platforms/libqwayland.so", "printsupport/libcupsprintersupport.so",
           "imageformats/libqjpeg.so")],
    ]
    datas = [
        ("resources/specs/6525-benefits-management.txt", "/src/resources/specs/6525.txt", "DATA"),
        ("db/001_library.sql", "/src/db/001_library.sql", "DATA"),
        ("docx/templates/default-styles.xml", "/py/docx/templates/default-styles.xml", "DATA"),
        ("docx/templates/default-docx-template/word/styles.xml", "/py/docx/t/word/styles.xml", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/qt/translations/qtbase_de.qm", "DATA"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
    ]
    return binaries, datas


def test_linux_keeps_what_is_linked_from_kept_code_and_leaves_the_rest():
    binaries, datas = linux_analysis()
    pruned = contents.prune(binaries, datas, lambda src: LINUX_LINKS.get(src, []), "libpython3.11.so.1.0")
    assert [dest for dest, _, _ in pruned.binaries] == [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/QtWidgets.abi3.so",
        "libpython3.11.so.1.0",  # loaded by the bootloader, linked by nothing
    ]
    assert [dest for dest, _, _ in pruned.datas] == [
        "db/001_library.sql", "docx/templates/default-styles.xml",  # read when a .docx has no styles of its own
        "libQt6Core.so.6", "resources/specs/6525-benefits-management.txt",
    ]
    assert pruned.dropped == [
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",  # only the Wayland plugin linked it
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "docx/templates/default-docx-template/word/styles.xml",
        "libQt6WaylandClient.so.6",  # the link to it
        "libcups.so.2",  # the system's copy is used …
        "libdbus-1.so.3",
        "libexpat.so.1",  # … as are fontconfig's, and what only they link
        "libfontconfig.so.1",
        "libgnutls.so.30",
    ]


def test_windows_names_match_without_case_and_runtime_only_gl_libraries_go():
    binaries = [
        ("PySide6/QtGui.pyd", "C:/qt/QtGui.pyd", "EXTENSION"),
        ("PySide6/Qt6Gui.dll", "C:/qt/Qt6Gui.dll", "BINARY"),
        ("PySide6/Qt6Core.dll", "C:/qt/Qt6Core.dll", "BINARY"),
        ("PySide6/opengl32sw.dll", "C:/qt/opengl32sw.dll", "BINARY"),
        ("python311.dll", "C:/py/python311.dll", "BINARY"),
        ("PySide6/plugins/platforms/qwindows.dll", "C:/qt/plugins/platforms/qwindows.dll", "BINARY"),
        ("PySide6/plugins/platforms/qdirect2d.dll", "C:/qt/plugins/platforms/qdirect2d.dll", "BINARY"),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", "C:/qt/plugins/styles/qmodernwindowsstyle.dll", "BINARY"),
    ]
    links = {"C:/qt/QtGui.pyd": ["QT6GUI.dll", "python3.dll"], "C:/qt/Qt6Gui.dll": ["Qt6Core.dll", "KERNEL32.dll"]}
    pruned = contents.prune(binaries, [("PySide6/translations/qt_fr.qm", "C:/qt/translations/qt_fr.qm", "DATA")],
                            lambda src: links.get(src, []), "python311.dll")
    assert pruned.dropped == [
        "PySide6/opengl32sw.dll", "PySide6/plugins/platforms/qdirect2d.dll", "PySide6/translations/qt_fr.qm",
    ]
    assert len(pruned.binaries) == 6 and pruned.datas == []


@pytest.mark.parametrize(("file_name", "name"), [
    ("libqxcb.so", "qxcb"), ("qwindows.dll", "qwindows"), ("libqsvgicon.dylib", "qsvgicon"),
    ("libcupsprintersupport.so", "cupsprintersupport"), ("libqxcb-glx-integration.so", "qxcb-glx-integration"),
])
def test_plugin_names_on_every_system(file_name, name):
    assert contents.plugin_name(file_name) == name


def test_only_qt_plugins_are_taken_for_plugins():
    assert contents.qt_plugin("PySide6/Qt/plugins/platforms/libqoffscreen.so") == ("platforms", "qoffscreen")
    assert contents.qt_plugin("PySide6/plugins/iconengines/qsvgicon.dll") == ("iconengines", "qsvgicon")
    assert contents.qt_plugin("rapidfuzz/distance/metrics_cpp.so") is None


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0)), ("1.2.3.4.5", (1, 2, 3, 4)),
])
def test_the_exe_version_comes_from_the_package_version(version, numbers):
    assert version_info.version_numbers(version) == numbers


def test_a_version_that_is_not_a_number_is_refused():
    with pytest.raises(ValueError, match="does not start with a number"):
        version_info.version_numbers("dev")
