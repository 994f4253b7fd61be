"""The static site renderer: structure, language, bold, and nothing from a post reaching a page as markup."""

from __future__ import annotations

import dataclasses

import pytest

from newsdesk.render.site import bold_html, render_archive, render_edition_page, render_index, render_site
from newsdesk.render.views import ArchiveEntry, safe_url

from sitekit import BAD_URLS, HOSTILE, META, Scan, assert_inert, hostile_view, view


def test_edition_page_numbers_items_with_headline_attribution_summary_category_and_sources() -> None:
    v = view(n_items=3, posts_per_item=2)
    html = render_edition_page(v, META)
    assert_inert(html)
    assert '<html lang="zh-CN">' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert html.count('<li class="item"') == 3
    for iv in v.items:
        assert f'id="item-{iv.number}"' in html
        assert iv.item.headline in html and iv.item.category in html
        assert f"<strong>关键事实 {iv.number}</strong>" in html
        for p in iv.posts:  # every post merged into the story, linked, with author and time
            assert f'href="{p.url}"' in html and p.author_name in html and f"@{p.author_handle}" in html
    assert "来源（2）" in html and "← 最新简报" in html
    assert 'href="../../archive/index.html"' in html  # every page links to the archive
    assert '<link rel="stylesheet" href="../../style.css">' in html
    assert '<time datetime="2026-04-22T09:' in html  # source times in the edition's zone (+08:00)


def test_index_lists_editions_newest_first_with_relative_links() -> None:
    views = [view("2026.04.22.08"), view("2026.04.22.16"), view("2026.04.22.12")]
    html = render_index(views, META)
    assert_inert(html)
    links = [h for h in Scan(html).hrefs() if h.startswith("editions/")]
    assert links == ["editions/2026.04.22.16/index.html", "editions/2026.04.22.12/index.html",
                     "editions/2026.04.22.08/index.html"]
    assert "往期简报" in html and "3 条" in html


def test_site_files_and_english_ui() -> None:
    files = render_site([view("2026.04.22.12")], dataclasses.replace(META, language="en", title="AI news"))
    assert set(files) == {"index.html", "archive/index.html", "style.css", "editions/2026.04.22.12/index.html"}
    assert ">Archive</a>" in files["archive/index.html"] and "1 editions" in files["archive/index.html"]
    page = files["editions/2026.04.22.12/index.html"]
    assert '<html lang="en">' in page and "Sources (2)" in page and "Latest editions" in page
    assert "来源" not in page and "@media" in files["style.css"]


def test_hostile_post_and_model_text_is_escaped_everywhere() -> None:
    v = hostile_view()
    archive = render_archive([ArchiveEntry.of(v.edition)], META)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in archive  # the title, shown as text
    for html in (render_edition_page(v, META), render_index([v], META), archive):
        scan = assert_inert(html)
        assert "<script" not in html.lower() and "<style" not in html.lower() and "<img" not in html.lower()
        assert "onerror=" not in html.replace("onerror=&#34;", "")  # only as escaped text
        assert not [h for h in scan.hrefs() if "script:" in h.lower() or h.lower().startswith("data:")]
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text, not dropped
        assert "<script>alert(1)</script>" in "".join(scan.text)
    page = render_edition_page(v, META)
    hrefs = Scan(page).hrefs()
    assert all(h.startswith(("http://", "https://", "../")) for h in hrefs), hrefs
    assert "<strong>粗体</strong>" in page
    # The item's own javascript: link and every non-http(s) source are shown unlinked: what is left is
    # the hostile post's own x.com URL and the https URL with quotes in it, both escaped in the attribute.
    assert sorted(h for h in hrefs if h.startswith("http")) == [
        'https://ok.example/"onmouseover="alert(1)', "https://x.com/<b>h</b>/status/1001"]
    assert 'href="https://ok.example/&#34;onmouseover=&#34;alert(1)"' in page


def test_archive_lists_every_edition_newest_first_grouped_by_date() -> None:
    keys = ["2026.04.21.20", "2026.04.22.00", "2026.04.22.04", "2026.04.21.16", "2026.04.22.08"]
    html = render_archive([ArchiveEntry.of(view(k, n_items=2).edition) for k in keys], META)
    scan = assert_inert(html)
    assert '<html lang="zh-CN">' in html and "<h1>全部往期</h1>" in html and "共 5 期" in html
    assert [h for h in scan.hrefs() if "/editions/" in h] == [
        f"../editions/{k}/index.html" for k in sorted(keys, reverse=True)]
    assert html.index('datetime="2026-04-22"') < html.index('datetime="2026-04-21"')
    assert html.count('<section class="archive-day">') == 2
    assert html.count("2 条") == 5 and "2026.04.22.08 过去4小时全球AI发生了什么？" in html
    assert '<link rel="stylesheet" href="../style.css">' in html and 'href="../index.html"' in html
    index = render_index([view(keys[0])], META)
    assert 'href="archive/index.html"' in index  # the index links to the archive


@pytest.mark.parametrize("url", BAD_URLS[:-1])
def test_only_absolute_http_urls_are_links(url: str) -> None:
    assert safe_url(url) is None


@pytest.mark.parametrize("url", ["https://x.com/a/status/1", "http://example.org/p?q=1&r=(2)", "HTTPS://EX.ORG"])
def test_http_urls_are_kept_as_given(url: str) -> None:
    assert safe_url(url) == url


@pytest.mark.parametrize(("text", "html"), [
    ("a **b** c", "a <strong>b</strong> c"),
    ("**<b>x</b>**", "<strong>&lt;b&gt;x&lt;/b&gt;</strong>"),
    ("** not bold **", "** not bold **"),
    ("unclosed **bold", "unclosed **bold"),
    ("**一**与**二**", "<strong>一</strong>与<strong>二</strong>"),
    ("ctrl\x00\x1b chars\nfolded", "ctrl chars folded"),
])
def test_bold_is_the_only_markup_and_comes_after_escaping(text: str, html: str) -> None:
    assert str(bold_html(text)) == html


def test_hostile_constant_really_is_hostile() -> None:
    assert "<script>" in HOSTILE and "onerror=" in HOSTILE and "javascript:" in HOSTILE
