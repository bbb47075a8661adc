"""PyInstaller's run-time hooks for inspect, multiprocessing and pkgutil, run right after the program first imports
each module instead of at every start.

Those hooks import their module up front, which costs about 45 ms: most of a frozen `classcompare list`, which
uses none of them. The bundle keeps PyInstaller's own hook files (classcompare.spec puts them in pyi_rth_later/);
this hook runs each one, unchanged, once its module has been imported.
"""


def _pyi_rthook():
    import importlib.abc
    import importlib.util
    import os
    import sys

    if any(type(finder).__name__ == "_ThenRunHook" for finder in sys.meta_path):
        return  # named for several modules in rthooks.dat, this hook installs itself once
    folder = os.path.join(sys._MEIPASS, "pyi_rth_later")
    waiting = {name: os.path.join(folder, f"pyi_rth_{name}.py") for name in ("inspect", "multiprocessing", "pkgutil")}

    class _LoaderThenHook(importlib.abc.Loader):
        def __init__(self, loader, script):
            self._loader, self._script = loader, script

        def create_module(self, spec):
            return self._loader.create_module(spec)

        def exec_module(self, module):
            self._loader.exec_module(module)
            with open(self._script, encoding="utf-8") as f:
                code = compile(f.read(), self._script, "exec")
            exec(code, {"__name__": "__pyi_rth__", "__file__": self._script})

        def __getattr__(self, name):  # get_code, get_source, is_package… as the real loader answers them
            return getattr(self._loader, name)

    class _ThenRunHook(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            script = waiting.pop(name, None)
            if script is None:
                return None
            if not waiting:
                sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is not None and spec.loader is not None:
                spec.loader = _LoaderThenHook(spec.loader, script)
            return spec

    sys.meta_path.insert(0, _ThenRunHook())


_pyi_rthook()
del _pyi_rthook
