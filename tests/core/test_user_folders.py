"""The person's folders: one override for every platform, and their own one-off holidays."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from pathlib import Path

import pytest

from fallback_desktop import paths
from fallback_desktop.core.store.profile import ContactProfile, UserFiles
from fallback_desktop.session import Session

# A Wednesday with no holiday in the bundled list or the `holidays` package.
ANNOUNCED_LATE = dt.date(2026, 12, 2)


def test_the_override_holds_every_user_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.HOME_OVERRIDE, str(tmp_path / "elsewhere"))
    assert paths.config_dir() == tmp_path / "elsewhere" / "config"
    assert paths.data_dir() == tmp_path / "elsewhere" / "data"
    assert paths.state_dir() == tmp_path / "elsewhere" / "state"
    UserFiles.in_user_folders().save_profile(ContactProfile(name="홍길동"))
    assert (tmp_path / "elsewhere" / "config" / "contact-profile.json").is_file()


def test_the_suite_never_writes_outside_its_own_folders(isolated_user_dirs: Path) -> None:
    for folder in (paths.config_dir(), paths.data_dir(), paths.state_dir()):
        assert folder.is_relative_to(isolated_user_dirs)


def test_without_the_override_the_platform_folders_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.HOME_OVERRIDE)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert paths.config_dir() == tmp_path / "xdg" / paths.APP_NAME
    assert paths.APP_NAME in str(paths.config_dir())


def _write_holidays(entries: list[dict[str, str]]) -> None:
    path = paths.user_holidays_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"holidays": entries}, ensure_ascii=False), encoding="utf-8")


def test_a_person_adds_a_one_off_holiday_without_a_new_release() -> None:
    assert Session(lang="ko").calendar.is_business_day(ANNOUNCED_LATE)
    _write_holidays(
        [{"date": ANNOUNCED_LATE.isoformat(), "ko": "임시공휴일", "en": "Temporary holiday"}]
    )
    calendar = Session(lang="ko").calendar
    assert not calendar.is_business_day(ANNOUNCED_LATE)
    assert calendar.holiday_name(ANNOUNCED_LATE, "ko") == "임시공휴일"
    assert calendar.holiday_name(ANNOUNCED_LATE, "en") == "Temporary holiday"
    # The bundled one-off days still count.
    assert not calendar.is_business_day(dt.date(2025, 6, 3))


def test_a_broken_holiday_file_is_logged_and_the_bundled_days_stay(
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = paths.user_holidays_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{ not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        calendar = Session(lang="en").calendar
        assert calendar.is_business_day(ANNOUNCED_LATE)
        assert not calendar.is_business_day(dt.date(2025, 6, 3))
    assert any("could not be read" in record.getMessage() for record in caplog.records)


def test_the_session_builds_one_calendar_and_keeps_it() -> None:
    session = Session(lang="en")
    assert session.calendar is session.calendar
