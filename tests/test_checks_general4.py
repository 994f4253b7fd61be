# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)
"""General readings behind the false rejections that recur across the blind sets (test_checks_fresh5.py,
test_checks_fresh6.py and test_checks_fresh7.py each had Chinese function words or descriptions taken for names, and
fresh7 abbreviated years), each fixed as a reading of any text and pinned here on corpus posts that no suite uses
and that are off the six labelled eval days, or on invented posts where the shape is what matters (as
test_checks_general2.py does): a round that fixes only the shapes of the sets it saw does not move the next blind
set, so the fix must hold for the class, not for the case that showed it."""

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
    # Artemis: stablecoin payments "up 70% since February and 137% since Aug '24"
    "stable": "x:1981724792110891254",
    # Aviato on Life Time Holdings: "Trading ~$29.80 (as of Feb '26)"
    "lth": "x:2020606187008315827",
    # 金融汪: OpenAI's balance sheet is too small for its capital spending, "奥特曼全球路演融资"
    "oaicapex": "x:1975311219608461696",
    # an accountant's three questions, "obsessed about for over a decade"
    "accountant": "x:1942592066737082452",
    # foreign governments buying American land, studied "for half a decade"
    "farmland": "x:1942735523292012766",
    # a podcast transcript: "the GPU compute availability in twenty twenty six rounds to zero"
    "gpus": "podcast:0ccea1498caeb14c",
    # a podcast transcript: "I joined this team back in late twenty twenty four"
    "joined": "podcast:87cd942b08043ada",
    # FortePay: four features, each on a ✅ line
    "forte": "x:1940380274430255105",
    # Cyfrin Updraft: 200k students, five topics, each on a "- " line
    "cyfrin": "x:1941122934266867877",
    # Lenovo: "AI has moved past demos and data-science experiments"
    "lenovo": "x:2019169092285132848",
    # a watch "from around 1970", "under $1000"
    "watch": "x:2088271736366354876",
}
_FILES = ("x-kit.jsonl", "x-kit-tuber0613.jsonl", "follow-builders-podcasts.jsonl")


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
        # a year shortened to an apostrophe and two digits ("Aug '24") is that year: 2024年8月, not 2023年8月
        ("stable", "稳定币支付月规模达**102亿美元**，比2024年8月增长**137%**。", True),
        ("stable", "稳定币支付月规模达**102亿美元**，比2023年8月增长**137%**。", False),
        ("lth", "Aviato认为Life Time Holdings值得买入：截至2026年2月股价约**29.80美元**，远期市盈率约17.5倍。", True),
        ("lth", "Aviato认为Life Time Holdings值得买入：截至2025年2月股价约**29.80美元**，远期市盈率约17.5倍。", False),
        # a decade named with a determiner is ten years, with its hedge ("over a decade"); half a decade is five
        ("accountant", "作者做了超过十年的特许会计师，一直在思考这三个问题。", True),
        ("accountant", "作者做了超过二十年的特许会计师，一直在思考这三个问题。", False),
        ("farmland", "作者研究外国政府购买美国土地已有五年。", True),
        ("farmland", "作者研究外国政府购买美国土地已有十年。", False),
        # "around 1970" dates roughly: a summary's 1970年 gives the year, not a figure stripped of its hedge
        ("watch", "作者建议买1970年的钢制枕形表，价格不到**1000美元**。", True),
        ("watch", "作者建议买1980年的钢制枕形表，价格不到**1000美元**。", False),
        # a year said in words, as a transcript writes speech ("twenty twenty six") is that year
        ("gpus", "嘉宾转述称，2026年可用的GPU算力几乎为零。", True),
        ("gpus", "嘉宾转述称，2025年可用的GPU算力几乎为零。", False),
        ("joined", "嘉宾于2024年底加入这个团队。", True),
        ("joined", "嘉宾于2023年底加入这个团队。", False),
    ],
)
def test_abbreviated_years_and_decades_are_years(posts: dict[str, Post], name: str, text: str, ok: bool) -> None:
    check = check_numbers(text, _evidence(posts, name))
    assert check.ok is ok, check.detail


@pytest.mark.parametrize(
    ("name", "text", "ok"),
    [
        # a clause opened by a function character (但, 据, 而) before a pronoun or 称 names no one; the name after
        # one is still judged: 但奥特曼 is the post's, 但李开复 is not
        ("oaicapex", "金融汪认为OpenAI的资产负债表太小，撑不起每年数百亿的资本开支。但他认为这不等于OpenAI一定失败。", True),
        ("oaicapex", "金融汪认为OpenAI的资产负债表太小。据其估计，OpenAI每年需要数百亿的资本开支。", True),
        ("oaicapex", "金融汪认为OpenAI的资产负债表太小，但据称奥特曼正在全球路演融资。", True),
        ("oaicapex", "金融汪认为OpenAI的资产负债表太小，但李开复认为这不等于OpenAI一定失败。", False),
        # a source described by a generic noun (帖子, 标题, 报道) names no one; what stands before it is judged
        ("oaicapex", "原帖标题称OpenAI的资产负债表太小，撑不起每年数百亿的资本开支。", True),
        ("oaicapex", "晨星报道称OpenAI的资产负债表太小，撑不起每年数百亿的资本开支。", False),
    ],
)
def test_function_words_and_descriptions_are_no_speakers(posts: dict[str, Post], name: str, text: str,
                                                         ok: bool) -> None:
    check = check_names(text, _evidence(posts, name))
    assert check.ok is ok, check.detail


_ROUND = "Lumo AI raised a $30M Series A led by 星河资本, with 北辰创投 following. Lumo makes video generation tools."


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # 获 (gets) before an investor opens a clause and is no part of its name: 获星河资本领投 names 星河资本
        ("Lumo AI获星河资本领投**3000万美元**A轮融资，北辰创投跟投。", True),
        ("Lumo AI获云海资本领投**3000万美元**A轮融资，北辰创投跟投。", False),
        # a company described by its trade (视频生成公司) is no name; a name before the same word is judged
        ("视频生成公司Lumo AI完成**3000万美元**A轮融资，由星河资本领投。", True),
        ("视频生成公司Lumo AI完成**3000万美元**A轮融资，由云海资本领投。", False),
    ],
)
def test_organisations_after_verbs_and_by_trade(text: str, ok: bool) -> None:
    """An invented post (as test_checks_general2.py pins its first readings): the shape, not a corpus wording."""
    check = check_names(text, [_ROUND])
    assert check.ok is ok, check.detail


_GROWTH = "Pico raised $50M. $20M to $700M annual run rate in 12 months."
_BAND = "Pico's deals are $20M to $700M each, its CEO says."


@pytest.mark.parametrize(
    ("post", "text", "ok"),
    [
        # two figures joined by "to" and followed by a period ("in 12 months") are a start and an end, not a range:
        # the end alone is the figure now; a range with no period stays one, whose end alone is not the figure
        (_GROWTH, "Pico的年化收入在12个月内从**2000万美元增至7亿美元**。", True),
        (_GROWTH, "Pico的年化收入已达**7亿美元**。", True),
        (_GROWTH, "Pico的年化收入在12个月内从**3000万美元增至7亿美元**。", False),
        (_BAND, "Pico的单笔交易规模达**7亿美元**。", False),
        (_BAND, "Pico的单笔交易规模在**2000万至7亿美元**之间。", True),
    ],
)
def test_a_change_over_a_period_is_no_range(post: str, text: str, ok: bool) -> None:
    """Invented posts: the shape, not a corpus wording (the corpus has no other change written without "from")."""
    check = check_numbers(text, [post])
    assert check.ok is ok, check.detail


@pytest.mark.parametrize(
    ("name", "text", "ok"),
    [
        # a bulleted list counts its items: a summary may say how many the post lists without writing the number
        ("forte", "FortePay成为SequencePay的核心支付基础设施，带来**四项**能力，包括法币与加密货币转换。", True),
        ("forte", "FortePay成为SequencePay的核心支付基础设施，带来**三项**能力，包括法币与加密货币转换。", False),
        ("cyfrin", "Cyfrin Updraft已帮助超过**20万**名学生掌握DeFi、Solidity等**五个**方向。", True),
        ("cyfrin", "Cyfrin Updraft已帮助超过**20万**名学生掌握DeFi、Solidity等**六个**方向。", False),
    ],
)
def test_a_bulleted_list_counts_its_items(posts: dict[str, Post], name: str, text: str, ok: bool) -> None:
    check = check_numbers(text, _evidence(posts, name))
    assert check.ok is ok, check.detail


@pytest.mark.parametrize(
    ("name", "text", "ok"),
    [
        # surpassing said in other words ("moved past", "overtook", "outstrips") is the comparison 超越 makes; a post
        # that compares nothing still backs none
        ("lenovo", "联想的Scott Tease表示，AI已经超越了演示和数据科学实验阶段，进入部署期。", True),
        ("farmland", "作者认为美国农业部的准备远远超越外国政府。", False),
    ],
)
def test_comparisons_in_other_words(posts: dict[str, Post], name: str, text: str, ok: bool) -> None:
    check = check_claims(text, _evidence(posts, name))
    assert check.ok is ok, check.detail
