# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)
"""A fourth set of hand-written answers: planted errors and faithful answers nobody tuned the checks on.

Written by hand without reading the checks, on 18 corpus stories no other test uses and none on the six
labelled eval days, six of them of two or three posts on one event (Discovery Loop, GPT-5.6 Sol, Qwen3.8, Kimi K3,
Ultrafast mode, DeepSeek Harness): launches with figures, revenue and funding, prices and currencies, benchmarks,
dates, Chinese posts (AIGCLINK, 歸藏, 宝玉) and accounts with roles in the default sources (Jeff Dean, Sam Altman,
Mustafa Suleyman, Clement Delangue, Elon Musk). 147 planted errors of every kind of issue 11 and 55 faithful
answers in the seed's style, committed (86bd9eb) before any run.

First run, on the checks of the branch base 616d681: 122 of 147 planted errors caught (83.0%), 22 of 55 faithful
answers rejected (40.0%). One of those rejections was the case's fault, not the checks': a faithful answer
("grokv9", "faithful: 1.5万亿, 马斯克") was a single sentence, which the 2-4 sentence rule rightly refuses; a second
sentence was added (the same facts), and it passes. As the set stands: 122 of 147 caught (83.0%), 21 of 55
rejected (38.2%). No planted error turned out to be true. The targets (>= 90% caught, <= 5% rejected) do not hold
for answers the tests did not contain.

What the misses show (MISSES below, one line each): figures exchanged between two subjects of one post (the
numbers are in the posts, so they pass: two products' run-rates, two models' prices, two sizes, humans and
papers, a figure and its year); a time unit or an ordinal not compared (2到3个月 for "2 to 3 weeks", 第三季度 for
Q2); a bare number matched to a word of another measure (约50家 passes on "half", 50%); claims of time or status
written with words outside the lexicon (已经开源, 已经公开发布, 已经完成, 正式版全面上线, 签约); claim evidence taken
from anywhere in the posts ("will"/"next" back 将于下月 for a launch today, "most"/"ever" elsewhere back 最强 and
史上); negations and swapped roles with no new token (暂不开源, 上调 for a cut, 训练而非推理, 按原计划公开发布); an
invented Chinese company next to a brand the post names (智谱 for DeepSeek beside "glm", 中芯国际); bold on a
non-fact (**他认为**); a hedged first made certain.

What the false rejections show (FALSE_REJECTIONS below): the subject test of the numbers check ties a figure to
the first or wrong name in a sentence that names several (MiniCPM-RobotTrack's 180ms, MAI's scores, Qwen3.8-27B's
262K, Sol's 750 tokens/s, Cursor's $200 beside Grok Harvey, ICML's 6,816, 2026 beside DeepSeek); dates and sizes
the post writes with spaces ("8 月 2 日", "7 月27日", "2.8 T") are not found; 八成 for 80% and 七成 for 71.3% are
not read as conversions; common nouns ending in 公司 and 创始人 and the unit PB are taken for names; one arguable
case, a derived figure (48个百分点 = 71.3% - 23.2%) that the post does not write.

This set was then the development set of branch checks12 (the fifth set only checked it), whose fixes are general
and pinned in test_checks_general2.py on other corpus posts: on the branch's last checks, 123 of 147 caught (83.7%), 1 of 55
rejected (1.8%). Rejections fell because a figure now belongs to the products of its own clause or of its sentence's
opening, never to a product it is compared with ("alongside Opus 4.6", "超过了"); sentences naming only an abbreviation
(ICML) go on about the same thing; a figure inside a versioned name is its family's; spaced dates and sizes ("8 月 2
日", "2.8 T"), 八成以上, 七成, kinds of company (公益公司), verbs before 公司, PB after 数百 and "founding" are read. The
catch rate fell at first (126 to 109): 18 planted errors had been caught only because their faithful base was refused
for one of those reasons. Catches won back as classes: a comparison with a named rival made where the posts name it
("alongside", "追平" are none), quarters and halves, 已经 with status words, deals (签约), open to everyone, price
raises, bold on part of a figure or on who speaks, what a count counts (25人 is no "25 years", 50家 no "half",
2,226名 no "2,226 papers"), total and active parameters, a figure after a plain word ("token 0.45") read as one,
Chinese chipmakers' names (中芯国际). Gained: wrong quarter, talks turned into signed, future turned into already (imo),
bold on a non-fact, bold on part of a number, wrong number (sol, disco), two figures swapped (icml), beats for
alongside / for a tie, beats Opus against the post, active turned into total, cut turned into raise, limited turned
into everyone, another model's price, invented Chinese partner. Still missed (MISSES): claim words backed by a word
anywhere in the posts, negations and swapped roles with no new token, sizes exchanged between models.

Branch checks13 developed on this set with the fifth and sixth (general readings pinned in test_checks_general3.py):
124 of 147 caught (84.4%; the two models' prices swapped as 一半 is now read as 50% in a summary), 0 of 55 rejected
(约48个百分点 is read from a change the post states, "71.3%, up from 23.2%"). Branch checks14 (sets 4-7, general
readings of recurring classes): unchanged, 124 of 147 caught and 0 of 55 rejected.

after checks17: 124 of 147 caught (84.4%; 暂不开源 for open-sourcing, a polar pair), 0 of 55 rejected.
"""

from __future__ import annotations

from pathlib import Path

from checkskit import (
    Case,
    HeldOutSet,
    SetShape,
    held_out_tests,
    planter,
)

FILES = ("follow-builders-x.jsonl", "x-kit-tuber0613.jsonl")

STORIES: dict[str, tuple[str, ...]] = {
    # Jeff Dean founds Discovery Loop (PBC) with Ghemawat, Vinyals, Le; Vinyals leaves GDM; Dean leaves Google after 27 years
    "disco": ("x:2085034604172603724", "x:2085034508777304440", "x:2085059187437113387"),
    # Sam Altman: GPT-5.6 Sol same price as GPT-5.5, Terra 5.5-level at half the price, limited preview; Dan Shipper: ~20 companies
    "sol": ("x:2070607488274358364", "x:2070554118146412979"),
    # Qwen: Qwen3.8-27B open weights, 262K -> 1M via YaRN, Apache 2.0, 2.4T-A95B; AIGCLINK: runs on a 3090, beats Muse Glimmer-30B
    "qwen38": ("x:2088280182356611304", "x:2088811741757215060"),
    # AIGCLINK: Kimi K3 2.8T MoE, weights by July 27, $0.30/$3/$15, 3x cheaper, up to 6.3x decode, 16 of 896 experts; Kimi's own post
    "k3": ("x:2077939877057016163", "x:2077830245382758902"),
    # Mustafa Suleyman: seven MAI models, 35B active, 256K, AIME 97%, SWE Bench Pro 53% / 51%, MAIA 200 30% and 1.4x vs GB200
    "mai": ("x:2061880164498428188",),
    # Clem: Hugging Face crosses $100M annual run-rate, free for 97% of users, next milestone $1B?
    "hfrev": ("x:2070104323481104674",),
    # Clem: Stanford, local models answer 71.3% of queries, up from 23.2% in 2023
    "local": ("x:2064039913843286318",),
    # OpenAI: Ultrafast mode up to 14x; Peter Diamandis: 750 tokens/s, a 90,000-word novel in under 3 minutes
    "ultrafast": ("x:2087947721936359705", "x:2088270680122937403"),
    # OpenAI: GPT-5.6 Sol API and credit pricing down by over 20% for the next 3 months
    "solprice": ("x:2090885187634905500",),
    # Databricks: $7B run-rate, >80% YoY in Q2, Lakebase >$100M, Lakehouse >$1.5B, $5B funding at $190B
    "databricks": ("x:2087902413621494196",),
    # DeepSeek Harness v0.1 developer preview, MIT, Cordis, everything is a plugin; AIGCLINK: four modes, append-only log
    "dsh": ("x:2087887408440164663", "x:2087897992665919997"),
    # 歸藏: Xiaohongshu's dots-note-3.0 42/42 at IMO 2026, 13 points over the gold line, "应该是第一次"
    "imo": ("x:2079806551007846806",),
    # AIGCLINK: 面壁智能 MiniCPM-Robot, 1.5B Manip (91.6, 53.3), 0.9B Track (5+ FPS, ~180ms), 125 vs 3.3 TFLOPs
    "minicpm": ("x:2079181867593736660",),
    # 歸藏: Super Grok Harvey $99/month for three months, worth $300 + $200 Cursor Ultra, back to $300/month
    "harvey": ("x:2089043643680403573",),
    # 宝玉: Anthropic watermarks Claude's text and signs files (C2PA) from August 2, EU AI Act article 50, worldwide
    "watermark": ("x:2086928989549920678",),
    # AIGCLINK: Reuters, DeepSeek in talks to build its own AI chip, for inference not training
    "dschip": ("x:2074683508623327671",),
    # Elon Musk: Grok V9-Medium (1.5T) finished training, 2 to 3 weeks to release, vs 0.5T v8-small
    "grokv9": ("x:2058787384364265734",),
    # Clem: ICML reproduction challenge, 1,221 humans, 2,226 papers, 6,816 logbooks, 2,962 jobs, 35,908 claims
    "icml": ("x:2089706077667377316",),
}


BASE: dict[str, tuple[str, str]] = {
    "disco": (
        "Discovery Loop成立，要让机器学习与科学研究自动化",
        "Google首席科学家Jeff Dean宣布，他与Sanjay Ghemawat、Oriol Vinyals等多年好友共同创办**Discovery Loop**，这是一家公益公司，使命是让机器学习、科学和工程自动化，以加速发现与进步。四位创始人已合作**14到30年**。"
        "Jeff Dean在谷歌工作**27年**后即将离职，他说谷歌已从25人成长到19万多人；Oriol Vinyals也告别了Google DeepMind。",
    ),
    "sol": (
        "OpenAI发布GPT-5.6 Sol，应美国政府要求先限量预览",
        "OpenAI CEO Sam Altman表示，GPT-5.6家族的Sol是一次重大进步，价格与GPT-5.5**相同**；同时推出的Terra以**一半的价格**提供5.5级别的性能。"
        "应美国政府要求，模型今天以**有限预览**形式上线，而非原计划的公开发布，OpenAI正与政府合作尽快全面开放。Dan Shipper称，目前只有约20家预先批准的公司可以使用。",
    ),
    "qwen38": (
        "Qwen3.8开源权重发布，27B版可在3090上运行",
        "Qwen发布了Qwen3.8的开源权重：**Qwen3.8-27B**是原生多模态稠密模型，整体性能超过Qwen3.7-Plus，原生支持262K上下文，可通过YaRN扩展到**100万token**，采用Apache 2.0许可。Max级别的Qwen3.8-2.4T-A95B权重也已发布。"
        "AIGCLINK指出，Qwen3.8-27B能跑在一张**3090**上，在Qwen公布的每一项重叠指标上都超过了Meta于8月10日发布的Muse Glimmer-30B。",
    ),
    "k3": (
        "月之暗面发布2.8T参数的Kimi K3",
        "Kimi发布了**Kimi K3**，这是一款**2.8T参数**的MoE原生多模态模型，将于7月27日前放出权重，在BrowseComp、DeepSearchQA等agentic指标上的评分超过了Claude Fable 5和GPT-5.6 Sol。"
        "价格方面，缓存命中输入每百万token **0.30美元**，未命中3美元，输出15美元，比Fable 5便宜3倍。技术上，Kimi Delta Attention可在百万级上下文中让解码最高快6.3倍，896个专家中激活16个。",
    ),
    "mai": (
        "微软一次发布七款MAI模型",
        "微软 AI CEO Mustafa Suleyman宣布推出**七款**新的MAI模型。文本基础模型MAI-Thinking-1是激活参数350亿的MoE，支持256K上下文，在AIME 2025上达到**97%**，在SWE Bench Pro上为53%；在自研MAIA 200芯片上运行时，相比GB200每美元性能高30%，每瓦性能提升1.4倍。"
        "只有50亿参数的MAI-Code-1-Flash在SWE Bench Pro上达到**51%**。",
    ),
    "hfrev": (
        "Hugging Face年化收入突破1亿美元",
        "Hugging Face CEO Clement Delangue宣布，公司年化收入突破**1亿美元**。他表示最大化短期收入从来不是优先事项，Hugging Face存储和服务数百PB的模型与数据集，同时对**97%**的用户免费并保持开源。"
        "他还问，下一个里程碑会不会是10亿美元。",
    ),
    "local": (
        "斯坦福研究：本地模型能准确回答71.3%的真实查询",
        "Hugging Face CEO Clement Delangue援引斯坦福大学的研究称，本地模型能准确回答**71.3%**的真实聊天和推理查询，高于2023年的**23.2%**，而成本和能耗只是前沿API的一小部分。"
        "他认为大多数任务并不需要前沿模型，未来将是多模型并用。",
    ),
    "ultrafast": (
        "GPT-5.6 Sol推出Ultrafast模式，速度最高提升14倍",
        "OpenAI预览了GPT-5.6 Sol的Ultrafast模式，速度**最高可达14倍**，先在OpenAI API中向部分客户开放，随着算力增长再扩大到更多企业。"
        "Peter Diamandis称，Sol在Ultrafast模式下达到每秒**750个token**，不到3分钟就能写完一部9万字的小说。",
    ),
    "solprice": (
        "OpenAI下调GPT-5.6 Sol价格逾20%",
        "OpenAI宣布，在未来**3个月**内将GPT-5.6 Sol的API和额度价格下调**超过20%**。OpenAI称，公司在继续推进能力前沿的同时也在提升效率。",
    ),
    "databricks": (
        "Databricks年化收入突破70亿美元，获50亿美元融资",
        "Databricks宣布，公司年化收入突破**70亿美元**，第二季度同比增长超过80%。其中Lakebase年化收入超过1亿美元，Lakehouse超过15亿美元；公司还完成了**50亿美元**的新一轮战略融资，估值**1900亿美元**。"
        "新资金将投入Genie、Lakebase和Unity AI Gateway。",
    ),
    "dsh": (
        "DeepSeek开源智能体框架DeepSeek Harness",
        "DeepSeek宣布，**DeepSeek Harness v0.1**以开发者预览版开放，代码以**MIT许可**开源。它基于Cordis元框架，核心理念是“一切皆插件”：模型、工具、技能、会话、沙箱、循环、编排乃至UI都以插件实现，可以组合、替换和扩展。"
        "AIGCLINK介绍，它的每一次运行都写入append-only的会话日志，可以恢复、分叉和回放。",
    ),
    "imo": (
        "小红书dots-note-3.0在IMO 2026拿到42分满分",
        "歸藏介绍，小红书的**dots-note-3.0**在2026年国际数学奥林匹克（IMO）中以**42分满分**获得满分金牌认证，超过金牌线**13分**。"
        "他认为这应该是首次有模型在IMO官方评卷中拿到满分。该模型是dots-note-3.0的内部版本，近期也会开源。",
    ),
    "minicpm": (
        "面壁智能开源机器人模型MiniCPM-Robot",
        "面壁智能开源了机器人“大脑”MiniCPM-Robot，首发两个模型：**1.5B**的通用操作VLA模型MiniCPM-RobotManip，在RoboTwin2（hard）拿到91.6，在RMBench拿到**53.3**；0.9B的MiniCPM-RobotTrack完全在端侧运行，在宇树Go2 EDU上稳定5+ FPS、端到端约180ms。"
        "RobotManip用流式推理处理60帧历史只需3.3 TFLOPs，传统做法则要125 TFLOPs。",
    ),
    "harvey": (
        "每月99美元可订阅Super Grok Harvey",
        "歸藏介绍，目前可以每月**99美元**连续三个月订阅Super Grok Harvey，包含价值300美元的Grok Harvey（含Grok Build权限）、价值**200美元**的Cursor Ultra会员及Fable 5额度，还有Grok Bot、Grok Image和Video的独立额度以及一份Twitter Premium+订阅。"
        "他提醒到期前要及时取消，否则会恢复为每月**300美元**。",
    ),
    "watermark": (
        "Anthropic为Claude输出加上水印和签名元数据",
        "宝玉介绍，Anthropic宣布给Claude的输出加上机器可读的标记：文本中嵌入人眼不可见的水印，生成的SVG、PNG、JPG等文件附加符合**C2PA**标准的签名元数据。"
        "自**8月2日**起，所有新发布的Claude模型已开始执行这套机制；这是Anthropic为遵守**欧盟AI法案第50条**签署的透明度行为准则，但在全球生效。8月2日之前发布的现有模型正在补充，具体时间表还没公布。",
    ),
    "dschip": (
        "路透：DeepSeek洽谈合作开发自有AI芯片",
        "AIGCLINK转述路透援引消息人士的报道，DeepSeek正与晶圆制造、存储器及芯片设计公司洽谈合作，开发**自有AI芯片**，该芯片将用于**AI推理而非模型训练**。"
        "他认为DeepSeek更擅长芯片和infra层的技术创新，做芯片最合适。",
    ),
    "grokv9": (
        "Grok基础模型V9-Medium完成训练",
        "xAI创始人Elon Musk表示，Grok基础模型**V9-Medium（1.5T）**已完成训练，评测结果不错，补充训练中加入了大量Cursor数据。微调正在进行，几天后开始强化学习，预计**2到3周**后公开发布。"
        "他说这将比目前承担全部Grok生产流量的0.5T v8-small有重大提升，尤其是在困难的编程任务上。",
    ),
    "icml": (
        "ICML复现挑战：人和智能体合作复现2226篇论文",
        "Hugging Face CEO Clement Delangue表示，在ICML复现挑战中，**1,221名**参与者与编程智能体合作，验证并复现了**2,226篇**论文。"
        "整个过程都在Hugging Face Hub上公开进行：发布了6,816份复现日志，启动了2,962个云端任务，评判了35,908条论断。",
    ),
}


_planted = planter(BASE)


PLANTED: list[Case] = [
    # --- disco (3 posts) ---
    _planted("disco", "wrong number", ("**27年**", "**25年**")),
    _planted("disco", "magnitude", ("19万多人", "1.9万多人")),
    _planted("disco", "hedge dropped", ("19万多人", "19万人")),
    _planted("disco", "range end changed", ("**14到30年**", "**14到20年**")),
    _planted("disco", "invented funding", ("以加速发现与进步。", "以加速发现与进步，已获得**10亿美元**融资。")),
    _planted("disco", "credit to someone absent (Latin)", ("Oriol Vinyals也告别了Google DeepMind", "Demis Hassabis也告别了Google DeepMind")),
    _planted("disco", "wrong company left", ("Oriol Vinyals也告别了Google DeepMind", "Oriol Vinyals也告别了OpenAI")),
    _planted("disco", "future turned into past", ("即将离职", "已于上月离职")),
    _planted("disco", "unsupported first", ("这是一家公益公司", "这是全球首家AI科研公益公司")),
    _planted("disco", "bold on a non-fact", ("Jeff Dean宣布，他与", "Jeff Dean**激动地**宣布，他与")),
    # --- sol (2 posts) ---
    _planted("sol", "wrong fraction", ("**一半的价格**", "**三分之一的价格**")),
    _planted("sol", "prices of two models swapped", ("价格与GPT-5.5**相同**；同时推出的Terra以**一半的价格**提供", "价格只有GPT-5.5的**一半**；同时推出的Terra以**相同的价格**提供")),
    _planted("sol", "hedge dropped", ("约20家", "20家")),
    _planted("sol", "wrong number", ("约20家", "约50家")),
    _planted("sol", "wrong actor (EU)", ("应美国政府要求", "应欧盟要求")),
    _planted("sol", "shipped today turned into future", ("模型今天以**有限预览**形式上线", "模型将于下月以**有限预览**形式上线")),
    _planted("sol", "negation: limited turned into planned open launch", ("而非原计划的公开发布", "并按原计划同时公开发布")),
    _planted("sol", "credit to someone absent (role holder)", ("Dan Shipper称", "OpenAI总裁Greg Brockman称")),
    _planted("sol", "unsupported superlative", ("是一次重大进步", "是OpenAI迄今最强的模型")),
    # --- qwen38 (2 posts) ---
    _planted("qwen38", "wrong context", ("262K", "128K")),
    _planted("qwen38", "magnitude", ("**100万token**", "**10万token**")),
    _planted("qwen38", "wrong license", ("Apache 2.0许可", "MIT许可")),
    _planted("qwen38", "invented model name", ("Qwen3.8-2.4T-A95B", "Qwen3.8-2.4T-A59B")),
    _planted("qwen38", "beats Opus against the post", ("整体性能超过Qwen3.7-Plus", "整体性能超过Claude Opus 4.6")),
    _planted("qwen38", "wrong date", ("8月10日", "8月12日")),
    _planted("qwen38", "wrong company", ("Meta于8月10日", "谷歌于8月10日")),
    _planted("qwen38", "another model's price", ("采用Apache 2.0许可。", "采用Apache 2.0许可，API价格为每百万token 0.45美元。")),
    # --- k3 (2 posts) ---
    _planted("k3", "wrong size", ("**2.8T参数**", "**1.8T参数**"), ("2.8T参数的Kimi", "1.8T参数的Kimi")),
    _planted("k3", "wrong date", ("7月27日", "7月17日")),
    _planted("k3", "multiple to percent", ("便宜3倍", "便宜30%")),
    _planted("k3", "hedge dropped", ("最高快6.3倍", "快6.3倍")),
    _planted("k3", "two prices swapped", ("未命中3美元，输出15美元", "未命中15美元，输出3美元")),
    _planted("k3", "currency", ("**0.30美元**", "**0.30元**")),
    _planted("k3", "wrong number", ("激活16个", "激活32个")),
    _planted("k3", "negation: admitted gap turned into lead", ("上的评分超过了Claude Fable 5和GPT-5.6 Sol。", "上的评分超过了Claude Fable 5和GPT-5.6 Sol，用户体验也领先两者。")),
    _planted("k3", "future turned into already", ("将于7月27日前放出权重", "权重已全部开源")),
    # --- mai ---
    _planted("mai", "wrong count", ("**七款**", "**五款**")),
    _planted("mai", "digits swapped", ("**97%**", "**79%**")),
    _planted("mai", "two models' scores swapped", ("在SWE Bench Pro上为53%", "在SWE Bench Pro上为51%"), ("上达到**51%**", "上达到**53%**")),
    _planted("mai", "multiple to percent", ("每瓦性能提升1.4倍", "每瓦性能提升1.4%")),
    _planted("mai", "percent to points", ("每美元性能高30%", "每美元性能高30个百分点")),
    _planted("mai", "active turned into total", ("激活参数350亿的MoE", "总参数350亿的MoE")),
    _planted("mai", "wrong chip", ("MAIA 200", "MAIA 100")),
    _planted("mai", "wrong rival hardware", ("相比GB200", "相比H100")),
    _planted("mai", "beats for alongside", ("在SWE Bench Pro上为53%", "在SWE Bench Pro上为53%，超过了Opus 4.6")),
    _planted("mai", "invented Chinese partner", ("达到**51%**。", "达到**51%**。微软还将与协和医院合作训练医疗模型。")),
    # --- hfrev ---
    _planted("hfrev", "magnitude", ("**1亿美元**", "**10亿美元**"), ("突破1亿美元", "突破10亿美元")),
    _planted("hfrev", "currency", ("**1亿美元**", "**1亿元**"), ("突破1亿美元", "突破1亿元")),
    _planted("hfrev", "digits swapped", ("**97%**", "**79%**")),
    _planted("hfrev", "wrong milestone", ("会不会是10亿美元", "会不会是100亿美元")),
    _planted("hfrev", "question turned into a goal", ("他还问，下一个里程碑会不会是10亿美元。", "他宣布下一个目标是明年达到10亿美元。")),
    _planted("hfrev", "unsupported superlative", ("公司年化收入突破**1亿美元**。", "公司年化收入突破**1亿美元**，成为收入最高的开源AI平台。")),
    _planted("hfrev", "credit to someone absent (Latin)", ("Hugging Face CEO Clement Delangue宣布", "Hugging Face联合创始人Julien Chaumond宣布")),
    _planted("hfrev", "negation: free turned into paid", ("同时对**97%**的用户免费并保持开源", "其中**97%**的用户为付费用户")),
    # --- local ---
    _planted("local", "digits swapped", ("**71.3%**", "**73.1%**")),
    _planted("local", "two figures swapped", ("**71.3%**的真实聊天", "**23.2%**的真实聊天"), ("2023年的**23.2%**", "2023年的**71.3%**")),
    _planted("local", "wrong year", ("2023年", "2024年")),
    _planted("local", "wrong institution (Chinese name)", ("斯坦福大学", "麻省理工学院")),
    _planted("local", "invented fraction", ("只是前沿API的一小部分", "只有前沿API的十分之一")),
    _planted("local", "invented prediction", ("未来将是多模型并用。", "到2027年本地模型将全面取代前沿API。")),
    _planted("local", "bold on a non-fact", ("他认为大多数任务", "**他认为**大多数任务")),
    # --- ultrafast (2 posts) ---
    _planted("ultrafast", "wrong number", ("14倍", "41倍")),
    _planted("ultrafast", "wrong speed", ("**750个token**", "**570个token**")),
    _planted("ultrafast", "magnitude", ("9万字", "90万字")),
    _planted("ultrafast", "wrong time", ("不到3分钟", "不到30秒")),
    _planted("ultrafast", "limited turned into everyone", ("先在OpenAI API中向部分客户开放，随着算力增长再扩大到更多企业", "已在OpenAI API中向所有开发者开放")),
    _planted("ultrafast", "wrong model", ("GPT-5.6 Sol的Ultrafast模式", "GPT-5.6 Terra的Ultrafast模式")),
    _planted("ultrafast", "credit to someone absent (role holder)", ("Peter Diamandis称", "OpenAI CEO Sam Altman称")),
    _planted("ultrafast", "bold on part of a number", ("**最高可达14倍**", "最高可达**1**4倍")),
    # --- solprice ---
    _planted("solprice", "wrong period", ("**3个月**", "**6个月**")),
    _planted("solprice", "hedge dropped", ("下调**超过20%**", "下调**20%**"), ("价格逾20%", "价格20%")),
    _planted("solprice", "percent to points", ("下调**超过20%**", "下调**超过20个百分点**")),
    _planted("solprice", "temporary turned into permanent", ("在未来**3个月**内将", "从即日起永久将")),
    _planted("solprice", "wrong model", ("GPT-5.6 Sol", "GPT-5.6 Luna")),
    _planted("solprice", "negation: cut turned into raise", ("价格下调", "价格上调"), ("下调GPT-5.6", "上调GPT-5.6")),
    # --- databricks ---
    _planted("databricks", "magnitude", ("**70亿美元**", "**7亿美元**"), ("突破70亿美元", "突破7亿美元")),
    _planted("databricks", "two product figures swapped", ("Lakebase年化收入超过1亿美元，Lakehouse超过15亿美元", "Lakebase年化收入超过15亿美元，Lakehouse超过1亿美元")),
    _planted("databricks", "wrong valuation", ("**1900亿美元**", "**1500亿美元**")),
    _planted("databricks", "another figure of the post", ("**50亿美元**的新一轮", "**15亿美元**的新一轮"), ("获50亿美元融资", "获15亿美元融资")),
    _planted("databricks", "hedge dropped", ("同比增长超过80%", "同比增长80%")),
    _planted("databricks", "wrong quarter", ("第二季度", "第三季度")),
    _planted("databricks", "currency", ("**1900亿美元**", "**1900亿元**")),
    _planted("databricks", "invented lead investor", ("的新一轮战略融资", "的新一轮战略融资，由英伟达领投")),
    _planted("databricks", "percent to multiple", ("同比增长超过80%", "同比增长超过80倍")),
    # --- dsh (2 posts) ---
    _planted("dsh", "wrong version", ("v0.1", "v1.0")),
    _planted("dsh", "wrong license", ("**MIT许可**", "**Apache 2.0许可**")),
    _planted("dsh", "preview turned into general release", ("以开发者预览版开放", "以正式版全面上线")),
    _planted("dsh", "negation: open source turned into closed", ("代码以**MIT许可**开源", "但代码**暂不开源**")),
    _planted("dsh", "invented framework name", ("Cordis元框架", "Cortex元框架")),
    _planted("dsh", "invented Chinese maker", ("DeepSeek宣布，", "DeepSeek联合清华大学宣布，")),
    _planted("dsh", "unsupported first", ("核心理念是“一切皆插件”", "这是全球首个“一切皆插件”的智能体框架")),
    _planted("dsh", "invented count", ("可以恢复、分叉和回放。", "可以恢复、分叉和回放，并提供六种运行模式。")),
    # --- imo ---
    _planted("imo", "wrong score", ("**42分满分**", "**41分**"), ("拿到42分满分", "拿到41分")),
    _planted("imo", "wrong margin", ("**13分**", "**31分**")),
    _planted("imo", "hedged first made certain", ("他认为这应该是首次", "这是首次")),
    _planted("imo", "wrong year", ("2026年国际数学奥林匹克", "2025年国际数学奥林匹克")),
    _planted("imo", "wrong company", ("小红书", "字节跳动")),
    _planted("imo", "future turned into already", ("近期也会开源", "已经开源")),
    _planted("imo", "figure moved to another measure", ("超过金牌线**13分**", "比第二名高出**13分**")),
    # --- minicpm ---
    _planted("minicpm", "digits swapped", ("91.6", "96.1")),
    _planted("minicpm", "two sizes swapped", ("**1.5B**的通用操作", "**0.9B**的通用操作"), ("；0.9B的MiniCPM-RobotTrack", "；1.5B的MiniCPM-RobotTrack")),
    _planted("minicpm", "wrong latency", ("约180ms", "约80ms")),
    _planted("minicpm", "hedge dropped", ("约180ms", "180ms")),
    _planted("minicpm", "magnitude", ("只需3.3 TFLOPs", "只需33 TFLOPs")),
    _planted("minicpm", "wrong number", ("125 TFLOPs", "215 TFLOPs")),
    _planted("minicpm", "wrong company", ("面壁智能", "智谱")),
    _planted("minicpm", "beats for a tie", ("在RMBench拿到**53.3**", "在RMBench拿到**53.3**，在RoboTwin2上超过了LingBot-VA")),
    _planted("minicpm", "invented compression ratio", ("传统做法则要125 TFLOPs。", "传统做法则要125 TFLOPs；每帧视觉token压缩8倍。")),
    # --- harvey ---
    _planted("harvey", "wrong price", ("**99美元**", "**199美元**"), ("每月99美元", "每月199美元")),
    _planted("harvey", "two values swapped", ("价值300美元的Grok Harvey", "价值200美元的Grok Harvey"), ("价值**200美元**的Cursor", "价值**300美元**的Cursor")),
    _planted("harvey", "currency", ("**99美元**", "**99元**"), ("每月99美元", "每月99元")),
    _planted("harvey", "wrong period", ("连续三个月", "连续六个月")),
    _planted("harvey", "invented product tier", ("Cursor Ultra会员", "Cursor Pro会员")),
    _planted("harvey", "invented product", ("Twitter Premium+订阅", "YouTube Premium订阅")),
    _planted("harvey", "invented conversion", ("恢复为每月**300美元**。", "恢复为每月**300美元**；折合下来每月只要约7000元人民币。")),
    # --- watermark ---
    _planted("watermark", "wrong date", ("自**8月2日**起", "自**8月12日**起")),
    _planted("watermark", "wrong article", ("第50条", "第52条")),
    _planted("watermark", "negation: worldwide turned into EU only", ("但在全球生效", "仅在欧盟境内生效")),
    _planted("watermark", "already turned into future", ("已开始执行这套机制", "将从下月开始执行这套机制")),
    _planted("watermark", "invented timetable", ("具体时间表还没公布", "将于9月底前完成")),
    _planted("watermark", "invented standard name", ("**C2PA**", "**C3PA**")),
    _planted("watermark", "unsupported first", ("宝玉介绍，Anthropic宣布", "宝玉介绍，Anthropic成为首家部署文本水印的大模型厂商，它宣布")),
    _planted("watermark", "wrong company", ("Anthropic宣布给Claude", "OpenAI宣布给Claude")),
    # --- dschip ---
    _planted("dschip", "inference and training swapped", ("**AI推理而非模型训练**", "**模型训练而非AI推理**")),
    _planted("dschip", "talks turned into signed", ("正与晶圆制造、存储器及芯片设计公司洽谈合作", "已与晶圆制造、存储器及芯片设计公司签约")),
    _planted("dschip", "wrong news agency", ("路透", "彭博")),
    _planted("dschip", "wrong company", ("DeepSeek正与", "智谱正与"), ("路透：DeepSeek", "路透：智谱")),
    _planted("dschip", "invented Chinese partner", ("正与晶圆制造", "正与中芯国际等晶圆制造")),
    _planted("dschip", "invented investment", ("开发**自有AI芯片**", "投资100亿元开发**自有AI芯片**")),
    # --- grokv9 ---
    _planted("grokv9", "wrong size", ("1.5T", "1.2T")),
    _planted("grokv9", "weeks turned into months", ("**2到3周**", "**2到3个月**")),
    _planted("grokv9", "future turned into already", ("预计**2到3周**后公开发布", "模型已经公开发布")),
    _planted("grokv9", "wrong number", ("0.5T", "0.7T")),
    _planted("grokv9", "two sizes swapped", ("V9-Medium（1.5T）", "V9-Medium（0.5T）"), ("0.5T v8-small", "1.5T v8-small")),
    _planted("grokv9", "wrong data source", ("大量Cursor数据", "大量GitHub数据")),
    _planted("grokv9", "unsupported superlative", ("尤其是在困难的编程任务上。", "并将成为全球最强的编程模型。")),
    _planted("grokv9", "negation: RL not started", ("几天后开始强化学习", "强化学习已经完成")),
    # --- icml ---
    _planted("icml", "digits swapped", ("**1,221名**", "**1,212名**")),
    _planted("icml", "two figures swapped", ("**1,221名**参与者", "**2,226名**参与者"), ("复现了**2,226篇**", "复现了**1,221篇**")),
    _planted("icml", "wrong number", ("6,816份", "8,616份")),
    _planted("icml", "magnitude", ("35,908条", "3,590条")),
    _planted("icml", "wrong conference", ("ICML", "NeurIPS")),
    _planted("icml", "invented first", ("整个过程都在Hugging Face Hub上公开进行", "这是史上规模最大的论文复现活动，整个过程都在Hugging Face Hub上公开进行")),
    # --- the shape of an answer ---
    Case("local", "English summary", "Stanford: local models answer 71.3% of queries",
         "Clement Delangue cited Stanford research: local models can answer **71.3%** of real-world chat and reasoning queries, up from 23.2% in 2023. He argues the future is multi-model."),
    Case("solprice", "one-sentence summary", "OpenAI下调GPT-5.6 Sol价格逾20%",
         "OpenAI宣布在未来**3个月**内将GPT-5.6 Sol的API和额度价格下调超过20%。"),
    # --- a fact of another story of this set ---
    _planted("ultrafast", "another story's fact", ("不到3分钟就能写完一部9万字的小说。", "不到3分钟就能写完一部9万字的小说。OpenAI还将Sol的价格下调了超过20%。")),
    _planted("icml", "another story's figure", ("Hugging Face CEO Clement Delangue表示，", "Hugging Face CEO Clement Delangue表示，公司年化收入已突破1亿美元；")),
]

FAITHFUL: list[Case] = [Case(story, "faithful: the base answer", *answer_) for story, answer_ in BASE.items()] + [
    Case("disco", "faithful: 谷歌, Quoc Le, 19万+", "Jeff Dean离开谷歌，创办Discovery Loop",
         "Jeff Dean宣布与Sanjay Ghemawat、Oriol Vinyals和Quoc Le共同创办公益公司**Discovery Loop**，致力于让机器学习、科学和工程自动化。他在谷歌工作了27年，见证公司从25人发展到**19万+**员工，明天是他在谷歌的最后一天。"),
    Case("disco", "faithful: 13 years, 十三款产品", "Oriol Vinyals告别Google DeepMind，加入Discovery Loop",
         "Oriol Vinyals表示，他13年前因与Jeff Dean的一次邮件往来加入谷歌，参与领导过AlphaStar和**Gemini**等项目，如今告别GDM，与Jeff Dean等人共建Discovery Loop。Jeff Dean在告别信中说，谷歌如今有**13款**产品的用户超过10亿。"),
    Case("sol", "faithful: 50%, Altman", "GPT-5.6 Terra以半价提供5.5级性能",
         "Sam Altman介绍，GPT-5.6家族中的Terra性能达到5.5水平，价格只有其**50%**；Sol则与GPT-5.5同价。由于美国政府的要求，发布改为**有限预览**，OpenAI将尽快推动全面开放。"),
    Case("sol", "faithful: Every, ~20", "GPT-5.6 Sol仅向约20家公司开放",
         "Every的Dan Shipper称，根据美国政府的指令，GPT-5.6 Sol目前只向**约20家**预先批准的公司开放，Every不在名单上。他认为前沿模型的广泛民主化使用是必要的，并表示OpenAI和政府似乎都在努力尽快开放。"),
    Case("qwen38", "faithful: 1M, 阿里 Qwen, 2.4T", "阿里Qwen3.8开源：27B和2.4T两个版本",
         "Qwen团队开源了Qwen3.8的两个版本：**Qwen3.8-27B**原生支持262K上下文、经YaRN可扩展到1M，采用Apache 2.0许可；总参数**2.4T**的Qwen3.8-2.4T-A95B权重也已发布。模型可在Hugging Face和ModelScope下载。"),
    Case("qwen38", "faithful: Claude Opus 4.6 not fully beaten", "Qwen3.8-27B一张3090即可运行",
         "AIGCLINK认为，能跑在**一张3090**上的Qwen3.8-27B让Claude Opus 4.6级别的能力变成了人人可拥有的私有能力。不过他也指出，它并未全面超越Opus 4.6，长程可靠性和深度推理方面仍是**Opus 4.6更强**。"),
    Case("k3", "faithful: 2.8万亿, $0.30, 90%", "Kimi K3发布：2.8万亿参数MoE模型",
         "月之暗面发布**Kimi K3**，参数规模**2.8万亿**，是原生多模态MoE模型，权重将在7月27日前放出。缓存命中输入价格为每百万token **$0.30**，官方称编码场景缓存命中率超过90%。"),
    Case("k3", "faithful: admits the gap, 6.3×", "Kimi K3承认用户体验仍不及Fable 5",
         "Kimi在博客中坦承，K3在用户体验上与Claude Fable 5和GPT-5.6 Sol**仍有明显差距**，且对thinking history敏感。技术上，Kimi Delta Attention在百万级token上下文中可让解码最高快**6.3×**，Attention Residuals以不到2%的额外成本带来约25%的训练效率提升。"),
    Case("k3", "faithful: 283.6 -> 114.4 ms, 3D", "Kimi K3可把图像和视频变成可玩的互动体验",
         "Kimi表示，K3结合了3D推理、编程和视觉能力，能在代码和实时截图之间迭代，把概念、图像和视频变成**完全可玩的互动体验**。AIGCLINK介绍，K3的AttnRes内核优化把前向加反向时间从283.6 ms降到**114.4 ms**。"),
    Case("mai", "faithful: 35B active, 微软, Sonnet 4.6", "微软MAI-Thinking-1：35B激活参数、AIME 2025达97%",
         "微软发布文本基础模型**MAI-Thinking-1**，是激活参数**35B**的MoE模型，上下文窗口256K。在盲测中，Surge的独立人类评审整体上更偏好它而非Sonnet 4.6；它在AIME 2025上拿到97%，在SWE Bench Pro上拿到**53%**，与Opus 4.6相当。"),
    Case("mai", "faithful: 麦肯锡, 10倍, 梅奥诊所", "微软推出Frontier Tuning，让企业定制MAI模型",
         "Mustafa Suleyman介绍，Microsoft Frontier Tuning让企业用自己的数据定制MAI模型。为麦肯锡的任务调优后，MAI的胜率最高，质量超过GPT-5.5，成本**低10倍**。微软还将与**梅奥诊所**合作训练一个新的医疗前沿模型。"),
    Case("mai", "faithful: 5B, 第二, Nano Banana 2", "MAI-Image-2.5登上排行榜第二",
         "微软AI推出MAI-Image-2.5及其Flash版本，两款模型都位列排行榜**第2名**，图像编辑得分超过Nano Banana 2。编程模型MAI-Code-1-Flash只有**5B参数**，在SWE Bench Pro上达到51%。"),
    Case("hfrev", "faithful: $100M, 10亿美元?", "Hugging Face年化收入达到$100M",
         "Clement Delangue表示，Hugging Face的年化收入已突破**$100M**，虽然许多AI公司赚得更多，他仍为这一里程碑自豪。Hugging Face对**97%的用户免费**，他还问下一个里程碑会不会是10亿美元。"),
    Case("hfrev", "faithful: 数百PB, 开源", "Hugging Face：收入不是首要目标",
         "Hugging Face CEO Clement Delangue在宣布年化收入突破1亿美元时表示，最大化短期收入从来不是公司的优先事项。平台存储和服务着**数百PB**的模型和数据集，并为绝大多数用户保持免费和开源。"),
    Case("local", "faithful: 约48个百分点, 斯坦福", "斯坦福：本地模型可答对七成真实查询",
         "据Clement Delangue转述的斯坦福研究，本地模型已能准确回答**71.3%**的真实聊天与推理查询，比2023年的23.2%提高了约48个百分点。他认为，多数工作负载可以交给本地、开源、更小更便宜的模型，前沿API留给别无选择的情况。"),
    Case("local", "faithful: 七成, frontier", "Clement Delangue：多数任务不需要前沿模型",
         "Hugging Face CEO Clement Delangue援引斯坦福的研究指出，2023年本地模型只能准确回答23.2%的真实查询，如今已达**71.3%**，成本和能耗远低于前沿API。他的结论是，未来属于**多模型**：本地开源模型处理大部分工作。"),
    Case("ultrafast", "faithful: 14x, 750 tokens/s", "OpenAI预览Ultrafast模式",
         "OpenAI推出GPT-5.6 Sol的Ultrafast模式预览，速度最高提升**14x**，首先面向OpenAI API的部分客户。Peter Diamandis表示，Sol在该模式下可达**750 tokens/s**，比标准模型快14倍。"),
    Case("ultrafast", "faithful: 90,000 words, 3分钟", "GPT-5.6 Sol每秒750个token",
         "据Peter Diamandis介绍，GPT-5.6 Sol在Ultrafast模式下每秒可生成**750个token**，3分钟内就能写完一部**90,000词**的小说。OpenAI表示，该模式会随着算力增长向更多企业开放。"),
    Case("solprice", "faithful: 逾两成, 三个月", "GPT-5.6 Sol降价超过两成",
         "OpenAI宣布，GPT-5.6 Sol的API和额度价格在接下来**三个月**内下调**逾20%**。OpenAI表示，它在推进能力前沿的同时也在提升效率。"),
    Case("databricks", "faithful: $7B, $190B", "Databricks完成50亿美元融资，估值1900亿美元",
         "Databricks宣布完成**$5B**新一轮战略融资，估值**$190B**；年化收入已超过$7B，第二季度同比增长超过80%。新资金将用于Genie、Lakebase和Unity AI Gateway。"),
    Case("databricks", "faithful: 15亿, 1亿, 八成以上", "Databricks年化收入达70亿美元",
         "Databricks年化收入突破70亿美元，第二季度同比增长**八成以上**。其中Lakehouse年化收入超过**15亿美元**，Lakebase超过1亿美元。"),
    Case("dsh", "faithful: four modes, Minimal", "DeepSeek Harness开源：一切皆插件",
         "DeepSeek开源了智能体框架**DeepSeek Harness**，目前为v0.1开发者预览版。AIGCLINK介绍，它提供四种运行模式，其中Minimal模式只保留一个bash和一个文件编辑器，适合给模型做裸机benchmark。"),
    Case("dsh", "faithful: 深度求索, MIT", "深度求索发布DeepSeek Harness v0.1",
         "深度求索推出DeepSeek Harness v0.1开发者预览版，面向全球开发者，代码采用**MIT许可证**开源。它构建在Cordis元框架之上，模型、工具、沙箱和UI都是**可替换的插件**。"),
    Case("imo", "faithful: 满分, 13 points", "dots-note-3.0在IMO拿到满分金牌",
         "据歸藏介绍，小红书的dots-note-3.0内部版本在IMO 2026官方评卷中拿到**42分**，超过金牌线13分，获得满分金牌认证，其中一道题用了非常新颖的解法。他认为这应该是第一次有模型在IMO拿到满分。"),
    Case("imo", "faithful: lightest of dots 3", "小红书模型dots-note-3.0在IMO获满分",
         "歸藏查到，拿下IMO满分的是dots-note-3.0的内部版本，应是dots 3中**最轻量**的模型，近期也会开源。IMO以证明题为主，需要评委评审论证过程。"),
    Case("minicpm", "faithful: 15亿, 4倍, 120ms vs 234ms", "MiniCPM-RobotManip单帧推理比π₀.₅快一倍",
         "面壁智能开源的MiniCPM-RobotManip只有**15亿参数**，继承MiniCPM-V 4.6的视觉token压缩，每帧从256压到64，压缩4倍。在H100上单帧前向每步**120ms**，而π₀.₅是234ms。"),
    Case("minicpm", "faithful: 0.9B, 宇树, 10Hz->37Hz", "MiniCPM-RobotTrack可在宇树机器狗上运行",
         "面壁智能的**MiniCPM-RobotTrack**只有0.9B参数，号称首个完全端上运行的具身目标跟踪模型，在EVT-Bench上是开源SOTA。发布当天，PhyAI完成了Day-0适配，把H20上的推理从10Hz提升到**37Hz**。"),
    Case("harvey", "faithful: 700元, 3 months", "Super Grok Harvey促销：每月99美元",
         "歸藏发现，目前仍能以每月**99美元**订阅Super Grok Harvey，折合约700元人民币，可获得Grok Harvey、Cursor Ultra会员和Twitter Premium+等权益。促销为连续三个月，之后若不取消会恢复为**每月300美元**。"),
    Case("harvey", "faithful: $300, $200", "每月99美元可享Grok Harvey和Cursor Ultra",
         "歸藏介绍，每月99美元的Super Grok Harvey促销相当于获得价值**$300**的Grok Harvey和价值**$200**的Cursor Ultra会员，Grok Harvey、Cursor和Grok Bot三项额度相互独立。他建议注册新的Grok账号来订阅。"),
    Case("watermark", "faithful: 8月2日, AWS, Microsoft Foundry", "Claude文本水印在各云平台同样生效",
         "Anthropic表示，通过AWS、Google Cloud或Microsoft Foundry调用Claude时，**文本水印同样生效**，但文件元数据取决于各云平台的支持。从8月2日起，新发布的Claude模型都已带上这套标记。"),
    Case("watermark", "faithful: OpenAI never shipped", "Anthropic在文本层面落地水印",
         "宝玉指出，Claude此前从未公开部署过文本水印；OpenAI开发过文本水印方案，但**一直没有上线**。他提醒，检测到水印只能说明内容可能经过Claude处理，文本被大量改写后**水印会消失**。"),
    Case("dschip", "faithful: 路透社, 推理", "DeepSeek据报洽谈开发推理芯片",
         "据路透社援引消息人士报道，DeepSeek正在与晶圆制造、存储器和芯片设计公司洽谈，计划开发**用于AI推理**的自有芯片，而不是用于训练。AIGCLINK认为，做芯片是DeepSeek未来最好的选择。"),
    Case("dschip", "faithful: GLM-4.5, MiniMax 2.5", "AIGCLINK：国产模型从2026年起真正用起来",
         "AIGCLINK在评论DeepSeek造芯片的消息时认为，国产模型从**2026年**开始才真正被用起来，标志性事件是GLM 4.5和MiniMax 2.5等模型的发布。他认为中国模型与国外模型的能力绝对差距拉大，但**相对差距在缩小**。"),
    Case("grokv9", "faithful: 1.5万亿, 马斯克", "马斯克：Grok V9-Medium将在2到3周后公开",
         "马斯克表示，1.5万亿参数的Grok基础模型**V9-Medium**已完成训练，目前正在微调，几天后开始强化学习。他预计模型将在**2至3周**后公开发布。"),
    Case("grokv9", "faithful: v8-small 0.5T", "Grok V9-Medium将大幅超越现有v8-small",
         "Elon Musk称，V9-Medium（1.5T）的评测结果不错，补充训练加入了大量Cursor数据，后续还会更多。他说这将比目前服务全部Grok生产流量的**0.5T v8-small**有重大提升，尤其是在**困难的编程任务**上。"),
    Case("icml", "faithful: 1221, 2226, clem", "1221人与编程智能体合作复现2226篇ICML论文",
         "clem介绍，在Hugging Face举办的ICML复现挑战中，**1221名**参与者与编程智能体一起验证并复现了**2226篇**论文。所有复现日志和结果都在Hub上公开，任何人都可以核查。"),
    Case("icml", "faithful: 约3.6万条", "ICML复现挑战在HF Hub上公开进行",
         "Clement Delangue表示，过去一个月里，ICML复现挑战的参与者在Hugging Face Hub上公开发布了**6,816份**复现日志，启动了2,962个云端任务，评判了约3.6万条论断。他认为Hub的下一百万用户可能不是人类。"),
]


#: planted errors the checks miss (story, kind): they stay in the set so the figure stays honest
MISSES: frozenset[tuple[str, str]] = frozenset({
    # published on checks15, which counts a semicolon as no sentence end: refused before only as "5 sentences"
    ("mai", "invented Chinese partner"),  # 与协和医院合作: a hospital's Chinese name is read as no organisation's
    ("disco", "future turned into past"),  # 已于上月离职 for "tomorrow will be my last day": no claim kind for the past
    ("dschip", "inference and training swapped"),  # 训练而非推理: the same words, their roles exchanged
    ("dschip", "wrong company"),  # 智谱 for DeepSeek: the post's "glm" (智谱's brand) backs it
    ("dsh", "preview turned into general release"),  # 正式版全面上线 for "Developer Preview": "all" elsewhere backs it
    ("grokv9", "future turned into already"),  # 已经公开发布 for "2 to 3 weeks to public release": "release" backs 发布
    ("grokv9", "negation: RL not started"),  # 强化学习已经完成 for "begins in a few days": "now"-words elsewhere back it
    ("grokv9", "two sizes swapped"),  # V9 0.5T and v8 1.5T: sizes are left out of the subject tests
    ("hfrev", "magnitude"),  # 10亿美元 for $100M: "$1B" is in the post (the next milestone), of another subject
    ("hfrev", "negation: free turned into paid"),  # 97%的用户为付费用户 for "free for 97%": no new token
    ("hfrev", "question turned into a goal"),  # 宣布下一个目标是明年 for a question: "next" backs 明年
    ("hfrev", "unsupported superlative"),  # 收入最高: "most" elsewhere in the post backs 最
    ("icml", "invented first"),  # 史上规模最大: "best thing to ever happen" elsewhere in the post backs it
    ("k3", "future turned into already"),  # 权重已全部开源 for "weights by July 27": "open"-words elsewhere back it
    ("k3", "negation: admitted gap turned into lead"),  # 领先两者: the rival is no name ("both"), 领先 elsewhere
    ("minicpm", "two sizes swapped"),  # 0.9B Manip and 1.5B Track: sizes are left out of the subject tests
    ("sol", "negation: limited turned into planned open launch"),  # 按原计划公开发布: the post's words, meaning flipped
    ("sol", "shipped today turned into future"),  # 将于下月 for "launching today": "will" elsewhere in the posts backs it
    ("sol", "unsupported superlative"),  # 迄今最强: "most of our goals" in the post backs 最
    ("watermark", "already turned into future"),  # 将从下月开始 for "already": 将 elsewhere in the post backs it
    ("watermark", "negation: worldwide turned into EU only"),  # 仅在欧盟境内: "EU" is in the post, 仅 is no claim word
    ("watermark", "unsupported first"),  # 首家部署文本水印: "first" elsewhere in the post backs it
    ("watermark", "wrong company"),  # OpenAI宣布给Claude: OpenAI is named in the post (it never shipped one)
})

#: faithful answers the checks reject (story, kind)
FALSE_REJECTIONS: frozenset[tuple[str, str]] = frozenset({
})

CAUGHT_AT_LEAST = 0.84  # 122/147 (83.0%) at the first run, on 616d681; 125/147 (85.0%) on the checks of the next round (45abb8c);
# 126/147 (85.7%) once figures are compared with their units of measure (GW, TB, weeks); 123/147 (83.7%) on the checks
# of branch checks12 (see the docstring: 13 of the 126 had been caught only because their faithful base was refused);
# 124/147 (84.4%) on branch checks13 and on branch checks14
# 123/147 (83.7%) on checks15 (a semicolon no sentence end: mai's invented partner had been refused as 5 sentences)
# after checks17: 124/147 (84.4%) (暂不开源 for open-sourcing caught: a polar pair)
REJECTED_AT_MOST = 0.0  # 22/55 (40.0%) at the first run, 21/55 (38.2%) once one faithful case was fixed; 1/55 (1.8%) on
# the checks of branch checks12; 0/55 on branch checks13 (约48个百分点 read from "71.3%, up from 23.2%")


story_posts, test_the_set_is_large_varied_and_apart, test_the_set_is_off_the_labelled_days, test_planted_errors, \
    test_faithful_answers = held_out_tests(
        HeldOutSet("fresh4", Path(__file__), STORIES, PLANTED, FAITHFUL, MISSES, FALSE_REJECTIONS, CAUGHT_AT_LEAST,
                   REJECTED_AT_MOST, FILES),
        SetShape(planted=90, faithful=45, kinds=40, threads=5))
