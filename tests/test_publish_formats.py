"""The pure push formatters: exact payloads, escaping, and packing under each service's limit."""

from __future__ import annotations

import hmac
import json
from dataclasses import replace

import pytest

from newsdesk.publish import formats
from newsdesk.publish.formats import (
    cut_summary,
    format_dingtalk,
    format_discord,
    format_email,
    format_feishu,
    format_slack,
    format_telegram,
    format_webhook,
    format_wecom,
    utf8_len,
    utf16_len,
)
from newsdesk.publish.push import dingtalk_signed_url, feishu_sign, webhook_signature

from pushkit import make_edition

LINK = "https://news.example/editions/2025.07.22.04/"
TITLE = "2025.07.22.04 过去4小时全球AI发生了什么？"


def test_telegram_exact_payload() -> None:
    ed = make_edition(1)
    assert format_telegram(ed, chat_id="@ainews", link=LINK) == [{
        "chat_id": "@ainews",
        "text": (f"<b>{TITLE}</b>\n\n"
                 '1. <a href="https://x.com/a/status/1001">新模型发布第1号</a> — 作者1\n'
                 "阿里巴巴的Qwen团队发布了<b>新的系列模型1</b>，性能提升明显。\n\n"
                 f'<a href="{LINK}">阅读完整版</a>'),
        "parse_mode": "HTML",
        "link_preview_options": {"is_disabled": True},
    }]


def test_feishu_exact_card() -> None:
    ed = make_edition(1)
    assert format_feishu(ed, link=LINK) == [{"msg_type": "interactive", "card": {
        "config": {"wide_screen_mode": True},
        "header": {"title": {"tag": "plain_text", "content": TITLE}, "template": "blue"},
        "elements": [
            {"tag": "div", "text": {"tag": "lark_md", "content": (
                "**1. [新模型发布第1号](https://x.com/a/status/1001)** — 作者1\n"
                "阿里巴巴的Qwen团队发布了**新的系列模型1**，性能提升明显。")}},
            {"tag": "action", "actions": [{"tag": "button", "text": {"tag": "plain_text", "content": "阅读完整版"},
                                           "type": "primary", "url": LINK}]},
        ],
    }}]


def test_dingtalk_and_wecom_exact_markdown() -> None:
    ed = make_edition(1)
    text = (f"### {TITLE}\n\n"
            "1. **[新模型发布第1号](https://x.com/a/status/1001)** — 作者1\n\n"
            "阿里巴巴的Qwen团队发布了**新的系列模型1**，性能提升明显。\n\n"
            f"[阅读完整版]({LINK})")
    assert format_dingtalk(ed, link=LINK) == [{"msgtype": "markdown", "markdown": {"title": TITLE, "text": text}}]
    assert format_wecom(ed, link=LINK) == [{"msgtype": "markdown", "markdown": {"content": text}}]


def test_slack_exact_blocks() -> None:
    ed = make_edition(1)
    assert format_slack(ed, link=LINK) == [{
        "text": TITLE,
        "blocks": [
            {"type": "header", "text": {"type": "plain_text", "text": TITLE, "emoji": True}},
            {"type": "section", "text": {"type": "mrkdwn", "text": (
                "*1. <https://x.com/a/status/1001|新模型发布第1号>* — 作者1\n"
                "阿里巴巴的Qwen团队发布了*新的系列模型1*，性能提升明显。")}},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": f"<{LINK}|阅读完整版>"}]},
        ],
        "unfurl_links": False,
    }]


def test_discord_exact_message() -> None:
    ed = make_edition(1)
    assert format_discord(ed, link=LINK) == [{
        "content": f"**{TITLE}**\n[阅读完整版](<{LINK}>)",
        "embeds": [{"title": "1. 新模型发布第1号", "url": "https://x.com/a/status/1001",
                    "description": "阿里巴巴的Qwen团队发布了**新的系列模型1**，性能提升明显。",
                    "author": {"name": "作者1"}}],
        "allowed_mentions": {"parse": []},
    }]


def test_webhook_document_and_signature() -> None:
    ed = make_edition(2)
    doc = format_webhook(ed, link=LINK)
    assert doc["schema"] == "newsdesk.edition/1" and doc["key"] == "2025.07.22.04" and doc["url"] == LINK
    assert [i["position"] for i in doc["items"]] == [1, 2]
    assert doc["items"][0]["summary"] == "阿里巴巴的Qwen团队发布了**新的系列模型1**，性能提升明显。"
    body = formats.webhook_body(doc)
    assert json.loads(body) == doc and "新模型".encode() in body  # UTF-8, not \\u escapes
    assert webhook_signature(b"{}", "k") == "sha256=" + hmac.new(b"k", b"{}", "sha256").hexdigest()


def test_service_signatures_follow_their_documented_recipes() -> None:
    import base64
    import hashlib

    expected = base64.b64encode(hmac.new(b"1700000000\nsec", b"", hashlib.sha256).digest()).decode()
    assert feishu_sign("sec", 1700000000) == expected
    url = dingtalk_signed_url("https://oapi.example/robot/send?access_token=abc", "sec", 1700000000000)
    digest = base64.b64encode(hmac.new(b"sec", b"1700000000000\nsec", hashlib.sha256).digest()).decode()
    from urllib.parse import quote_plus

    assert url == f"https://oapi.example/robot/send?access_token=abc&timestamp=1700000000000&sign={quote_plus(digest)}"


def test_post_text_cannot_inject_markup() -> None:
    evil = make_edition(1, headline="<script>alert(1)</script> [x](http://evil) *b* @everyone",
                        summary="**粗体** <img src=x onerror=alert(1)> & a|b")
    tg = format_telegram(evil, chat_id="1")[0]["text"]
    assert "<script>" not in tg and "&lt;script&gt;" in tg and "<img" not in tg
    lark = format_feishu(evil)[0]["card"]["elements"][0]["text"]["content"]
    assert "[x](http://evil)" not in lark and "<img" not in lark
    md = format_wecom(evil)[0]["markdown"]["content"]
    assert "[x](http://evil)" not in md and "\\[x\\]" in md
    slack = format_slack(evil)[0]["blocks"][1]["text"]["text"]
    assert "<script>" not in slack and "&lt;img" in slack and "a|b" in slack
    discord = format_discord(evil)[0]
    assert discord["allowed_mentions"] == {"parse": []}
    html_body = format_email(evil).html
    assert "<script>" not in html_body and "<img" not in html_body and "&lt;img" in html_body


def _long_edition(n: int = 12, repeat: int = 40):
    return make_edition(n, summary="阿里巴巴的Qwen团队发布了**新的系列模型**，据称性能接近顶尖模型。" * repeat)


@pytest.mark.parametrize(("fmt", "size", "limit"), [
    (lambda ed, **kw: format_telegram(ed, chat_id="1", **kw), lambda p: formats.telegram_len(p["text"]),
     formats.TELEGRAM_MAX_UTF16),
    (format_wecom, lambda p: utf8_len(p["markdown"]["content"]), formats.WECOM_MAX_BYTES),
    (format_dingtalk, lambda p: utf8_len(p["markdown"]["text"]), formats.DINGTALK_MAX_BYTES),
    (format_feishu, lambda p: utf8_len(json.dumps(p, ensure_ascii=False)), formats.FEISHU_MAX_BODY_BYTES),
    (format_discord, lambda p: sum(len(e["description"]) + len(e["title"]) + len(e["author"]["name"])
                                   for e in p["embeds"]), formats.DISCORD_MAX_EMBED_TOTAL),
])
def test_chinese_editions_split_under_each_limit_and_end_with_the_link(fmt, size, limit) -> None:
    ed = _long_edition()
    messages = fmt(ed, link=LINK, max_messages=20)
    assert len(messages) > 1
    assert all(size(m) <= limit for m in messages)
    dump = json.dumps(messages, ensure_ascii=False)
    for n in range(1, 13):  # every item in order, none lost
        assert f"新模型发布第{n}号" in dump
    assert LINK in json.dumps(messages[-1], ensure_ascii=False)
    assert LINK not in json.dumps(messages[0], ensure_ascii=False)
    assert "（续）" in json.dumps(messages[1], ensure_ascii=False)


def test_too_many_messages_are_trimmed_with_a_count_and_the_link() -> None:
    ed = _long_edition()
    messages = format_wecom(ed, link=LINK, max_messages=2)
    assert len(messages) == 2
    last = messages[-1]["markdown"]["content"]
    shown = sum(m["markdown"]["content"].count("**[新模型发布第") for m in messages)
    assert last.endswith(f"还有 {12 - shown} 条未显示，[阅读完整版]({LINK})")
    assert all(utf8_len(m["markdown"]["content"]) <= formats.WECOM_MAX_BYTES for m in messages)


def test_one_item_too_big_for_any_message_is_cut_with_an_ellipsis() -> None:
    ed = make_edition(1, summary="很长的**摘要**" + "字" * 5000)
    [message] = format_telegram(ed, chat_id="1", link=LINK)
    assert formats.telegram_len(message["text"]) <= formats.TELEGRAM_MAX_UTF16
    assert "…" in message["text"] and message["text"].endswith(f'<a href="{LINK}">阅读完整版</a>')
    assert message["text"].count("<b>") == message["text"].count("</b>")


def test_slack_block_limit_splits_messages() -> None:
    ed = make_edition(60)
    messages = format_slack(ed, max_messages=5)
    assert len(messages) == 2
    assert all(len(m["blocks"]) <= formats.SLACK_MAX_BLOCKS for m in messages)
    assert sum(len(m["blocks"]) - 1 for m in messages) == 60


def test_discord_splits_at_ten_embeds() -> None:
    messages = format_discord(make_edition(23), max_messages=5)
    assert [len(m["embeds"]) for m in messages] == [10, 10, 3]


def test_cut_summary_keeps_bold_balanced() -> None:
    assert cut_summary("前面**加粗的部分很长**后面", 6) == "前面加粗…"  # the opened span loses its marker
    assert cut_summary("前面**加粗**的部分很长", 10) == "前面**加粗**的部…"
    assert cut_summary("短", 10) == "短"


def test_email_parts() -> None:
    ed = make_edition(2)
    parts = format_email(ed, link=LINK)
    assert parts.subject == TITLE
    assert parts.text.splitlines()[:5] == [
        TITLE, "", "1. 新模型发布第1号 — 作者1", "   https://x.com/a/status/1001",
        "   阿里巴巴的Qwen团队发布了新的系列模型1，性能提升明显。"]
    assert "<strong>新的系列模型1</strong>" in parts.html and LINK in parts.html
    assert parts.html.startswith("<!DOCTYPE html>") and 'lang="zh-CN"' in parts.html


def test_formatters_are_pure() -> None:
    ed = make_edition(5)
    assert format_feishu(ed, link=LINK) == format_feishu(replace(ed), link=LINK)


def test_telegram_counts_what_the_reader_sees_not_the_markup() -> None:
    assert formats.telegram_len('<b>新模型</b> &amp; <a href="https://example.com/a/very/long/path">链接</a>') == 8
    # Every item carries a link and bold: its markup alone is hundreds of characters, which
    # must not push an edition whose visible text fits into a second message.
    ed = make_edition(8, summary="阿里巴巴的Qwen团队发布了**新的系列模型**，据称性能接近顶尖模型。" * 14)
    [message] = format_telegram(ed, chat_id="1", link=LINK)
    assert utf16_len(message["text"]) > formats.TELEGRAM_MAX_UTF16 >= formats.telegram_len(message["text"])
