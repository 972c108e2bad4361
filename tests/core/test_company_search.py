"""Search as you type: initial consonants, half-typed syllables, spaces and case, other names."""

from __future__ import annotations

import pytest

from fallback_desktop.core.text.hangul import query_pattern, search_key
from fallback_desktop.core.text.search import NameIndex, spelled

NAMES = [
    ("삼성전자", "Samsung Electronics", "삼전"),
    ("쿠쿠",),
    ("LG전자", "엘지전자"),
    ("사무용품",),
    ("달걀나라",),
    ("과일가게",),
    ("한국 전력", "KEPCO"),
    ("가나다",),
]


def _index() -> NameIndex:
    return NameIndex(spelled(names) for names in NAMES)


def _found(query: str) -> list[str]:
    return [NAMES[i][0] for i in _index().find(query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ㅅㅅㅈㅈ", "삼성전자"),
        ("ㅅㅅ", "삼성전자"),
        ("삼ㅅ", "삼성전자"),
        ("삼성ㅈㅈ", "삼성전자"),
        ("ㅋㅋ", "쿠쿠"),
        ("한국전력", "한국 전력"),
        ("한 국 전 력", "한국 전력"),
        ("kepco", "한국 전력"),
        ("KePcO", "한국 전력"),
        ("ｌｇ", "LG전자"),  # full-width letters, as some input methods type them
        ("samsung electronics", "삼성전자"),
        ("엘ㅈ", "LG전자"),
    ],
)
def test_finds_by_initial_consonants_mixed_spaces_and_case(query: str, expected: str) -> None:
    assert expected in _found(query)


@pytest.mark.parametrize(
    ("steps", "target"),
    [
        # What a Korean input method shows after each key while typing the name.
        (
            [
                "ㅅ",
                "사",
                "삼",
                "삼ㅅ",
                "삼서",
                "삼성",
                "삼성ㅈ",
                "삼성저",
                "삼성전",
                "삼성전ㅈ",
                "삼성전자",
            ],
            "삼성전자",
        ),
        (["ㄱ", "고", "과", "광", "과이", "과일"], "과일가게"),
        (["ㄷ", "다", "달", "닭", "달갸", "달걀"], "달걀나라"),
        (["ㅅ", "사", "삼", "사무"], "사무용품"),
    ],
)
def test_every_keystroke_of_typing_a_name_keeps_it_found(steps: list[str], target: str) -> None:
    for typed in steps:
        assert target in _found(typed), typed


def test_a_finished_syllable_does_not_match_a_different_one() -> None:
    assert _found("삼성전자") == ["삼성전자"]
    assert "삼성전자" not in _found("삼선")
    assert "과일가게" not in _found("고나")
    assert _found("없는회사") == []


def test_names_that_start_with_the_query_come_first_then_inside_then_other_names() -> None:
    index = NameIndex(spelled(n) for n in [("대한전자",), ("전자랜드",), ("가나", "전자상가")])
    assert index.find("전자") == [1, 0, 2]


def test_an_empty_or_blank_query_lists_everyone_in_order() -> None:
    assert _index().find("") == list(range(len(NAMES)))
    assert _index().find("  \t") == list(range(len(NAMES)))


def test_control_characters_and_regex_syntax_in_a_query_are_plain_text() -> None:
    assert _found(".*") == []
    assert _found("(") == []
    assert "쿠쿠" in _found("쿠\x00쿠")


def test_the_index_follows_inserts_and_removals() -> None:
    index = _index()
    index.insert(0, spelled(("다른회사",)))
    assert index.find("ㄷㄹ") == [0]
    index.remove(0)
    assert index.find("ㄷㄹ") == []
    assert index.find("ㅋㅋ") == [1]


def test_search_keys_spell_out_compound_vowels_and_final_clusters() -> None:
    assert search_key("과") == search_key("고") + "\u1161"
    assert search_key("닭").startswith(search_key("달"))
    assert query_pattern("") is None
