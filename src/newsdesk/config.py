"""Configuration: one TOML file plus `NEWSDESK_<SECTION>_<KEY>` overrides, parsed once.

Every key has a default, so the embedded defaults run with no file at all. The
result is a frozen `Settings` passed down to every stage; no other module reads
`os.environ`, which keeps stages deterministic and tests free of hidden inputs.

Secrets never live in the file: it names the environment variable that holds
one (`api_key_env = "DEEPSEEK_API_KEY"`), and `load_settings` resolves it into a
`SecretStr`, whose repr is `**********`, so it cannot leak into a log line.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator

from newsdesk.errors import ConfigError
from newsdesk.model import Source
from newsdesk.slots import DEFAULT_TITLE, DEFAULT_TZ, zone

ENV_PREFIX = "NEWSDESK_"
DEFAULT_CATEGORIES = ("AI快讯", "技术前沿", "开源动态", "行业动态", "观点评论", "政策监管", "投融资")
MAX_BODY_BYTES = 15 * 2**20  # miniflux's cap: larger bodies are not feeds anyone reads
#: small (118M parameters), multilingual (50+ languages incl. Chinese), sentence-transformers
LOCAL_EMBEDDINGS_MODEL = "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2"


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EditionSettings(_Section):
    timezone: str = DEFAULT_TZ
    period_hours: float = Field(default=4, gt=0, le=24)
    title_template: str = DEFAULT_TITLE
    items: int = Field(default=8, ge=1, le=50)  #: stories per edition
    per_author_cap: int = Field(default=2, ge=1)  #: at most this many picks led by one author
    out_dir: str = "content/posts"
    categories: tuple[str, ...] = DEFAULT_CATEGORIES

    @field_validator("period_hours")
    @classmethod
    def _divides_a_day(cls, value: float) -> float:
        # Slots are aligned to midnight and keyed by their end hour (YYYY.MM.DD.HH): only a whole
        # number of hours that divides 24 gives the same wall-clock slots every day and unique keys.
        if not float(value).is_integer() or 24 % int(value):
            raise ValueError(f"must be a whole number of hours that divides 24 (1, 2, 3, 4, 6, 8, 12, 24), "
                             f"got {value:g}")
        return value

    @field_validator("title_template")
    @classmethod
    def _fillable(cls, value: str) -> str:
        try:
            value.format(key="2026.04.22.12", hours=4, date="2026-04-22", hour="12")
        except (KeyError, IndexError, ValueError, AttributeError) as exc:
            raise ValueError(f"{value!r} cannot be filled: {exc!r} (known fields: key, hours, date, hour)") from None
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            zone(value)
        except ConfigError as exc:  # pydantic reports ValueErrors with the key's path
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @property
    def period(self) -> timedelta:
        return timedelta(hours=self.period_hours)


def _postgres_or_empty(value: str, empty_means: str) -> str:
    """A setting that holds a PostgreSQL URL or nothing; the error shows the URL with its password redacted."""
    from newsdesk.store.base import is_postgres_url, redact_url

    if value and not is_postgres_url(value):
        raise ValueError(f"{redact_url(value)!r} is not a postgresql:// URL (leave it empty for {empty_means})")
    return value


class StoreSettings(_Section):
    path: str = ""  #: empty: newsdesk.db under $NEWSDESK_HOME or the user data dir
    #: "postgresql://user:password@host/db": the PostgreSQL store instead of the SQLite file (`path` unused).
    #: Holds a password, so it never appears in repr, logs, errors or `config show` unredacted.
    url: str = Field(default="", repr=False)

    @field_validator("url")
    @classmethod
    def _postgres_url(cls, value: str) -> str:
        return _postgres_or_empty(value, "the SQLite file at [store] path")


class FetchSettings(_Section):
    timeout_s: float = Field(default=20.0, gt=0)
    max_body_bytes: int = Field(default=MAX_BODY_BYTES, gt=0)
    max_redirects: int = Field(default=5, ge=0)
    concurrency: int = Field(default=8, ge=1)
    per_host: int = Field(default=2, ge=1)
    retries: int = Field(default=2, ge=0)
    #: the longest a 429/503 Retry-After is waited out; longer asks fail with "retry in N s"
    max_wait_s: float = Field(default=60.0, ge=0)
    user_agent: str = "newsdesk/0.1 (+https://github.com/newsdesk/newsdesk)"


class CollectSettings(_Section):
    #: start from the curated list shipped with newsdesk (sources/defaults.toml)
    use_default_sources: bool = True
    #: a source failing this many times in a row is parked (skipped) until `newsdesk sources reset`
    park_after_failures: int = Field(default=3, ge=1)
    #: posts per calendar month (UTC) that all `x` sources together may read from the paid API;
    #: paced over the month's remaining slots and shared round-robin (0: no shared cap)
    x_monthly_read_budget: int = Field(default=10_000, ge=0)


class StoriesSettings(_Section):
    #: how far back the store is read to learn each author's usual engagement
    baseline_days: float = Field(default=14, ge=0)
    #: minimum relevance score for a post to count as AI news
    relevance_threshold: float = 1.0
    #: a post with fewer characters of its own words (no links, no @mentions) is "empty"
    min_text_chars: int = Field(default=3, ge=0)
    #: near-duplicate when the Jaccard similarity of character shingles reaches this (exact, by prefix filtering)
    near_duplicate_jaccard: float = Field(default=0.8, gt=0, le=1)
    #: posts by one author this close together are one thread (X threads post in bursts)
    thread_gap_s: float = Field(default=20, ge=0)
    #: two posts sharing a specific entity can join only within this many hours
    entity_window_hours: float = Field(default=36, gt=0)
    #: posts sharing a link or quoting the same post join only this close in time
    link_window_hours: float = Field(default=72, gt=0)
    #: a merge on entity or text evidence may not grow a story past this many posts
    max_story_posts: int = Field(default=40, ge=2)
    #: no merge on shared keys or weak evidence may stretch a story over more than this many hours
    max_story_span_hours: float = Field(default=72, gt=0)
    #: recency half-life for ranking
    recency_half_life_hours: float = Field(default=12, gt=0)
    #: embedding similarity as one more (gated) clustering evidence, docs/embeddings.md: "off", "openai"
    #: (any OpenAI-compatible `POST {base_url}/embeddings`) or "local" (sentence-transformers, the
    #: `[embeddings]` extra)
    embeddings: Literal["off", "openai", "local"] = "off"
    embeddings_base_url: str = ""  #: "openai": the endpoint's base, e.g. http://localhost:11434/v1
    embeddings_model: str = ""  #: "openai": required; "local": default LOCAL_EMBEDDINGS_MODEL
    embeddings_api_key_env: str = "NEWSDESK_EMBEDDINGS_API_KEY"  #: unset variable: no key (local servers)
    #: cosine similarity two posts need; depends on the model (docs/embeddings.md)
    embeddings_threshold: float = Field(default=0.8, gt=0, le=1)
    #: only posts this close in time are compared
    embeddings_window_hours: float = Field(default=12, gt=0)
    embeddings_batch_size: int = Field(default=64, ge=1, le=2048)  #: texts per request
    embeddings_timeout_s: float = Field(default=30.0, gt=0)
    embeddings_max_retries: int = Field(default=2, ge=0)  #: on timeouts, 408/409/429 and 5xx
    embeddings_api_key: SecretStr | None = None  #: resolved from embeddings_api_key_env, never from the file

    @model_validator(mode="after")
    def _embeddings_endpoint(self) -> StoriesSettings:
        if self.embeddings == "openai" and not (self.embeddings_base_url and self.embeddings_model):
            raise ValueError('embeddings = "openai" needs embeddings_base_url and embeddings_model')
        return self

    @property
    def embeddings_model_name(self) -> str:
        """The model actually used: "local" falls back to the small multilingual default."""
        if self.embeddings == "local":
            return self.embeddings_model or LOCAL_EMBEDDINGS_MODEL
        return self.embeddings_model


class FallbackModel(_Section):
    """A model tried when the ones before it fail; empty base_url/api_key_env: the primary's."""

    model: str = Field(min_length=1)
    base_url: str = ""
    api_key_env: str = ""
    api_key: SecretStr | None = None  #: resolved from api_key_env, never from the file


class LLMSettings(_Section):
    base_url: str = ""  #: empty: no LLM; the extractive writer is used
    model: str = ""
    api_key_env: str = "NEWSDESK_LLM_API_KEY"
    timeout_s: float = Field(default=60.0, gt=0)
    max_retries: int = Field(default=2, ge=0)
    concurrency: int = Field(default=4, ge=1)
    #: stories written in one request (the system prompt sent once); 1: one request per story
    batch_size: int = Field(default=8, ge=1, le=32)
    #: a batch is split further when its request would exceed this many (estimated) input tokens
    batch_input_tokens: int = Field(default=12_000, ge=1000)
    temperature: float = Field(default=0.2, ge=0, le=2)
    language: str = "zh"
    #: ask for a JSON object (`response_format`): "on" always, "off" never, "auto" until the provider
    #: answers 400 about response_format, then without it for the rest of the run
    json_mode: Literal["auto", "on", "off"] = "auto"
    api_key: SecretStr | None = None  #: resolved from api_key_env, never from the file
    #: tried in order when the model above fails: "name" (same endpoint) or {model, base_url, api_key_env}
    fallback_models: tuple[FallbackModel, ...] = ()
    #: tokens (input + output) one edition may spend; then the remaining stories go extractive (0: no limit)
    max_tokens_per_edition: int = Field(default=0, ge=0)
    #: a second, cheap call per accepted answer: the same model lists the sentences the evidence does not
    #: support (`prompts/verify.md`); a flagged sentence fails the answer like a failed check
    verify: bool = False
    #: evidence a story may show the model (estimated tokens): a base, more for each distinct fact of its posts, capped
    evidence_tokens: int = Field(default=60, ge=16)
    evidence_tokens_per_fact: int = Field(default=12, ge=0)
    evidence_tokens_max: int = Field(default=1500, ge=16)
    price_input_per_mtok: float = Field(default=0.0, ge=0)  #: per million input tokens, for the cost report
    price_output_per_mtok: float = Field(default=0.0, ge=0)
    currency: str = "USD"

    @field_validator("fallback_models", mode="before")
    @classmethod
    def _fallback_names(cls, value: Any) -> Any:
        # NEWSDESK_LLM_FALLBACK_MODELS="a,b" and fallback_models = ["a", {model = "b", ...}] alike
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if isinstance(value, list | tuple):
            return tuple({"model": v} if isinstance(v, str) else v for v in value)
        return value

    @property
    def enabled(self) -> bool:
        return bool(self.base_url and self.model)


CHANNEL_KINDS = ("telegram", "feishu", "dingtalk", "wecom", "slack", "discord", "webhook", "email")


class ChannelSettings(_Section):
    """One push channel, `[[publish.channels]]`. Secrets are named by variable, never written here.

    `url_env`, `token_env`, `secret_env` and `password_env` name environment variables;
    `load_settings` resolves them into `url`, `token`, `secret` and `password` (SecretStr).
    """

    name: str = ""  #: the id recorded per edition (default: the kind); unique
    kind: str
    enabled: bool = True
    url_env: str = ""  #: the webhook URL (feishu, dingtalk, wecom, slack, discord, webhook)
    token_env: str = ""  #: telegram: the bot token
    secret_env: str = ""  #: feishu/dingtalk signing secret; webhook HMAC key
    password_env: str = ""  #: email: the SMTP password
    base_url: str = "https://api.telegram.org"  #: telegram API base (tests point it at loopback)
    chat_id: str = ""  #: telegram: the chat or @channel
    max_messages: int = Field(default=3, ge=1, le=20)  #: more would be trimmed, ending with a link
    #: resend a message whose delivery is unknown (timeout or 5xx after sending); unset: [publish]'s
    resend_unknown: bool | None = None
    #: email
    smtp_host: str = ""
    smtp_port: int = Field(default=0, ge=0, le=65535)  #: 0: 465 with ssl, 587 with starttls, else 25
    security: str = Field(default="starttls", pattern="^(starttls|ssl|none)$")
    username: str = ""
    sender: str = ""
    recipients: tuple[str, ...] = ()
    ca_file: str = ""  #: extra CA bundle for a private SMTP server
    url: SecretStr | None = None  #: resolved from url_env
    token: SecretStr | None = None  #: resolved from token_env
    secret: SecretStr | None = None  #: resolved from secret_env
    password: SecretStr | None = None  #: resolved from password_env

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        if value not in CHANNEL_KINDS:
            raise ValueError(f"unknown channel kind {value!r} (known: {', '.join(CHANNEL_KINDS)})")
        return value

    @property
    def id(self) -> str:
        return self.name or self.kind


class PublishSettings(_Section):
    #: where the site lives; pushes that must be trimmed end with a link to the full edition
    site_url: str = ""
    #: the full edition's address: `{site_url}` and `{key}` are filled in
    edition_url: str = "{site_url}/editions/{key}/"  #: the site's page for an edition (render/views.py)
    timeout_s: float = Field(default=15.0, gt=0)
    retries: int = Field(default=2, ge=0)  #: extra attempts within one run (connect errors, 429, 5xx)
    retry_backoff_s: float = Field(default=1.0, ge=0)
    #: false: at most once (a push that may have arrived is not resent); true: at least once
    resend_unknown: bool = False
    channels: tuple[ChannelSettings, ...] = ()
    #: the static site and feeds (`newsdesk edition --site DIR`, `newsdesk site`)
    site_dir: str = "public"
    site: bool = True  #: write the HTML site (index, one page per edition)
    feeds: bool = True  #: write feed.xml (RSS 2.0), atom.xml and feed.json
    recent: int = Field(default=20, ge=1, le=1000)  #: editions in the feeds and on the index
    language: str = Field(default="zh-CN", pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")  #: lang and UI
    title: str = ""  #: the site's and feeds' title (empty: by language, "AI 新闻简报")
    description: str = ""

    def resends_unknown(self, channel: ChannelSettings) -> bool:
        """Whether `channel` resends a message whose delivery is unknown (its own key, else this section's)."""
        return self.resend_unknown if channel.resend_unknown is None else channel.resend_unknown

    def link_for(self, key: str) -> str:
        """The full edition's URL, or "" when no site is configured."""
        if not self.site_url:
            return ""
        return self.edition_url.format(site_url=self.site_url.rstrip("/"), key=key)


class ServeSettings(_Section):
    delay_s: float = Field(default=60.0, ge=0)  #: wait this long after a slot boundary (late posts)
    catch_up: int = Field(default=2, ge=0)  #: missed slots built after downtime, besides the latest
    site_host: str = "127.0.0.1"
    site_port: int = Field(default=8080, ge=0, le=65535)


class DistributedSettings(_Section):
    """`newsdesk worker` and `serve --distributed`: jobs on a procrastinate queue in PostgreSQL."""

    #: the queue's database; empty: the store's (`[store] url`). May hold a password: redacted like the store's
    queue_url: str = Field(default="", repr=False)
    #: after this long an edition is built even if some of its slot's collect jobs are still running
    collect_timeout_s: float = Field(default=600.0, gt=0)
    poll_s: float = Field(default=5.0, gt=0)  #: how often a scheduler looks at the jobs of the slot under way
    concurrency: int = Field(default=8, ge=1)  #: jobs one worker runs at once (threads: they wait on the network)
    heartbeat_s: float = Field(default=10.0, gt=0)  #: a worker's heartbeat interval
    #: a worker silent this long is dead: its running jobs are retried by another
    stalled_after_s: float = Field(default=30.0, gt=0)
    #: when workers look for stalled jobs (cron; a 6th field is seconds)
    stalled_check_cron: str = "* * * * *"
    once_timeout_s: float = Field(default=1800.0, gt=0)  #: `serve --distributed --once` gives up after this long

    @field_validator("queue_url")
    @classmethod
    def _postgres_queue(cls, value: str) -> str:
        return _postgres_or_empty(value, "the store's database")


class SourceSettings(_Section):
    model_config = ConfigDict(frozen=True, extra="allow")

    id: str
    kind: str
    locator: str
    name: str = ""
    weight: float = Field(default=1.0, ge=0)
    lang: str | None = None
    tags: tuple[str, ...] = ()
    role: str = Field(default="", max_length=60)  #: who the account's person is ("OpenAI CEO"); shown to the LLM writer

    def to_source(self, environ: Mapping[str, str] | None = None) -> Source:
        """The record stages use; `<name>_env` options are resolved to `<name>` secrets.

        `token_env = "NEWSDESK_X_BEARER_TOKEN"` in the file becomes
        `options["token"]`, a `SecretStr` read from that variable (absent: not set).
        """
        extra = dict(self.model_extra or {})
        for name, var in list(extra.items()):
            if name.endswith("_env") and isinstance(var, str) and environ and environ.get(var):
                extra[name[: -len("_env")]] = SecretStr(environ[var])
        return Source(
            id=self.id, kind=self.kind, locator=self.locator, name=self.name or self.id,
            weight=self.weight, lang=self.lang, tags=self.tags, role=self.role.strip(), options=extra,
        )


class Settings(_Section):
    """The whole effective configuration, validated."""

    edition: EditionSettings = EditionSettings()
    store: StoreSettings = StoreSettings()
    fetch: FetchSettings = FetchSettings()
    collect: CollectSettings = CollectSettings()
    stories: StoriesSettings = StoriesSettings()
    llm: LLMSettings = LLMSettings()
    publish: PublishSettings = PublishSettings()
    serve: ServeSettings = ServeSettings()
    distributed: DistributedSettings = DistributedSettings()
    sources: tuple[SourceSettings, ...] = ()
    home: str = ""  #: $NEWSDESK_HOME, where the store lives by default
    shared: str = ""  #: $NEWSDESK_SHARED: the labelled days and corpus used by `newsdesk eval`
    #: the environment variables that sources name with `<option>_env`, captured once at load time
    secrets_env: Mapping[str, str] = Field(default_factory=dict, exclude=True, repr=False)

    @property
    def store_path(self) -> Path:
        if self.store.path:
            return Path(self.store.path).expanduser()
        base = Path(self.home).expanduser() if self.home else Path(platformdirs.user_data_dir("newsdesk"))
        return base / "newsdesk.db"

    def source_list(self) -> tuple[Source, ...]:
        return tuple(s.to_source(self.secrets_env) for s in self.sources)

    def redacted(self) -> dict[str, Any]:
        """The settings as plain data with every secret replaced, for `config show` and logs."""
        data = self.model_dump(mode="json")
        from newsdesk.store.base import redact_url

        if self.store.url:
            data["store"]["url"] = redact_url(self.store.url)
        if self.llm.api_key is not None:
            data["llm"]["api_key"] = "<redacted>"
        if self.stories.embeddings_api_key is not None:
            data["stories"]["embeddings_api_key"] = "<redacted>"
        for fallback, fb in zip(data["llm"]["fallback_models"], self.llm.fallback_models, strict=True):
            if fb.api_key is not None:
                fallback["api_key"] = "<redacted>"
        for channel in data.get("publish", {}).get("channels", []):
            for name in ("url", "token", "secret", "password"):
                if channel.get(name) is not None:
                    channel[name] = "<redacted>"
        if self.distributed.queue_url:
            data["distributed"]["queue_url"] = redact_url(self.distributed.queue_url)
        return _redact_url_passwords(data)


def _redact_url_passwords(value: Any) -> Any:
    """Every URL in `value` without the password of its userinfo: an operator may write credentials into any
    URL setting (an LLM `base_url` behind a proxy, a source mirror), and `config show` must not print them."""
    from newsdesk.store.base import redact_url

    if isinstance(value, dict):
        return {k: _redact_url_passwords(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_url_passwords(v) for v in value]
    if isinstance(value, str) and "://" in value and "@" in value:
        return redact_url(value)
    return value


_SECTIONS = ("edition", "store", "fetch", "collect", "stories", "llm", "publish", "serve", "distributed")


def _env_overrides(environ: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """`NEWSDESK_LLM_BASE_URL=...` -> {"llm": {"base_url": "..."}} for every known section."""
    out: dict[str, dict[str, str]] = {}
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        rest = name[len(ENV_PREFIX):].lower()
        for section in _SECTIONS:
            if rest.startswith(section + "_"):
                out.setdefault(section, {})[rest[len(section) + 1:]] = value
                break
    return out


def _describe(exc: ValidationError, origin: str) -> str:
    lines = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"])
        lines.append(f"{origin}: {key}: {str(err['msg']).removeprefix('Value error, ')}")
    return "; ".join(lines)


def load_settings(
    path: str | Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Read the TOML file (if any), apply environment overrides, validate, resolve secrets.

    `path` defaults to `$NEWSDESK_CONFIG`; with neither, the embedded defaults apply.
    Errors name the file and the key, and are `ConfigError`, which the CLI turns into exit 2.
    """
    env = os.environ if environ is None else environ
    path = path or env.get("NEWSDESK_CONFIG") or None
    data: dict[str, Any] = {}
    origin = "defaults"
    if path is not None:
        origin = str(path)
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"{path}: configuration file not found") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read configuration: {exc}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    for section, values in _env_overrides(env).items():
        if section == "llm":
            # NEWSDESK_LLM_API_KEY is the default api_key_env: resolved below, not a setting
            values = {k: v for k, v in values.items() if k != "api_key"}
        data.setdefault(section, {}).update(values)
    if "NEWSDESK_HOME" in env:
        data["home"] = env["NEWSDESK_HOME"]
    if "NEWSDESK_SHARED" in env:
        data["shared"] = env["NEWSDESK_SHARED"]
    if "api_key" in data.get("llm", {}):
        raise ConfigError(f"{origin}: llm.api_key: secrets do not belong in the file; set api_key_env")
    if "embeddings_api_key" in data.get("stories", {}):
        raise ConfigError(f"{origin}: stories.embeddings_api_key: secrets do not belong in the configuration; "
                          "set embeddings_api_key_env")
    for n, fallback in enumerate(data.get("llm", {}).get("fallback_models") or ()):
        if isinstance(fallback, dict) and "api_key" in fallback:
            raise ConfigError(f"{origin}: llm.fallback_models.{n}.api_key: secrets do not belong in the file; "
                              "set api_key_env")
    for n, channel in enumerate(data.get("publish", {}).get("channels", []) or []):
        for name in ("url", "token", "secret", "password"):
            if isinstance(channel, dict) and name in channel:
                raise ConfigError(f"{origin}: publish.channels.{n}.{name}: secrets do not belong in the file; "
                                  f"set {name}_env")
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, origin)) from None
    ids = [s.id for s in settings.sources]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ConfigError(f"{origin}: sources: duplicate id(s) {', '.join(dupes)}")
    if settings.sources:
        _check_sources(settings.sources, origin)
    # Variables that sources may name with `<option>_env`: those the file's sources name, and
    # every NEWSDESK_* one (the shipped defaults and CLI-added sources use that prefix).
    wanted = {v for src in settings.sources for k, v in (src.model_extra or {}).items()
              if k.endswith("_env") and isinstance(v, str)}
    wanted |= {k for k in env if k.startswith(ENV_PREFIX)}
    if wanted:
        settings = settings.model_copy(update={"secrets_env": {k: env[k] for k in wanted if k in env}})
    if settings.publish.channels:
        settings = settings.model_copy(update={"publish": _resolve_channels(settings.publish, env, origin)})
    key = env.get(settings.llm.api_key_env)
    if key:
        settings = settings.model_copy(
            update={"llm": settings.llm.model_copy(update={"api_key": SecretStr(key)})}
        )
    embeddings_key = env.get(settings.stories.embeddings_api_key_env)
    if embeddings_key and settings.stories.embeddings != "off":
        settings = settings.model_copy(update={"stories": settings.stories.model_copy(
            update={"embeddings_api_key": SecretStr(embeddings_key)})})
    if any(fb.api_key_env and env.get(fb.api_key_env) for fb in settings.llm.fallback_models):
        fallbacks = tuple(
            fb.model_copy(update={"api_key": SecretStr(env[fb.api_key_env])})
            if fb.api_key_env and env.get(fb.api_key_env) else fb
            for fb in settings.llm.fallback_models
        )
        settings = settings.model_copy(
            update={"llm": settings.llm.model_copy(update={"fallback_models": fallbacks})}
        )
    return settings


def _check_sources(sources: tuple[SourceSettings, ...], origin: str) -> None:
    """ConfigError for every configured source whose kind, locator or base_url is wrong, naming file and key."""
    from newsdesk.sources.base import source_problem  # the kinds import this module

    problems = []
    for n, spec in enumerate(sources):
        problem = source_problem(spec.to_source())
        if problem is not None:
            key, reason = problem
            problems.append(f"{origin}: sources.{n}.{key} (id {spec.id!r}): {reason}")
    if problems:
        raise ConfigError("; ".join(problems))


def _resolve_channels(publish: PublishSettings, env: Mapping[str, str], origin: str) -> PublishSettings:
    """Check channel ids are unique and read each channel's `<name>_env` variables into secrets."""
    ids = [c.id for c in publish.channels]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ConfigError(f"{origin}: publish.channels: duplicate name(s) {', '.join(dupes)}; "
                          "give each channel of one kind its own name")
    resolved = []
    for channel in publish.channels:
        update: dict[str, Any] = {}
        for name in ("url", "token", "secret", "password"):
            var = getattr(channel, f"{name}_env")
            if var and env.get(var):
                update[name] = SecretStr(env[var])
        resolved.append(channel.model_copy(update=update))
    return publish.model_copy(update={"channels": tuple(resolved)})
