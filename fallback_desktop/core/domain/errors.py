"""Errors that come from what a person typed, with one sentence for them in each language."""

from __future__ import annotations

from fallback_desktop.core.text.lang import Lang


class InputError(ValueError):
    """Bad input: carries a Korean and an English sentence, and the field it concerns."""

    def __init__(self, ko: str, en: str, field: str | None = None) -> None:
        super().__init__(en)
        self.ko = ko
        self.en = en
        self.field = field

    def text(self, lang: Lang) -> str:
        return self.ko if lang == "ko" else self.en
