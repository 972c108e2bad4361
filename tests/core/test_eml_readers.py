"""Drafts every mail reader shows whole: subjects GMime does not cut, file names munpack and
older programs find; checked with Python's parser and, when installed, with mu and munpack."""

from __future__ import annotations

import email.policy
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.handoff.eml import build_eml
from fallback_desktop.core.handoff.headers import check_header_value
from tests.core.test_eml import BODY, parse

ENCODED_WORD = re.compile(r"=\?([^?]+)\?([bBqQ])\?([^?]*)\?=")
# Korean, ASCII, emoji and other multi-byte characters, mixed so that byte counts vary.
SUBJECT_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from(list("😀👍🏽éß—·€ 中")),
    ),
    min_size=1,
    max_size=160,
)


def header_lines(data: bytes, name: str) -> list[list[str]]:
    """Each occurrence of the header `name` in the raw message, as its physical lines."""
    found: list[list[str]] = []
    current: list[str] | None = None
    for line in data.decode("utf-8").split("\r\n"):
        if current is not None and line[:1] in (" ", "\t"):
            current.append(line)
            continue
        current = None
        if line.lower().startswith(name.lower() + ":"):
            current = [line]
            found.append(current)
    return found


def check_encoded_words(lines: list[str]) -> str:
    """Lines of at most 78, words of at most 75, each word whole UTF-8 characters, and no
    base64 padding in any word but the last; the decoded text."""
    import base64
    import quopri

    assert all(len(line) <= 78 for line in lines), lines
    words = ENCODED_WORD.findall(" ".join(lines))
    assert words
    decoded = []
    for index, (charset, encoding, payload) in enumerate(words):
        assert charset.lower() == "utf-8"
        assert len(f"=?{charset}?{encoding}?{payload}?=") <= 75
        if encoding in "bB":
            raw = base64.b64decode(payload, validate=True)
            if index < len(words) - 1:
                assert not payload.endswith("="), (index, payload)
        else:
            raw = quopri.decodestring(payload.encode("ascii"), header=True)
        decoded.append(raw.decode("utf-8"))  # raises if a character was split
    return "".join(decoded)


@settings(max_examples=300)
@given(subject=SUBJECT_TEXT)
@example(subject=" ")  # found by this test: a subject of spaces only
def test_no_encoded_word_but_the_last_ends_in_padding(subject: str) -> None:
    try:
        subject = check_header_value(subject, "subject")
    except InputError:
        return
    data = build_eml("help@example.com", subject, "본문")
    if not subject:  # nothing but spaces: the draft has no Subject line at all
        assert header_lines(data, "Subject") == []
        return
    (lines,) = header_lines(data, "Subject")
    if "=?" in "".join(lines):
        assert check_encoded_words([lines[0].removeprefix("Subject:"), *lines[1:]]) == subject
    assert parse(data)["Subject"] == subject


def test_python_alone_would_pad_a_long_korean_subject_midway() -> None:
    """The reason for ReaderSafePolicy: what Python's SMTP policy writes loses words in mu."""
    from email.message import EmailMessage

    subject = "[한빛전자] 세탁기 WM-200 탈수 중 멈춤 및 오류 코드 E3 — 환불을 요청드립니다 " * 2
    plain = EmailMessage(policy=email.policy.SMTP)
    plain["Subject"] = subject.strip()
    payloads = ENCODED_WORD.findall(plain.as_bytes().decode("ascii"))
    assert any(p.endswith("=") for _c, _e, p in payloads[:-1])
    (lines,) = header_lines(build_eml("", subject, "본문"), "Subject")
    assert check_encoded_words([lines[0].removeprefix("Subject:"), *lines[1:]]) == subject.strip()


def test_a_run_that_cannot_end_on_three_bytes_uses_q_encoding() -> None:
    from fallback_desktop.core.handoff.encoded_words import encoded_words

    text = "a" + "가" * 60  # every prefix but the whole is 1 byte past a multiple of 3
    words = encoded_words(text, 60, 75)
    assert words[0].startswith("=?utf-8?q?")
    assert check_encoded_words(words) == text


@settings(max_examples=200)
@given(name=SUBJECT_TEXT.map(lambda s: s.strip() + ".pdf"))
@example(name="=?.pdf")  # found by this test: what looks like an encoded word is encoded
def test_the_name_parameter_is_encoded_words_without_padding_midway(name: str) -> None:
    from fallback_desktop.core.handoff.encoded_words import quoted_parameter

    lines = ("Content-Type: application/pdf;\r\n" + quoted_parameter("name", name)).split("\r\n")
    assert all(len(line) <= 78 for line in lines)
    value = "\r\n".join(lines[1:]).removeprefix(' name="').removesuffix('"')
    if value.isascii() and "=?" not in value:
        assert value.replace('\\"', '"').replace("\\\\", "\\") == name
    else:
        assert check_encoded_words(value.split("\r\n")) == name


def test_attachments_carry_name_on_content_type_too(tmp_path: Path) -> None:
    files = []
    for name in (
        "영수증 사본.pdf",
        "고장 난 세탁기 사진 (2026년 11월 29일 촬영, 세 장 중 첫째) 😀.jpg",
        "a.txt",
    ):
        path = tmp_path / name
        path.write_bytes(name.encode("utf-8") * 3)
        files.append(path)
    data = build_eml("help@example.com", "환불 요청", "Hi", files)
    assert data.isascii()
    types = header_lines(data, "Content-Type")[2:]  # after the multipart and the letter
    assert len(types) == 3
    for lines, path in zip(types, files, strict=True):
        value = "\r\n".join(lines[1:]).removeprefix(' name="').removesuffix('"')
        if path.name.isascii():
            assert value == path.name
        else:
            assert check_encoded_words(value.split("\r\n")) == path.name
    for part, path in zip(parse(data).iter_attachments(), files, strict=True):
        assert part["Content-Type"].params["name"] == path.name
        assert part.get_filename() == path.name
        assert part.get_payload(decode=True) == path.read_bytes()


# --- real readers, when installed -------------------------------------------------------------

LONG_SUBJECT = (
    "[한빛전자] 세탁기 WM-200 탈수 중 멈춤 및 오류 코드 E3 발생 — 구입 2주 만의 고장으로 "
    "환불을 요청드립니다 (주문번호 A-2024-1234, 빠른 답변 부탁드립니다)"
)


def _reader(name: str) -> str:
    import shutil

    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _draft_with_files(tmp_path: Path) -> tuple[Path, list[Path]]:
    originals = tmp_path / "originals"
    originals.mkdir()
    files = [originals / "영수증 사본.pdf", originals / "고장사진.jpg", originals / "receipt.pdf"]
    for index, path in enumerate(files):
        path.write_bytes(bytes(range(256)) * (index + 1) + path.name.encode("utf-8"))
    draft = tmp_path / "draft.eml"
    draft.write_bytes(build_eml("help@example.com", LONG_SUBJECT, BODY, files))
    return draft, files


def _run(*command: str, cwd: Path) -> str:
    """Run a reader in `cwd`, which is also its home: it leaves nothing in the person's."""
    import os
    import subprocess

    env = {**os.environ, "LC_ALL": "C.UTF-8", "HOME": str(cwd)}
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout


def test_mu_shows_the_whole_korean_subject_and_every_file_name(tmp_path: Path) -> None:
    mu = _reader("mu")
    draft, files = _draft_with_files(tmp_path)
    shown = _run(mu, "view", f"--muhome={tmp_path / 'mu'}", str(draft), cwd=tmp_path)
    assert f"Subject: {LONG_SUBJECT}\n" in shown
    for path in files:
        assert path.name in shown


def test_mu_extracts_the_files_under_their_korean_names(tmp_path: Path) -> None:
    mu = _reader("mu")
    draft, files = _draft_with_files(tmp_path)
    out = tmp_path / "extracted"
    out.mkdir()
    command = (mu, "extract", f"--muhome={tmp_path / 'mu'}", "-a", f"--target-dir={out}")
    _run(*command, str(draft), cwd=tmp_path)
    # mu 1.8 writes a space in a file name as "-".
    extracted = {p.name.replace("-", " "): p.read_bytes() for p in out.iterdir()}
    for path in files:  # (mu may save the letter too, as "part-1")
        assert extracted[path.name] == path.read_bytes()


def test_munpack_extracts_every_file_byte_identical(tmp_path: Path) -> None:
    munpack = _reader("munpack")
    draft, files = _draft_with_files(tmp_path)
    out = tmp_path / "unpacked"
    out.mkdir()
    _run(munpack, "-q", "-f", "-C", str(out), str(draft), cwd=tmp_path)
    unpacked = {p.name: p.read_bytes() for p in out.iterdir() if p.suffix != ".desc"}
    assert sorted(unpacked.values()) == sorted(p.read_bytes() for p in files)
    # It names a file after `name=` (without it: "part1"); it writes only ASCII letters, digits
    # and a few marks in a name and turns every other byte into "X" (mpack 1.6), so only an
    # ASCII name comes out as it was.
    assert "receipt.pdf" in unpacked
    assert not any(name.startswith("part") for name in unpacked)


# --- the outbox the mail button writes drafts to -----------------------------------------------


def test_the_outbox_keeps_each_draft_and_lets_old_ones_go() -> None:
    import os
    import time

    from fallback_desktop.core.handoff.outbox import KEEP_DAYS, outbox_dir, put_in_outbox
    from fallback_desktop.paths import data_dir

    data = build_eml("help@example.com", "환불 요청", BODY)
    first = put_in_outbox("한빛전자 2026-11-29.eml", data)
    second = put_in_outbox("한빛전자 2026-11-29.eml", data)
    assert first.parent == outbox_dir() == data_dir() / "outbox"
    assert second.name == "한빛전자 2026-11-29 (2).eml"  # the first may still be open
    assert first.read_bytes() == second.read_bytes() == data
    old = time.time() - (KEEP_DAYS + 1) * 86_400
    os.utime(first, (old, old))
    put_in_outbox("다른 편지.eml", data)
    assert not first.exists()
    assert second.exists()
