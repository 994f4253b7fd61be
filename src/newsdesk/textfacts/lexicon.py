"""The lexicons, kept as data: word lists, patterns and weights in `textfacts/data/*.toml`.

What makes a post AI news, which spellings name one product, what reads as a launch or a deal:
these are editorial rules that change more often than the code reading them, so they live in
commented TOML files shipped inside the package (read through `importlib.resources`, like the
default source list), one entry per rule with what it is for. Each file is read once per
process. A broken file is a bug in the package, but it still gets an error that names the
file, the entry and the key, never a bare KeyError.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from newsdesk.errors import ConfigError

#: where the lexicons are: `<name>.toml`
LEXICON_DIR: Traversable = resources.files("newsdesk.textfacts").joinpath("data")
#: the package whose `data/` folder holds a lexicon unless told otherwise (the writer keeps its own)
DEFAULT_PACKAGE = "newsdesk.textfacts"


def _origin(name: str, package: str) -> Traversable:
    folder = LEXICON_DIR if package == DEFAULT_PACKAGE else resources.files(package).joinpath("data")
    return folder.joinpath(f"{name}.toml")

#: what a field may hold: one type, or a list of one type
Field = type | tuple[type, type]


@functools.cache
def load(name: str, package: str = DEFAULT_PACKAGE) -> Mapping[str, Any]:
    """The lexicon `name` (`<package>/data/<name>.toml`), parsed; `ConfigError` naming the file if it cannot be."""
    resource = _origin(name, package)
    try:
        return tomllib.loads(resource.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{resource}: cannot read the {name} lexicon: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{resource}: invalid TOML: {exc}") from exc


def entries(
    name: str, table: str, fields: Mapping[str, Field], package: str = DEFAULT_PACKAGE
) -> list[dict[str, Any]]:
    """The `[[table]]` entries of lexicon `name`, in file order, each holding exactly `fields`
    (`(list, str)`: a list of strings). Types are strict, so a weight written `2` rather than
    `2.0` is an error here rather than a silently different score downstream."""
    found = load(name, package).get(table)
    origin = _origin(name, package)
    if not isinstance(found, list) or not all(isinstance(entry, dict) for entry in found):
        raise ConfigError(f"{origin}: {table}: expected an array of [[{table}]] tables")
    for index, entry in enumerate(found):
        where = f"{origin}: {table}[{index}]" + (f" ({entry['name']})" if isinstance(entry.get("name"), str) else "")
        if set(entry) != set(fields):
            missing, extra = sorted(set(fields) - set(entry)), sorted(set(entry) - set(fields))
            raise ConfigError(f"{where}: expected the keys {sorted(fields)} (missing {missing}, unknown {extra})")
        for key, kind in fields.items():
            _check(entry[key], kind, f"{where}.{key}")
    return found


def weights(name: str, table: str) -> dict[str, float]:
    """The `[table]` of lexicon `name` as term -> weight, in file order (every weight a float)."""
    found = load(name).get(table)
    origin = LEXICON_DIR.joinpath(f"{name}.toml")
    if not isinstance(found, dict):
        raise ConfigError(f"{origin}: {table}: expected a [{table}] table of term = weight")
    for term, weight in found.items():
        _check(weight, float, f"{origin}: {table}.{term!r}")
    return dict(found)


def terms(name: str, key: str, package: str = DEFAULT_PACKAGE) -> list[str]:
    """The list of strings `key = [...]` of lexicon `name`, in file order (word lists too long for
    a table per word, commented by group)."""
    found = load(name, package).get(key)
    _check(found, (list, str), f"{_origin(name, package)}: {key}")
    return list(found)


def _check(value: Any, kind: Field, where: str) -> None:
    if isinstance(kind, tuple):
        outer, inner = kind
        if not isinstance(value, outer) or not all(isinstance(v, inner) for v in value):
            raise ConfigError(f"{where}: expected a list of {inner.__name__}, got {value!r}")
    elif type(value) is not kind:  # not isinstance: True is an int, 2 is not a float
        hint = " (written 2.0, not 2)" if kind is float else ""
        raise ConfigError(f"{where}: expected a {kind.__name__}{hint}, got {value!r}")
