# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)

"""General readings behind the false rejections of the tenth and seventh blind sets (test_checks_fresh10.py,
test_checks_fresh7.py), checks17's round: conversions that are arithmetic, not lexicon (a share written as a fraction,
"25x cheaper" as 1/25; what a cut leaves, "90% off" as 原价的10%; 10M+ as 1000万以上 with the noun before 以上; a
range in Chinese numerals, 两到四倍; a headline's bare figure under a summary that keeps its 约 or 超过), and the
readings after them in this file. Each is pinned both ways on corpus posts no suite uses, off the labelled eval days,
or on invented posts where the shape is what matters: the faithful answer passes, and the error of its class (a
figure off, a cut read as what is left, a range cut to an end, a hedge dropped everywhere) is still caught."""

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
    # Deedy Das: "GPT-5 is 25x cheaper than GPT-4 at launch"
    "gpt5": "x:1960703372840890574",
    # Nous Research: "DeepSeek V4 Flash 0731 is now 90% off on Nous Portal for the next 7 days"
    "nous": "x:2083953441571742191",
    # Uphold's partner: "a global digital asset platform trusted by 10M+ users, with custody of $9B+ in assets"
    "uphold": "x:1965173302860906922",
    # "we can read 2-4x faster than we talk and speak"
    "read": "x:2085884470306234676",
}
_FILES = ("x-kit.jsonl", "follow-builders-x.jsonl")


@pytest.fixture(scope="module")
def posts(corpus: Path) -> dict[str, Post]:
    return read_corpus_posts(corpus, POSTS.values(), _FILES)


def test_the_posts_are_apart(eval_dir: Path) -> None:
    assert_probes_apart(Path(__file__), POSTS.values(), eval_dir)


def _numbers_ok(post: Post, text: str) -> bool:
    """The numbers check of `text` (a headline line, then the summary) against one post."""
    return check_numbers(text, [evidence_text(post)], [post.author_name, post.author_handle],
                         headline_first=True).ok


@pytest.mark.parametrize(
    ("name", "text", "ok"),
    [
        # "25x cheaper" leaves a 25th: 1/25 is the share the posts give (4%), one figure, not a 1 and a 25
        ("gpt5", "GPT-5上线价格仅为GPT-4的1/25\nDeedy Das称，GPT-5上线时的价格仅为GPT-4的1/25。", True),
        ("gpt5", "GPT-5上线价格仅为GPT-4的4%\nDeedy Das称，GPT-5上线时的价格仅为GPT-4的4%。", True),
        ("gpt5", "GPT-5上线价格仅为GPT-4的1/20\nDeedy Das称，GPT-5上线时的价格仅为GPT-4的1/20。", False),
        # "90% off" leaves 10% of the old price: a share the price fell TO, never a cut BY it, nor another share
        ("nous", "Nous Portal限时降价\nDeepSeek V4 Flash 0731在Nous Portal上限时只需原价的10%。", True),
        ("nous", "Nous Portal限时降价\nDeepSeek V4 Flash 0731在Nous Portal上限时降价10%。", False),
        ("nous", "Nous Portal限时降价\nDeepSeek V4 Flash 0731在Nous Portal上限时只需原价的20%。", False),
        # 10M+ is 1000万 and more: 以上 may follow what it counts (1000万用户以上), and a headline may give the
        # figure bare when the summary keeps "more than"; dropped everywhere, it is lost
        ("uphold", "Uphold用户达1000万\nUphold拥有1000万用户以上，托管资产超过90亿美元。", True),
        ("uphold", "Uphold用户达1000万\nUphold拥有超过1000万用户，托管资产超过90亿美元。", True),
        ("uphold", "Uphold用户达1000万\nUphold拥有1000万用户，托管资产超过90亿美元。", False),
        ("uphold", "Uphold用户达100万\nUphold拥有超过100万用户，托管资产超过90亿美元。", False),
        # a range in Chinese numerals (两到四倍) is the range 2-4x; a wrong end or one end alone is not
        ("read", "人阅读比说话快两到四倍\n他说，人阅读的速度比说话快两到四倍，因此需要新的交互设备。", True),
        ("read", "人阅读比说话快两到五倍\n他说，人阅读的速度比说话快两到五倍，因此需要新的交互设备。", False),
        ("read", "人阅读比说话快四倍\n他说，人阅读的速度比说话快四倍，因此需要新的交互设备。", False),
    ],
)
def test_conversions_that_are_arithmetic(posts: dict[str, Post], name: str, text: str, ok: bool) -> None:
    assert _numbers_ok(posts[POSTS[name]], text) is ok


_LUMO = ["Lumo Cloud cuts its API price by 80%, permanent, not a promo."]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # "80%降价" is a cut BY 80%, as 降价80%; what is left is 20% of the old price
        ("Lumo Cloud称，这次80%降价是永久的。", True),
        ("Lumo Cloud称，这次降价80%是永久的。", True),
        ("Lumo Cloud称，降价后价格只需原价的20%。", True),
        ("Lumo Cloud称，价格降至原来的80%。", False),
    ],
)
def test_a_cut_written_before_its_noun(text: str, ok: bool) -> None:
    assert check_numbers(text, _LUMO).ok is ok


_RECORD = ["Helio Ultra set a record: 1,200 TFLOPs per GPU, about 2x the earlier performance of the previous generation.",
           "The Vela laptop brings 1 petaflop of AI performance."]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # "about" written before what a figure is compared with: 约是…的2倍 keeps the hedge
        ("Helio Ultra每块GPU达到1200 TFLOPs，约是上一代早前性能的2倍。", True),
        ("Helio Ultra每块GPU达到1200 TFLOPs，正好是上一代早前性能的2倍。", False),
        # a unit of compute is a measure, compared as one: 1 PFLOPS is 1 petaflop, never 1 TFLOPS; 1,200 TFLOPs is
        # no 1,200 PFLOPs
        ("Vela笔记本拥有1 PFLOPS的AI性能。", True),
        ("Vela笔记本拥有1 TFLOPS的AI性能。", False),
        ("Helio Ultra每块GPU达到1200 PFLOPs。", False),
    ],
)
def test_hedges_across_a_comparison_and_units_of_compute(text: str, ok: bool) -> None:
    assert check_numbers(text, _RECORD).ok is ok
    assert check_names(text, _RECORD).ok  # the unit after a figure is no name


_NEWCO = ["36Kr: 林俊旸's new company, founded in May, is valued at $2B. Six labs took the top six places."]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # a name the posts give and a word describing its organisation (新, 旗下) describe it: no new name
        ("林俊旸新公司估值20亿美元。", True),
        ("蓝鲸新公司估值20亿美元。", False),
        # which or how many, not who: 不同实验室, 众多公司
        ("前六名分别来自不同实验室。", True),
        ("前六名分别来自蓝鲸实验室。", False),
    ],
)
def test_descriptions_of_an_organisation_are_no_names(text: str, ok: bool) -> None:
    assert check_names(text, _NEWCO).ok is ok


_TRIO = ["We're rolling out three new models today:\n- Nova 2 Flash: faster and cheaper.\n- Nova 2 Lite: for everyday "
         "tasks.\n- Nova 2 Guard: for safety."]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # a count the clause gives of a group it names as one ("Nova 2 Flash等三款", three listed) is the group's size
        ("Nova推出Nova 2 Flash等三款新模型。", True),
        ("Nova推出Nova 2 Flash、Nova 2 Lite和Nova 2 Guard三款新模型。", True),
        ("Nova推出Nova 2 Flash等四款新模型。", False),
    ],
)
def test_a_count_of_a_named_group(text: str, ok: bool) -> None:
    assert check_numbers(text, _TRIO).ok is ok


@pytest.mark.parametrize(
    ("evidence", "text", "ok"),
    [
        # the present progressive of what is on its way backs a future ("we are getting two new devices")
        (["We are getting 2 new devices from Acme."], "Acme即将带来两款新设备。", True),
        (["We got 2 new devices from Acme."], "Acme即将带来两款新设备。", False),
    ],
)
def test_getting_is_on_its_way(evidence: list[str], text: str, ok: bool) -> None:
    assert check_claims(text, evidence).ok is ok


#: corpus posts for the direction of a change and for status and comparison words (checks17's later readings)
POSTS2: dict[str, str] = {
    # Waymo: "Waymo's are involved in 91% fewer serious-injury crashes than human drivers"
    "waymo": "x:1996255105230770290",
}


@pytest.fixture(scope="module")
def posts2(corpus: Path) -> dict[str, Post]:
    return read_corpus_posts(corpus, POSTS2.values(), _FILES)


def test_the_later_posts_are_apart(eval_dir: Path) -> None:
    assert_probes_apart(Path(__file__), POSTS2.values(), eval_dir)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # a figure's direction of change is the posts': 91% fewer crashes is 少91%, never 多91%
        ("Waymo称，其车辆发生的严重伤害事故比人类司机少91%。", True),
        ("Waymo称，其车辆发生的严重伤害事故比人类司机减少了91%。", True),
        ("Waymo称，其车辆发生的严重伤害事故比人类司机多91%。", False),
    ],
)
def test_a_change_keeps_its_direction(posts2: dict[str, Post], text: str, ok: bool) -> None:
    assert _numbers_ok(posts2[POSTS2["waymo"]], "Waymo\n" + text) is ok


_CHANGES = ["Orbit-2 trained on our synthetic data improves by 9.2% on WebArena.",
            "Nova cuts agentic costs by up to 30% and uses 41.7% fewer tokens, with 84.3% more findings."]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Orbit-2在WebArena上提升了9.2%。", True),
        ("Orbit-2在WebArena上下降了9.2%。", False),
        # a hedge that holds 多 or 高 (最多, 高达) is no direction: 最多可降低30% is a fall
        ("Nova的智能体成本最多可降低30%，token少41.7%，有效发现多84.3%。", True),
        ("Nova的智能体成本最多可提高30%。", False),
        ("Nova的token多41.7%，有效发现少84.3%。", False),
    ],
)
def test_changes_in_invented_posts(text: str, ok: bool) -> None:
    assert check_numbers(text, _CHANGES).ok is ok


_BOARD = ["Open-weight leaderboard: #1 Nova Quality 1204, #2 Orbit Image 1151 (+1 over #3 Lyra Dev), #4 Vesta 1128."]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # a rank in Chinese numerals (第二, 第三) is a figure the posts must give; a leaderboard names many beside it,
        # so it is not tied to the nearest name
        ("在开放权重榜上，Nova Quality排名第一，Orbit Image以1151分位居第二。", True),
        ("在开放权重榜上，Orbit Image以1151分位居第五。", False),
        # 第三方 (a third party) is no rank
        ("Vesta以1128分排第4，第三方评测显示其速度较快。", True),
    ],
)
def test_a_rank_in_chinese_numerals(text: str, ok: bool) -> None:
    assert check_numbers(text, _BOARD).ok is ok


def test_a_rank_in_english_words_is_no_count() -> None:
    evidence = ["A third incident hit the API on Tuesday; the team ranked second in uptime."]
    assert check_numbers("团队的可用性排名第二。", evidence).ok
    assert not check_numbers("API本周发生了三起事故。", evidence).ok


POSTS3: dict[str, str] = {
    # Cognition: "Sonnet 5 ... outperforms Opus 4.8 on FrontierCode Extended"
    "sonnet5": "x:2072022778144821292",
    # StepFun: "ACE-Step 1.5 XL is now open-source! ... MIT license"
    "acestep": "x:2041918654439141652",
}


@pytest.fixture(scope="module")
def posts3(corpus: Path) -> dict[str, Post]:
    return read_corpus_posts(corpus, POSTS3.values(), _FILES)


def test_the_polar_posts_are_apart(eval_dir: Path) -> None:
    assert_probes_apart(Path(__file__), POSTS3.values(), eval_dir)


@pytest.mark.parametrize(
    ("name", "text", "ok"),
    [
        # a comparison keeps its side: "outperforms Opus 4.8" is 超过, never 不及
        ("sonnet5", "Cognition称，Claude Sonnet 5在FrontierCode Extended上超过了Opus 4.8。", True),
        ("sonnet5", "Cognition称，Claude Sonnet 5在FrontierCode Extended上不及Opus 4.8。", False),
        # open stays open: 开源, never 闭源
        ("acestep", "StepFun称，音乐生成模型ACE-Step 1.5 XL现已开源，采用MIT许可。", True),
        ("acestep", "StepFun称，音乐生成模型ACE-Step 1.5 XL仍为闭源模型，采用MIT许可。", False),
    ],
)
def test_status_and_comparison_words_keep_their_pole(posts3: dict[str, Post], name: str, text: str,
                                                     ok: bool) -> None:
    post = posts3[POSTS3[name]]
    assert check_claims(text, [evidence_text(post)]).ok is ok


@pytest.mark.parametrize(
    ("evidence", "text", "ok"),
    [
        # permanent, not limited: "not a temporary promo" is negated where it stands and says neither pole
        (["The Lumo price cut is not a temporary promo, it's permanent."], "Lumo这次降价是永久的，不是限时优惠。", True),
        (["The Lumo price cut is not a temporary promo, it's permanent."], "Lumo这次降价只是限时优惠。", False),
        (["Lumo is 50% off for the next 7 days."], "Lumo限时降价50%。", True),
        (["Lumo is 50% off for the next 7 days."], "Lumo永久降价50%。", False),
        # rumored, not confirmed
        (["Vela valued at $60B* (* rumored or unannounced)"], "Vela估值600亿美元，这一数字为传闻。", True),
        (["Vela valued at $60B* (* rumored or unannounced)"], "Vela估值600亿美元，已官方确认。", False),
        # near, not beyond: the clause naming the rival is read, not the sentence ("beats Quill, nears Orbit")
        (["Vesta beats Quill 3 on MLE, nearing Orbit 5 and Lyra 2."], "Vesta在MLE上超过Quill 3，逼近Orbit 5。", True),
        (["Vesta beats Quill 3 on MLE, nearing Orbit 5 and Lyra 2."], "Vesta在MLE上超越Orbit 5。", False),
    ],
)
def test_polar_pairs_in_invented_posts(evidence: list[str], text: str, ok: bool) -> None:
    assert check_claims(text, evidence).ok is ok


@pytest.mark.parametrize(
    ("evidence", "text", "ok"),
    [
        # a round the posts name is the round: A轮 for "Series A", never B轮 nor 种子轮
        (["Skyward raised a $20M Series A led by North."], "Skyward完成2000万美元A轮融资，由North领投。", True),
        (["Skyward raised a $20M Series A led by North."], "Skyward完成2000万美元B轮融资，由North领投。", False),
        (["Skyward raised a $20M Series A led by North."], "Skyward完成2000万美元种子轮融资。", False),
        (["North led the seed round of Skyward."], "North领投了Skyward的种子轮。", True),
        # a post that names no round leaves it to the other checks
        (["Skyward raised $20M led by North."], "Skyward完成2000万美元融资，由North领投。", True),
    ],
)
def test_a_funding_round_in_words(evidence: list[str], text: str, ok: bool) -> None:
    assert check_claims(text, evidence).ok is ok
