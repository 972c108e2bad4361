"""Company files: CSV that Korean Excel opens and the app's JSON — round trips that change
nothing, and bad input refused whole with its row and column named."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
from pathlib import Path

import pytest

from fallback_desktop.core.domain.company import Company
from fallback_desktop.core.domain.company_checks import make_address, make_channel, make_company
from fallback_desktop.core.domain.hours import Hours
from fallback_desktop.core.store.directory import Directory, OnConflict
from fallback_desktop.core.store.exchange import ExportFormat, ImportFileError, export, read_import
from fallback_desktop.core.text.catalog import render

HEADER = "name,other_names,channel,address,ars,hours,source,verified\r\n"


def _tricky() -> list[Company]:
    day = dt.date(2025, 3, 11)
    phone = make_channel(
        "phone",
        [
            make_address(
                "phone", "080-720-8000", ars="2 → 0", label="상담", source="영수증", verified=day
            ),
            make_address("phone", "010-0000-0001", label="-야간-"),
        ],
        Hours(saturday=(dt.time(9), dt.time(13))),
    )
    web = make_channel(
        "webform",
        [make_address("webform", "https://www.example.com/ask?a=1,2", max_chars=2000)],
        Hours.around_the_clock(),
    )
    return [
        make_company(
            "=가나전자", ["@gana", "+가나", "'=quoted"], [phone, web], 'note, "quoted"\n둘째 줄'
        ),
        make_company(
            "다라통신",
            channels=[
                make_channel("chat", hours=Hours(lunch=None)),
                make_channel(
                    "email", [make_address("email", "help@example.com", source="-일단 메모-")]
                ),
            ],
        ),
        make_company("빈회사"),
        make_company(
            "Mixed Co",
            ["믹스트"],
            [
                make_channel(
                    "messenger",
                    [make_address("messenger", "https://pf.kakao.com/_abc", label="카카오톡 채널")],
                )
            ],
        ),
    ]


def _fresh(tmp_path: Path, name: str) -> Directory:
    return Directory.open(tmp_path / name / "companies.sqlite3")


def _import(directory: Directory, data: bytes, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"import{suffix}"
    path.write_bytes(data)
    directory.merge(read_import(path), OnConflict.REPLACE)


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_export_import_export_gives_the_same_bytes(tmp_path: Path, fmt: ExportFormat) -> None:
    first = _fresh(tmp_path, "a")
    first.merge(_tricky(), None)
    exported = export(first.companies(), fmt)
    second = _fresh(tmp_path, "b")
    _import(second, exported, tmp_path, f".{fmt.value}")
    assert second.companies() == first.companies()
    assert export(second.companies(), fmt) == exported
    again = first.merge(read_import(tmp_path / f"import.{fmt.value}"), None)
    assert again.unchanged == len(first)  # into the same directory: nothing to choose


def test_csv_is_utf8_with_bom_and_crlf_and_risky_cells_are_marked(tmp_path: Path) -> None:
    data = export(_tricky(), ExportFormat.CSV)
    assert data.startswith(codecs.BOM_UTF8)
    text = data[3:].decode("utf-8")
    assert text.count("\r\n") >= 6
    assert "\r\n" not in text.replace("\r\n", "")
    assert "\n둘째 줄" in text  # a note keeps its line break inside quotes
    rows = text.split("\r\n")
    assert rows[0].startswith("name,other_names,note,channel,address")
    assert rows[1].startswith("'=가나전자,'@gana|+가나|'=quoted,")
    assert ",'-야간-," in text
    assert "'-일단 메모-" in text


def test_a_formula_cell_is_refused_with_its_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text(
        HEADER + '가나전자,,phone,080-720-8000,,,,\r\n다라,,email,=HYPERLINK("x"),,,,\r\n'
    )
    with pytest.raises(ImportFileError) as error:
        read_import(path)
    words = render(error.value.message, "en")
    assert words.startswith("Row 3, column D (address):")
    assert "formula" in words
    assert "3행 D열(address)" in render(error.value.message, "ko")


def test_a_marked_cell_comes_back_as_the_text_it_was(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text("name,note\r\n'=SUM(1),'+82 memo\r\n")
    company = read_import(path)[0]
    assert (company.name, company.note) == ("=SUM(1)", "+82 memo")


@pytest.mark.parametrize(
    ("row", "column", "key"),
    [
        ("가나,,webform,javascript:alert(1),,,,", "D (address)", "company.problem.url_unsafe"),
        ("가나,,chat,file:///etc/passwd,,,,", "D (address)", "company.problem.url_unsafe"),
        ("가나,,phone,080-720-800,,,,", "D (address)", "company.problem.phone_invalid"),
        ("가나,,email,help@,,,,", "D (address)", "company.problem.email_invalid"),
        ("가나,,fax,1234,,,,", "C (channel)", "company.problem.channel_unknown"),
        ("가나,,phone,080-720-8000,,always,,", "F (hours)", "company.problem.hours_text"),
        ("가나,,phone,080-720-8000,,,,2099-01-01", "H (verified)", "company.problem.date_future"),
        ("가나,,email,help@example.com,0,,,", "E (ars)", "company.problem.ars_not_phone"),
        (",,email,help@example.com,,,,", "A (name)", "company.problem.name_missing"),
        ("가나,,,help@example.com,,,,", "C (channel)", "exchange.csv_needs_channel"),
    ],
)
def test_each_bad_cell_is_named_by_row_and_column(
    tmp_path: Path, row: str, column: str, key: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "다라,,email,help@example.com,,,,\r\n" + row + "\r\n")
    with pytest.raises(ImportFileError) as error:
        read_import(path)
    assert render(error.value.message, "en").startswith(f"Row 3, column {column}:")
    assert error.value.problems[0].get("problem").key == key  # type: ignore[attr-defined]


def test_rows_count_as_a_spreadsheet_counts_them(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text('name,note,channel,address\r\n가나,"세 줄\n메모\n끝",,\r\n다라,,phone,12\r\n')
    with pytest.raises(ImportFileError) as error:
        read_import(path)
    assert render(error.value.message, "en").startswith("Row 3, column D (address):")


def test_one_bad_row_imports_nothing(tmp_path: Path) -> None:
    directory = _fresh(tmp_path, "d")
    rows = "".join(f"회사{i:03d},,email,help{i}@example.com,,,,\r\n" for i in range(60))
    path = tmp_path / "mostly-good.csv"
    path.write_text(HEADER + rows + "마지막,,webform,javascript:void(0),,,,\r\n")
    with pytest.raises(ImportFileError):
        read_import(path)
    assert [c.name for c in directory.listed()] == ["쿠쿠"]


def test_every_problem_is_kept_for_the_window_and_the_first_is_told(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text(HEADER + "".join(f"회사{i},,phone,12{i},,,,\r\n" for i in range(30)))
    with pytest.raises(ImportFileError) as error:
        read_import(path)
    assert len(error.value.problems) == 20
    assert "19 more" in render(error.value.message, "en")


def test_one_company_over_several_rows_and_its_spellings(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        HEADER
        + "가나전자,GANA|가나,전화,080-720-8000,,평일 09:00-18:00; 점심 12:00-13:00,,\r\n"
        + "다라,,email,help@example.com,,,,\r\n"
        + "가나전자,,이메일,help@example.com,,,,\r\n"  # the rows of one company need not touch
    )
    gana, dara = read_import(path)
    assert gana.other_names == ("GANA", "가나")
    assert gana.channel_ids == ("phone", "email")
    assert gana.hours["phone"] == Hours()
    assert dara.name == "다라"
    path.write_text(
        HEADER + "가나전자,,phone,080-720-8000,,,,\r\n가나 전자,,email,a@example.com,,,,\r\n"
    )
    with pytest.raises(ImportFileError) as error:
        read_import(path)
    assert error.value.problems[0].get("problem").key == "exchange.csv_name_spelling"  # type: ignore[attr-defined]


def test_a_korean_excel_file_in_cp949_is_read_correctly(tmp_path: Path) -> None:
    text = HEADER + "똠방각하상사,쀍,phone,080-720-8000,,,영수증 ※,2025. 3. 11.\r\n"
    utf8, cp949 = tmp_path / "u.csv", tmp_path / "k.csv"
    utf8.write_bytes(text.encode("utf-8"))
    cp949.write_bytes(text.encode("cp949"))  # what "CSV (쉼표로 분리)" in Korean Excel saves
    assert read_import(cp949) == read_import(utf8)
    assert read_import(cp949)[0].name == "똠방각하상사"


@pytest.mark.parametrize(
    "data",
    [
        "name\r\nCafé Müller\r\n".encode("latin-1"),
        "name\r\n東京電力\r\n".encode("shift_jis"),
        "name\r\nПривет мир\r\n".encode("cp1251"),
    ],
    ids=["latin-1", "shift-jis", "cyrillic"],
)
def test_text_in_another_encoding_is_refused_not_stored_garbled(
    tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "other.csv"
    path.write_bytes(data)
    with pytest.raises(ImportFileError) as error:
        read_import(path)
    assert error.value.message.key == "exchange.encoding_unknown"
    assert "UTF-8" in render(error.value.message, "en")


def test_excel_unicode_text_is_tab_separated_utf16(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("name\tchannel\taddress\r\n가나전자\tphone\t080-720-8000\r\n".encode("utf-16"))
    assert read_import(path)[0].phone is not None


def test_a_file_of_100_mb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    with pytest.raises(ImportFileError) as error:
        read_import(path)
    assert error.value.message.key == "exchange.too_big"
    assert "105 MB" in render(error.value.message, "en")


def test_not_a_file_and_not_text_are_refused(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.csv", Path(os.devnull)):
        with pytest.raises(ImportFileError):
            read_import(path)
    binary = tmp_path / "image.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(ImportFileError) as error:
        read_import(binary)
    assert error.value.message.key == "exchange.not_text"


def _document(*companies: object, **top: object) -> str:
    return json.dumps(
        {"format": "fallback-desk/companies", "version": 1, **top, "companies": list(companies)},
        ensure_ascii=False,
    )


@pytest.mark.parametrize(
    ("document", "words"),
    [
        (_document({"name": 3}), "Company 1 (‘?’), name: Expected text, found a number."),
        (_document({"name": "가나", "other_names": "GANA"}), "other_names: Expected a list"),
        (
            _document({"name": "가나", "channels": {"phone": {"addresses": [{"value": 8000}]}}}),
            "channels.phone.addresses[0].value: Expected text",
        ),
        (
            _document(
                {"name": "가나", "channels": {"chat": {"addresses": [{"value": "javascript:x()"}]}}}
            ),
            "channels.chat.addresses[0].value: Addresses starting with ‘javascript:’",
        ),
        (
            _document({"name": "가나", "channels": {"phone": {"hours": {"opens": 9}}}}),
            "channels.phone.hours.opens: The hours are not valid",
        ),
        (
            _document(
                {
                    "name": "가나",
                    "channels": {"phone": {"hours": {"opens": "18:00", "closes": "09:00"}}},
                }
            ),
            "channels.phone.hours: The hours are not valid",
        ),
        (_document({"name": "가나", "channel": {}}), "channel: Unknown key ‘channel’"),
        (
            _document({"name": "가나", "channels": {"fax": {}}}),
            "channels.fax: ‘fax’ is not a channel",
        ),
        (
            _document({"name": "가나"}, {"name": "가 나"}),
            "Company 2 (‘가 나’): the name ‘가 나’ is the same as Company 1",
        ),
        (_document({"name": "가나"}).replace('"version": 1', '"version": 2'), "newer format (2)"),
        (_document({"name": "가나"}).replace('"version": 1', '"version": "1"'), "“version” must"),
        ('{"companies": []}', "not a company file of this app"),
        ('{"format": "fallback-desk/companies",\n "version": 1,, }', "Line 2, character 15"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_bad_json_is_refused_naming_the_company_and_field(
    tmp_path: Path, document: str, words: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(document, encoding="utf-8")
    with pytest.raises(ImportFileError) as error:
        read_import(path)
    assert words in render(error.value.message, "en")


def test_a_shared_list_kept_one_company_per_file_imports_as_one(tmp_path: Path) -> None:
    folder = tmp_path / "companies"
    (folder / "ㄱ").mkdir(parents=True)
    single = {"format": "fallback-desk/companies", "version": 1, "$comment": "kept by hand"}
    (folder / "ㄱ" / "gana.json").write_text(json.dumps({**single, "company": {"name": "가나"}}))
    (folder / "dara.json").write_text(_document({"name": "다라", "channels": {"email": {}}}))
    assert [c.name for c in read_import(folder)] == ["다라", "가나"]
    (folder / "copy.json").write_text(json.dumps({**single, "company": {"name": "가 나"}}))
    with pytest.raises(ImportFileError) as error:
        read_import(folder)
    assert "ㄱ/gana.json" in render(error.value.message, "en")


def test_json_export_is_readable_and_leaves_empty_values_out() -> None:
    data = json.loads(export(_tricky(), ExportFormat.JSON))
    assert (data["format"], data["version"]) == ("fallback-desk/companies", 1)
    empty = data["companies"][2]
    assert empty == {"name": "빈회사", "channels": {}}
    phone = data["companies"][0]["channels"]["phone"]
    assert phone["addresses"][0] == {
        "value": "080-720-8000",
        "label": "상담",
        "ars": "2 → 0",
        "source": "영수증",
        "verified": "2025-03-11",
    }
    assert phone["hours"]["saturday"] == ["09:00", "13:00"]
    assert b'"weekdays": [0, 1, 2, 3, 4]' in export(_tricky(), ExportFormat.JSON)


def test_a_sheet_with_a_column_per_channel_reads_as_the_same_companies(tmp_path: Path) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_text(
        "회사명,다른 이름,전화,phone_ars,phone_hours,email,webform,webform_max_chars,chat_hours\r\n"
        '가나전자,GANA,"080-720-8000\n010-0000-0002",0,평일 09:00-18:00,help@example.com,'
        "www.example.com/ask,2000,24h\r\n"
        "다라통신,,,,,,,,\r\n",
        encoding="utf-8",
    )
    gana, dara = read_import(wide)
    assert gana.other_names == ("GANA",)
    assert gana.channel_ids == ("phone", "email", "chat", "webform")
    phone = gana.entry("phone")
    assert phone is not None
    assert [a.shown() for a in phone.addresses] == ["080-720-8000", "010-0000-0002"]
    assert phone.addresses[0].ars == "0"
    assert gana.hours["chat"] == Hours.around_the_clock()
    webform = gana.address("webform")
    assert webform is not None
    assert webform.max_chars == 2000
    assert dara.channel_ids == ()
    long = tmp_path / "long.csv"
    long.write_bytes(export([gana, dara], ExportFormat.CSV))
    assert read_import(long) == [gana, dara]  # exported in rows, it is the same


def test_a_bad_cell_of_a_channel_column_is_named_by_its_own_header(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("name,이메일,chat_hours\r\n가나,help@,\r\n다라,,always\r\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as error:
        read_import(path)
    first, second = (render(p, "en") for p in error.value.problems)
    assert first.startswith("Row 2, column B (이메일):")
    assert second.startswith("Row 3, column C (chat_hours):")


def test_what_company_list_json_prints_can_be_imported(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(
        json.dumps(
            [
                {
                    "name": "가나",
                    "other_names": [],
                    "sample": False,
                    "channels": {
                        "phone": "080-720-8000",
                        "chat": None,
                        "email": ["a@example.com", "b@example.com"],
                    },
                },
            ]
        ),
        encoding="utf-8",
    )
    (gana,) = read_import(path)
    assert gana.channel_ids == ("phone", "email", "chat")
    assert gana.address("chat") is None
    email = gana.entry("email")
    assert email is not None
    assert [a.value for a in email.addresses] == ["a@example.com", "b@example.com"]
    path.write_text(json.dumps([{"name": "가나", "channels": {"chat": "javascript:x"}}]))
    with pytest.raises(ImportFileError) as error:
        read_import(path)
    assert "channels.chat.addresses[0].value: Addresses starting with ‘javascript:’" in (
        render(error.value.message, "en")
    )
