# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)
"""General weaknesses of the writer's checks found behind the misses of the three hand-written suites
(test_checks_adversarial.py, test_checks_heldout.py, test_checks_fresh.py), each fixed in the checks and
pinned here on invented text that none of the suites holds: the fix must hold for any post, not for the
case that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.writer.checks.claims import check_claims
from newsdesk.writer.checks.names import check_names
from newsdesk.writer.checks.numbers import check_numbers

from checkskit import assert_probes_apart, published, story_of
from corpuskit import WRITER_FILES, read_corpus_posts
from fake_llm import FakeLLM


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # a range cut to one of its ends: "8-12%" is not "12%", but "最高12%" and "8%以上" keep it
        ("新方法让召回率提升**12%**。", "The new retriever lifts recall by 8-12% on long documents.", False),
        ("新方法让召回率最高提升**12%**。", "The new retriever lifts recall by 8-12% on long documents.", True),
        ("新方法让召回率提升**8%至12%**。", "The new retriever lifts recall by 8-12% on long documents.", True),
        ("新方法让召回率提升**8%**以上。", "The new retriever lifts recall by 8-12% on long documents.", True),
        ("渲染速度快**3.5倍**。", "渲染速度提升约2.1～3.5倍", False),
        ("渲染速度快约**2.1-3.5倍**。", "渲染速度提升约2.1～3.5倍", True),
        ("渲染速度最高快**3.5倍**。", "渲染速度提升约2.1～3.5倍", True),  # the tilde of a range is no "about"
        # the ends of a change are no range: "from 12% to 34%" backs 34% alone
        ("采用率升至**34%**。", "Adoption rose from 12% to 34% in a year.", True),
        ("用户数已达**4万**。", "Users grew from 1,000 in early 2024 to 40,000 today.", True),
        ("采用率升至**34%**。", "采用率从12%到34%，一年内翻了近三倍", True),
        # a figure the posts give on its own as well as in a range passes
        ("充值满500元可得**15%**。", "充值可得10%-15%额外额度：100元得10%，500元得15%", True),
        # digits of names are no range ("Falcon-7-40B"), nor are years ("2025-2026赛季")
        ("Falcon-7-40B在**2026**年发布。", "Falcon-7-40B ships for the 2025-2026 season.", True),
    ],
)
def test_a_range_is_not_one_of_its_ends(text: str, post: str, ok: bool) -> None:
    assert check_numbers(text, [post]).ok is ok, check_numbers(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # a magnitude word with no figure is a quantity of that order, in both directions
        ("这是一款万亿参数的开源模型。", "Orca-2 is a 1.2T-parameter open model.", True),
        ("这是一款千亿参数的开源模型。", "Orca-2 is a 1.2T-parameter open model.", False),
        ("这是一款千亿参数的开源模型。", "Orca-2 is a 480B-parameter open model.", True),
        ("这是一款万亿参数的开源模型。", "Orca-2 is a 480B-parameter open model.", False),
        ("这是一款万亿参数的开源模型。", "Orca-2 is a trillion-parameter open model.", True),
        ("新模型支持百万token上下文。", "The new model supports a 1M-token context window.", True),
        ("新模型支持千万token上下文。", "The new model supports a 1M-token context window.", False),
        ("公司估值达到数百亿美元。", "The company is now valued at $30 billion.", True),
        ("公司估值达到数百亿元。", "The company is now valued at $30 billion.", False),  # the currency holds too
        ("千万不要在生产环境这样用。", "Don't do this in production.", True),  # 千万 as "by no means" is no figure
        ("Orca-2 Mini降价**50%**，输入价格降至每百万token $0.10。", "Orca-2 Mini: 50% price cut, $0.10 per 1M input tokens", True),
    ],
)
def test_a_magnitude_word_without_a_figure_is_a_quantity(text: str, post: str, ok: bool) -> None:
    assert check_numbers(text, [post]).ok is ok, check_numbers(text, [post]).detail


_TIERS = "Bonus credits through May 9:\n🔹 $50–$199 → +10% credits\n🔹 $200+ → +15% credits"
_LAB = "在多轮对话评测中，LongEval提升9.6%，平均响应时间缩短了41%"
_CACHE = "They got ~60% faster decoding, ~3x more batch capacity, and 2x embedding throughput."


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # a ratio written in the words of another part of the same post sentence: bound to its own words
        ("LongEval提升**41%**，平均响应时间缩短了9.6%。", _LAB, False),
        ("LongEval提升**9.6%**，平均响应时间缩短了41%。", _LAB, True),
        ("平均响应时间缩短了**41%**。", _LAB, True),
        ("decoding快约**3倍**，batch容量提升约60%。", _CACHE, False),
        ("decoding快约**60%**，batch容量提升约3倍。", _CACHE, True),
        ("embedding吞吐翻了**2倍**。", _CACHE, True),
        # an amount written with the figures of another line of a list
        ("充值200美元以上可多得**10%**。", _TIERS, False),
        ("充值200美元以上可多得**15%**，50至199美元多得10%。", _TIERS, True),
        ("充值50至199美元可多得**15%**。", _TIERS, False),
        # one name in common binds: FLOP is the 3.2x's
        ("FLOP效率提升**5.5倍**。", "This brings 3.2x better FLOP efficiency, 5.5x better memory efficiency.", False),
        ("FLOP效率提升**3.2倍**。", "This brings 3.2x better FLOP efficiency, 5.5x better memory efficiency.", True),
        # the sentence's subject speaks for all its parts; one plain word in common is chance
        ("Nova 5的通过率为**57.6%**。", "On CodeBench, Nova 5 scores 53.8% and has a 57.6% pass rate.", True),
        ("输出价格为每百万token $1.20。", "now $0.20 per million input tokens and $1.20 per million output", True),
        ("Lumen年化收入达**40亿美元**。", "What a $60B exit for Lumen today!\n\n$4B in run rate growing 7x YoY.", True),
    ],
)
def test_a_figure_is_bound_to_the_words_of_its_own_part_of_a_sentence(text: str, post: str, ok: bool) -> None:
    assert check_numbers(text, [post]).ok is ok, check_numbers(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # a negation needs one in the posts: "asks before it deletes" is not "无需确认即可删除"
        ("该工具会**无需确认**直接删除旧分支。", "The tool asks you before it deletes any stale branch.", False),
        ("该工具删除旧分支前会**先征得确认**。", "The tool asks you before it deletes any stale branch.", True),
        ("新版本不再需要手动配置代理。", "The new release no longer needs a manual proxy setup.", True),
        ("他说半年前没有想到这一点。", "didn’t see that coming six months ago", True),  # n't after a letter, either apostrophe
        # many times needs many in the posts; 1000多次 is a figure's own word
        ("每位用户可多次兑换优惠码。", "One coupon per user.", False),
        ("每位用户可多次兑换优惠码。", "Coupons can be redeemed multiple times.", True),
        ("智能体发起了**1000多次**工具调用。", "the agent made 1,000+ tool calls", True),
        # "turns out" ships nothing: a claim of now needs now, today, available, out now...
        ("新模式**现已**成为默认设置。", "turns out the mode works; default as of next month", False),
        ("新模式**现已**上线。", "The new mode is out now.", True),
        # a first the posts make only as a guess stays a guess, or the author's view
        ("这是全球首个开源的十亿参数语音模型。", "这大概是全球首个开源的十亿参数语音模型", False),
        ("这大概是全球首个开源的十亿参数语音模型。", "这大概是全球首个开源的十亿参数语音模型", True),
        ("作者认为这是全球首个开源的十亿参数语音模型。", "这大概是全球首个开源的十亿参数语音模型", True),
        ("Orca是目前最快的开源模型。", "Orca is probably the fastest open model right now", False),
        ("Orca可能是目前最快的开源模型。", "Orca is probably the fastest open model right now", True),
        ("Orca是目前最快的开源模型。", "Orca is the fastest open model right now", True),
    ],
)
def test_the_claims_read_negations_repeats_and_guesses(text: str, post: str, ok: bool) -> None:
    assert check_claims(text, [post]).ok is ok, check_claims(text, [post]).detail


_THEORY = "Sparse routing could make long-context serving ~4x cheaper. In production they got 30% lower latency."


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # a ratio the posts give as possible is not one achieved
        ("稀疏路由已让长上下文服务成本降低约**4倍**。", _THEORY, False),
        ("稀疏路由理论上可让长上下文服务便宜约**4倍**。", _THEORY, True),
        ("稀疏路由有望让长上下文服务便宜约**4倍**。", _THEORY, True),
        ("上线后延迟已降低**30%**。", _THEORY, True),  # achieved in the post: stated as done
    ],
)
def test_a_possible_figure_is_not_written_as_done(text: str, post: str, ok: bool) -> None:
    assert check_numbers(text, [post]).ok is ok, check_numbers(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # a hedge after a Chinese numeral's measure word: 五倍左右 keeps "~5x"
        ("新内核快**五倍左右**。", "The new kernel is ~5x faster.", True),
        ("新内核快**五倍**。", "The new kernel is ~5x faster.", False),
        # "Nx cheaper" is a cost down to an Nth
        ("推理成本降到约**五分之一**。", "Inference is ~5x cheaper with the new kernel.", True),
        ("推理成本降到约**四分之一**。", "Inference is ~5x cheaper with the new kernel.", False),
        # a list's items are counted: "two, four and eight" is three sizes
        ("该系列提供**三种**尺寸：2B、4B和8B。", "The family ships 2B, 4B, and 8B checkpoints.", True),
        ("该系列提供**四种**尺寸：2B、4B和8B。", "The family ships 2B, 4B, and 8B checkpoints.", False),
        # a measure right after a figure is the figure's, not a name it belongs to ("24GB RAM" is no subject)
        ("Orca 3本地运行只需**24GB**内存。它提速3倍，只需24GB RAM即可运行。", "Orca 3 runs 3x faster now. Run it locally on 24GB RAM.", True),
    ],
)
def test_conversions_a_model_writes_pass(text: str, post: str, ok: bool) -> None:
    assert check_numbers(text, [post]).ok is ok, check_numbers(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # a multiple under one is a share; "about" a share may round by a few percent of itself
        ("成本约为Orca的**三分之一**。", "It matches Orca at 0.34x of the cost.", True),
        ("成本约为Orca的**四分之一**。", "It matches Orca at 0.34x of the cost.", False),
        ("成本为Orca的**三分之一**。", "It matches Orca at 0.34x of the cost.", False),  # no "about": exact
        # 付费用户 (paying users) holds 费用 (cost) and names no cost
        ("付费用户可以每秒**900个token**的速度使用。", "Paid users get it at 900 tok/s.", True),
        # "$24b" is $24B, "$50+ billion" more than $50B
        ("每GW收入**240亿美元**。", "$24b in revenue per GW", True),
        ("累计现金流将超过**500亿美元**。", "that is $50+ billion in cumulative cashflow", True),
        ("累计现金流将达到**500亿美元**。", "that is $50+ billion in cumulative cashflow", False),
        # "over three months" is across them, no "more than"
        ("比赛分阶段进行，为期**三个月**。", "Alternating phases over three months.", True),
        # a clause that names the benchmark of its figure is about it, after another benchmark's clause
        ("其Alpha Bench 2得分**81.5**，Zetagym得分70.2。", "Alpha Bench 2: 81.5\nZetagym: 70.2", True),
        ("其Alpha Bench 2得分**70.2**，Zetagym得分81.5。", "Alpha Bench 2: 81.5\nZetagym: 70.2", False),
    ],
)
def test_what_a_probe_of_faithful_answers_showed(text: str, post: str, ok: bool) -> None:
    assert check_numbers(text, [post]).ok is ok, check_numbers(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # a figure written with a unit of measure is that amount of it: 10 GW is no 10 MW, weeks are no months
        ("新集群的功率为**10MW**。", "The new cluster draws 10GW at full load.", False),
        ("新集群的功率为**10GW**。", "The new cluster will draw 10 gigawatts at full load.", True),
        ("新集群的功率为**1万兆瓦**。", "The new cluster draws 10GW at full load.", True),
        ("新模型预计**3周**后发布。", "The new model ships in 3 months.", False),
        ("新模型预计**3个月**后发布。", "The new model ships in three months.", True),
        ("训练只用了**90分钟**。", "Training took 1.5 hours on 64 GPUs.", True),
        ("数据集大小为**2000GB**。", "The dataset is 2 TB of text.", True),
        ("数据集大小为**2GB**。", "The dataset is 2 TB of text.", False),
        # a figure the posts give bare stays evidence for any unit, and 5w (5万) is no watt
        ("训练只用了**3天**。", "Trained in 3 on a single node.", True),
        ("仓库已有**5w**星。", "The repo passed 5w stars.", True),
    ],
)
def test_a_figure_keeps_its_unit_of_measure(text: str, post: str, ok: bool) -> None:
    assert check_numbers(text, [post]).ok is ok, check_numbers(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # who speaks in Chinese must be in the posts, their authors or the renderings
        ("王小明宣布新模型已经上线。", "The new model is live today.", False),
        ("王小明宣布新模型已经上线。", "王小明：新模型今天上线", True),
        ("团队表示新模型已经上线，他还称会继续开源。", "The new model is live today.", True),  # no one named
        ("英伟达宣布新模型已经上线。", "NVIDIA: the new model is live today.", True),  # a rendering
        ("作者分享了一条链接，未附文字说明。", "Look at this.", True),  # 说明 is no 说, 未附文字 no one
        # a name the posts give may run on into a verb ("王小明总结称"); a role names no one ("嘉宾表示", "主持人认为")
        ("王小明总结称新模型已经上线。", "王小明：新模型今天上线", True),
        ("李大伟总结称新模型已经上线。", "王小明：新模型今天上线", False),
        ("嘉宾表示新模型已经上线，主持人认为这很重要。", "Guest: the new model is live today.", True),
    ],
)
def test_who_speaks_in_chinese_is_in_the_posts(text: str, post: str, ok: bool) -> None:
    assert check_names(text, [post]).ok is ok, check_names(text, [post]).detail


# --- probes: answers a strong model writes, on corpus posts no suite uses ---------------------------------
# Written after the fixes above, from outside the checks: 11 faithful answers (Chinese renderings of figures,
# 约三分之一 for 0.344x, 吉瓦, 每秒N个token, a first the post makes, a score "高于" another) and 21 planted
# errors (wrong actor, invented person, unsupported record or first, global first, currency, duration,
# magnitude, license, RAM for VRAM, a range cut to its top, figures exchanged, a hedge dropped). First run
# (at 182b3af): 20 of 21 caught, 5 of 11 faithful rejected; on the code before this work (616d681): 18 of 21
# caught, the same 5 rejected. The faithful rejections were general and are fixed above (a multiple under one
# as a share and "about" rounding, 付费用户 read as a cost, $24b and "$50+ billion", "over three months" read as
# "more than", a benchmark's own clause after another's); fixing them let an invented speaker through, which
# `names._speakers_missing` now catches. Still missed: two counts exchanged in one sentence (counts are left
# out of `crossed`, where they were too often a list's items). A second round of 12 on 3 more posts (prices,
# discounts, an event): 8 of 8 planted caught, 3 of 4 faithful rejected at first (one of them for a one-sentence
# summary, the probe's own fault, then for 不再 against "unchanged"; Anthropic for the @claudeai account's
# Claude; 40多种 for "40+", 6日至7日 for "June 6–7", 将于 for an event); after the fixes below, 2 of 4 (将于: the
# event's post dates it and never says it will be; Anthropic, left by design).

PROBE_STORIES: dict[str, str] = {
    "kernel": "x:2057450236180935056",  # Qwen: ~35 hours, 432 kernel evaluations, 1,158 tool calls, 10.0x over Triton
    "orchestrator": "x:2075224548476440779",  # Perplexity: GLM 5.2 orchestrator, 0.344x of the cost of Opus
    "swe16": "x:2041588297798185279",  # Cognition: SWE-1.6 free 3 months at 200 tok/s, Cerebras 950 tok/s
    "inksmall": "x:2082899798047563984",  # Unsloth: Inkling-Small 276B, strongest for its size, 128GB RAM
    "hy3": "x:2074037637850296744",  # AIGCLINK: 腾讯混元Hy3 295B/21B, 12.5%->5.4%, 2.67/4 vs 2.51/4
    "v4flash": "x:2083078178180890662",  # 歸藏: DeepSeek V4 Flash 正式版, Terminal Bench 2.1 82.7, Cybergym 76.7
    "grayswan": "x:2013684387267621133",  # Gray Swan: the Arena's first Red-versus-Blue competition, $140K
    "spacexai": "x:2061490588240027951",  # Brett Winton: $24b per GW revenue, $29b per GW spent, $50+ billion
    # a second round, written after the first round's fixes
    "sonnetprice": "x:2086891169217122586",  # Claude: Sonnet 5 at $2/$10 per million tokens, through August 31, kept
    "solprice": "x:2090908912534933731",  # Cognition: Sol -20% for 3 months, 70% last week, 76% through October 3
    "voicehack": "x:2062491338944463039",  # MiniMax: hackathon June 6–7, Speech 2.8 Turbo sub-250ms, 40+ languages
}

#: (story, what it shows, headline, summary, published?)
PROBES: list[tuple[str, str, str, str, bool]] = [  # the first round
    ("kernel", "faithful: 约, 次, 10倍", "Qwen模型自主优化注意力内核，提速10倍",
     "Qwen介绍，模型在约**35小时**的连续自主执行中完成了432次内核评测和1,158次工具调用。它完全自主地编写、编译、分析并迭代改进了Extend Attention Kernel，相比Triton参考实现的几何平均加速达**10.0倍**。", True),
    ("kernel", "hedge dropped", "Qwen模型自主优化注意力内核，提速10倍",
     "Qwen介绍，模型在**35小时**的连续自主执行中完成了432次内核评测和1,158次工具调用。它完全自主地编写、编译、分析并迭代改进了Extend Attention Kernel，相比Triton参考实现的几何平均加速达**10.0倍**。", False),
    ("kernel", "counts swapped", "Qwen模型自主优化注意力内核，提速10倍",
     "Qwen介绍，模型在约**35小时**的连续自主执行中完成了1,158次内核评测和432次工具调用。它完全自主地编写、编译、分析并迭代改进了Extend Attention Kernel，相比Triton参考实现的几何平均加速达**10.0倍**。", False),
    ("kernel", "unsupported record", "Qwen模型自主优化注意力内核，提速10倍",
     "Qwen介绍，模型在约**35小时**的连续自主执行中完成了432次内核评测和1,158次工具调用。相比Triton参考实现的几何平均加速达**10.0倍**，创下内核优化的新纪录。", False),
    ("kernel", "wrong actor", "英伟达模型自主优化注意力内核，提速10倍",
     "英伟达介绍，模型在约**35小时**的连续自主执行中完成了432次内核评测和1,158次工具调用。相比Triton参考实现的几何平均加速达**10.0倍**。", False),
    ("orchestrator", "faithful: 0.344倍", "Perplexity推出基于GLM 5.2的编排模型",
     "Perplexity在Perplexity Computer中发布了新编排模型的研究预览版。该模型改编自**GLM 5.2**，针对Computer框架做了后训练，以Opus约**0.344倍**的成本提供接近前沿的性能。", True),
    ("orchestrator", "faithful: 约三分之一", "Perplexity新编排模型成本约为Opus的三分之一",
     "Perplexity发布新编排模型的研究预览版，它基于**GLM 5.2**改编并针对Computer框架后训练。其性能接近前沿模型，成本约为Opus的**三分之一**。", True),
    ("orchestrator", "wrong number", "Perplexity推出基于GLM 5.2的编排模型",
     "Perplexity在Perplexity Computer中发布了新编排模型的研究预览版。该模型改编自**GLM 5.2**，针对Computer框架做了后训练，以Opus约**0.443倍**的成本提供接近前沿的性能。", False),
    ("swe16", "faithful: 3个月, tok/s", "SWE-1.6在Windsurf中免费开放三个月",
     "Cognition宣布，SWE-1.6在接下来**3个月**内向Windsurf所有用户免费开放，速度为200 tok/s。付费用户方面，Cognition与Cerebras合作，以**950 tok/s**的速度提供该模型。", True),
    ("swe16", "faithful: 每秒950个token", "付费用户可通过Cerebras以每秒950个token使用SWE-1.6",
     "Cognition与Cerebras合作，让付费用户以每秒**950个token**的速度使用SWE-1.6。免费用户在未来三个月内可在Windsurf中以每秒200个token使用该模型，训练细节见**官方博客**。", True),
    ("swe16", "speeds swapped", "SWE-1.6在Windsurf中免费开放三个月",
     "Cognition宣布，SWE-1.6在接下来**3个月**内向Windsurf所有用户免费开放，速度为950 tok/s。付费用户方面，Cognition与Cerebras合作，以**200 tok/s**的速度提供该模型。", False),
    ("swe16", "wrong period", "SWE-1.6在Windsurf中免费开放六个月",
     "Cognition宣布，SWE-1.6在接下来**6个月**内向Windsurf所有用户免费开放，速度为200 tok/s。付费用户方面，Cognition与Cerebras合作，以**950 tok/s**的速度提供该模型。", False),
    ("inksmall", "faithful: 2760亿, 内存, 同尺寸最强", "Thinking Machines的Inkling-Small可在本地运行",
     "Unsloth表示，现在可以在本地运行Thinking Machines新推出的**2760亿参数**模型Inkling-Small，只需**128GB内存**。它是同尺寸中最强的开源模型，采用Apache-2.0许可，支持图像、音频和100万上下文。", True),
    ("inksmall", "RAM turned into VRAM", "Thinking Machines的Inkling-Small可在本地运行",
     "Unsloth表示，现在可以在本地运行Thinking Machines新推出的**2760亿参数**模型Inkling-Small，只需**128GB显存**。它是同尺寸中最强的开源模型，采用Apache-2.0许可，支持图像、音频和100万上下文。", False),
    ("inksmall", "wrong license", "Thinking Machines的Inkling-Small可在本地运行",
     "Unsloth表示，现在可以在本地运行Thinking Machines新推出的**2760亿参数**模型Inkling-Small，只需**128GB内存**。它是同尺寸中最强的开源模型，采用MIT许可，支持图像、音频和100万上下文。", False),
    ("inksmall", "magnitude", "Thinking Machines的Inkling-Small可在本地运行",
     "Unsloth表示，现在可以在本地运行Thinking Machines新推出的**276亿参数**模型Inkling-Small，只需**128GB内存**。它是同尺寸中最强的开源模型，采用Apache-2.0许可，支持图像、音频和100万上下文。", False),
    ("hy3", "faithful: 2950亿, 从...降至", "腾讯开源混元Hy3：总参数295B，激活21B",
     "腾讯开源了混元Hy3，总参数**2950亿**、激活210亿，性能打平2至5倍参数的旗舰模型。内部评测中，模型幻觉率从12.5%降至**5.4%**，多轮对话翻车率从17.4%降至7.9%。", True),
    ("hy3", "faithful: 满分4分, 高于", "混元Hy3在270位专家盲测中得分2.67",
     "在270位专家参与的盲测中，腾讯混元Hy3得分**2.67**（满分4分），高于GLM-5.1的2.51，在前端开发、CI/CD等类别优势最明显。模型上下文长度为**256K**，支持快慢思考模式切换。", True),
    ("hy3", "figures swapped in one sentence", "腾讯开源混元Hy3：总参数295B，激活21B",
     "腾讯开源了混元Hy3，总参数**2950亿**、激活210亿，性能打平2至5倍参数的旗舰模型。内部评测中，模型幻觉率从12.5%降至**12.7%**，常识错误率从25.4%降至5.4%。", False),
    ("hy3", "range turned into its top", "腾讯开源混元Hy3：总参数295B，激活21B",
     "腾讯开源了混元Hy3，总参数**2950亿**、激活210亿，性能打平5倍参数的旗舰模型。内部评测中，模型幻觉率从12.5%降至**5.4%**，多轮对话翻车率从17.4%降至7.9%。", False),
    ("hy3", "scores swapped", "混元Hy3在270位专家盲测中得分2.51",
     "在270位专家参与的盲测中，腾讯混元Hy3得分**2.51**（满分4分），GLM-5.1为2.67，在前端开发、CI/CD等类别优势最明显。模型上下文长度为**256K**，支持快慢思考模式切换。", False),
    ("hy3", "unsupported first", "腾讯开源混元Hy3：总参数295B，激活21B",
     "腾讯开源了其首个MoE模型混元Hy3，总参数**2950亿**、激活210亿，性能打平2至5倍参数的旗舰模型。内部评测中，模型幻觉率从12.5%降至**5.4%**，多轮对话翻车率从17.4%降至7.9%。", False),
    ("v4flash", "faithful: 超过, 官方API", "DeepSeek V4 Flash正式版上线",
     "据歸藏介绍，DeepSeek V4 Flash更新为正式版，Agent能力大幅提升，超过了V4 Pro的Preview版本。官方测评中，其Terminal Bench 2.1得分**82.7**，Cybergym得分76.7，目前已在**官方API**上线。", True),
    ("v4flash", "score moved to another benchmark", "DeepSeek V4 Flash正式版上线",
     "据歸藏介绍，DeepSeek V4 Flash更新为正式版，Agent能力大幅提升，超过了V4 Pro的Preview版本。官方测评中，其Terminal Bench 2.1得分**76.7**，Cybergym得分82.7，目前已在**官方API**上线。", False),
    ("v4flash", "invented person", "DeepSeek V4 Flash正式版上线",
     "梁文锋宣布，DeepSeek V4 Flash更新为正式版，Agent能力大幅提升，超过了V4 Pro的Preview版本。官方测评中，其Terminal Bench 2.1得分**82.7**，Cybergym得分76.7，目前已在**官方API**上线。", False),
    ("grayswan", "faithful: 首个, 14万美元", "Gray Swan推出Arena首个红蓝对抗赛",
     "Gray Swan AI宣布推出Safeguards Challenge，这是Arena**首个**红队对蓝队的比赛，奖金总额**14万美元**。红队攻击、蓝队防御，比赛在一个逼真的多智能体系统上分阶段交替进行，为期三个月。", True),
    ("grayswan", "currency", "Gray Swan推出Arena首个红蓝对抗赛",
     "Gray Swan AI宣布推出Safeguards Challenge，这是Arena**首个**红队对蓝队的比赛，奖金总额**14万元**。红队攻击、蓝队防御，比赛在一个逼真的多智能体系统上分阶段交替进行，为期三个月。", False),
    ("grayswan", "global first", "Gray Swan推出全球首个红蓝对抗赛",
     "Gray Swan AI宣布推出Safeguards Challenge，这是全球**首个**红队对蓝队的AI安全比赛，奖金总额**14万美元**。红队攻击、蓝队防御，比赛在一个逼真的多智能体系统上分阶段交替进行，为期三个月。", False),
    ("grayswan", "wrong duration", "Gray Swan推出Arena首个红蓝对抗赛",
     "Gray Swan AI宣布推出Safeguards Challenge，这是Arena**首个**红队对蓝队的比赛，奖金总额**14万美元**。红队攻击、蓝队防御，比赛在一个逼真的多智能体系统上分阶段交替进行，为期六个月。", False),
    ("spacexai", "faithful: 240亿美元, 吉瓦", "Brett Winton：Anthropic每GW向SpaceXai支付240亿美元",
     "Brett Winton估算，Anthropic按每吉瓦铭牌容量向SpaceXai支付**240亿美元**收入，而SpaceXai建设这部分产能每GW花费290亿美元。他称，若合同持续5年，累计税前现金流将超过**500亿美元**。", True),
    ("spacexai", "amounts swapped", "Brett Winton：Anthropic每GW向SpaceXai支付290亿美元",
     "Brett Winton估算，Anthropic按每吉瓦铭牌容量向SpaceXai支付**290亿美元**收入，而SpaceXai建设这部分产能每GW花费240亿美元。他称，若合同持续5年，累计税前现金流将超过**500亿美元**。", False),
    ("spacexai", "hedge dropped", "Brett Winton：Anthropic每GW向SpaceXai支付240亿美元",
     "Brett Winton估算，Anthropic按每吉瓦铭牌容量向SpaceXai支付**240亿美元**收入，而SpaceXai建设这部分产能每GW花费290亿美元。他称，若合同持续5年，累计税前现金流将达到**500亿美元**。", False),
    # the second round
    ("sonnetprice", "faithful: Anthropic, 美元", "Claude Sonnet 5入门价格永久保留",
     "Anthropic宣布，Claude Sonnet 5的入门价格将永久保留：每百万输入token **2美元**、每百万输出token **10美元**。Sonnet 5于6月发布，该价格原定持续到8月31日，之后也将保持不变。", True),
    ("sonnetprice", "faithful: $, 不变", "Sonnet 5维持每百万输入token 2美元的价格",
     "Claude官方表示，Sonnet 5在6月发布时推出的限时价格（输入**$2**、输出$10每百万token）不再于8月31日结束，价格**保持不变**。这一价格将长期适用。", True),
    ("sonnetprice", "wrong date", "Claude Sonnet 5入门价格永久保留",
     "Anthropic宣布，Claude Sonnet 5的入门价格将永久保留：每百万输入token **2美元**、每百万输出token **10美元**。Sonnet 5于6月发布，该价格原定持续到8月13日，之后也将保持不变。", False),
    ("sonnetprice", "currency", "Claude Sonnet 5入门价格永久保留",
     "Anthropic宣布，Claude Sonnet 5的入门价格将永久保留：每百万输入token **2元**、每百万输出token **10元**。Sonnet 5于6月发布，该价格原定持续到8月31日，之后也将保持不变。", False),
    ("sonnetprice", "invented cut", "Claude Sonnet 5降价20%",
     "Anthropic宣布，Claude Sonnet 5价格下调**20%**：每百万输入token **2美元**、每百万输出token 10美元。该价格原定持续到8月31日，之后也将保持不变。", False),
    ("solprice", "faithful: 76%, 10月3日", "GPT-5.6 Sol成为Devin上最实惠的前沿模型",
     "Cognition表示，OpenAI今天将Sol的价格下调**20%**，为期3个月。叠加上周的70%折扣，到**10月3日**前用户可享受相对标价76%的折扣。", True),
    ("solprice", "wrong date", "GPT-5.6 Sol成为Devin上最实惠的前沿模型",
     "Cognition表示，OpenAI今天将Sol的价格下调**20%**，为期3个月。叠加上周的70%折扣，到**10月30日**前用户可享受相对标价76%的折扣。", False),
    ("solprice", "invented sum", "GPT-5.6 Sol成为Devin上最实惠的前沿模型",
     "Cognition表示，OpenAI今天将Sol的价格下调**20%**，为期3个月。叠加上周的70%折扣，到**10月3日**前用户可享受相对标价90%的折扣。", False),
    ("solprice", "discounts swapped", "GPT-5.6 Sol成为Devin上最实惠的前沿模型",
     "Cognition表示，OpenAI今天将Sol的价格下调**70%**，为期3个月。叠加上周的20%折扣，到**10月3日**前用户可享受相对标价76%的折扣。", False),
    ("voicehack", "faithful: 毫秒, 40多种, 旧金山", "MiniMax参加YC语音智能体黑客松",
     "MiniMax将于**6月6日至7日**在旧金山参加Y Combinator的对话式AI黑客松。其MiniMax Speech 2.8 Turbo响应延迟低于**250毫秒**，支持40多种语言。", True),
    ("voicehack", "wrong latency", "MiniMax参加YC语音智能体黑客松",
     "MiniMax将于**6月6日至7日**在旧金山参加Y Combinator的对话式AI黑客松。其MiniMax Speech 2.8 Turbo响应延迟低于**150毫秒**，支持40多种语言。", False),
    ("voicehack", "wrong date", "MiniMax参加YC语音智能体黑客松",
     "MiniMax将于**6月16日至17日**在旧金山参加Y Combinator的对话式AI黑客松。其MiniMax Speech 2.8 Turbo响应延迟低于**250毫秒**，支持40多种语言。", False),
]

#: probes the checks get wrong (story, what it shows)
PROBE_WRONG: frozenset[tuple[str, str]] = frozenset({
    ("kernel", "counts swapped"),  # two counts exchanged in one sentence: counts are left out of `crossed`
    ("voicehack", "faithful: 毫秒, 40多种, 旧金山"),  # 将于 for an event the post dates but never says "will" of
    # a Latin maker's name for its brand's account is left rejected, as test_writer_cost pins it (a maker named
    # from its product would credit Google with Unsloth's Gemma work, test_checks_adversarial's planted error)
    ("sonnetprice", "faithful: Anthropic, 美元"),
})


def test_the_probes_are_apart(eval_dir: Path) -> None:
    assert_probes_apart(Path(__file__), PROBE_STORIES.values(), eval_dir)
    assert {(s, k) for s, k, *_ in PROBES} >= PROBE_WRONG


def test_the_probes(corpus: Path, fake_llm: FakeLLM) -> None:
    posts = read_corpus_posts(corpus, PROBE_STORIES.values(), (*WRITER_FILES, "x-kit-tuber0613.jsonl"))
    wrong = {}
    for story, kind, headline, summary, ok in PROBES:
        got, why = published(story_of(story, (PROBE_STORIES[story],), posts), headline, summary, posts, fake_llm)
        if got is not ok:
            wrong[(story, kind)] = why or "published"
    planted = [p for p in PROBES if not p[4]]
    print(f"\nprobes: {len(planted) - sum(1 for s, k, *_ in planted if (s, k) in wrong)}/{len(planted)} planted caught, "
          f"{sum(1 for s, k, *_, ok in PROBES if ok and (s, k) in wrong)}/{len(PROBES) - len(planted)} faithful rejected")
    assert set(wrong) <= PROBE_WRONG, {k: v for k, v in wrong.items() if k not in PROBE_WRONG}


@pytest.mark.parametrize(
    ("check", "text", "post", "ok"),
    [
        # 多 right after a figure is "more than": 40多种 for 40+
        ("numbers", "支持**30多种**语言。", "Speaks 30+ languages.", True),
        ("numbers", "支持**30种**语言。", "Speaks 30+ languages.", False),
        # a range of days written with its unit twice is a range too
        ("numbers", "活动于**5月8日至9日**举行。", "The summit runs May 8–9 in Berlin.", True),
        ("numbers", "活动于**5月9日**举行。", "The summit runs May 8–9 in Berlin.", True),  # a day is read as a day
        # unchanged is a negation; an invitation (register, join us) is a future
        ("claims", "该价格不再设截止日期。", "The launch price stays unchanged after May 31.", True),
        ("claims", "峰会将于下月举行。", "Join us at the summit in Berlin! Register below.", True),
        ("claims", "峰会将于下月举行。", "We held the summit in Berlin.", False),
    ],
)
def test_what_the_second_probes_showed(check: str, text: str, post: str, ok: bool) -> None:
    run = {"names": check_names, "numbers": check_numbers, "claims": check_claims}[check]
    assert run(text, [post]).ok is ok, run(text, [post]).detail
