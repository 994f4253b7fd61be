"""The LLM writer: an edition's stories in batched OpenAI-compatible chat calls, each answer checked in code.

    stories' posts ─evidence─▶ "[s1]" + "1 author: …" lines ─▶ chat ─▶ {"s1": {...}, ...}
      ─validate, each story on its own─▶ citations "1" → post ids ─▶ checks (whole posts) ─▶ Items
      failed stories: once more, together, with their problems as feedback; then LLMError for those
      [llm] verify: each answer that passed, one more call ─▶ {"unsupported": [n]} ─▶ a flagged sentence fails it

The model sees only evidence from the stories' posts (`evidence.py`: the lead's
opening and the sentences or clauses that add a figure or a name, the announcing
posts' first, within a budget that grows with the story's facts), quoted as data
between `<posts>` (one story) or `<stories>` (a batch) tags, one post a line with
no line breaks or angle brackets, so no post can close the block or forge a story;
text that reads as instructions is not shown at all.
Posts are shown as 1, 2, 3 rather than by id (an X id costs ~8 tokens); the
model's citations are mapped back to ids here, and the checks run against the
whole posts cited, so showing less never lets the model claim more. It returns
headline, summary, category and citations for each story; the link and the
attribution are built here from the lead post, never by the model. A batch of one
is sent in the one-story form. Transport retries (429 with Retry-After, 5xx,
timeouts) are the `openai` client's, bounded by `max_retries`; an answer that
fails validation or the faithfulness checks is retried once with the failures as feedback (the failed
stories of a batch together, in a smaller request), then that story gets an
`LLMWriteError` and the caller tries the next fallback model, then the extractive writer.

Each call first reserves its estimated tokens from the edition's `TokenBudget`;
a batch the budget cannot cover is cut from its end, and a story left without
room gets `BudgetSpent`. `cache_key` and `item_from_cache` let the caller serve a
story from the response cache (see `cache.py`) without a request: every story
has its own key, batched or not.

Errors never contain the API key: messages are built here from status codes
and redacted, never copied from a server that might echo the Authorization header.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import openai
from openai import OpenAI
from pydantic import BaseModel, ConfigDict, ValidationError, ValidationInfo, field_validator

from newsdesk import untrusted
from newsdesk.config import LLMSettings
from newsdesk.errors import ConfigError, LLMError
from newsdesk.model import Check, Item, Post, Story
from newsdesk.openai_errors import describe_api_error
from newsdesk.writer.cache import TokenBudget, cache_key, content_hash
from newsdesk.writer.checks import bold_spans, failed, repair_bold, run_checks
from newsdesk.writer.evidence import Coverage, coverage, render_shown, select_evidence, story_posts
from newsdesk.writer.result import Usage
from newsdesk.writer.text import HEADLINE_WIDTH, count_sentences, has_cjk, split_sentences, text_width

log = logging.getLogger(__name__)

MAX_ANSWER_TOKENS = 1024  #: one story's answer is ~300 tokens; the cap bounds a runaway reply
MAX_VERIFY_TOKENS = 256  #: a verification answer lists sentence numbers: ~10 tokens
VERIFY_ESTIMATE_TOKENS = 60  #: what the budget reserves for it
MAX_BATCH_ANSWER_TOKENS = 8192  #: a batch's cap: many providers refuse a larger max_tokens
ANSWER_ESTIMATE_TOKENS = 400  #: what the budget reserves for one story's answer before it arrives
#: English glosses of the default categories, shown next to them in the English prompt
CATEGORY_GLOSSES = {
    "AI快讯": "AI news in brief",
    "技术前沿": "research and technology",
    "开源动态": "open source",
    "行业动态": "industry and products",
    "观点评论": "opinion and commentary",
    "政策监管": "policy and regulation",
    "投融资": "funding and deals",
}
_USER_MARK = "<!-- user -->"
_RETRY_MARK = "<!-- retry -->"
_BATCH_MARK = "<!-- batch -->"


class LLMWriteError(LLMError):
    """The model failed or answered unusably; `usage` holds the tokens spent all the same.

    `rejected`: the model answered, twice, and the answers failed validation or the
    checks (worth remembering in the cache); otherwise the request itself failed.
    """

    def __init__(self, message: str, usage: Usage | None = None, *, rejected: bool = False) -> None:
        super().__init__(message)
        self.usage = usage or Usage()
        self.rejected = rejected


class BudgetSpent(LLMWriteError):
    """The edition's token budget cannot cover another call."""


def estimate_tokens(messages: Sequence[Mapping[str, str]]) -> int:
    """A deliberately high estimate of a request's input tokens: UTF-8 bytes / 3, plus framing.

    BPE tokenizers give English ~4 bytes and Chinese ~3-4 bytes per token, so this
    overestimates both, which is the safe side for a budget.
    """
    return sum(len(m.get("content", "").encode("utf-8")) // 3 + 4 for m in messages) + 3


# --- prompts --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Prompt:
    """A prompt file: `prompts/<language>.md`, front matter with `version`, then four sections:
    the system prompt, the one-story user message (`{{posts}}`), the batch user message
    (`{{stories}}`) and the retry feedback (`{{problems}}`)."""

    version: str
    language: str
    system: str
    user: str
    retry: str
    batch: str = ""


def parse_prompt(text: str, name: str = "prompt") -> Prompt:
    match = re.match(r"\A---\n(.*?)\n---\n(.*)\Z", text, re.DOTALL)
    if not match:
        raise ConfigError(f"{name}: missing front matter with a version")
    meta = dict(
        (k.strip(), v.strip()) for k, _, v in (line.partition(":") for line in match.group(1).splitlines()) if k
    )
    body = match.group(2)
    if "version" not in meta or _USER_MARK not in body or _RETRY_MARK not in body:
        raise ConfigError(f"{name}: needs a version and the {_USER_MARK} and {_RETRY_MARK} sections")
    system, _, rest = body.partition(_USER_MARK)
    rest, _, retry = rest.partition(_RETRY_MARK)
    user, _, batch = rest.partition(_BATCH_MARK)
    return Prompt(meta["version"], meta.get("language", ""), system.strip(), user.strip(), retry.strip(), batch.strip())


@dataclass(frozen=True, slots=True)
class VerifyPrompt:
    """`prompts/verify.md`: front matter with `version`, the system prompt, then the user message
    (`{{posts}}`: the evidence the writer was shown, `{{sentences}}`: the answer, one numbered sentence a line)."""

    version: str
    system: str
    user: str


def load_verify_prompt() -> VerifyPrompt:
    """The bundled verification prompt (the same for every edition language: it quotes, it does not write)."""
    text = (resources.files("newsdesk.writer") / "prompts" / "verify.md").read_text(encoding="utf-8")
    match = re.match(r"\A---\n(.*?)\n---\n(.*)\Z", text, re.DOTALL)
    version = re.search(r"^version:\s*(\S+)", match.group(1), re.MULTILINE) if match else None
    if match is None or version is None or _USER_MARK not in match.group(2):
        raise ConfigError(f"prompts/verify.md: needs a version and the {_USER_MARK} section")
    system, _, user = match.group(2).partition(_USER_MARK)
    return VerifyPrompt(version.group(1), system.strip(), user.strip())


def parse_verdict(content: str | None, finish_reason: str | None, count: int) -> list[int]:
    """The sentence numbers a verification answer flags (`{"unsupported": [2]}`), each in 0..count-1.
    Raises AnswerError for anything else: an answer that cannot be read vouches for nothing."""
    data = _json_object(content, finish_reason)
    flagged = data.get("unsupported")
    if not isinstance(flagged, list):
        raise AnswerError(['verification: no "unsupported" list'])
    out = []
    for n in flagged:
        if isinstance(n, str) and n.strip().isdigit():
            n = int(n)
        if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n < count:
            raise AnswerError([f"verification: {str(n)[:40]!r} is not a sentence number"])
        out.append(n)
    return sorted(set(out))


def load_prompt(language: str) -> Prompt:
    """The bundled prompt for `language` ("zh" or "en")."""
    if not re.fullmatch(r"[a-z]{2}(?:-[A-Za-z]+)?", language or ""):
        raise ConfigError(f"llm.language: {language!r} is not a language code")
    path = resources.files("newsdesk.writer") / "prompts" / f"{language}.md"
    if not path.is_file():
        raise ConfigError(f"llm.language: no prompt for {language!r} (have zh, en)")
    return parse_prompt(path.read_text(encoding="utf-8"), f"prompts/{language}.md")


# --- answers --------------------------------------------------------------------------------------


class Answer(BaseModel):
    """What the model must return; validated with the categories as context."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, frozen=True)

    headline: str
    summary: str
    category: str
    citations: tuple[str, ...]

    @field_validator("headline")
    @classmethod
    def _headline(cls, value: str, info: ValidationInfo) -> str:
        if not value:
            raise ValueError("empty headline")
        if "\n" in value:
            raise ValueError("headline has a line break")
        # 30 Chinese characters; two Latin letters or digits take the room of one
        if text_width(value) > HEADLINE_WIDTH:
            raise ValueError(f"headline too long ({len(value)} characters; at most 30 Chinese or 60 Latin)")
        if (info.context or {}).get("language") == "zh" and not has_cjk(value):
            raise ValueError("headline is not in Chinese")
        return value

    @field_validator("summary")
    @classmethod
    def _summary(cls, value: str, info: ValidationInfo) -> str:
        if (info.context or {}).get("language") == "zh" and not has_cjk(value):
            raise ValueError("summary is not in Chinese")
        value = repair_bold(value)
        n = count_sentences(value.replace("**", ""))
        if not 2 <= n <= 4:
            raise ValueError(f"summary has {n} sentence(s); write 2-4")
        spans, problems = bold_spans(value)
        if problems:
            raise ValueError("; ".join(problems))
        if not 1 <= len(spans) <= 3:
            raise ValueError(f"summary has {len(spans)} bold span(s); mark 1-3 key facts in **bold**")
        return value

    @field_validator("category")
    @classmethod
    def _category(cls, value: str, info: ValidationInfo) -> str:
        allowed = (info.context or {}).get("categories") or ()
        if value not in allowed:
            raise ValueError(f"category {value!r} is not one of {', '.join(allowed)}")
        return value

    @field_validator("citations", mode="before")
    @classmethod
    def _alias_numbers(cls, value: Any) -> Any:
        # posts are shown as 1, 2, 3: a model may cite them as numbers rather than strings
        if isinstance(value, list | tuple):
            return [str(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in value]
        return value

    @field_validator("citations")
    @classmethod
    def _citations(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("no citations")
        return tuple(dict.fromkeys(value))


class AnswerError(ValueError):
    """An answer that is not the JSON object asked for; `problems` are short and fit for feedback."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = tuple(problems)


_FENCE = re.compile(r"\A\s*```(?:json|JSON)?\s*\n?(.*?)\n?\s*```\s*\Z", re.DOTALL)


def _json_object(content: str | None, finish_reason: str | None) -> dict[str, Any]:
    """The JSON object of a reply, fenced or bare. Raises AnswerError."""
    if content is None or not content.strip():
        raise AnswerError(["empty answer"])
    if finish_reason == "length":
        raise AnswerError(["answer cut off at the token limit (truncated JSON)"])
    text = content.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    try:
        data = untrusted.loads(text)
    except json.JSONDecodeError as exc:
        raise AnswerError([f"not valid JSON ({exc.msg} at character {exc.pos})"]) from None
    except untrusted.JSONLimitError as exc:
        raise AnswerError([f"refused JSON ({exc})"]) from None
    if not isinstance(data, dict):
        raise AnswerError(["the answer is not a JSON object"])
    return data


_OPEN_FENCE = re.compile(r"\A\s*```(?:json|JSON)?\s*\n?")


def complete_entries(content: str | None) -> dict[str, Any]:
    """The entries of a cut-off JSON object that arrived whole: `{"s1": {...}, "s2": {"head` -> {"s1": {...}}.

    A batch answer cut at the token limit (or broken near its end) still holds every story
    before the cut intact; each such entry is parsed on its own with the JSON decoder, and the
    first one that does not parse ends the salvage. Nothing is repaired or guessed: an entry is
    kept only if it is complete JSON, and it is validated and checked like any other answer.
    """
    text = _OPEN_FENCE.sub("", (content or "").strip())
    text = re.sub(r"\s*```\s*\Z", "", text)
    entries: dict[str, Any] = {}
    if untrusted.nesting_depth(text) > untrusted.MAX_DEPTH:
        return entries  # a cut-off answer nests no deeper than a whole one; this is junk
    i = text.find("{")
    if i < 0:
        return entries
    i += 1
    while True:
        while i < len(text) and text[i] in " \t\r\n,":
            i += 1
        try:
            key, i = untrusted.DECODER.raw_decode(text, i)
            while i < len(text) and text[i] in " \t\r\n":
                i += 1
            if not isinstance(key, str) or text[i : i + 1] != ":":
                return entries
            i += 1
            while i < len(text) and text[i] in " \t\r\n":
                i += 1
            value, i = untrusted.DECODER.raw_decode(text, i)
        except (ValueError, IndexError, RecursionError):  # broken JSON, or past the limits
            return entries
        entries[key] = untrusted.replace_surrogates(value)[0]


def validate_answer(data: Any, *, categories: Sequence[str], language: str = "") -> Answer:
    """One story's answer (a parsed JSON value) against the schema. Raises AnswerError."""
    if not isinstance(data, dict):
        raise AnswerError(["the answer is not a JSON object"])
    try:
        return Answer.model_validate(data, context={"categories": tuple(categories), "language": language})
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            field = ".".join(str(p) for p in err["loc"]) or "answer"
            msg = str(err["msg"]).removeprefix("Value error, ")
            problems.append(f"{field}: {msg}")
        raise AnswerError(problems) from None



def without_attribution(headline: str, names: Sequence[str]) -> str:
    """The model's headline without the author it repeats: the code appends "-<author>" to every headline (the
    seed's "...-宝玉"), so "...-宝玉" or "宝玉：..." from the model would print the name twice. The prompt says so;
    a model that does it anyway has written nothing false, so the name is taken off rather than the answer refused
    (no retry spent). Only a name standing apart is taken: "Unsloth发布..." keeps its subject."""
    for name in dict.fromkeys(n.strip() for n in names if n and n.strip()):
        who = r"@?" + re.escape(name)
        for pattern in (rf"\s*[-－—–]\s*{who}\s*$", rf"\s*[（(]\s*{who}\s*[)）]\s*$", rf"^\s*{who}\s*[：:|｜]\s*"):
            rest = re.sub(pattern, "", headline, count=1, flags=re.IGNORECASE)
            if rest != headline and len(rest.strip()) >= 2:
                headline = rest.strip()
    return headline


def parse_answer(
    content: str | None, *, categories: Sequence[str], finish_reason: str | None = None, language: str = ""
) -> Answer:
    """Validate a model's reply: fenced or bare JSON, every field as the prompt asks. Raises AnswerError."""
    return validate_answer(_json_object(content, finish_reason), categories=categories, language=language)


def parse_batch_answer(
    content: str | None,
    keys: Sequence[str],
    *,
    categories: Sequence[str],
    finish_reason: str | None = None,
    language: str = "",
) -> dict[str, Answer | AnswerError]:
    """A batch reply, `{"s1": {...}, "s2": {...}}`: each story's answer validated on its own.

    A reply cut off at the token limit, or whose JSON breaks before its end, keeps the stories
    whose entries arrived whole (`complete_entries`); the stories after the cut fail with
    "truncated", so only they are asked again. A reply with no whole entry fails every story;
    a missing or invalid entry fails only its story. Keys the request did not hold are ignored.
    """
    missing = "no answer for story {key}"
    try:
        data = _json_object(content, finish_reason)
    except AnswerError as exc:
        data = complete_entries(content) if content and content.strip() else {}
        if not any(key in data for key in keys):
            return dict.fromkeys(keys, exc)
        cut = "at the token limit" if finish_reason == "length" else "(broken JSON)"
        missing = f"answer cut off {cut} before story {{key}} (truncated JSON)"
        log.info("llm.salvaged stories=%d of=%d finish=%s", sum(k in data for k in keys), len(keys), finish_reason)
    out: dict[str, Answer | AnswerError] = {}
    for key in keys:
        if key not in data:
            out[key] = AnswerError([missing.format(key=key)])
            continue
        try:
            out[key] = validate_answer(data[key], categories=categories, language=language)
        except AnswerError as exc:
            out[key] = exc
    return out


# --- the writer -----------------------------------------------------------------------------------


def _read_completion(response: Any) -> tuple[str | None, str | None, tuple[int, int]]:
    """Content, finish reason and (prompt, completion) tokens of a chat completion; ValueError for anything else.

    The SDK does not validate what a server sends: a 200 with a `text/plain` body comes back as
    a `str`, and `{"choices": "x"}` as an object whose fields are whatever arrived. Each field
    is checked here, so a server's junk is a failed request for those stories, never a crash.
    """
    if isinstance(response, str | bytes) or not hasattr(response, "choices"):
        raise ValueError(f"not a chat completion (a {type(response).__name__})")
    u = getattr(response, "usage", None)
    tokens = (_token_count(getattr(u, "prompt_tokens", 0)), _token_count(getattr(u, "completion_tokens", 0)))
    choices = response.choices
    if not choices:
        return None, None, tokens
    if not isinstance(choices, list):
        raise ValueError("choices is not a list")
    message = getattr(choices[0], "message", None)
    content = getattr(message, "content", None)
    finish = getattr(choices[0], "finish_reason", None)
    if content is not None and not isinstance(content, str):
        raise ValueError(f"the message content is a {type(content).__name__}, not text")
    if content is not None:
        content = untrusted.clean_text(content)  # the SDK's JSON parse lets "\ud800" through
    return content, finish if isinstance(finish, str) else None, tokens


def _token_count(value: Any) -> int:
    """A usage count as reported, or 0 when it is missing or not a plausible count."""
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**9 else 0


def _unusable(exc: Exception) -> str:
    """Why a 200 was not a chat completion, without echoing the body (it may quote the request)."""
    if isinstance(exc, json.JSONDecodeError):
        return f"the body is not JSON ({exc.msg})"
    if isinstance(exc, untrusted.JSONLimitError | ValueError):
        return str(exc)[:200]
    return type(exc).__name__


def _redact(text: str, secret: str | None) -> str:
    if secret:
        text = text.replace(secret, "<redacted>")
    return text


class LLMWriter:
    """Writes stories with one OpenAI-compatible endpoint. Thread-safe; close it (or use `with`)."""

    def __init__(
        self,
        settings: LLMSettings,
        *,
        categories: Sequence[str],
        client: OpenAI | None = None,
        roles: Mapping[str, str] | None = None,
    ) -> None:
        """`roles`: the sources' roles by author and source id (`sourcelist.source_roles`), shown beside
        the authors in the evidence and accepted by the checks."""
        if not settings.enabled:
            raise ConfigError("llm: base_url and model must both be set to use the LLM writer")
        if not categories:
            raise ConfigError("edition.categories: at least one category is needed")
        self.settings = settings
        self.categories = tuple(categories)
        self.roles: Mapping[str, str] = dict(roles or {})
        #: JSON mode for this run: "auto" turns it off after a 400 about response_format (see `_request`)
        self._json_mode = settings.json_mode != "off"
        self.prompt = load_prompt(settings.language)
        self.verify_prompt = load_verify_prompt() if settings.verify else None
        self._secret = settings.api_key.get_secret_value() if settings.api_key else None
        self._client = client or OpenAI(
            base_url=settings.base_url,
            api_key=self._secret or "not-needed",
            timeout=settings.timeout_s,
            max_retries=settings.max_retries,
        )

    @property
    def name(self) -> str:
        return f"llm:{self.settings.model}"

    @property
    def version(self) -> str:
        """The prompt version answers are cached under: with verification on, the verify prompt's too
        ("zh-5+verify-1"), so an answer accepted without verification is never served as verified."""
        return self.prompt.version + (f"+{self.verify_prompt.version}" if self.verify_prompt else "")

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> LLMWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(
        self,
        messages: list[dict[str, str]],
        usage: Usage,
        story_id: str,
        budget: TokenBudget | None = None,
        *,
        stories: int = 1,
        retry: bool = False,
        verify: bool = False,
    ) -> tuple[str | None, str | None, Usage]:
        """One chat completion for `stories` stories (or one verification); returns content, finish reason and
        the usage so far."""
        answer = VERIFY_ESTIMATE_TOKENS if verify else ANSWER_ESTIMATE_TOKENS * stories
        estimate = estimate_tokens(messages) + answer
        if budget is not None and not budget.reserve(estimate, retry=retry):
            raise BudgetSpent("token budget spent", usage)
        spent = 0
        try:
            max_tokens = MAX_VERIFY_TOKENS if verify else min(MAX_ANSWER_TOKENS * stories, MAX_BATCH_ANSWER_TOKENS)
            content, finish, after = self._request(messages, usage, story_id, max_tokens)
            spent = after.tokens - usage.tokens
        except LLMWriteError as exc:
            spent = exc.usage.tokens - usage.tokens
            raise
        finally:
            if budget is not None:
                budget.settle(estimate, spent)
        return content, finish, after

    def _request(
        self, messages: list[dict[str, str]], usage: Usage, story_id: str, max_tokens: int = MAX_ANSWER_TOKENS
    ) -> tuple[str | None, str | None, Usage]:
        s = self.settings
        try:
            try:
                response = self._create(messages, max_tokens, json_mode=self._json_mode)
            except openai.BadRequestError as exc:
                if not (self._json_mode and s.json_mode == "auto" and "response_format" in str(exc).lower()):
                    raise
                # the provider has no JSON mode: ask without it, now and for the rest of the run
                self._json_mode = False
                usage = usage + Usage(calls=1)
                log.info("llm.json_mode_off model=%s reason=provider rejected response_format", s.model)
                response = self._create(messages, max_tokens, json_mode=False)
            content, finish, u = _read_completion(response)
        except openai.APIError as exc:
            reason = describe_api_error(
                exc, timeout_s=s.timeout_s, retries=s.max_retries, key_env=s.api_key_env, endpoint=s.base_url
            )
        except Exception as exc:  # a 200 that is not a chat completion (HTML, text, broken JSON, odd shapes)
            reason = f"unusable response: {_unusable(exc)}"
        else:
            usage = usage + Usage(prompt_tokens=u[0], completion_tokens=u[1], calls=1)
            return content, finish, usage
        usage = usage + Usage(calls=1)
        raise LLMWriteError(_redact(f"{story_id}: llm request failed: {reason}", self._secret), usage)

    def _create(self, messages: list[dict[str, str]], max_tokens: int, *, json_mode: bool) -> Any:
        """One chat completion request; `json_mode` asks for a JSON object, which keeps a model from
        wrapping its answer in prose or fences (the prompt asks for JSON either way)."""
        s = self.settings
        extra: dict[str, Any] = {"response_format": {"type": "json_object"}} if json_mode else {}
        return self._client.chat.completions.create(
            model=s.model,
            messages=messages,  # type: ignore[arg-type]
            temperature=s.temperature,
            max_tokens=max_tokens,
            **extra,
        )

    def prepare(self, story: Story, posts: Mapping[str, Post]) -> Prepared:
        """What the model is shown of `story`, and its content hash. Raises LLMWriteError without posts."""
        found = story_posts(story, posts)
        if found is None:
            raise LLMWriteError(f"story {story.id}: none of its posts is available")
        lead, others = found
        shown = select_evidence(lead, others, settings=self.settings)
        quoted = render_shown(shown, self.roles)
        aliases = tuple(s.post.id for s in shown)
        return Prepared(story, lead, quoted, content_hash(quoted, self.categories), aliases,
                        coverage(lead, others, shown))

    def messages_for(self, batch: Sequence[Prepared]) -> list[dict[str, str]]:
        """The request for `batch`: one story in the one-story form, several as `<stories>` keyed s1, s2, ..."""
        system = self.prompt.system.replace("{{categories}}", self._category_list())
        if len(batch) == 1 or not self.prompt.batch:
            user = self.prompt.user.replace("{{posts}}", batch[0].quoted)
        else:
            keys = _keys(len(batch))
            blocks = [f"[{k}]\n{p.quoted}" for k, p in zip(keys, batch, strict=True)]
            user = self.prompt.batch.replace("{{stories}}", "\n".join(blocks))
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]

    def plan_batches(self, prepared: Sequence[Prepared]) -> list[list[Prepared]]:
        """`prepared` in order, cut into requests of at most `batch_size` stories and `batch_input_tokens`."""
        batches: list[list[Prepared]] = []
        size, limit = self.settings.batch_size, self.settings.batch_input_tokens
        for p in prepared:
            last = batches[-1] if batches else None
            if last is not None and len(last) < size and estimate_tokens(self.messages_for([*last, p])) <= limit:
                last.append(p)
            else:
                batches.append([p])
        return batches

    def _prepare(self, story: Story, posts: Mapping[str, Post]) -> tuple[Post, list[dict[str, str]], str]:
        """The lead post, the one-story request's messages and the story's content hash."""
        p = self.prepare(story, posts)
        return p.lead, self.messages_for([p]), p.content

    def _category_list(self) -> str:
        if self.prompt.language == "zh":
            return "、".join(self.categories)
        # the taxonomy's names are what the answer must hold; an English prompt explains the Chinese ones
        return ", ".join(f"{c} ({CATEGORY_GLOSSES[c]})" if c in CATEGORY_GLOSSES else c for c in self.categories)

    def cache_key(self, story: Story | Prepared, posts: Mapping[str, Post] | None = None) -> str:
        """The response-cache key of this story for this model and prompt version (batched or not)."""
        content = story.content if isinstance(story, Prepared) else self.prepare(story, posts or {}).content
        return cache_key(content, self.settings.model, self.version)

    def _checked(
        self, prepared: Prepared, posts: Mapping[str, Post], answer: Answer
    ) -> tuple[Item | None, tuple[Check, ...]]:
        """The Item for a valid answer when every check passes, else None and the failed checks.

        The checks run against the whole posts cited, not just the evidence the model was shown."""
        story, lead = prepared.story, prepared.lead
        ids = prepared.post_ids(answer.citations)
        cited = tuple(c for c in story.post_ids if c in ids) + tuple(c for c in ids if c not in story.post_ids)
        attribution = lead.byline
        headline = without_attribution(answer.headline, (attribution, lead.author_handle))
        checks = run_checks(headline, answer.summary, story=story, posts=posts, citations=cited, roles=self.roles)
        bad = failed(checks)
        if bad:
            return None, bad
        item = Item(
            story_id=story.id,
            headline=headline,
            attribution=attribution,
            url=lead.url,
            summary=answer.summary,
            category=answer.category,
            writer=self.name,
            post_ids=cited,
            checks=(*checks, Check("prompt", True, self.prompt.version)),
        )
        return item, ()

    def item_from_cache(self, story: Story | Prepared, posts: Mapping[str, Post], response: str) -> Item | None:
        """A cached answer, validated and checked again (checks may have become stricter); None if it fails."""
        p = story if isinstance(story, Prepared) else self.prepare(story, posts)
        try:
            answer = parse_answer(response, categories=self.categories, language=self.prompt.language)
        except AnswerError:
            return None
        item, _ = self._checked(p, posts, answer)
        if item is None:
            return None
        return dataclasses.replace(item, checks=(*item.checks, Check("cache", True, "answer from the response cache")))

    def verify_messages(self, prepared: Prepared, item: Item) -> tuple[list[dict[str, str]], list[str]]:
        """The verification request for `item`: the evidence the writer was shown, and the answer as
        numbered sentences (0 the headline); with the sentences, to name the flagged ones."""
        assert self.verify_prompt is not None
        sentences = [item.headline, *split_sentences(item.summary.replace("**", ""))]
        numbered = "\n".join(f"{n} {' '.join(s.split())}" for n, s in enumerate(sentences))
        user = self.verify_prompt.user.replace("{{posts}}", prepared.quoted).replace("{{sentences}}", numbered)
        return [{"role": "system", "content": self.verify_prompt.system}, {"role": "user", "content": user}], sentences

    def _verify(
        self, prepared: Prepared, item: Item, budget: TokenBudget | None
    ) -> tuple[Item | None, tuple[str, ...], Usage]:
        """The optional second call (`[llm] verify`): the item with a passed "verify" check, or None and
        the flagged sentences as problems (a retry's feedback). Raises LLMWriteError (BudgetSpent) when the
        call fails or its verdict cannot be read (an answer nobody vouched for is not published); its
        tokens are on the error."""
        if self.verify_prompt is None:
            return item, (), Usage()
        messages, sentences = self.verify_messages(prepared, item)
        # an answer already paid for is finished like a retry: a closed budget still lets it be verified
        content, finish, usage = self._call(messages, Usage(), f"verify story {prepared.story.id}", budget,
                                            retry=True, verify=True)
        try:
            flagged = parse_verdict(content, finish, len(sentences))
        except AnswerError as exc:  # the verifier failed, not the answer: like a failed request, no retry
            raise LLMWriteError(f"verify story {prepared.story.id}: unusable verdict: {exc}"[:300], usage) from None
        if flagged:
            return None, tuple(f"verify: the posts do not support sentence {n}: {sentences[n][:160]}"
                               for n in flagged), usage
        check = Check("verify", True, f"{self.verify_prompt.version}: {len(sentences)} sentence(s) supported")
        return dataclasses.replace(item, checks=(*item.checks, check)), (), usage

    @staticmethod
    def answer_json(item: Item) -> str:
        """What the cache keeps of an accepted answer: the fields the model wrote, as checked."""
        return json.dumps(
            {
                "headline": item.headline,
                "summary": item.summary,
                "category": item.category,
                "citations": list(item.post_ids),
            },
            ensure_ascii=False,
        )

    def write(
        self, story: Story, posts: Mapping[str, Post], *, budget: TokenBudget | None = None
    ) -> tuple[Item, Usage]:
        """Write one story; raises LLMWriteError (an LLMError) with the reason and the tokens spent.

        `rejected` is set on the error when both answers failed validation or the checks;
        `BudgetSpent` when `budget` cannot cover a call.
        """
        [outcome] = self.write_batch([self.prepare(story, posts)], posts, budget=budget)
        if outcome.error is not None:
            raise outcome.error
        assert outcome.item is not None
        return outcome.item, outcome.usage

    def _answers(
        self, batch: Sequence[Prepared], content: str | None, finish: str | None
    ) -> list[Answer | AnswerError]:
        if len(batch) == 1:
            try:
                return [
                    parse_answer(
                        content, categories=self.categories, finish_reason=finish, language=self.prompt.language
                    )
                ]
            except AnswerError as exc:
                return [exc]
        by_key = parse_batch_answer(
            content, _keys(len(batch)), categories=self.categories, finish_reason=finish, language=self.prompt.language
        )
        return list(by_key.values())

    def _retry_messages(
        self,
        batch: Sequence[Prepared],
        failed_at: Sequence[int],
        content: str | None,
        problems: Mapping[int, tuple[str, ...]],
    ) -> list[dict[str, str]]:
        """The second request: only the failed stories, the answer they got, and why it was rejected.

        Stories a cut-off answer never reached are simply asked again: there is nothing to correct."""
        retry = [batch[i] for i in failed_at]
        if len(failed_at) == len(batch):
            previous = content or ""
        else:  # only the failed stories' part of the answer, under their keys in the smaller request
            try:
                data = _json_object(content, None)
            except AnswerError:
                data = complete_entries(content)
            old = _keys(len(batch))
            parts = {new: data.get(old[i]) for new, i in zip(_keys(len(retry)), failed_at, strict=True)}
            if all(part is None for part in parts.values()):
                return self.messages_for(retry)
            previous = json.dumps(parts if len(retry) > 1 else parts["s1"], ensure_ascii=False)
        if len(retry) == 1:
            lines = [f"- {p}" for p in problems[failed_at[0]]]
        else:
            lines = [f"- {key}: {p}" for key, i in zip(_keys(len(retry)), failed_at, strict=True) for p in problems[i]]
        feedback = self.prompt.retry.replace("{{problems}}", "\n".join(lines))
        return [
            *self.messages_for(retry),
            {"role": "assistant", "content": previous},
            {"role": "user", "content": feedback},
        ]

    def write_batch(
        self, batch: Sequence[Prepared], posts: Mapping[str, Post], *, budget: TokenBudget | None = None
    ) -> list[StoryOutcome]:
        """Write `batch` in one request; each story's answer is validated and checked on its own.

        The stories whose answers fail are asked again, together, in one smaller request with
        the failures as feedback; a story failing twice gets an `LLMWriteError` with `rejected`.
        A failed request fails the stories it held (not rejected: the next model may do better).
        When `budget` cannot cover the whole batch, it is cut from the end until it fits; the
        stories cut get `BudgetSpent`. Never raises our errors: one outcome per story, in order.
        """
        batch = list(batch)
        out: dict[int, StoryOutcome] = {}
        while True:
            label = f"story {batch[0].story.id}" if len(batch) == 1 else f"batch of {len(batch)} stories"
            messages = self.messages_for(batch)
            try:
                content, finish, usage = self._call(messages, Usage(), label, budget, stories=len(batch))
                break
            except BudgetSpent as exc:
                if budget is not None and (len(batch) == 1 or budget.closed):
                    budget.close()
                    spent = [StoryOutcome(p.story.id, None, Usage(), BudgetSpent(str(exc))) for p in batch]
                    return spent + [out[i] for i in sorted(out)]
                cut = batch.pop()
                out[len(batch)] = StoryOutcome(cut.story.id, None, Usage(), BudgetSpent("token budget spent"))
            except LLMWriteError as exc:
                shares = _share(exc.usage, len(batch))
                failed_all = [
                    StoryOutcome(p.story.id, None, u, LLMWriteError(str(exc), u))
                    for p, u in zip(batch, shares, strict=True)
                ]
                return failed_all + [out[i] for i in sorted(out)]
        cut_off = [out[i] for i in sorted(out)]
        if cut_off and budget is not None:
            budget.close()
        shares = _share(usage, len(batch))
        results: list[StoryOutcome | None] = [None] * len(batch)
        problems: dict[int, tuple[str, ...]] = {}
        for i, (p, answer) in enumerate(zip(batch, self._answers(batch, content, finish), strict=True)):
            if isinstance(answer, AnswerError):
                problems[i] = answer.problems
                continue
            item, bad = self._checked(p, posts, answer)
            if item is None:
                problems[i] = tuple(f"{c.name}: {c.detail}" for c in bad)
                continue
            try:
                item, flagged, spent = self._verify(p, item, budget)
            except LLMWriteError as exc:
                results[i] = StoryOutcome(p.story.id, None, shares[i] + exc.usage, _failed_call(exc, shares[i]))
                continue
            shares[i] = shares[i] + spent
            if item is None:
                problems[i] = flagged
            else:
                log.info("llm.wrote story=%s attempts=1 batch=%d", p.story.id, len(batch))
                results[i] = StoryOutcome(p.story.id, item, shares[i])
        if problems:
            failed_at = sorted(problems)
            for i in failed_at:
                log.info("llm.retry story=%s problems=%s", batch[i].story.id, "; ".join(problems[i]))
            retry = [batch[i] for i in failed_at]
            label = f"story {retry[0].story.id}" if len(retry) == 1 else f"batch of {len(retry)} stories"
            messages = self._retry_messages(batch, failed_at, content, problems)
            try:
                content2, finish2, usage2 = self._call(messages, Usage(), label, budget, stories=len(retry), retry=True)
            except LLMWriteError as exc:
                for i, u in zip(failed_at, _share(exc.usage, len(retry)), strict=True):
                    err = BudgetSpent(str(exc), u) if isinstance(exc, BudgetSpent) else LLMWriteError(str(exc), u)
                    results[i] = StoryOutcome(batch[i].story.id, None, shares[i] + u, err)
            else:
                shares2 = _share(usage2, len(retry))
                answers2 = self._answers(retry, content2, finish2)
                for i, u, answer in zip(failed_at, shares2, answers2, strict=True):
                    p, spent = batch[i], shares[i] + u
                    again: tuple[str, ...]
                    if isinstance(answer, AnswerError):
                        again = answer.problems
                    else:
                        item, bad = self._checked(p, posts, answer)
                        again = tuple(f"{c.name}: {c.detail}" for c in bad)
                        if item is not None:
                            try:
                                item, again, verified = self._verify(p, item, budget)
                            except LLMWriteError as exc:
                                results[i] = StoryOutcome(p.story.id, None, spent + exc.usage,
                                                          _failed_call(exc, spent))
                                continue
                            spent = spent + verified
                        if item is not None:
                            check = Check("retry", True, "first answer: " + "; ".join(problems[i]))
                            item = dataclasses.replace(item, checks=(*item.checks, check))
                            log.info("llm.wrote story=%s attempts=2 batch=%d", p.story.id, len(retry))
                            results[i] = StoryOutcome(p.story.id, item, spent)
                            continue
                    reason = f"story {p.story.id}: answer rejected after a retry: {'; '.join(again)}"
                    error = LLMWriteError(_redact(reason[:600], self._secret), spent, rejected=True)
                    results[i] = StoryOutcome(p.story.id, None, spent, error)
        done = [r for r in results if r is not None]
        assert len(done) == len(batch)
        return done + cut_off


@dataclass(frozen=True, slots=True)
class Prepared:
    """One story as the model is shown it: the lead (for link and attribution), the quoted evidence
    (one post a line, see `evidence.render_shown`), the content hash the cache key is made of, and the
    aliases the evidence uses for the posts."""

    story: Story
    lead: Post
    quoted: str
    content: str
    aliases: tuple[str, ...] = ()  #: the shown posts' ids: the model cites post n as "n"
    coverage: Coverage | None = None  #: the share of the story's facts the evidence shows (`evidence.coverage`)

    def post_ids(self, citations: Sequence[str]) -> tuple[str, ...]:
        """The model's citations as post ids: an alias ("1") maps to its post; anything else is kept as
        written, so the citation check sees (and rejects) what the model invented."""
        out = []
        for c in citations:
            n = int(c) if c.isdigit() else 0
            out.append(self.aliases[n - 1] if 1 <= n <= len(self.aliases) else c)
        return tuple(dict.fromkeys(out))


@dataclass(frozen=True, slots=True)
class StoryOutcome:
    """One story of a batch: its Item, or the error that the caller records and falls back on.

    `usage` is the story's share of the requests it was in (see `_share`).
    """

    story_id: str
    item: Item | None
    usage: Usage
    error: LLMWriteError | None = None


def _failed_call(exc: LLMWriteError, before: Usage) -> LLMWriteError:
    """A failed verification call as its story's error, with the story's tokens so far and the call's."""
    usage = before + exc.usage
    return BudgetSpent(str(exc), usage) if isinstance(exc, BudgetSpent) else LLMWriteError(str(exc), usage)


def _keys(n: int) -> list[str]:
    """The story keys of a batch request: short, so the model copies them and they cost ~1 token."""
    return [f"s{i}" for i in range(1, n + 1)]


def _share(usage: Usage, n: int) -> list[Usage]:
    """A request's usage shared out over its `n` stories: tokens split with the remainder on the
    first, the call counted once (on the first), so the stories' usages sum to the request's."""

    def split(total: int) -> list[int]:
        return [total // n + (1 if i < total % n else 0) for i in range(n)]

    prompt, completion = split(usage.prompt_tokens), split(usage.completion_tokens)
    calls = [usage.calls if i == 0 else 0 for i in range(n)]
    return [Usage(prompt[i], completion[i], calls[i], 0) for i in range(n)]


def make_writers(
    settings: LLMSettings, *, categories: Sequence[str], roles: Mapping[str, str] | None = None
) -> list[LLMWriter]:
    """The primary model's writer, then one per `fallback_models` entry, in the order they are tried.

    A fallback without its own `base_url` or `api_key_env` uses the primary's.
    """
    writers = [LLMWriter(settings, categories=categories, roles=roles)]
    for fb in settings.fallback_models:
        own_key = bool(fb.api_key_env)
        llm = settings.model_copy(
            update={
                "model": fb.model,
                "base_url": fb.base_url or settings.base_url,
                "api_key_env": fb.api_key_env or settings.api_key_env,
                "api_key": fb.api_key if own_key else settings.api_key,
                "fallback_models": (),
            }
        )
        writers.append(LLMWriter(llm, categories=categories, roles=roles))
    return writers
