"""The company directory's figures: importing 10,000 companies from CSV, and every keystroke of a
search as a person types it (초성 included), over 10,000 companies.

The companies are generated here: realistic Korean names (a brand of two or three syllables and
a trade, with its romanized English name and the brand alone as other names) and contact data
that is plainly not real — numbers 010-0000-xxxx (an exchange that is never assigned),
addresses and pages at example.com (reserved for examples, RFC 2606).

Each figure is taken in a fresh child process (benchmarks/_directory_child.py), so what a first
import loads (phonenumbers, email-validator) is inside it, as it is for the person.
"""

from __future__ import annotations

import csv
import io
import random
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from benchmarks.children import DIRECTORY_CHILD, run_for_result
from benchmarks.stats import median, p95

COMPANIES = 10_000
IMPORT_RUNS = 3
VIEW_RUNS = 3  # the companies view opened in a fresh process each time
TYPED_NAMES = 60

# Syllables of Korean brand names, with how they are romanized (Revised Romanization).
_SYLLABLES = {
    "가": "ga", "나": "na", "다": "da", "대": "dae", "동": "dong", "라": "ra", "마": "ma",
    "명": "myeong", "미": "mi", "보": "bo", "빛": "bit", "산": "san", "삼": "sam", "새": "sae",
    "서": "seo", "성": "seong", "세": "se", "솔": "sol", "신": "sin", "아": "a", "영": "yeong",
    "우": "u", "원": "won", "유": "yu", "은": "eun", "일": "il", "진": "jin", "천": "cheon",
    "태": "tae", "하": "ha", "한": "han", "해": "hae", "현": "hyeon", "화": "hwa", "푸": "pu",
    "른": "reun", "누": "nu", "리": "ri", "온": "on", "별": "byeol", "강": "gang", "금": "geum",
    "광": "gwang", "국": "guk", "제": "je", "상": "sang", "효": "hyo", "경": "gyeong",
    "들": "deul", "닭": "dak", "꽃": "kkot", "빙": "bing", "과": "gwa", "뫼": "moe",
}  # fmt: skip
_TRADES = (
    ("전자", "Electronics"), ("식품", "Foods"), ("건설", "Construction"), ("통신", "Telecom"),
    ("제약", "Pharm"), ("화학", "Chemical"), ("보험", "Insurance"), ("카드", "Card"),
    ("증권", "Securities"), ("유통", "Retail"), ("물산", "Trading"), ("자동차", "Motors"),
    ("생활건강", "Living"), ("가구", "Furniture"), ("에너지", "Energy"), ("항공", "Air"),
    ("해운", "Shipping"), ("여행", "Travel"), ("쇼핑", "Shopping"), ("패션", "Fashion"),
    ("제과", "Confectionery"), ("음료", "Beverage"), ("택배", "Express"), ("렌탈", "Rental"),
    ("모바일", "Mobile"), ("캐피탈", "Capital"), ("정보통신", "Infotech"), ("바이오", "Bio"),
    ("엔터테인먼트", "Entertainment"), ("가전", "Appliances"), ("침대", "Beds"),
)  # fmt: skip
_HOURS = (
    "",
    "Mon-Fri 09:00-18:00; lunch 12:00-13:00; holidays closed",
    "Mon-Fri 09:00-18:00; lunch 12:00-13:00; Sat 09:00-13:00; holidays closed",
    "24h; holidays open",
    "Mon-Fri 10:00-17:00; holidays closed",
)


@dataclass(frozen=True)
class Generated:
    name: str
    brand: str
    english: str


def generate(count: int = COMPANIES, seed: int = 20260311) -> list[Generated]:
    """`count` distinct companies, the same for the same seed."""
    chooser = random.Random(seed)
    syllables = list(_SYLLABLES)
    seen: set[str] = set()
    out: list[Generated] = []
    while len(out) < count:
        brand = "".join(chooser.choice(syllables) for _ in range(chooser.choice((2, 2, 3))))
        trade, trade_en = chooser.choice(_TRADES)
        name = brand + trade
        if name in seen:
            continue
        seen.add(name)
        english = "".join(_SYLLABLES[s] for s in brand).title() + " " + trade_en
        out.append(Generated(name, brand, english))
    return out


def csv_bytes(companies: list[Generated]) -> bytes:
    """The companies as the app's CSV, with a phone, an email and for some a web form and chat."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(("name", "other_names", "channel", "address", "ars", "max_chars", "hours"))
    for n, company in enumerate(companies):
        hours = _HOURS[n % len(_HOURS)]
        others = f"{company.english}|{company.brand}"
        writer.writerow((company.name, others, "phone", f"010-0000-{n:04d}", "0", "", hours))
        writer.writerow((company.name, "", "email", f"help{n}@example.com", "", "", ""))
        if n % 2:
            page = f"https://www.example.com/companies/{n}/ask"
            writer.writerow((company.name, "", "webform", page, "", "2000", ""))
        if n % 3 == 0:
            chat = f"https://www.example.com/companies/{n}/chat"
            writer.writerow((company.name, "", "chat", chat, "", "", "24h"))
    return buffer.getvalue().encode("utf-8-sig")


# --- what an input method shows after each key -------------------------------------------

_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWEL_KEYS = {9: (8, 0), 10: (8, 1), 11: (8, 20), 14: (13, 4), 15: (13, 5), 16: (13, 20),
               19: (18, 20)}  # fmt: skip
_FINAL_KEYS = {3: (1, 19), 5: (4, 22), 6: (4, 27), 9: (8, 1), 10: (8, 16), 11: (8, 17),
               12: (8, 19), 13: (8, 25), 14: (8, 26), 15: (8, 27), 18: (17, 19)}  # fmt: skip
_CLUSTER = {keys: final for final, keys in _FINAL_KEYS.items()}
# An initial consonant (its index) and the same consonant as a final (its index).
_AS_FINAL = {0: 1, 1: 2, 2: 4, 3: 7, 5: 8, 6: 16, 7: 17, 9: 19, 10: 20, 11: 21, 12: 22,
             14: 23, 15: 24, 16: 25, 17: 26, 18: 27}  # fmt: skip


def _syllable(initial: int, vowel: int, final: int = 0) -> str:
    return chr(0xAC00 + (initial * 21 + vowel) * 28 + final)


def _parts(char: str) -> tuple[int, int, int] | None:
    code = ord(char) - 0xAC00
    if not 0 <= code < 11172:
        return None
    initial, rest = divmod(code, 21 * 28)
    vowel, final = divmod(rest, 28)
    return initial, vowel, final


def typing_states(word: str) -> list[str]:
    """What a 2-beolsik input method shows after each key while `word` is typed: a consonant
    first stands alone or joins the syllable before as its final (사 + ㅁ = 삼), and moves on
    when the vowel after it comes (삼 + ㅓ = 사머)."""
    states: list[str] = []
    done = ""
    for char in word:
        parts = _parts(char)
        if parts is None:
            done += char
            states.append(done)
            continue
        initial, vowel, final = parts
        joined = _joined(done, initial)
        states.append(joined if joined is not None else done + _INITIALS[initial])
        for v in _VOWEL_KEYS.get(vowel, (vowel,))[:-1]:
            states.append(done + _syllable(initial, v))
        states.append(done + _syllable(initial, vowel))
        if final:
            keys = _FINAL_KEYS.get(final, (final,))
            if len(keys) == 2:
                states.append(done + _syllable(initial, vowel, keys[0]))
            states.append(done + _syllable(initial, vowel, final))
        done += char
    return states


def _joined(done: str, initial: int) -> str | None:
    """The text with the consonant typed as the last syllable's final, when it can be one."""
    if not done or initial not in _AS_FINAL:
        return None
    parts = _parts(done[-1])
    if parts is None:
        return None
    last_initial, vowel, final = parts
    as_final = _AS_FINAL[initial]
    if final == 0:
        return done[:-1] + _syllable(last_initial, vowel, as_final)
    cluster = _CLUSTER.get((final, as_final))
    return None if cluster is None else done[:-1] + _syllable(last_initial, vowel, cluster)


def initials(word: str) -> str:
    """초성: each syllable's first consonant (삼성전자 -> ㅅㅅㅈㅈ)."""
    return "".join(_INITIALS[p[0]] if (p := _parts(c)) else c for c in word)


def keystrokes(companies: list[Generated], count: int = TYPED_NAMES, seed: int = 7) -> list[str]:
    """Every state of typing `count` of the names in full, their initial consonants one by one,
    and the first letters of their English names."""
    chooser = random.Random(seed)
    queries: list[str] = []
    for company in chooser.sample(companies, count):
        queries += typing_states(company.name)
        first = initials(company.name)
        queries += [first[: i + 1] for i in range(len(first))]
        queries += [company.english[: i + 1].lower() for i in range(4)]
    return queries


# --- measuring ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DirectoryResult:
    import_s: list[float]  # one per fresh child: read, check and write 10,000 companies
    keystroke_ms: list[float]
    open_ms: float  # opening the directory of 10,000 (integrity check included)
    list_ms: float  # reading the list the companies view shows
    companies: int
    view_open_ms: float = 0.0  # the companies view: shown until its list is painted (median)
    view_complete_ms: float = 0.0  # …until all of the list is read and the file checked
    view_keystroke_ms: tuple[float, ...] = ()  # a keystroke until the matches are painted

    @property
    def import_median_s(self) -> float:
        return median(self.import_s)

    @property
    def keystroke_median_ms(self) -> float:
        return median(self.keystroke_ms)

    @property
    def keystroke_p95_ms(self) -> float:
        return p95(self.keystroke_ms)


def write_csv(folder: Path, count: int = COMPANIES) -> Path:
    path = folder / "companies.csv"
    path.write_bytes(csv_bytes(generate(count)))
    return path


def stock(env: Mapping[str, str], count: int = COMPANIES) -> None:
    """Put `count` companies into the directory of the app children's own folders, so every
    start-up figure is taken with a full directory on disk."""
    with tempfile.TemporaryDirectory(prefix="fallback-companies-") as folder:
        source = write_csv(Path(folder), count)
        run_for_result(DIRECTORY_CHILD, env, ("stock", str(source)), timeout_s=120.0)


def measure_directory(env: Mapping[str, str]) -> DirectoryResult:
    """Import 10,000 companies into a new directory IMPORT_RUNS times (each in a new process),
    then type the keystrokes of `keystrokes` into the search of the last one."""
    companies = generate()
    with tempfile.TemporaryDirectory(prefix="fallback-companies-") as folder:
        source = write_csv(Path(folder))
        times: list[float] = []
        for run in range(IMPORT_RUNS):
            database = Path(folder, f"run{run}", "companies.sqlite3")
            result = run_for_result(
                DIRECTORY_CHILD, env, ("import", str(source), str(database)), timeout_s=120.0
            )
            times.append(float(_number(result["import_s"])))
        queries = Path(folder, "queries.txt")
        queries.write_text("\n".join(keystrokes(companies)), encoding="utf-8")
        result = run_for_result(
            DIRECTORY_CHILD, env, ("search", str(database), str(queries)), timeout_s=120.0
        )
        views = [
            run_for_result(DIRECTORY_CHILD, env, ("view", str(queries)), timeout_s=120.0)
            for _ in range(VIEW_RUNS)
        ]
    samples = result["keystroke_ms"]
    view = views[-1]
    typed = view["view_keystroke_ms"]
    if not isinstance(samples, list) or not samples or not isinstance(typed, list) or not typed:
        raise ValueError("the directory child sent no keystroke figures")
    return DirectoryResult(
        view_open_ms=median([_number(v["view_open_ms"]) for v in views]),
        view_complete_ms=median([_number(v["view_complete_ms"]) for v in views]),
        view_keystroke_ms=tuple(float(v) for v in typed),
        import_s=times,
        keystroke_ms=[float(v) for v in samples],
        open_ms=_number(result["open_ms"]),
        list_ms=_number(result["list_ms"]),
        companies=int(_number(result["companies"])),
    )


def _number(value: object) -> float:
    if not isinstance(value, (int, float)):
        raise ValueError(f"the directory child sent {value!r} where a number belongs")
    return float(value)
