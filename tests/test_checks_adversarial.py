# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)
"""The checks against answers a fluent model writes: planted errors must be caught, faithful ones accepted.

Real corpus stories (posts away from the labelled eval days), answered the way a strong model answers
in Chinese; each planted error is one edit of a faithful answer (a wrong or unhedged number, a percent
turned into a multiple, a currency swapped, a figure moved to another subject, a first or a superlative
the posts never claim, a future for something shipped, an invented company or credit). Every answer goes
through the LLM writer, served by the local OpenAI-compatible server over loopback (tests/fake_llm.py):
caught means the item fell back, accepted means the model's item was published. The two shares are
printed and held to issue 11's targets: >= 90% of planted errors caught, <= 5% of faithful answers
rejected. The one miss this set had (two benchmarks' figures exchanged inside one evidence sentence) is
caught since the held-out set (test_checks_heldout.py) showed the same weakness on other stories.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.model import Post, Story
from newsdesk.writer.checks import failed, run_checks

from checkskit import Case, planter, published, story_of
from corpuskit import read_corpus_posts
from fake_llm import FakeLLM

STORIES: dict[str, tuple[str, ...]] = {
    "stepaudio": ("x:2047690693762539830",),  # StepFun: StepAudio 2.5 ASR, 4x, 30 min, $0.022/hr, 80% lower
    "imageedit": ("x:2054282965652471918",),  # StepFun: Step Image Edit 2, 3.5B, #1 on KRIS-Bench, 5-6x
    "prices": ("x:2082880720989532597",),  # Sam Altman: GPT-5.6 Luna -80%, Terra -20%, Sol fast mode up to 2.5x
    "nemotron": ("x:2087233342618149125",),  # Modal: Nemotron 3.5 Lightning, up to 4x throughput, up to 30%
    "cursor": ("x:2066923649261854746",),  # Deedy Das: $60B exit, $4B run rate 7x YoY, ~$2.7B
    "papers": ("x:2087221609312436717", "x:2085017802692235288"),  # alphaXiv: Hyperball 20-30%; PNPO +3 points
    "loopwm": ("rss:2facd4ad4782db1d",),  # HF papers: Looped World Models, the first looped ..., up to 100x
    "kimi": ("x:2065377579130142937",),  # Kimi-K2.7-Code: +21.8%, +11.0%, +31.5%, 30% fewer tokens, 6x soon
    "sonnet": ("x:2072022781043028182",),  # Cognition: Sonnet 5 53.8%, 57.6% pass rate, "may change"
    "gemma": ("x:2041513619339575762",),  # Unsloth: Gemma 4 on 8GB, 1.5x faster, 50% less VRAM
    "amd": ("x:2079207457788952944",),  # Unsloth for AMD: 500+ models, up to 2x, 70% less VRAM
    "gepa": ("x:2060732843282850276",),  # Harrison Chase: LangChain + GEPA
    "connectors": ("x:2049143442601546054",),  # Claude: connectors launching today, Blender Development Fund
    "skills": ("x:2029021162915926213",),  # 马天翼: A社 Skill-Creator, 5 of 6 skills improved
    "dsqa": ("x:2061506416503112145",),  # Perplexity: DSQA 0.871 ahead of Anthropic's 0.815, nearly half the cost
    "codex": ("x:2061924300698091760",),  # Zara Zhang: about 20% of Codex users, more than 3 times as fast
    "context": ("x:2032916662861836738",),  # Thariq: Claude growing fast, 1M context
}


BASE: dict[str, tuple[str, str]] = {
    "stepaudio": (
        "阶跃星辰发布StepAudio 2.5 ASR语音识别模型",
        "StepAudio 2.5 ASR的解码速度是上一代的**4倍**，可连续处理**30分钟**音频。API价格为每小时$0.022，推理成本降低80%。",
    ),
    "imageedit": (
        "阶跃星辰上线图像编辑模型Step Image Edit 2",
        "这款**35亿参数**的图像模型在KRIS-Bench上排名第一，性能超过参数量为其5-6倍的模型。"
        "文生图仅需**0.7秒**，每次编辑1.6秒，每张图片$0.003。",
    ),
    "prices": (
        "Sam Altman宣布GPT-5.6系列大幅降价",
        "GPT-5.6 Luna降价**80%**，输入价格降至每百万token $0.20，输出$1.20；GPT-5.6 Terra降价20%，至$2/$12。"
        "GPT-5.6 Sol在API中新增Fast模式，速度**最高2.5倍**，价格为2倍。",
    ),
    "nemotron": (
        "Modal上线英伟达Nemotron 3.5 Lightning",
        "Nemotron 3.5 Lightning面向高负载的专用AI智能体，采用混合MoE架构与DFlash推测解码。"
        "其吞吐量**最高提升4倍**，任务完成速度最多快30%。用户可在Modal上用单张H100部署，无需为闲置GPU付费。",
    ),
    "cursor": (
        "Cursor以600亿美元出售给SpaceX",
        "Deedy Das称，Cursor以**600亿美元**被SpaceX收购，年化收入**40亿美元**，同比增长7倍。"
        "他估计4位25岁的MIT创始人将获得约27亿美元。",
    ),
    "papers": (
        "alphaXiv推荐两篇训练优化论文：Hyperball与PNPO",
        "Hyperball固定权重范数并归一化每次更新，与Muon结合后在12亿参数规模上实现**20-30%的token等效加速**。"
        "PNPO用前缀几何均值修正策略滞后，在4个epoch设置下比GSPO高**3个百分点**，且只需150个rollout批次即可达到600个批次的相近效果。",
    ),
    "loopwm": (
        "Looped World Models：循环架构的世界模型",
        "论文提出Looped World Models（LoopWM），称其为首个用于世界建模的循环架构，通过参数共享的Transformer块迭代细化潜在环境状态。"
        "与传统方法相比，其参数效率**最高可提升100倍**，并能按预测难度自适应调整计算深度。",
    ),
    "kimi": (
        "月之暗面发布并开源Kimi-K2.7-Code编程模型",
        "Kimi-K2.7-Code在Kimi Code Bench v2上比K2.6提升**21.8%**，在Program Bench上提升11.0%，在MLS Bench Lite上提升31.5%。"
        "推理token用量比K2.6减少**30%**，可通过Kimi API和Kimi Code使用。6倍高速模式即将推出。",
    ),
    "sonnet": (
        "Cognition：Sonnet 5在FrontierCode上得分53.8%",
        "Cognition公布，在其真实工程任务基准FrontierCode（Extended）上，Sonnet 5得分**53.8%**，通过率为**57.6%**，高于Opus 4.8。"
        "Cognition提醒，随着FrontierCode后续调整，相对排名可能略有变化。",
    ),
    "gemma": (
        "Unsloth推出Gemma 4免费微调笔记本",
        "Unsloth发布免费笔记本，用户只需**8GB显存**即可在本地训练Gemma 4。Unsloth训练Gemma 4的速度快**1.5倍**，显存占用减少50%。",
    ),
    "amd": (
        "Unsloth支持在AMD硬件上训练和运行大模型",
        "Unsloth与AMD合作，用户可在AMD GPU上训练和运行**500多个**模型，支持Windows、WSL和Linux。"
        "借助自研Triton内核，训练速度**最高提升2倍**，显存占用减少70%，且不损失精度。",
    ),
    "gepa": (
        "LangChain链现可用GEPA优化",
        "LangChain CEO Harrison Chase宣布，LangChain与GEPA完成集成，开发者现在可以用GEPA优化自己的LangChain链。"
        "这项支持来自社区开发者bryonkuchML向GEPA仓库提交的**PR**。",
    ),
    "connectors": (
        "Claude新增Adobe、Ableton等连接器",
        "Claude今天上线了更多连接器，包括**Adobe Creative Cloud**、Ableton、Splice、Canva Affinity、SketchUp和Resolume。"
        "Claude还以赞助者身份加入Blender开发基金，支持这款开源软件的发展。",
    ),
    "skills": (
        "A社（Anthropic）推出新版Skill-Creator",
        "A社（Anthropic）推出新版Skill-Creator，帮助用户创作和优化Skills，尤其面向非技术用户。"
        "新版支持Eval评估、Benchmark测试和多Agent并行测试，在**6个**公开skills的测试中，有**5个**的触发率得到改善。",
    ),
    "dsqa": (
        "Perplexity：DSQA得分0.871，领先Anthropic",
        "Perplexity称其新系统在DSQA上得分**0.871**，领先Anthropic的0.815，而每项任务的成本接近其一半。"
        "在WideSearch上，它同样得分领先，且运行成本更低。",
    ),
    "codex": (
        "OpenAI Codex报告：知识工作者约占用户两成",
        "据OpenAI最新Codex报告，知识工作者约占Codex用户的**20%**，采用速度是开发者的3倍多。"
        "知识工作者增长最快的任务中，数据分析周环比增长**110%**，研究类增长37%，知识产出类增长36%。",
    ),
    "context": (
        "Claude上线100万token上下文",
        "Thariq表示，Claude近期增长极快，扩容过程中遇到了一些问题。他感谢用户在扩容期间的耐心，并推出**100万token上下文**。",
    ),
}


_planted = planter(BASE)


PLANTED: list[Case] = [
    _planted("stepaudio", "wrong number", ("**4倍**", "**5倍**")),
    _planted("stepaudio", "currency", ("每小时$0.022", "每小时0.022元")),
    _planted("stepaudio", "percent to multiple", ("降低80%", "降低80倍")),
    _planted("stepaudio", "global first", ("发布StepAudio 2.5 ASR语音识别模型", "发布全球首个双语语音识别模型")),
    _planted("stepaudio", "invented company", ("StepAudio 2.5 ASR的解码速度", "蓝鲸科技参与研发的StepAudio 2.5 ASR解码速度")),
    _planted("stepaudio", "digits of a t.co slug", ("**30分钟**", "**48分钟**")),
    _planted("imageedit", "magnitude", ("35亿参数", "350亿参数")),
    _planted("imageedit", "currency", ("每张图片$0.003", "每张图片0.003元")),
    _planted("imageedit", "future for shipped", ("每张图片$0.003。", "每张图片$0.003，API将于下月开放。")),
    _planted("imageedit", "invented rival", ("性能超过参数量为其5-6倍的模型", "性能超过GPT-Image-2")),
    _planted("imageedit", "multiple to percent", ("5-6倍", "5-6%")),
    _planted("prices", "hedge dropped", ("**最高2.5倍**", "提升**2.5倍**")),
    _planted("prices", "figures swapped between products", ("Luna降价**80%**", "Luna降价**20%**"), ("Terra降价20%", "Terra降价80%")),
    _planted("prices", "wrong version", ("GPT-5.6 Sol", "GPT-5.5 Sol")),
    _planted("prices", "wrong person credited", ("Sam Altman宣布", "黄仁勋宣布")),
    _planted("prices", "currency", ("$0.20", "0.20元")),
    _planted("prices", "future for shipped", ("系列大幅降价", "系列将于下月降价")),
    _planted("nemotron", "percent to multiple", ("最多快30%", "最多快30倍")),
    _planted("nemotron", "hedge dropped", ("**最高提升4倍**", "**提升4倍**")),
    _planted("nemotron", "two metrics swapped", ("**最高提升4倍**", "**最高提升30%**"), ("最多快30%", "最多快4倍")),
    _planted("nemotron", "wrong company", ("英伟达", "谷歌")),
    _planted("nemotron", "wrong number", ("单张H100", "2张H100")),
    _planted("cursor", "wrong number", ("600亿美元", "500亿美元")),
    _planted("cursor", "currency", ("**40亿美元**", "**40亿元**")),
    _planted("cursor", "hedge dropped", ("约27亿美元", "27亿美元")),
    _planted("cursor", "multiple to percent", ("增长7倍", "增长7%")),
    _planted("cursor", "superlative", ("被SpaceX收购，", "被SpaceX收购，创下史上最大AI收购纪录，")),
    _planted("papers", "result moved to the other paper",
             ("实现**20-30%的token等效加速**", "实现更快的token等效加速"), ("比GSPO高**3个百分点**", "比GSPO快**20-30%**")),
    _planted("papers", "points to percent", ("**3个百分点**", "**3%**")),
    _planted("papers", "wrong company credited", ("Hyperball固定权重范数", "谷歌研究人员提出的Hyperball固定权重范数")),
    _planted("papers", "wrong number", ("150个rollout", "120个rollout")),
    _planted("papers", "'may' read as May", ("Hyperball固定权重范数", "5月发表的Hyperball固定权重范数")),
    _planted("loopwm", "hedge dropped", ("**最高可提升100倍**", "**提升100倍**")),
    _planted("loopwm", "comparison", ("自适应调整计算深度。", "自适应调整计算深度，性能全面超越现有世界模型。")),
    _planted("loopwm", "multiple to percent", ("100倍", "100%")),
    _planted("kimi", "wrong number", ("**21.8%**", "**28.1%**")),
    _planted("kimi", "benchmarks swapped in one sentence", ("提升11.0%", "提升X"), ("提升31.5%", "提升11.0%"),
             ("提升X", "提升31.5%")),
    _planted("kimi", "percent to points", ("减少**30%**", "减少**30个百分点**")),
    _planted("kimi", "wrong company", ("月之暗面", "智谱")),
    _planted("sonnet", "wrong number", ("**57.6%**", "**67.6%**")),
    _planted("sonnet", "first", ("高于Opus 4.8", "首次超过Opus 4.8")),
    _planted("gemma", "wrong number", ("**8GB显存**", "**6GB显存**")),
    _planted("gemma", "multiple to percent", ("快**1.5倍**", "快**1.5%**")),
    _planted("gemma", "wrong company", ("Unsloth发布免费笔记本", "谷歌发布免费笔记本")),
    _planted("amd", "hedge dropped", ("**500多个**", "**500个**")),
    _planted("amd", "wrong number", ("减少70%", "减少60%")),
    _planted("amd", "hedge dropped", ("**最高提升2倍**", "**提升2倍**")),
    _planted("amd", "mandate", ("Unsloth与AMD合作", "应监管要求，Unsloth与AMD合作")),
    _planted("gepa", "invented company", ("LangChain与GEPA完成集成", "LangChain与白鲸实验室完成集成")),
    _planted("gepa", "wrong person credited", ("Harrison Chase宣布", "Sam Altman宣布")),
    _planted("connectors", "future for shipped", ("Claude今天上线了", "Claude将于下周上线")),
    _planted("connectors", "mandate", ("以赞助者身份加入", "按监管要求加入")),
    _planted("skills", "wrong company", ("A社（Anthropic）推出新版", "O社（OpenAI）推出新版")),
    _planted("skills", "wrong number", ("有**5个**", "有**4个**")),
    _planted("skills", "first", ("推出新版Skill-Creator，", "推出首个Skill-Creator，")),
    _planted("dsqa", "wrong company", ("领先Anthropic的0.815", "领先OpenAI的0.815")),
    _planted("dsqa", "global superlative", ("且运行成本更低。", "成为全球性价比最高的系统。")),
    _planted("codex", "hedge dropped", ("约占Codex用户的**20%**", "占Codex用户的**20%**")),
    _planted("codex", "hedge dropped", ("3倍多", "3倍")),
    _planted("codex", "percent to multiple", ("增长**110%**", "增长**110倍**")),
    _planted("context", "wrong number", ("**100万token上下文**", "**200万token上下文**")),
]

FAITHFUL: list[Case] = [Case(story, "faithful: the base answer", *answer_) for story, answer_ in BASE.items()] + [
    Case("stepaudio", "faithful: Latin company, 美元 for $, top-tier", "StepFun发布StepAudio 2.5 ASR",
         "StepAudio 2.5 ASR解码速度提升至上一代的**4倍**，并具备顶尖的中英双语识别表现。"
         "API价格为每小时0.022美元，推理成本降低**80%**。"),
    Case("stepaudio", "faithful: minutes and hours", "阶跃星辰StepAudio 2.5 ASR：解码快4倍",
         "阶跃星辰的StepAudio 2.5 ASR支持**30分钟**连续音频处理，解码速度比上一代快4倍。价格为**0.022美元/小时**。"),
    Case("imageedit", "faithful: 3.5B kept in Latin, 美元", "StepFun推出Step Image Edit 2",
         "Step Image Edit 2是一个**3.5B参数**的图像模型，在KRIS-Bench上位列第一，"
         "表现优于参数量为其5至6倍的模型。每次编辑仅需1.6秒，每张图片0.003美元。"),
    Case("imageedit", "faithful: availability", "Step Image Edit 2上线阶跃星辰开放平台",
         "阶跃星辰的Step Image Edit 2现已在开放平台上线，文生图耗时**0.7秒**。"
         "它支持中英文文字渲染和风格迁移，每张图片价格为$0.003。"),
    Case("prices", "faithful: 美元, 最多可达", "GPT-5.6 Luna降价80%",
         "Sam Altman宣布，GPT-5.6 Luna价格下调**80%**，现为每百万输入token 0.20美元、输出1.20美元。"
         "GPT-5.6 Sol的API新增Fast模式，速度**最多可达2.5倍**，价格翻倍。"),
    Case("prices", "faithful: Terra", "Sam Altman：GPT-5.6 Terra降价20%",
         "GPT-5.6 Terra降价**20%**，每百万token输入和输出价格分别为$2和$12。GPT-5.6 Luna降价80%，为$0.20和$1.20（**每百万token**）。"),
    Case("nemotron", "faithful: NVIDIA in Latin, 最多可", "NVIDIA Nemotron 3.5 Lightning登陆Modal",
         "NVIDIA的Nemotron 3.5 Lightning专为高负载智能体打造，吞吐量最多可提升**4倍**，任务完成速度最高提升30%。"
         "在Modal上只需一张H100即可部署。"),
    Case("nemotron", "faithful: architecture", "英伟达Nemotron 3.5 Lightning上线Modal",
         "Nemotron 3.5 Lightning由英伟达推出，结合混合MoE架构和DFlash推测解码，吞吐量**最高4倍**。"
         "Modal表示用户无需为闲置GPU付费。"),
    Case("cursor", "faithful: $ kept, 2000万至5亿美元 for ~$20-500M", "Deedy Das：Cursor以600亿美元被SpaceX收购",
         "**Cursor年化收入达$4B**，同比增长**7倍**。Deedy Das估计，4位25岁的MIT创始人将获得约$2.7B，"
         "前50名员工每人约2000万至5亿美元。"),
    Case("cursor", "faithful: 年化收入40亿美元", "SpaceX以600亿美元收购Cursor",
         "据Deedy Das，SpaceX今天以**600亿美元**收购Cursor。Cursor的年化收入为40亿美元，同比增长7倍。"),
    Case("papers", "faithful: 3 points as 3分, 1.2B", "Hyperball与PNPO：两篇训练效率论文",
         "Hyperball保持权重范数固定，与Muon结合后在1.2B参数上带来20%至30%的token等效加速。"
         "PNPO在4个epoch设置下以**3分**的优势超过GSPO，只用150个rollout批次就达到600个批次的效果。"),
    Case("papers", "faithful: PNPO alone", "PNPO：更安全地复用rollout",
         "PNPO用前缀几何均值代替精确的前缀修正，避免权重爆炸，使策略滞后时复用rollout更安全。"
         "在4个epoch设置下，PNPO比GSPO高**3个百分点**。"),
    Case("loopwm", "faithful: 最多可达传统方法的100倍", "LoopWM：首个循环架构世界模型",
         "Looped World Models（LoopWM）是首个用于世界建模的循环架构。其参数效率**最多可达传统方法的100倍**，并能自适应调整计算深度。"),
    Case("kimi", "faithful: 月之暗面 and K2.6", "Kimi-K2.7-Code开源，编程能力提升",
         "月之暗面开源了Kimi-K2.7-Code，在Kimi Code Bench v2上比K2.6提升**21.8%**，推理token用量减少30%。"
         "模型今天起可通过Kimi API使用，**6倍**高速模式即将上线。"),
    Case("kimi", "faithful: benchmarks", "Kimi-K2.7-Code在MLS Bench Lite上提升31.5%",
         "Kimi-K2.7-Code在MLS Bench Lite上比K2.6提升**31.5%**，在Program Bench上提升11.0%。"
         "新模型减少了过度思考，指令遵循也有所改善。"),
    Case("sonnet", "faithful: 超过 for higher than", "Sonnet 5在FrontierCode上通过率57.6%",
         "在Cognition的FrontierCode（Extended）基准上，Sonnet 5的得分为**53.8%**，通过率57.6%，超过Opus 4.8。"
         "该基准衡量真实工程任务的可合并性与质量。"),
    Case("gemma", "faithful: 节省50%显存", "用Unsloth免费微调Gemma 4",
         "Unsloth推出免费笔记本，可用**8GB**显存在本地微调Gemma 4。训练速度快1.5倍，**节省50%显存**。"),
    Case("amd", "faithful: 最快可提升, 500多款", "Unsloth推出AMD版本",
         "Unsloth推出AMD版本，支持在Radeon、Instinct、Ryzen和数据中心GPU上训练和运行**500多款**模型。"
         "训练速度最快可提升2倍，显存占用减少**70%**。"),
    Case("amd", "faithful: 3GB", "Unsloth：3GB显存即可训练Qwen和Gemma",
         "Unsloth与AMD合作，用户可在**3GB**显存上训练Qwen和Gemma。该工具支持Windows、WSL和Linux。"),
    Case("gepa", "faithful: role from the post", "Harrison Chase：LangChain链现可用GEPA优化",
         "LangChain CEO Harrison Chase表示，开发者现在可以用**GEPA**优化自己的LangChain链。"
         "相关集成来自bryonkuchML向GEPA仓库提交的PR。"),
    Case("connectors", "faithful: 今天上线", "Claude上线Canva Affinity、SketchUp等连接器",
         "Claude今天新增**Adobe Creative Cloud**、Ableton、Splice、Canva Affinity、SketchUp和Resolume等连接器。"
         "Claude同时成为**Blender开发基金**的赞助者。"),
    Case("skills", "faithful: Anthropic（A社）", "Anthropic（A社）更新Skill-Creator",
         "Anthropic（A社）发布新版Skill-Creator，支持Eval评估和多Agent并行测试。"
         "在测试的**6个**公开skills中，**5个**的触发率有所提升。"),
    Case("dsqa", "faithful: 0.871 vs 0.815", "Perplexity在DSQA上得分0.871",
         "Perplexity称，其新系统在DSQA上得分**0.871**，领先Anthropic的**0.815**。它在WideSearch上同样领先，运行成本更低。"),
    Case("dsqa", "faithful: half as 约50%", "Perplexity：DSQA领先，成本约为一半",
         "Perplexity的新系统在DSQA上得分0.871，高于Anthropic的0.815，每项任务成本约为其**50%**。它还刷新了性价比前沿。"),
    Case("codex", "faithful: 三倍多 with 超过", "Codex报告：知识工作者采用速度超过开发者3倍",
         "OpenAI的Codex报告显示，知识工作者的采用速度是开发者的**3倍多**，约占用户的20%。"
         "研究类任务增长**37%**，知识产出类增长36%。"),
    Case("context", "faithful: 1M kept", "Claude推出1M上下文",
         "Thariq感谢用户在Claude快速增长、扩容期间的耐心。Claude同时上线**1M上下文**。"),
]


@pytest.fixture(scope="module")
def story_posts(corpus: Path) -> dict[str, Post]:
    return read_corpus_posts(corpus, [i for ids in STORIES.values() for i in ids])


def _story(name: str, posts: dict[str, Post]) -> Story:
    return story_of(name, STORIES[name], posts)


def _published(case: Case, posts: dict[str, Post], fake: FakeLLM) -> tuple[bool, str]:
    """Whether the writer published the model's answer; the failed checks or fallback reason if not."""
    return published(_story(case.story, posts), case.headline, case.summary, posts, fake)


def _failed_checks(case: Case, posts: dict[str, Post]) -> list[str]:
    """The checks an answer fails when run straight through `run_checks`, for the failure message."""
    story = _story(case.story, posts)
    checks = run_checks(case.headline, case.summary, story=story, posts=posts, citations=story.post_ids)
    return [f"{c.name}: {c.detail}" for c in failed(checks)]


def _share(flags: list[bool]) -> float:
    return sum(flags) / len(flags)


def test_the_suite_is_large_and_varied() -> None:
    assert len(PLANTED) >= 40 and len(FAITHFUL) >= 40
    assert len({c.kind for c in PLANTED}) >= 15
    assert {c.story for c in PLANTED} == set(STORIES) == {c.story for c in FAITHFUL}


def test_planted_errors_are_caught(story_posts: dict[str, Post], fake_llm: FakeLLM) -> None:
    results = [(case, _published(case, story_posts, fake_llm)) for case in PLANTED]
    caught = [not ok for _, (ok, _) in results]
    missed = [f"{c.story}: {c.kind}: {c.summary}" for c, (ok, _) in results if ok]
    share = _share(caught)
    print(f"\nplanted errors caught: {sum(caught)}/{len(caught)} = {share:.1%}; missed: {missed}")
    assert share >= 0.90, missed


def test_faithful_answers_are_accepted(story_posts: dict[str, Post], fake_llm: FakeLLM) -> None:
    results = [(case, _published(case, story_posts, fake_llm)) for case in FAITHFUL]
    rejected = [f"{c.story}: {c.kind}: {why}; {_failed_checks(c, story_posts)}" for c, (ok, why) in results if not ok]
    share = len(rejected) / len(results)
    print(f"\nfaithful answers wrongly rejected: {len(rejected)}/{len(results)} = {share:.1%}; {rejected}")
    assert share <= 0.05, rejected
