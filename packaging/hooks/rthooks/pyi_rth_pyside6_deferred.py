"""PyInstaller's PySide6 run-time hook, except that Qt is loaded only when the program imports it.

PyInstaller's own hook imports PySide6.QtCore at start-up to register an embedded qt.conf, which loads QtCore and
ICU (~140 ms on Linux) even for `classcompare list`, which never uses Qt. This hook sets the same environment and
registers the same qt.conf right after the program's first import of PySide6.QtCore.
"""


def _pyi_rthook():
    import importlib.abc
    import importlib.util
    import os
    import sys

    from _pyi_rth_utils import prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    is_windows = sys.platform.startswith("win")
    qt_path = os.path.join(sys._MEIPASS, "PySide6") if is_windows else os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    if is_windows:
        # As PyInstaller's hook does: libraries collected next to the program are found through PATH.
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")

    class _AfterQtCore(importlib.abc.MetaPathFinder):
        """Lets the import of PySide6.QtCore happen as usual, then registers the qt.conf; once."""

        def find_spec(self, name, path=None, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            exec_module = spec.loader.exec_module

            def exec_then_register(module):
                exec_module(module)
                qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

            spec.loader.exec_module = exec_then_register
            return spec

    sys.meta_path.insert(0, _AfterQtCore())


_pyi_rthook()
del _pyi_rthook
