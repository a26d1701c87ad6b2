"""YAML written by users (answers, waivers, clause libraries, rules) read defensively.

PyYAML's safe loader still lets through what ends in a traceback or a silent surprise:
an impossible date (``2027-02-30``) or a 5000-digit number raises a bare ``ValueError``,
a duplicate key quietly keeps the last value, a deep nest exhausts the recursion limit.
``InputLoader`` turns the first two into ``ConstructorError`` with the line, and refuses
duplicate keys naming both lines; ``problem`` gives the one-line message of any failure.
"""

from __future__ import annotations

import yaml
from yaml.constructor import ConstructorError

_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader where libyaml is there
MAX_DIGITS = 100  # no answer, duration or amount needs a longer number


class InputLoader(_Base):
    """A safe loader that never raises anything but a ``yaml.YAMLError`` on bad data."""

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                    line = key_node.start_mark.line + 1
                    if key_node.value in seen:
                        raise ConstructorError(None, None, f"duplicate key {_short(key_node.value)!r} on lines "
                                               f"{seen[key_node.value]} and {line}", key_node.start_mark)
                    seen[key_node.value] = line
        return super().construct_mapping(node, deep=deep)

    def _checked(self, construct, node, what: str):
        if len(str(node.value)) > MAX_DIGITS + 40:
            raise ConstructorError(None, None, f"{what} {_short(node.value)!r} is too long", node.start_mark)
        try:
            return construct(self, node)
        except (ValueError, OverflowError) as error:
            raise ConstructorError(None, None, f"impossible {what} {_short(node.value)!r} ({error})",
                                   node.start_mark) from None

    def construct_yaml_timestamp(self, node):
        return self._checked(_Base.construct_yaml_timestamp, node, "date")

    def construct_yaml_int(self, node):
        return self._checked(_Base.construct_yaml_int, node, "number")

    def construct_yaml_float(self, node):
        return self._checked(_Base.construct_yaml_float, node, "number")


InputLoader.add_constructor("tag:yaml.org,2002:timestamp", InputLoader.construct_yaml_timestamp)
InputLoader.add_constructor("tag:yaml.org,2002:int", InputLoader.construct_yaml_int)
InputLoader.add_constructor("tag:yaml.org,2002:float", InputLoader.construct_yaml_float)


def _short(value: object) -> str:
    from .safe_text import shorten

    return shorten(str(value), 60)


def problem(error: Exception, text: str = "") -> str:
    """One line for a failure of ``yaml.load``: where, then what."""
    where, what = located(error, text)
    return f"{where}: {what}" if where else what


def located(error: Exception, text: str = "") -> tuple[str, str]:
    """("line L, column C" or "", what went wrong, with the key when its line has one)."""
    if isinstance(error, RecursionError):
        return "", "nested too deeply"
    mark = getattr(error, "problem_mark", None)
    what = getattr(error, "problem", None) or (str(error).splitlines() or ["invalid"])[0]
    if mark is None:
        return "", _short(what)
    lines = text.splitlines()
    line = lines[mark.line] if mark.line < len(lines) else ""
    key = line.split(":", 1)[0].strip(" -\t") if ":" in line else ""
    if key and key.replace("_", "").isalnum() and "duplicate key" not in what:
        what = f"{key}: {what}"
    return f"line {mark.line + 1}, column {mark.column + 1}", what


def load(text: str, loader: type = InputLoader):
    """``yaml.load`` that raises only ``yaml.YAMLError`` or ``RecursionError``."""
    return yaml.load(text, Loader=loader)  # noqa: S506 (a SafeLoader)
