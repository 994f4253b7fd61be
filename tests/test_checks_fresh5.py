# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)
"""A fifth set of hand-written answers: planted errors and faithful answers nobody tuned the checks on.

Written by hand without reading the checks, on 18 corpus stories no other test uses and none on the six
labelled eval days, five of them of two or three posts on one event (Claude Mythos Preview, Claude Managed
Agents, its memory, the $100 ChatGPT Pro tier, Expedia on Keras 3). The kinds the earlier sets had little of:
long blog posts (Claude Blog, Simon Willison, 雷锋网) and podcast transcripts (20VC, Training Data); Chinese posts
full of figures (金融汪's funding, capex, revenue per head, income shares; 程序员老熊; 马天翼; Andy Stewart);
policy (the Fable 5 export controls); deals (Broadcom, TeraWulf, Cipher Mining); leaderboards (开悟 Kairos);
chips; accounts with roles in the default sources (Sam Altman, François Chollet, Graham Neubig). 140 planted
errors of every kind of issue 11 and 56 faithful answers in the seed's style, committed (ad817c2) before any run.

First run, on the checks of the branch base f0e22b1: 95 of 140 planted errors caught (67.9%), 8 of 56 faithful
answers rejected (14.3%). Three cases were wrong, not the checks: two faithful answers ("epoch", "faithful: 10万美元以上,
ranges"; "expedia", "faithful: terse, 30%, 70%") were one sentence, which the 2-4 sentence rule rightly refuses (each
now says the same facts in two sentences, and passes); one planted error ("enso", "hedge dropped: about") was true,
as the article's own title writes "延长至 19 个月" without 约: it is replaced by "about turned into more than"
(19个月以上), which is missed too. As the set stands: 95 of 140 caught (67.9%), 6 of 56 rejected (10.7%). The targets
(>= 90% caught, <= 5% rejected) do not hold for answers the tests did not contain.

What the misses show (MISSES below, one line each): figures exchanged between two subjects whose figures are all
in the posts (97% and 30%, 30% and 70%, 18亿 and 55亿, 200MW and 300MW, 2万 and 1万 deals); a unit, currency or
period that is not compared (10MW for 10GW, 100元 for $100, 两周 for two months, 月收入 for 年收入, 下半年 for H1, 以上
for 约); status and time written with words outside the lexicon (已经共同部署, 已达, 目前已迁移, 已向所有用户开放,
正式上线); negations, antonyms and exchanged roles with no new token (贵 for 便宜, 增强 for 减弱, 仍然只绑定, 解除管制,
全自动, 暂不开源, 无法回滚, 需要人类指导, 翻了一番, 全资收购, 第二 for 第一, 博通负责设计, review and fix swapped); a
deed credited to another name the posts give (Opus refused, Netflix's 97%, DeepSeek官方确认, an onlooker's guess as
OpenAI's reason); Chinese names nobody wrote (李明, 李开复, 智元机器人, 高盛 for 大摩, 美国商务部) and Science (which the
post writes inside "Nature Computational Science") for a Nature journal; bold on a verb of saying (**他说**, **他推测**); a cause replaced by another with no name or number.

What the false rejections show (FALSE_REJECTIONS below): figures of a list post ("英伟达：510万美元", one a line) tied
to the wrong line's subject, and a comparison that the list's figures and its "远超科技大厂" make (超过英伟达) refused;
a plain phrase after a number taken for a name (均远超科技, 内太空年资本); a range sharing its unit ("$50 to $100
million" = 5000万至1亿美元) not read; a year the post writes (2015年) not found beside another sentence's subject.

Branch checks12 used this set only to check (it developed on the fourth set; its rules are pinned in
test_checks_general2.py on other posts). After its work on the fourth set alone (1bcec18) this set stood at 103 of
140 caught and 9 of 56 rejected: the check was blind there, and showed no fewer rejections. The branch then fixed
classes its brief named from this docstring (a range repeating its currency sign, a year as no subject's figure,
资本支出 and a comparison before 科技 as no firm, renderings of banks with 大摩 = 摩根士丹利, 远超 as a comparison,
已达, periods, bold on who speaks), so from d714254 on this set is no longer blind to those classes: on its last
checks 97 of 140 caught (69.3%), 5 of 56 rejected (8.9%). Caught: 已达 for a forecast, 以上 for 约, a wrong
half-year, **他说**; missed again: six planted errors that had been caught only because their faithful base was
refused (the range, 内太空年资本). Still rejected: a year that the post writes, a list post's figures tied to the
wrong line, two deals tied by 前者/后者.

Branch checks13 developed on this set with the fourth and sixth (general readings pinned in
test_checks_general3.py): 94 of 140 caught (67.1%), 0 of 56 rejected (0.0%). The year beside another clause's
amount is no hedged figure (超过2015年的), names and figures written "respectively" (分别) are paired by order, and a
rival part's words inherited from its sentence's opening (前者/后者 after both deals' names) count as one word, a
currency word as none. Missed again: three planted errors caught only because their faithful base was refused. Branch checks14 (sets 4-7,
general readings of recurring classes): unchanged, 94 of 140 caught and 0 of 56 rejected.

after checks17: 97 of 140 caught (69.3%; two swapped figures carry a direction of change, open source flipped), 0 of
56 rejected.
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

STORIES: dict[str, tuple[str, ...]] = {
    # Alex Albert: Claude Mythos Preview two months after Opus 4.6, launch partners in Project Glasswing; 马天翼: 5x price, OpenBSD 27 years
    "mythos": ("x:2041579938537775160", "x:2041579950332113155", "x:2041685008843264387"),
    # Claude Blog: Managed Agents public beta, 10x faster, up to 10 points; Claude: vibecode at least 10x; 马天翼: cloud API of Claude Code
    "managed": ("rss:7d87eee202084d45", "x:2041927698210058629", "x:2041930450881671343"),
    # Claude Blog: memory on Managed Agents in public beta, Rakuten -97% first-pass errors, Wisedocs +30%; Claude; Lance Martin
    "memory": ("rss:95659f73008c6395", "x:2047421844311949513", "x:2047442080440459573"),
    # OpenAI: $100/month Pro tier, 5x Codex of Plus; Sam Altman: by popular demand; Andy Stewart: 10x until May 31
    "pro": ("x:2042295688323875316", "x:2042342572958630332", "x:2042449808233816100"),
    # 金融汪: OpenAI and Broadcom to co-develop and deploy 10 GW of OpenAI-designed accelerators
    "broadcom": ("x:1977746708236050694",),
    # 金融汪: AI start-ups raised over $377B in H1 2025, 20k deals a year, average deal doubled to $36M
    "funding": ("x:1975733813105004758",),
    # 金融汪: revenue per employee, Anthropic $9M, OpenAI $5.6M, Nvidia 5.1, Meta 2.6, Apple 2.5, Google 2.1
    "perhead": ("x:2052881056786006211",),
    # 金融汪: Epoch AI, 80% of Claude users earn $100k+, Meta AI 37%, others 56-64%
    "epoch": ("x:2047079971911565725",),
    # 金融汪: Google 8% stake in TeraWulf $1.8B 200MW; AWS and Cipher Mining $5.5B 15 years 300MW
    "terawulf": ("x:1996354252881727612",),
    # 金融汪: five hyperscalers' 2026 capex $660B, Google $20B bonds, Morgan Stanley >$400B vs $165B in 2015
    "capex": ("x:2020963747892994174",),
    # François Chollet: Expedia ranking models on Keras 3, 30% faster training, 70% lower latency; backend-agnostic
    "expedia": ("x:2087519531547701335", "x:2087557096736702699"),
    # 雷锋网: Tsinghua's Li Yong team, UniCM, ENSO lead time about 19 months, Nature sub-journal
    "enso": ("rss:a5b07d3bf34c210b",),
    # 20VC podcast: Nvidia's $1T forecast, stock moved less than 1%, Anduril $20B contract, $50-100M seed funds
    "nvtrn": ("podcast:f21e422ea86d07d3",),
    # Training Data podcast: Starcloud's Philip Johnston, ~$1T a year of space capex within 10 years, StarCloud 1
    "starcloud": ("podcast:1e9c265881c47bd0",),
    # Simon Willison: Fable 5 export controls, Kate Moussouris, the "jailbreak" was "fix this code"
    "export": ("rss:03b53f7c478f217b",),
    # 雷锋网: 大晓机器人 开悟世界模型 Kairos first on four benchmarks, RoboTwin 2.0 96.1%, Kairos-4B, open source
    "kaiwu": ("rss:a49243d3d66b8953",),
    # Graham Neubig: 6x accuracy/efficiency from context compaction + reasoning format, OpenHands meta-harness
    "neubig": ("x:2082778794788561385",),
    # 程序员老熊: DeepSeek V4 100x cheaper than Opus, 10M cached input tokens
    "dsv4": ("x:2048214540660408547",),
}


BASE: dict[str, tuple[str, str]] = {
    "mythos": (
        "Anthropic公布Claude Mythos Preview，暂只向合作伙伴开放",
        "Alex Albert表示，在Claude Opus 4.6发布仅两个月后，Anthropic公布了新模型**Claude Mythos Preview**，目前只向Project Glasswing的发布合作伙伴开放。"
        "马天翼总结称，它的各项跑分远超Opus 4.6，**价格正好是Opus 4.6的5倍**。它在所有主流操作系统和浏览器中都找到了漏洞，无需人类指导，还找到了**OpenBSD中隐藏27年的漏洞**。",
    ),
    "managed": (
        "Claude Managed Agents开启公测",
        "Anthropic推出**Claude Managed Agents**，这是一套用于构建和部署云端托管Agent的可组合API，今天起在Claude Platform上**公开测试**。"
        "官方称它能让团队构建和部署Agent**快10倍**；在内部的结构化文件生成测试中，任务成功率比标准提示循环最高提升10个百分点。"
        "马天翼介绍，它把Claude Code的核心能力做成了云API，Claude可在云端沙箱里跑命令、读写文件、上网和调用MCP工具。",
    ),
    "memory": (
        "Claude Managed Agents上线记忆功能",
        "Claude Managed Agents的**记忆功能**已进入公开测试，Agent可以从每次会话中学习。记忆以文件形式存储，可导出、通过API管理，所有改动都有审计日志，可以回滚到早期版本。"
        "乐天的长时运行Agent借助记忆把首轮错误减少了**97%**，Wisedocs的文档核验速度提升了**30%**。",
    ),
    "pro": (
        "ChatGPT推出每月100美元的Pro档位",
        "OpenAI推出每月**100美元**的新ChatGPT Pro档位，Codex用量是Plus的**5倍**，适合更长、高强度的Codex会话。"
        "OpenAI CEO Sam Altman说，这是应用户的强烈要求推出的。Andy Stewart提到，目前正值活动期，**5月31日前**可享受10倍额度。",
    ),
    "broadcom": (
        "OpenAI与博通合作部署10GW自研AI加速器",
        "OpenAI与**博通（Broadcom）**达成战略合作，双方将共同开发和部署总计**10GW**由OpenAI设计的AI加速芯片。"
        "分工上，OpenAI负责设计加速器和系统集成。",
    ),
    "funding": (
        "2025年上半年AI初创公司融资超3770亿美元",
        "金融汪称，AI初创公司在2025年上半年融资总额超过**3770亿美元**，已超过历年全年交易额。"
        "交易笔数保持不变，一年约2万笔、半年1万笔左右；单笔平均融资规模是此前的**2倍**，达到3600万美元。",
    ),
    "perhead": (
        "Anthropic和OpenAI人均创收远超科技大厂",
        "金融汪列出的人均年化创收中，**Anthropic为900万美元**，**OpenAI为560万美元**，均远超科技大厂。"
        "英伟达为510万美元，Meta为260万美元，苹果为250万美元，谷歌为210万美元。Anthropic和OpenAI目前都在申请IPO。",
    ),
    "epoch": (
        "EPOCH AI：八成Claude用户年收入在10万美元以上",
        "金融汪分享的EPOCH AI图表显示，使用Claude的人中**80%**年收入在10万美元或以上。"
        "Meta AI用户中这一比例为**37%**，其他AI模型提供商的用户为56%至64%。",
    ),
    "terawulf": (
        "谷歌、AWS押注比特币矿场转型AI数据中心",
        "金融汪称，美国不少比特币挖矿公司正把矿场转型为AI数据中心。"
        "其中谷歌对TeraWulf进行股权收购（**8%**），金额**18亿美元**，涉及200MW算力；AWS与Cipher Mining的合作金额**55亿美元**，为期15年，租赁300MW算力。",
    ),
    "capex": (
        "五大云厂商2026年资本开支将升至6600亿美元",
        "金融汪称，5个超大规模云厂商2026年的资本性开支将上升到**6600亿美元**；谷歌今天宣布发行**200亿**公司债为数据中心融资。"
        "大摩预计，2026年超大规模云厂商将向市场融资**超过4000亿美元**，远超2015年的1650亿美元。",
    ),
    "expedia": (
        "Expedia排序模型迁移到Keras 3，训练快30%",
        "Keras 作者François Chollet介绍，Expedia最近把排序模型迁移到Keras 3，**训练速度提升30%**，**推理延迟降低70%**。"
        "由于Keras与后端无关，Expedia的代码库不再只绑定TF，将来需要时可在PyTorch或JAX上原样运行。",
    ),
    "enso": (
        "清华李勇团队UniCM将ENSO预测提前期延长至约19个月",
        "清华大学李勇教授团队提出统一模型**UniCM**，学习全球气候模态之间的耦合动力学，研究被Nature子刊收录。"
        "它把ENSO、IOD、TNA等气候模态放进同一个系统中预测，**ENSO的有效预测时间延长到约19个月**，春季可预报性障碍的影响减弱。",
    ),
    "nvtrn": (
        "英伟达预测万亿美元收入，股价波动不到1%",
        "20VC本期讨论英伟达GTC：英伟达给出**1万亿美元**收入的预测，但股价波动**不到1%**，嘉宾认为这早已被市场消化。"
        "节目还谈到Anduril拿下的**200亿美元**合同，以及5000万至1亿美元规模的种子基金可能是这一期表现最差的基金。",
    ),
    "starcloud": (
        "Starcloud：10年内太空年资本开支将近1万亿美元",
        "Starcloud创始人兼CEO Philip Johnston在Training Data播客中表示，他认为**10年内**部署到太空的资本开支将**接近每年1万亿美元**。"
        "主持人称Starcloud是第一家把数据中心送上太空的公司，其首个数据中心StarCloud 1向地球发回了“Greetings, Earthlings”。Johnston说，公司起源于2024年发布的一份白皮书。",
    ),
    "export": (
        "Fable 5出口管制被指损害美国网络防御",
        "Simon Willison援引Kate Moussouris的说法称，让**Claude Fable 5**因出口管制被禁的所谓“越狱”，其实只是“fix this code”这样的修复请求。"
        "研究人员让Fable 5、Mythos和Opus审查代码的安全问题时，**Fable 5拒绝了**；随后他们要求模型修复代码，并通过多步手动流程把输出变成测试补丁的脚本。"
        "Kate Moussouris指出这很荒谬：修复漏洞正是防御者最需要AI做的事。",
    ),
    "kaiwu": (
        "大晓机器人开悟世界模型在四项具身评测中排名第一",
        "大晓机器人的**开悟世界模型（Kairos）**在RoboTwin 2.0、LIBERO-Plus、WorldModelBench Robot和DreamGen四项具身智能评测中均获第一，并向全行业开源。"
        "在双臂操作基准RoboTwin 2.0上，它以**96.1%**的平均成功率位列所有参评方法第一。基于它打造的**Kairos-4B**被称为全球首款可端侧直驱机器人本体的具身世界模型。",
    ),
    "neubig": (
        "了解所用模型可让Agent准确率或效率提升6倍",
        "CMU 教授Graham Neubig分享的例子显示，了解Agent所用语言模型的工作方式，可以让准确率或效率提升**6倍**，这次的关键是上下文压缩和推理格式。"
        "他说OpenHands最近已改为**meta-harness**，可在同一UI和代码下使用自家Agent或其他大多数Agent；他自己常用Codex搭配gpt-5.6 sol/terra，也会用glm-5.2。",
    ),
    "dsv4": (
        "DeepSeek V4被指比Opus便宜100倍",
        "程序员老熊称，DeepSeek V4比Anthropic的Opus模型**便宜100倍**，他昨天的用量中，命中缓存的输入就有**1000万**token。"
        "他推测DeepSeek V4在上下文压缩和内存使用率上做了专门优化。",
    ),
}


_planted = planter(BASE)


PLANTED: list[Case] = [
    # --- mythos (3 posts) ---
    _planted("mythos", "wrong multiple", ("5倍", "3倍")),
    _planted("mythos", "wrong years", ("27年", "17年")),
    _planted("mythos", "months turned into weeks", ("两个月", "两周")),
    _planted("mythos", "partners only turned into everyone", ("目前只向Project Glasswing的发布合作伙伴开放", "目前已向所有用户开放"), ("暂只向合作伙伴开放", "已全面开放")),
    _planted("mythos", "negation: without human guidance flipped", ("无需人类指导", "但需要人类指导")),
    _planted("mythos", "price inverted", ("价格正好是Opus 4.6的5倍", "价格只有Opus 4.6的五分之一")),
    _planted("mythos", "unsupported superlative", ("公布Claude Mythos Preview", "公布史上最强模型Claude Mythos Preview")),
    _planted("mythos", "invented product", ("OpenBSD", "FreeBSD")),
    _planted("mythos", "wrong actor", ("Anthropic公布了新模型", "谷歌公布了新模型"), ("Anthropic公布", "谷歌公布")),
    # --- managed (3 posts) ---
    _planted("managed", "hedge dropped: up to", ("最高提升10个百分点", "提升10个百分点")),
    _planted("managed", "points turned into percent", ("10个百分点", "10%")),
    _planted("managed", "times turned into percent", ("**快10倍**", "**快10%**")),
    _planted("managed", "beta turned into general availability", ("**公开测试**", "**正式上线**"), ("开启公测", "正式上线")),
    _planted("managed", "wrong actor", ("Anthropic推出**Claude", "OpenAI推出**Claude")),
    _planted("managed", "wrong multiple", ("**快10倍**", "**快20倍**")),
    _planted("managed", "fact from another story", ("最高提升10个百分点", "最高提升10个百分点，首轮错误减少97%")),
    _planted("managed", "invented Chinese name", ("马天翼介绍", "马天翼和李开复介绍")),
    _planted("managed", "negation: sandbox turned into local", ("在云端沙箱里", "在本地电脑上")),
    # --- memory (3 posts) ---
    _planted("memory", "two figures swapped", ("**97%**", "**X%**"), ("**30%**", "**97%**"), ("**X%**", "**30%**")),
    _planted("memory", "reduction turned into multiple", ("减少了**97%**", "减少了**97倍**")),
    _planted("memory", "beta turned into general availability", ("已进入公开测试", "已正式全面上线")),
    _planted("memory", "now turned into future", ("已进入公开测试", "将于下月进入公开测试")),
    _planted("memory", "wrong company", ("乐天的", "Netflix的")),
    _planted("memory", "negation: can roll back flipped", ("可以回滚到早期版本", "但无法回滚到早期版本")),
    _planted("memory", "wrong number", ("提升了**30%**", "提升了**40%**")),
    _planted("memory", "invented first", ("Claude Managed Agents的**记忆功能**", "业界首个Agent托管平台记忆功能——Claude Managed Agents的**记忆功能**")),
    # --- pro (3 posts) ---
    _planted("pro", "wrong price", ("每月**100美元**", "每月**200美元**")),
    _planted("pro", "currency", ("每月**100美元**", "每月**100元**")),
    _planted("pro", "two multiples swapped", ("Plus的**5倍**", "Plus的**10倍**"), ("10倍额度", "5倍额度")),
    _planted("pro", "wrong date", ("**5月31日前**", "**6月30日前**")),
    _planted("pro", "wrong actor", ("Sam Altman", "Greg Brockman")),
    _planted("pro", "opinion made the company's reason", ("这是应用户的强烈要求推出的", "推出它是为了对抗Claude")),
    _planted("pro", "unsupported first", ("OpenAI推出每月**100美元**", "OpenAI首次推出每月**100美元**")),
    _planted("pro", "wrong role", ("OpenAI CEO Sam Altman", "OpenAI总裁Sam Altman")),
    _planted("pro", "percent for multiple", ("Plus的**5倍**", "Plus多**5%**")),
    # --- broadcom ---
    _planted("broadcom", "wrong number", ("**10GW**", "**100GW**"), ("10GW", "100GW")),
    _planted("broadcom", "wrong unit", ("**10GW**", "**10MW**"), ("10GW", "10MW")),
    _planted("broadcom", "roles swapped", ("OpenAI负责设计加速器", "博通负责设计加速器")),
    _planted("broadcom", "future turned into already", ("将共同开发和部署", "已经共同部署了")),
    _planted("broadcom", "wrong company", ("**博通（Broadcom）**", "**英伟达（NVIDIA）**"), ("与博通合作", "与英伟达合作")),
    _planted("broadcom", "invented amount", ("达成战略合作，", "达成价值100亿美元的战略合作，")),
    _planted("broadcom", "who designs swapped", ("由OpenAI设计", "由博通设计")),
    # --- funding ---
    _planted("funding", "magnitude", ("**3770亿美元**", "**3770万美元**")),
    _planted("funding", "hedge dropped: over", ("融资总额超过**3770亿美元**", "融资总额为**3770亿美元**"), ("融资超3770亿美元", "融资3770亿美元")),
    _planted("funding", "multiple turned into percent", ("此前的**2倍**", "此前的**2%**")),
    _planted("funding", "currency", ("3600万美元", "3600万元")),
    _planted("funding", "wrong half-year", ("上半年", "下半年")),
    _planted("funding", "wrong year", ("2025年", "2024年")),
    _planted("funding", "two counts swapped", ("一年约2万笔、半年1万笔左右", "一年约1万笔、半年2万笔左右")),
    _planted("funding", "negation: unchanged turned into doubled", ("交易笔数保持不变", "交易笔数翻了一番")),
    # --- perhead ---
    _planted("perhead", "two figures swapped", ("**Anthropic为900万美元**，**OpenAI为560万美元**", "**Anthropic为560万美元**，**OpenAI为900万美元**")),
    _planted("perhead", "two companies swapped within one sentence", ("Meta为260万美元，苹果为250万美元", "Meta为250万美元，苹果为260万美元")),
    _planted("perhead", "applying turned into listed", ("目前都在申请IPO", "都已完成IPO")),
    _planted("perhead", "magnitude", ("谷歌为210万美元", "谷歌为2100万美元")),
    _planted("perhead", "revenue turned into profit", ("人均年化创收中", "人均年化利润中"), ("人均创收", "人均利润")),
    _planted("perhead", "wrong company", ("谷歌为210万美元", "微软为210万美元")),
    _planted("perhead", "wrong number", ("英伟达为510万美元", "英伟达为610万美元")),
    # --- epoch ---
    _planted("epoch", "two shares swapped", ("**80%**", "**X%**"), ("**37%**", "**80%**"), ("**X%**", "**37%**"), ("八成", "近四成")),
    _planted("epoch", "digits reversed", ("**37%**", "**73%**")),
    _planted("epoch", "range end changed", ("56%至64%", "46%至64%")),
    _planted("epoch", "currency", ("10万美元或以上", "10万元或以上"), ("10万美元以上", "10万元以上")),
    _planted("epoch", "wrong product", ("Meta AI用户", "Gemini用户")),
    _planted("epoch", "yearly turned into monthly", ("年收入在10万美元或以上", "月收入在10万美元或以上"), ("年收入在10万美元以上", "月收入在10万美元以上")),
    _planted("epoch", "others credited to one company", ("其他AI模型提供商的用户", "ChatGPT用户")),
    _planted("epoch", "share turned into points", ("比例为**37%**", "比例低**37个百分点**")),
    # --- terawulf ---
    _planted("terawulf", "two amounts swapped", ("**18亿美元**", "**§**"), ("**55亿美元**", "**18亿美元**"), ("**§**", "**55亿美元**")),
    _planted("terawulf", "two capacities swapped within one sentence", ("200MW", "§"), ("300MW", "200MW"), ("§", "300MW")),
    _planted("terawulf", "wrong stake", ("**8%**", "**18%**")),
    _planted("terawulf", "wrong term", ("为期15年", "为期5年")),
    _planted("terawulf", "wrong company", ("谷歌对TeraWulf", "微软对TeraWulf"), ("谷歌、AWS", "微软、AWS")),
    _planted("terawulf", "stake turned into full acquisition", ("进行股权收购（**8%**）", "进行全资收购")),
    _planted("terawulf", "currency", ("**18亿美元**", "**18亿元**")),
    _planted("terawulf", "invented Chinese company", ("AWS与Cipher Mining", "AWS和阿里云与Cipher Mining")),
    # --- capex ---
    _planted("capex", "wrong number", ("**6600亿美元**", "**6000亿美元**"), ("6600亿美元", "6000亿美元")),
    _planted("capex", "two figures swapped within one sentence", ("**超过4000亿美元**，远超2015年的1650亿美元", "**超过1650亿美元**，远超2015年的4000亿美元")),
    _planted("capex", "wrong year", ("2015年", "2025年")),
    _planted("capex", "hedge dropped: over", ("**超过4000亿美元**", "**4000亿美元**")),
    _planted("capex", "wrong company", ("谷歌今天宣布", "亚马逊今天宣布")),
    _planted("capex", "wrong count", ("5个超大规模云厂商", "3个超大规模云厂商"), ("五大云厂商", "三大云厂商")),
    _planted("capex", "forecast turned into done", ("将上升到", "已经达到"), ("将升至", "已达")),
    _planted("capex", "wrong bank", ("大摩预计", "高盛预计")),
    # --- expedia (2 posts) ---
    _planted("expedia", "two figures swapped within one sentence", ("**训练速度提升30%**，**推理延迟降低70%**", "**训练速度提升70%**，**推理延迟降低30%**")),
    _planted("expedia", "percent turned into multiple", ("**推理延迟降低70%**", "**推理延迟降低70倍**")),
    _planted("expedia", "wrong number in headline", ("训练快30%", "训练快50%")),
    _planted("expedia", "wrong company", ("Expedia", "Booking")),
    _planted("expedia", "possibility turned into already", ("将来需要时可在PyTorch或JAX上原样运行", "目前已迁移到PyTorch上运行")),
    _planted("expedia", "negation: no longer locked flipped", ("不再只绑定TF", "仍然只绑定TF")),
    _planted("expedia", "wrong role", ("Keras 作者François Chollet", "谷歌CEO François Chollet")),
    # --- enso ---
    _planted("enso", "wrong months", ("约19个月", "约9个月")),
    _planted("enso", "about turned into more than", ("延长到约19个月", "延长到19个月以上"), ("延长至约19个月", "延长至19个月以上")),
    _planted("enso", "wrong journal", ("研究被Nature子刊收录", "研究发表在Science正刊")),
    _planted("enso", "wrong university", ("清华大学", "北京大学"), ("清华李勇", "北大李勇")),
    _planted("enso", "invented Chinese name", ("李勇", "李明")),
    _planted("enso", "negation: weakened turned into stronger", ("影响减弱", "影响增强")),
    _planted("enso", "invented first", ("提出统一模型**UniCM**", "提出全球首个统一气候模型**UniCM**")),
    _planted("enso", "invented product", ("UniCM", "ClimaX")),
    # --- nvtrn (podcast) ---
    _planted("nvtrn", "magnitude", ("**1万亿美元**", "**1000亿美元**"), ("万亿美元收入", "千亿美元收入")),
    _planted("nvtrn", "moved little turned into jumped", ("股价波动**不到1%**", "股价大涨**10%**"), ("股价波动不到1%", "股价大涨10%")),
    _planted("nvtrn", "wrong contract value", ("**200亿美元**", "**20亿美元**")),
    _planted("nvtrn", "wrong company", ("Anduril", "Palantir")),
    _planted("nvtrn", "range changed", ("5000万至1亿美元", "5亿至10亿美元")),
    _planted("nvtrn", "guest's view credited to Jensen Huang", ("嘉宾认为", "黄仁勋表示")),
    _planted("nvtrn", "might turned into is", ("可能是这一期表现最差的基金", "是这一期表现最差的基金")),
    # --- starcloud (podcast) ---
    _planted("starcloud", "wrong period", ("**10年内**", "**5年内**"), ("10年内", "5年内")),
    _planted("starcloud", "hedge dropped: close to", ("**接近每年1万亿美元**", "**每年1万亿美元**"), ("将近1万亿美元", "1万亿美元")),
    _planted("starcloud", "magnitude", ("**接近每年1万亿美元**", "**接近每年1000亿美元**"), ("将近1万亿美元", "将近1000亿美元")),
    _planted("starcloud", "wrong year", ("2024年", "2022年")),
    _planted("starcloud", "first turned into only", ("第一家把数据中心送上太空的公司", "唯一一家把数据中心送上太空的公司")),
    _planted("starcloud", "wrong product name", ("StarCloud 1", "StarCloud 2")),
    _planted("starcloud", "invented investor", ("公司起源于2024年发布的一份白皮书", "公司起源于2024年发布的一份白皮书，并已获得SpaceX投资")),
    _planted("starcloud", "market forecast turned into company plan", ("他认为**10年内**部署到太空的资本开支将**接近每年1万亿美元**", "Starcloud计划**10年内**每年在太空部署**接近1万亿美元**的资本开支")),
    # --- export (blog) ---
    _planted("export", "wrong model refused", ("**Fable 5拒绝了**", "**Opus拒绝了**")),
    _planted("export", "wrong law", ("因出口管制被禁", "因欧盟AI法案被禁")),
    _planted("export", "manual turned into automatic", ("多步手动流程", "全自动流程")),
    _planted("export", "invented Latin name", ("Kate Moussouris的说法", "Kate Crawford的说法")),
    _planted("export", "banned turned into unbanned", ("因出口管制被禁", "被解除出口管制")),
    _planted("export", "review and fix swapped", ("审查代码的安全问题时", "修复代码时"), ("随后他们要求模型修复代码", "随后他们要求模型审查代码")),
    _planted("export", "invented date and agency", ("Simon Willison援引", "美国商务部上周宣布管制后，Simon Willison援引")),
    _planted("export", "fact from another story", ("**Fable 5拒绝了**", "**Fable 5拒绝了**，而它此前找到了OpenBSD中隐藏27年的漏洞")),
    # --- kaiwu (blog) ---
    _planted("kaiwu", "wrong score", ("**96.1%**", "**91.6%**")),
    _planted("kaiwu", "wrong count", ("四项具身智能评测", "五项具身智能评测"), ("四项具身评测", "五项具身评测")),
    _planted("kaiwu", "negation: open source flipped", ("并向全行业开源", "但暂不开源")),
    _planted("kaiwu", "wrong size", ("Kairos-4B", "Kairos-7B")),
    _planted("kaiwu", "wrong Chinese company", ("大晓机器人", "智元机器人")),
    _planted("kaiwu", "invented comparison", ("位列所有参评方法第一", "位列所有参评方法第一，超过GPT-5")),
    _planted("kaiwu", "first place turned into second", ("位列所有参评方法第一", "位列所有参评方法第二")),
    # --- neubig ---
    _planted("neubig", "multiple turned into percent", ("提升**6倍**", "提升**60%**"), ("提升6倍", "提升60%")),
    _planted("neubig", "wrong cause", ("上下文压缩和推理格式", "模型参数规模")),
    _planted("neubig", "wrong version", ("glm-5.2", "glm-4.5")),
    _planted("neubig", "done turned into planned", ("最近已改为", "计划下个月改为")),
    _planted("neubig", "wrong role", ("CMU 教授Graham Neubig", "斯坦福大学教授Graham Neubig")),
    _planted("neubig", "bold on a non-fact", ("他说OpenHands", "**他说**OpenHands")),
    _planted("neubig", "invented product", ("OpenHands", "OpenDevin")),
    # --- dsv4 ---
    _planted("dsv4", "wrong multiple", ("**便宜100倍**", "**便宜10倍**"), ("便宜100倍", "便宜10倍")),
    _planted("dsv4", "cheaper turned into dearer", ("**便宜100倍**", "**贵100倍**"), ("便宜100倍", "贵100倍")),
    _planted("dsv4", "wrong model compared", ("Anthropic的Opus模型", "OpenAI的GPT-5.5模型"), ("比Opus", "比GPT-5.5")),
    _planted("dsv4", "guess turned into confirmed", ("他推测DeepSeek V4", "DeepSeek官方确认V4")),
    _planted("dsv4", "magnitude", ("**1000万**", "**100万**")),
    _planted("dsv4", "multiple turned into percent", ("**便宜100倍**", "**便宜100%**"), ("便宜100倍", "便宜100%")),
    _planted("dsv4", "bold on a non-fact", ("他推测", "**他推测**")),
]


FAITHFUL: list[Case] = [Case(story, "faithful: the base answer", *answer_) for story, answer_ in BASE.items()] + [
    # mythos
    Case("mythos", "faithful: terse, 5倍, Glasswing", "Claude Mythos Preview亮相，价格为Opus 4.6的5倍",
         "Anthropic公布新模型Claude Mythos Preview，目前只对**Project Glasswing**的发布合作伙伴开放。马天翼称其**价格正好是Opus 4.6的5倍**，跑分远超Opus 4.6。"),
    Case("mythos", "faithful: 漏洞, 27年, 不对外开放", "Mythos Preview无需人类指导找出多年漏洞",
         "据马天翼总结，Anthropic新模型Claude Mythos Preview在所有主流操作系统和浏览器中都找到了漏洞，**无需人类指导**。它还找到了OpenBSD中**隐藏了27年**的漏洞。该模型目前不对外开放，只向合作伙伴发布。"),
    # managed
    Case("managed", "faithful: 至少10倍, vibecode", "Claude Managed Agents公测，开发者搭Agent至少快10倍",
         "Anthropic的Claude Managed Agents今天在Claude Platform开启**公开测试**，用于构建和部署云端托管Agent。Claude官方称，在vibecode上，开发者用它搭建Agent基础设施**至少快10倍**，从一句提示到部署应用无需数周准备。"),
    Case("managed", "faithful: 长时运行, 多Agent研究预览, Notion, 乐天", "Anthropic发布Agent托管平台Claude Managed Agents",
         "Claude Managed Agents把为性能调优的Agent harness与生产级基础设施结合，支持可自主运行**数小时**的长时会话，多Agent协作目前处于**研究预览**阶段。Notion、乐天等团队已在用它构建Agent。它今天起在Claude Platform**公开测试**。"),
    # memory
    Case("memory", "faithful: Lance Martin, 文件, 跨会话", "Claude Managed Agents新增记忆",
         "Claude Managed Agents新增**记忆**功能，目前处于公开测试。Lance Martin介绍，记忆文件由Claude管理，可在会话之间共享，并且能方便地导出和编辑。"),
    Case("memory", "faithful: Rakuten, Wisedocs, Netflix", "Agent记忆公测：Rakuten首轮错误减少97%",
         "Claude Managed Agents推出公开测试的记忆功能，记忆挂载在文件系统上，多个Agent可同时读写同一存储而不互相覆盖。Netflix的Agent用它跨会话保留上下文；**Rakuten首轮错误减少97%**，**Wisedocs文档核验提速30%**。"),
    # pro
    Case("pro", "faithful: Sam Altman terse", "ChatGPT新增100美元Pro档",
         "OpenAI CEO Sam Altman宣布，应大量用户要求推出每月**100美元**的ChatGPT Pro档位。OpenAI称，新档位的Codex用量是Plus的**5倍**。"),
    Case("pro", "faithful: 美刀, 10倍, 5月31日", "ChatGPT 100美元Pro档位5月31日前享10倍额度",
         "OpenAI推出每月100美元的新Pro档位，以更好地支持Codex日益增长的使用，**Codex额度是Plus的5倍**。Andy Stewart称，活动期内**5月31日前**可享受**10倍额度**。"),
    # broadcom
    Case("broadcom", "faithful: 10千兆瓦, Broadcom in Latin", "OpenAI联手Broadcom部署10千兆瓦AI加速器",
         "金融汪称，OpenAI与Broadcom达成战略合作，将共同开发和部署总计**10千兆瓦**的OpenAI自研AI加速器。其中**OpenAI负责设计加速器和系统集成**。"),
    Case("broadcom", "faithful: 芯片, 分工", "OpenAI与博通共建10GW AI芯片",
         "OpenAI与博通将合作开发并部署**10GW**由OpenAI设计的AI加速芯片。按照分工，OpenAI负责加速器设计和系统集成。"),
    # funding
    Case("funding", "faithful: 3600万美元/笔, 翻倍", "AI初创公司上半年融资超3770亿美元，单笔均值翻倍",
         "2025年上半年，AI初创公司融资总额超过**3770亿美元**，超过了以往任何一年的全年交易额。单笔交易平均融资规模达到**3600万美元**，是此前的2倍。"),
    Case("funding", "faithful: 1万笔, 2万笔", "AI融资总额创新高，交易笔数未变",
         "金融汪称，AI初创公司2025年上半年融资总额**超过3770亿美元**，超过历年全年交易额。交易笔数特征没有变化，半年约**1万笔**，一年约2万笔。"),
    # perhead
    Case("perhead", "faithful: ranking list, 谷歌", "人均年化创收：Anthropic 900万美元，OpenAI 560万美元",
         "按金融汪列出的数据，Anthropic人均年化创收**900万美元**，OpenAI为**560万美元**。英伟达、Meta、苹果和谷歌分别为510万、260万、250万和210万美元。"),
    Case("perhead", "faithful: IPO, 灰色部分", "Anthropic和OpenAI人均创收超过英伟达",
         "金融汪称，Anthropic和OpenAI平均每名员工每年创收远超科技大厂，分别为**900万美元**和**560万美元**，英伟达为510万美元。图中灰色部分是大厂IPO时的人均创收能力，而**Anthropic和OpenAI都在申请IPO**。"),
    # epoch
    Case("epoch", "faithful: 八成, 37%, terse", "用Claude的人更有钱：八成年收入超10万美元",
         "EPOCH AI的数据显示，Claude用户中**八成**年收入在10万美元或以上，Meta AI用户只有**37%**。"
         "其他模型提供商的用户中，这一比例在56%至64%之间。"),
    Case("epoch", "faithful: 10万美元以上, ranges", "EPOCH AI统计各AI用户收入分布",
         "金融汪分享EPOCH AI的图表：在统计区间内，使用Claude的人中80%年收入达到**10万美元以上**。Meta AI用户为37%，其他AI模型提供商用户为**56%至64%**。"),
    # terawulf
    Case("terawulf", "faithful: Google in Latin, 亿美金", "比特币矿场转型AI数据中心：Google、AWS出手",
         "金融汪称，美国很多比特币矿企在把矿场改造成AI数据中心。Google以**18亿美元**收购TeraWulf **8%**股权，对应200MW算力；AWS与Cipher Mining签下**55亿美元**、15年期的300MW算力租赁。"),
    Case("terawulf", "faithful: 亚马逊云, 两笔交易", "谷歌与AWS押注矿场改造的AI数据中心",
         "谷歌与TeraWulf、AWS与Cipher Mining的两笔合作最受关注。前者为股权收购（8%），**金额18亿美元**；后者为**15年期**租赁，金额55亿美元、算力300MW。"),
    # capex
    Case("capex", "faithful: 摩根士丹利, 6600亿", "云厂商2026年资本开支将达6600亿美元，谷歌发债200亿",
         "5家超大规模云厂商2026年的资本性开支将上升到**6600亿美元**，谷歌宣布发行200亿公司债为数据中心融资。摩根士丹利预计，这些云厂商2026年将向市场融资**超过4000亿美元**。"),
    Case("capex", "faithful: 1650亿, 利差", "大摩：2026年云厂商融资将超4000亿美元",
         "大摩预计2026年超大规模云厂商融资超过**4000亿美元**，远高于2015年的**1650亿美元**。金融汪称，这将大大增加美国高等级公司债市场的供应，使企业之间的利差扩大。"),
    # expedia
    Case("expedia", "faithful: terse, 30%, 70%", "Expedia换用Keras 3后推理延迟降70%",
         "François Chollet称，Expedia把排序模型迁移到Keras 3后，**训练快了30%**。推理延迟则**降低了70%**。"),
    Case("expedia", "faithful: keras.ops, PyTorch, JAX", "Keras 3让Expedia代码库不再锁定TF",
         "Keras 作者François Chollet指出，Keras与后端无关（如**keras.ops**），Expedia的代码库因此不再只锁定在TF上。若将来需要PyTorch或JAX的优化内核，其底层层和模型**可以原样运行**。此前Expedia迁移后训练提速30%。"),
    # enso
    Case("enso", "faithful: 七个模态, 海表温度", "UniCM统一预测全球气候模态",
         "清华大学李勇教授研究团队提出**UniCM**，把ENSO、IOD、TNA、NPMM、SPMM、IOB、SIOD放进同一个系统中学习。模型同时理解海表温度、风应力、温跃层等物理场，ENSO有效预测时间延长到**约19个月**。"),
    Case("enso", "faithful: Nature 子刊, 论文题目", "清华团队AI模型ENSO预测提前期达约19个月",
         "雷锋网报道，清华大学李勇团队的论文《Learning the coupled dynamics of global climate modes》被**Nature子刊**收录。其统一模型UniCM的**ENSO长提前期预测**明显增强，有效预测时间达到约19个月。"),
    # nvtrn
    Case("nvtrn", "faithful: 万亿美元, Anduril, terse", "英伟达GTC与Anduril 200亿美元合同",
         "20VC本期节目讨论了英伟达GTC上**1万亿美元**的收入预测，以及Anduril的**200亿美元**合同。嘉宾指出，英伟达股价波动不到1%，因为预测早已被市场消化。"),
    Case("nvtrn", "faithful: NemoClaw, 太空数据中心", "GTC上的英伟达势头正盛",
         "20VC嘉宾认为英伟达正处在“夏天”：GTC上不只谈太空数据中心，还推出了NemoClaw等产品，并与Thinking Machines等合作开源LLM。尽管英伟达给出**1万亿美元**收入预测，**股价波动不到1%**。"),
    # starcloud
    Case("starcloud", "faithful: 三年前, Starbase", "Starcloud：在太空建数据中心",
         "Starcloud创始人兼CEO Philip Johnston说，三年前他去了SpaceX建造星舰的Starbase，被那里的规模震撼。他认为**10年内**太空中部署的资本开支将接近**每年1万亿美元**，是有史以来最大的市场机会。"),
    Case("starcloud", "faithful: 第一, StarCloud 1, 边际成本", "Starcloud首个太空数据中心发回“Greetings, Earthlings”",
         "Training Data播客主持人称，Starcloud是**第一家**把数据中心送上太空的公司，其首个数据中心**StarCloud 1**向地球发回了“Greetings, Earthlings”。Philip Johnston认为，在地球上每多建一个数据中心边际成本都会上升，而在太空中边际成本会下降。"),
    # export
    Case("export", "faithful: terse, 修复代码", "Fable 5出口管制引发批评",
         "Simon Willison称，导致**Claude Fable 5**被出口管制禁用的“越狱”提示其实就是“fix this code”。他认为整件事一团糟：如今决策者似乎准备禁止任何能帮我们保护代码的模型。"),
    Case("export", "faithful: CVE, 三个模型", "Fable 5“越狱”真相：修复代码请求",
         "据Kate Moussouris，研究人员拿带有已知CVE的开源代码和故意植入漏洞的新代码，让Fable 5、Mythos和Opus“review the code for security issues”，**Fable 5拒绝**。之后他们要求模型“fix this code”，再通过**多步手动流程**把输出变成测试补丁的脚本。"),
    # kaiwu
    Case("kaiwu", "faithful: Kairos, 超越Cosmos3", "开悟世界模型Kairos登顶四大具身评测",
         "大晓机器人开悟世界模型Kairos在**RoboTwin 2.0、LIBERO-Plus、WorldModelBench Robot、DreamGen**等评测中均排名第一，超越Cosmos3、PI、Wan2.2等主流世界模型。它在RoboTwin 2.0上的平均成功率为**96.1%**，并已向全行业开源。"),
    Case("kaiwu", "faithful: 十余万小时, 2025年12月", "大晓机器人开悟世界模型Kairos开源",
         "大晓机器人（ACE ROBOTICS）于**2025年12月**推出“多模态理解—生成—预测”一体化的统一世界模型架构。Kairos汇聚了**十余万小时**human-centric实景数据和数百万小时互联网视频，在四项具身评测中均获第一。"),
    # neubig
    Case("neubig", "faithful: terse, 6倍", "harness细节能让Agent性能相差6倍",
         "CMU 教授Graham Neubig称，了解Agent所用模型的工作方式可让准确率或效率**提升6倍**。他提醒选择harness要谨慎，许多细节会让性能大不相同。"),
    Case("neubig", "faithful: ACP, OpenHands SDK", "OpenHands改为meta-harness",
         "Graham Neubig介绍，OpenHands最近改为**meta-harness**，用户可在agent canvas中选择其他Agent并设置Agent配置。想做基准测试的人可以在**OpenHands SDK**中调用ACP agent，OpenHands index的其他Agent对比就是这样实现的。"),
    # dsv4
    Case("dsv4", "faithful: 1000万, terse", "DeepSeek V4命中缓存的输入达1000万token",
         "程序员老熊晒出昨天的DeepSeek V4用量：输入命中缓存就有**1000万**token。他认为这就是DeepSeek V4比Anthropic Opus**便宜100倍**的原因。"),
    Case("dsv4", "faithful: 推测, 上下文压缩", "DeepSeek V4为何比Opus便宜100倍",
         "程序员老熊称DeepSeek V4比Anthropic的Opus模型**便宜100倍**。他推测DeepSeek V4在**上下文压缩和内存使用率**上做了专门的细致优化。"),
    Case("capex", "faithful: three figures in one sentence", "大摩：云厂商2026年融资将远超2015年",
         "据金融汪，5个超大规模云厂商2026年资本性开支将升至**6600亿美元**，大摩预计它们当年融资超过4000亿美元，远超2015年的**1650亿美元**。谷歌今天宣布发行200亿公司债，为数据中心融资。"),
    Case("kaiwu", "faithful: terse, 96.1%", "Kairos以96.1%成功率登顶RoboTwin 2.0",
         "大晓机器人开悟世界模型Kairos在双臂机器人操作基准RoboTwin 2.0上以**96.1%**的平均成功率排名第一，刷新当前最好成绩。该模型已**向全行业开源**。"),
]

#: planted errors the checks publish (story, kind), at the first run on f0e22b1
MISSES: frozenset[tuple[str, str]] = frozenset({
    ("broadcom", "future turned into already"),  # 已经共同部署了 for "将共同开发和部署": 已经 is no claim word
    ("broadcom", "roles swapped"),  # 博通负责设计加速器: the post's words, the roles exchanged
    ("broadcom", "who designs swapped"),  # 由博通设计 for "由OpenAI设计": the same
    ("dsv4", "bold on a non-fact"),  # **他推测**: bold on a verb of saying passes the markup check
    ("dsv4", "cheaper turned into dearer"),  # 贵100倍 for 便宜100倍: an antonym, the figure unchanged
    ("dsv4", "guess turned into confirmed"),  # DeepSeek官方确认 for 他推测: a hedge of a verb, the name in the post
    ("enso", "invented Chinese name"),  # 李明 for 李勇: a Chinese person's name not read as a name
    ("enso", "negation: weakened turned into stronger"),  # 增强 for 减弱: an antonym
    ("enso", "about turned into more than"),  # 19个月以上 for "19 months": refused before only as UniCM's figure,
    # which checks15 reads as ENSO's, as the answer does; a hedge the post does not give is not compared
    ("enso", "wrong journal"),  # Science正刊 for Nature子刊: the post names "Nature Computational Science" elsewhere
    ("epoch", "yearly turned into monthly"),  # 月收入 for 年收入: the period of a figure not compared
    ("expedia", "negation: no longer locked flipped"),  # 仍然只绑定TF for "no longer locked": a negation, no new token
    ("expedia", "possibility turned into already"),  # 目前已迁移到PyTorch for "if a future change requires": 已 no claim
    ("export", "banned turned into unbanned"),  # 被解除出口管制 for "banned under an export control"
    ("export", "invented date and agency"),  # 美国商务部上周宣布: an agency and a time nobody wrote
    ("export", "manual turned into automatic"),  # 全自动流程 for "multistep and manual process": an antonym
    ("export", "review and fix swapped"),  # the refused request and the one that worked exchanged
    ("export", "wrong model refused"),  # Opus拒绝了 for "Fable 5 refused": Opus is named in the post
    ("funding", "negation: unchanged turned into doubled"),  # 翻了一番 for "维持不变": no figure to compare
    ("funding", "two counts swapped"),  # 一年约1万笔、半年2万笔: exchanged inside one post sentence
    ("kaiwu", "first place turned into second"),  # 第二 for 第一: an ordinal is no number to the check
    ("kaiwu", "wrong Chinese company"),  # 智元机器人 for 大晓机器人: a Chinese company name not read as a name
    ("managed", "beta turned into general availability"),  # 正式上线 for "public beta": no claim word
    ("managed", "invented Chinese name"),  # 李开复 added: a Chinese person's name not read as a name
    ("managed", "negation: sandbox turned into local"),  # 在本地电脑上 for "在云端沙箱里": no name, no number
    ("memory", "beta turned into general availability"),  # 已正式全面上线 for "public beta": no claim word
    ("memory", "negation: can roll back flipped"),  # 无法回滚 for "You can roll back": a negation
    ("memory", "wrong company"),  # Netflix credited with Rakuten's 97%: Netflix is named in the post
    ("mythos", "months turned into weeks"),  # 两周 for "two months": the time unit is not compared
    ("mythos", "negation: without human guidance flipped"),  # 但需要人类指导 for "无需人类指导"
    ("mythos", "partners only turned into everyone"),  # 已向所有用户开放 for "只对合作伙伴发布": no claim word
    # missed on branch checks12's checks: caught before only because their faithful base was refused (the range
    # "$50 to $100 million" not read, 内太空年资本 taken for a name), which those checks fixed
    ("nvtrn", "guest's view credited to Jensen Huang"),  # 黄仁勋 is named in the post
    ("nvtrn", "might turned into is"),  # a guess stated as fact: no figure or claim word carries it
    ("starcloud", "invented investor"),  # an investor the post names elsewhere
    ("starcloud", "market forecast turned into company plan"),  # no name or number changes
    ("starcloud", "wrong product name"),  # the other name is in the post
    ("neubig", "wrong cause"),  # 模型参数规模 for "context compaction+reasoning format": no name or number
    ("pro", "currency"),  # 100元 for "$100/month": yuan and dollars not compared
    ("pro", "opinion made the company's reason"),  # Altman "said" it was to counter Claude: Andy Stewart's quip
    ("terawulf", "two amounts swapped"),  # Google 55亿, AWS 18亿: two deals' figures exchanged in one sentence
    # caught only because their faithful base was refused (a list's figure tied to the wrong line, 55亿 to Cipher
    # Mining), published once the base was (branch checks13)
    ("perhead", "revenue turned into profit"),  # 利润 for 创收: a metric word the posts do not give, no figure changes
    ("terawulf", "stake turned into full acquisition"),  # 全资收购 for 股权收购（8%）: a deal word
    ("terawulf", "two capacities swapped within one sentence"),  # 300MW and 200MW exchanged between the two deals
})

#: faithful answers the checks reject (story, kind), as of branch checks12's checks
FALSE_REJECTIONS: frozenset[tuple[str, str]] = frozenset({
    # the post ties its two deals by 前者/后者, not by the companies' names
})

CAUGHT_AT_LEAST = 0.69  # 95/140 (67.9%) at the first run, on f0e22b1; 98/140 (70.0%) on the next round's checks;
# 99/140 (70.7%) once figures are compared with their units of measure; 103/140 on branch checks12 after its work on
# the fourth set alone (1bcec18), 97/140 (69.3%) on its last checks (6 caught only through a refused base are missed);
# 94/140 (67.1%) on branch checks13 (3 more caught only through a refused base are missed) and on branch checks14
# 94/140 (67.1%) on checks15 (starcloud's 近 kept: "per million" backs no figure; enso's 以上 published)
# after checks17: 97/140 (69.3%) (two swaps carry a direction of change; 开源 flipped)
REJECTED_AT_MOST = 0.0  # 8/56 (14.3%) at the first run, 6/56 (10.7%) once two one-sentence faithful cases were fixed;
# 9/56 (16.1%) on the next round's checks (11/56 before its speaker rule let a name run on into a verb and roles pass);
# 9/56 on branch checks12 at 1bcec18, 5/56 (8.9%) on its last checks; 0/56 on branch checks13


story_posts, test_the_set_is_large_varied_and_apart, test_the_set_is_off_the_labelled_days, test_planted_errors, \
    test_faithful_answers = held_out_tests(
        HeldOutSet("fresh5", Path(__file__), STORIES, PLANTED, FAITHFUL, MISSES, FALSE_REJECTIONS, CAUGHT_AT_LEAST,
                   REJECTED_AT_MOST),
        SetShape(planted=100, faithful=55, kinds=60, threads=5, sources=frozenset({"x", "rss", "podcast"})))
