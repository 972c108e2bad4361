"""The window's small stores: contact profile, preferences, and the autosaved draft."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fallback_desktop import paths
from fallback_desktop.core.store import profile
from fallback_desktop.core.store.files import backup_path
from fallback_desktop.core.store.profile import ContactProfile, DraftState, Preferences


def _files() -> profile.UserFiles:
    return profile.UserFiles.in_user_folders()


def _write_raw(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def _write_json(path: Path, data: object) -> None:
    _write_raw(path, json.dumps(data).encode("utf-8"))


def test_stores_live_where_expected_with_distinct_names() -> None:
    stores = [_files().profile, _files().settings, _files().draft]
    assert stores[0].path == paths.config_dir() / "contact-profile.json"
    assert stores[1].path == paths.config_dir() / "settings.json"
    assert stores[2].path == paths.state_dir() / "draft-autosave.json"
    # On Windows and macOS these folders are one and the same, so the names must differ.
    assert len({s.path.name for s in stores}) == 3


def test_first_start_gives_defaults_without_notices() -> None:
    loaded_profile, a = _files().load_profile()
    prefs, b = _files().load_preferences()
    draft, c = _files().load_draft_state()
    assert loaded_profile == ContactProfile()
    assert prefs == Preferences()
    assert draft == DraftState()
    assert [x.notice for x in (a, b, c)] == [None, None, None]


# --- contact profile ------------------------------------------------------------------------


def test_profile_round_trip_keeps_korean_and_emoji() -> None:
    saved = ContactProfile(name="김민지 🌸", phone="010-1234-5678", email="민지@예시.한국")
    _files().save_profile(saved)
    loaded, report = _files().load_profile()
    assert loaded == saved
    assert report.notice is None


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(), phone=st.text(), email=st.text())
def test_any_text_comes_back_exactly(name: str, phone: str, email: str) -> None:
    saved = ContactProfile(name=name, phone=phone, email=email)
    _files().save_profile(saved)
    assert _files().load_profile()[0] == saved


def test_profile_with_wrong_types_keeps_what_is_valid() -> None:
    _write_json(
        _files().profile.path,
        {"name": 5, "phone": " 02-123-4567 ", "email": None, "future_field": [1, 2]},
    )
    loaded, report = _files().load_profile()
    assert loaded == ContactProfile(name="", phone=" 02-123-4567 ", email="")
    assert report.notice is None


def test_saving_profile_keeps_the_previous_one_as_backup() -> None:
    _files().save_profile(ContactProfile(name="처음"))
    _files().save_profile(ContactProfile(name="두 번째"))
    bak = backup_path(_files().profile.path)
    assert json.loads(bak.read_text(encoding="utf-8"))["name"] == "처음"
    assert _files().load_profile()[0].name == "두 번째"


def test_damaged_profile_falls_back_to_backup_and_tells_the_person() -> None:
    _files().save_profile(ContactProfile(name="홍길동", phone="010-0000-0000"))
    _files().save_profile(ContactProfile(name="홍길동", phone="010-1111-1111"))
    _write_raw(_files().profile.path, b"\xff\xfe garbage")
    loaded, report = _files().load_profile()
    assert loaded == ContactProfile(name="홍길동", phone="010-0000-0000")
    assert report.notice is not None
    assert report.moved_aside is not None
    assert report.moved_aside.read_bytes() == b"\xff\xfe garbage"


# --- preferences ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "prefs", [Preferences("ko", True), Preferences("en", False), Preferences()]
)
def test_preferences_round_trip(prefs: Preferences) -> None:
    _files().save_preferences(prefs)
    assert _files().load_preferences()[0] == prefs


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"lang": "fr", "large_text": True}, Preferences(None, True)),
        ({"lang": "EN", "large_text": "yes"}, Preferences(None, False)),
        ({"lang": 1, "large_text": 1}, Preferences(None, False)),
        ({"lang": "en", "large_text": None, "theme": "dark"}, Preferences("en", False)),
    ],
)
def test_preferences_with_wrong_values_default_only_those(
    raw: dict[str, object], expected: Preferences
) -> None:
    _write_json(_files().settings.path, raw)
    assert _files().load_preferences()[0] == expected


def test_settings_that_are_a_list_load_defaults_and_are_kept_aside() -> None:
    _write_raw(_files().settings.path, b'["ko", true]')
    prefs, report = _files().load_preferences()
    assert prefs == Preferences()
    assert report.moved_aside is not None
    assert report.moved_aside.read_bytes() == b'["ko", true]'
    assert report.notice is not None


# --- draft autosave -------------------------------------------------------------------------


def test_draft_round_trip_restores_everything() -> None:
    state = DraftState(
        urgency="now",
        context="work",
        needs=("attachments", "record"),
        planned_at="2025-03-03T11:30:00+09:00",
        fields={
            "company": "가나전자 😊",
            "details": "세탁기가 멈췄어요.\n두 번째 줄",
            "incident_date": "2025-02-28",
            "attachments": "/home/민지/영수증.pdf\n/home/민지/사진 1.jpg",
            "online_purchase": "yes",
        },
        purpose="refund",
        letter_lang="en",
        subject_override="[주문 123] 세탁기 고장 문의",
        body_override="안녕하세요,\n\n직접 고친 본문입니다.",
        clean_exit=True,
    )
    _files().save_draft_state(state)
    loaded, report = _files().load_draft_state()
    assert loaded == state
    assert isinstance(loaded.needs, tuple)
    assert report.notice is None


def test_draft_with_wrong_types_keeps_what_is_valid() -> None:
    _write_json(
        _files().draft.path,
        {
            "urgency": "soon",
            "context": "moving",
            "needs": ["record", 3, "telepathy", "record", "sensitive"],
            "planned_at": "next tuesday",
            "fields": {"company": "다라상사", "order_number": 12345, "details": None},
            "subject_override": ["not", "text"],
            "body_override": "손으로 쓴 본문",
            "clean_exit": "true",
            "purpose": "complaint",
            "letter_lang": "fr",
            "unknown": {"from": "a newer version"},
        },
    )
    loaded, report = _files().load_draft_state()
    assert loaded == DraftState(
        urgency="today",
        context="moving",
        needs=("record", "sensitive"),
        planned_at=None,
        fields={"company": "다라상사"},
        subject_override=None,
        body_override="손으로 쓴 본문",
        clean_exit=False,
    )
    assert report.notice is None


def test_draft_fields_that_are_not_an_object_become_empty() -> None:
    _write_json(_files().draft.path, {"fields": ["a", "b"], "needs": "record"})
    loaded = _files().load_draft_state()[0]
    assert loaded.fields == {}
    assert loaded.needs == ()


def test_empty_autosave_file_is_kept_aside_and_draft_starts_fresh() -> None:
    path = _files().draft.path
    _write_raw(path, b"")
    loaded, report = _files().load_draft_state()
    assert loaded == DraftState()
    assert report.moved_aside is not None
    assert report.moved_aside.exists()
    assert report.moved_aside.read_bytes() == b""
    assert report.notice is not None
    assert report.moved_aside.name.startswith("draft-autosave.json.broken-")


@pytest.mark.parametrize(
    ("saved", "purpose", "letter_lang"),
    [
        ({}, "general", None),  # a file from before letters had purposes
        ({"purpose": "billing", "letter_lang": "ko"}, "billing", "ko"),
        ({"purpose": 7, "letter_lang": True}, "general", None),
        ({"purpose": "REFUND", "letter_lang": "EN"}, "general", None),
    ],
)
def test_the_letters_purpose_and_language_are_kept_or_defaulted(
    saved: dict[str, object], purpose: str, letter_lang: str | None
) -> None:
    _write_json(_files().draft.path, saved)
    loaded = _files().load_draft_state()[0]
    assert (loaded.purpose, loaded.letter_lang) == (purpose, letter_lang)
