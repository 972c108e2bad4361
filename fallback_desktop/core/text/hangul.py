"""Hangul for search as you type: initial consonants (ㅅㅅㅈㅈ finds 삼성전자), a syllable still
being typed (삼서 on the way to 삼성), spaces and case ignored.

Both sides are spelled out as conjoining jamo with compound vowels and final clusters split
into their keys (과 -> ᄀ ᅩ ᅡ, 닭 -> ᄃ ᅡ ᆯ ᆨ), so what an input method shows half-way is a
plain prefix of the finished word. Initial consonants (U+1100…) and final ones (U+11A8…) are
different characters, which is what lets a lone ㅅ mean "a syllable that starts with ㅅ".
"""

from __future__ import annotations

import re
import unicodedata

_SYLLABLE_FIRST, _SYLLABLE_LAST = 0xAC00, 0xD7A3
_VOWELS, _FINALS = 21, 28

_INITIAL_FIRST, _INITIAL_LAST = 0x1100, 0x1112
_VOWEL_FIRST, _VOWEL_LAST = 0x1161, 0x1175
_FINAL_FIRST, _FINAL_LAST = 0x11A8, 0x11C2


def _initial(index: int) -> str:
    return chr(_INITIAL_FIRST + index)


def _vowel(index: int) -> str:
    return chr(_VOWEL_FIRST + index)


def _final(index: int) -> str:
    # index 1 = ㄱ … 27 = ㅎ (0 means "no final")
    return chr(_FINAL_FIRST + index - 1)


# Compound vowels and final clusters as the keys typed for them (vowel and final indices).
_VOWEL_KEYS = {
    9: (8, 0),
    10: (8, 1),
    11: (8, 20),
    14: (13, 4),
    15: (13, 5),
    16: (13, 20),
    19: (18, 20),
}
_FINAL_KEYS = {
    3: (1, 19), 5: (4, 22), 6: (4, 27), 9: (8, 1), 10: (8, 16), 11: (8, 17),
    12: (8, 19), 13: (8, 25), 14: (8, 26), 15: (8, 27), 18: (17, 19),
}  # fmt: skip
# A final consonant and the same consonant as the next syllable's initial (ㄱ -> ᄀ …).
_FINAL_AS_INITIAL = {
    1: 0, 2: 1, 4: 2, 7: 3, 8: 5, 16: 6, 17: 7, 19: 9, 20: 10, 21: 11,
    22: 12, 23: 14, 24: 15, 25: 16, 26: 17, 27: 18,
}  # fmt: skip
_INITIAL_AS_FINAL = {initial: final for final, initial in _FINAL_AS_INITIAL.items()}

_VOWEL_CLASS = f"[{chr(_VOWEL_FIRST)}-{chr(_VOWEL_LAST)}]"
_FINAL_CLASS = f"[{chr(_FINAL_FIRST)}-{chr(_FINAL_LAST)}]"


def _split(char: str) -> tuple[int, tuple[int, ...], tuple[int, ...]] | None:
    """A syllable as (initial, vowel keys, final keys); None for anything else."""
    code = ord(char)
    if not _SYLLABLE_FIRST <= code <= _SYLLABLE_LAST:
        return None
    offset = code - _SYLLABLE_FIRST
    initial, rest = divmod(offset, _VOWELS * _FINALS)
    vowel, final = divmod(rest, _FINALS)
    vowels = _VOWEL_KEYS.get(vowel, (vowel,))
    finals = _FINAL_KEYS.get(final, (final,)) if final else ()
    return initial, vowels, finals


class _Spelling(dict[int, str]):
    """str.translate's table from a syllable to its jamo (anything else to itself), filled as
    characters are met: the lookups stay in C, which matters when ten thousand names are
    spelled at once."""

    def __missing__(self, code: int) -> str:
        parts = _split(chr(code))
        if parts is None:
            spelled = chr(code)  # anything else stands for itself
        else:
            initial, vowels, finals = parts
            spelled = _initial(initial) + "".join(map(_vowel, vowels))
            spelled += "".join(map(_final, finals))
        self[code] = spelled
        return spelled


_SPELLING = _Spelling()
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def normalized(text: str) -> str:
    """What search compares: compatibility forms folded (ㅅ -> ᄉ, full-width Ａ -> a), case
    folded, and every space and control character gone."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _CONTROL.sub("", "".join(folded.split()))


def search_key(text: str) -> str:
    """A name spelled out for matching (see the module's docstring)."""
    return normalized(text).translate(_SPELLING)


def _is_initial(char: str) -> bool:
    return _INITIAL_FIRST <= ord(char) <= _INITIAL_LAST


def _last_final(final: int) -> str:
    # The last consonant typed may still move on to start the next syllable: 갓 -> 가서.
    as_initial = _FINAL_AS_INITIAL.get(final)
    if as_initial is None:
        return re.escape(_final(final))
    return f"(?:{_final(final)}|{_initial(as_initial)})"


def _lone_initial(char: str, after_syllable: bool) -> str:
    # A consonant on its own stands for a whole syllable that starts with it (초성 search);
    # right after a syllable it may also be that syllable's final (사 + ㅁ shown apart: 삼).
    pattern = f"{char}{_VOWEL_CLASS}*{_FINAL_CLASS}*"
    final = _INITIAL_AS_FINAL.get(ord(char) - _INITIAL_FIRST)
    if after_syllable and final is not None:
        return f"(?:{pattern}|{_final(final)})"
    return pattern


def query_pattern(query: str) -> re.Pattern[str] | None:
    """The pattern that finds `query` inside search keys; None for a query with nothing in it."""
    chars = normalized(query)
    if not chars:
        return None
    parts: list[str] = []
    previous_syllable = False
    last = len(chars) - 1
    for position, char in enumerate(chars):
        split = _split(char)
        if split is not None:
            initial, vowels, finals = split
            text = _initial(initial) + "".join(map(_vowel, vowels))
            if finals and position == last:
                text += "".join(map(_final, finals[:-1])) + _last_final(finals[-1])
            else:
                text += "".join(map(_final, finals))
            parts.append(text)
        elif _is_initial(char):
            parts.append(_lone_initial(char, previous_syllable))
        else:
            parts.append(re.escape(char))
        previous_syllable = split is not None
    return re.compile("".join(parts))


def is_hangul(char: str) -> bool:
    """True for a Hangul syllable or jamo (to sort Korean names before others)."""
    return unicodedata.name(char, "").startswith("HANGUL")
