import json
from pathlib import Path

import pytest

from newsdesk.config import load_settings
from newsdesk.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "newsdesk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_embedded_defaults_need_no_file() -> None:
    s = load_settings(environ={})
    assert s.edition.timezone == "Asia/Shanghai"
    assert s.edition.items == 8
    assert s.edition.period.total_seconds() == 4 * 3600
    assert not s.llm.enabled
    assert s.store_path.name == "newsdesk.db"


def test_file_and_environment_overrides(tmp_path: Path) -> None:
    path = write(tmp_path, """
[edition]
items = 5
timezone = "Europe/Berlin"

[llm]
base_url = "http://127.0.0.1:9/v1"
api_key_env = "MY_KEY"

[[sources]]
id = "rss:blog"
kind = "rss"
locator = "https://blog.example/feed.xml"
weight = 2.5
""")
    env = {"NEWSDESK_EDITION_ITEMS": "6", "NEWSDESK_LLM_MODEL": "qwen-plus", "MY_KEY": "sk-secret",
           "NEWSDESK_HOME": str(tmp_path / "home")}
    s = load_settings(path, environ=env)
    assert s.edition.items == 6  # the environment wins over the file
    assert s.edition.timezone == "Europe/Berlin"
    assert s.llm.enabled and s.llm.model == "qwen-plus"
    assert s.llm.api_key is not None and s.llm.api_key.get_secret_value() == "sk-secret"
    assert s.store_path == tmp_path / "home" / "newsdesk.db"
    (src,) = s.source_list()
    assert (src.id, src.kind, src.weight) == ("rss:blog", "rss", 2.5)
    shown = json.dumps(s.redacted())
    assert "sk-secret" not in shown and "<redacted>" in shown
    assert "sk-secret" not in repr(s)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[edition]\nitems = 0\n", "edition.items"),
        ("[edition]\ntimezone = 'Nowhere/City'\n", "Nowhere/City"),
        ("[edition]\nitemz = 3\n", "edition.itemz"),
        ("[llm]\napi_key = 'sk-x'\n", "llm.api_key"),
        ("[[sources]]\nid = 'a'\nkind = 'rss'\n", "sources.0.locator"),
        ("[[sources]]\nid='a'\nkind='rss'\nlocator='x'\n[[sources]]\nid='a'\nkind='rss'\nlocator='y'\n",
         "duplicate id"),
        ("[edition\n", "invalid TOML"),
    ],
)
def test_bad_configuration_names_the_key(tmp_path: Path, text: str, needle: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_settings(path, environ={})
    assert needle in str(info.value)
    assert str(path) in str(info.value)
    assert "sk-x" not in str(info.value)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml", environ={})


def test_bad_environment_value_is_named() -> None:
    with pytest.raises(ConfigError, match=r"edition\.items"):
        load_settings(environ={"NEWSDESK_EDITION_ITEMS": "many"})


def test_config_show_hides_a_password_written_into_any_url(tmp_path: Path) -> None:
    """Found by benchmarks/fault_matrix.py: an LLM base_url behind an authenticating proxy was shown whole."""
    path = write(tmp_path, """
[llm]
base_url = "https://bot:sk-in-the-url@proxy.example/v1"

[[sources]]
id = "hn:mirror"
kind = "hn"
locator = ""
base_url = "https://u:mirror-pw@hn.example"
""")
    shown = json.dumps(load_settings(path, environ={}).redacted())
    assert "sk-in-the-url" not in shown and "mirror-pw" not in shown
    assert "https://bot:***@proxy.example/v1" in shown and "https://u:***@hn.example" in shown


def test_source_secrets_come_from_the_environment_only(tmp_path: Path) -> None:
    path = write(tmp_path, """
[[sources]]
id = "x:labs"
kind = "x"
locator = "OpenAI,AnthropicAI"
token_env = "MY_X_TOKEN"
""")
    s = load_settings(path, environ={"MY_X_TOKEN": "AAAA-bearer", "OTHER": "nope"})
    (src,) = s.source_list()
    assert src.options["token"].get_secret_value() == "AAAA-bearer"
    assert "AAAA-bearer" not in repr(src) and "AAAA-bearer" not in json.dumps(s.redacted())
    assert "OTHER" not in s.secrets_env
    (unset,) = load_settings(path, environ={}).source_list()
    assert "token" not in unset.options


def test_a_source_may_give_its_person_a_role(tmp_path: Path) -> None:
    path = write(tmp_path, """
[[sources]]
id = "x:sama"
kind = "x"
locator = "sama"
role = " OpenAI CEO "
""")
    (src,) = load_settings(path, environ={}).source_list()
    assert src.role == "OpenAI CEO" and "role" not in src.options
    too_long = write(tmp_path, '[[sources]]\nid = "x:a"\nkind = "x"\nlocator = "a"\nrole = "' + "x" * 61 + '"\n')
    with pytest.raises(ConfigError, match="role"):
        load_settings(too_long, environ={})
