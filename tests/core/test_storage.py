"""Saving never loses the person's data: atomic writes, backups, damaged files moved aside."""

from __future__ import annotations

import datetime
import json
import os
import random
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from fallback_desktop.core.store import files as storage
from fallback_desktop.core.store.files import JsonStore, atomic_write_bytes, backup_path
from fallback_desktop.core.text.catalog import msg, render

BROKEN_NAME = re.compile(r"^store\.json\.broken-\d{8}-\d{6}(-\d+)?$")


def _broken_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".broken-" in p.name)


def _store(tmp_path: Path) -> JsonStore:
    return JsonStore(tmp_path / "box" / "store.json")


# --- atomic_write_bytes ---------------------------------------------------------------------


def test_atomic_write_creates_folder_and_writes_exact_bytes(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "file.bin"
    atomic_write_bytes(target, b"\x00\xff hello")
    assert target.read_bytes() == b"\x00\xff hello"
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.bin"]


def test_atomic_write_keeps_previous_version_as_bak(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    atomic_write_bytes(target, b"first")
    atomic_write_bytes(target, b"second")
    atomic_write_bytes(target, b"third")
    assert target.read_bytes() == b"third"
    assert backup_path(target).read_bytes() == b"second"


def test_atomic_write_without_backup_leaves_no_bak(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    atomic_write_bytes(target, b"first", backup=False)
    atomic_write_bytes(target, b"second", backup=False)
    assert target.read_bytes() == b"second"
    assert not backup_path(target).exists()


def test_failed_write_leaves_original_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "box" / "file.txt"
    atomic_write_bytes(target, b"good")
    atomic_write_bytes(target, b"better")

    def refuse(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_bytes(target, b"never seen")
    monkeypatch.undo()

    assert target.read_bytes() == b"better"
    assert backup_path(target).read_bytes() == b"good"
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.txt", "file.txt.bak"]


def test_failed_fsync_leaves_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "box" / "file.txt"
    atomic_write_bytes(target, b"good")

    def refuse(fd: int) -> None:
        raise OSError("i/o error")

    monkeypatch.setattr(os, "fsync", refuse)
    with pytest.raises(OSError, match="i/o error"):
        atomic_write_bytes(target, b"x" * 10_000)
    monkeypatch.undo()

    assert target.read_bytes() == b"good"
    assert [p.name for p in target.parent.iterdir()] == ["file.txt"]


# --- JsonStore: happy paths -----------------------------------------------------------------


def test_round_trip_keeps_korean_and_emoji(tmp_path: Path) -> None:
    store = _store(tmp_path)
    data = {"name": "김민지 🙂", "note": '줄바꿈\n과 "따옴표"', "n": 3, "nested": {"x": [1, "가"]}}
    store.save(data)
    loaded = store.load()
    assert loaded.data == data
    assert loaded.notice is None
    assert loaded.moved_aside is None
    # A person opening the file sees Korean, not \\uXXXX escapes.
    assert "김민지 🙂" in store.path.read_text(encoding="utf-8")


def test_lone_surrogate_survives_a_round_trip(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.save({"odd": "a\ud800b"})
    assert store.load().data == {"odd": "a\ud800b"}


def test_missing_file_loads_empty_without_notice(tmp_path: Path) -> None:
    loaded = _store(tmp_path).load()
    assert loaded.data == {}
    assert loaded.notice is None
    assert loaded.moved_aside is None


def test_file_with_bom_still_loads(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.path.parent.mkdir()
    store.path.write_bytes(b"\xef\xbb\xbf" + '{"name": "홍길동"}'.encode())
    assert store.load().data == {"name": "홍길동"}


def test_save_keeps_previous_version_as_bak(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.save({"version": 1})
    store.save({"version": 2})
    assert store.load().data == {"version": 2}
    assert json.loads(backup_path(store.path).read_text(encoding="utf-8")) == {"version": 1}


# --- JsonStore: damaged files ---------------------------------------------------------------

DAMAGED = {
    "garbage bytes": b"\x89PNG\r\n\x1a\n\x00\x00 not json at all",
    "invalid utf-8": b'{"name": "\xff\xfe"}',
    "empty file": b"",
    "json list": b'["not", "an", "object"]',
    "json string": b'"just text"',
    "truncated": b'{"name": "\xea\xb9\x80',
}


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_damaged_file_is_moved_aside_and_defaults_load(tmp_path: Path, content: bytes) -> None:
    store = _store(tmp_path)
    store.path.parent.mkdir()
    store.path.write_bytes(content)

    loaded = store.load()

    assert loaded.data == {}
    assert loaded.moved_aside is not None
    assert BROKEN_NAME.match(loaded.moved_aside.name)
    assert loaded.moved_aside.parent == store.path.parent
    assert loaded.moved_aside.read_bytes() == content
    assert loaded.notice is not None
    assert loaded.notice.get("head") == msg("store.head_defaults", name=store.path.name)
    ko, en = render(loaded.notice, "ko"), render(loaded.notice, "en")
    assert str(loaded.moved_aside) in ko
    assert str(loaded.moved_aside) in en
    assert "기본값" in ko
    assert "defaults" in en
    # Once set aside, the next start is quiet and saving works again.
    assert store.load().notice is None
    store.save({"ok": True})
    assert store.load().data == {"ok": True}
    assert loaded.moved_aside.read_bytes() == content


def test_damaged_main_with_good_backup_loads_backup(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.save({"name": "백업된 이름"})
    store.save({"name": "최신"})
    store.path.write_bytes(b"\x00\x01garbage")

    loaded = store.load()

    assert loaded.data == {"name": "백업된 이름"}
    assert loaded.moved_aside is not None
    assert loaded.moved_aside.read_bytes() == b"\x00\x01garbage"
    assert loaded.notice is not None
    assert loaded.notice.get("head") == msg("store.head_from_backup", name=store.path.name)
    assert "백업" in render(loaded.notice, "ko")
    assert "backup" in render(loaded.notice, "en")
    # The backup is put back in place, so the next start shows the same data without a notice.
    again = store.load()
    assert again.data == {"name": "백업된 이름"}
    assert again.notice is None


def test_damaged_main_and_damaged_backup_keeps_both(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.path.parent.mkdir()
    store.path.write_bytes(b"main garbage")
    backup_path(store.path).write_bytes(b"[1, 2]")

    loaded = store.load()

    assert loaded.data == {}
    contents = sorted(p.read_bytes() for p in _broken_files(store.path.parent))
    assert contents == [b"[1, 2]", b"main garbage"]
    assert loaded.notice is not None
    assert loaded.notice.get("head") == msg("store.head_both_broken", name=store.path.name)
    shown = render(loaded.notice, "en")
    assert "backup" in shown
    assert all(str(p) in shown for p in _broken_files(store.path.parent))


def test_repeated_damage_never_overwrites_an_earlier_broken_file(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.path.parent.mkdir()
    for content in (b"first bad", b"second bad", b"third bad"):
        store.path.write_bytes(content)
        assert store.load().data == {}
    contents = sorted(p.read_bytes() for p in _broken_files(store.path.parent))
    assert contents == [b"first bad", b"second bad", b"third bad"]


def test_name_clash_gets_a_counter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _store(tmp_path)
    store.path.parent.mkdir()
    store.path.write_bytes(b"bad one")
    first = store.load().moved_aside
    assert first is not None
    # Same second: the timestamped name is taken, so a counter is added.
    stamp = first.name.removeprefix("store.json.broken-")[:15]
    same_second = datetime.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    monkeypatch.setattr(storage, "_now", lambda: same_second)
    store.path.write_bytes(b"bad two")
    second = store.load().moved_aside
    assert second is not None
    assert second.name == f"{first.name}-2"
    assert first.read_bytes() == b"bad one"
    assert second.read_bytes() == b"bad two"


def test_save_does_not_turn_a_damaged_file_into_the_backup(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.save({"v": 1})
    store.save({"v": 2})
    store.path.write_bytes(b"oops")
    store.save({"v": 3})
    assert store.load().data == {"v": 3}
    assert json.loads(backup_path(store.path).read_bytes()) == {"v": 1}


# --- crash safety ---------------------------------------------------------------------------

_CHILD = textwrap.dedent(
    """
    import sys, pathlib
    from fallback_desktop.core.store.files import JsonStore
    sys.path.insert(0, sys.argv[3])
    from payloads import payload
    store = JsonStore(pathlib.Path(sys.argv[1]))
    seq = int(sys.argv[2])
    while True:
        store.save(payload(seq))
        print(seq, flush=True)
        seq += 1
    """
)

_PAYLOADS = textwrap.dedent(
    """
    def payload(seq):
        # Every part depends on seq, so a mix of two versions can never pass for one.
        chunk = f"{seq:07d}-가나다라마바사-🙂-"
        return {"seq": seq, "blob": chunk * (300_000 // len(chunk)), "tail": f"end-{seq}"}
    """
)


def _check_complete(path: Path, started: int, namespace: dict[str, object]) -> int:
    data = json.loads(path.read_bytes().decode("utf-8"))
    seq = data["seq"]
    assert isinstance(seq, int)
    assert 0 <= seq < started
    payload = namespace["payload"]
    assert callable(payload)
    assert data == payload(seq)
    return seq


def test_killed_writer_never_leaves_a_torn_or_empty_file(tmp_path: Path) -> None:
    helper_dir = tmp_path / "helper"
    helper_dir.mkdir()
    (helper_dir / "payloads.py").write_text(_PAYLOADS, encoding="utf-8")
    namespace: dict[str, object] = {}
    exec(_PAYLOADS, namespace)

    target = tmp_path / "crash" / "store.json"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    rng = random.Random(20240611)
    next_seq = 0
    kills = 40
    for _ in range(kills):
        # Each run starts where the last could have got to, so every payload is distinct.
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(target), str(next_seq), str(helper_dir)],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert child.stdout is not None
        try:
            # Wait, by reading its progress, until the child has saved at least once.
            first_line = child.stdout.readline()
            assert first_line.strip() == str(next_seq)
            # Let it run on for a random moment so the kill lands anywhere in a save.
            saves_to_wait = rng.randint(0, 3)
            for _ in range(saves_to_wait):
                child.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.02))
        finally:
            child.kill()
            child.wait()
            child.stdout.close()
        next_seq += 1_000_000

        _check_complete(target, next_seq, namespace)
        bak = backup_path(target)
        if bak.exists():
            _check_complete(bak, next_seq, namespace)
        assert _broken_files(target.parent) == []
        loaded = JsonStore(target).load()
        assert loaded.notice is None

    # Leftover temp files prove some kills landed in the middle of a save.
    leftovers = [p for p in target.parent.iterdir() if p.name.startswith(".store.json.")]
    assert leftovers, "no kill interrupted a save; the test did not exercise a crash"
