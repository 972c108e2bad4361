"""What the window remembers between runs: contact details, preferences and the draft in progress.

On Windows and macOS config, data and state share one folder, so every file name here is distinct.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from fallback_desktop import paths
from fallback_desktop.core.store.files import JsonStore, Loaded

if TYPE_CHECKING:
    from pathlib import Path


@dataclass(frozen=True)
class ContactProfile:
    """The person's own name, phone and email, offered in every draft."""

    name: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Preferences:
    """Interface language (None follows the system locale) and large-text mode."""

    lang: Literal["ko", "en"] | None = None
    large_text: bool = False


@dataclass(frozen=True)
class DraftState:
    """The last situation and the letter being written: there again after a normal close,
    offered back (not forced) after a crash."""

    urgency: str = "today"
    context: str = "home"
    needs: tuple[str, ...] = ()
    planned_at: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    purpose: str = "general"
    letter_lang: Literal["ko", "en"] | None = None  # None: the letter follows the window
    subject_override: str | None = None
    body_override: str | None = None
    clean_exit: bool = False


# Readers below keep each value only when it has the right shape; anything else gets the default.
# The model and datetime are imported by the draft readers only: the window's start needs just
# the preferences, and reads them before anything else is loaded.


def _str(data: dict[str, Any], key: str, default: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else default


def _opt_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


def _bool(data: dict[str, Any], key: str, default: bool) -> bool:
    value = data.get(key)
    # isinstance(1, bool) is False, so 0/1 or "true" do not sneak in as booleans.
    return value if isinstance(value, bool) else default


def _choice(data: dict[str, Any], key: str, allowed: set[str], default: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) and value in allowed else default


def _needs(data: dict[str, Any]) -> tuple[str, ...]:
    value = data.get("needs")
    if not isinstance(value, list):
        return ()
    from fallback_desktop.core.domain.situation import Need

    known = {need.value for need in Need}
    kept: list[str] = []
    for item in value:
        if isinstance(item, str) and item in known and item not in kept:
            kept.append(item)
    return tuple(kept)


def _planned_at(data: dict[str, Any]) -> str | None:
    value = _opt_str(data, "planned_at")
    if value is None:
        return None
    import datetime as dt

    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return value


def _lang(value: object) -> Literal["ko", "en"] | None:
    return "ko" if value == "ko" else "en" if value == "en" else None


def _fields(data: dict[str, Any]) -> dict[str, str]:
    value = data.get("fields")
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def _purpose(data: dict[str, Any]) -> str:
    from fallback_desktop.core.domain.purposes import known_purpose

    return known_purpose(data.get("purpose"))


def profile_from_dict(data: dict[str, Any]) -> ContactProfile:
    """A profile from loaded JSON, keeping valid values and defaulting the rest."""
    return ContactProfile(
        name=_str(data, "name", ""),
        phone=_str(data, "phone", ""),
        email=_str(data, "email", ""),
    )


def preferences_from_dict(data: dict[str, Any]) -> Preferences:
    """Preferences from loaded JSON; an unknown language means "follow the system"."""
    return Preferences(
        lang=_lang(data.get("lang")),
        large_text=_bool(data, "large_text", False),
    )


def draft_state_from_dict(data: dict[str, Any]) -> DraftState:
    """A draft state from loaded JSON, keeping valid values and defaulting the rest."""
    from fallback_desktop.core.domain.situation import Context, Urgency

    default = DraftState()
    return DraftState(
        urgency=_choice(data, "urgency", {u.value for u in Urgency}, default.urgency),
        context=_choice(data, "context", {c.value for c in Context}, default.context),
        needs=_needs(data),
        planned_at=_planned_at(data),
        fields=_fields(data),
        purpose=_purpose(data),
        letter_lang=_lang(data.get("letter_lang")),
        subject_override=_opt_str(data, "subject_override"),
        body_override=_opt_str(data, "body_override"),
        clean_exit=_bool(data, "clean_exit", False),
    )


def _as_json(obj: Any) -> dict[str, Any]:
    data = dataclasses.asdict(obj)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}


class UserFiles:
    """The person's small files: contact profile and settings (config), the draft (state).

    Built once per run (by the session) from the folders it is given; widgets use it, never
    open the files themselves.
    """

    def __init__(self, config_dir: Path, state_dir: Path) -> None:
        self.profile = JsonStore(config_dir / "contact-profile.json")
        self.settings = JsonStore(config_dir / "settings.json")
        self.draft = JsonStore(state_dir / "draft-autosave.json")

    @classmethod
    def in_user_folders(cls) -> UserFiles:
        """The files in the platform's user folders (or under FALLBACK_DESK_HOME)."""
        return cls(paths.config_dir(), paths.state_dir())

    def load_profile(self) -> tuple[ContactProfile, Loaded]:
        """The saved contact profile, with the store's report of anything that went wrong."""
        loaded = self.profile.load()
        return profile_from_dict(loaded.data), loaded

    def save_profile(self, profile: ContactProfile) -> None:
        self.profile.save(_as_json(profile))

    def load_preferences(self) -> tuple[Preferences, Loaded]:
        """The saved preferences, with the store's report of anything that went wrong."""
        loaded = self.settings.load()
        return preferences_from_dict(loaded.data), loaded

    def save_preferences(self, prefs: Preferences) -> None:
        self.settings.save(_as_json(prefs))

    def load_draft_state(self) -> tuple[DraftState, Loaded]:
        """The autosaved draft, with the store's report of anything that went wrong."""
        loaded = self.draft.load()
        return draft_state_from_dict(loaded.data), loaded

    def peek_draft_state(self) -> DraftState:
        """The saved situation and draft for a first look, leaving a damaged file where it is
        (the draft pane loads it properly and tells the person)."""
        return draft_state_from_dict(self.draft.peek())

    def save_draft_state(self, state: DraftState) -> None:
        self.draft.save(_as_json(state))
