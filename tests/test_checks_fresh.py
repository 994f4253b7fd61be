# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)
"""A third set of hand-written answers: planted errors and faithful answers nobody tuned the checks on.

Written by hand after test_checks_adversarial.py and test_checks_heldout.py had both been tuned on, on 17
corpus stories no other test uses (X posts of labs, builders with roles in the default sources, and Chinese
accounts, away from the six labelled eval days), 91 planted errors of every kind of issue 11 and 42 faithful
answers in the seed's style. First run, from outside the repository, before any change to the checks
(at fe181da): 71 of 91 planted errors caught (78.0%), 12 of 41 faithful answers rejected (29.3%). One of
those stories (Graham Neubig's, x:2069450515784585572) turned out to be on a labelled eval day; it was
replaced by Unsloth's Qwen3.6 MTP post, whose 5 planted and 3 faithful answers were run on the code of
fe181da too: the held-out figure of the set as it stands is 70 of 91 caught (76.9%) and 14 of 42 rejected
(33.3%). The targets (>= 90%, <= 5%) did not hold for answers the tests did not contain.

The misses and false rejections that showed a general weakness were then fixed, each pinned below on invented
text: a hedge after a measure word (5遍以上 for 超过5遍), an ordinary word opening a post sentence read as a name
("Run on 280GB." took 280GB from the model), quantities read as organisation names (会有更多公司, 其他多数实验室), 预期/预计 in
Chinese posts backing a future, tokens/s as a speed, a person's given name beside a rendering (Sam Altman for
山姆·奥特曼), the day of a date (7月20日 is no 20%), counts of 类/年/轮/遍 and 一 ending a word (统一五类), 远超 as a comparison
and 已实现 as a claim of now, "超过5遍" no comparison, 物理世界 no 全球, news agencies as renderings (路透社, 彭博社): 75 of
91 caught (82.4%), 5 of 42 rejected (11.9%). Two planted
errors had been caught at first only through the false rejection of their story's faithful answer and are
misses now; still missed are figures exchanged inside one post sentence, negations and hedges of words ("in
theory", 一次 -> 多次), a range cut to its top (tried: it also read "from 12% to 34%" as a range), a magnitude word with no digit (千亿 for 万亿).

A second round fixed those weaknesses in general, each pinned on invented text in test_checks_general.py: a
ratio or amount bound to the words, names and other figures of its own part of a post sentence
(`numbers.crossed`), a range not cut to one of its ends (and "from 12% to 34%" no range), a magnitude word with
no figure as a quantity of its order, a negation or 多次 needing one in the posts, a first the post only guesses
kept a guess, a ratio given "in theory" not written as done, 七倍左右 and 约七分之一 for "~7x cheaper", a list's
count (三个尺寸), "18GB RAM" no label: 87 of 91 caught (95.6%), 2 of 42 rejected (4.8%). This set has been tuned
on since; what is left stays in MISSES and FALSE_REJECTIONS.
One planted answer ("us30b", "invented Latin names") had lost its bold in the planting and was caught
at the first run by the markup check; its bold was restored and the names check catches it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.model import Post

from checkskit import (
    Case,
    assert_apart,
    assert_caught,
    assert_off_labelled_days,
    assert_published,
    planter,
)
from corpuskit import WRITER_FILES, read_corpus_posts
from fake_llm import FakeLLM

FILES = (*WRITER_FILES, "x-kit-tuber0613.jsonl")

STORIES: dict[str, tuple[str, ...]] = {
    "mtp": ("x:2056369392666194108",),  # Unsloth: Qwen3.6 MTP GGUFs 2x, 18GB RAM, ~1.4-2.2x, 160 and 240 tok/s
    "arcagi": ("x:2091273855415492806",),  # clem: NVIDIA harness, 100% on ARC-AGI-3's 25 public games, 183 levels
    "uber": ("x:2062208385890570565",),  # Harrison Chase: Uber caps tokens at $1500 per developer per month
    "injection": ("x:2085860677990883454",),  # Boris Cherny: indirect prompt injection ~0, auto mode default next week
    "us30b": ("x:2087174302365823159",),  # Graham Neubig: two back-to-back 30B models by Meta and NVIDIA
    "inkling": ("x:2077464651080802320",),  # Unsloth: Inkling 975B, 1M, 1-bit -86%, 74.2%, 280GB
    "swa": ("x:2078484156187599103",),  # alphaXiv: Xiaomi MiMo-V2.5 hybrid SWA ~7x, 93%+, ~40%, ~5x, 2x
    "kimiquota": ("x:2065650860861043064",),  # Kimi: 20%-30% extra quota for $100+ top-ups by July 2
    "matryoshka": ("x:2090594732468535305",),  # alphaXiv: 500M/1.5B/3B nested, 36% less compute, 14-26% faster
    "checkup": ("x:2074997570317779038",),  # Boris Cherny: /checkup, seven jobs, confirms before changes
    "arcade": ("x:2041598614712283390",),  # Harrison Chase: LangSmith Fleet x Arcade, 8,000+ tools, as of today
    "nvfp4": ("x:2077070408948584617",),  # Unsloth: Gemma 4 NVFP4 1.5x, 12B on 11GB VRAM, 26B-A4B 13K tok/s B200
    "mimo": ("x:2064257622803710463",),  # 歸藏: MiMo V2.5 Pro UltraSpeed >1,000 token/s, 1426, 0.83 s, 25624 in 32 s
    "qwenrobot": ("x:2066815960913486334",),  # AIGCLINK: 阿里 Qwen-Robot, 80维, 15.4%, 77%, 五类
    "huawei": ("x:2050049679027810424",),  # 程序员老熊: 路透社, 华为 AI 芯片 120亿美元, 60%
    "hermes": ("x:2046147186363371878",),  # Andy Stewart: Hermes 8 -> 2 rounds, 174 s -> 33 s, 5倍多
    "openai600": ("x:2025439511828922656",),  # 金融汪: OpenAI ~6000亿美元 by 2030, 1.4万亿, >2800亿 revenue
}


BASE: dict[str, tuple[str, str]] = {
    "mtp": (
        "Qwen3.6借助MTP GGUF推理快2倍",
        "Unsloth宣布，借助MTP GGUF，Qwen3.6现在的运行速度快**2倍**，本地只需**18GB内存**。MTP让Qwen3.6的生成速度提升约1.4至2.2倍，且准确率不变。"
        "其中Qwen3.6-27B MTP每秒可生成160个token，35B-A3B可达每秒240个token。",
    ),
    "arcagi": (
        "英伟达自研编程框架在ARC-AGI-3公开游戏上拿下100%",
        "Hugging Face CEO Clement Delangue表示，英伟达打造了自己的编程框架来优化CUDA GPU内核，在ARC-AGI-3的**25个公开游戏**上取得**100%**得分，解出了全部183个关卡。"
        "他认为，有了智能体，运行、优化和后训练自己的模型与内核将变得几乎人人可做。",
    ),
    "uber": (
        "Uber为每位开发者设定每月1500美元的token上限",
        "LangChain CEO Harrison Chase指出，AI成本开始变得重要：Uber刚刚把每位开发者每月的token支出上限设为**1500美元**。他预计会有更多公司这样做，并称LangSmith Gateway可以用来实施这类限制。",
    ),
    "injection": (
        "多层防护让间接提示注入降到约0",
        "Anthropic Claude Code负责人Boris Cherny表示，只要叠加足够多的防护层（模型训练、输入探针和检查意图的分类器），面对**未见过的攻击**，间接提示注入可以降到**约0**。"
        "他说一年前还没想到能做到这一点。下周起，auto mode将成为Claude Code的默认模式。",
    ),
    "us30b": (
        "Meta和英伟达接连发布30B开源模型",
        "CMU教授Graham Neubig表示，美国的开源模型开发回来了：Meta和英伟达接连发布了两款**30B**模型。他认为这对本地AI是好消息，因为其他多数实验室都在做越来越大、难以在本地运行的模型。",
    ),
    "inkling": (
        "Unsloth将975B的Inkling量化到1-bit",
        "Unsloth宣布，现在可以在本地运行Thinking Machines的Inkling，这是一款**9750亿参数**的开源模型，支持图像、音频和100万上下文。"
        "Unsloth将其量化为Dynamic 1-bit，体积缩小**86%**，保留了74.2%的top-1%准确率，只需280GB即可运行。",
    ),
    "swa": (
        "小米在MiMo-V2.5生产环境落地混合滑动窗口注意力",
        "alphaXiv介绍的一篇论文展示了小米如何在MiMo-V2.5的生产环境中落地混合SWA，这种方法理论上可让长上下文推理便宜**约7倍**。"
        "关键是改造KV缓存系统，让SWA只存最近的窗口而非完整上下文，同时跨请求安全复用前缀。最终KV缓存命中率达到**93%以上**，prefill快约40%，解码KV容量提升约5倍，编码器吞吐提升2倍。",
    ),
    "kimiquota": (
        "Kimi API充值100美元以上可得20%至30%额外额度",
        "月之暗面宣布，为使用Kimi API开发的Kimi K2.7 Code用户提供额外额度：**7月2日**前充值100美元以上，可获得**20%至30%**的额外额度。"
        "充值100至299美元得20%，300至999美元得25%，1000美元以上得30%，每个账户限领一次。",
    ),
    "matryoshka": (
        "Matryoshka语言模型套件：多个尺寸一次联合训练",
        "alphaXiv介绍的论文Matryoshka Language Model Suites不再分别训练各个尺寸的模型，而是把**5亿、15亿和30亿参数**的模型嵌套进同一架构联合训练。"
        "小模型可作为独立检查点，几乎免费地从最大模型蒸馏，并共享权重和KV缓存用于推测解码。性能不变，训练算力减少**36%**，推测解码快14%至26%。",
    ),
    "checkup": (
        "Claude Code新增/checkup命令",
        "Anthropic Claude Code负责人Boris Cherny宣布，Claude Code新增**/checkup**命令，可清理未使用的skills、MCP和插件以节省上下文，对本地与仓库中的CLAUDE.md去重，关闭慢速hooks，并把Claude Code更新到最新版本。"
        "它还能默认开启auto mode、预先批准常被拒绝的只读命令，且在做任何修改前都会**先征得用户确认**。",
    ),
    "arcade": (
        "LangSmith Fleet接入Arcade的8000多个工具",
        "LangChain CEO Harrison Chase宣布，从今天起，用户可以在LangSmith Fleet中连接Arcade提供的**8,000多个**企业级工具。这让用户能轻松构建自己的无代码智能体，类似Claude Cowork或OpenClaw。",
    ),
    "nvfp4": (
        "Unsloth发布Gemma 4 NVFP4量化版，GPU推理快1.5倍",
        "Unsloth发布了Gemma 4的NVFP4量化模型，在GPU上运行速度快**1.5倍**。Gemma-4-12B NVFP4只需**11GB显存**即可运行，26B-A4B在B200上可达每秒1.3万token。"
        "Unsloth NVFP4让Blackwell上的4-bit推理更快、更准确。",
    ),
    "mimo": (
        "MiMo推出每秒超1000 Token的超高速模型",
        "歸藏介绍，MiMo推出了超高速版本**MiMo V2.5 Pro UltraSpeed**，每秒可输出超过1,000个Token，这应该也是全球第一个达到这个速度的万亿参数模型。"
        "在他的测试中，生成带3D动画的官网时峰值速度达到**1426 Token/s**，首次响应仅0.83秒，32秒内输出了25624个Token。他认为输出更快会直接提升智能体每一步操作的效率。",
    ),
    "qwenrobot": (
        "阿里发布首个千问具身智能通用模型Qwen-Robot",
        "阿里发布了其首个千问具身智能体通用模型**Qwen-Robot**，由操作、导航和世界模型三个模型组成，可单独使用也可组合使用。"
        "其中Qwen-RobotManip采用80维统一动作表征；Qwen-RobotNav用一套权重统一了五类导航任务，在双层智能体系统中EXPRESS-Bench提升**15.4%**，导航步数减少77%。",
    ),
    "huawei": (
        "路透社：华为AI芯片今年销售额预计达120亿美元",
        "程序员老熊转述路透社报道，华为AI芯片今年预计实现**120亿美元**销售额，同比增长**60%**。"
        "他认为原因之一是DeepSeek V4等国产大模型兴起、国产算力适配推进，加上英伟达出口受限，中国企业和科技巨头正大规模转向华为的国产算力方案。",
    ),
    "hermes": (
        "Hermes记忆系统让重复问题的回复快5倍多",
        "Andy Stewart在反复测试小龙猫的回复性能时发现，同一个问题测试超过5遍后，Hermes的工具调用从**8轮降到2轮**，总耗时从174秒降至**33秒**，回复速度提升了5倍多。"
        "他表示，平时只偶尔测试一两句时，Hermes和OpenClaw差别不大。",
    ),
    "openai600": (
        "OpenAI下调2030年算力支出目标至约6000亿美元",
        "据金融汪转述，OpenAI告知投资者，到2030年其总算力支出约为**6000亿美元**，而几个月前山姆·奥特曼还在宣扬**1.4万亿美元**的基础设施承诺。"
        "OpenAI还预计2030年总营收将超过2800亿美元，2C和2B业务各占一半。",
    ),
}


_planted = planter(BASE)


def _whole(story: str, kind: str, headline: str, summary: str) -> Case:
    return Case(story, kind, headline, summary)


PLANTED: list[Case] = [
    _planted("mtp", "RAM turned into VRAM", ("**18GB内存**", "**18GB显存**")),
    _planted("mtp", "models swapped", ("Qwen3.6-27B MTP每秒可生成160个token，35B-A3B可达每秒240个token", "Qwen3.6-35B-A3B MTP每秒可生成160个token，27B可达每秒240个token")),
    _planted("mtp", "unsupported claim", ("且准确率不变", "且准确率提升5%")),
    _planted("mtp", "range turned into its top", ("提升约1.4至2.2倍", "提升2.2倍")),
    _planted("mtp", "credit to the model's maker", ("Unsloth宣布", "阿里宣布")),
    _planted("arcagi", "wrong number", ("全部183个关卡", "全部138个关卡")),
    _planted("arcagi", "wrong number", ("**25个公开游戏**", "**52个公开游戏**")),
    _planted("arcagi", "wrong company", ("英伟达", "谷歌")),
    _planted("arcagi", "first", ("取得**100%**得分", "成为首个取得**100%**得分的系统")),
    _planted("arcagi", "wrong title", ("Hugging Face CEO Clement Delangue", "Hugging Face CTO Clement Delangue")),
    _planted("uber", "currency", ("1500美元", "1500元")),
    _planted("uber", "wrong period", ("每月", "每周")),
    _planted("uber", "wrong company", ("Uber", "Lyft")),
    _planted("uber", "magnitude", ("**1500美元**", "**1.5万美元**")),
    _planted("uber", "invented fact", ("他预计会有更多公司这样做", "他透露OpenAI和Anthropic内部也设了同样的上限")),
    _planted("injection", "hedge dropped", ("降到**约0**", "降到**0**")),
    _planted("injection", "shipped for future", ("下周起，auto mode将成为", "auto mode现已成为")),
    _planted("injection", "wrong number", ("一年前", "三年前")),
    _planted("injection", "unseen turned into known", ("面对**未见过的攻击**", "面对**已知攻击**")),
    _planted("injection", "global first", ("他说一年前还没想到能做到这一点。", "这是业界首次做到这一点。")),
    _planted("us30b", "wrong company", ("英伟达", "微软")),
    _planted("us30b", "wrong number", ("**30B**", "**70B**"), ("30B开源", "70B开源")),
    _planted("us30b", "wrong count", ("两款", "三款")),
    _planted("us30b", "invented Latin names", ("两款**30B**模型", "**Llama 5 30B**和Nemotron Nano 30B两款模型")),
    _planted("inkling", "wrong number", ("74.2%", "84.2%")),
    _planted("inkling", "percent to multiple", ("体积缩小**86%**", "体积缩小**86倍**")),
    _planted("inkling", "magnitude", ("**9750亿参数**", "**975亿参数**")),
    _planted("inkling", "two figures swapped", ("缩小**86%**，保留了74.2%", "缩小**74.2%**，保留了86%")),
    _planted("inkling", "wrong company", ("Thinking Machines的Inkling", "Mistral的Inkling")),
    _planted("swa", "hedge dropped", ("**93%以上**", "**93%**")),
    _planted("swa", "'in theory' dropped", ("这种方法理论上可让长上下文推理便宜**约7倍**", "这种方法已让其长上下文推理成本降低**约7倍**")),
    _planted("swa", "wrong company", ("小米", "华为")),
    _planted("swa", "two metrics' figures swapped", ("prefill快约40%，解码KV容量提升约5倍", "prefill快约5倍，解码KV容量提升约40%")),
    _planted("swa", "wrong number", ("编码器吞吐提升2倍", "编码器吞吐提升3倍")),
    _planted("swa", "percent to multiple", ("prefill快约40%", "prefill快约40倍")),
    _planted("kimiquota", "wrong date", ("**7月2日**", "**7月20日**")),
    _planted("kimiquota", "tiers swapped", ("300至999美元得25%，1000美元以上得30%", "300至999美元得30%，1000美元以上得25%")),
    _planted("kimiquota", "currency", ("100美元以上", "100元以上")),
    _planted("kimiquota", "percent to points", ("**20%至30%**的额外额度", "**20至30个百分点**的额外额度")),
    _planted("kimiquota", "one bonus turned into many", ("每个账户限领一次", "每个账户可多次领取")),
    _planted("matryoshka", "wrong number", ("**36%**", "**63%**")),
    _planted("matryoshka", "range turned into its top", ("推测解码快14%至26%", "推测解码快26%")),
    _planted("matryoshka", "wrong size", ("15亿", "25亿")),
    _planted("matryoshka", "percent to multiple", ("训练算力减少**36%**", "训练算力减少**36倍**")),
    _planted("matryoshka", "unsupported claim", ("性能不变", "性能还提升了10%")),
    _planted("checkup", "confirmation turned into none", ("且在做任何修改前都会**先征得用户确认**", "且会**直接修改而无需用户确认**")),
    _planted("checkup", "credit to someone absent", ("Anthropic Claude Code负责人Boris Cherny宣布", "Anthropic CEO Dario Amodei宣布")),
    _planted("checkup", "future for shipped", ("新增", "将于下月新增")),
    _planted("checkup", "wrong count", ("Claude Code新增**/checkup**命令，", "Claude Code新增**/checkup**命令，共10项功能：")),
    _whole("checkup", "English summary", "Claude Code adds /checkup",
           "Boris Cherny announced **/checkup** for Claude Code. It cleans up unused skills, MCPs and plugins, dedups CLAUDE.md files, turns off slow hooks and updates Claude Code. It confirms with you before making any changes."),
    _planted("arcade", "hedge dropped", ("**8,000多个**", "**8,000个**")),
    _planted("arcade", "wrong number", ("**8,000多个**", "**18,000多个**")),
    _planted("arcade", "wrong company", ("Arcade提供的", "Zapier提供的")),
    _planted("arcade", "future for now", ("从今天起，用户可以", "下个月起，用户将可以")),
    _whole("arcade", "one-sentence summary", "LangSmith Fleet接入Arcade的8000多个工具",
           "LangChain CEO Harrison Chase宣布，从今天起可以在LangSmith Fleet中连接Arcade提供的**8,000多个**企业级工具。"),
    _planted("nvfp4", "VRAM turned into RAM", ("**11GB显存**", "**11GB内存**")),
    _planted("nvfp4", "wrong number", ("1.5倍", "2.5倍")),
    _planted("nvfp4", "models swapped", ("Gemma-4-12B NVFP4只需**11GB显存**即可运行，26B-A4B在B200上", "Gemma-4-26B-A4B NVFP4只需**11GB显存**即可运行，12B在B200上")),
    _planted("nvfp4", "wrong hardware", ("B200", "H100")),
    _planted("nvfp4", "magnitude", ("每秒1.3万token", "每秒13万token")),
    _planted("nvfp4", "credit to the model's maker", ("Unsloth发布了Gemma 4的", "谷歌发布了Gemma 4的")),
    _planted("mimo", "hedged first made certain", ("这应该也是全球第一个", "这是全球第一个")),
    _planted("mimo", "wrong number", ("**1426 Token/s**", "**1246 Token/s**")),
    _planted("mimo", "figure from another test", ("首次响应仅0.83秒", "首次响应仅4.71秒")),
    _planted("mimo", "wrong number", ("32秒内", "23秒内")),
    _planted("mimo", "wrong company", ("歸藏介绍，MiMo推出了", "歸藏介绍，字节跳动推出了")),
    _planted("mimo", "magnitude", ("万亿参数", "千亿参数")),
    _planted("qwenrobot", "first made global", ("阿里发布了其首个千问具身智能体通用模型", "阿里发布了全球首个具身智能体通用模型")),
    _planted("qwenrobot", "two figures swapped", ("EXPRESS-Bench提升**15.4%**，导航步数减少77%", "EXPRESS-Bench提升**77%**，导航步数减少15.4%")),
    _planted("qwenrobot", "wrong number", ("80维", "64维")),
    _planted("qwenrobot", "wrong count", ("五类导航任务", "八类导航任务")),
    _planted("qwenrobot", "percent to points", ("提升**15.4%**", "提升**15.4个百分点**")),
    _planted("qwenrobot", "wrong company", ("阿里", "腾讯")),
    _planted("huawei", "currency", ("120亿美元", "120亿元")),
    _planted("huawei", "achieved for expected", ("今年预计实现", "今年已实现")),
    _planted("huawei", "percent to points", ("同比增长**60%**", "同比增长**60个百分点**")),
    _planted("huawei", "wrong source", ("路透社", "彭博社")),
    _planted("huawei", "wrong number", ("**60%**", "**50%**")),
    _planted("hermes", "wrong number", ("174秒", "147秒")),
    _planted("hermes", "wrong number", ("**8轮降到2轮**", "**8轮降到4轮**")),
    _planted("hermes", "comparison", ("Hermes和OpenClaw差别不大", "Hermes远超OpenClaw")),
    _planted("hermes", "wrong number", ("超过5遍", "超过50遍")),
    _planted("openai600", "two figures swapped", ("约为**6000亿美元**", "约为**X**"), ("宣扬**1.4万亿美元**", "宣扬**6000亿美元**"), ("约为**X**", "约为**1.4万亿美元**")),
    _planted("openai600", "hedge dropped", ("将超过2800亿美元", "将达到2800亿美元")),
    _planted("openai600", "currency", ("2800亿美元", "2800亿元")),
    _planted("openai600", "wrong year", ("2030年", "2028年")),
    _planted("openai600", "wrong person (Chinese name)", ("山姆·奥特曼", "萨提亚·纳德拉")),
    _planted("openai600", "unsupported split", ("2C和2B业务各占一半", "2B业务占七成")),
    # a fact or figure of another story of this set
    _planted("arcade", "another story's fact", ("这让用户能轻松构建", "Uber还为每位开发者设定了每月1500美元的token上限。这让用户能轻松构建")),
    _planted("nvfp4", "another story's figure", ("在GPU上运行速度快**1.5倍**", "体积缩小86%，在GPU上运行速度快**1.5倍**")),
    _planted("matryoshka", "another story's model", ("alphaXiv介绍的论文", "小米在MiMo-V2.5中采用的论文")),
]

FAITHFUL: list[Case] = [Case(story, "faithful: the base answer", *answer_) for story, answer_ in BASE.items()] + [
    Case("mtp", "faithful: 1.4–2.2倍, tokens/s", "Qwen3.6-27B MTP版每秒生成160个token",
         "Unsloth发布Qwen3.6的MTP GGUF，生成速度提升约**1.4–2.2倍**，准确率不受影响。Qwen3.6-27B MTP的速度达到**160 tokens/s**，35B-A3B为240 t/s。"),
    Case("mtp", "faithful: 阿里, 18GB RAM", "阿里Qwen3.6本地运行只需18GB内存",
         "Unsloth表示，阿里的Qwen3.6借助MTP GGUF提速**2倍**，只需**18GB RAM**即可在本地运行。MTP加速不影响准确率。"),
    Case("arcagi", "faithful: NVIDIA, 1亿", "NVIDIA用自研框架解出ARC-AGI-3全部183关",
         "NVIDIA为优化CUDA GPU内核构建了自己的编程框架，在ARC-AGI-3的25个公开游戏中拿到**100%**的分数，**183个关卡**全部解出。Clement Delangue随后发问：1亿AI开发者的时代何时到来？"),
    Case("uber", "faithful: $1,500, 优步", "优步限制开发者每月token支出",
         "Harrison Chase表示，优步已为每位开发者设定每月**$1,500**的token额度上限，说明成本开始变得重要。他认为这类做法会越来越多，可以借助LangSmith Gateway来实现。"),
    Case("injection", "faithful: A社, three layers", "A社：叠加三层防护，提示注入几乎归零",
         "Boris Cherny表示，A社把模型训练、输入探针和意图分类器三层防护叠加后，间接提示注入在未见过的攻击上几乎降到**零**。Claude Code将从**下周**起默认启用auto mode。"),
    Case("injection", "faithful: ~0 kept", "Claude Code下周起默认开启auto mode",
         "Boris Cherny称，通过叠加模型训练、输入探针和检查意图的分类器，间接提示注入在未见过的攻击上可降至**~0**，这是他一年前没有预料到的。auto mode将于下周起成为Claude Code的**默认设置**。"),
    Case("us30b", "faithful: NVIDIA, 300亿", "美国开源模型回归：Meta与NVIDIA各发一款30B模型",
         "Graham Neubig指出，Meta和NVIDIA先后发布了**300亿参数**的开源模型，美国的开源模型开发重新活跃起来。这个规模便于本地运行，而多数其他实验室的模型越做越大。"),
    Case("inkling", "faithful: 975B, 1M, -86%", "Thinking Machines的Inkling可本地运行",
         "Unsloth表示，Thinking Machines的**975B**开源模型Inkling现在可以本地运行，它支持图像、音频和**1M上下文**。经Dynamic 1-bit量化后体积减少86%，280GB即可运行。"),
    Case("swa", "faithful: 7倍左右, 超过93%", "混合SWA让长上下文推理便宜七倍左右",
         "alphaXiv推荐的论文介绍了小米在MiMo-V2.5上的做法：理论上，混合SWA能让长上下文推理的成本降到约七分之一。通过更好的缓存路由、分布式缓存和多模态预处理，KV缓存命中率**超过93%**，解码KV容量提升约**5倍**。"),
    Case("swa", "faithful: Xiaomi, 2x encoder", "Xiaomi披露MiMo-V2.5的KV缓存工程",
         "据alphaXiv介绍，Xiaomi改造了KV缓存系统，让滑动窗口注意力只保存最近的窗口，并能跨请求安全复用前缀。结果prefill快了约**40%**，编码器吞吐翻倍。"),
    Case("kimiquota", "faithful: $100+, +25%", "Kimi API限时充值赠送额度",
         "Kimi宣布，**7月2日**前为Kimi API充值**$100以上**即可获得20%到30%的额外额度。其中充值$300至$999可多得25%，每个账户只能领取一次。"),
    Case("kimiquota", "faithful: 1,000美元, 30%", "Kimi K2.7 Code开发者充值最高多得30%额度",
         "月之暗面为Kimi K2.7 Code开发者推出充值返额度活动：充值**1,000美元以上**可额外获得**30%**额度，100至299美元可获得20%。活动截至7月2日。"),
    Case("matryoshka", "faithful: 500M/1.5B/3B kept", "Matryoshka：500M、1.5B和3B模型共用一个架构",
         "这篇论文把**500M、1.5B和3B**三个尺寸的模型嵌套在同一架构里一起训练，小模型能共享权重和KV缓存做推测解码。在性能相同的前提下，训练算力节省**36%**，推测解码提速14-26%。"),
    Case("checkup", "faithful: 7 items", "Claude Code推出/checkup，一键整理配置",
         "Boris Cherny介绍，运行**/checkup**可以完成7项整理及其他一些功能，包括清理未使用的插件、拆分根目录的CLAUDE.md、关闭慢速hooks和更新到最新版本。所有改动都会**先经用户确认**。"),
    Case("arcade", "faithful: 逾8000", "LangSmith Fleet可连接Arcade逾8000个工具",
         "Harrison Chase表示，Arcade提供企业级的工具接入，数量**逾8000个**，今天起可在LangSmith Fleet中全部连接。用户由此可以搭建类似Claude Cowork或OpenClaw的**无代码智能体**。"),
    Case("nvfp4", "faithful: 谷歌, 13K, 1.5×", "谷歌Gemma 4 NVFP4量化版发布",
         "Unsloth为谷歌的Gemma 4推出NVFP4量化版本，GPU上运行速度提升**1.5倍**，Gemma-4-12B只需11GB显存。在B200上，26B-A4B的速度达到**13K tok/s**。"),
    Case("nvfp4", "faithful: Blackwell 4-bit", "Unsloth NVFP4提升Blackwell上的4-bit推理",
         "Unsloth表示，其NVFP4量化让Blackwell GPU上的**4-bit推理**更快也更准确。首批发布的是Gemma 4系列，其中12B版本可在**11GB显存**上运行。"),
    Case("mimo", "faithful: 小米, 1T", "小米MiMo V2.5 Pro UltraSpeed输出超1000 Token/s",
         "小米MiMo推出**MiMo V2.5 Pro UltraSpeed**，输出速度超过每秒1,000个Token，规模为**1T参数**。歸藏实测用Three.js生成3D采矿小游戏，峰值速度810 Token/s，首次响应4.71秒。"),
    Case("mimo", "faithful: 藏师傅, 1000 lines", "MiMo超高速模型实测：32秒生成1000行代码",
         "藏师傅实测MiMo V2.5 Pro UltraSpeed，在官网3D动画测试中，32秒内输出了**25624个Token**，共生成1000行代码，峰值1426 Token/s。第三个测试的输出速度为**1136 tokens/s**，首次响应4.5秒。"),
    Case("qwenrobot", "faithful: 阿里巴巴, 三个模型", "阿里巴巴推出Qwen-Robot，进军具身智能",
         "阿里巴巴发布千问具身智能体通用模型Qwen-Robot，包括负责操作的Qwen-RobotManip、负责导航的Qwen-RobotNav和负责世界预测的**Qwen-RobotWorld**。Qwen-RobotNav让导航步数减少了**77%**。"),
    Case("qwenrobot", "faithful: 80维, 15.4%", "Qwen-Robot：一套权重统一五类导航任务",
         "Qwen-RobotManip采用**80维**统一动作表征，换机械臂或换场景时数据依然通用。Qwen-RobotNav把记忆策略参数化，在双层智能体系统中让EXPRESS-Bench提升**15.4%**。"),
    Case("huawei", "faithful: 路透社, 老熊", "华为AI芯片销售额有望同比增长60%",
         "据路透社报道，华为AI芯片今年的销售额预计将达**120亿美元**，比去年增长60%。程序员老熊认为，英伟达出口受限以及国产大模型的兴起，正推动中国科技企业大规模转向**华为昇腾**等国产算力。"),
    Case("hermes", "faithful: 8轮到2轮", "Hermes带记忆后工具调用从8轮降至2轮",
         "Andy Stewart测试发现，同一问题问过5遍以上后，Hermes的工具调用从8轮减少到**2轮**，总耗时从**174秒**降到33秒。他认为这体现了Hermes记忆系统的效果。"),
    Case("openai600", "faithful: 6,000亿, 一半", "OpenAI大幅下调总算力支出目标",
         "金融汪援引的消息称，OpenAI预计到2030年总算力支出约**6,000亿美元**，远低于奥特曼几个月前宣扬的1.4万亿美元基础设施承诺。OpenAI同时预计2030年营收**超过2800亿美元**，面向消费者和企业的业务各占一半。"),
    Case("openai600", "faithful: Sam Altman", "OpenAI算力支出目标约6000亿美元",
         "OpenAI告诉投资者，到2030年总算力支出约为6000亿美元。几个月前，Sam Altman还在宣扬**1.4万亿美元**的基础设施承诺，外界担心其扩张与收入不匹配。"),
]


#: planted errors the checks miss (story, kind): they stay in the set so the figure stays honest
MISSES: frozenset[tuple[str, str]] = frozenset({
    ("injection", "unseen turned into known"),  # 已知 for "unseen": meaning, no token
    ("mtp", "credit to the model's maker"),  # 阿里 for Unsloth: Qwen, Alibaba's brand, counts for 阿里 (by design)
    ("mimo", "figure from another test"),  # 4.71秒 is the first test's first response
    # caught at the first run only by the false rejection of its faithful base answer (会有更多公司 read as a
    # company); once that was fixed it passes
    ("uber", "wrong period"),  # 每周 for "per month"
})

#: faithful answers the checks reject (story, kind); the reason is printed when one is newly rejected
FALSE_REJECTIONS: frozenset[tuple[str, str]] = frozenset({
    ("nvfp4", "faithful: 谷歌, 13K, 1.5×"),  # 谷歌 for Gemma's maker: Gemma as 谷歌's brand would credit Google
    # with Unsloth's work (test_checks_adversarial's "wrong company" planted error)
    ("nvfp4", "faithful: Blackwell 4-bit"),  # 首批: arguably an inference the post does not make
})

#: 70/91 (76.9%) before the fixes below (fe181da), 75/91 (82.4%) after, 87/91 (95.6%) after the second round
CAUGHT_AT_LEAST = 0.95
#: 14/42 (33.3%) before, 5/42 (11.9%) after, 2/42 (4.8%) after the second round
REJECTED_AT_MOST = 0.05


@pytest.fixture(scope="module")
def story_posts(corpus: Path) -> dict[str, Post]:
    return read_corpus_posts(corpus, [i for ids in STORIES.values() for i in ids], FILES)


def test_the_fresh_set_is_large_varied_and_apart() -> None:
    assert len(PLANTED) >= 60 and len(FAITHFUL) >= 40
    assert len({c.kind for c in PLANTED}) >= 25
    assert_apart(Path(__file__), STORIES, PLANTED, FAITHFUL, MISSES, FALSE_REJECTIONS)


def test_the_fresh_stories_are_off_the_labelled_days(eval_dir: Path) -> None:
    assert_off_labelled_days(STORIES, eval_dir)


def test_fresh_planted_errors(story_posts: dict[str, Post], fake_llm: FakeLLM) -> None:
    assert_caught("fresh", STORIES, PLANTED, story_posts, fake_llm, MISSES, CAUGHT_AT_LEAST)


def test_fresh_faithful_answers(story_posts: dict[str, Post], fake_llm: FakeLLM) -> None:
    assert_published("fresh", STORIES, FAITHFUL, story_posts, fake_llm, FALSE_REJECTIONS, REJECTED_AT_MOST)


# --- the fixes, pinned on invented text (none of it is in the set above) -------------------------------

_EN_RUN = ("You can now run Falcon Mini on a laptop. We distilled Falcon Mini to Tiny 2-bit and kept 91.5% of "
           "top-5% accuracy. Run on 96GB.")


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # a hedge after a measure word: 超过10次 is 10次以上
        ("同一个请求重复10次以上后，命中率明显上升。", "同一个请求重复超过10次后，命中率明显上升。", True),
        ("同一个请求重复10次后，命中率明显上升。", "同一个请求重复超过10次后，命中率明显上升。", False),
        ("同一个请求重复20次以上后，命中率明显上升。", "同一个请求重复超过10次后，命中率明显上升。", False),
        # "Run on 96GB." opens with a plain word the post writes in lower case: 96GB stays with Falcon Mini
        ("Falcon Mini蒸馏为Tiny 2-bit后保留了91.5%的top-5%准确率，只需96GB即可运行。", _EN_RUN, True),
        ("Falcon Mini蒸馏为Tiny 2-bit后保留了95.1%的top-5%准确率，只需96GB即可运行。", _EN_RUN, False),
        # a day of a date is no percentage of the posts
        ("报名**3月3日**截止，早鸟票便宜30%。", "Registration closes March 3, early tickets are 30% off.", True),
        ("报名**3月30日**截止，早鸟票便宜30%。", "Registration closes March 3, early tickets are 30% off.", False),
        # 一 ends a word (统一): "统一四类任务" holds 四; counts of 类 and 年 are read
        ("该模型用一套权重统一了四类任务。", "一套权重即统一四类任务", True),
        ("该模型用一套权重统一了六类任务。", "一套权重即统一四类任务", False),
        ("他说三年前还没想到能做到这一点。", "didn't expect that a year ago", False),
        # tokens/s is a speed as much as a throughput
        ("实测输出速度达到**900 tokens/s**。", "峰值 TPS 达到了 900 tokens/s，首次响应 2 秒", True),
    ],
)
def test_the_numbers_fixes_hold_on_other_text(text: str, post: str, ok: bool) -> None:
    from newsdesk.writer.checks.numbers import check_numbers

    assert check_numbers(text, [post]).ok is ok, check_numbers(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        ("公司今年营收预计将突破100亿元。", "公司今年营收预期突破100亿元", True),  # 预期 backs 预计将
        ("公司今年已实现100亿元营收。", "公司今年营收预期突破100亿元", False),  # achieved for expected
        ("Falcon远超Osprey。", "测试超过8次后，Falcon 和 Osprey 差别不大", False),  # 超过8次 compares nothing
        ("Falcon远超Osprey。", "Falcon beats Osprey on every task", True),
        ("这是全球首个能做家务的机器人模型。", "这是首个让机器人理解物理世界的家务模型", False),  # 物理世界 is no 全球
        ("这是全球首个能做家务的机器人模型。", "这是全球首个能做家务的机器人模型", True),
    ],
)
def test_the_claims_fixes_hold_on_other_text(text: str, post: str, ok: bool) -> None:
    from newsdesk.writer.checks.claims import check_claims

    assert check_claims(text, [post]).ok is ok, check_claims(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        ("不少公司和一些实验室也会跟进。", "more companies will follow", True),  # quantities, not names
        ("蓝鲸科技也会跟进。", "more companies will follow", False),
        ("Mark Zuckerberg表示将继续开源。", "马克·扎克伯格表示将继续开源", True),  # the given name of a rendering
        ("Mark Chen表示将继续开源。", "马克·扎克伯格表示将继续开源", False),
        ("据路透社报道，销售额增长六成。", "Reuters reports sales grew 60%", True),  # a news agency is a rendering
        ("据彭博社报道，销售额增长六成。", "据路透社报道，销售额增长六成", False),
    ],
)
def test_the_names_fixes_hold_on_other_text(text: str, post: str, ok: bool) -> None:
    from newsdesk.writer.checks.names import check_names

    assert check_names(text, [post]).ok is ok, check_names(text, [post]).detail
