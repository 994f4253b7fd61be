"""What each push service receives: pure `format_<service>(edition, ...)` functions.

    Edition ──paginate (items packed under the service's limit)──▶ [payload, payload, ...]

No network, no clock, no secrets: an edition and a few options in, JSON-ready payloads
(or an email's parts) out, so tests compare them exactly. Every service has a size
limit; `paginate` packs the numbered items into as few messages as fit, cuts a
summary that cannot fit even alone, and, past the channel's `max_messages`, leaves
the rest out and ends the last message with how many were left out and a link to
the full edition (`[publish] site_url`). Post text is escaped for each service's
markup, so a `<`, `*` or `@everyone` in a post stays text.

Limits (as the services document them):
    telegram   4096 characters of message text (counted here in UTF-16 units, before parsing)
    feishu     30 KB request body for a card
    dingtalk   20000 bytes of markdown text
    wecom      4096 bytes of markdown content (UTF-8)
    slack      50 blocks per message, 3000 characters per section text
    discord    2000 characters of content; 10 embeds, 256-character titles,
               4096-character descriptions and 6000 characters of embeds per message
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from newsdesk.model import Edition, Item

TELEGRAM_MAX_UTF16 = 4096
FEISHU_MAX_BODY_BYTES = 30 * 1000
DINGTALK_MAX_BYTES = 20000
WECOM_MAX_BYTES = 4096
SLACK_MAX_BLOCKS = 50
SLACK_MAX_SECTION_CHARS = 3000
SLACK_MAX_HEADER_CHARS = 150
DISCORD_MAX_CONTENT = 2000
DISCORD_MAX_EMBEDS = 10
DISCORD_MAX_EMBED_TITLE = 256
DISCORD_MAX_EMBED_DESCRIPTION = 4096
DISCORD_MAX_EMBED_TOTAL = 6000

ELLIPSIS = "…"
CONTINUED = "（续）"
FULL_EDITION = "阅读完整版"

_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Entry:
    """One numbered item of the edition, as placed in a message."""

    position: int
    item: Item


@dataclass(frozen=True, slots=True)
class Tail:
    """How the last message ends: items left out (over `max_messages`) and the full edition's link."""

    dropped: int = 0
    link: str = ""

    def __bool__(self) -> bool:
        return bool(self.dropped or self.link)

    def text(self) -> str:
        """The tail's words without markup (services add the link in their own syntax)."""
        return f"还有 {self.dropped} 条未显示" if self.dropped else ""


Render = Callable[[Sequence[Entry], int, Tail], Any]


# -- text helpers ------------------------------------------------------------------------------

def one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def plain_summary(summary: str) -> str:
    """The summary without its `**bold**` markers."""
    return _BOLD.sub(r"\1", one_line(summary))


def bold_spans(summary: str) -> list[tuple[str, bool]]:
    """`a **b** c` -> [("a ", False), ("b", True), (" c", False)]."""
    text = one_line(summary)
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def cut_summary(summary: str, chars: int) -> str:
    """The first `chars` characters of a summary plus an ellipsis, bold markers kept balanced."""
    text = one_line(summary)
    if len(text) <= chars:
        return text
    head = text[:max(chars, 0)].rstrip()
    if head.count("**") % 2:  # a bold span was cut open: drop its opening marker
        i = head.rfind("**")
        head = head[:i] + head[i + 2:]
    head = head.rstrip("*").rstrip()
    return head + ELLIPSIS


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


_TAG = re.compile(r"<[^>]*>")


def telegram_len(html_text: str) -> int:
    """A `parse_mode=HTML` text's length as Telegram counts it: after entity parsing, in UTF-16 units.

    The 4096 limit applies to what the reader sees, so tags (and the `href` of every link)
    are free and `&amp;` is one character. Counting the raw HTML split a Chinese edition,
    dense with bold and links, into more messages than needed. Our HTML escapes every `<`
    in text, so every `<...>` left is a tag.
    """
    return utf16_len(html.unescape(_TAG.sub("", html_text)))


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def header_text(edition: Edition, index: int) -> str:
    return edition.title if index == 0 else edition.title + CONTINUED


# -- packing -----------------------------------------------------------------------------------

def _shrink(entry: Entry, fits: Callable[[Entry], bool]) -> Entry:
    """The longest cut of the entry's summary (then headline) that fits; binary search on length."""
    item = entry.item

    def longest(field: str, base: Item) -> Item | None:
        text = one_line(getattr(base, field))
        lo, hi, best = 0, len(text), None
        while lo <= hi:
            mid = (lo + hi) // 2
            candidate = replace(base, **{field: cut_summary(text, mid)})
            if fits(Entry(entry.position, candidate)):
                best, lo = candidate, mid + 1
            else:
                hi = mid - 1
        return best

    shorter = longest("summary", item)
    if shorter is None:
        shorter = longest("headline", replace(item, summary=ELLIPSIS))
    if shorter is None:
        raise ValueError(f"item {entry.position} cannot fit in one message even when cut")
    return Entry(entry.position, shorter)


def paginate(edition: Edition, render: Render, fits: Callable[[Any], bool], *, link: str = "",
             max_messages: int = 3) -> list[Any]:
    """Pack the edition's items into at most `max_messages` rendered messages that each `fits`.

    Greedy and in order: an item goes into the current message if it still fits, else
    starts the next one; an item too big for a message of its own has its summary cut.
    Items past `max_messages` are left out and counted in the last message's tail,
    which also carries `link` (the full edition) when there is one.
    """
    entries = [Entry(n, it) for n, it in enumerate(edition.items, 1)]
    none = Tail()

    def ok(group: Sequence[Entry], index: int, tail: Tail) -> bool:
        return fits(render(group, index, tail))

    groups: list[list[Entry]] = []
    current: list[Entry] = []
    for entry in entries:
        index = len(groups)
        if ok([*current, entry], index, none):
            current.append(entry)
            continue
        if current:
            groups.append(current)
            current, index = [], index + 1
        if not ok([entry], index, none):
            entry = _shrink(entry, lambda e, i=index: ok([e], i, none))
        current = [entry]
    if current:
        groups.append(current)
    dropped = sum(len(g) for g in groups[max_messages:])
    groups = groups[:max_messages]
    while True:
        index = len(groups) - 1
        last = groups[index]
        tail = Tail(dropped, link)
        if not tail or ok(last, index, tail):
            break
        if len(last) > 1:
            moved = last.pop()
            if dropped == 0 and len(groups) < max_messages:
                groups.append([moved])  # room for one more message: carry on there
            else:
                dropped += 1
            continue
        last[0] = _shrink(last[0], lambda e, i=index, t=tail: ok([e], i, t))
        break
    return [render(g, i, Tail(dropped, link) if i == len(groups) - 1 else none) for i, g in enumerate(groups)]


# -- telegram ----------------------------------------------------------------------------------

def _tg_escape(text: str) -> str:
    return html.escape(text, quote=True)


def _html_summary(summary: str, tag: str = "b") -> str:
    return "".join(f"<{tag}>{_tg_escape(t)}</{tag}>" if bold else _tg_escape(t) for t, bold in bold_spans(summary))


def render_telegram_text(edition: Edition, entries: Sequence[Entry], index: int, tail: Tail) -> str:
    parts = [f"<b>{_tg_escape(header_text(edition, index))}</b>"]
    for e in entries:
        it = e.item
        parts.append(
            f'{e.position}. <a href="{_tg_escape(it.url)}">{_tg_escape(one_line(it.headline))}</a>'
            f" — {_tg_escape(one_line(it.attribution))}\n{_html_summary(it.summary)}"
        )
    if tail:
        words = [tail.text()] if tail.dropped else []
        if tail.link:
            words.append(f'<a href="{_tg_escape(tail.link)}">{FULL_EDITION}</a>')
        parts.append("，".join(words))
    return "\n\n".join(parts)


def format_telegram(edition: Edition, *, chat_id: str, link: str = "", max_messages: int = 3) -> list[dict[str, Any]]:
    """Bot API `sendMessage` bodies, HTML parse mode, each text within 4096 characters."""
    def render(entries: Sequence[Entry], index: int, tail: Tail) -> dict[str, Any]:
        return {
            "chat_id": chat_id,
            "text": render_telegram_text(edition, entries, index, tail),
            "parse_mode": "HTML",
            "link_preview_options": {"is_disabled": True},
        }

    return paginate(edition, render, lambda p: telegram_len(p["text"]) <= TELEGRAM_MAX_UTF16,
                    link=link, max_messages=max_messages)


# -- markdown for dingtalk and wecom -----------------------------------------------------------

def _md_text(text: str) -> str:
    # Brackets end link text; asterisks and underscores would open emphasis.
    return (one_line(text).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
            .replace("*", "\\*").replace("_", "\\_"))


def _md_url(url: str) -> str:
    return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _md_summary(summary: str) -> str:
    return "".join(f"**{_md_text(t)}**" if bold else _md_text(t) for t, bold in bold_spans(summary))


def render_markdown(edition: Edition, entries: Sequence[Entry], index: int, tail: Tail, *, heading: str = "###") -> str:
    parts = [f"{heading} {_md_text(header_text(edition, index))}"]
    for e in entries:
        it = e.item
        parts.append(f"{e.position}. **[{_md_text(it.headline)}]({_md_url(it.url)})** — {_md_text(it.attribution)}"
                     f"\n\n{_md_summary(it.summary)}")
    if tail:
        words = [tail.text()] if tail.dropped else []
        if tail.link:
            words.append(f"[{FULL_EDITION}]({_md_url(tail.link)})")
        parts.append("，".join(words))
    return "\n\n".join(parts)


def format_dingtalk(edition: Edition, *, link: str = "", max_messages: int = 3) -> list[dict[str, Any]]:
    """Custom-robot `markdown` messages, each text within 20000 bytes."""
    def render(entries: Sequence[Entry], index: int, tail: Tail) -> dict[str, Any]:
        return {"msgtype": "markdown", "markdown": {
            "title": header_text(edition, index), "text": render_markdown(edition, entries, index, tail)}}

    return paginate(edition, render, lambda p: utf8_len(p["markdown"]["text"]) <= DINGTALK_MAX_BYTES,
                    link=link, max_messages=max_messages)


def format_wecom(edition: Edition, *, link: str = "", max_messages: int = 3) -> list[dict[str, Any]]:
    """Group-robot `markdown` messages, each content within 4096 UTF-8 bytes."""
    def render(entries: Sequence[Entry], index: int, tail: Tail) -> dict[str, Any]:
        return {"msgtype": "markdown", "markdown": {"content": render_markdown(edition, entries, index, tail)}}

    return paginate(edition, render, lambda p: utf8_len(p["markdown"]["content"]) <= WECOM_MAX_BYTES,
                    link=link, max_messages=max_messages)


# -- feishu / lark -----------------------------------------------------------------------------

_LARK_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "*": "&#42;", "~": "&#126;", "[": "&#91;",
                 "]": "&#93;", "_": "&#95;", "`": "&#96;"}


def _lark_text(text: str) -> str:
    return "".join(_LARK_ESCAPES.get(ch, ch) for ch in one_line(text))


def _lark_url(url: str) -> str:
    return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def format_feishu(edition: Edition, *, link: str = "", max_messages: int = 3) -> list[dict[str, Any]]:
    """Bot-webhook `interactive` cards, each request body within 30 KB (room kept for a signature)."""
    def render(entries: Sequence[Entry], index: int, tail: Tail) -> dict[str, Any]:
        elements: list[dict[str, Any]] = []
        for e in entries:
            it = e.item
            summary = "".join(f"**{_lark_text(t)}**" if bold else _lark_text(t) for t, bold in bold_spans(it.summary))
            elements.append({"tag": "div", "text": {"tag": "lark_md", "content": (
                f"**{e.position}. [{_lark_text(it.headline)}]({_lark_url(it.url)})** — {_lark_text(it.attribution)}"
                f"\n{summary}")}})
        if tail.dropped:
            elements.append({"tag": "note", "elements": [{"tag": "plain_text", "content": tail.text()}]})
        if tail.link:
            elements.append({"tag": "action", "actions": [{
                "tag": "button", "text": {"tag": "plain_text", "content": FULL_EDITION},
                "type": "primary", "url": tail.link}]})
        return {"msg_type": "interactive", "card": {
            "config": {"wide_screen_mode": True},
            "header": {"title": {"tag": "plain_text", "content": header_text(edition, index)}, "template": "blue"},
            "elements": elements,
        }}

    room = FEISHU_MAX_BODY_BYTES - 200  # the signed body adds "timestamp" and "sign"
    return paginate(edition, render, lambda p: utf8_len(json.dumps(p, ensure_ascii=False)) <= room,
                    link=link, max_messages=max_messages)


# -- slack -------------------------------------------------------------------------------------

def _slack_text(text: str) -> str:
    # mrkdwn: only &, < and > need escaping; asterisks etc. are escaped with zero-width joins poorly, so
    # bold/italic characters from posts are left as text the reader sees (they rarely pair up).
    return one_line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slack_link_text(text: str) -> str:
    return _slack_text(text).replace("|", "¦")


def format_slack(edition: Edition, *, link: str = "", max_messages: int = 3) -> list[dict[str, Any]]:
    """Incoming-webhook messages of blocks (header, one mrkdwn section per item, a context tail)."""
    def render(entries: Sequence[Entry], index: int, tail: Tail) -> dict[str, Any]:
        title = header_text(edition, index)
        blocks: list[dict[str, Any]] = [
            {"type": "header", "text": {"type": "plain_text", "text": title[:SLACK_MAX_HEADER_CHARS], "emoji": True}}
        ]
        for e in entries:
            it = e.item
            summary = "".join(f"*{_slack_text(t)}*" if bold else _slack_text(t) for t, bold in bold_spans(it.summary))
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": (
                f"*{e.position}. <{_slack_text(it.url)}|{_slack_link_text(it.headline)}>* — "
                f"{_slack_text(it.attribution)}\n{summary}")}})
        if tail:
            words = [tail.text()] if tail.dropped else []
            if tail.link:
                words.append(f"<{_slack_text(tail.link)}|{FULL_EDITION}>")
            blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": "，".join(words)}]})
        return {"text": title, "blocks": blocks, "unfurl_links": False}

    def fits(p: dict[str, Any]) -> bool:
        return len(p["blocks"]) <= SLACK_MAX_BLOCKS and all(
            len(b["text"]["text"]) <= SLACK_MAX_SECTION_CHARS for b in p["blocks"] if b["type"] == "section")

    return paginate(edition, render, fits, link=link, max_messages=max_messages)


# -- discord -----------------------------------------------------------------------------------

def _discord_text(text: str) -> str:
    # Markdown characters from posts stay text; mentions are disarmed by allowed_mentions as well.
    return re.sub(r"([\\*_~`|>\[\]])", r"\\\1", one_line(text))


def format_discord(edition: Edition, *, link: str = "", max_messages: int = 3) -> list[dict[str, Any]]:
    """Webhook messages: a content line and one embed per item, within Discord's limits."""
    def render(entries: Sequence[Entry], index: int, tail: Tail) -> dict[str, Any]:
        content = f"**{_discord_text(header_text(edition, index))}**"
        if tail:
            words = [tail.text()] if tail.dropped else []
            if tail.link:
                words.append(f"[{FULL_EDITION}](<{tail.link}>)")
            content += "\n" + "，".join(words)
        embeds = []
        for e in entries:
            it = e.item
            embeds.append({
                "title": f"{e.position}. {one_line(it.headline)}"[:DISCORD_MAX_EMBED_TITLE],
                "url": it.url,
                "description": "".join(f"**{_discord_text(t)}**" if bold else _discord_text(t)
                                       for t, bold in bold_spans(it.summary)),
                "author": {"name": one_line(it.attribution)[:256]},
            })
        return {"content": content, "embeds": embeds, "allowed_mentions": {"parse": []}}

    def fits(p: dict[str, Any]) -> bool:
        embeds = p["embeds"]
        total = sum(len(e["title"]) + len(e["description"]) + len(e["author"]["name"]) for e in embeds)
        return (len(p["content"]) <= DISCORD_MAX_CONTENT and len(embeds) <= DISCORD_MAX_EMBEDS
                and total <= DISCORD_MAX_EMBED_TOTAL
                and all(len(e["description"]) <= DISCORD_MAX_EMBED_DESCRIPTION for e in embeds))

    return paginate(edition, render, fits, link=link, max_messages=max_messages)


# -- generic webhook ---------------------------------------------------------------------------

def format_webhook(edition: Edition, *, link: str = "") -> dict[str, Any]:
    """The edition as one JSON document (schema "newsdesk.edition/1")."""
    return {
        "schema": "newsdesk.edition/1",
        "key": edition.slot.key,
        "title": edition.title,
        "generated_at": edition.generated_at.astimezone(edition.slot.end.tzinfo).isoformat(),
        "slot": {"start": edition.slot.start.isoformat(), "end": edition.slot.end.isoformat()},
        "url": link or None,
        "categories": list(edition.categories),
        "items": [
            {"position": n, "headline": it.headline, "attribution": it.attribution, "url": it.url,
             "summary": it.summary, "category": it.category}
            for n, it in enumerate(edition.items, 1)
        ],
    }


def webhook_body(payload: Mapping[str, Any]) -> bytes:
    """The exact bytes that are signed and sent (compact, UTF-8, keys in order)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# -- email -------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class EmailParts:
    subject: str
    text: str
    html: str


def format_email(edition: Edition, *, link: str = "") -> EmailParts:
    """Subject, a plain-text body and an HTML body (every post-derived string escaped)."""
    lines = [edition.title, ""]
    for n, it in enumerate(edition.items, 1):
        lines += [f"{n}. {one_line(it.headline)} — {one_line(it.attribution)}", f"   {it.url}",
                  f"   {plain_summary(it.summary)}", ""]
    if link:
        lines += [f"{FULL_EDITION}：{link}", ""]
    esc = html.escape
    rows = []
    for it in edition.items:
        rows.append(
            f'<li style="margin-bottom:1em"><a href="{esc(it.url)}"><strong>{esc(one_line(it.headline))}</strong></a>'
            f" — {esc(one_line(it.attribution))}<br>{_html_summary(it.summary, 'strong')}</li>"
        )
    footer = f'<p><a href="{esc(link)}">{FULL_EDITION}</a></p>' if link else ""
    body = (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{esc(edition.title)}</title></head>\n"
        '<body style="font-family:sans-serif;line-height:1.6;max-width:40em">\n'
        f"<h1 style=\"font-size:1.3em\">{esc(edition.title)}</h1>\n<ol>\n" + "\n".join(rows) + f"\n</ol>\n{footer}"
        "</body></html>\n"
    )
    return EmailParts(subject=edition.title, text="\n".join(lines), html=body)
