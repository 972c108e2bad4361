"""Loading the template engine without OpenSSL.

`jinja2` imports `hashlib` for a SHA-1 of a template's name or source (its bytecode cache and its
module loader, neither of which the app uses), and the first `import hashlib` of a process loads
OpenSSL's libcrypto, about 3.4 MB resident. Python's own SHA-1 (`_sha1`) gives the same digests.
So `load_jinja` lets the first import of jinja2 find a `hashlib` that holds only that `sha1`: any
other name asked of it loads the real module, and once jinja2 is in, the next `import hashlib`
anywhere gets the real one.
"""

from __future__ import annotations

import importlib
import sys
import types

HASHLIB = "hashlib"


class _Sha1Only(types.ModuleType):
    """Stands in for `hashlib` while jinja2 is imported; see the module's docstring."""

    sha1: object  # Python's own `_sha1.sha1`

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):  # the import system asks for __path__ and the like
            raise AttributeError(name)
        if sys.modules.get(HASHLIB) is self:
            del sys.modules[HASHLIB]
        return getattr(importlib.import_module(HASHLIB), name)


def load_jinja() -> None:
    """Import `jinja2` and its sandbox, without loading OpenSSL when nothing has loaded it yet."""
    if "jinja2.sandbox" in sys.modules:
        return
    if HASHLIB in sys.modules:  # already paid for: nothing to save
        importlib.import_module("jinja2.sandbox")
        return
    try:
        sha1 = importlib.import_module("_sha1").sha1
    except (ImportError, AttributeError):  # a Python built without it: the ordinary way
        importlib.import_module("jinja2.sandbox")
        return
    stand_in = _Sha1Only(HASHLIB)
    stand_in.sha1 = sha1
    sys.modules[HASHLIB] = stand_in
    try:
        importlib.import_module("jinja2.sandbox")
    finally:
        if sys.modules.get(HASHLIB) is stand_in:
            del sys.modules[HASHLIB]
