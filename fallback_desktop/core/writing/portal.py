"""Search words for a company's FAQ or help portal, from the product and the problem.

Short phrases of bare words ("세탁기 탈수 멈춤", "환불 절차"): common Korean particles and
polite endings are taken off each word (core.writing.korean_words) and filler words are left
out, and so is anything that could be personal: the order number, every word of the details
with a digit in it (an error code such as E4 aside), an @, or a run of digits as long as a
phone number.
"""

from __future__ import annotations

import re

from fallback_desktop.core.text.catalog import msg, render_list
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing import channel_common as common
from fallback_desktop.core.writing.drafting import one_line
from fallback_desktop.core.writing.fields import DraftFields
from fallback_desktop.core.writing.korean_words import bare

MAX_PHRASES = 5
MIN_PHRASES = 2
_PRODUCT_WORDS = 3
_PROBLEM_WORDS = 3
# Only the start of the details names the problem; the rest tells the story.
_PROBLEM_CHARS = 200

_WORD = re.compile(r"[^\W_][\w\-]*")
_ERROR_CODE = re.compile(r"[A-Za-z]{1,3}-?\d{1,3}")
_LONG_NUMBER = re.compile(r"\d{8,}")
_STOP_KO_WORDS = (
    "제가 저는 저도 제 저 저희 그리고 그런데 그래서 하지만 그냥 자꾸 계속 너무 정말 진짜 좀 "
    "다시 또 안 못 잘 더 중 때 후 전 것 수 등 및 이 그 이번 오늘 어제 내일 지금 현재 갑자기 "
    "항상 매번 혹시 아직 이미 문의 안녕하세요 감사 감사함 부탁드림 부탁 확인 "
    "있음 없음 같음 함 됨 이후 이전 경우 관련 때문 처음 바로 모두 전부 사용 물건 빨리 "
    "제대로 전혀 많이 조금 주문한 구매한 구입한 받은 산 일주일째 며칠째 한번 두번"
)
_STOP_EN_WORDS = (
    "a an the is are was were be been being am i my me we our you your it its this that these "
    "those and or but so to of in on at for with from by as after before during since when "
    "then there here not no do does did have has had can could would will just also very "
    "again still keeps keep please hello hi thanks thank about any some"
)
_STOP = frozenset(_STOP_KO_WORDS.split()) | frozenset(_STOP_EN_WORDS.split())


def _is_private(word: str) -> bool:
    return "@" in word or _LONG_NUMBER.search(word) is not None


def _key(word: str) -> str:
    return word.casefold()


def _words(line: str, skip: set[str], *, digits: bool) -> list[str]:
    """Bare content words of a line, each once, leaving out those whose key is in `skip`."""
    found: list[str] = []
    for raw in _WORD.findall(line):
        word = bare(raw.strip("-"))
        key = _key(word)
        if key in skip or key in _STOP or _is_private(word):
            continue
        has_digit = _has_digit(word)
        if has_digit and not digits and _ERROR_CODE.fullmatch(word) is None:
            continue
        if len(word) < 2 and not has_digit:
            continue
        skip.add(key)
        found.append(word)
    return found


def _has_digit(word: str) -> bool:
    return any(char.isdigit() for char in word)


def _problem_words(details: str, skip: set[str]) -> list[str]:
    """The problem's words: from its first sentence, or its start when that says too little."""
    first = common.first_sentences(details, 1, _PROBLEM_CHARS)
    found = _words(first, set(skip), digits=False)
    if len([word for word in found if not _has_digit(word)]) < 2:
        found = _words(details[:_PROBLEM_CHARS], set(skip), digits=False)
    return found


def portal_words(fields: DraftFields, lang: Lang, *, purpose: str = "general") -> tuple[str, ...]:
    """Two to five search phrases for the company's FAQ or help portal."""
    cleaned = common.values(fields, lang, contact=False, start_only=True)
    order = _key(one_line(cleaned["order_number"]))
    skip = {order} if order else set()
    product = [
        word
        for word in _words(cleaned["product"], set(skip), digits=True)
        if not (order and order in _key(word))
    ]
    names = [word for word in product if not _has_digit(word)][:_PRODUCT_WORDS]
    models = [word for word in product if _has_digit(word)][:1]
    skip |= {_key(word) for word in product}
    problem = _problem_words(cleaned["details"], skip)
    start = _words(cleaned["details"][:_PROBLEM_CHARS], set(skip), digits=False)
    codes = [word for word in start if _has_digit(word)][:1]
    words = [word for word in problem if not _has_digit(word)][:_PROBLEM_WORDS]
    pid = common.purpose_id(purpose)
    noun, phrase = render_list(msg(f"channel_text.portal.purpose.{pid}"), lang)
    candidates = (
        " ".join([*names, *words[:2]]) if words else "",
        " ".join([*(names or models), *codes]) if codes else "",
        " ".join([*models, *words[:2]]) if words and models else "",
        " ".join(words) if len(words) > 1 else "",
        " ".join([*(names or models), noun]) if product else "",
        phrase,
    )
    chosen = list(dict.fromkeys(c for c in candidates if c))[:MAX_PHRASES]
    for generic in render_list(msg("channel_text.portal.generic"), lang):
        if len(chosen) >= MIN_PHRASES:
            break
        if generic not in chosen:
            chosen.append(generic)
    return tuple(chosen)
