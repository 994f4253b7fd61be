# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)
"""General readings behind the false rejections of the ninth and seventh blind sets (test_checks_fresh9.py,
test_checks_fresh7.py): a money figure with a lower-case m ("$310m"), a reduction by a multiple ("a ~10x haircut")
read as the share that is left, a name a post writes in lower case ("muse glimmer can run on 24GB"), a maker before
its product ("Google的Gemma 4 E4B"), a platform named beside a figure of the sentence's subject ("the first model on
OpenRouter to break 1 Trillion tokens"), and a field of business before 公司 ("防空公司"). Each is pinned both ways
on corpus posts no suite uses, off the labelled eval days, or on invented posts where the shape is what matters: the
faithful answer passes, and the error of its class (a figure off by an order, a change read the other way, a figure
moved to another subject, an invented company name) is still caught."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.model import Post
from newsdesk.writer.checks import evidence_text
from newsdesk.writer.checks.names import check_names
from newsdesk.writer.checks.numbers import check_numbers

from checkskit import assert_probes_apart
from corpuskit import read_corpus_posts

#: the corpus posts the cases below are checked against, by a short name
POSTS: dict[str, str] = {
    # Tarun Amasa: "We've raised $14m led by @OpenAI Startup Fund to bring AI to Excel" (Endex)
    "endex": "x:1953130965355905140",
    # Ohad Elhelo: "our one-week $20m at $750m raise"
    "elhelo": "x:1985367486372487227",
}
_FILES = ("x-kit.jsonl", "follow-builders-x.jsonl")


@pytest.fixture(scope="module")
def posts(corpus: Path) -> dict[str, Post]:
    return read_corpus_posts(corpus, POSTS.values(), _FILES)


def test_the_posts_are_apart(eval_dir: Path) -> None:
    assert_probes_apart(Path(__file__), POSTS.values(), eval_dir)


@pytest.mark.parametrize(
    ("name", "text", "ok"),
    [
        # after a currency sign a lower-case m is millions: $14m is 1400万美元, $750m 7.5亿美元
        ("endex", "Tarun Amasa称，公司完成1400万美元融资，由OpenAI Startup Fund领投。", True),
        ("endex", "Tarun Amasa称，公司完成1.4亿美元融资，由OpenAI Startup Fund领投。", False),
        ("endex", "Tarun Amasa称，公司完成14美元融资。", False),
        ("elhelo", "Ohad Elhelo称，公司用一周完成2000万美元融资，估值7.5亿美元。", True),
        ("elhelo", "Ohad Elhelo称，公司用一周完成2000万美元融资，估值75亿美元。", False),
    ],
)
def test_a_lower_case_m_after_a_currency_sign_is_millions(posts: dict[str, Post], name: str, text: str,
                                                          ok: bool) -> None:
    post = posts[POSTS[name]]
    assert check_numbers(text, [evidence_text(post)], [post.author_name, post.author_handle]).ok is ok


_HAIRCUT = ["Common holders split the remaining ~$400M, a ~5x haircut from the 2021 peak."]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # a 5x haircut leaves a fifth: 五分之一, 20% of the peak; it is no fall BY 20%, nor a tenth
        ("普通股东分享剩余约4亿美元，约为2021年巅峰时的约五分之一。", True),
        ("普通股东分享剩余约4亿美元，仅为2021年巅峰时的约20%。", True),
        ("普通股东分享剩余约4亿美元，较2021年巅峰缩水约20%。", False),
        ("普通股东分享剩余约4亿美元，约为2021年巅峰时的约十分之一。", False),
    ],
)
def test_a_reduction_by_a_multiple_leaves_its_share(text: str, ok: bool) -> None:
    assert check_numbers(text, _HAIRCUT).ok is ok


#: a story of two posts, the second written in lower case (as many X posts are)
_LOWER = [
    "Introducing Nova Lumen, an open-weight 30B model for local agents. Orbit Sky, our larger model, follows.",
    "big day: nova lumen can run on 16GB of VRAM without losing quality. orbit sky needs 80GB.",
]
#: a maker, two products of it, each with its own figure, in two posts
_MAKER = [
    "Acme releases Zeta 2 and Vega 3 today.",
    "Zeta 2 Mini was able to search and cite 12 websites in one answer.\nVega 3 Pro scored 71% on ToolBench.",
]
#: a model's rank and its token record on a platform, and a rival's figure in another sentence
_PLATFORM = [
    "Lumo-9 ranks #1 on ChartHub, and the first model on ChartHub to process 2 trillion tokens in a single day!",
    "Kora-3 follows at #2 with 800 billion tokens.",
]


@pytest.mark.parametrize(
    ("evidence", "text", "ok"),
    [
        # a name written in lower case names its subject: 16GB is Nova Lumen's, 80GB Orbit Sky's
        (_LOWER, "Nova Lumen可在16GB显存上运行且不损失质量。", True),
        (_LOWER, "Orbit Sky需要80GB显存。", True),
        (_LOWER, "Orbit Sky可在16GB显存上运行且不损失质量。", False),
        # a maker before its product: the product is the subject of the clause
        (_MAKER, "Acme的Zeta 2 Mini能搜索并引用12个网站。", True),
        (_MAKER, "Acme的Vega 3 Pro能搜索并引用12个网站。", False),
        # the platform named beside the figure is where, the sentence's opening name whose
        (_PLATFORM, "Lumo-9单日处理量突破2万亿token。", True),
        (_PLATFORM, "Lumo-9成为ChartHub上首个单日处理超过2万亿token的模型。", True),
        (_PLATFORM, "Kora-3单日处理量突破2万亿token。", False),
    ],
)
def test_figures_stay_with_their_subjects(evidence: list[str], text: str, ok: bool) -> None:
    assert check_numbers(text, evidence).ok is ok


_AIR_DEFENCE = ["Today, @airstreet led a $20M Series A in Skyward to build air defense for autonomous warfare."]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # a field of business alone before 公司 describes the company, named elsewhere in the sentence or not
        ("Air Street领投了防空公司Skyward的2000万美元A轮融资。", True),
        ("Air Street领投了一家新兴公司的A轮融资，这家生命科学公司并未公开。", True),
        # a name ending in a field word is still a name the posts must give
        ("蓝鲸汽车公司领投了Skyward的A轮融资。", False),
        ("Air Street与红杉资本领投了Skyward的A轮融资。", False),
    ],
)
def test_a_field_before_an_organisation_word_is_no_name(text: str, ok: bool) -> None:
    assert check_names(text, _AIR_DEFENCE).ok is ok


_OUTAGES = ["The team reported three separate outages this week and two launches on Tuesday."]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # a count of events in Chinese numerals before its counter (起, 场) is a figure the posts must give
        ("团队本周报告了三起独立的故障。", True),
        ("团队本周报告了五起独立的故障。", False),
        ("团队本周报告了四场故障。", False),
        # 一起 (together) and 两起 (an easy pair, as 两家) stay unread
        ("团队本周一起报告了这些故障。", True),
    ],
)
def test_a_count_of_events_in_chinese_numerals(text: str, ok: bool) -> None:
    assert check_numbers(text, _OUTAGES).ok is ok


_PORTFOLIO = ["past 10 days was full of @northfund portfolio news!\n- @novaml $310m series b\n- @skyward_ai $60m series a"]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # a line that names its company by its account only: the figure is that company's
        ("North Fund称，Skyward完成6000万美元A轮融资，Nova完成3.1亿美元B轮融资。", True),
        ("North Fund称，Skyward完成3.1亿美元A轮融资。", False),
    ],
)
def test_an_account_names_its_line(text: str, ok: bool) -> None:
    assert check_numbers(text, _PORTFOLIO).ok is ok
