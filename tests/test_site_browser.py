"""The built site in a real browser: headless Chromium at a phone's viewport, served from loopback.

Needs Debian's `chromium` (`.ci/run` installs it) and Playwright for Python (the `test` extra), which
drives that binary: no browser download. Without either the test skips and says which is missing.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from datetime import timedelta
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from newsdesk.config import load_settings
from newsdesk.edition import run_edition
from newsdesk.sample import SAMPLE_PATH, SAMPLE_SLOT_KEY
from newsdesk.slots import slot_for_key, zone
from newsdesk.sources.file import read_posts
from newsdesk.store import open_store

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PHONE = {"width": 390, "height": 844}  # a common phone's CSS viewport


def chromium_path() -> str:
    path = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not path:
        pytest.skip("no Chromium: install Debian's `chromium` (apt-get install chromium; .ci/run does this)")
    return path


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def served_site(tmp_path: Path) -> Iterator[tuple[str, Any, Path]]:
    """The sample edition built into a site, served on 127.0.0.1; yields (base URL, run, site dir)."""
    settings = load_settings(environ={"NEWSDESK_HOME": str(tmp_path / "home"),
                                      "NEWSDESK_COLLECT_USE_DEFAULT_SOURCES": "false"})
    posts, _ = read_posts(SAMPLE_PATH, source_id="sample")
    slot = slot_for_key(SAMPLE_SLOT_KEY, zone(settings.edition.timezone))
    site = tmp_path / "public"
    with open_store(settings.store_path) as store:
        run = run_edition(settings, store, slot=slot, now=slot.end + timedelta(days=1), out_dir=tmp_path / "out",
                          site_dir=site, posts=posts)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", run, site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def phone_page(tmp_path: Path) -> Iterator[Any]:
    """A page in headless Chromium at a phone viewport; only loopback requests are let through."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install playwright)")
    executable = chromium_path()
    with sync_api.sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        except sync_api.Error as exc:  # installed but broken is a failure, not a skip
            pytest.fail(f"Chromium at {executable} could not start: {str(exc).splitlines()[0]}")
        try:
            context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True,
                                          locale="zh-CN")
            # The pages link out to x.com and others; nothing but the local server may be fetched.
            context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
                "http://127.0.0.1:") else route.abort())
            page = context.new_page()
            page.errors = []  # type: ignore[attr-defined]
            page.on("pageerror", lambda exc: page.errors.append(str(exc)))  # type: ignore[attr-defined]
            page.on("requestfailed", lambda req: page.errors.append(f"failed: {req.url}")  # type: ignore[attr-defined]
                    if req.url.startswith("http://127.0.0.1:") else None)
            yield page
            context.close()
        finally:
            browser.close()


def no_horizontal_overflow(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def test_site_renders_on_a_phone_in_headless_chromium(served_site: tuple[str, Any, Path], phone_page: Any,
                                                      tmp_path: Path) -> None:
    base, run, _site = served_site
    page = phone_page
    posts = {p.id: p for p in read_posts(SAMPLE_PATH, source_id="sample")[0]}
    items = run.edition.items
    story_posts = {entry["story_id"]: entry["story_posts"] for entry in run.summary["items"]}

    # The index: one edition, linked, in Chinese, styled, fitting the screen.
    page.goto(base + "index.html")
    assert page.evaluate("document.documentElement.lang") == "zh-CN"
    assert page.locator("h1").inner_text() == "往期简报"
    entries = page.locator("li.edition-entry")
    assert entries.count() == 1
    assert entries.locator("a.edition-link").get_attribute("href") == f"editions/{SAMPLE_SLOT_KEY}/index.html"
    assert no_horizontal_overflow(page)
    page.screenshot(path=str(tmp_path / "index-phone.png"), full_page=True)

    # Follow the link like a reader: the edition page.
    entries.locator("a.edition-link").click()
    page.wait_for_url(f"**/editions/{SAMPLE_SLOT_KEY}/index.html")
    assert page.title() == run.edition.title
    page.screenshot(path=str(tmp_path / "edition-phone-screen.png"))  # the first screen a reader sees
    rendered = page.locator("ol.items > li.item")
    assert rendered.count() == len(items)
    for n, item in enumerate(items):
        li = rendered.nth(n)
        assert li.locator(".headline").inner_text() == item.headline
        assert li.locator("a.headline-link").get_attribute("href") == item.url
        assert li.locator(".attribution").inner_text() == item.attribution
        assert li.locator(".category").inner_text() == item.category
        # Bold facts are <strong>, never literal asterisks.
        assert "**" not in li.locator(".summary").inner_text()
        assert li.locator(".summary strong").count() == item.summary.count("**") // 2
        # The source list: every post merged into the story, linked to its own URL, in story order.
        li.locator("details.sources > summary").click()
        links = li.locator("a.source-link")
        expected = [posts[i].url for i in story_posts[item.story_id]]
        assert [links.nth(k).get_attribute("href") for k in range(links.count())] == expected
        assert links.first.is_visible()
    # Styled by style.css (cards have a border radius) and fits the phone with every source list open.
    radius = page.evaluate("getComputedStyle(document.querySelector('li.item')).borderTopLeftRadius")
    assert radius not in ("", "0px")
    assert no_horizontal_overflow(page)
    assert page.locator("script, style, iframe").count() == 0
    assert page.errors == []  # type: ignore[attr-defined]
    shot = tmp_path / "edition-phone.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
