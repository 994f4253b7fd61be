"""Our Markdown through a real Hugo (Debian's `hugo`, which `.ci/run` installs): the seed's users publish
with Hugo, so "safe Hugo Markdown" is measured on what Hugo renders, not only on our own reading of it.

The site is the smallest a user could have: a config, one layout that prints the title and the content,
and our edition files under `content/posts/`. Goldmark's `unsafe = true` (raw HTML passed through, which
many themes turn on) is the hard case: then nothing but our escaping stands between a post's text and
the page. Shortcodes are executed by Hugo before Markdown is read, so an unescaped `{{< ... >}}` from a
post would fail the build or run.
"""

from __future__ import annotations

import dataclasses
import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from newsdesk.model import Item
from newsdesk.render.hugo import render_hugo
from test_faults_output import HOSTILE_AUTHORS, HOSTILE_TEXT, HOSTILE_URLS

from pushkit import make_edition

HUGO = shutil.which("hugo")
if HUGO is None and os.environ.get("NEWSDESK_REQUIRE_HUGO") == "1":
    raise RuntimeError("NEWSDESK_REQUIRE_HUGO=1 but no `hugo` on PATH (.ci/run installs Debian's hugo)")
pytestmark = pytest.mark.skipif(HUGO is None, reason="no `hugo` on PATH: apt-get install hugo (.ci/run does)")

CONFIG = """
baseURL = "https://news.example/"
title = "newsdesk"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = {unsafe}
"""
LAYOUT = (
    "<html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>"
    '<time>{{ .Date.Format "2006-01-02T15:04:05-07:00" }}</time>'
    '<ul>{{ range .Params.categories }}<li class="cat">{{ . }}</li>{{ end }}</ul>{{ .Content }}</body></html>'
)


def build(tmp_path: Path, markdown: dict[str, str], *, unsafe: bool) -> dict[str, str]:
    """Build a Hugo site holding `markdown` (file name -> text); the rendered page of each, by name."""
    site = tmp_path / "hugo"
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "layouts" / "_default" / "single.html").write_text(LAYOUT, encoding="utf-8")
    (site / "layouts" / "_default" / "list.html").write_text(
        "{{ range .Pages }}{{ .Title }}{{ end }}", encoding="utf-8"
    )
    (site / "layouts" / "index.html").write_text(
        "{{ range .Site.RegularPages }}{{ .Title }}{{ end }}", encoding="utf-8"
    )
    (site / "hugo.toml").write_text(CONFIG.format(unsafe=str(unsafe).lower()), encoding="utf-8")
    posts = site / "content" / "posts"
    posts.mkdir(parents=True)
    for name, text in markdown.items():
        (posts / name).write_text(text, encoding="utf-8")
    res = subprocess.run(
        [HUGO or "hugo", "--quiet", "--source", str(site), "--destination", str(site / "public")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr + res.stdout
    return {
        name: (site / "public" / "posts" / name.removesuffix(".md").lower() / "index.html").read_text(encoding="utf-8")
        for name in markdown
    }


def hostile_edition_markdown() -> str:
    base = make_edition(1)
    items = tuple(
        Item(
            story_id=f"s{n}",
            headline=f"模型发布{HOSTILE_TEXT}",
            attribution=author,
            url=url,
            summary=f"团队发布了**新模型**。{HOSTILE_TEXT}",
            category="AI快讯",
            writer="extractive",
        )
        for n, (author, url) in enumerate(zip(HOSTILE_AUTHORS, HOSTILE_URLS, strict=True))
    )
    edition = dataclasses.replace(base, items=items)
    return render_hugo(edition, base.slot.end.tzinfo, page_url="https://news.example/editions/x/")  # type: ignore[arg-type]


def test_the_seed_example_builds_with_hugo_as_the_shape_we_copy(shared: Path, tmp_path: Path) -> None:
    page = build(
        tmp_path, {"seed.md": (shared / "spec" / "seed-example.md").read_text(encoding="utf-8")}, unsafe=False
    )["seed.md"]
    assert "<h1>2025.07.22.04 过去4小时全球AI发生了什么？</h1>" in page
    assert "<time>2025-07-22T04:00:34+08:00</time>" in html.unescape(page)  # Hugo writes + as &#43;


def test_our_edition_renders_in_hugo_like_the_seed(tmp_path: Path) -> None:
    edition = make_edition(2)
    markdown = render_hugo(edition, edition.slot.end.tzinfo)  # type: ignore[arg-type]
    page = build(tmp_path, {f"{edition.slot.key}.md": markdown}, unsafe=False)[f"{edition.slot.key}.md"]
    assert f"<h1>{html.escape(edition.title, quote=False)}</h1>" in page
    assert re.search(r"<time>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00</time>", html.unescape(page))
    assert [html.unescape(c) for c in re.findall(r'<li class="cat">(.*?)</li>', page)] == list(edition.categories)
    items = re.findall(r"<li>\s*<p><a href=\"([^\"]+)\">(.*?)</a></p>\s*<p>(.*?)</p>", page, re.S)
    assert len(items) == len(edition.items)  # an ordered list, one link paragraph and one summary paragraph each
    for (href, text, summary), item in zip(items, edition.items, strict=True):
        assert html.unescape(href) == item.url
        assert html.unescape(text).endswith(f"-{item.attribution}")
        assert "<strong>" in summary  # the key facts in bold


@pytest.mark.parametrize("unsafe", [False, True], ids=["goldmark-default", "goldmark-unsafe"])
def test_hostile_posts_stay_text_in_the_page_hugo_builds(tmp_path: Path, unsafe: bool) -> None:
    page = build(tmp_path, {"hostile.md": hostile_edition_markdown()}, unsafe=unsafe)["hostile.md"]
    body = page.split("<body>", 1)[1]
    tags = re.findall(r"<([A-Za-z][A-Za-z0-9]*)\b([^>]*)>", body)
    assert {name.lower() for name, _ in tags} <= {"h1", "time", "ul", "li", "ol", "p", "a", "strong", "em", "br"}
    assert not [attrs for _, attrs in tags if re.search(r"\bon[a-z]+\s*=", attrs)], "an event handler attribute"
    hrefs = re.findall(r'href="([^"]*)"', body)
    assert hrefs and all(h.startswith("https://news.example/") for h in hrefs), hrefs  # unsafe links: the page
    assert "raw HTML omitted" not in body  # nothing was raw HTML to begin with
    # what the posts typed is shown as typed: the tag and the shortcode as text, not run
    text = html.unescape(re.sub(r"<[^>]+>", "", body))
    assert "<img src=x onerror=alert(1)>" in text and "{{< ref" in text  # Hugo curls the quotes: text
    assert "<b onmouseover=" in text and "Mallory</b>" in text
    assert not set(text) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
