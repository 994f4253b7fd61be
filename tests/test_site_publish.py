"""Wiring: every edition run writes the Hugo file, the feeds and the site; `newsdesk site` rebuilds them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from newsdesk.config import load_settings
from newsdesk.edition import run_edition
from newsdesk.errors import ConfigError
from newsdesk.publish.site import plan_site
from newsdesk.sample import SAMPLE_PATH, SAMPLE_SLOT_KEY
from newsdesk.slots import slot_for_key, zone
from newsdesk.sources.file import read_posts
from newsdesk.store import open_store

from sitekit import Scan, assert_inert, edition, item, post

SITE_FILES = {"index.html", "archive/index.html", "style.css", f"editions/{SAMPLE_SLOT_KEY}/index.html",
              "feed.xml", "atom.xml", "feed.json"}


def load(tmp_path: Path, **publish: Any) -> Any:
    env = {"NEWSDESK_HOME": str(tmp_path / "home"), "NEWSDESK_COLLECT_USE_DEFAULT_SOURCES": "false"}
    env.update({f"NEWSDESK_PUBLISH_{k.upper()}": str(v).lower() if isinstance(v, bool) else str(v)
                for k, v in publish.items()})
    return load_settings(environ=env)


def build_sample(settings: Any, tmp_path: Path, site: Path | None) -> Any:
    posts, _ = read_posts(SAMPLE_PATH, source_id="sample")
    slot = slot_for_key(SAMPLE_SLOT_KEY, zone(settings.edition.timezone))
    with open_store(settings.store_path) as store:
        return run_edition(settings, store, slot=slot, now=slot.end + timedelta(days=3), out_dir=tmp_path / "out",
                           site_dir=site, posts=posts)


def files_under(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_an_edition_run_writes_hugo_feeds_and_site_and_records_them(tmp_path: Path) -> None:
    settings = load(tmp_path, site_url="https://news.example.org")
    site = tmp_path / "public"
    run = build_sample(settings, tmp_path, site)
    assert files_under(site) == SITE_FILES  # atomic writes leave no temporary files behind
    outputs = run.summary["outputs"]
    assert outputs["hugo"] == str(run.path) and run.path.is_file()
    assert sorted(outputs["site"] + outputs["feeds"]) == sorted(str(site / f) for f in SITE_FILES)
    assert not [w for w in run.summary["warnings"] if "site_url" in w]
    with open_store(settings.store_path) as store:
        assert store.edition_record(SAMPLE_SLOT_KEY)["stats"]["outputs"] == outputs
    page = (site / f"editions/{SAMPLE_SLOT_KEY}/index.html").read_text(encoding="utf-8")
    assert_inert(page)
    # Every post merged into each story is linked on the page.
    story_posts = {i for entry in run.summary["items"] for i in entry["story_posts"]}
    posts = {p.id: p for p in read_posts(SAMPLE_PATH, source_id="sample")[0]}
    for pid in story_posts:
        assert f'href="{posts[pid].url}"' in page
    rss = ET.fromstring((site / "feed.xml").read_bytes())
    assert rss.findtext("channel/item/link") == f"https://news.example.org/editions/{SAMPLE_SLOT_KEY}/"


def test_without_a_site_url_feeds_link_to_the_local_server_and_say_so(tmp_path: Path) -> None:
    run = build_sample(load(tmp_path), tmp_path, tmp_path / "public")
    assert "publish.site_url is not set: feed links point at http://127.0.0.1:8080/" in run.summary["warnings"]
    feed = json.loads((tmp_path / "public" / "feed.json").read_text(encoding="utf-8"))
    assert feed["items"][0]["url"] == f"http://127.0.0.1:8080/editions/{SAMPLE_SLOT_KEY}/"


def test_no_site_dir_means_no_site_and_disabled_outputs_are_not_written(tmp_path: Path) -> None:
    run = build_sample(load(tmp_path), tmp_path, None)
    assert run.summary["outputs"] == {"hugo": str(run.path)}
    site = tmp_path / "public"
    run = build_sample(load(tmp_path, feeds=False), tmp_path, site)
    assert run.summary["outputs"]["feeds"] == [] and not (site / "feed.xml").exists()
    assert (site / "index.html").is_file()
    run = build_sample(load(tmp_path, site=False, feeds=False), tmp_path, tmp_path / "nothing")
    assert run.summary["outputs"]["site"] == [] and not (tmp_path / "nothing").exists()


def test_index_and_feeds_hold_the_recent_editions_newest_first(tmp_path: Path) -> None:
    settings = load(tmp_path, recent=2, site_url="https://news.example.org/")
    with open_store(settings.store_path) as store:
        for key in ("2026.04.21.04", "2026.04.21.08"):  # two older editions already in the store
            p = post(int(key[-2:]), text=f"older {key}")
            store.save_edition(edition(key, [item(1, [p], headline=f"旧闻 {key}")]))
            store.upsert_posts([p])
    build_sample(settings, tmp_path, tmp_path / "public")
    site = tmp_path / "public"
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.index(SAMPLE_SLOT_KEY) < index.index("2026.04.21.08") and "2026.04.21.04" not in index
    feed = json.loads((site / "feed.json").read_text(encoding="utf-8"))
    assert [i["id"].rsplit("/", 2)[-2] for i in feed["items"]] == [SAMPLE_SLOT_KEY, "2026.04.21.08"]
    with open_store(settings.store_path) as store:
        everything = plan_site(settings, store, site, pages="all")
    assert "editions/2026.04.21.04/index.html" in everything.site
    older = everything.site["editions/2026.04.21.08/index.html"]
    assert "旧闻 2026.04.21.08" in older and 'href="https://x.com/dana/status/1008"' in older


def test_the_archive_lists_every_edition_and_its_links_resolve(tmp_path: Path) -> None:
    settings = load(tmp_path, recent=2, site_url="https://news.example.org/")
    older = ["2026.04.20.20", "2026.04.21.00", "2026.04.21.04", "2026.04.21.08"]
    with open_store(settings.store_path) as store:
        for key in older:
            p = post(int(key[-2:]) + 1, text=f"older {key}")
            store.save_edition(edition(key, [item(1, [p], headline=f"旧闻 {key}")], title=f"<b>{key}</b> 简报"))
            store.upsert_posts([p])
    site = tmp_path / "public"
    run = build_sample(settings, tmp_path, site)
    archive = (site / "archive" / "index.html").read_text(encoding="utf-8")
    scan = assert_inert(archive)
    links = [h for h in scan.hrefs() if "/editions/" in h]
    assert links == [f"../editions/{k}/index.html" for k in [SAMPLE_SLOT_KEY, *reversed(older)]]  # > recent
    for href in [*scan.hrefs(), *Scan((site / "index.html").read_text(encoding="utf-8")).hrefs()]:
        if not href.startswith("http"):  # every site link resolves to a written file
            base = site / "archive" if href.startswith("../") else site
            assert (base / href).resolve().is_file(), href
    assert "&lt;b&gt;2026.04.21.00&lt;/b&gt; 简报" in archive and "共 5 期" in archive
    assert 'href="archive/index.html"' in (site / "index.html").read_text(encoding="utf-8")
    assert str(site / "archive/index.html") in run.summary["outputs"]["site"]
    # Pages already on disk are not rendered again by the next run; the archive still lists them.
    with open_store(settings.store_path) as store:
        plan = plan_site(settings, store, site)
    assert set(plan.site) == {"index.html", "archive/index.html", "style.css",
                              f"editions/{SAMPLE_SLOT_KEY}/index.html", "editions/2026.04.21.08/index.html"}
    assert plan.site["archive/index.html"] == archive


def cli(*args: str, home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    # Without the conftest's NEWSDESK_PUBLISH_SITE_DIR: these runs test the default (./public in `cwd`).
    env = {k: v for k, v in os.environ.items() if k not in ("NEWSDESK_HOME", "NEWSDESK_PUBLISH_SITE_DIR")}
    env.update({"NEWSDESK_HOME": str(home), "PYTHONWARNINGS": "error"})
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=120)


def test_cli_edition_writes_the_site_and_newsdesk_site_rebuilds_it_identically(tmp_path: Path) -> None:
    home = tmp_path / "home"
    empty = cli("site", home=home, cwd=tmp_path)
    assert empty.returncode == 1 and "no editions stored yet" in empty.stderr
    res = cli("edition", "--sample", "--publish", "--json", "--out", "posts", home=home, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)
    assert summary["outputs"]["site_dir"] == "public"  # the default, relative to the working folder
    first = {f: (tmp_path / "public" / f).read_bytes() for f in files_under(tmp_path / "public")}
    assert set(first) == SITE_FILES
    res = cli("site", "--site", str(tmp_path / "again"), "--json", home=home, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "publish.site_url is not set" in res.stderr
    again = {f: (tmp_path / "again" / f).read_bytes() for f in files_under(tmp_path / "again")}
    assert again == first  # the sample's posts were kept, so the rebuilt pages list the same sources
    assert json.loads(res.stdout)["site_dir"] == str(tmp_path / "again")


def test_publish_slot_rebuilds_the_site_around_that_edition(tmp_path: Path) -> None:
    home = tmp_path / "home"
    config = tmp_path / "newsdesk.toml"
    config.write_text('[publish]\nretries = 0\nretry_backoff_s = 0\n\n[[publish.channels]]\nkind = "webhook"\n'
                      'url_env = "NEWSDESK_TEST_NO_SUCH_HOOK"\n', encoding="utf-8")
    res = cli("edition", "--config", str(config), "--sample", "--publish", "--no-publish", "--json", "--out", "posts",
              home=home, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    site = tmp_path / "public"  # publish.site_dir, the default
    built = {f: (site / f).read_bytes() for f in files_under(site)}
    shutil.rmtree(site)
    res = cli("publish", "--config", str(config), "--slot", SAMPLE_SLOT_KEY, "--json", home=home, cwd=tmp_path)
    # The channel has no URL in the environment, so its push fails (exit 1); the site is rebuilt before it.
    assert res.returncode == 1 and json.loads(res.stdout)["publish"][0]["status"] == "failed", res.stderr
    assert {f: (site / f).read_bytes() for f in files_under(site)} == built and set(built) == SITE_FILES
    shutil.rmtree(site)
    res = cli("publish", "--config", str(config), "--slot", "2020.01.01.00", home=home, cwd=tmp_path)
    assert res.returncode == 1 and "no stored edition 2020.01.01.00" in res.stderr
    assert not site.exists()


@pytest.mark.parametrize("flag", ["--site"])
def test_help_names_the_site_option(tmp_path: Path, flag: str) -> None:
    res = cli("edition", "--help", home=tmp_path / "home", cwd=tmp_path)
    assert flag in res.stdout and "publish.site_dir" in res.stdout
    res = cli("site", "--help", home=tmp_path / "home", cwd=tmp_path)
    assert res.returncode == 0 and "Rebuild the static site" in res.stdout


def test_a_site_url_that_is_not_absolute_http_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"publish\.site_url"):
        build_sample(load(tmp_path, site_url="news.example.org"), tmp_path, tmp_path / "public")
