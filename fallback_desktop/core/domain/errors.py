"""Errors that come from what a person typed, with one catalog message for them."""

from __future__ import annotations

from fallback_desktop.core.text.catalog import Msg, render
from fallback_desktop.core.text.lang import Lang


class InputError(ValueError):
    """Bad input: one message of the catalog (resources/text/errors.json) and its field."""

    def __init__(self, message: Msg, field: str | None = None) -> None:
        # The key only: str(error) may reach a log, and the sentence can hold what was typed.
        super().__init__(message.key)
        self.message = message
        self.field = field

    def text(self, lang: Lang) -> str:
        """The sentence for the person, in lang."""
        return render(self.message, lang)
