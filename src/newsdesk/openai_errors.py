"""What went wrong with an OpenAI-compatible call, in one line an operator can act on.

The writer (chat completions) and the embedding evidence (embeddings) reach the same kind
of endpoint through the same SDK, so they fail the same ways and say so the same way:
never with the key, the response body or a traceback, always with what to check.
"""

from __future__ import annotations

import openai


def describe_api_error(exc: Exception, *, timeout_s: float, retries: int, key_env: str,
                       endpoint: str | None = None) -> str:
    """One line for `exc` from the openai SDK (or a ValueError from a body that is not the answer).

    `endpoint` is named on a connection failure when given (a base URL holds no secret; the
    key travels in a header). The SDK has already retried timeouts, 429 and 5xx `retries` times.
    """
    if isinstance(exc, openai.APITimeoutError):  # before APIConnectionError: it is one
        return f"timed out after {timeout_s:g} s ({retries} retries)"
    if isinstance(exc, openai.APIConnectionError):
        cause = type(exc.__cause__ or exc).__name__
        return f"cannot reach {endpoint}: {cause}" if endpoint else f"cannot connect: {cause}"
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return f"HTTP {exc.status_code}: authentication failed; check ${key_env}"
    if isinstance(exc, openai.RateLimitError):
        return f"HTTP {exc.status_code}: rate limited ({retries} retries)"
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}: {type(exc).__name__}"
    return f"unusable response: {type(exc).__name__}"  # a 200 whose body is not what was asked for
