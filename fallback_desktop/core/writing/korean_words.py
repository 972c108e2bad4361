"""Korean words without their particles and polite endings, for search phrases.

Deliberately simple (no dictionary): a particle is taken off only after the kind of syllable it
follows (이/을/은 after a final consonant, 가/를/는 after none), so 온도 and 나이 keep their
last syllable; a polite verb becomes the bare form a help page uses (멈춥니다 -> 멈춤,
않습니다 -> 않음, 꺼졌어요 -> 꺼짐, 청구되었습니다 -> 청구됨).
"""

from __future__ import annotations

_FIRST, _LAST = 0xAC00, 0xD7A3
_FINALS = 28
_FINAL_B, _FINAL_M = 17, 16

# Particles by what they follow: a syllable with a final consonant, one without, or either.
# Longest first, so 에서 goes before 에 could.
_AFTER_CONSONANT = ("이랑", "으로", "이나", "이", "은", "을", "과")
_AFTER_VOWEL = ("랑", "로", "나", "가", "는", "를", "와")
_AFTER_ANY = ("에서는", "에서도", "에게서", "에서", "에게", "에는", "에도", "까지", "부터")
_AFTER_ANY_SHORT = ("에", "의")
_COPULA = ("입니다", "이에요", "예요", "이요")
# A contracted (often past) verb syllable and its bare form: 했 -> 함, 꺼졌 -> 꺼짐.
_CONTRACTED = {
    "해": "함", "했": "함", "돼": "됨", "됐": "됨", "갔": "감", "났": "남", "왔": "옴",
    "봤": "봄", "줬": "줌", "췄": "춤", "졌": "짐", "겼": "김", "켰": "킴", "렸": "림",
    "꼈": "낌", "쳤": "침", "셨": "심",
}  # fmt: skip
_PAST = ("었", "았", "였")


def final(char: str) -> int | None:
    """A Hangul syllable's final consonant (0 for none); None for any other character."""
    code = ord(char)
    if not _FIRST <= code <= _LAST:
        return None
    return (code - _FIRST) % _FINALS


def _with_final(char: str, index: int) -> str:
    current = final(char)
    assert current is not None
    return chr(ord(char) - current + index)


def _noun(stem: str) -> str | None:
    """A verb stem as a noun (멈추 -> 멈춤, 않 -> 않음, 되었 -> 됨); None if not Korean."""
    if len(stem) > 1 and stem.endswith(_PAST):
        stem = stem[:-1]
    if not stem or final(stem[-1]) is None:
        return None
    last = stem[-1]
    if last in _CONTRACTED:
        return stem[:-1] + _CONTRACTED[last]
    if final(last) == 0:
        return stem[:-1] + _with_final(last, _FINAL_M)
    return stem + "음"


def _polite_verb(word: str) -> str | None:
    """The bare form of a polite verb ending in 습니다, ㅂ니다 or 어요/아요; else None."""
    if word.endswith("습니다") and len(word) > 3:
        return _noun(word[:-3])
    if word.endswith("니다") and len(word) > 2 and final(word[-3]) == _FINAL_B:
        return _noun(word[:-3] + _with_final(word[-3], 0))
    if word.endswith(("어요", "아요")) and len(word) > 2:
        return _noun(word[:-2])
    if word.endswith("요") and len(word) > 1 and word[-2] in _CONTRACTED:
        return _noun(word[:-1])
    return None


def _without(word: str, endings: tuple[str, ...], wants_final: bool | None) -> str | None:
    for ending in endings:
        if word.endswith(ending) and len(word) > len(ending):
            before = final(word[-len(ending) - 1])
            if before is not None and (wants_final is None or (before > 0) == wants_final):
                return word[: -len(ending)]
    return None


def bare(word: str) -> str:
    """The word without its particle or polite ending; a word that is not Korean is kept."""
    for ending in _COPULA:
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    verb = _polite_verb(word)
    if verb is not None:
        return verb
    if word.endswith("요") and len(word) > 1:
        return word[:-1]
    for endings, wants_final in (
        (_AFTER_ANY, None),
        (_AFTER_CONSONANT, True),
        (_AFTER_VOWEL, False),
        (_AFTER_ANY_SHORT, None),
    ):
        stripped = _without(word, endings, wants_final)
        if stripped is not None:
            return stripped
    return word
