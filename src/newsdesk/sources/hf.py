"""The `hf` source: Hugging Face daily papers (joined to arXiv) and trending models.

    locator "papers":  GET {base}/api/daily_papers?date=YYYY-MM-DD&limit=..   for today and the days before
                       ─▶ parse_daily_papers ─▶ hf:paper:<arXiv id>
    locator "models":  GET {base}/api/models?sort=trendingScore&limit=..
                       ─▶ parse_models       ─▶ hf:model:<repo id>

Daily papers are arXiv papers that someone put on the day's list, so each post links
`https://arxiv.org/abs/<id>`: the story stage then joins it with the `arxiv` source's
post of the same paper (and with X posts linking either page) on the key `arxiv:<id>`.
The list for a date keeps growing and gaining upvotes through the day, and weekend lists
are short or empty, so the source reads `days` dates (default 2: today and yesterday,
in UTC) every run, conditionally where the Hub sends validators; upvotes are `likes`.
`created_at` is when the paper joined the list (`submittedOnDailyAt`), which is when it
became news here; the arXiv date stays in `raw`.

Trending models carry `likes`, `downloads` and `trendingScore` (as `score`); their
`arxiv:<id>` tags become arXiv links, and the model page is a link too, so a post
linking the model joins it. `created_at` is the repository's creation: a model that
trends for a week does not become news again every day.

The Hub renames repositories with a 307 and a relative `Location`
(`/api/models/t5-small` -> `/api/models/google-t5/t5-small`); `HttpClient` follows it,
and `parse_models` accepts a single model object as well as a list.

Options: `days` (papers, default 2), `limit` (default 50 models / 100 papers), `token`
(optional, from `token_env`), `base_url` (default `https://huggingface.co`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote, urlencode

from newsdesk.errors import ConfigError, SourceError
from newsdesk.fetch import HttpClient, redact_url
from newsdesk.model import Post, Source, utc
from newsdesk.sources import _api
from newsdesk.sources.base import FetchOutcome, register
from newsdesk.sources.rss import absolute_http, cap_text, normalize_space

DEFAULT_BASE_URL = "https://huggingface.co"
WEB_URL = "https://huggingface.co"
ABS_URL = "https://arxiv.org/abs/{id}"
DEFAULT_DAYS = 2
DEFAULT_MODEL_LIMIT = 50
DEFAULT_PAPER_LIMIT = 100
MAX_LIMIT = 100  #: the Hub's documented ceiling for daily_papers; plenty for trending models
MAX_AUTHORS = 20

_ARXIV_ID = re.compile(r"^\d{4}\.\d{4,5}$")
_ARXIV_TAG = re.compile(r"^arxiv:(\d{4}\.\d{4,5})$", re.IGNORECASE)


def _author_names(authors: Any) -> list[str]:
    names: list[str] = []
    for author in authors if isinstance(authors, list) else ():
        if isinstance(author, Mapping):
            if author.get("hidden"):
                continue
            name = author.get("name")
        else:
            name = author
        name = normalize_space(str(name or ""))
        if name:
            names.append(name)
    return names


def parse_daily_papers(
    data: Any, *, source_id: str, fetched_at: datetime, url: str = "hf"
) -> tuple[list[Post], list[str]]:
    """A `daily_papers` list into Posts; SourceError when `data` is not a list (an error object)."""
    fetched_at = utc(fetched_at)
    where = redact_url(url)
    if not isinstance(data, list):
        message = data.get("error") if isinstance(data, dict) else None
        raise SourceError(f"not a daily papers list from {where}" + (f": {message}" if message else ""))
    posts: list[Post] = []
    warnings: list[str] = []
    for index, item in enumerate(data):
        paper = item.get("paper") if isinstance(item, dict) else None
        if not isinstance(paper, dict) or not str(paper.get("id") or "").strip():
            warnings.append(f"{where}: entry {index} has no paper id; skipped")
            continue
        paper_id = str(paper["id"]).strip()
        created = (
            _api.iso_to_utc(item.get("submittedOnDailyAt"))
            or _api.iso_to_utc(item.get("publishedAt"))
            or _api.iso_to_utc(paper.get("publishedAt"))
        )
        if created is None:
            warnings.append(f"{where}: paper {paper_id} has no usable date; skipped")
            continue
        title = normalize_space(str(paper.get("title") or item.get("title") or ""))
        names = _author_names(paper.get("authors"))
        text = normalize_space(str(paper.get("summary") or paper.get("ai_summary") or ""))
        links: list[str] = []
        if _ARXIV_ID.match(paper_id):
            links.append(ABS_URL.format(id=paper_id))
        else:
            warnings.append(f"{where}: paper {paper_id!r} is not an arXiv id; no arXiv link")
        repo = paper.get("githubRepo")
        for candidate in (repo, paper.get("projectPage")):
            resolved = absolute_http(str(candidate or ""))
            if resolved:
                links.append(resolved)
        page = f"{WEB_URL}/papers/{paper_id}"
        posts.append(Post(
            id=f"hf:paper:{paper_id}",
            source_id=source_id,
            platform="hf",
            author_handle=names[0] if names else "huggingface",
            author_name=(", ".join(names[:MAX_AUTHORS]) + (" et al." if len(names) > MAX_AUTHORS else ""))
            or "Hugging Face Papers",
            url=page,
            text=cap_text(text or title),
            created_at=created,
            fetched_at=fetched_at,
            lang="en",
            title=title,
            metrics=_api.metrics_of(likes=paper.get("upvotes"), comments=item.get("numComments")),
            links=_api.dedupe_links(links, drop=page),
            raw=item,
        ))
    return posts, warnings


def parse_models(
    data: Any, *, source_id: str, fetched_at: datetime, url: str = "hf"
) -> tuple[list[Post], list[str]]:
    """A `/api/models` list (or one `/api/models/<id>` object) into Posts."""
    fetched_at = utc(fetched_at)
    where = redact_url(url)
    if isinstance(data, dict) and "id" in data:
        data = [data]
    if not isinstance(data, list):
        message = data.get("error") if isinstance(data, dict) else None
        raise SourceError(f"not a list of models from {where}" + (f": {message}" if message else ""))
    posts: list[Post] = []
    warnings: list[str] = []
    for index, item in enumerate(data):
        model_id = str((item.get("id") or item.get("modelId") or "") if isinstance(item, dict) else "").strip()
        if not model_id:
            warnings.append(f"{where}: model {index} has no id; skipped")
            continue
        if item.get("private") or item.get("disabled"):
            continue
        created = _api.iso_to_utc(item.get("createdAt")) or _api.iso_to_utc(item.get("lastModified"))
        if created is None:
            warnings.append(f"{where}: model {model_id} has no usable date; skipped")
            continue
        page = f"{WEB_URL}/{quote(model_id, safe='/')}"
        tags = [str(t) for t in item.get("tags") or () if isinstance(t, str)]
        papers = [m.group(1) for t in tags if (m := _ARXIV_TAG.match(t))]
        author = str(item.get("author") or (model_id.split("/")[0] if "/" in model_id else ""))
        pipeline = str(item.get("pipeline_tag") or "")
        library = str(item.get("library_name") or "")
        details = ", ".join(d for d in (pipeline, library) if d)
        text = f"{model_id} on Hugging Face" + (f" ({details})" if details else "")
        if papers:
            text += "; papers: " + ", ".join(f"arXiv:{p}" for p in papers)
        posts.append(Post(
            id=f"hf:model:{model_id}",
            source_id=source_id,
            platform="hf",
            author_handle=author,
            author_name=author,
            url=page,
            text=text,
            created_at=created,
            fetched_at=fetched_at,
            title=model_id,
            metrics=_api.metrics_of(
                likes=item.get("likes"), downloads=item.get("downloads"), score=item.get("trendingScore"),
            ),
            # the page itself too: links are what stories join on (hf:<org>/<name>)
            links=_api.dedupe_links([page, *(ABS_URL.format(id=p) for p in papers)]),
            raw=item,
        ))
    return posts, warnings


def papers_url(base: str, day: str, limit: int) -> str:
    return f"{base}/api/daily_papers?{urlencode({'date': day, 'limit': str(limit)})}"


def models_url(base: str, limit: int) -> str:
    return f"{base}/api/models?{urlencode({'sort': 'trendingScore', 'limit': str(limit)})}"


@register
class HuggingFaceSource:
    """Daily papers or trending models, by locator; see the module docstring."""

    kind = "hf"

    @staticmethod
    def check(source: Source) -> None:
        """The locator's errors, found when the configuration is loaded (see `base.check_source`)."""
        if source.locator.strip().lower() not in ("papers", "models"):
            raise ConfigError(f"hf locator must be 'papers' or 'models', got {source.locator!r}")

    def fetch(self, source: Source, state: Mapping[str, Any], client: HttpClient) -> FetchOutcome:
        previous = dict(state)
        what = source.locator.strip().lower()
        if what not in ("papers", "models"):
            raise ConfigError(f"hf locator must be 'papers' or 'models', got {source.locator!r}")
        base = _api.base_url(source, DEFAULT_BASE_URL)
        headers = {"Accept": _api.JSON_ACCEPT}
        secret = _api.token(source)
        if secret:
            headers["Authorization"] = f"Bearer {secret}"
        now = client.now()
        if what == "models":
            limit = _api.int_option(source, "limit", DEFAULT_MODEL_LIMIT, low=1, high=MAX_LIMIT)
            urls = [models_url(base, limit)]
        else:
            limit = _api.int_option(source, "limit", DEFAULT_PAPER_LIMIT, low=1, high=MAX_LIMIT)
            days = _api.int_option(source, "days", DEFAULT_DAYS, low=1, high=7)
            today = now.date()
            urls = [papers_url(base, (today - timedelta(days=n)).isoformat(), limit) for n in range(days)]
        posts: dict[str, Post] = {}
        warnings: list[str] = []
        validators = previous.get("validators") or {}
        unchanged = 0
        try:
            for url in urls:
                response = _api.conditional_get(client, url, previous, headers)
                validators = _api.remember_validators(validators, url, response)
                if response.not_modified:
                    unchanged += 1
                    continue
                parse = parse_models if what == "models" else parse_daily_papers
                found, warns = parse(_api.load_json(response), source_id=source.id, fetched_at=now,
                                     url=response.url)
                warnings.extend(warns)
                for post in found:
                    posts.setdefault(post.id, post)  # a paper on two days' lists is one post
        except SourceError as exc:
            return FetchOutcome(source.id, state=previous, error=str(exc), warnings=tuple(warnings))
        new_state: dict[str, Any] = {**previous, "validators": validators}
        if what == "papers" and posts:
            newest = max(p.created_at for p in posts.values())
            known = _api.iso_to_utc(previous.get("newest_submitted"))
            new_state["newest_submitted"] = max(newest, known or newest).isoformat()
        return FetchOutcome(
            source.id, posts=tuple(posts.values()), state=new_state, warnings=tuple(warnings),
            not_modified=unchanged == len(urls),
        )
