"""What one render of a template may cost: the size of each value, the steps, the output.

The sandbox stops unsafe attribute access, but not work: `'a'|center(10**9)`, a format width of
a hundred million, a string replaced into itself, loops nested over long strings or a macro that
calls itself twice per level would freeze the window. So every value a template makes is
measured after each operation, widths and counts are checked before it, and every loop step,
call and written character spends from a budget set for one render. The person's own text does
not count against the limits: a long description is never refused.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from jinja2 import nodes

# Characters (or items) one value made by a template may hold, beyond the person's own text.
MAX_VALUE = 100_000
# Loop steps, calls and filters in one render: a real letter needs a few hundred.
MAX_STEPS = 100_000
# Characters one render may write, beyond the person's own text.
MAX_OUTPUT = 1_000_000

# Filters and str methods whose integer arguments say how long the result gets.
SIZING_FILTERS = frozenset({"center", "indent", "wordwrap", "truncate", "batch", "slice"})
SIZING_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})

# A printf-style conversion: its width and precision, either digits or "*" (taken from args).
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?")
_DIGITS = re.compile(r"\d+")


@dataclass
class Budget:
    """What is left for the render in progress."""

    value_limit: int
    output_left: int
    steps_left: int


_budget: contextvars.ContextVar[Budget | None] = contextvars.ContextVar(
    "template_budget", default=None
)


def _refuse(why: str) -> None:
    from jinja2.exceptions import SecurityError

    raise SecurityError(why)


def deep_size(value: Any, limit: int) -> int:
    """Characters of text plus one per item, counted through containers; stops past `limit`."""
    total, stack = 0, [value]
    while stack and total <= limit:
        item = stack.pop()
        if isinstance(item, str | bytes):
            total += len(item)
        elif isinstance(item, int):
            # About one per decimal digit: squaring a big number again and again is growth too.
            total += item.bit_length() // 3 + 1
        elif isinstance(item, Mapping):
            total += 1
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            total += 1
            stack.extend(item)
        else:
            total += 1
    return total


@contextlib.contextmanager
def render_budget(values: Mapping[str, Any]) -> Iterator[None]:
    """Bound the renders inside; the person's values widen the limits by their own size."""
    given = deep_size(values, 10**12)
    token = _budget.set(Budget(MAX_VALUE + given, MAX_OUTPUT + 2 * given, MAX_STEPS))
    try:
        yield
    finally:
        _budget.reset(token)


def _limit() -> int:
    budget = _budget.get()
    return MAX_VALUE if budget is None else budget.value_limit


def spend_step() -> None:
    budget = _budget.get()
    if budget is not None:
        budget.steps_left -= 1
        if budget.steps_left < 0:
            _refuse("the template takes too many steps")


def spend_output(length: int) -> None:
    budget = _budget.get()
    if budget is not None:
        budget.output_left -= length
        if budget.output_left < 0:
            _refuse("the template writes too much")


def checked(value: Any) -> Any:
    """The value itself, unless it is larger than a template may make."""
    limit = _limit()
    if deep_size(value, limit) > limit:
        _refuse("a value in the template grew too large")
    return value


def bounded_iter(iterable: Iterable[Any]) -> Iterator[Any]:
    """Iterate, spending one step per item."""
    for item in iterable:
        spend_step()
        yield item


def check_counts(args: Iterable[Any]) -> None:
    """Refuse integer arguments that would make a result longer than allowed."""
    limit = _limit()
    if any(isinstance(a, int) and abs(a) > limit for a in args):
        _refuse("a width or count in the template is too large")


def check_percent_format(template: Any, args: Any) -> None:
    """Refuse printf-style widths or precisions (written or passed with "*") that are too big."""
    if not isinstance(template, str):
        return
    specs = _PERCENT_SPEC.findall(template)
    numbers = [int(part) for spec in specs for part in spec if part.isdigit()]
    check_counts(numbers)
    if any("*" in spec for spec in specs):
        check_counts(args if isinstance(args, tuple | list) else (args,))


def check_brace_format(template: str) -> None:
    """Refuse str.format widths that are too big, and widths taken from the arguments."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return  # str.format itself reports the malformed string
    for _literal, _field, spec, _conversion in parsed:
        if spec and "{" in spec:
            _refuse("a format width in the template comes from a value")
        if spec:
            check_counts(int(d) for d in _DIGITS.findall(spec))


def check_replace(text: Any, old: Any, new: Any, count: Any = -1) -> None:
    """Refuse a replacement whose result would be too long (e.g. "" replaced everywhere)."""
    if not (isinstance(text, str) and isinstance(old, str) and isinstance(new, str)):
        return
    times = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    limit = _limit()
    if len(text) + times * len(new) > limit:
        _refuse("a replacement in the template grows too large")


def check_join(separator: Any, items: list[Any]) -> None:
    limit = _limit()
    size = len(str(separator)) * max(len(items) - 1, 0) + deep_size(items, limit)
    if size > limit:
        _refuse("a join in the template grows too large")


def bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """The filter with the checks above before it and a size check after it."""
    offset = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> Any:
        spend_step()
        value, rest = (args[offset], args[offset + 1 :]) if len(args) > offset else (None, ())
        if name in SIZING_FILTERS:
            check_counts([*rest, *kwargs.values()])
        elif name == "format":
            check_percent_format(value, tuple(rest) or tuple(kwargs.values()))
        elif name == "replace":
            check_replace(value, *rest[:3], **kwargs)
        elif name == "join":
            items = list(value) if value is not None else []
            check_join(rest[0] if rest else kwargs.get("d", ""), items)
            args = (*args[:offset], items, *rest)
        return checked(func(*args, **kwargs))

    return run


def check_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Before a template calls a str method: the checks that method needs; returns the
    arguments to call with (an iterator to join is read once, so it is passed on as a list)."""
    spend_step()
    owner = getattr(obj, "__self__", None)
    if not isinstance(owner, str):
        return args
    name = getattr(obj, "__name__", "")
    if name in SIZING_METHODS:
        check_counts([*args, *kwargs.values()])
    elif name == "replace":
        check_replace(owner, *args[:3], **kwargs)
    elif name == "join" and args:
        items = list(args[0])
        check_join(owner, items)
        return (items, *args[1:])
    return args


def is_printable(value: Any) -> bool:
    """True for text, numbers and containers of them: what a letter can show."""
    if value is None or isinstance(value, str | int | float):
        return True
    if isinstance(value, list | tuple | set | frozenset):
        return all(is_printable(item) for item in value)
    if isinstance(value, dict):
        return all(is_printable(k) and is_printable(v) for k, v in value.items())
    return False


def guard_tree(tree: nodes.Template) -> nodes.Template:
    """Route every loop through bounded_iter and every `~` through checked."""
    from jinja2 import nodes
    from jinja2.visitor import NodeTransformer

    def call(name: str, arg: nodes.Node) -> nodes.Call:
        return nodes.Call(
            nodes.EnvironmentAttribute(name),
            [cast("nodes.Expr", arg)],
            [],
            None,
            None,
            lineno=arg.lineno,
        )

    class Guard(NodeTransformer):
        def visit_For(self, node: nodes.For) -> nodes.Node:  # noqa: N802 (visitor naming)
            self.generic_visit(node)
            node.iter = call("bounded_iter", node.iter)
            return node

        def visit_Concat(self, node: nodes.Concat) -> nodes.Node:  # noqa: N802
            self.generic_visit(node)
            return call("checked", node)

    result = Guard().visit(tree)
    assert isinstance(result, nodes.Template)
    return result
