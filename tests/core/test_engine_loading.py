"""Jinja loaded for the letter without OpenSSL, and hashlib whole for anyone who asks later.

Each check runs in a new interpreter: in the test process jinja2 and hashlib are loaded already.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FIRST = """
import json, sys
from fallback_desktop.core.writing.engine_loading import load_jinja
load_jinja()
loaded = {name: name in sys.modules for name in ("jinja2.sandbox", "hashlib", "_hashlib")}
import jinja2.bccache, jinja2.loaders
key = jinja2.bccache.BytecodeCache().get_cache_key("letter")
module_name = jinja2.loaders.ModuleLoader.get_module_filename("letter")
from fallback_desktop.core.writing.drafting import DraftFields, render_email
draft = render_email(DraftFields(product="Washer XY-100"), "en")
import hashlib
print(json.dumps({
    "loaded": loaded, "key": key, "module_name": module_name, "subject": draft.subject,
    "md5": hashlib.md5(b"x").hexdigest(), "real": hasattr(hashlib, "pbkdf2_hmac"),
}))
"""

STAND_IN = """
import json, sys
from fallback_desktop.core.writing import engine_loading
stand_in = engine_loading._Sha1Only("hashlib")
sys.modules["hashlib"] = stand_in
md5 = stand_in.md5(b"x").hexdigest()  # a name it does not hold: the real module answers
import hashlib
print(json.dumps({
    "md5": md5, "replaced": hashlib is not stand_in, "has_path": hasattr(stand_in, "__path__"),
}))
"""

AFTER_HASHLIB = """
import hashlib, json, sys
from fallback_desktop.core.writing.engine_loading import load_jinja
load_jinja()
import jinja2.bccache
same = jinja2.bccache.sha1 is hashlib.sha1
print(json.dumps({"same": same, "kept": sys.modules["hashlib"] is hashlib}))
"""


def _run(code: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_jinja_comes_without_openssl_and_digests_as_hashlib_does() -> None:
    result = _run(FIRST)
    assert result["loaded"] == {"jinja2.sandbox": True, "hashlib": False, "_hashlib": False}
    # SHA-1 of "letter", as hashlib gives it.
    assert result["key"] == "18cc852c9ac803da9cde67a9fd74b4edd9bf98a9"
    assert result["module_name"] == "tmpl_18cc852c9ac803da9cde67a9fd74b4edd9bf98a9.py"
    assert result["subject"] == "[Inquiry] Washer XY-100"
    # The next `import hashlib` is the real one, OpenSSL and all.
    assert result["md5"] == "9dd4e461268c8034f5c8564e155c67a6"
    assert result["real"] is True


def test_any_other_name_asked_of_the_stand_in_loads_the_real_hashlib() -> None:
    result = _run(STAND_IN)
    assert result == {
        "md5": "9dd4e461268c8034f5c8564e155c67a6",
        "replaced": True,
        "has_path": False,
    }


def test_a_hashlib_loaded_already_is_the_one_jinja_uses() -> None:
    assert _run(AFTER_HASHLIB) == {"same": True, "kept": True}
