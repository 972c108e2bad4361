"""The log: versions and errors in the platform's log folder, never personal data, rotated, and
never in the way of the program (a folder it cannot write, a full disk)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fallback_desktop import logs

# What a person types, in several shapes; none of it may reach the file.
PLANTED = (
    "김민지",
    "010-1234-5678",
    "minji.kim@example.com",
    "서울시 마포구 월드컵북로 400",
    "탈수 중에 세탁기가 멈춥니다",
    "900101-1234567",
    "4111 1111 1111 1111",
    "mailto:help@example.com?body=%EA%B9%80",
    "/home/minji/문서/환불.eml",
)


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    path = logs.setup_logging(tmp_path / "log")
    assert path is not None
    yield path
    logs.setup_logging(tmp_path / "closed")  # let go of the file


def _read(path: Path) -> str:
    for handler in logging.getLogger(logs.LOGGER).handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8") for p in path.parent.glob(path.name + "*"))


def test_the_log_starts_with_the_versions(log_file: Path) -> None:
    text = _read(log_file)
    assert "started Fallback Desk" in text
    assert "Python" in text


def test_planted_personal_data_never_reaches_the_file(log_file: Path) -> None:
    logger = logging.getLogger("fallback_desktop.anything")
    for planted in PLANTED:
        logger.warning("could not open %s", planted)
        logger.error(f"handed over {planted} then failed")  # a careless call
        try:
            raise ValueError(f"bad input {planted}")
        except ValueError:
            logger.exception("while checking")
    text = _read(log_file)
    assert "could not open" in text  # the program's own words stay
    for planted in PLANTED:
        assert planted not in text, planted
        for piece in planted.replace("/", " ").split():
            if len(piece) >= 4 and not piece.isascii():
                assert piece not in text, piece


def test_an_uncaught_error_is_logged_by_type_and_place_not_message(log_file: Path) -> None:
    try:
        raise KeyError("김민지 010-1234-5678")
    except KeyError as error:
        logs.log_error(type(error), error.__traceback__)
    text = _read(log_file)
    assert "uncaught KeyError at test_log.py:" in text
    assert "김민지" not in text
    assert "010-1234-5678" not in text


def test_qt_messages_go_to_the_log_scrubbed(
    log_file: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import qWarning

    from fallback_desktop.gui.qt_messages import install_message_filter

    install_message_filter()
    qWarning("Could not open mailto:help@example.com?subject=%ED%99%98%EB%B6%88&body=김민지")
    text = _read(log_file)
    assert "Could not open" in text
    assert "help@example.com" not in text
    assert "김민지" not in text
    assert "help@example.com" not in capfd.readouterr().err


def test_the_log_rotates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    folder = tmp_path / "log"
    path = logs.setup_logging(folder)
    assert path is not None
    for n in range(500):
        logging.getLogger(logs.LOGGER).info("line %d of the program's own words", n)
    files = sorted(p.name for p in folder.iterdir())
    assert files == [logs.LOG_NAME, *(f"{logs.LOG_NAME}.{n}" for n in range(1, logs.BACKUPS + 1))]
    assert all(p.stat().st_size <= 2_200 for p in folder.iterdir())
    logs.setup_logging(tmp_path / "closed")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_folder_it_cannot_write_means_no_log_and_no_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert logs.setup_logging(locked / "log") is None
        logging.getLogger(logs.LOGGER).error("nothing breaks")
    finally:
        locked.chmod(0o700)


def test_a_folder_that_is_a_file_means_no_log_and_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "log"
    blocker.write_text("not a folder")
    assert logs.setup_logging(blocker) is None
    logging.getLogger(logs.LOGGER).error("nothing breaks")


def test_a_full_disk_while_writing_never_reaches_the_program(tmp_path: Path) -> None:
    """/dev/full answers every write with ENOSPC, as a full disk does."""
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    code = (
        "import logging, logging.handlers, sys\n"
        "from pathlib import Path\n"
        "from fallback_desktop import logs\n"
        f"logs.setup_logging(Path({str(tmp_path)!r}))\n"
        "logger = logging.getLogger(logs.LOGGER)\n"
        "handler = logger.handlers[0]\n"
        "handler.stream.close()\n"
        "handler.stream = open('/dev/full', 'w', buffering=1)\n"
        "for n in range(100):\n"
        "    logger.error('line %d', n)\n"
        "print('still here')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "still here" in done.stdout
