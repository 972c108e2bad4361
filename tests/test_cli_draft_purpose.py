"""`draft --purpose` and `--letter-lang`: the letter for its purpose, in its own language."""

from __future__ import annotations

import datetime as dt

import pytest

from fallback_desktop.cli import main as cli
from fallback_desktop.core.calendar.business import SEOUL

REFUND = [
    "draft", "--purpose", "refund", "--product", "무선 이어폰 B-2", "--order-number", "A-77",
    "--payment-date", "2026-11-18", "--amount", "39,000원", "--payment-method", "신용카드",
    "--details", "왼쪽 이어폰에서 소리가 나지 않습니다.",
]  # fmt: skip


@pytest.fixture
def on_24_november(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's clock on 24 November 2026, Seoul."""
    from fallback_desktop import session

    moment = dt.datetime(2026, 11, 24, 10, 0, tzinfo=SEOUL)
    monkeypatch.setattr(session, "seoul_now", lambda: moment)


def run(argv: list[str], capsysbinary: pytest.CaptureFixture[bytes]) -> tuple[int, str, str]:
    status = cli.main(argv)
    out, err = capsysbinary.readouterr()
    return status, out.decode(), err.decode()


def test_a_refund_letter_in_korean(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    status, out, err = run(["--lang", "ko", *REFUND], capsysbinary)
    assert (status, err) == (cli.EXIT_OK, "")
    assert out.startswith("Subject: [환불 요청] 무선 이어폰 B-2")
    assert "- 결제 금액: 39,000원" in out
    assert "원래 결제 수단(신용카드)으로 환불해" in out


def test_the_letter_language_is_its_own(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    status, out, _err = run(["--lang", "ko", *REFUND, "--letter-lang", "en"], capsysbinary)
    assert status == cli.EXIT_OK
    assert out.startswith("Subject: [Refund request]")
    assert "- Amount paid: 39,000원" in out
    # Without it, the letter speaks the command line's language.
    _status, out, _err = run(["--lang", "en", *REFUND], capsysbinary)
    assert out.startswith("Subject: [Refund request]")
    _status, out, _err = run(["--lang", "en", *REFUND, "--letter-lang", "ko"], capsysbinary)
    assert out.startswith("Subject: [환불 요청]")


def test_the_default_purpose_is_the_general_letter(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    argv = ["--lang", "ko", "draft", "--product", "세탁기", "--amount", "5,000원"]
    _status, general, _err = run(argv, capsysbinary)
    _status, explicit, _err = run([*argv, "--purpose", "general"], capsysbinary)
    assert general == explicit
    assert general.startswith("Subject: [문의] 세탁기")
    assert "5,000원" not in general  # only letters that ask for an amount show it


@pytest.mark.usefixtures("on_24_november")
def test_an_online_purchase_cites_the_withdrawal_window(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    argv = ["--lang", "ko", *REFUND, "--online-purchase", "--delivered-date", "2026-11-20"]
    status, out, _err = run(argv, capsysbinary)
    assert status == cli.EXIT_OK
    assert "제17조 제1항" in out
    assert "2026년 11월 27일까지" in out
    status, out, _err = run([*argv[:-2], "--delivered-date", "2026-11-10"], capsysbinary)
    assert status == cli.EXIT_OK
    assert "제17조" not in out  # it ended on 17 November, 7 days after the delivery


@pytest.mark.parametrize(
    "argv",
    [
        ["draft", "--purpose", "complaint"],
        ["draft", "--purpose", ""],
        ["draft", "--letter-lang", "fr"],
        ["draft", "--online-purchase", "yes"],
    ],
)
def test_unknown_choices_are_usage_errors(
    argv: list[str], capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(argv)
    assert stopped.value.code == cli.EXIT_USAGE
    assert capsysbinary.readouterr().out == b""


def test_a_bad_date_of_a_purpose_is_bad_input_named_in_words(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    status, out, err = run(["--lang", "ko", *REFUND, "--payment-date", "어제"], capsysbinary)
    assert (status, out) == (cli.EXIT_BAD_INPUT, "")
    assert "결제일" in err
    assert len(err.strip().splitlines()) == 1


def test_help_lists_the_purposes_and_says_which_fields_serve_which(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["draft", "--help"])
    shown = capsysbinary.readouterr().out.decode()
    assert "{general,refund,exchange,repair,cancel,delivery,billing}" in shown
    assert "--letter-lang {ko,en}" in shown
    assert "--online-purchase" in shown
    assert "Tracking number (--purpose delivery)" in " ".join(shown.split())
