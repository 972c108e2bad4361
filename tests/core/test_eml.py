""".eml drafts open in a mail program as an unsent message with the right text and files."""

from __future__ import annotations

import email.policy
import re
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.handoff.eml import attachment_type, build_eml, write_eml
from fallback_desktop.core.handoff.headers import check_header_value

BODY = "안녕하세요.\n주문번호 2024-0001 상품이 고장 나서 환불을 요청합니다.\n\n감사합니다."
TOP_HEADERS = {
    "from",
    "to",
    "subject",
    "x-unsent",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
}


def parse(data: bytes) -> EmailMessage:
    return BytesParser(policy=email.policy.default).parsebytes(data)


def body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return cast(str, part.get_content()).replace("\r\n", "\n")


def expected_body(body: str) -> str:
    """The body as it reads back: LF line breaks, ending with one."""
    text = re.sub(r"\r\n|\r|\n", "\n", body)
    return text if text.endswith("\n") else text + "\n"


def test_a_draft_reads_back_with_subject_recipient_and_body() -> None:
    message = parse(build_eml("Help@Example.com", "환불 요청: 주문 2024-0001", BODY))
    assert message["Subject"] == "환불 요청: 주문 2024-0001"
    assert message["To"] == "Help@example.com"
    assert message["X-Unsent"] == "1"
    assert message["Message-ID"] is None
    assert message["Date"] is None
    assert message["From"] is None
    assert body_text(message) == BODY + "\n"
    assert message.get_content_charset() == "utf-8"


def test_the_sender_appears_when_given() -> None:
    message = parse(build_eml("help@example.com", "Refund", "Hi", sender="me@home.example"))
    assert message["From"] == "me@home.example"


def test_an_invalid_sender_is_refused_as_your_email() -> None:
    with pytest.raises(InputError) as caught:
        build_eml("help@example.com", "Refund", "Hi", sender="me@home.example, x@y.example")
    assert caught.value.field == "email"


def test_a_draft_without_recipient_has_no_to_header() -> None:
    message = parse(build_eml("", "환불 요청", BODY))
    assert "To" not in message
    assert message["X-Unsent"] == "1"


def test_a_korean_domain_is_written_in_its_ascii_form() -> None:
    data = build_eml("help@예시.한국", "Refund", "Hi")
    assert data.isascii()
    assert parse(data)["To"] == "help@xn--vv4b11d.xn--3e0b707e"


def test_a_korean_local_part_makes_a_utf8_draft_that_reads_back() -> None:
    message = parse(build_eml("고객센터@예시.한국", "환불 요청", BODY))
    assert message["To"] == "고객센터@예시.한국"
    assert message["Subject"] == "환불 요청"


@pytest.mark.parametrize("to", ["a@b.com\nBcc: c@d.com", "a@b.com,c@d.com", "Name <a@b.com>"])
def test_hostile_recipients_are_refused(to: str) -> None:
    with pytest.raises(InputError) as caught:
        build_eml(to, "Refund", "Hi")
    assert caught.value.field == "to"


def test_a_subject_smuggling_a_header_is_refused() -> None:
    for subject in ("Refund\r\nBcc: evil@example.com", "=?utf-8?q?x=0D=0ABcc:_evil@example.com?="):
        with pytest.raises(InputError) as caught:
            build_eml("help@example.com", subject, "Hi")
        assert caught.value.field == "subject"


def test_attachments_keep_content_type_and_korean_names(tmp_path: Path) -> None:
    receipt = tmp_path / "영수증 사본.pdf"
    receipt.write_bytes(b"%PDF-1.4 fake receipt")
    photo = tmp_path / "고장 사진.jpg"
    photo.write_bytes(bytes(range(256)))
    other = tmp_path / "notes.unknownext"
    other.write_bytes(b"\x00\x01binary")

    message = parse(build_eml("help@example.com", "환불 요청", BODY, [receipt, photo, other]))

    found = {
        part.get_filename(): (part.get_content_type(), part.get_content())
        for part in message.iter_attachments()
    }
    assert found == {
        "영수증 사본.pdf": ("application/pdf", b"%PDF-1.4 fake receipt"),
        "고장 사진.jpg": ("image/jpeg", bytes(range(256))),
        "notes.unknownext": ("application/octet-stream", b"\x00\x01binary"),
    }
    assert body_text(message) == BODY + "\n"
    assert message["X-Unsent"] == "1"
    for part in message.iter_attachments():
        assert "MIME-Version" not in part


def test_a_korean_file_name_uses_rfc_2231_not_raw_bytes(tmp_path: Path) -> None:
    receipt = tmp_path / "영수증.pdf"
    receipt.write_bytes(b"x")
    data = build_eml("help@example.com", "Refund", "Hi", [receipt])
    assert data.isascii()
    assert b"filename*=utf-8''%EC%98%81%EC%88%98%EC%A6%9D.pdf" in data


@pytest.mark.parametrize(
    ("name", "mime_type"),
    [
        ("a.PDF", "application/pdf"),
        ("a.png", "image/png"),
        ("a.txt", "text/plain"),
        ("a.hwp", "application/x-hwp"),
        ("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("a.tar.gz", "application/gzip"),
        ("a.eml", "application/octet-stream"),
        ("README", "application/octet-stream"),
    ],
)
def test_attachment_types_match_what_mail_programs_expect(name: str, mime_type: str) -> None:
    assert attachment_type(name) == mime_type


def test_a_missing_attachment_names_only_the_file_and_nothing_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "private folder"
    missing = folder / "영수증.pdf"
    out = tmp_path / "draft.eml"
    with pytest.raises(InputError) as caught:
        write_eml(out, build_eml("help@example.com", "환불 요청", BODY, [missing]))
    error = caught.value
    assert "영수증.pdf" in error.text("ko")
    assert "영수증.pdf" in error.text("en")
    assert "private folder" not in error.text("ko") + error.text("en")
    assert error.field == "attachments"
    assert not out.exists()


def test_a_folder_given_as_attachment_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "사진들"
    folder.mkdir()
    with pytest.raises(InputError) as caught:
        build_eml("help@example.com", "Refund", "Hi", [folder])
    assert "사진들" in caught.value.text("en")


@settings(max_examples=200)
@given(
    subject=st.text(max_size=80),
    body=st.text(max_size=300),
)
def test_no_subject_or_body_adds_a_header_and_both_read_back(subject: str, body: str) -> None:
    try:
        check_header_value(subject, "subject")
    except InputError:
        with pytest.raises(InputError):
            build_eml("help@example.com", subject, body, sender="me@home.example")
        return
    message = parse(build_eml("help@example.com", subject, body, sender="me@home.example"))
    names = [name.lower() for name in message]
    assert set(names) <= TOP_HEADERS
    assert len(names) == len(set(names))
    assert not message.is_multipart()
    assert (message["Subject"] or "") == subject.strip()
    assert body_text(message) == expected_body(body)


def test_write_eml_saves_the_draft_whole(tmp_path: Path) -> None:
    pytest.importorskip("fallback_desktop.core.store.files")
    out = tmp_path / "drafts" / "환불 요청.eml"
    out.parent.mkdir()
    out.write_bytes(b"an older draft")
    data = build_eml("help@example.com", "환불 요청", BODY)

    write_eml(out, data)

    assert out.read_bytes() == data
    assert parse(out.read_bytes())["Subject"] == "환불 요청"
    # A draft is not settings: no backup copy is left beside it.
    assert sorted(p.name for p in out.parent.iterdir()) == ["환불 요청.eml"]


# --- headers every reader shows whole (GMime, munpack, Python) ---------------------------------

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
def test_no_encoded_word_but_the_last_ends_in_padding(subject: str) -> None:
    try:
        subject = check_header_value(subject, "subject")
    except InputError:
        return
    data = build_eml("help@example.com", subject, "본문")
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
    # mu writes a space in a file name as "-".
    for path in files:
        assert (out / path.name.replace(" ", "-")).read_bytes() == path.read_bytes()


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
