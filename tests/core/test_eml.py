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
