"""Records for the site and feed tests: editions built by hand (no store), hostile posts, an HTML scanner."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

from newsdesk.model import Edition, Item, Post
from newsdesk.render.views import EditionView, SiteMeta, make_view
from newsdesk.slots import slot_for_key

TZ = ZoneInfo("Asia/Shanghai")
META = SiteMeta(title="AI 新闻简报", base_url="https://news.example.org/", tz=TZ, description="测试")

#: Everything a post could smuggle in; none of it may reach a page or feed as markup.
HOSTILE = (
    '<script>alert(1)</script><style>body{display:none}</style>'
    '<img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a><iframe src="//evil"></iframe>'
)
BAD_URLS = ("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x",
            "/relative/path", "http://", 'https://ok.example/"onmouseover="alert(1)')


def post(n: int, *, text: str = "Nimbus-4 Pro is out", url: str | None = None, author: str = "Dana Okafor",
         handle: str = "dana", at: datetime | None = None, title: str = "") -> Post:
    return Post(
        id=f"x:{1000 + n}", source_id="test", platform="x", author_handle=handle, author_name=author,
        url=url if url is not None else f"https://x.com/{handle}/status/{1000 + n}", text=text,
        created_at=at or datetime(2026, 4, 22, 1, n % 60, tzinfo=UTC), title=title,
    )


def item(n: int, posts: Sequence[Post], *, headline: str = "", summary: str = "",
         attribution: str = "Dana Okafor", category: str = "AI快讯", url: str | None = None) -> Item:
    return Item(
        story_id=f"s:{posts[0].id}" if posts else f"s:{n}",
        headline=headline or f"标题 {n}",
        attribution=attribution,
        url=url if url is not None else (posts[0].url if posts else f"https://example.org/{n}"),
        summary=summary or f"第{n}条：**关键事实 {n}**，其余内容。",
        category=category,
        writer="extractive",
        post_ids=tuple(p.id for p in posts[:1]),
    )


def edition(key: str, items: Sequence[Item], *, title: str | None = None,
            stories: dict[str, list[str]] | None = None) -> Edition:
    slot = slot_for_key(key, TZ)
    stories = stories if stories is not None else {it.story_id: list(it.post_ids) for it in items}
    return Edition(
        slot=slot, title=title if title is not None else f"{key} 过去4小时全球AI发生了什么？",
        generated_at=slot.end + timedelta(minutes=1), items=tuple(items),
        categories=tuple(dict.fromkeys(it.category for it in items)),
        stats={"items": [{"story_id": it.story_id, "story_posts": stories.get(it.story_id, [])}
                         for it in items]},
    )


def view(key: str = "2026.04.22.12", n_items: int = 3, posts_per_item: int = 2) -> EditionView:
    """An edition of `n_items` items, each a story of `posts_per_item` posts."""
    items, stories, lookup = [], {}, {}
    for i in range(n_items):
        ps = [post(i * 10 + j, handle=f"user{i}{j}", author=f"作者 {i}{j}") for j in range(posts_per_item)]
        it = item(i + 1, ps)
        items.append(it)
        stories[it.story_id] = [p.id for p in ps]
        lookup.update({p.id: p for p in ps})
    return make_view(edition(key, items, stories=stories), stories, lookup)


def hostile_view() -> EditionView:
    """Every field a post or a model fills carries markup, and the links are not http(s)."""
    ps = [post(1, text=HOSTILE, author=HOSTILE, handle="<b>h</b>", title=HOSTILE)]
    ps += [post(2 + i, url=u, author=f"bad {i}") for i, u in enumerate(BAD_URLS)]
    it = item(1, ps, headline=HOSTILE, summary=f"**{HOSTILE}** and **粗体**", attribution=HOSTILE,
              category=HOSTILE, url="javascript:alert(4)")
    stories = {it.story_id: [p.id for p in ps]}
    ed = edition("2026.04.22.12", [it], title=HOSTILE, stories=stories)
    return make_view(ed, stories, {p.id: p for p in ps})


class Scan(HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML document."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def names(self) -> set[str]:
        return {t for t, _ in self.tags}

    def hrefs(self) -> list[str]:
        return [a["href"] or "" for t, a in self.tags if t == "a" and "href" in a]


def assert_inert(html: str) -> Scan:
    """No script, style, iframe, img or event handler; every link http(s) or inside the site."""
    scan = Scan(html)
    assert not scan.names() & {"script", "style", "iframe", "img", "object", "embed", "svg", "form"}, scan.names()
    for tag, attrs in scan.tags:
        assert not [a for a in attrs if a.lower().startswith("on")], (tag, attrs)
        assert "style" not in attrs, (tag, attrs)
    for href in scan.hrefs():
        lowered = href.strip().lower()
        assert lowered.startswith(("https://", "http://")) or ":" not in lowered.split("/")[0], href
        assert not lowered.startswith("//"), href
    return scan
