"""Email templates: the Jinja sandbox, the bundled templates, and the user's own, checked on load.

A template holds both parts of the letter in two blocks, `{% block subject %}` and
`{% block body %}`; anything outside them is ignored. The subject block may be left out, and
then the bundled subject for the language is used.

The bundled letters: resources/templates/<lang>/email.txt.j2 is the general letter, complete in
itself (the one a person copies to make their own); each other purpose has a file of its own,
`<purpose>.txt.j2`, that `{% extends "email.txt.j2" %}` and replaces only the blocks that differ
(the subject, the opening, the facts, the request). A user's template is one file: it may not
load another, and gets `purpose` to tell letters apart.
"""

from __future__ import annotations

import functools
import pathlib
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.purposes import DEFAULT_PURPOSE, PURPOSE_IDS
from fallback_desktop.core.text.catalog import Msg, msg
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.fields import template_names

if TYPE_CHECKING:
    import jinja2
    import jinja2.sandbox

TEMPLATE_SUFFIX = ".txt.j2"
BASE_TEMPLATE = "email" + TEMPLATE_SUFFIX

# Bigger files are not templates anyone writes by hand; refusing them keeps loading quick.
_MAX_TEMPLATE_BYTES = 100_000
# Guards against `{{ 'x' * 10**9 }}` or `{{ 9**9**9 }}` freezing the app while rendering.
_MAX_REPEAT_LENGTH = 100_000
_MAX_POWER_BITS = 100_000

_SAFE_NAME = re.compile(r"[^\\/\x00]+")


@dataclass(frozen=True)
class TemplateProblem:
    """Why a template cannot be used: one catalog message (resources/text/errors.json)."""

    name: str
    message: Msg


@dataclass(frozen=True)
class UserTemplates:
    """The user's templates that load, and the ones that do not, with the reason."""

    names: tuple[str, ...]
    problems: tuple[TemplateProblem, ...]


@functools.cache
def _bounded_sandbox_class() -> type[jinja2.sandbox.ImmutableSandboxedEnvironment]:
    from jinja2.exceptions import SecurityError
    from jinja2.runtime import Context
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from fallback_desktop.core.writing import template_limits as limits

    class BoundedSandbox(ImmutableSandboxedEnvironment):
        """The immutable sandbox, refusing work that would exhaust memory or time."""

        intercepted_binops = frozenset({"*", "**", "%", "+"})
        # Reached from compiled templates through guard_tree's EnvironmentAttribute nodes.
        bounded_iter = staticmethod(limits.bounded_iter)
        checked = staticmethod(limits.checked)

        def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
            if operator == "*" and _repeat_too_long(left, right):
                raise SecurityError("the repetition is too long")
            if operator == "**" and _power_too_big(left, right):
                raise SecurityError("the power is too big")
            if operator == "%":
                limits.check_percent_format(left, right)
            return limits.checked(super().call_binop(context, operator, left, right))

        def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
            args = limits.check_call(__obj, args, kwargs)
            return limits.checked(super().call(__context, __obj, *args, **kwargs))

        def wrap_str_format(self, value: Any) -> Any:
            wrapped = super().wrap_str_format(value)
            if wrapped is None:
                return None
            template: str = value.__self__

            def bounded(*args: Any, **kwargs: Any) -> str:
                limits.check_brace_format(template)
                return str(limits.checked(wrapped(*args, **kwargs)))

            return functools.update_wrapper(bounded, wrapped)

    return BoundedSandbox


def _repeat_too_long(left: Any, right: Any) -> bool:
    for sequence, count in ((left, right), (right, left)):
        if isinstance(sequence, str | list | tuple) and isinstance(count, int):
            return len(sequence) * count > _MAX_REPEAT_LENGTH
    return False


def _power_too_big(base: Any, exponent: Any) -> bool:
    if isinstance(base, int) and isinstance(exponent, int):
        return max(abs(base).bit_length(), 1) * abs(exponent) > _MAX_POWER_BITS
    return False


def sandbox_environment() -> jinja2.sandbox.ImmutableSandboxedEnvironment:
    """A fresh sandbox configured as the house rules require (no loader: no includes)."""
    from jinja2 import StrictUndefined

    from fallback_desktop.core.writing import template_limits as limits

    env = _bounded_sandbox_class()(
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        finalize=_printable,
    )
    env.filters.update({name: limits.bounded_filter(name, f) for name, f in env.filters.items()})
    # Placeholder text has no place in a letter, and lipsum(n) is work without a useful limit.
    env.globals.pop("lipsum", None)
    return env


def _printable(value: Any) -> Any:
    """What `{{ }}` may show: text, numbers and lists of them, never functions or internals."""
    from jinja2 import Undefined
    from jinja2.exceptions import SecurityError

    from fallback_desktop.core.writing.template_limits import is_printable

    # A missing field raises its own clear error when it is turned into text.
    if isinstance(value, Undefined) or is_printable(value):
        return value
    raise SecurityError("the template shows an internal object")


@functools.cache
def _environment() -> jinja2.sandbox.ImmutableSandboxedEnvironment:
    return sandbox_environment()


def check_template_source(source: str) -> TemplateProblem | None:
    """Why this source cannot be used, or None when it parses and uses only known fields."""
    from jinja2 import TemplateSyntaxError, meta, nodes

    env = _environment()
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        return TemplateProblem("", msg("error.template_syntax", line=exc.lineno))
    if any(True for _ in meta.find_referenced_templates(tree)):
        return TemplateProblem("", msg("error.template_loads_others"))
    known_fields = template_names()
    try:
        # Compiles the tree: a block defined twice is found only here.
        undeclared = meta.find_undeclared_variables(tree)
    except TemplateSyntaxError as exc:
        return TemplateProblem("", msg("error.template_syntax", line=exc.lineno))
    unknown = sorted(undeclared - known_fields - set(env.globals))
    if unknown:
        names, known = ", ".join(unknown), ", ".join(sorted(known_fields))
        return TemplateProblem("", msg("error.template_unknown_fields", names=names, known=known))
    if "body" not in {block.name for block in tree.find_all(nodes.Block)}:
        return TemplateProblem("", msg("error.template_no_body"))
    return None


def _read_source(path: pathlib.Path) -> str | TemplateProblem:
    name = template_name(path)
    try:
        if path.stat().st_size > _MAX_TEMPLATE_BYTES:
            return TemplateProblem(name, msg("error.template_too_large"))
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return TemplateProblem(name, msg("error.template_not_utf8"))
    except OSError:
        return TemplateProblem(name, msg("error.template_unopenable"))


def template_name(path: pathlib.Path) -> str:
    """The name a template is known by: its file name without `.txt.j2`."""
    return path.name.removesuffix(TEMPLATE_SUFFIX)


def _template_files(folder: pathlib.Path) -> list[pathlib.Path]:
    try:
        return sorted(p for p in folder.glob("*" + TEMPLATE_SUFFIX) if p.is_file())
    except OSError:
        return []


def load_user_templates(folder: pathlib.Path | None = None) -> UserTemplates:
    """Check every `*.txt.j2` in the user's template folder; a missing folder has none."""
    if folder is None:
        from fallback_desktop.paths import user_templates_dir

        folder = user_templates_dir()
    names: list[str] = []
    problems: list[TemplateProblem] = []
    for path in _template_files(folder):
        source = _read_source(path)
        problem = source if isinstance(source, TemplateProblem) else check_template_source(source)
        if problem is None:
            names.append(template_name(path))
        else:
            problems.append(replace(problem, name=template_name(path)))
    return UserTemplates(tuple(names), tuple(problems))


def bundled_file(lang: Lang, purpose: str = DEFAULT_PURPOSE) -> pathlib.Path:
    """Where the bundled letter for a language and purpose lives; ValueError for no purpose."""
    from fallback_desktop.paths import resource

    if purpose not in PURPOSE_IDS:
        raise ValueError(f"no such purpose: {purpose!r}")
    name = BASE_TEMPLATE if purpose == DEFAULT_PURPOSE else purpose + TEMPLATE_SUFFIX
    return resource("templates", lang, name)


@functools.cache
def bundled_template(lang: Lang, purpose: str = DEFAULT_PURPOSE) -> jinja2.Template:
    """The template shipped with the app for a language and purpose, compiled once. A purpose's
    own template extends the general one: render its blocks with `render_bundled`."""
    source = bundled_file(lang, purpose).read_text(encoding="utf-8")
    return _environment().from_string(source)


def render_bundled(lang: Lang, purpose: str, block: str, values: dict[str, Any]) -> str | None:
    """One block of the bundled letter for the purpose, its missing blocks taken from the
    general letter it extends."""
    parents = () if purpose == DEFAULT_PURPOSE else (bundled_template(lang),)
    return render_block(bundled_template(lang, purpose), block, values, parents)


def user_template(name: str, folder: pathlib.Path | None = None) -> jinja2.Template:
    """A user template by name, checked; InputError when it is missing or broken."""
    if folder is None:
        from fallback_desktop.paths import user_templates_dir

        folder = user_templates_dir()
    path = folder / (name + TEMPLATE_SUFFIX)
    if not _SAFE_NAME.fullmatch(name) or name.startswith(".") or not path.is_file():
        raise InputError(msg("error.template_not_found", name=name), field="template")
    source = _read_source(path)
    if isinstance(source, TemplateProblem):
        raise InputError(source.message, field="template")
    problem = check_template_source(source)
    if problem is not None:
        raise InputError(problem.message, field="template")
    from fallback_desktop.core.writing.template_limits import guard_tree

    env = _environment()
    return env.from_string(guard_tree(env.parse(source)))


def render_block(
    template: jinja2.Template,
    block: str,
    values: dict[str, Any],
    parents: tuple[jinja2.Template, ...] = (),
) -> str | None:
    """One block rendered with the values as arguments; None when the template lacks it.

    `parents` are the templates it extends, nearest first: their blocks fill in those the
    template does not define, as Jinja's own `{% extends %}` does while rendering a whole one.
    """
    from fallback_desktop.core.writing.template_limits import render_budget, spend_output

    context = template.new_context(values)
    for parent in parents:
        for name, parent_block in parent.blocks.items():
            context.blocks.setdefault(name, []).append(parent_block)
    renders = context.blocks.get(block)
    if not renders:
        return None
    parts: list[str] = []
    with render_budget(values):
        for part in renders[0](context):
            spend_output(len(part))
            parts.append(part)
    return "".join(parts)
