"""RSS 2.0, Atom 1.0 and JSON Feed 1.1: required elements, dates, unique ids, escaping, any Unicode."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import parsedate_to_datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.render.feeds import render_atom, render_feeds, render_json_feed, render_rss
from newsdesk.render.site import render_edition_page
from newsdesk.render.views import make_view

from sitekit import META, assert_inert, edition, hostile_view, item, post, view

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
RFC822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                    r"\d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$")
KEYS = ["2026.04.22.08", "2026.04.22.16", "2026.04.22.12"]
NEWEST_FIRST = sorted(KEYS, reverse=True)


@pytest.fixture
def views() -> list:
    return [view(k) for k in KEYS]


def test_rss_has_the_required_elements_rfc822_dates_and_unique_permalink_guids(views: list) -> None:
    root = ET.fromstring(render_rss(views, META).encode())
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel is not None
    for name in ("title", "link", "description"):
        assert (channel.findtext(name) or "").strip(), name
    assert channel.findtext("link") == META.base_url
    assert channel.findtext("language") == "zh-CN"
    self_link = channel.find(f"{ATOM}link")
    assert self_link is not None and self_link.get("rel") == "self"
    assert self_link.get("href") == "https://news.example.org/feed.xml"
    build = channel.findtext("lastBuildDate") or ""
    assert RFC822.match(build), build
    items = channel.findall("item")
    assert [i.findtext("link") for i in items] == [f"https://news.example.org/editions/{k}/" for k in NEWEST_FIRST]
    guids = [i.find("guid") for i in items]
    assert len({g.text for g in guids}) == len(items)
    assert all(g.get("isPermaLink") == "true" and g.text.startswith("https://") for g in guids)
    by_key = {v.key: v for v in views}
    for element, key in zip(items, NEWEST_FIRST, strict=True):
        date = element.findtext("pubDate") or ""
        assert RFC822.match(date), date
        assert parsedate_to_datetime(date) == by_key[key].edition.generated_at
        assert element.findtext("title") == by_key[key].edition.title
        html = element.findtext(CONTENT) or ""
        assert "<strong>关键事实 1</strong>" in html and 'href="https://x.com/' in html
        assert {c.text for c in element.findall("category")} == {"AI快讯"}
    assert parsedate_to_datetime(build) == max(v.edition.generated_at for v in views)


def test_atom_has_the_required_elements_rfc3339_dates_and_unique_ids(views: list) -> None:
    root = ET.fromstring(render_atom(views, META).encode())
    assert root.tag == f"{ATOM}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-CN"
    for name in ("id", "title", "updated"):
        assert (root.findtext(f"{ATOM}{name}") or "").strip(), name
    assert root.find(f"{ATOM}author/{ATOM}name") is not None  # required unless every entry has one
    rels = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert rels == {"self": "https://news.example.org/atom.xml", "alternate": META.base_url}
    entries = root.findall(f"{ATOM}entry")
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert ids == [f"https://news.example.org/editions/{k}/" for k in NEWEST_FIRST] and len(set(ids)) == 3
    for e in entries:
        for name in ("title", "updated", "published"):
            value = e.findtext(f"{ATOM}{name}") or ""
            assert value, name
            if name != "title":
                assert RFC3339.match(value), value
                assert datetime.fromisoformat(value).utcoffset() is not None
        content = e.find(f"{ATOM}content")
        assert content is not None and content.get("type") == "html"
        # A link without rel is rel="alternate" (RFC 4287 4.2.7.2); feedgen 1.0 drops entry link attributes.
        alternates = [x.get("href") for x in e.findall(f"{ATOM}link") if x.get("rel", "alternate") == "alternate"]
        assert alternates == [e.findtext(f"{ATOM}id")]
    assert root.findtext(f"{ATOM}updated") == max(e.findtext(f"{ATOM}updated") for e in entries)


def test_json_feed_has_the_required_fields(views: list) -> None:
    feed = json.loads(render_json_feed(views, META))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] and isinstance(feed["items"], list)
    assert feed["feed_url"] == "https://news.example.org/feed.json" and feed["home_page_url"] == META.base_url
    assert feed["language"] == "zh-CN" and feed["authors"][0]["name"]
    ids = [i["id"] for i in feed["items"]]
    assert len(set(ids)) == 3 and all(isinstance(i, str) for i in ids)
    for entry in feed["items"]:
        assert entry["content_html"] and entry["content_text"]
        assert RFC3339.match(entry["date_published"]) and RFC3339.match(entry["date_modified"])
        assert entry["url"].startswith("https://news.example.org/editions/")
        assert "**" not in entry["content_text"] and "关键事实 1" in entry["content_text"]
    assert [i["date_published"] for i in feed["items"]] == sorted(
        (i["date_published"] for i in feed["items"]), reverse=True)


def test_feeds_are_reproducible_and_need_an_edition(views: list) -> None:
    assert render_feeds(views, META) == render_feeds(list(reversed(views)), META)
    for render in (render_rss, render_atom, render_json_feed):
        with pytest.raises(ValueError, match="at least one edition"):
            render([], META)


def test_hostile_posts_reach_feeds_only_as_escaped_text() -> None:
    v = hostile_view()
    files = render_feeds([v], META)
    rss = ET.fromstring(files["feed.xml"].encode())
    atom = ET.fromstring(files["atom.xml"].encode())
    feed = json.loads(files["feed.json"])
    contents = [
        rss.findtext(f"channel/item/{CONTENT}") or "",
        atom.findtext(f"{ATOM}entry/{ATOM}content") or "",
        feed["items"][0]["content_html"],
    ]
    for html in contents:
        assert_inert(html)  # the HTML a feed reader renders: no script, style, handlers or bad links
        assert "&lt;script&gt;" in html
    # The raw XML never holds a live tag from a post either (everything is entity-escaped).
    assert "<script" not in files["feed.xml"] and "<script" not in files["atom.xml"]
    assert "<script" not in feed["items"][0]["content_html"]


_TEXT = st.text(st.characters(codec="utf-8"), max_size=40)  # any code point except lone surrogates
_ANY = st.text(max_size=40) | st.sampled_from(["]]>", "\x00", "\ufffe", "&amp;", "<![CDATA[", "\u2028", "\x1b[31m"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_ANY, headline=_ANY, summary=_ANY, author=_ANY, text=_TEXT, category=_ANY, site_title=_ANY)
def test_feeds_are_well_formed_for_any_unicode(title: str, headline: str, summary: str, author: str,
                                               text: str, category: str, site_title: str) -> None:
    p = post(1, text=text, author=author, title=text[:10])
    it = item(1, [p], headline=headline or "x", summary=summary or "x", attribution=author, category=category)
    stories = {it.story_id: [p.id]}
    v = make_view(edition("2026.04.22.12", [it], title=title, stories=stories), stories, {p.id: p})
    meta = META.__class__(title=site_title, base_url=META.base_url, tz=META.tz)
    files = render_feeds([v], meta)
    ET.fromstring(files["feed.xml"].encode())
    ET.fromstring(files["atom.xml"].encode())
    data = json.loads(files["feed.json"])
    assert data["items"][0]["id"]
    assert_inert(render_edition_page(v, meta))
