"""The lexicons kept as data (textfacts/data/*.toml): shipped, commented, and read strictly."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.errors import ConfigError
from newsdesk.textfacts import lexicon
from newsdesk.textfacts.entities import ALIASES, GENERIC_ENTITIES, is_specific

DATA = Path(str(lexicon.LEXICON_DIR))


@pytest.fixture
def lexicons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A lexicon directory of the test's own; the loader's memory is emptied around it."""
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    lexicon.load.cache_clear()
    yield tmp_path
    lexicon.load.cache_clear()


def test_every_entry_says_what_it_is_for() -> None:
    files = sorted(DATA.glob("*.toml"))
    assert {f.stem for f in files} >= {"relevance", "entities", "kinds"}
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        in_table = False
        for number, line in enumerate(lines, 1):
            if line.startswith("["):
                in_table = not line.startswith("[[")
                if line.startswith("[["):
                    assert re.match(r"^\[\[\w+\]\]  # \S", line), f"{path.name}:{number}: no comment: {line}"
            elif in_table and line.strip() and not line.startswith("#"):
                assert "  # " in line, f"{path.name}:{number}: no comment: {line}"


def test_aliases_come_from_the_data_file() -> None:
    assert ALIASES["qwen"] == ("qwen", "通义千问", "千问", "通义")
    assert set(ALIASES) >= GENERIC_ENTITIES
    assert not is_specific("qwen") and is_specific("kling") and is_specific("gpt-5.5")


def test_a_weight_written_as_an_integer_is_refused(lexicons: Path) -> None:
    (lexicons / "demo.toml").write_text('[[en]]  # x\npattern = "a"\nweight = 2\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"demo\.toml: en\[0\]\.weight: expected a float \(written 2\.0, not 2\)"):
        lexicon.entries("demo", "en", {"pattern": str, "weight": float})


def test_errors_name_the_file_the_entry_and_the_key(lexicons: Path) -> None:
    (lexicons / "demo.toml").write_text(
        '[[alias]]\nname = "a"\nspellings = ["a"]\n\n[[alias]]\nname = "b"\nspelings = ["b"]\n'
        '\n[zh]\n"模型" = 1.0\n"智能" = "half"\n',
        encoding="utf-8",
    )
    fields = {"name": str, "spellings": (list, str)}
    misspelt = r"demo\.toml: alias\[1\] \(b\): .*missing \['spellings'\], unknown \['spelings'\]"
    with pytest.raises(ConfigError, match=misspelt):
        lexicon.entries("demo", "alias", fields)
    with pytest.raises(ConfigError, match=r"demo\.toml: zh\.'智能': expected a float"):
        lexicon.weights("demo", "zh")
    with pytest.raises(ConfigError, match=r"demo\.toml: ad: expected an array of \[\[ad\]\] tables"):
        lexicon.entries("demo", "ad", fields)


def test_unreadable_lexicons_name_the_file(lexicons: Path) -> None:
    (lexicons / "broken.toml").write_text("[[en]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"broken\.toml: invalid TOML"):
        lexicon.load("broken")
    with pytest.raises(ConfigError, match=r"absent\.toml: cannot read the absent lexicon"):
        lexicon.load("absent")


def test_one_vocabulary_of_news_kinds() -> None:
    """Detection, clustering, ranking, novelty, selection and the headline writer read one list."""
    from newsdesk.stories import cluster, novelty, rank, select
    from newsdesk.textfacts.kinds import KINDS, NEWS_KINDS, WEAK_KINDS, detect_kinds
    from newsdesk.writer import headline_zh

    names = [kind.name for kind in KINDS]
    assert names == list(NEWS_KINDS) == ["release", "paper", "funding", "policy", "incident", "shutdown", "pricing"]
    assert {kind.name: kind.merge_points for kind in KINDS} == cluster.KIND_POINTS
    assert {kind.name: kind.rank_weight for kind in KINDS} == rank.KIND_WEIGHTS
    assert cluster.WEAK_KINDS is novelty.WEAK_KINDS is select.WEAK_KINDS is WEAK_KINDS == {"pricing"}
    assert {kind.name for kind in KINDS if kind.headline_news} == headline_zh._NEWS_KINDS
    assert detect_kinds("Acme raised $40M in a Series B") == {"funding"}
    assert detect_kinds("智谱发布了新模型，免费使用") == {"release", "pricing"}
