"""The curated default source list that ships with the package (`defaults.toml`).

The file holds `[[sources]]` tables in the same schema as a user's configuration;
this module reads it and validates every table with `SourceSettings`, so a bad
entry fails loudly at load time with its table index and key, never silently at
fetch time. It is read through `importlib.resources`, which works from a source
tree, an installed wheel or a zip alike. Merging the defaults with the user's own
sources is the caller's business (config / CLI), not this module's.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from newsdesk.config import SourceSettings
from newsdesk.errors import ConfigError

#: where the shipped list lives; a real path when the package is installed unzipped (the usual case)
DEFAULTS_RESOURCE: Traversable = resources.files("newsdesk.sources").joinpath("defaults.toml")
DEFAULTS_PATH = Path(str(DEFAULTS_RESOURCE))


def load_default_sources(source: Traversable | Path | None = None) -> tuple[SourceSettings, ...]:
    """Parse and validate the default source list, in file order.

    `source` is for tests; it defaults to the packaged `defaults.toml`. Raises
    `ConfigError` naming the file, the table (`sources[12]`, with its id when it
    has one) and the key on an invalid entry, a duplicate id, or unreadable TOML.
    """
    resource = DEFAULTS_RESOURCE if source is None else source
    origin = str(resource)
    try:
        data = tomllib.loads(resource.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{origin}: cannot read the default source list: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: invalid TOML: {exc}") from exc
    tables = data.get("sources", [])
    if not isinstance(tables, list):
        raise ConfigError(f"{origin}: sources: expected an array of [[sources]] tables")
    out: list[SourceSettings] = []
    seen: dict[str, int] = {}
    for index, table in enumerate(tables):
        settings = _validate(table, index, origin)
        if settings.id in seen:
            raise ConfigError(
                f"{origin}: sources[{index}].id: duplicate id {settings.id!r} (first at sources[{seen[settings.id]}])"
            )
        seen[settings.id] = index
        out.append(settings)
    return tuple(out)


def _validate(table: Any, index: int, origin: str) -> SourceSettings:
    where = f"{origin}: sources[{index}]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table, got {type(table).__name__}")
    if isinstance(table.get("id"), str):
        where += f" ({table['id']})"
    try:
        return SourceSettings.model_validate(table)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<table>'}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"{where}: {problems}") from None
