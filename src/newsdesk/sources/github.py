"""The `github` source: releases of one repository, from the Atom feed or the REST API.

    api = "atom" (default, no token):  GET https://github.com/<o>/<r>/releases.atom  ─▶ rss.parse_feed ─▶ parse_atom
    api = "rest" (or a token is set):  GET https://api.github.com/repos/<o>/<r>/releases?per_page=..
                                       (If-None-Match; Authorization: Bearer ..)    ─▶ parse_releases

The Atom feed needs no token and is not rate limited like the API, but it carries
no draft/prerelease flags and only an `updated` time. The REST API says which releases
are prereleases and when each was published; with a token it allows 5,000 calls an
hour, and a 304 answer to a conditional request does not count against that budget,
which is why the ETag is kept per URL in the cursor.

Each release becomes `github:<owner>/<repo>@<tag>`, titled "<repo> <tag>" (with
" (pre-release)" when the API says so); its text is the release name (when it says more
than the tag) and the notes, Markdown or HTML, as plain text capped at
`rss.MAX_TEXT_CHARS`. Links start with the repository URL, so a release joins the posts
that link to the repository. Drafts (visible only to a token with push access) are skipped.

Locator: `owner/repo` (a `https://github.com/owner/repo` URL works too). Options:
`api` (`atom` | `rest`), `token` (from `token_env`), `per_page` (REST, default 30),
`base_url` (the endpoint of the chosen `api`), `web_url` (where canonical release URLs
point; default `https://github.com`, a GitHub Enterprise host otherwise).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from newsdesk.errors import ConfigError, SourceError
from newsdesk.fetch import HttpClient, redact_url
from newsdesk.model import Post, Source, utc
from newsdesk.sources import _api
from newsdesk.sources.base import FetchOutcome, register
from newsdesk.sources.rss import FEED_ACCEPT, absolute_http, cap_text, html_to_text, normalize_space

WEB_URL = "https://github.com"
API_URL = "https://api.github.com"
API_VERSION = "2022-11-28"  #: pinned so a new API version cannot change the payload under us
REST_ACCEPT = "application/vnd.github+json"
DEFAULT_PER_PAGE = 30
MAX_PER_PAGE = 100

_REPO = re.compile(r"^(?:https?://[^/]+/)?([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+?)(?:\.git)?/?$")
#: Atom entry ids: tag:github.com,2008:Repository/<numeric repo id>/<tag, which may contain slashes>
_ATOM_ID = re.compile(r"^tag:[^:]+:Repository/\d+/(.+)$")
_TAG_PATH = re.compile(r"/releases/tag/(.+)$")


def repo_of(locator: str) -> tuple[str, str]:
    """`owner/repo` (or a GitHub URL of a repository) -> (owner, repo); ConfigError otherwise."""
    match = _REPO.match(locator.strip())
    if not match:
        raise ConfigError(f"github locator {locator!r} is not owner/repo")
    return match.group(1), match.group(2)


def release_url(owner: str, repo: str, tag: str, web_url: str = WEB_URL) -> str:
    return f"{web_url.rstrip('/')}/{owner}/{repo}/releases/tag/{quote(tag, safe='/@+')}"


def _release_post(
    *, owner: str, repo: str, tag: str, name: str, body_text: str, body_links: list[str], url: str,
    created: datetime, fetched_at: datetime, source_id: str, prerelease: bool, web_url: str,
    metrics: dict[str, float], raw: Mapping[str, Any],
) -> Post:
    repo_url = f"{web_url.rstrip('/')}/{owner}/{repo}"
    title = f"{repo} {tag}" + (" (pre-release)" if prerelease else "")
    name = normalize_space(name)
    lead = name if name and name != tag and name not in (title, f"{repo} {tag}") else ""
    text = " ".join(t for t in (lead, body_text) if t) or title
    return Post(
        id=f"github:{owner}/{repo}@{tag}",
        source_id=source_id,
        platform="github",
        author_handle=owner,
        author_name=owner,
        url=url,
        text=cap_text(text),
        created_at=created,
        fetched_at=fetched_at,
        title=title,
        metrics=metrics,
        links=_api.dedupe_links([repo_url, *body_links], drop=url),
        raw=raw,
    )


def parse_releases(
    data: Any, *, owner: str, repo: str, source_id: str, fetched_at: datetime, url: str = "github",
    web_url: str = WEB_URL,
) -> tuple[list[Post], list[str]]:
    """REST release objects (a list, or one object as `/releases/tags/<tag>` returns) into Posts.

    Raises SourceError when `data` is neither (GitHub's errors are `{"message": ...}` objects).
    """
    fetched_at = utc(fetched_at)
    where = redact_url(url)
    if isinstance(data, dict) and "tag_name" in data:
        data = [data]
    if not isinstance(data, list):
        message = data.get("message") if isinstance(data, dict) else None
        raise SourceError(f"not a list of releases from {where}" + (f": {message}" if message else ""))
    posts: list[Post] = []
    warnings: list[str] = []
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            warnings.append(f"{where}: release {index} is not an object; skipped")
            continue
        if item.get("draft"):
            continue
        tag = str(item.get("tag_name") or "").strip()
        created = _api.iso_to_utc(item.get("published_at")) or _api.iso_to_utc(item.get("created_at"))
        if not tag or created is None:
            warnings.append(f"{where}: release {index} has no tag or date; skipped")
            continue
        canonical = release_url(owner, repo, tag, web_url)
        post_url = absolute_http(str(item.get("html_url") or "")) or canonical
        if isinstance(item.get("body_html"), str):
            body_text, body_links = html_to_text(item["body_html"], post_url)
        else:
            body_text, body_links = _api.markdown_to_text(str(item.get("body") or ""), post_url)
        reactions = item.get("reactions") if isinstance(item.get("reactions"), dict) else {}
        posts.append(_release_post(
            owner=owner, repo=repo, tag=tag, name=str(item.get("name") or ""), body_text=body_text,
            body_links=body_links, url=post_url, created=created, fetched_at=fetched_at,
            source_id=source_id, prerelease=bool(item.get("prerelease")), web_url=web_url,
            metrics=_api.metrics_of(likes=reactions.get("total_count")), raw=item,
        ))
    return posts, warnings


def parse_atom(
    body: bytes, *, owner: str, repo: str, url: str, source: Source, fetched_at: datetime,
    content_type: str | None = None, web_url: str = WEB_URL,
) -> tuple[list[Post], list[str]]:
    """`releases.atom` through `rss.parse_feed` (relative links resolved against `url`), remapped.

    The tag comes from the entry id, else from the `/releases/tag/<tag>` link, else the title.
    """
    generic, warnings = _api.parse_api_feed(body, url=url, source=source, content_type=content_type,
                                                fetched_at=fetched_at)
    where = redact_url(url)
    posts: list[Post] = []
    for index, item in enumerate(generic):
        entry = item.raw or {}
        tag = _atom_tag(entry, item.url)
        if not tag:
            warnings.append(f"{where}: entry {index} names no release tag; skipped")
            continue
        canonical = release_url(owner, repo, tag, web_url)
        posts.append(_release_post(
            owner=owner, repo=repo, tag=tag, name=item.title, body_text=item.text,
            body_links=list(item.links), url=canonical, created=item.created_at,
            fetched_at=item.fetched_at or utc(fetched_at), source_id=source.id, prerelease=False,
            web_url=web_url, metrics={}, raw=entry,
        ))
    return posts, warnings


def _atom_tag(entry: Mapping[str, Any], link: str) -> str:
    match = _ATOM_ID.match(str(entry.get("id") or ""))
    if match:
        return unquote(match.group(1)).strip()
    match = _TAG_PATH.search(urlsplit(link).path)
    if match:
        return unquote(match.group(1)).strip()
    return normalize_space(str(entry.get("title") or ""))


@register
class GitHubSource:
    """Releases of one repository; see the module docstring for the two APIs and the options."""

    kind = "github"

    @staticmethod
    def check(source: Source) -> None:
        """The locator's errors, found when the configuration is loaded (see `base.check_source`)."""
        repo_of(source.locator)

    def fetch(self, source: Source, state: Mapping[str, Any], client: HttpClient) -> FetchOutcome:
        previous = dict(state)
        owner, repo = repo_of(source.locator)
        secret = _api.token(source)
        api = str(source.options.get("api") or ("rest" if secret else "atom")).lower()
        if api not in ("atom", "rest"):
            raise ConfigError(f"source {source.id!r}: api must be 'atom' or 'rest', got {api!r}")
        web_url = _api.base_url(source, WEB_URL, option="web_url")
        now = client.now()
        if api == "rest":
            base = _api.base_url(source, API_URL)
            per_page = _api.int_option(source, "per_page", DEFAULT_PER_PAGE, low=1, high=MAX_PER_PAGE)
            url = f"{base}/repos/{quote(owner)}/{quote(repo)}/releases?per_page={per_page}"
            headers = {"Accept": REST_ACCEPT, "X-GitHub-Api-Version": API_VERSION}
            if secret:
                headers["Authorization"] = f"Bearer {secret}"
        else:
            base = _api.base_url(source, WEB_URL)
            url = f"{base}/{quote(owner)}/{quote(repo)}/releases.atom"
            headers = {"Accept": FEED_ACCEPT}
        try:
            response = _api.conditional_get(client, url, previous, headers)
            validators = _api.remember_validators(previous.get("validators"), url, response)
            if response.not_modified:
                return FetchOutcome(source.id, not_modified=True, state={**previous, "validators": validators})
            if api == "rest":
                posts, warnings = parse_releases(
                    _api.load_json(response), owner=owner, repo=repo, source_id=source.id,
                    fetched_at=now, url=response.url, web_url=web_url,
                )
            else:
                posts, warnings = parse_atom(
                    response.body, owner=owner, repo=repo, url=response.url, source=source,
                    fetched_at=now, content_type=response.content_type, web_url=web_url,
                )
        except SourceError as exc:
            # The old validators stay: storing a broken response's ETag would hide the fix behind 304s.
            return FetchOutcome(source.id, state=previous, error=str(exc))
        new_state: dict[str, Any] = {**previous, "validators": validators}
        newest = max((p.created_at for p in posts), default=None)
        if newest is not None:
            known = _api.iso_to_utc(previous.get("newest_published"))
            new_state["newest_published"] = max(newest, known or newest).isoformat()
        return FetchOutcome(source.id, posts=tuple(posts), state=new_state, warnings=tuple(warnings))
