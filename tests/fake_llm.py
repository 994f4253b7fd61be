"""A real OpenAI-compatible chat endpoint on 127.0.0.1:0 that pops queued replies.

    llm = FakeLLM().start()
    llm.queue(answer(headline=..., summary=..., category=..., citations=[...]))   # a good JSON answer
    llm.queue(text("not json"), status(429, retry_after="0.01"), slow(2.0, ...))
    llm.respond_with(lambda body: answer(...))   # or compute each reply from the request (model, posts)
    llm.respond_with(per_story(fn))   # batched requests (<stories>) answered story by story with fn
    llm.base_url            # "http://127.0.0.1:<port>/v1"
    llm.requests            # every request received: path, headers, parsed JSON body

POST /v1/chat/completions (and /chat/completions) answers with the next queued
reply, else with the responder's reply; with neither it answers HTTP 500 "no
reply queued", so a test that expected fewer calls fails loudly. Nothing here
patches the client: the `openai` SDK talks real HTTP to this server, in the test
process or from a `newsdesk` subprocess.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fake_openai import Answer, FakeOpenAIServer, Recorded, error

__all__ = ["FakeLLM", "FakeReply", "Recorded", "answer", "slow", "status", "text"]


@dataclass(frozen=True)
class FakeReply:
    status: int = 200
    content: str | None = ""  #: the assistant message content (None: JSON null)
    finish_reason: str = "stop"
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    raw_body: bytes | None = None  #: send exactly this body instead of a chat completion
    prompt_tokens: int = 100
    completion_tokens: int = 50
    echo_auth: bool = False  #: put the request's Authorization header in the error body (a leaky server)


def answer(**fields: Any) -> FakeReply:
    """A well-formed chat completion whose content is `fields` as JSON."""
    return FakeReply(content=json.dumps(fields, ensure_ascii=False))


def text(content: str | None, *, finish_reason: str = "stop") -> FakeReply:
    return FakeReply(content=content, finish_reason=finish_reason)


def status(
    code: int, *, retry_after: str | None = None, retry_after_ms: int | None = None, echo_auth: bool = False
) -> FakeReply:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    if retry_after_ms is not None:  # the openai SDK's own header: keeps its backoff short in tests
        headers["retry-after-ms"] = str(retry_after_ms)
    return FakeReply(status=code, headers=headers, echo_auth=echo_auth)


def slow(delay_s: float, reply: FakeReply) -> FakeReply:
    return FakeReply(**{**reply.__dict__, "delay_s": delay_s})


class FakeLLM(FakeOpenAIServer):
    routes = ("/v1/chat/completions", "/chat/completions")
    name = "fake-llm"

    def __init__(self) -> None:
        super().__init__()
        self._replies: deque[FakeReply] = deque()
        self._responder: Callable[[dict[str, Any]], FakeReply] | None = None
        #: answer a request that asks for JSON mode with a 400, as providers without it do
        self.reject_response_format = False

    # -- scripting --
    def queue(self, *replies: FakeReply) -> FakeLLM:
        with self._lock:
            self._replies.extend(replies)
        return self

    def respond_with(self, responder: Callable[[dict[str, Any]], FakeReply] | None) -> FakeLLM:
        """Answer every request the queue does not cover with `responder(request body)`."""
        self._responder = responder
        return self

    def _next(self, body: dict[str, Any]) -> FakeReply | None:
        with self._lock:
            if self._replies:
                return self._replies.popleft()
        return self._responder(body) if self._responder is not None else None

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._replies)

    def answer(self, body: dict[str, Any], headers: dict[str, str]) -> Answer:
        if self.reject_response_format and "response_format" in body:
            return error(400, "Invalid parameter: 'response_format' of type 'json_object' is not supported")
        reply = self._next(body)
        if reply is None:
            return error(500, "no reply queued")
        if reply.raw_body is not None:
            return Answer(reply.status, raw=reply.raw_body, headers=reply.headers, delay_s=reply.delay_s)
        if reply.status != 200:
            message = f"status {reply.status}" + (f" for {headers.get('authorization')}" if reply.echo_auth else "")
            return Answer(reply.status, {"error": {"message": message, "type": "fake"}}, headers=reply.headers,
                          delay_s=reply.delay_s)
        return Answer(200, self._completion(body, reply), headers=reply.headers, delay_s=reply.delay_s)

    @staticmethod
    def _completion(request: dict[str, Any], reply: FakeReply) -> dict[str, Any]:
        return {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": request.get("model", "fake"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": reply.content},
                    "finish_reason": reply.finish_reason,
                }
            ],
            "usage": {
                "prompt_tokens": reply.prompt_tokens,
                "completion_tokens": reply.completion_tokens,
                "total_tokens": reply.prompt_tokens + reply.completion_tokens,
            },
        }


_POST_LINE = re.compile(r"^(?P<id>\d+) (?P<author>[^:]*): (?P<text>.*)$")


def _parse_lines(block: str) -> list[dict[str, Any]]:
    """Post lines ("1 Author: text") as dicts: `id` is the alias the answer cites, `line` the line as sent."""
    posts = []
    for line in block.strip().splitlines():
        match = _POST_LINE.match(line)
        assert match, f"not a post line: {line!r}"
        posts.append({**match.groupdict(), "line": line})
    return posts


def _user(body: dict[str, Any]) -> str:
    return str(next(m["content"] for m in body.get("messages", []) if m.get("role") == "user"))


def story_posts(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The posts a one-story writer request quotes between <posts> and </posts>, one a line."""
    return _parse_lines(_user(body).split("<posts>", 1)[1].rsplit("</posts>", 1)[0])


def faithful(body: dict[str, Any]) -> FakeReply:
    """A Chinese answer every check accepts for any story: it says only who posted, citing the lead.

    A batch request gets one such answer per story, keyed as asked (see `per_story`)."""
    if "<stories>" in _user(body):
        return per_story(faithful)(body)
    lead = story_posts(body)[0]
    author = lead["author"]
    return answer(
        headline=f"{author}的最新动态",
        summary=f"**{author}**发布了一条新消息。该消息已收录进本期简报。",
        category="AI快讯",
        citations=[lead["id"]],
    )


def batch_stories(body: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The stories of a request by key: a batch's `[sN]` blocks, or {"": posts} for a one-story request."""
    user = _user(body)
    if "<stories>" not in user:
        return {"": story_posts(body)}
    inside = user.split("<stories>", 1)[1].rsplit("</stories>", 1)[0]
    blocks = re.split(r"^\[(s\d+)\]$", inside.strip(), flags=re.MULTILINE)[1:]
    return {key: _parse_lines(lines) for key, lines in zip(blocks[::2], blocks[1::2], strict=True)}


def one_story_body(body: dict[str, Any], posts: list[dict[str, Any]]) -> dict[str, Any]:
    """The one-story request `posts` would have been, so per-story responders can answer batch requests."""
    quoted = "\n".join(p["line"] for p in posts)
    return {**body, "messages": [m for m in body["messages"][:1]] + [{"role": "user",
                                                                     "content": f"<posts>\n{quoted}\n</posts>"}]}


def per_story(responder: Callable[[dict[str, Any]], FakeReply]) -> Callable[[dict[str, Any]], FakeReply]:
    """A responder for batched requests from a one-story responder: each story answered on its own,
    the answers put together under their story keys. A story's reply that is not a JSON object goes
    in as a string (the writer rejects just that story); usage is the sum of the stories' replies."""

    def respond(body: dict[str, Any]) -> FakeReply:
        stories = batch_stories(body)
        if list(stories) == [""]:
            return responder(body)
        parts: dict[str, Any] = {}
        prompt = completion = 0
        for key, posts in stories.items():
            reply = responder(one_story_body(body, posts))
            try:
                parts[key] = json.loads(reply.content or "")
            except ValueError:
                parts[key] = reply.content
            prompt, completion = prompt + reply.prompt_tokens, completion + reply.completion_tokens
        return FakeReply(content=json.dumps(parts, ensure_ascii=False), prompt_tokens=prompt,
                         completion_tokens=completion)

    return respond
