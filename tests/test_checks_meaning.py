"""The checks that read meaning (issue 11): what a number measures, whose it is, what a sentence claims, who acts.

One rule a case, both directions where there are two: the faithful rendering passes, the distortion
fails. The corpus-wide figures are in test_checks_adversarial.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsdesk.errors import ConfigError
from newsdesk.textfacts import lexicon
from newsdesk.writer.checks import ZH_ENTITIES, check_claims, check_names, check_numbers
from newsdesk.writer.checks.claims import claims_made

# --- numbers: kind, currency, hedge, place -----------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "source", "ok"),
    [
        ("提升**20-30%**", "improves accuracy by 20-30% on hard tasks", True),
        ("提升**20-30倍**", "improves accuracy by 20-30% on hard tasks", False),  # percent is no multiple
        ("快**4%**", "4x faster decoding", False),  # nor the other way
        ("提升**5个百分点**", "a 5 point gain on SWE-bench", True),  # 5 points -> 5个百分点
        ("提升**5%**", "a 5 point gain on SWE-bench", False),
        ("提升**5个百分点**", "a 5% gain", False),
        ("成本降低**50%**", "at half the cost", True),  # half -> 50%
        ("上下文**100万**token", "1M context window", True),  # 1M -> 100万
        ("速度快**2倍**", "twice as fast", True),
        ("融资**30亿美元**", "raised $3B", True),
        ("融资**30亿元**", "raised $3B", False),  # $3B is not 30亿元
        ("售价**0.003美元**", "$0.003 per image", True),
        ("售价**€3**", "it costs $3", False),
        ("每人约2000万至5亿美元", "first 50 hires ~$20-500M each", True),  # a range's multiplier covers both ends
        ("成本是闭源模型的百分之一", "at 1/100th of the cost", True),  # fractions are shares: 1/100th = 百分之一
        ("成本为**1%**", "at 1/100th of the cost", True),
        ("成本只有**四分之一**", "a quarter of the cost", True),
        ("成本只有**三分之一**", "a quarter of the cost", False),
        ("七个假设中有**三个**有效", "three of the seven hypotheses move the loss", True),  # counts in numerals
        ("七个假设中有**四个**有效", "three of the seven hypotheses move the loss", False),
        ("代码**超过八成**由Claude编写", "over 80% of code is written by Claude", True),  # 八成 = 80%
        ("于**5月**发布", "May the tokens flow.", False),  # a month needs a date, not "May" nor the 5 of "Opus 5"
        ("于**5月**发布", "Claude Opus 5 is out", False),
        ("于**5月**发布", "released on May 13", True),
    ],
)
def test_a_number_keeps_its_kind_and_currency(claim: str, source: str, ok: bool) -> None:
    assert check_numbers(claim, [source]).ok is ok


@pytest.mark.parametrize(
    ("claim", "source", "ok"),
    [
        ("速度**最高提升4倍**", "up to 4x faster inference", True),
        ("最多快**4倍**", "up to 4x faster inference", True),
        ("参数效率最多可达传统方法的**100倍**", "up to 100x parameter efficiency", True),
        ("速度提升**4倍**", "up to 4x faster inference", False),  # "up to" dropped
        ("约占**30%**", "about 30% of users", True),
        ("占**30%**", "about 30% of users", False),  # "about" dropped
        ("**100多个**检查点", "100+ intermediate checkpoints", True),
        ("**100个**检查点", "100+ intermediate checkpoints", False),  # "more than" dropped
        ("速度提升**4倍**", "4x faster, and up to 4x on long inputs", True),  # one unhedged mention suffices
    ],
)
def test_a_hedge_is_kept(claim: str, source: str, ok: bool) -> None:
    assert check_numbers(claim, [source]).ok is ok


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("上涨**7%**", "details: https://t.co/ab7Xk9 and 7x.com/a7"),  # digits of links
        ("有**3个**新功能", "thanks @user3 for the PR"),  # digits of a handle
        ("**5月**发布", "we may ship this later"),  # "may" is not May
        ("**3月**上线", "March on, builders"),  # nor is a month name outside a date
    ],
)
def test_digits_outside_the_text_are_no_evidence(claim: str, source: str) -> None:
    assert not check_numbers(claim, [source]).ok


@pytest.mark.parametrize("source", ["shipping in May", "ships May 5", "on 5 May 2026", "since May 2025"])
def test_a_month_in_a_date_is_a_number(source: str) -> None:
    assert check_numbers("**5月**发布", [source]).ok


def test_a_number_belongs_to_its_subject() -> None:
    ev = ["Gemini 3 scores 45% on HLE. Gemma 4 scores 20% on HLE."]
    assert check_numbers("Gemma 4在HLE上得分**20%**", ev).ok
    wrong = check_numbers("Gemini 3在HLE上得分**20%**", ev)
    assert not wrong.ok and "another subject" in wrong.detail
    prices = ["major price cuts today:\n*80% drop for GPT-5.6 Luna, now $0.20\n*20% drop for GPT-5.6 Terra, to $2/$12"]
    assert check_numbers("GPT-5.6 Luna降价**80%**，输入价格降至每百万token $0.20", prices).ok
    assert not check_numbers("GPT-5.6 Luna降价**20%**", prices).ok


def test_a_sentence_that_names_nothing_new_is_about_the_post() -> None:
    """"It scores ..." is about the post's topic; "$4B in run rate, 7x YoY" about the previous subject."""
    opus = ["Introducing Claude Opus 5.\nIt scores 80.9% on SWE-bench Verified, our best yet."]
    assert check_numbers("Claude Opus 5在SWE-bench上得分**80.9%**", opus).ok
    cursor = ["What a brilliant $60B exit for Cursor to SpaceX today!\n\n$4B in run rate growing 7x YoY."]
    assert check_numbers("Cursor年化收入达**40亿美元**，同比增长7倍", cursor).ok


def test_a_number_measures_what_the_posts_say_it_measures() -> None:
    ev = ["it delivers up to 4x higher throughput and up to 30% faster task completion for always-on agents."]
    assert check_numbers("吞吐量**最高提升4倍**，任务完成速度最多快30%", ev).ok
    swapped = check_numbers("吞吐量**最高提升30%**，任务完成速度最多快4倍", ev)
    assert not swapped.ok and "throughput" in swapped.detail
    gemma = ["Unsloth trains Gemma4 1.5x faster with 50% less VRAM."]
    assert check_numbers("训练速度快**1.5倍**，显存占用减少50%", gemma).ok
    assert not check_numbers("显存占用减少**1.5倍**，速度快50%", gemma).ok
    assert check_numbers("成本约为**50%**", ["at nearly half the cost per task"]).ok  # no position: no verdict


def test_the_author_is_no_subject() -> None:
    ev = ["Opus 5 fast mode is 2.5x faster."]
    assert check_numbers("Boris Cherny称，快速模式提速**2.5倍**", ev, speakers=["Boris Cherny", "bcherny"]).ok


# --- claims -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "ok"),
    [
        ("全球首个循环架构世界模型", "LoopWM, the first looped architecture for world modelling", True),  # "world"
        ("全球首个双语语音模型", "StepAudio 2.5 ASR is here! 4x faster decoding.", False),
        ("业界最强的图像模型", "ranks #1 on KRIS-Bench, the leading benchmark", True),
        ("史上最大收购", "What a brilliant exit, building apps on top of AI models", False),  # "on top of" is no record
        ("性能超越同类模型", "It outperforms models at 5-6x the parameter count", True),
        ("性能全面超越现有模型", "up to 100x parameter efficiency over conventional approaches", False),
        ("新功能将于下月推出", "More connectors launching today", False),
        ("高速模式即将推出", "6x High-Speed Mode coming soon!", True),
        ("应监管要求加入基金", "We've also joined the Blender Development Fund as a patron", False),
        ("速度最高提升4倍", "4x faster", True),  # 最高 before a figure is a hedge, read by the numbers check
        ("代码超过八成由Claude编写", "Over 80% of all code is written by Claude", True),  # 超过 a figure: a hedge
        ("性能超过百度", "Over 80% of all code is written by Claude", False),  # 百 of 百度 is no figure
        ("今天起的比较早", "今天起的比较早，刚好错开了大雨", True),  # the post's own words
    ],
)
def test_claims_need_their_kind_of_word(text: str, source: str, ok: bool) -> None:
    assert check_claims(text, [source]).ok is ok


def test_claims_made_names_the_kind() -> None:
    made = claims_made("全球首个，将于下月推出")
    assert made == [("first", "首个"), ("global", "全球"), ("future", "将于"), ("future", "下月")]


# --- names and actors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "ok"),
    [
        ("蓝鲸科技宣布收购", "Acme acquires a startup", False),  # a company nobody wrote
        ("蓝鲸科技宣布收购", "蓝鲸科技今天宣布", True),
        ("这家初创公司获得融资", "a startup raised money", True),  # a description, no name
        ("美国科技公司纷纷跟进", "US tech companies follow", True),
        ("斯坦福大学的研究", "a Stanford study", True),  # an accepted rendering
        ("A社（Anthropic）推出新版Skill-Creator", "今天 A社 推出了新版本的 Skill-Creator", True),
        ("O社（OpenAI）推出新版Skill-Creator", "今天 A社 推出了新版本的 Skill-Creator", False),
        ("黄仁勋宣布降价", "Sam Altman: major price cuts today", False),
        ("黄仁勋宣布降价", "Jensen Huang: price cuts", True),
        # a title needs the posts or the author's role (evidence_text appends it): "CEO" alone is no licence
        ("LangChain CEO Harrison Chase宣布", "LangChain🤝GEPA\nHarrison Chase\nLangChain CEO", True),
        ("LangChain CEO Harrison Chase宣布", "LangChain🤝GEPA\nHarrison Chase", False),
        ("OpenAI CTO Sam Altman宣布", "price cuts today\nSam Altman\nOpenAI CEO", False),
        ("OpenAI联合创始人Sam Altman宣布", "price cuts today\nSam Altman\nOpenAI CEO", False),
        ("Anthropic的Boris Cherny表示", "Opus 5 is out\nBoris Cherny\nAnthropic Claude Code 负责人", True),
        ("上下文达到100万token", "1M context", True),  # token is a generic term
    ],
)
def test_names_and_actors_come_from_the_posts_or_the_renderings(text: str, source: str, ok: bool) -> None:
    assert check_names(text, [source]).ok is ok


def test_the_renderings_are_data() -> None:
    assert ZH_ENTITIES["谷歌"][0] == "Google" and "Anthropic" in ZH_ENTITIES["A社"]
    rows = lexicon.entries("renderings", "rendering", {"name": str, "latin": (list, str)}, "newsdesk.writer")
    assert len(rows) == len(ZH_ENTITIES)


def test_a_missing_lexicon_names_the_file() -> None:
    with pytest.raises(ConfigError, match=r"no_such_lexicon\.toml"):
        lexicon.terms("no_such_lexicon", "generic", "newsdesk.writer")


def test_every_writer_lexicon_entry_says_what_it_is_for() -> None:
    data = Path(__file__).resolve().parent.parent / "src" / "newsdesk" / "writer" / "data"
    for path in sorted(data.glob("*.toml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("[["):
                assert re.match(r"^\[\[\w+\]\]  # \S", line), f"{path.name}:{number}: no comment: {line}"


@pytest.mark.parametrize(
    ("text", "cited", "story", "ok"),
    [
        ("GPT-5.4仍是默认模型", "GPT-5.5 is out; 5.4 stays the default for now", (), True),  # shorthand
        ("GPT-5.4仍是默认模型", "GPT-5.5 is out", (), False),
        ("Claude Opus 5发布", "Opus 5 is here", ("Opus 5 is here", "Claude Opus 5 launch thread"), True),
        ("Claude Opus 5发布", "Opus 5 is here", (), False),  # "Claude" in no post of the story
        ("Gemini Opus 5发布", "Opus 5 is here", ("Opus 5 is here", "Claude Opus 5 launch thread"), False),
    ],
)
def test_faithful_name_variants(text: str, cited: str, story: tuple[str, ...], ok: bool) -> None:
    assert check_names(text, [cited], story).ok is ok


def test_a_family_member_owns_the_sentences_that_name_only_its_family() -> None:
    """ "Orca-3 Max" is the Max of Orca-3: its post's "80.1% (up from 70.2% for Orca-3)" is about it; a
    sentence about its sibling Orca-3 Mini is not."""
    post = "Introducing Orca-3 Max, our strongest model yet.\n80.1% on MMLU (up from 70.2% for Orca-3).\n" \
           "Orca-3 Mini scores 61.0% on MMLU."
    assert check_numbers("Orca-3 Max发布：MMLU得分80.1%", [post]).ok
    assert not check_numbers("Orca-3 Max发布：MMLU得分61.0%", [post]).ok


def test_a_metric_word_measures_its_own_figure() -> None:
    """In "在32 GB内存的笔记本上测得每秒41个token", 内存 measures 32 GB, not the 41 tokens/s."""
    post = "On my laptop with 32 GB of RAM: 41 tokens/s, no GPU."
    assert check_numbers("他在32 GB内存的笔记本上测得每秒41个token。", [post]).ok
    assert not check_numbers("他在41 GB内存的笔记本上测得每秒32个token。", [post]).ok


def test_vague_chinese_quantities_are_no_figures() -> None:
    assert check_numbers("仅用数百到几千个任务就达到了72.3分。", ["With hundreds to a few thousand tasks: 72.3"]).ok


@pytest.mark.parametrize(
    ("claim", "ok"),
    [
        ("它在GPQA上得分71.4，在HLE上得分48.9。", True),
        ("它在GPQA上得分48.9，在HLE上得分71.4。", False),  # two benchmarks' scores exchanged
        ("Orbit-2的速度是Lyra-1的3倍，价格便宜20%。", True),  # a comparand named beside the figure is no swap
        ("用户只需6GB显存即可训练Orbit-2。", True),  # VRAM, written 显存, labels nothing the answer names
    ],
)
def test_figures_stay_with_their_names(claim: str, ok: bool) -> None:
    post = ("Orbit-2 scores 71.4 on GPQA and 48.9 on HLE. Orbit-2 is 3x faster than Lyra-1 and 20% cheaper. "
            "Train Orbit-2 with just 6GB VRAM.")
    assert check_numbers(claim, [post]).ok is ok


@pytest.mark.parametrize(
    ("claim", "source", "ok"),
    [
        ("推理算力降至旧模型的**27%**", "inference compute drops to 27% of the old model", True),
        ("推理算力降低了**27%**", "inference compute drops to 27% of the old model", False),  # to 27%, not by
        ("成本降低**30%**", "30% lower cost", True),
        ("成本降至**30%**", "30% lower cost", False),
        ("最多可降低**89%**的GPU成本", "reduces GPU costs up to 89%", True),  # "up to" is no "to"
        ("约占用户的**20%**", "about 20% of users", True),
    ],
)
def test_a_fall_to_a_share_is_no_fall_by_it(claim: str, source: str, ok: bool) -> None:
    assert check_numbers(claim, [source]).ok is ok


@pytest.mark.parametrize(
    ("text", "source", "ok"),
    [
        ("性能超越所有闭源模型", "It beats GPT-5 on SWE-bench", False),  # one rival is not all of them
        ("性能超越所有闭源模型", "It beats every closed model we tested", True),
        ("它在多项基准上全面领先", "ahead of Sonnet on 3 of 5 benchmarks", False),
    ],
)
def test_a_comparison_with_every_rival_needs_all_of_them(text: str, source: str, ok: bool) -> None:
    assert check_claims(text, [source]).ok is ok


@pytest.mark.parametrize(
    ("claim", "ok"),
    [
        ("只需**8GB内存**即可本地运行", True),
        ("只需**8GB显存**即可本地运行", False),  # RAM is 内存, not 显存 (GPU memory)
    ],
)
def test_ram_is_not_vram(claim: str, ok: bool) -> None:
    assert check_numbers(claim, ["Runs locally on just 8GB RAM via GGUF."]).ok is ok
