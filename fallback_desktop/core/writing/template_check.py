"""What is wrong with a template the person is writing, line by line, before it is used.

`check(source)` lists every problem it finds with the line (and where it can tell, the column)
it is on: a syntax error, a field that does not exist, a read of an internal attribute, loading
another file, a missing body, a file too large. The letter's own check
(`templates.check_template_source`) runs too, so nothing it refuses passes here. Problems are
values; nothing is raised.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fallback_desktop.core.text.catalog import Msg, msg
from fallback_desktop.core.writing.fields import template_names

if TYPE_CHECKING:
    import jinja2
    import jinja2.sandbox
    from jinja2 import nodes

# The same bound as the letter's loader: larger files are not written by hand.
MAX_SOURCE_BYTES = 100_000

_UNCLOSED = re.compile(r"innermost block that needs to be closed is '(\w+)'")
_UNKNOWN_TAG = re.compile(r"Encountered unknown tag '(\w+)'")
_UNEXPECTED_CHAR = re.compile(r"unexpected char (.+?) at (\d+)")
_TWICE = re.compile(r"block '(\w+)' defined twice")


@dataclass(frozen=True)
class Problem:
    """One thing to fix: on `line` (1-based; None for the whole template), at `column` (1-based)
    when it is known, said by `message` (resources/text/user_templates.json, errors.json)."""

    line: int | None
    column: int | None
    message: Msg


@functools.cache
def environment() -> jinja2.sandbox.ImmutableSandboxedEnvironment:
    """The sandbox the letter uses, made once for checking and previewing."""
    from fallback_desktop.core.writing.templates import sandbox_environment

    return sandbox_environment()


def check(source: str) -> list[Problem]:
    """Every problem of the template, in the order of its lines; [] when it can be used."""
    if len(source.encode("utf-8", "surrogatepass")) > MAX_SOURCE_BYTES:
        return [Problem(None, None, msg("error.template_too_large"))]
    from jinja2 import TemplateSyntaxError

    env = environment()
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        return [_syntax_problem(exc, source)]
    loads = _loads_others(tree)
    try:
        # (An `extends` inside a block stops the compiler; it is reported as loading above.)
        unknown = [] if loads else _unknown_fields(tree, source)
    except TemplateSyntaxError as exc:  # what else the compiler refuses on its way
        unknown = [_syntax_problem(exc, source)]
    problems = [*loads, *unknown, *_internal_reads(tree), *_missing_body(tree)]
    if not problems:
        problems = _compile_problems(source)
    if not problems:
        # Whatever the letter's own check refuses is refused here as well.
        from fallback_desktop.core.writing.templates import check_template_source

        refused = check_template_source(source)
        if refused is not None:
            problems.append(Problem(None, None, refused.message))
    # One line reading `a.__x__.__y__` is one thing to fix, not two.
    unique = dict.fromkeys(problems)
    return sorted(unique, key=lambda p: (p.line or 0, p.column or 0))


def _syntax_problem(exc: jinja2.TemplateSyntaxError, source: str) -> Problem:
    text = exc.message or ""
    line = exc.lineno or None
    unclosed = _UNCLOSED.search(text)
    unknown = _UNKNOWN_TAG.search(text)
    char = _UNEXPECTED_CHAR.search(text)
    twice = _TWICE.search(text)
    if twice:
        return Problem(line, None, msg("user_template.block_twice", block=twice.group(1)))
    if unknown and unclosed and unknown.group(1).startswith("end"):
        return Problem(
            line,
            None,
            msg("user_template.syntax_nesting", tag=unknown.group(1), open=unclosed.group(1)),
        )
    if unknown:
        tag = unknown.group(1)
        key = "user_template.syntax_stray_end" if tag.startswith("end") else "user_template.tag"
        return Problem(line, None, msg(key, tag=tag))
    if unclosed:
        return Problem(line, None, msg("user_template.syntax_unclosed", open=unclosed.group(1)))
    if char:
        column = _column_of_offset(source, int(char.group(2)))
        return Problem(line, column, msg("user_template.syntax_char", char=char.group(1)))
    return Problem(line, None, msg("user_template.syntax"))


def _column_of_offset(source: str, offset: int) -> int | None:
    if not 0 <= offset <= len(source):
        return None
    return offset - (source.rfind("\n", 0, offset) + 1) + 1


def _loads_others(tree: nodes.Template) -> list[Problem]:
    from jinja2 import nodes

    kinds = (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)
    return [
        Problem(node.lineno, None, msg("error.template_loads_others"))
        for node in tree.find_all(kinds)
    ]


def _unknown_fields(tree: nodes.Template, source: str) -> list[Problem]:
    from jinja2 import meta, nodes

    known = template_names()
    unknown = meta.find_undeclared_variables(tree) - known - set(environment().globals)
    if not unknown:
        return []
    lines = source.split("\n")
    first: dict[str, int] = {}
    for node in tree.find_all(nodes.Name):
        if node.ctx == "load" and node.name in unknown and node.name not in first:
            first[node.name] = node.lineno
    problems = []
    for name in sorted(unknown):
        line = first.get(name)
        column = _column_of_name(lines, line, name)
        import difflib  # only for a name the template got wrong

        close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
        message = (
            msg("user_template.unknown_field_like", name=name, suggestion=close[0])
            if close
            else msg("user_template.unknown_field", name=name, known=", ".join(sorted(known)))
        )
        problems.append(Problem(line, column, message))
    return problems


def _column_of_name(lines: list[str], line: int | None, name: str) -> int | None:
    if line is None or not 0 < line <= len(lines):
        return None
    found = re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", lines[line - 1])
    return found.start() + 1 if found else None


def _internal_reads(tree: nodes.Template) -> list[Problem]:
    """Attributes and keys that start with '_' and the `attr` filter: ways at Python's insides."""
    from jinja2 import nodes

    problems = []
    for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Filter)):
        if isinstance(node, nodes.Getattr):
            internal = node.attr.startswith("_")
        elif isinstance(node, nodes.Getitem):
            internal = isinstance(node.arg, nodes.Const) and str(node.arg.value).startswith("_")
        else:
            internal = isinstance(node, nodes.Filter) and node.name == "attr"
        if internal:
            problems.append(Problem(node.lineno, None, msg("user_template.internal")))
    return problems


def _missing_body(tree: nodes.Template) -> list[Problem]:
    from jinja2 import nodes

    if any(block.name == "body" for block in tree.find_all(nodes.Block)):
        return []
    return [Problem(None, None, msg("error.template_no_body"))]


def _compile_problems(source: str) -> list[Problem]:
    """What only compiling finds, e.g. a block defined twice."""
    from jinja2 import TemplateSyntaxError

    try:
        compiled(source)
    except TemplateSyntaxError as exc:
        return [_syntax_problem(exc, source)]
    except Exception:  # the compiler's own complaint about odd input: said, never raised
        return [Problem(None, None, msg("user_template.syntax"))]
    return []


@functools.lru_cache(maxsize=8)
def compiled(source: str) -> jinja2.Template:
    """The template as the letter compiles it (every loop and join bounded); cached, since the
    editor checks and previews the same text."""
    from fallback_desktop.core.writing.template_limits import guard_tree

    env = environment()
    return env.from_string(guard_tree(env.parse(source)))
