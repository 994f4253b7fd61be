"""The LLM writer: one OpenAI-compatible chat call per story, answers validated and checked in code.

    story posts ─quote as JSON data─▶ chat ─▶ JSON answer ─validate─▶ checks ─▶ Item
                                        ▲                          │ failed
                                        └──── once, with feedback ◀┘ then LLMError

The model sees only the story's posts, quoted as data between `<posts>` tags
(a post that says "ignore previous instructions" is just text). It returns
headline, summary, category and the ids it relied on; the link and the
attribution are built here from the lead post, never by the model. Transport
retries (429 with Retry-After, 5xx, timeouts) are the `openai` client's, bounded
by `max_retries`; an answer that fails validation or the faithfulness checks is
retried once with the failures as feedback, then `LLMWriteError` is raised and
the caller tries the next fallback model, then the extractive writer.

Each call first reserves its estimated tokens from the edition's `TokenBudget`;
when the budget cannot cover it, `BudgetSpent` is raised before any request.
`cache_key` and `item_from_cache` let the caller serve a story from the
response cache (see `cache.py`) without a request.

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

from newsdesk.config import LLMSettings
from newsdesk.errors import ConfigError, LLMError
from newsdesk.model import Check, Item, Post, Story
from newsdesk.writer.cache import TokenBudget, cache_key, content_hash
from newsdesk.writer.checks import bold_spans, failed, run_checks
from newsdesk.writer.result import Usage
from newsdesk.writer.text import HEADLINE_WIDTH, clean_text, has_cjk, split_sentences, text_width

log = logging.getLogger(__name__)

MAX_POSTS = 4  #: posts of one story shown to the model, lead first: the lead and up to 3 that add to it
MAX_POST_CHARS = 2000  #: the lead's text; long articles are cut (their opening carries the news)
MAX_OTHER_CHARS = 600  #: each other post's: they confirm and add a detail, the lead carries the news
MAX_ANSWER_TOKENS = 1024  #: an answer is ~300 tokens; the cap bounds a runaway reply
ANSWER_ESTIMATE_TOKENS = 400  #: what the budget reserves for an answer before it arrives
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
    """A prompt file: `prompts/<language>.md`, front matter with `version`, then three sections."""

    version: str
    language: str
    system: str
    user: str
    retry: str


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
    user, _, retry = rest.partition(_RETRY_MARK)
    return Prompt(meta["version"], meta.get("language", ""), system.strip(), user.strip(), retry.strip())


def load_prompt(language: str) -> Prompt:
    """The bundled prompt for `language` ("zh" or "en")."""
    if not re.fullmatch(r"[a-z]{2}(?:-[A-Za-z]+)?", language or ""):
        raise ConfigError(f"llm.language: {language!r} is not a language code")
    path = resources.files("newsdesk.writer") / "prompts" / f"{language}.md"
    if not path.is_file():
        raise ConfigError(f"llm.language: no prompt for {language!r} (have zh, en)")
    return parse_prompt(path.read_text(encoding="utf-8"), f"prompts/{language}.md")


def _post_data(post: Post, max_chars: int = MAX_POST_CHARS) -> dict[str, Any]:
    text = clean_text(post.text)
    if len(text) > max_chars:
        text = text[:max_chars] + "…"
    data: dict[str, Any] = {"id": post.id, "author": post.author_name or post.author_handle}
    if post.title:
        data["title"] = clean_text(post.title)
    data["text"] = text
    return data


def quote_posts(posts: Sequence[Post], *, lead_chars: int = MAX_POST_CHARS, other_chars: int = MAX_POST_CHARS) -> str:
    """The posts as a JSON array, one per line; `<` and `>` escaped so no post can close the `<posts>` block.

    The first post's text is cut at `lead_chars`, the others' at `other_chars`.
    """
    lines = [
        json.dumps(_post_data(p, lead_chars if n == 0 else other_chars), ensure_ascii=False, separators=(",", ":"))
        for n, p in enumerate(posts)
    ]
    raw = "[\n" + ",\n".join(lines) + "\n]"
    return raw.replace("<", "\\u003c").replace(">", "\\u003e")


def _fingerprint(post: Post) -> str:
    text = re.sub(r"^RT @\w+:\s*", "", clean_text(post.text))
    return re.sub(r"\W+", "", text.lower())[:120]


def shown_posts(lead: Post, others: Sequence[Post]) -> list[Post]:
    """What the model is shown of a story: the lead, then up to MAX_POSTS-1 others that say
    something the posts before them did not (a retweet or a copy of the lead adds only tokens)."""
    shown = [lead]
    seen = [_fingerprint(lead)]
    for post in others:
        if len(shown) >= MAX_POSTS:
            break
        key = _fingerprint(post)
        if not key or any(key[:60] in s or s[:60] in key for s in seen if s):
            continue
        shown.append(post)
        seen.append(key)
    return shown


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
        n = len(split_sentences(value.replace("**", "")))
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


def parse_answer(
    content: str | None, *, categories: Sequence[str], finish_reason: str | None = None, language: str = ""
) -> Answer:
    """Validate a model's reply: fenced or bare JSON, every field as the prompt asks. Raises AnswerError."""
    if content is None or not content.strip():
        raise AnswerError(["empty answer"])
    if finish_reason == "length":
        raise AnswerError(["answer cut off at the token limit (truncated JSON)"])
    text = content.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnswerError([f"not valid JSON ({exc.msg} at character {exc.pos})"]) from None
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


# --- the writer -----------------------------------------------------------------------------------


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
    ) -> None:
        if not settings.enabled:
            raise ConfigError("llm: base_url and model must both be set to use the LLM writer")
        if not categories:
            raise ConfigError("edition.categories: at least one category is needed")
        self.settings = settings
        self.categories = tuple(categories)
        self.prompt = load_prompt(settings.language)
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

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> LLMWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(
        self, messages: list[dict[str, str]], usage: Usage, story_id: str, budget: TokenBudget | None = None
    ) -> tuple[str | None, str | None, Usage]:
        """One chat completion; returns content, finish reason and the usage so far."""
        estimate = estimate_tokens(messages) + ANSWER_ESTIMATE_TOKENS
        if budget is not None and not budget.reserve(estimate):
            raise BudgetSpent("token budget spent", usage)
        spent = 0
        try:
            content, finish, after = self._request(messages, usage, story_id)
            spent = after.tokens - usage.tokens
        except LLMWriteError as exc:
            spent = exc.usage.tokens - usage.tokens
            raise
        finally:
            if budget is not None:
                budget.settle(estimate, spent)
        return content, finish, after

    def _request(
        self, messages: list[dict[str, str]], usage: Usage, story_id: str
    ) -> tuple[str | None, str | None, Usage]:
        s = self.settings
        try:
            response = self._client.chat.completions.create(
                model=s.model,
                messages=messages,  # type: ignore[arg-type]
                temperature=s.temperature,
                max_tokens=MAX_ANSWER_TOKENS,
            )
        except openai.APITimeoutError:
            reason = f"timed out after {s.timeout_s:g} s ({s.max_retries} retries)"
        except openai.APIConnectionError as exc:
            reason = f"cannot reach {s.base_url}: {type(exc.__cause__ or exc).__name__}"
        except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
            reason = f"HTTP {exc.status_code}: authentication failed; check ${s.api_key_env}"
        except openai.RateLimitError as exc:
            reason = f"HTTP {exc.status_code}: rate limited ({s.max_retries} retries)"
        except openai.APIStatusError as exc:
            reason = f"HTTP {exc.status_code}: {type(exc).__name__}"
        except openai.APIError as exc:  # a 200 whose body is not a chat completion
            reason = f"unusable response: {type(exc).__name__}"
        else:
            u = response.usage
            usage = usage + Usage(
                prompt_tokens=(u.prompt_tokens or 0) if u else 0,
                completion_tokens=(u.completion_tokens or 0) if u else 0,
                calls=1,
            )
            if not response.choices:
                return None, None, usage
            choice = response.choices[0]
            return choice.message.content, choice.finish_reason, usage
        usage = usage + Usage(calls=1)
        raise LLMWriteError(_redact(f"story {story_id}: llm request failed: {reason}", self._secret), usage)

    def _prepare(self, story: Story, posts: Mapping[str, Post]) -> tuple[Post, list[dict[str, str]], str]:
        """The lead post, the first request's messages and the story's content hash."""
        present = [posts[i] for i in story.post_ids if i in posts]
        lead = posts.get(story.lead_id) or (present[0] if present else None)
        if lead is None:
            raise LLMWriteError(f"story {story.id}: none of its posts is available")
        shown = shown_posts(lead, [p for p in present if p.id != lead.id])
        quoted = quote_posts(shown, other_chars=MAX_OTHER_CHARS)
        user = self.prompt.user.replace("{{posts}}", quoted)
        system = self.prompt.system.replace("{{categories}}", self._category_list())
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        return lead, messages, content_hash(quoted, self.categories)

    def _category_list(self) -> str:
        if self.prompt.language == "zh":
            return "、".join(self.categories)
        # the taxonomy's names are what the answer must hold; an English prompt explains the Chinese ones
        return ", ".join(f"{c} ({CATEGORY_GLOSSES[c]})" if c in CATEGORY_GLOSSES else c for c in self.categories)

    def cache_key(self, story: Story, posts: Mapping[str, Post]) -> str:
        """The response-cache key of this story for this model and prompt version."""
        _, _, content = self._prepare(story, posts)
        return cache_key(content, self.settings.model, self.prompt.version)

    def _checked(
        self, story: Story, posts: Mapping[str, Post], lead: Post, answer: Answer
    ) -> tuple[Item | None, tuple[Check, ...]]:
        """The Item for a valid answer when every check passes, else None and the failed checks."""
        cited = tuple(c for c in story.post_ids if c in answer.citations) + tuple(
            c for c in answer.citations if c not in story.post_ids
        )
        checks = run_checks(answer.headline, answer.summary, story=story, posts=posts, citations=cited)
        bad = failed(checks)
        if bad:
            return None, bad
        item = Item(
            story_id=story.id,
            headline=answer.headline,
            attribution=lead.author_name.strip() or lead.author_handle,
            url=lead.url,
            summary=answer.summary,
            category=answer.category,
            writer=self.name,
            post_ids=cited,
            checks=(*checks, Check("prompt", True, self.prompt.version)),
        )
        return item, ()

    def item_from_cache(self, story: Story, posts: Mapping[str, Post], response: str) -> Item | None:
        """A cached answer, validated and checked again (checks may have become stricter); None if it fails."""
        lead, _, _ = self._prepare(story, posts)
        try:
            answer = parse_answer(response, categories=self.categories, language=self.prompt.language)
        except AnswerError:
            return None
        item, _ = self._checked(story, posts, lead, answer)
        if item is None:
            return None
        return dataclasses.replace(item, checks=(*item.checks, Check("cache", True, "answer from the response cache")))

    @staticmethod
    def answer_json(item: Item) -> str:
        """What the cache keeps of an accepted answer: the fields the model wrote, as checked."""
        return json.dumps(
            {"headline": item.headline, "summary": item.summary, "category": item.category,
             "citations": list(item.post_ids)},
            ensure_ascii=False,
        )

    def write(
        self, story: Story, posts: Mapping[str, Post], *, budget: TokenBudget | None = None
    ) -> tuple[Item, Usage]:
        """Write one story; raises LLMWriteError (an LLMError) with the reason and the tokens spent.

        `rejected` is set on the error when both answers failed validation or the checks;
        `BudgetSpent` when `budget` cannot cover a call.
        """
        lead, messages, _ = self._prepare(story, posts)
        usage = Usage()
        first_problems: tuple[str, ...] = ()
        problems: tuple[str, ...] = ()
        for attempt in (1, 2):
            content, finish, usage = self._call(messages, usage, story.id, budget)
            try:
                answer = parse_answer(
                    content, categories=self.categories, finish_reason=finish, language=self.prompt.language
                )
            except AnswerError as exc:
                problems = exc.problems
            else:
                item, bad = self._checked(story, posts, lead, answer)
                if item is not None:
                    if attempt > 1:
                        retry = Check("retry", True, "first answer: " + "; ".join(first_problems))
                        item = dataclasses.replace(item, checks=(*item.checks, retry))
                    log.info("llm.wrote story=%s attempts=%d tokens=%d", story.id, attempt, usage.completion_tokens)
                    return item, usage
                problems = tuple(f"{c.name}: {c.detail}" for c in bad)
            if attempt == 1:
                first_problems = problems
                feedback = self.prompt.retry.replace("{{problems}}", "\n".join(f"- {p}" for p in problems))
                messages = [
                    *messages,
                    {"role": "assistant", "content": content or ""},
                    {"role": "user", "content": feedback},
                ]
                log.info("llm.retry story=%s problems=%s", story.id, "; ".join(problems))
        reason = f"story {story.id}: answer rejected after a retry: {'; '.join(problems)}"
        raise LLMWriteError(_redact(reason[:600], self._secret), usage, rejected=True)


def make_writers(settings: LLMSettings, *, categories: Sequence[str]) -> list[LLMWriter]:
    """The primary model's writer, then one per `fallback_models` entry, in the order they are tried.

    A fallback without its own `base_url` or `api_key_env` uses the primary's.
    """
    writers = [LLMWriter(settings, categories=categories)]
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
        writers.append(LLMWriter(llm, categories=categories))
    return writers
