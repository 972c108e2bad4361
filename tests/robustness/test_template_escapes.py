"""Known ways out of a Jinja sandbox, tried as the person's own template through the real path.

Each one must end as a problem reported when the templates load, or as one clear sentence when
the letter is made: never an internal object in the letter, never another kind of error, never
a file read, never a frozen window.
"""

from __future__ import annotations

import builtins
import io
import re
import time
from pathlib import Path
from typing import Any

import pytest

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import render
from fallback_desktop.core.writing.drafting import DraftFields, render_email
from fallback_desktop.core.writing.templates import check_template_source, load_user_templates
from fallback_desktop.paths import user_templates_dir

SECRET = "TOP-SECRET-7f3a"
# A render that takes longer than this would freeze the window for the person.
SECONDS_ALLOWED = 5.0

# {secret} is replaced by the path of a file holding SECRET; "secret.txt.j2" lies beside the
# template itself, where a loader would look first.
PAYLOADS: dict[str, str] = {
    "subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "tuple-bases": "{{ ().__class__.__bases__[0] }}",
    "cycler-globals": "{{ cycler.__init__.__globals__ }}",
    "joiner-globals": "{{ joiner.__init__.__globals__ }}",
    "namespace-globals": "{{ namespace.__init__.__globals__ }}",
    "lipsum-globals": "{{ lipsum.__globals__ }}",
    "lipsum-os-popen": "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "field-init-globals": "{{ product.__init__.__globals__ }}",
    "template-reference-context": "{{ self._TemplateReference__context }}",
    "template-reference-dict": "{{ self.__dict__ }}",
    "template-reference-itself": "{{ self }}",
    "flask-config": "{{ config }}",
    "flask-request": "{{ request.application.__globals__ }}",
    "set-format-method": "{% set x = ''.format %}{{ x }}",
    "format-map-method": "{{ product.format_map }}",
    "bound-method": "{{ cycler(1, 2).next }}",
    "range-itself": "{{ range }}",
    "attr-filter": "{{ ''|attr('__class__') }}",
    "attr-filter-chain": "{{ (''|attr('__class__')|attr('__mro__'))[1] }}",
    "attr-filter-escaped": "{{ product|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "map-attribute": "{{ attachments|map(attribute='__class__')|list }}",
    "map-attr-filter": "{{ attachments|map('attr', '__class__')|list }}",
    "format-string-attribute": "{{ '{0.__class__}'.format(1) }}",
    "format-string-mro": "{{ '{0.__class__.__mro__}'.format(product) }}",
    "percent-format-class": "{{ '%s'|format(product.__class__) }}",
    "list-append": "{{ [].append(1) }}",
    "set-list-append": "{% set l = [] %}{{ l.append(1) }}",
    "dict-update": "{% set d = {} %}{{ d.update(a=1) }}",
    "huge-range": "{{ range(10**9)|list }}",
    "nested-huge-range": "{% for x in range(10**6) %}{% for y in range(10**6) %}{% endfor %}"
    "{% endfor %}",
    "huge-repeat": "{{ 'x' * 1000000000 }}",
    "huge-list-repeat": "{{ [0] * 1000000000 }}",
    "huge-power": "{{ 7 ** 100000000 }}",
    "format-width": "{{ '{0:>100000000}'.format(1) }}",
    "format-nested-width": "{{ '{0:{1}}'.format(1, '>100000000') }}",
    "format-precision": "{{ '{:.100000000f}'.format(1.5) }}",
    "percent-width": "{{ '%100000000d'|format(1) }}",
    "percent-star-width": "{{ '%*d' % (1000000000, 1) }}",
    "percent-precision": "{{ '%.100000000f' % 1.5 }}",
    "center-filter": "{{ 'a'|center(1000000000) }}",
    "indent-filter": "{{ 'a\\nb'|indent(1000000000) }}",
    "ljust-method": "{{ 'a'.ljust(1000000000) }}",
    "batch-filter": "{{ [1]|batch(1000000000, 'x')|list }}",
    "slice-filter": "{{ [1]|slice(1000000000)|list }}",
    "replace-quadratic": "{{ ('x' * 99999)|replace('', 'y' * 99999) }}",
    "join-quadratic": "{{ range(99999)|join('y' * 99999) }}",
    "join-of-copies": "{% set a = 'x' * 99999 %}{{ ([a] * 99999)|join }}",
    "concat-doubling": "{% set a = 'x' * 99999 %}{% set b = a ~ a %}{% set c = b ~ b %}{{ c ~ c }}",
    "plus-doubling": "{% set a = 'x' * 99999 %}{% set b = a + a %}{{ b + b }}",
    "nested-loops-over-text": "{% set a = 'x' * 99999 %}{% for p in a %}{% for q in a %}"
    "{% endfor %}{% endfor %}",
    "macro-doubling": "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}"
    "{% endmacro %}{{ f(60) }}",
    "number-squaring": "{% set a = 2 ** 49999 %}" + "{% set a = a * a %}" * 20 + "{{ a > 0 }}",
    "output-flood": "{% for i in range(99999) %}{{ 'y' * 99999 }}{% endfor %}",
    "include-file": "{% include '{secret}' %}",
    "include-beside": "{% include 'secret.txt.j2' %}",
    "import-file": "{% import '{secret}' as s %}",
    "from-import-file": "{% from '{secret}' import x %}",
    "extends-file": "{% extends '{secret}' %}",
}

# What may never show in what the person reads: internals, code, the secret.
LEAKS = re.compile(r"<|0x[0-9a-f]|__|Traceback|object|function|module|" + SECRET)


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "secret.txt.j2").write_text(SECRET, encoding="utf-8")
    return path


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every path opened through open() while the test runs."""
    paths: list[str] = []
    real_open = io.open

    def recording_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        paths.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", recording_open)
    monkeypatch.setattr(io, "open", recording_open)
    return paths


def _write(name: str, source: str) -> None:
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt.j2").write_text(source, encoding="utf-8")


def _assert_one_clear_sentence(ko: str, en: str) -> None:
    for text in (ko, en):
        assert text.strip() == text
        assert "\n" not in text
        assert text.endswith((".", "요.", "다."))
        assert not LEAKS.search(text), text
    # One sentence: no full stop before the last character.
    assert ". " not in en


FIELDS = DraftFields(
    company="한빛전자",
    product="세탁기",
    details="탈수 중에 멈춥니다.",
    attachments=(Path("/home/me/영수증.pdf"),),
)


@pytest.mark.parametrize("payload", list(PAYLOADS.values()), ids=list(PAYLOADS))
def test_escape_is_refused_on_load_or_with_one_sentence(
    payload: str, secret_file: Path, opened: list[str]
) -> None:
    body = payload.replace("{secret}", str(secret_file))
    source = (
        f"{{% block subject %}}Hello{{% endblock %}}\n{{% block body %}}{body}{{% endblock %}}\n"
    )
    _write("hostile", source)

    loaded = load_user_templates()
    problem = check_template_source(source)
    if problem is not None:
        # Refused on load: listed with the reason, never offered as usable.
        assert loaded.names == ("secret",) or loaded.names == ()
        assert "hostile" not in loaded.names
        (reported,) = [p for p in loaded.problems if p.name == "hostile"]
        _assert_one_clear_sentence(render(reported.message, "ko"), render(reported.message, "en"))
    else:
        assert "hostile" in loaded.names

    opened.clear()  # loading reads every template in the folder; rendering must read no other
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        render_email(FIELDS, "en", template="hostile")
    elapsed = time.monotonic() - started

    error = caught.value
    assert error.field == "template"
    _assert_one_clear_sentence(error.text("ko"), error.text("en"))
    assert elapsed < SECONDS_ALLOWED, f"rendering took {elapsed:.1f} s"
    assert str(secret_file) not in opened
    assert not any(path.endswith("secret.txt.j2") for path in opened)
    assert all(path.endswith("hostile.txt.j2") for path in opened)


def test_the_same_features_used_kindly_still_work() -> None:
    # The limits must not refuse ordinary formatting, loops, joins and replacements.
    source = (
        "{% block subject %}{{ '%s / %05d'|format(product, 42) }}{% endblock %}\n"
        "{% block body %}\n"
        "{{ company|center(20) }}|{{ '{:>8}'.format(order_number) }}|{{ 'x'.ljust(3) }}|\n"
        "{{ details|replace('멈춥니다', '멈춰요') }} {{ ', '.join(['a', 'b']) }} "
        "{{ '/'.join(attachments|map('upper')) }}\n"
        "{% for f in attachments %}{{ loop.index }}. {{ f }}{% endfor %}\n"
        "{{ attachments|join(' + ') }} {{ [1, 2]|batch(1)|list }} {{ range(3)|list }}\n"
        "{% set a = 'ab' ~ company %}{{ a + '!' }} {{ '%-4s|' % 'k' }} {{ 2 ** 10 }}\n"
        "{% endblock %}\n"
    )
    assert check_template_source(source) is None
    _write("kind", source)
    fields = DraftFields(
        company="ACME",
        product="TV",
        order_number="A-1",
        details="탈수 중에 멈춥니다.",
        attachments=(Path("a.pdf"), Path("b.jpg")),
    )
    draft = render_email(fields, "en", template="kind")
    assert draft.subject == "TV / 00042"
    assert draft.body == (
        "        ACME        |     A-1|x  |\n"
        "탈수 중에 멈춰요. a, b A.PDF/B.JPG\n"
        # trim_blocks takes the line break after {% endfor %}
        "1. a.pdf2. b.jpga.pdf + b.jpg [[1], [2]] [0, 1, 2]\n"
        "abACME! k   | 1024\n"
    )


def test_the_persons_own_long_text_is_never_refused() -> None:
    # The limits grow with what the person typed: 300,000 characters still make a letter.
    details = ("가나다라마바사 😀 " * 40_000)[:300_000]
    _write(
        "echo",
        "{% block body %}{{ details }}\n{{ details|upper ~ '!' }}\n"
        "{{ details|replace('😀', ':)')|length }}{% endblock %}",
    )
    draft = render_email(DraftFields(details=details), "ko", template="echo")
    assert details.strip() in draft.body
    assert draft.body.count(details.strip()) == 2
