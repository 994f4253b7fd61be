"""The shipped default source list: it loads, it is well-formed, and it is grounded in evidence."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from newsdesk.config import SourceSettings
from newsdesk.errors import ConfigError
from newsdesk.sources.defaults import DEFAULTS_PATH, load_default_sources

KINDS = {"x", "bluesky", "mastodon", "rss", "hn", "reddit", "github", "arxiv", "hf"}
SEED_HANDLES = {"ClementDelangue", "demishassabis", "GaryMarcus", "EMostaque", "dotey"}
X_HANDLE = re.compile(r"^[A-Za-z0-9_]{1,15}$")
GITHUB_REPO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$")


@pytest.fixture(scope="module")
def sources() -> tuple[SourceSettings, ...]:
    return load_default_sources()


def x_sources(sources: tuple[SourceSettings, ...]) -> list[SourceSettings]:
    return [s for s in sources if s.kind == "x"]


def option(source: SourceSettings, name: str) -> object:
    return (source.model_extra or {}).get(name)


def test_the_file_ships_inside_the_package() -> None:
    assert DEFAULTS_PATH.name == "defaults.toml"
    assert DEFAULTS_PATH.is_file()
    assert DEFAULTS_PATH.parent.name == "sources"


def test_every_kind_is_known_and_represented(sources: tuple[SourceSettings, ...]) -> None:
    assert all(isinstance(s, SourceSettings) for s in sources)
    assert {s.kind for s in sources} == KINDS


def test_ids_are_unique_even_ignoring_case(sources: tuple[SourceSettings, ...]) -> None:
    dupes = [i for i, n in Counter(s.id.lower() for s in sources).items() if n > 1]
    assert dupes == []


def test_ids_carry_their_kind(sources: tuple[SourceSettings, ...]) -> None:
    assert [s.id for s in sources if not s.id.startswith(s.kind + ":")] == []


def test_weights_are_in_range(sources: tuple[SourceSettings, ...]) -> None:
    assert [s.id for s in sources if not 0.5 <= s.weight <= 2.0] == []


def test_every_source_has_a_name_and_tags(sources: tuple[SourceSettings, ...]) -> None:
    assert [s.id for s in sources if not s.name or not s.tags] == []
    assert [s.id for s in sources if s.lang not in ("en", "zh")] == []


def test_between_90_and_130_x_accounts(sources: tuple[SourceSettings, ...]) -> None:
    assert 90 <= len(x_sources(sources)) <= 130


def test_the_seed_accounts_are_present(sources: tuple[SourceSettings, ...]) -> None:
    assert SEED_HANDLES - {s.locator for s in x_sources(sources)} == set()


def test_x_handles_are_valid_and_one_source_per_account(sources: tuple[SourceSettings, ...]) -> None:
    xs = x_sources(sources)
    assert [s.locator for s in xs if not X_HANDLE.match(s.locator)] == []
    assert [s.id for s in xs if s.id != f"x:{s.locator}"] == []
    handles = Counter(s.locator.lower() for s in xs)  # X handles are case-insensitive
    assert [h for h, n in handles.items() if n > 1] == []


def test_every_x_source_names_the_token_variable(sources: tuple[SourceSettings, ...]) -> None:
    assert [s.id for s in x_sources(sources) if option(s, "token_env") != "NEWSDESK_X_BEARER_TOKEN"] == []


def test_the_token_is_resolved_only_from_the_environment(sources: tuple[SourceSettings, ...]) -> None:
    karpathy = next(s for s in sources if s.id == "x:karpathy")
    assert "token" not in karpathy.to_source({}).options
    resolved = karpathy.to_source({"NEWSDESK_X_BEARER_TOKEN": "t0ken"}).options["token"]
    assert resolved.get_secret_value() == "t0ken"


def test_rss_locators_are_https_urls(sources: tuple[SourceSettings, ...]) -> None:
    assert [s.locator for s in sources if s.kind == "rss" and not re.match(r"^https://[^/\s]+/\S*$", s.locator)] == []


def test_bridged_feeds_ship_disabled(sources: tuple[SourceSettings, ...]) -> None:
    bridged = [s for s in sources if "bridge" in s.tags]
    assert bridged, "the list documents at least one bridge"
    assert [s.id for s in bridged if option(s, "enabled") is not False] == []


def test_github_locators_are_owner_slash_repo(sources: tuple[SourceSettings, ...]) -> None:
    assert [s.locator for s in sources if s.kind == "github" and not GITHUB_REPO.match(s.locator)] == []


def test_other_locators_have_their_platform_shape(sources: tuple[SourceSettings, ...]) -> None:
    by_kind: dict[str, list[str]] = {}
    for s in sources:
        by_kind.setdefault(s.kind, []).append(s.locator)
    assert all(re.fullmatch(r"r/[A-Za-z0-9_]{2,21}", loc) for loc in by_kind["reddit"])
    assert all(re.fullmatch(r"@[\w.]+@[\w.-]+\.[a-z]{2,}", loc) for loc in by_kind["mastodon"])
    assert all(re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", loc) for loc in by_kind["bluesky"])
    assert all(re.fullmatch(r"[a-z]+\.[A-Z]{2}(,[a-z]+\.[A-Z]{2})*", loc) for loc in by_kind["arxiv"])
    assert set(by_kind["hf"]) == {"papers", "models"}
    hn = [s for s in sources if s.kind == "hn"]
    assert all(option(s, "min_points") == 100 for s in hn)


def test_most_x_handles_are_ones_a_leading_digest_cites(sources: tuple[SourceSettings, ...], corpus: Path) -> None:
    """Keeps the list grounded in evidence: >= 60% of handles appear in AINews' 400 most-cited."""
    with (corpus / "ainews-cited-handles.csv").open(encoding="utf-8", newline="") as fh:
        cited = {row["handle"].lower() for row in csv.DictReader(fh)}
    handles = [s.locator.lower() for s in x_sources(sources)]
    share = sum(h in cited for h in handles) / len(handles)
    assert share >= 0.6, f"only {share:.0%} of X handles are in ainews-cited-handles.csv"


def test_a_bad_entry_names_its_table_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "defaults.toml"
    bad.write_text(
        '[[sources]]\nid = "x:ok"\nkind = "x"\nlocator = "ok"\n\n'
        '[[sources]]\nid = "x:bad"\nkind = "x"\nlocator = "bad"\nweight = "heavy"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"sources\[1\] \(x:bad\): weight: "):
        load_default_sources(bad)


def test_a_missing_key_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "defaults.toml"
    bad.write_text('[[sources]]\nid = "x:nolocator"\nkind = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"sources\[0\] \(x:nolocator\): locator: "):
        load_default_sources(bad)


def test_duplicate_ids_and_broken_toml_are_config_errors(tmp_path: Path) -> None:
    dup = tmp_path / "dup.toml"
    dup.write_text('[[sources]]\nid = "a"\nkind = "x"\nlocator = "a"\n' * 2, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"sources\[1\]\.id: duplicate id 'a'"):
        load_default_sources(dup)
    broken = tmp_path / "broken.toml"
    broken.write_text("[[sources]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_default_sources(broken)


def test_roles_are_short_and_only_on_people(sources: tuple[SourceSettings, ...]) -> None:
    with_role = {s.id: s.role for s in sources if s.role}
    assert with_role["x:sama"] == "OpenAI CEO"
    assert with_role["x:ClementDelangue"] == "Hugging Face CEO"
    assert with_role["x:hwchase17"] == "LangChain CEO"
    assert len(with_role) >= 20
    for sid, role in with_role.items():
        assert len(role) <= 30, sid
    labs = [s.id for s in sources if s.role and "lab" in s.tags]
    assert labs == [], "a lab's own account is no person with a role"


def test_a_role_reaches_the_source_and_the_author_key(sources: tuple[SourceSettings, ...]) -> None:
    from newsdesk.config import Settings
    from newsdesk.sourcelist import effective_sources, source_roles

    roles = source_roles(effective_sources(Settings(), defaults=sources))
    assert roles["x:sama"] == "OpenAI CEO" and roles["x:bcherny"] == "Anthropic Claude Code 负责人"
    assert "x:openai" not in roles
