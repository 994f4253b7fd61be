"""General weaknesses of the writer's checks behind the false rejections and misses of the fourth, fifth and sixth
held-out sets (test_checks_fresh4.py, test_checks_fresh5.py, test_checks_fresh6.py, the sets this round was
developed on), each fixed as a reading that holds for any post and pinned here on corpus posts that no suite uses
and that are off the six labelled eval days (the readings of whose figure belongs to whom on invented posts, as
test_checks_general2.py does): the fix must hold for any post, not for the case that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.model import Post
from newsdesk.writer.checks import evidence_text
from newsdesk.writer.checks.claims import check_claims
from newsdesk.writer.checks.names import check_names
from newsdesk.writer.checks.numbers import check_numbers

from checkskit import assert_probes_apart
from corpuskit import read_corpus_posts

#: the corpus posts the cases below are checked against, by a short name
POSTS: dict[str, str] = {
    # 金融汪: Nvidia's earnings call, "英伟达的CFO和CEO黄仁勋的回答" (a title with no space before a Chinese name)
    "nvcall": "x:1991285113230094668",
    # 马天翼: OpenAI's revenue over $20B in 2025, "远超2024年的60亿美金和2023年的20亿美金"
    "oairev": "x:2013069917755748531",
    # the yen at 158.91 to the dollar, "超过了2025年1月158.87日元的历史低点"
    "yen": "x:2010943061044707622",
    # 宝玉 on OpenAI's round: "单轮募资金额高达 1220亿美元"
    "oairound": "x:2039167839354110074",
    # a gateway's tokens: "Open-weight models ran 29% of gateway tokens, up from 11% in April"
    "gateway": "x:2076713720731042174",
    # Google: Gemini 3.5 Live Translate, "supporting 70+ languages"
    "translate": "x:2064400689825288351",
    # Tinyfool: Transsion goes modular, "在非洲占据了超过一半的市场份额"
    "transsion": "x:2027677231104069825",
    # DAIR.AI: four architecture choices cost up to 47% of long-context performance, "Combine three or more"
    "longctx": "x:2087600513441546589",
    # a CVPR paper: LocateAnything decodes boxes in parallel, "improving localization accuracy while ..."
    "locate": "x:2060058563544801787",
}
_FILES = ("x-kit.jsonl", "x-kit-tuber0613.jsonl", "follow-builders-blogs.jsonl", "follow-builders-x.jsonl")


@pytest.fixture(scope="module")
def posts(corpus: Path) -> dict[str, Post]:
    return read_corpus_posts(corpus, POSTS.values(), _FILES)


def _evidence(posts: dict[str, Post], name: str) -> list[str]:
    return [evidence_text(posts[POSTS[name]])]


def test_the_posts_are_apart(eval_dir: Path) -> None:
    assert_probes_apart(Path(__file__), POSTS.values(), eval_dir)


@pytest.mark.parametrize(
    ("name", "text", "ok"),
    [
        # a year is when, not a hedged figure: "远超2024年的60亿美金" hedges the amount, the year stays a year
        ("yen", "日元兑美元一度下跌**0.5%**至158.91日元，跌破了2025年1月158.87日元的历史低点。", True),
        ("yen", "日元兑美元一度下跌**0.5%**至158.91日元，跌破了2023年1月158.87日元的历史低点。", False),
        # half in Chinese words is 50%, with its hedge, in the posts and in a summary: 超过一半 is 超过50%,
        # 一半以上, not 一半不到 nor 不到50%
        ("transsion", "传音在非洲占据了超过**50%**的市场份额，如今也开始做模块化手机。", True),
        ("transsion", "传音在非洲占据了超过**60%**的市场份额，如今也开始做模块化手机。", False),
        ("transsion", "传音在非洲占据了**一半以上**的市场份额，如今也开始做模块化手机。", True),
        ("transsion", "传音在非洲占据了**一半不到**的市场份额，如今也开始做模块化手机。", False),
        ("transsion", "传音在非洲的市场份额**不到50%**，如今也开始做模块化手机。", False),
        # 高达 right before an amount stresses its size (a claim may leave it out); before a rate it is "up to"
        ("oairound", "OpenAI单轮募资**1220亿美元**，作者调侃这是在抢Claude的头条。", True),
        ("oairound", "OpenAI单轮募资**1320亿美元**，作者调侃这是在抢Claude的头条。", False),
        # a change in points that the post states from one share to another ("29%, up from 11%")
        ("gateway", "开源权重模型在网关中的token占比为**29%**，比4月提高了约18个百分点。", True),
        ("gateway", "开源权重模型在网关中的token占比为**29%**，比4月提高了约25个百分点。", False),
        # "70+" is 70种及以上: 及以上 is a hedge as 以上 is
        ("translate", "谷歌的Gemini 3.5 Live Translate是语音到语音的翻译模型，支持**70种及以上**语言。", True),
        ("translate", "谷歌的Gemini 3.5 Live Translate是语音到语音的翻译模型，支持**80种及以上**语言。", False),
    ],
)
def test_figures_as_posts_write_them(posts: dict[str, Post], name: str, text: str, ok: bool) -> None:
    check = check_numbers(text, _evidence(posts, name))
    assert check.ok is ok, check.detail


@pytest.mark.parametrize(
    ("name", "text", "ok"),
    [
        # a title written against a Chinese name ("CEO黄仁勋") is the title the post gives
        ("nvcall", "金融汪参加了英伟达的电话会，想分享研究员的提问以及英伟达CEO黄仁勋的回答。", True),
        ("nvcall", "金融汪参加了英伟达的电话会，想分享研究员的提问以及英伟达CTO的回答。", False),
        # a time before 公司 is when, not a company's name; a possessive before 说 is nobody's name
        ("oairev", "OpenAI 2025年收入超过200亿美元，去年底公司的算力约为1.9吉瓦。", True),
        ("oairev", "OpenAI 2025年收入超过200亿美元，去年底星河公司的算力约为1.9吉瓦。", False),
        ("transsion", "传音在非洲占据了一半以上的市场份额。用作者的话说，传音出海做得很好。", True),
        ("transsion", "传音在非洲占据了一半以上的市场份额。王小川说，传音出海做得很好。", False),
    ],
)
def test_titles_times_and_phrases_are_read_as_such(posts: dict[str, Post], name: str, text: str, ok: bool) -> None:
    check = check_names(text, _evidence(posts, name))
    assert check.ok is ok, check.detail


@pytest.mark.parametrize(
    ("name", "text", "ok"),
    [
        # "improving localization accuracy" over decoding one coordinate at a time: 优于 is a comparison it makes
        ("locate", "LocateAnything并行解码边界框，定位精度优于逐个坐标解码的方式，吞吐量也大幅提高。", True),
        ("longctx", "研究发现这四个架构选择的效果优于Olmo、Llama和Qwen。", False),
    ],
)
def test_comparisons_in_the_posts_own_words(posts: dict[str, Post], name: str, text: str, ok: bool) -> None:
    check = check_claims(text, _evidence(posts, name))
    assert check.ok is ok, check.detail


_TIERS = ("Zeta Portal has new tiers:\n→ Plus ($20)\n→ Super ($100)\n→ Ultra ($200)\n"
          "Bonus credits on renewals: +$2 on Plus / +$10 on Super / +$20 on Ultra")
_SCORES = "Orca-2 scores 61% on SWE-Pro.\nNimbus 4 scores 48% on SWE-Pro."
_DATES = "We shipped the prompt alongside Orca 4.7 on April 16.\nIt hurt Nimbus 2 quality and was reverted on April 20."


@pytest.mark.parametrize(
    ("post", "text", "ok"),
    [
        # a figure of a list's item is that item's ("Super（$100）和Ultra（$200）"), not the next item's
        (_TIERS, "Zeta Portal新档位：Plus（$20）、Super（**$100**）和Ultra（$200）。", True),
        (_TIERS, "Zeta Portal新档位：Plus（$20）、Super（**$200**）和Ultra（$100）。", False),
        # names and figures paired "respectively" (分别) are paired by order, not by nearness
        (_SCORES, "Orca-2和Nimbus 4在SWE-Pro上分别得分**61%**和48%。", True),
        (_SCORES, "Orca-2在SWE-Pro上得分**48%**。", False),
        # a date in a clause that names nobody is when, of no model named before it; a clause naming one is its
        (_DATES, "该提示词随Orca 4.7于**4月16日**上线，4月20日撤回。", True),
        (_DATES, "该提示词随Orca 4.7于**4月16日**上线，Orca 4.7于4月20日撤回。", False),
    ],
)
def test_a_figure_belongs_to_its_nearest_subject(post: str, text: str, ok: bool) -> None:
    """Invented posts (as test_checks_general2.py pins its first readings): the shape, not a corpus wording."""
    check = check_numbers(text, [post])
    assert check.ok is ok, check.detail

