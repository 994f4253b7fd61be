# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)
"""A sixth set of hand-written answers: planted errors and faithful answers nobody tuned the checks on.

Written by hand without reading the checks or their data files, on 19 corpus stories no other test uses and none
on the six labelled eval days, eight of them of two to four posts on one event (GLM-5.2's launch, Unsloth's GLM-5.2
quants, SpaceX buying Cursor, GPT-5.5, Nous Portal's tiers, Kimi's thread of outputs, OpenAI's unsold secondary
shares, Claude Code leaving the Pro plan). The kinds the earlier sets had little of: threads (Kimi, Nous
Research), engineering and hardware write-ups full of figures and dates (Anthropic's Claude Code postmortem,
Intel's 18A-P at VLSI, AMD's quarter, ASML's High-NA), long Chinese feature articles (36氪 on xAI and on Cursor,
量子位 on GLM-5.2), paper abstracts (LoopCoder-v2, MemTrace), a podcast (No Priors with Cerebras), policy (H200 to
China), deals and a stalled deal (SpaceX-Anysphere, Nvidia-OpenAI), benchmark ranks (BridgeBench). 180 planted
errors of every kind of issue 11 and 57 faithful answers in the seed's style, committed (782f87a) before any run.

First run, on the checks of the branch base a64dc1f: 164 of 180 planted errors caught (91.1%), 30 of 57 faithful
answers rejected (52.6%). Fourteen faithful answers were wrong, not the checks: twelve base answers bolded 4-6
spans and two other answers none, where the prompt asks for 1-3 whole facts in bold, and one of the twelve (ccq)
also ran to five sentences as the project counts them (its ；-separated list); each now bolds 1-3 facts and the
list is joined by commas. As the planted errors are edits of the base answers, those fixes changed them too: at the
first run every error planted in those twelve stories was refused with its base (the bold count), not for itself.
No planted error turned out to be true. As the set stands: 142 of 180 caught (78.9%), 23 of 57 rejected (40.4%).
The caught share flatters: the 8 stories whose faithful base answer is itself refused have all 77 of their planted
errors refused with it; on the 11 whose base is published, 65 of 103 are caught (63.1%). The targets (>= 90%
caught, <= 5% rejected) do not hold for answers the tests did not contain.

What the misses show (MISSES below, one line each): status, time and negation written with words outside the
lexicon or as antonyms (已以MIT许可证开源 and 下月 for next week, 完成交割 for stalled, 否认 for 承认, 发布公告 for
quietly, 必须升级 for may stay, 永久放弃 for for now, 大跌, 低于预期, guidance written as 已达); figures exchanged
between two subjects whose figures are all in the posts (AMD's actual and expected revenue, BridgeBench's 83.3% and
68.3%, Kimi's 40 and 100 pages); hedges dropped (约2%, 最高1000亿); a name the posts give put in another's place
(Anthropic's shares, OpenAI's headquarters, investor and investee, Ultra for Super) and a Chinese company nobody
wrote (月之暗面); periods, relative times, ordinals and counts in words not compared (每年 added to a price, 上个月,
几周, 第三季度, 第二大客户, 全球第一 for 全球第二, 几千个, 一半以上); an unsupported first (全球首个; 量子位 writes
首次 of something else); a field, a cause or a finding's two terms exchanged (生物学, 良率, 检索 vs 证据使用); the
author repeated in the headline ("-宝玉", "金融汪："), all three missed; bold on part of a number (1**3**种).

What the false rejections show (FALSE_REJECTIONS below): the subject test ties a figure to the wrong name of a
sentence that names several (ruthenium's 35% and the GaN chip's 300mm to CFET, 1-bit's 1 to M3, 12.5亿 to the S-1,
98.0% to NVL72, dates to Opus or Claude Code, Nous's $100 and $200 to the wrong tiers); dates the post writes with
spaces ("6 月 16 日", "2025 年 11 月"); numbers an English post spells out ("three or more loops", "mid two thousand
tens") and, in the podcast transcript, a 15 and a 2025 it writes in digits too; 一半不到 as 不到50%, and 4亿 beside 阿斯麦 (the post: 4亿美金); a
comparison in other words (优于 for "gains over"); CEO refused as a name even where the post writes 双方CEO, and
phrases taken for names (去年底公司, 用他的话). Three are arguable: a role the post does not give (英伟达CEO黄仁勋),
figures of a post that never names its model (swyx's list, tied to GPT-5.5 by the story), and 最佳 for the best of
the loop counts tried.

After the first run, and informed by it (a class issue 11 names: "code appends -作者 to the headline"): the LLM
writer takes an author the model repeats off the headline ("...-宝玉", "金融汪：...") instead of printing it twice,
and the shared runner counts a planted error as caught when it does not reach a reader as written (refused, or its
text taken off). The three "author repeated in headline" cases are caught that way: 145 of 180 (80.6%).

The first blind measure of the next round of checks (branch checks12, developed on the fourth set and checked on
the fifth, by someone who never opened this file): 147 of 180 caught (81.7%), 23 of 57 rejected (40.4%): three
rejections fixed (spaced dates, 12.5亿 beside the S-1), three new (its quarter rule refused 一季度 for the post's
一季报), and the cursor story's base now published, which shows five of its planted errors pass. After that run
a quarter's report (一季报) names its quarter (pinned in test_checks_general2.py): 144 of 180 (80.0%; 67 of the 103
errors planted in the 11 stories whose faithful base answer is published), 20 of 57 (35.1%). On answers nobody tuned on, rejections are still mostly a figure tied to another name of a sentence that
names several ("the posts give it for another subject"), misses mostly status words, antonyms and swaps.

Branch checks13 developed on this set with the fourth and fifth (general readings pinned in
test_checks_general3.py, none a lexicon entry for one answer): 127 of 180 caught (70.6%; 107 of the 160 errors
planted in the 17 stories whose faithful base answer is now published), 7 of 57 rejected (12.3%). Fixed as readings:
the items of a written list each own their figure (Super（$100）和Ultra（$200）); a date in a clause that names nobody
is of no model before it; a figure hyphened to a word (1-bit) labels nothing; a clause that names nothing takes its
subject only as a guess a sentence of the same post about no owner does not contradict (ruthenium's 35%); a rival
part's inherited opening words count as one and currency words as none (12.5亿 vs 9.2亿); 一半 is 50% with its hedge;
"three or more" is 三次及以上; "15 or 20 times" shares its unit; 高达 before an amount stresses it (a rate keeps "up
to"); titles stand against Chinese names (双方CEO黄仁勋); times and possessives are no names (去年底公司, 用他的话);
"improving"/"gains over" compare. Caught anew: 一半以上 for 一半不到. The catch share fell because 18 planted errors
had been caught only through their refused base (MISSES, last block). Still rejected: swyx's list that never names
GPT-5.5 (arguable), 98.0% beside NVL72, 英伟达CEO where the post gives no role (arguable), 三项 tied to VLSI, 最佳
(arguable), "mid two thousand tens".

Branch checks14 developed on sets 4-7 for classes that recur across the blind sets (test_checks_general4.py): 127 of
180 caught, 6 of 57 rejected (10.5%; cerebras' "mid two thousand tens" and "about 2025," are read as years).

after checks17: 130 of 180 caught (72.2%; a rise written as a fall, 第二 for the largest, permanent for temporary), 5
of 57 rejected.
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
    # Z.AI: GLM-5.2 for all GLM Coding Plan users, 1M context, API next week, MIT open source next week; High/Max effort; 量子位: #1 open, #2 global in coding
    "glm52": ("x:2065704919299235870", "x:2065704921283080538", "rss:527f9cb4463e93c4"),
    # Unsloth: 2-bit GLM-5.2 keeps ~82% accuracy, 1.51TB -> 238GB (-84%), 256GB Mac; 1-bit on a Mac Studio M3 Ultra at ~21.6 tok/s
    "unsloth": ("x:2067588262156501497", "x:2069418532375564484"),
    # 量子位 (reprinting Intel): Intel 18A-P in risk production, +9% perf or -18% power, thermal resistance -20-40%, CFET 45nm, ruthenium -35%
    "intel": ("rss:0cd756bfb036f642",),
    # 36氪/新智元: an xAI employee deleted ~2-3 weeks of training data; Anthropic rents Colossus 1 at ~$1.25B a month to May 2029, 90-day exit
    "xai": ("rss:4f3158f779e80bea",),
    # 少数派: SpaceX to buy Anysphere for ~$60B in stock (8-K, June 16, Q3 2026); 36氪: $10B break fee, $4B antitrust fee
    "cursor": ("rss:a18d4a190fb1bb72", "rss:cdcfefd73c4ec2c5"),
    # Anthropic Engineering: three changes behind Claude Code's quality reports (Mar 4, Mar 26, Apr 16), fixed by Apr 20, limits reset
    "ccq": ("rss:dea52d951227dccc",),
    # swyx: 400K/1M context, $5/$30, 82.7% Terminal-Bench 2.0, 58.6% SWE-Bench Pro; Deedy Das: below Opus 4.7; Sam Altman: GPT-5.5 in the API
    "gpt55": ("x:2047378670986342685", "x:2047380540664492219", "x:2047787124846653895"),
    # Nous Research: Plus $20, Super $100 (formerly Max), Ultra $200, bonus credits $2/$10/$20, 300+ models
    "nous": ("x:2047439871917068467", "x:2047439873305416125"),
    # Kimi: 40 PDFs -> 100,000 words; 10 covers; 1 paper -> 40 pages, 20,000 rows, 14 charts; 100-page PDF, 30-page PPT, 20 charts
    "kimi": ("x:2047190585434644489", "x:2047190589360521526", "x:2047190593634463817", "x:2047190597870702781"),
    # 宝玉 (Bloomberg): $600M of OpenAI shares find no buyer, Ken Smythe; 金融汪: OpenAI valued over $800B, Anthropic under half
    "osec": ("x:2039563247917867275", "x:2039679606220099663"),
    # 宝玉: Claude Code quietly removed from the $20 Pro plan; 马天翼: Max only, growth lead: about 2% of new prosumers
    "ccpro": ("x:2046731062643249454", "x:2046771434559778995"),
    # 金融汪: AMD Q1 revenue $10.25B vs $9.85B, EPS $1.37 vs $1.29, data centre $5.8B vs $5.6B, margin 55% vs 52%, Q2 guide $11.2B, +15%
    "amd": ("x:2051794812433797473",),
    # 金融汪: Jensen Huang to Bloomberg, the US agreed to H200 sales to China, China's market will open to Nvidia in the end
    "h200": ("x:2056504064943481338",),
    # 金融汪: TSMC holds off buying ASML's High-NA EUV, $400M each, ASML planned 20 by end-2026
    "tsmc": ("x:2047034284280795563",),
    # 马天翼: Claude Opus 4.6 on BridgeBench hallucination, 2nd at 83.3% last week, 10th at 68.3% today
    "bridge": ("x:2043365304148128220",),
    # HF Daily Papers: LoopCoder-v2, 7B PLT coders from scratch on 18T tokens, two loops best, SWE-bench Verified 43.0 -> 64.4, Multi-SWE 14.0 -> 31.0
    "loopcoder": ("rss:f0b71ae6dcbfd88f",),
    # arXiv: MemTrace, knowledge points, three dimensions, 13 configurations in four paradigms, evidence retrievable 10x more often than missing
    "memtrace": ("rss:31425288818f2e1d",),
    # No Priors: Cerebras' Andrew Feldman, ~$63B after the IPO, 15-20x faster than GPUs, OpenAI deal north of $20B, AWS in March
    "cerebras": ("podcast:a210ce3197ca3057",),
    # 宝玉 (WSJ): Nvidia's up to $100B investment in OpenAI stalled; announced last September, Nvidia's stock up nearly 4%
    "nvoai": ("x:2017525243313615317",),
}


BASE: dict[str, tuple[str, str]] = {
    "glm52": (
        "智谱GLM-5.2向全部GLM Coding Plan用户开放，下周开源",
        "智谱（Z.AI）宣布，新旗舰模型**GLM-5.2**已向所有GLM Coding Plan用户开放，包括Lite、Pro、Max和Team套餐，支持可用的**100万token上下文**。"
        "API和聊天服务将于下周上线，模型也将在下周以**MIT许可证**正式开源。量子位报道，GLM-5.2在AI编程上仅次于Claude Fable 5，拿下开源第一、全球第二。",
    ),
    "unsloth": (
        "2-bit GLM-5.2体积缩小84%，可在256GB Mac上本地运行",
        "Unsloth宣布GLM-5.2已可本地运行：2-bit量化版把模型从**1.51TB压缩到238GB**（体积减少84%），仍保留约**82%**的准确率，可在256GB内存的Mac上运行。"
        "Unsloth还让1-bit GLM-5.2 GGUF与Claude 4.8 Opus、GPT-5.5用同一提示词比较一次性输出，1-bit版在256GB内存的Mac Studio M3 Ultra上本地运行，速度约**21.6 tok/s**。",
    ),
    "intel": (
        "英特尔18A-P进入风险试产，同功耗下性能提升9%",
        "在2026年VLSI国际研讨会上，英特尔代工介绍了制程路线图：Intel 18A系列首个性能增强版**Intel 18A-P**已进入风险试产阶段。"
        "与Intel 18A相比，它在相同功耗下性能可提升**9%**，或在相同性能下功耗降低**18%**，热阻降低20%-40%。"
        "英特尔还展示了栅极间距为45nm的单片式CFET反相器，以及与铜互连相比电容降低高达约35%的减成法钌互连。",
    ),
    "xai": (
        "xAI员工误删约2到3周的训练数据",
        "据The Information报道，一名xAI员工在数据迁移中误删了其编程产品的核心训练数据，被删数据大约相当于**2到3周**的工作量。"
        "马斯克5月25日宣布V9-Medium训练完成，参数量约为V8-Small（0.5T）的三倍。"
        "文章还提到，Anthropic每月支付约**12.5亿美元**租下xAI在孟菲斯的Colossus 1数据中心，合约签到2029年5月，任何一方提前**90天**通知即可终止。",
    ),
    "cursor": (
        "SpaceX将以约600亿美元全股票收购Cursor母公司Anysphere",
        "6月16日，SpaceX通过SEC 8-K文件宣布，已与Cursor母公司**Anysphere**达成合并协议，将以约**600亿美元**全股票交易收购，预计在**2026年第三季度**完成，仍待监管审批。"
        "此次收购是SpaceX今年4月所获选择权的行权：以600亿美元收购Cursor或以100亿美元建立合作，二选一。"
        "据36氪文章，交易若告吹SpaceX须赔100亿美元，若被反垄断卡住另赔40亿美元。",
    ),
    "ccq": (
        "Anthropic复盘Claude Code质量下降：三处改动所致，均已修复",
        "Anthropic称，近期用户反映的Claude回答变差，源于影响Claude Code、Claude Agent SDK和Claude Cowork的**三处独立改动**，API未受影响，问题已于**4月20日**（v2.1.116）全部解决。"
        "三处改动分别是：3月4日把默认推理强度从high降为medium（4月7日撤回），3月26日上线的清除旧思考内容的缓存优化存在bug（4月10日修复），4月16日为减少冗长加入的系统提示词，在消融评测中让Opus 4.6和4.7都下降了**3%**，4月20日撤回。"
        "Anthropic还宣布为所有订阅用户重置用量限额。",
    ),
    "gpt55": (
        "GPT-5.5上线API，Terminal-Bench 2.0得分82.7%",
        "OpenAI CEO Sam Altman宣布，**GPT-5.5和GPT-5.5 Pro**已在API上线。"
        "swyx整理的数据显示，GPT-5.5在Codex中有40万上下文、API中为100万，API定价为每百万输入token **5美元**、输出token **30美元**，在Terminal-Bench 2.0上得分82.7%，SWE-Bench Pro为58.6%。"
        "Deedy Das则指出，GPT-5.5在SWE-Bench Pro上不如Opus 4.7，他认为它在编程上并非SOTA。",
    ),
    "nous": (
        "Nous Portal推出Plus、Super、Ultra三档订阅",
        "Nous Research在Nous Portal推出新订阅档位：Plus 20美元、**Super 100美元**、**Ultra 200美元**，所有档位都可使用**300多个模型**和捆绑的工具调用。"
        "新注册、升级和续订可获赠额度：Plus 2美元、Super 10美元、Ultra 20美元。现有订阅用户（包括免费档）可以保留当前方案，Super即原来的Max档。",
    ),
    "kimi": (
        "Kimi展示一条提示词生成百页报告和30页PPT",
        "Kimi在X上连发多条案例：把40份PDF变成**10万字**的文献综述和带引用的数据集，一条提示词生成10张小报风格的杂志封面。"
        "它还能把1篇天体物理论文变成**40页报告**、2万行数据集和14张天文级图表，并沉淀为可复用的Skill；另一条提示词则产出**100页PDF报告**、带引用的数据集、30页高管PPT和20张财务图表。",
    ),
    "osec": (
        "彭博社：6亿美元OpenAI股份在二级市场找不到买家",
        "宝玉转述彭博社报道：**6亿美元**的OpenAI股份挂牌出售却找不到买家，而去年这个数字几天就能被抢光。"
        "二级市场交易平台Next Round Capital的创始人Ken Smythe说，他几百个机构投资者客户中没有一个愿意接手。"
        "金融汪称，OpenAI最近一轮千亿融资后估值已超过**8000亿美元**，Anthropic的估值只有OpenAI的**一半不到**。",
    ),
    "ccpro": (
        "Anthropic悄悄从20美元Pro套餐中移除Claude Code",
        "宝玉发现，Anthropic在没有发布任何公告的情况下，把Claude Code从**20美元的Pro套餐**中移除：定价页功能对比表里Pro对应的Claude Code一栏变成了叉号，多篇帮助文档也删掉了“Pro套餐包含Claude Code”的表述。"
        "马天翼称，此举后只有**Max Plan**用户能使用Claude Code，引发社区大量讨论。Anthropic增长负责人已承认这一举措，称涉及约**2%**的新prosumer用户。",
    ),
    "amd": (
        "AMD一季度收入102.5亿美元超预期，盘后大涨15%",
        "金融汪称，AMD一季报多项数据超出分析师预期：收入**102.5亿美元**（预期98.5亿美元），EPS为1.37美元（预期1.29美元），数据中心收入58亿美元（预期56亿美元），毛利率55%（预期52%）。"
        "AMD给出的第二季度指引为收入**112亿美元**、毛利率56%，财报发布后股价盘后大涨**15%**。",
    ),
    "h200": (
        "黄仁勋：美国已同意英伟达H200芯片售往中国",
        "英伟达CEO黄仁勋从中国回来后接受彭博社专访时表示，美国已经同意英伟达**H200**芯片售往中国，并称“特朗普总统希望美国赢在全世界”。"
        "他说中国要准备购买英伟达芯片，但此前要想好在多大程度上保护本国市场；他认为中国芯片市场**最终会向英伟达开放**。",
    ),
    "tsmc": (
        "台积电嫌贵暂不购买ASML High-NA EUV光刻机",
        "据金融汪，台积电因ASML最先进的光刻机太贵，为省钱暂时先不买。"
        "该型号为High-NA EUV（高数值孔径极紫外光刻机），单台售价高达**4亿美元**，ASML原计划到2026年底实现**20台**销售。"
        "台积电是ASML的**最大客户**，这一决定会影响ASML的业绩。",
    ),
    "bridge": (
        "Claude Opus 4.6重测后跌至BridgeBench第10名",
        "马天翼称，上周Claude Opus 4.6在BridgeBench的幻觉基准测试中排名**第2**，准确率**83.3%**。"
        "今天重新测试后，它在排行榜上跌至第10，准确率仅**68.3%**，他据此认为Opus 4.6的推理水平被削弱了。",
    ),
    "loopcoder": (
        "LoopCoder-v2：两次循环让SWE-bench Verified从43.0升至64.4",
        "论文提出**LoopCoder-v2**，这是一组在**18T token**上从头训练的7B并行循环Transformer（PLT）代码模型，用于研究循环次数的选择。"
        "两次循环的版本在代码生成、代码推理、智能体软件工程和工具调用基准上全面优于不循环的基线，**SWE-bench Verified从43.0分提升到64.4分**，Multi-SWE从14.0分提升到31.0分。"
        "而三次及以上循环的版本反而退步，作者认为第二次循环贡献了主要的有效改进。",
    ),
    "memtrace": (
        "MemTrace：以知识点为单位评测Agent长期记忆",
        "Xianxuan Long等人的论文提出**MemTrace**基准，它以“知识点”（关于用户的单个事实）而非单个问题为测量单位，从记忆时长、问题类型和证据条件三个维度探测每个事实。"
        "作者评测了四类范式下的**13种**记忆系统配置，发现相近的总体准确率掩盖了不同的失败。"
        "主要瓶颈在于证据的使用而非检索：系统出错时，证据可被检索到的情况是缺失情况的**10倍**。",
    ),
    "cerebras": (
        "Cerebras CEO：推理速度比GPU快15到20倍",
        "No Priors本期嘉宾是Cerebras联合创始人兼CEO Andrew Feldman，主持人介绍Cerebras刚上市，市值约**630亿美元**。"
        "Feldman说，Cerebras做的是AI计算机，推理速度比GPU快**15到20倍**。"
        "他提到，去年底公司与OpenAI签下超过**200亿美元**的协议，今年3月又与AWS达成协议，将部署在AWS的数据中心。",
    ),
    "nvoai": (
        "英伟达向OpenAI投资最高1000亿美元的协议陷入僵局",
        "据《华尔街日报》报道，英伟达原计划向OpenAI投资**最高1000亿美元**的合作协议已经停滞，谈判至今未能推进到实质阶段。"
        "这笔交易去年**9月**由黄仁勋和Sam Altman在英伟达总部联合宣布，当时被称为“史上最大算力项目”，消息一出英伟达股价**大涨近4%**。",
    ),
}


_planted = planter(BASE)


PLANTED: list[Case] = [
    # --- glm52 (3 posts) ---
    _planted("glm52", "next week turned into next month", ("下周上线", "下月上线")),
    _planted("glm52", "wrong license", ("**MIT许可证**", "**Apache 2.0许可证**")),
    _planted("glm52", "wrong context size", ("**100万token上下文**", "**200万token上下文**")),
    _planted("glm52", "future open source turned into done", ("模型也将在下周以**MIT许可证**正式开源", "模型已以**MIT许可证**正式开源"), ("，下周开源", "，已经开源")),
    _planted("glm52", "second globally turned into first", ("拿下开源第一、全球第二", "拿下全球第一")),
    _planted("glm52", "plans narrowed", ("包括Lite、Pro、Max和Team套餐", "但仅限Max和Team套餐")),
    _planted("glm52", "invented Chinese company", ("智谱（Z.AI）宣布", "月之暗面宣布"), ("智谱GLM-5.2", "月之暗面GLM-5.2")),
    _planted("glm52", "unsupported first", ("新旗舰模型**GLM-5.2**", "全球首个支持百万上下文的开源模型**GLM-5.2**")),
    _planted("glm52", "fact from another story", ("支持可用的**100万token上下文**", "支持可用的**100万token上下文**，2-bit版体积缩小84%")),
    # --- unsloth (2 posts) ---
    _planted("unsloth", "wrong unit: GB turned into TB", ("压缩到238GB", "压缩到238TB")),
    _planted("unsloth", "wrong retained accuracy", ("约**82%**", "约**92%**")),
    _planted("unsloth", "hedge dropped: about", ("仍保留约**82%**", "仍保留**82%**")),
    _planted("unsloth", "percent turned into multiple", ("体积减少84%", "体积减少84倍")),
    _planted("unsloth", "1-bit and 2-bit swapped", ("2-bit量化版", "§"), ("1-bit GLM-5.2 GGUF", "2-bit GLM-5.2 GGUF"), ("1-bit版", "2-bit版"), ("§", "1-bit量化版")),
    _planted("unsloth", "wrong chip", ("Mac Studio M3 Ultra", "Mac Studio M4 Ultra")),
    _planted("unsloth", "wrong speed", ("约**21.6 tok/s**", "约**31.6 tok/s**")),
    _planted("unsloth", "invented verdict", ("速度约**21.6 tok/s**。", "速度约**21.6 tok/s**，结果1-bit版的输出最好。")),
    _planted("unsloth", "wrong rival model", ("Claude 4.8 Opus", "Claude 4.7 Opus")),
    # --- intel (long Chinese article) ---
    _planted("intel", "two figures swapped within one sentence", ("性能可提升**9%**，或在相同性能下功耗降低**18%**", "性能可提升**18%**，或在相同性能下功耗降低**9%**")),
    _planted("intel", "range end changed", ("热阻降低20%-40%", "热阻降低20%-50%")),
    _planted("intel", "risk production turned into volume production", ("已进入风险试产阶段", "已进入大规模量产阶段"), ("进入风险试产", "进入大规模量产")),
    _planted("intel", "digits reversed", ("栅极间距为45nm", "栅极间距为54nm")),
    _planted("intel", "hedge dropped: up to", ("电容降低高达约35%", "电容降低约35%")),
    _planted("intel", "wrong baseline material", ("与铜互连相比", "与钴互连相比")),
    _planted("intel", "wrong conference", ("VLSI国际研讨会", "IEDM国际电子器件大会")),
    _planted("intel", "invented Chinese name", ("英特尔代工介绍了", "英特尔代工负责人王海介绍了")),
    _planted("intel", "percent turned into points", ("性能可提升**9%**", "性能可提升**9个百分点**")),
    # --- xai (long Chinese article) ---
    _planted("xai", "weeks turned into months", ("**2到3周**", "**2到3个月**"), ("约2到3周", "约2到3个月")),
    _planted("xai", "monthly turned into yearly", ("每月支付约**12.5亿美元**", "每年支付约**12.5亿美元**")),
    _planted("xai", "wrong end date", ("2029年5月", "2028年5月")),
    _planted("xai", "wrong notice period", ("提前**90天**通知", "提前**30天**通知")),
    _planted("xai", "wrong tenant", ("Anthropic每月支付", "OpenAI每月支付")),
    _planted("xai", "wrong multiple", ("的三倍", "的五倍")),
    _planted("xai", "wrong day", ("马斯克5月25日宣布", "马斯克5月15日宣布")),
    _planted("xai", "wrong outlet", ("据The Information报道", "据彭博社报道")),
    _planted("xai", "exit clause negated", ("任何一方提前**90天**通知即可终止", "合约期内任何一方都不得提前终止")),
    _planted("xai", "wrong city", ("在孟菲斯的Colossus 1", "在得州奥斯汀的Colossus 1")),
    # --- cursor (2 articles) ---
    _planted("cursor", "wrong quarter", ("**2026年第三季度**", "**2026年第四季度**")),
    _planted("cursor", "stock turned into cash", ("全股票交易收购", "全现金交易收购"), ("全股票收购", "全现金收购")),
    _planted("cursor", "pending approval turned into approved", ("仍待监管审批", "已获监管批准")),
    _planted("cursor", "wrong date", ("6月16日，", "6月12日，")),
    _planted("cursor", "wrong antitrust fee", ("另赔40亿美元", "另赔60亿美元")),
    _planted("cursor", "wrong acquirer", ("SpaceX将以", "微软将以"), ("SpaceX通过SEC", "微软通过SEC")),
    _planted("cursor", "two option amounts swapped", ("以600亿美元收购Cursor或以100亿美元建立合作", "以100亿美元收购Cursor或以600亿美元建立合作")),
    _planted("cursor", "wrong month of the option", ("SpaceX今年4月", "SpaceX今年3月")),
    _planted("cursor", "wrong target", ("Cursor母公司**Anysphere**", "Cursor母公司**Codeium**"), ("Cursor母公司Anysphere", "Cursor母公司Codeium")),
    # --- ccq (Anthropic Engineering) ---
    _planted("ccq", "wrong day", ("3月4日把默认", "3月14日把默认")),
    _planted("ccq", "two dates swapped", ("4月7日撤回", "§"), ("4月10日修复", "4月7日修复"), ("§", "4月10日撤回")),
    _planted("ccq", "negation: API unaffected flipped", ("API未受影响", "API也受到影响")),
    _planted("ccq", "direction of the change reversed", ("从high降为medium", "从medium升为high")),
    _planted("ccq", "wrong drop", ("下降了**3%**", "下降了**13%**")),
    _planted("ccq", "percent turned into points", ("下降了**3%**", "下降了**3个百分点**")),
    _planted("ccq", "wrong count", ("三处", "两处")),
    _planted("ccq", "another change's version", ("（v2.1.116）", "（v2.1.101）")),
    _planted("ccq", "denial turned into admission", ("Anthropic称，近期", "Anthropic承认曾为节省算力有意降低模型能力，并称近期")),
    _planted("ccq", "some subscribers for all", ("为所有订阅用户", "为部分Max订阅用户")),
    # --- gpt55 (3 posts) ---
    _planted("gpt55", "input and output prices swapped", ("**5美元**", "**§**"), ("**30美元**", "**5美元**"), ("**§**", "**30美元**")),
    _planted("gpt55", "contexts swapped", ("Codex中有40万上下文、API中为100万", "Codex中有100万上下文、API中为40万")),
    _planted("gpt55", "wrong score", ("82.7%", "87.2%")),
    _planted("gpt55", "two benchmarks' scores swapped", ("82.7%", "§"), ("58.6%", "82.7%"), ("§", "58.6%")),
    _planted("gpt55", "below turned into above", ("不如Opus 4.7", "超过Opus 4.7")),
    _planted("gpt55", "critic's view credited to OpenAI", ("Deedy Das则指出", "OpenAI则承认")),
    _planted("gpt55", "currency", ("**5美元**", "**5元**")),
    _planted("gpt55", "per million turned into per thousand", ("每百万输入token", "每千输入token")),
    _planted("gpt55", "wrong sibling model", ("**GPT-5.5和GPT-5.5 Pro**", "**GPT-5.5和GPT-5.5 Mini**")),
    _planted("gpt55", "digits of an added score swapped", ("SWE-Bench Pro为58.6%。", "SWE-Bench Pro为58.6%，GDPval为94.8%。")),
    # --- nous (2-post thread) ---
    _planted("nous", "two prices swapped", ("**Super 100美元**、**Ultra 200美元**", "**Super 200美元**、**Ultra 100美元**")),
    _planted("nous", "wrong bonus", ("Super 10美元", "Super 15美元")),
    _planted("nous", "magnitude", ("**300多个模型**", "**3000多个模型**")),
    _planted("nous", "more than turned into nearly", ("**300多个模型**", "**近300个模型**")),
    _planted("nous", "formerly Max moved to another tier", ("Super即原来的Max档", "Ultra即原来的Max档")),
    _planted("nous", "may stay turned into must upgrade", ("可以保留当前方案", "必须升级到新方案")),
    _planted("nous", "invented period", ("Plus 20美元", "Plus每年20美元")),
    _planted("nous", "currency", ("**Ultra 200美元**", "**Ultra 200欧元**")),
    _planted("nous", "wrong company", ("Nous Research在Nous Portal", "Hugging Face在Nous Portal")),
    # --- kimi (4-post thread) ---
    _planted("kimi", "magnitude", ("**10万字**", "**1万字**")),
    _planted("kimi", "page counts swapped", ("**40页报告**", "**§**"), ("**100页PDF报告**", "**40页PDF报告**"), ("**§**", "**100页报告**"), ("百页报告", "40页报告")),
    _planted("kimi", "chart counts swapped", ("14张天文级图表", "20张天文级图表"), ("20张财务图表", "14张财务图表")),
    _planted("kimi", "wrong row count", ("2万行数据集", "20万行数据集")),
    _planted("kimi", "wrong slide count", ("30页高管PPT", "50页高管PPT"), ("30页PPT", "50页PPT")),
    _planted("kimi", "wrong input count", ("40份PDF", "400份PDF")),
    _planted("kimi", "wrong cover count", ("10张", "12张")),
    _planted("kimi", "invented model name", ("Kimi在X上", "Kimi K3在X上")),
    _planted("kimi", "wrong field", ("天体物理论文", "生物学论文")),
    _planted("kimi", "reusable turned into not reusable", ("并沉淀为可复用的Skill", "但无法沉淀为可复用的Skill")),
    # --- osec (2 posts) ---
    _planted("osec", "magnitude", ("6亿美元", "60亿美元")),
    _planted("osec", "hedge dropped: over", ("估值已超过**8000亿美元**", "估值为**8000亿美元**")),
    _planted("osec", "less than half turned into more than half", ("**一半不到**", "**一半以上**")),
    _planted("osec", "wrong company", ("**6亿美元**的OpenAI股份", "**6亿美元**的Anthropic股份"), ("6亿美元OpenAI股份", "6亿美元Anthropic股份")),
    _planted("osec", "days turned into weeks", ("几天就能被抢光", "几周就能被抢光")),
    _planted("osec", "wrong role", ("的创始人Ken Smythe", "的首席投资官Ken Smythe")),
    _planted("osec", "invented Latin name", ("Ken Smythe", "Ken Smith")),
    _planted("osec", "wrong outlet", ("彭博社", "路透社")),
    _planted("osec", "hundreds turned into thousands", ("他几百个机构投资者", "他几千个机构投资者")),
    # --- ccpro (2 posts) ---
    _planted("ccpro", "wrong price", ("20美元", "100美元")),
    _planted("ccpro", "hedge dropped: about", ("约**2%**", "**2%**")),
    _planted("ccpro", "wrong share", ("约**2%**", "约**20%**")),
    _planted("ccpro", "quiet turned into announced", ("Anthropic在没有发布任何公告的情况下，把", "Anthropic发布公告，把"), ("悄悄从", "宣布从")),
    _planted("ccpro", "wrong plan", ("**Max Plan**", "**Team Plan**")),
    _planted("ccpro", "invented spokesman", ("Anthropic增长负责人已承认", "Anthropic CEO Dario Amodei已承认")),
    _planted("ccpro", "admission turned into denial", ("已承认这一举措，称涉及", "否认了这一举措，称只涉及")),
    _planted("ccpro", "author repeated in headline", ("Anthropic悄悄从20美元Pro套餐中移除Claude Code", "Anthropic悄悄从20美元Pro套餐中移除Claude Code-宝玉")),
    # --- amd ---
    _planted("amd", "actual and expected swapped", ("收入**102.5亿美元**（预期98.5亿美元）", "收入**98.5亿美元**（预期102.5亿美元）")),
    _planted("amd", "percent turned into points", ("盘后大涨**15%**", "盘后大涨**15个百分点**")),
    _planted("amd", "digits reversed", ("数据中心收入58亿美元", "数据中心收入85亿美元")),
    _planted("amd", "wrong quarter of the guidance", ("第二季度指引", "第三季度指引")),
    _planted("amd", "guidance turned into result", ("AMD给出的第二季度指引为收入**112亿美元**、毛利率56%", "AMD第二季度收入已达**112亿美元**、毛利率56%")),
    _planted("amd", "rose turned into fell", ("大涨", "大跌")),
    _planted("amd", "currency", ("EPS为1.37美元", "EPS为1.37元")),
    _planted("amd", "wrong guided margin", ("毛利率56%", "毛利率65%")),
    _planted("amd", "beat turned into miss", ("超出分析师预期", "低于分析师预期"), ("超预期", "不及预期")),
    _planted("amd", "author repeated in headline", ("AMD一季度收入102.5亿美元超预期，盘后大涨15%", "金融汪：AMD一季度收入102.5亿美元超预期，盘后大涨15%")),
    # --- h200 ---
    _planted("h200", "wrong chip", ("H200", "H20")),
    _planted("h200", "US and China swapped", ("美国已经同意", "中国已经同意"), ("美国已同意", "中国已同意")),
    _planted("h200", "eventually turned into already", ("**最终会向英伟达开放**", "**已经向英伟达全面开放**")),
    _planted("h200", "wrong president", ("特朗普总统", "拜登总统")),
    _planted("h200", "wrong outlet", ("接受彭博社专访", "接受CNBC专访")),
    _planted("h200", "wrong role", ("英伟达CEO黄仁勋", "英伟达CFO黄仁勋")),
    _planted("h200", "invented amount", ("芯片售往中国，并称", "芯片售往中国，首批订单价值**50亿美元**，并称")),
    _planted("h200", "belief turned into confirmation", ("他认为中国芯片市场", "他确认中国芯片市场")),
    _planted("h200", "bold on a non-fact", ("他说中国要准备", "**他说**中国要准备")),
    # --- tsmc ---
    _planted("tsmc", "magnitude", ("**4亿美元**", "**4000万美元**")),
    _planted("tsmc", "wrong unit count", ("**20台**", "**200台**")),
    _planted("tsmc", "wrong year", ("2026年底", "2027年底")),
    _planted("tsmc", "temporary turned into permanent", ("暂时先不买", "永久放弃购买"), ("暂不购买", "永久放弃")),
    _planted("tsmc", "largest turned into second", ("**最大客户**", "**第二大客户**")),
    _planted("tsmc", "wrong company", ("台积电", "三星")),
    _planted("tsmc", "currency", ("**4亿美元**", "**4亿欧元**")),
    _planted("tsmc", "wrong cause", ("因ASML最先进的光刻机太贵，为省钱", "因ASML最先进的光刻机良率太低，"), ("嫌贵", "嫌良率低")),
    Case("tsmc", "one-sentence summary", "台积电嫌贵暂不购买ASML High-NA EUV光刻机",
         "台积电因ASML单台售价高达**4亿美元**的High-NA EUV光刻机太贵，暂时先不买，而ASML原计划到2026年底实现20台销售。"),
    # --- bridge ---
    _planted("bridge", "wrong first rank", ("排名**第2**", "排名**第1**")),
    _planted("bridge", "two accuracies swapped", ("**83.3%**", "**§**"), ("**68.3%**", "**83.3%**"), ("**§**", "**68.3%**")),
    _planted("bridge", "invented drop in points", ("准确率仅**68.3%**", "准确率仅**68.3%**，下降了25个百分点")),
    _planted("bridge", "week turned into month", ("上周", "上个月")),
    _planted("bridge", "wrong benchmark", ("BridgeBench", "SWE-bench")),
    _planted("bridge", "opinion credited to Anthropic", ("他据此认为", "Anthropic承认")),
    _planted("bridge", "wrong model version", ("Opus 4.6", "Opus 4.7")),
    _planted("bridge", "digits swapped", ("**68.3%**", "**63.8%**")),
    Case("bridge", "too many sentences", "Claude Opus 4.6重测后跌至BridgeBench第10名",
         "马天翼称Claude Opus 4.6被测试证明降智了。上周它在BridgeBench的幻觉基准测试中排名**第2**。当时准确率达**83.3%**。今天重新测试后它跌至第10。准确率仅**68.3%**。他认为其推理水平确实被削弱了。"),
    # --- loopcoder (paper) ---
    _planted("loopcoder", "two benchmarks' scores swapped", ("64.4分", "§"), ("31.0分", "64.4分"), ("§", "31.0分")),
    _planted("loopcoder", "magnitude of tokens", ("**18T token**", "**1.8T token**")),
    _planted("loopcoder", "wrong size", ("7B并行循环", "70B并行循环")),
    _planted("loopcoder", "two loops turned into three", ("两次循环的版本", "三次循环的版本")),
    _planted("loopcoder", "regressed turned into improved more", ("反而退步", "提升更大")),
    _planted("loopcoder", "from scratch turned into fine-tuned", ("从头训练的", "在Qwen基础上微调的")),
    _planted("loopcoder", "points turned into percent", ("**SWE-bench Verified从43.0分提升到64.4分**", "**SWE-bench Verified提升了64.4%**")),
    _planted("loopcoder", "invented institution", ("论文提出**LoopCoder-v2**", "微软研究院的论文提出**LoopCoder-v2**")),
    _planted("loopcoder", "digits reversed in headline", ("从43.0升至64.4", "从34.0升至64.4")),
    # --- memtrace (paper) ---
    _planted("memtrace", "digits reversed", ("**13种**", "**31种**")),
    _planted("memtrace", "wrong paradigm count", ("四类范式", "五类范式")),
    _planted("memtrace", "bottleneck inverted", ("主要瓶颈在于证据的使用而非检索", "主要瓶颈在于检索而非证据的使用")),
    _planted("memtrace", "times turned into percent", ("**10倍**", "**10%**")),
    _planted("memtrace", "invented Latin name", ("Xianxuan Long", "Xianxuan Li")),
    _planted("memtrace", "wrong dimension count", ("三个维度", "四个维度")),
    _planted("memtrace", "invented first", ("提出**MemTrace**基准", "提出首个长期记忆基准**MemTrace**")),
    _planted("memtrace", "institution not in the post", ("Xianxuan Long等人的论文", "密歇根州立大学Xianxuan Long等人的论文")),
    # --- cerebras (podcast) ---
    _planted("cerebras", "magnitude", ("**630亿美元**", "**6300亿美元**")),
    _planted("cerebras", "wrong speed-up", ("**15到20倍**", "**50到100倍**"), ("快15到20倍", "快50到100倍")),
    _planted("cerebras", "hedge dropped: north of", ("超过**200亿美元**", "**200亿美元**")),
    _planted("cerebras", "times turned into percent", ("**15到20倍**", "**15%到20%**"), ("快15到20倍", "快15%到20%")),
    _planted("cerebras", "OpenAI and AWS swapped", ("与OpenAI签下", "与AWS签下"), ("又与AWS达成协议，将部署在AWS的数据中心", "又与OpenAI达成协议，将部署在OpenAI的数据中心")),
    _planted("cerebras", "wrong month", ("今年3月", "今年5月")),
    _planted("cerebras", "wrong role", ("联合创始人兼CEO Andrew Feldman", "CTO Andrew Feldman")),
    _planted("cerebras", "GPUs turned into TPUs", ("比GPU快", "比TPU快")),
    _planted("cerebras", "listed turned into preparing", ("刚上市，市值约**630亿美元**", "正筹备上市，估值约**630亿美元**")),
    # --- nvoai ---
    _planted("nvoai", "hedge dropped: up to", ("**最高1000亿美元**", "**1000亿美元**"), ("最高1000亿美元", "1000亿美元")),
    _planted("nvoai", "wrong month", ("去年**9月**", "去年**10月**")),
    _planted("nvoai", "hedge dropped: nearly", ("**大涨近4%**", "**大涨4%**")),
    _planted("nvoai", "wrong jump", ("**大涨近4%**", "**大涨近14%**")),
    _planted("nvoai", "stalled turned into closed", ("已经停滞，谈判至今未能推进到实质阶段", "已经完成交割，资金全部到位"), ("陷入僵局", "完成交割")),
    _planted("nvoai", "investor and investee swapped", ("英伟达原计划向OpenAI投资", "OpenAI原计划向英伟达投资"), ("英伟达向OpenAI投资", "OpenAI向英伟达投资")),
    _planted("nvoai", "wrong outlet", ("《华尔街日报》", "《金融时报》")),
    _planted("nvoai", "wrong venue", ("在英伟达总部", "在OpenAI总部")),
    # --- the shape of an answer ---
    Case("ccq", "English summary", "Anthropic: three changes behind Claude Code's quality drop",
         "Anthropic traced the reports of worse Claude Code answers to **three separate changes**; the API was not affected and all were fixed by **April 20** (v2.1.116). It is resetting usage limits for all subscribers."),
    Case("nvoai", "one-sentence summary", "英伟达向OpenAI投资最高1000亿美元的协议陷入僵局",
         "据《华尔街日报》报道，英伟达原计划向OpenAI投资**最高1000亿美元**的协议已经停滞。"),
    _planted("kimi", "unclosed bold", ("**10万字**的文献综述", "**10万字的文献综述")),
    _planted("memtrace", "bold splitting a number", ("**13种**", "1**3**种")),
    _planted("osec", "author repeated in headline", ("彭博社：6亿美元OpenAI股份在二级市场找不到买家", "彭博社：6亿美元OpenAI股份在二级市场找不到买家-宝玉")),
    # --- a fact of another story of this set ---
    _planted("amd", "another story's figure", ("数据中心收入58亿美元（预期56亿美元）", "数据中心收入58亿美元（预期56亿美元），High-NA EUV单台售价4亿美元")),
    _planted("h200", "another story's fact", ("**最终会向英伟达开放**。", "**最终会向英伟达开放**。英伟达此前还计划向OpenAI投资最高1000亿美元。")),
]


FAITHFUL: list[Case] = [Case(story, "faithful: the base answer", *answer_) for story, answer_ in BASE.items()] + [
    # glm52
    Case("glm52", "faithful: High/Max, 1M -> 100万", "GLM-5.2支持High和Max两档思考强度",
         "Z.AI的新旗舰模型GLM-5.2支持**High和Max两档思考强度**，官方建议编程任务使用Max，以获得更深入的推理和更可靠的表现。它支持可用的**100万上下文**，并在长程任务上保持优势。"),
    Case("glm52", "faithful: 量子位, 38个测试, Design Arena", "GLM-5.2开源编程第一，Design Arena全球第一",
         "量子位报道，智谱开源的GLM-5.2在AI编程上仅次于Claude Fable 5，拿下**开源第一、全球第二**，在评测模型品味的Design Arena上取得**全球第一**。在量子位的实测中，它为OpenWebUI新增Markdown导出功能后，**38个后端测试全部通过**。"),
    # unsloth
    Case("unsloth", "faithful: -84%, 1.51TB", "Unsloth发布GLM-5.2的GGUF，2-bit版仅238GB",
         "Unsloth称GLM-5.2是迄今最强的开源模型，并发布了可本地运行的GGUF版本。2-bit版从1.51TB缩小到**238GB**，体积减少84%，准确率保留约82%。"),
    Case("unsloth", "faithful: 1-bit, token/秒, 同一提示词", "1-bit GLM-5.2在Mac Studio上约21.6 token/秒",
         "Unsloth把1-bit GLM-5.2 GGUF、Claude 4.8 Opus和GPT-5.5放在一起，用同一提示词比较一次性输出。1-bit版在配备**256GB内存**的Mac Studio M3 Ultra上本地运行，速度约**21.6 token/秒**。"),
    # intel
    Case("intel", "faithful: Eric Karl, 11%, 10倍", "英特尔：背面供电和GAA可减少11%布线面积",
         "英特尔代工副总裁兼英特尔院士Eric Karl在VLSI大会上指出，与同类正面互连技术相比，背面供电和GAA晶体管可减少**11%**的布线面积，把动态压降幅度缩小**10倍**。由此可实现高达6%的频率提升，或超过15%的动态功耗降低。"),
    Case("intel", "faithful: 氮化镓, 300mm, 约1000个逻辑门", "英特尔展示CFET、氮化镓+硅集成和钌互连",
         "英特尔代工在2026年VLSI研讨会上介绍了三项长期研究：栅极间距**45nm**的单片式CFET反相器，在**300mm晶圆**上把氮化镓功率器件与约1000个逻辑门的硅基数字控制模块集成，以及采用空气间隙的减成法钌互连。其中钌互连与铜互连相比电容降低**高达约35%**。"),
    # xai
    Case("xai", "faithful: S-1, 150亿, 400亿", "Anthropic每月约12.5亿美元租下Colossus 1",
         "据SpaceX提交的S-1文件，Anthropic每月支付约**12.5亿美元**，租下xAI在孟菲斯的Colossus 1数据中心，300兆瓦算力几乎全包。文章粗算，这笔交易一年约**150亿美元**，整个周期可能给xAI带来超过400亿美元收入。"),
    Case("xai", "faithful: V9-Medium, 0.5T, Cursor数据", "马斯克：V9-Medium训练完成，预计2到3周上线",
         "马斯克在5月25日宣布，新基础模型**V9-Medium**训练完成，参数量约为支撑Grok全部线上流量的V8-Small（0.5T）的三倍。他表示大量Cursor的真实开发数据已注入补充训练，模型预计**2到3周**上线。"),
    # cursor
    Case("cursor", "faithful: 26亿, 293亿, 微软", "SpaceX以约600亿美元收购Anysphere，交易预计三季度完成",
         "SpaceX宣布将以约**600亿美元**全股票收购Cursor母公司Anysphere，交易预计在2026年第三季度完成。据路透社报道，Cursor目前年化B2B收入约**26亿美元**，公司在2025年11月完成23亿美元D轮融资时估值293亿美元。微软此前曾考虑收购但未正式报价，OpenAI也两度接洽未果。"),
    Case("cursor", "faithful: 36氪, 20亿, 40%到50%", "36氪：Cursor卖身SpaceX更像一次撤退",
         "36氪文章称，Cursor在2025年年化收入突破**20亿美元**，一年后以600亿美元全股票卖给SpaceX。文章认为这更像一次撤退：巅峰期Cursor一家占Anthropic营收的**40%到50%**，而Anthropic推出Claude Code后，又在2026年1月9日封锁了所有第三方对Claude模型的访问。"),
    # ccq
    Case("ccq", "faithful: 三个日期, xhigh", "Claude Code默认推理强度改回：Opus 4.7默认xhigh",
         "Anthropic承认，3月4日把Claude Code默认推理强度从high降为medium是**错误的取舍**，并于4月7日撤回。现在所有用户在Opus 4.7上默认使用**xhigh**，其他模型默认为high。"),
    Case("ccq", "faithful: 缓存bug, v2.1.101, Opus 4.7找到bug", "一个缓存bug让Claude显得健忘",
         "Anthropic称，3月26日上线的缓存优化本应在会话闲置超过**1小时**后只清除一次旧的思考内容，但bug让它在之后的每一轮都清除，导致Claude显得健忘、重复。该bug已在4月10日的**v2.1.101**中修复。回测时，拿到完整上下文的Opus 4.7找到了这个bug，而Opus 4.6没有。"),
    # gpt55
    Case("gpt55", "faithful: 1M -> 100万, GB200", "swyx：GPT-5.5在多项指标上刷新帕累托前沿",
         "swyx认为GPT-5.5在各方面都刷新了帕累托前沿：API上下文**100万**，定价为每百万输入token 5美元、输出token 30美元。它是首个与GB200和GB300 NVL72协同设计的一代，在GDPval上得分**84.9%**，Tau2-bench Telecom为98.0%。"),
    Case("gpt55", "faithful: Altman, Deedy terse", "GPT-5.5和GPT-5.5 Pro登陆API",
         "OpenAI CEO Sam Altman宣布，**GPT-5.5和GPT-5.5 Pro**现已在API中提供。Deedy Das指出，GPT-5.5在SWE-Bench Pro上的表现**不如Opus 4.7**。"),
    # nous
    Case("nous", "faithful: $ in Latin, 300+", "Nous Portal新订阅：Plus $20、Super $100、Ultra $200",
         "Nous Research在Nous Portal上线新订阅档位：Plus（$20）、Super（$100）和Ultra（$200），所有档位都包含**300+模型**和捆绑工具调用。新注册、升级和续订分别赠送+$2、+$10和+$20额度。"),
    Case("nous", "faithful: 续订赠额, 原Max", "Nous Portal老用户续订可获赠额度",
         "Nous Research表示，现有各档订阅用户（包括免费档）可以保留当前方案，也可以升级以获得赠送额度。已订阅Plus（**20美元**）或Super（**100美元**，原Max档）的用户，会在续订时获得赠送额度。"),
    # kimi
    Case("kimi", "faithful: 100,000 -> 10万, 2万行", "Kimi：1篇天体物理论文生成40页报告和2万行数据",
         "Kimi展示，输入1篇天体物理论文，可以得到**40页报告**、**2万行**数据集和14张天文级图表，并做成可复用的Skill。另一个案例中，40份PDF被整理成10万字的文献综述和带引用的数据集。"),
    Case("kimi", "faithful: 一条提示词, 30页, 20张", "Kimi一条提示词产出百页报告、30页PPT和20张图表",
         "Kimi称，一条提示词就能产出**100页PDF报告**、带引用的数据集、**30页**高管PPT和**20张**财务图表。另一条提示词则生成了10张基于真实历史和真实标题的小报风格杂志封面。"),
    # osec
    Case("osec", "faithful: 半 -> 50%, 金融汪", "OpenAI股票在二级市场难卖",
         "金融汪称，OpenAI最近一轮千亿融资后估值已超过**8000亿美元**，Anthropic的估值还**不到OpenAI的50%**。据华尔街掮客消息，一笔**6亿美元**的OpenAI股份交易在市场上转了一大圈，仍没找到一个投资者。"),
    Case("osec", "faithful: Next Round Capital, 冷却与沸腾", "彭博社：OpenAI二级市场降温，Anthropic二级市场火热",
         "宝玉转述彭博社报道称，OpenAI的二级市场正在冷却，Anthropic的二级市场正在沸腾。Next Round Capital创始人Ken Smythe说，**6亿美元**的OpenAI股份挂出后，他几百个机构投资者客户里没有一个愿意接手，而去年这样的份额几天就会被抢光。"),
    # ccpro
    Case("ccpro", "faithful: A社, Wayback Machine", "A社从Pro套餐移除Claude Code，仅Max可用",
         "马天翼称，A社（Anthropic）在价格页上把Claude Code的访问从Pro Plan中移出，只允许**Max Plan**用户使用。宝玉指出，帮助文档里“Pro套餐包含Claude Code”的表述也被删掉，旧版本可在Wayback Machine中看到。"),
    Case("ccpro", "faithful: 叉号, 2%, 增长负责人", "Claude Code从20美元Pro套餐消失，官方称涉及约2%新用户",
         "有人发现Claude定价页的功能对比表里，**20美元Pro套餐**对应的Claude Code一栏变成了叉号，Anthropic事先没有发布公告。Anthropic增长负责人随后承认并回应，称涉及约**2%**的新prosumer用户。"),
    # amd
    Case("amd", "faithful: terse, 超预期", "AMD一季报超预期，数据中心收入58亿美元",
         "AMD一季度收入**102.5亿美元**，高于预期的98.5亿美元，数据中心收入58亿美元，同样高于预期的56亿美元。财报发布后，AMD股价盘后**大涨15%**。"),
    Case("amd", "faithful: 指引, 毛利率", "AMD预计第二季度收入112亿美元",
         "金融汪称，AMD一季度毛利率为**55%**，高于分析师预期的52%，EPS为1.37美元。公司对第二季度的指引为收入**112亿美元**、毛利率**56%**。"),
    # h200
    Case("h200", "faithful: Bloomberg, 老黄", "黄仁勋：中国芯片市场最终会向英伟达开放",
         "英伟达CEO黄仁勋从中国回来后接受Bloomberg专访，称美国已同意英伟达**H200**芯片售往中国。他认为，中国在购买英伟达芯片前要先想好在多大程度上保护本国市场，但中国芯片市场**最终会向英伟达开放**。"),
    Case("h200", "faithful: 金融汪, 特朗普", "美国同意H200售往中国，黄仁勋称特朗普希望美国赢",
         "据金融汪，黄仁勋在Bloomberg专访中表示，美国已经同意**英伟达H200芯片售往中国**，用他的话说，“特朗普总统希望美国赢在全世界”。他还说中国要准备购买英伟达芯片。"),
    # tsmc
    Case("tsmc", "faithful: 阿斯麦, 4亿美元", "ASML High-NA EUV单台4亿美元，台积电暂不购买",
         "阿斯麦（ASML）最先进的光刻机High-NA EUV单台售价高达**4亿美元**，台积电为省钱决定暂时先不买。台积电是ASML的最大客户，其决定会影响ASML的业绩；ASML原计划到2026年底卖出**20台**。"),
    Case("tsmc", "faithful: terse", "台积电暂缓购买High-NA EUV光刻机",
         "金融汪称，因为ASML的High-NA EUV光刻机太贵，台积电**暂时先不买**。台积电是ASML的最大客户，此举会影响ASML的业绩。"),
    # bridge
    Case("bridge", "faithful: 83.3%到68.3%, 第2到第10", "Opus 4.6幻觉测试准确率从83.3%降至68.3%",
         "马天翼称，Claude Opus 4.6在BridgeBench幻觉基准测试中的准确率从上周的**83.3%**降到今天的**68.3%**，排名从第2跌至第10。他认为这证明Opus 4.6的推理水平被削弱了。"),
    Case("bridge", "faithful: 降智, terse", "Claude Opus 4.6被指降智",
         "马天翼称Claude Opus 4.6被测试证明“降智”：在BridgeBench幻觉基准的重新测试中，它从第2名跌至**第10名**。他据此认为其推理水平确实被削弱了。"),
    # loopcoder
    Case("loopcoder", "faithful: 70亿参数, 18万亿token", "LoopCoder-v2：两次循环是最佳选择",
         "LoopCoder-v2是一组**70亿参数**的并行循环Transformer代码模型，在**18万亿token**上从头训练。研究发现，两次循环的版本全面优于不循环的基线，而三次及以上循环的版本反而退步，循环次数的影响明显非单调。"),
    Case("loopcoder", "faithful: Multi-SWE, terse", "LoopCoder-v2两次循环让Multi-SWE从14.0升至31.0",
         "论文中的LoopCoder-v2两次循环版本把Multi-SWE得分从**14.0**提升到**31.0**，SWE-bench Verified从43.0提升到64.4。作者认为，循环带来的收益在第二次循环后缩小，而位置偏移的代价基本不变，因此效果在两次循环时饱和。"),
    # memtrace
    Case("memtrace", "faithful: 三类问题, 证据条件", "MemTrace：记住事实不等于能追踪其变化",
         "MemTrace从记忆时长、问题类型和证据条件**三个维度**考察Agent对用户事实的长期记忆。评测发现，能回忆一个事实的当前和过去状态，并不意味着能追踪它如何变化；安全地拒答也不意味着能纠正错误前提。"),
    Case("memtrace", "faithful: 10倍, 13种配置", "MemTrace：长期记忆的瓶颈在用证据而非检索",
         "论文评测了**13种**记忆系统配置后发现，系统出错时，证据能被检索到的情况是缺失情况的**10倍**。作者认为，改进长期记忆需要更好地使用可获得的证据，而不只是更多的存储或检索。"),
    # cerebras
    Case("cerebras", "faithful: 2010年代中期, 2025年", "Cerebras上市后市值约630亿美元",
         "No Priors主持人介绍，Cerebras成立于2010年代中期，最近刚刚上市，市值约**630亿美元**。联合创始人兼CEO Andrew Feldman表示，从2025年前后AI模型变得足够有用，推理速度变得至关重要，公司需求暴增。"),
    Case("cerebras", "faithful: 亚马逊云科技, 超过200亿美元", "Cerebras与OpenAI签下超200亿美元协议",
         "Cerebras CEO Andrew Feldman在No Priors上说，公司在去年底与OpenAI签下超过**200亿美元**的协议，是硅谷有史以来最大的交易之一。今年3月，Cerebras又与亚马逊云科技（AWS）达成协议，将部署在其数据中心。"),
    # nvoai
    Case("nvoai", "faithful: WSJ, CEO roles", "英伟达与OpenAI的千亿美元交易停滞",
         "据《华尔街日报》，英伟达CEO黄仁勋和OpenAI CEO Sam Altman去年9月宣布的合作陷入僵局：英伟达原计划向OpenAI投资**最高1000亿美元**，但谈判至今未进入实质阶段。"
         "这笔交易当时被称为“史上最大算力项目”。"),
    Case("nvoai", "faithful: 近4%, terse", "英伟达投资OpenAI协议停滞",
         "英伟达向OpenAI投资最高1000亿美元的协议已经停滞。该交易去年9月宣布时，英伟达股价**大涨近4%**。"),
]

#: planted errors the checks publish (story, kind), on the checks of a64dc1f (after the case fixes)
MISSES: frozenset[tuple[str, str]] = frozenset({
    ("amd", "actual and expected swapped"),  # 收入98.5亿（预期102.5亿）: both figures are in the post, exchanged
    ("amd", "beat turned into miss"),  # 低于分析师预期/不及预期 for 超出预期: an antonym, the figures unchanged
    ("bridge", "two accuracies swapped"),  # 第2 at 68.3%, 第10 at 83.3%: figures of one post exchanged
    ("bridge", "week turned into month"),  # 上个月 for 上周: a relative time not compared
    ("ccpro", "admission turned into denial"),  # 否认了这一举措 for 承认: an antonym
    ("ccpro", "quiet turned into announced"),  # 发布公告/宣布 for "没有发任何公告": a negation
    ("glm52", "future open source turned into done"),  # 已以MIT许可证正式开源/已经开源 for "下周开源": 已 no claim
    ("glm52", "invented Chinese company"),  # 月之暗面 for 智谱 (Z.AI): a Chinese company name not read as a name
    ("glm52", "next week turned into next month"),  # 下月上线 for 下周: a relative time not compared
    ("glm52", "plans narrowed"),  # 但仅限Max和Team套餐 for "all plans, including Lite, Pro...": the post's words
    ("glm52", "second globally turned into first"),  # 全球第一 for 全球第二 in coding: the post gives 全球第一 for Design Arena
    ("glm52", "unsupported first"),  # 全球首个支持百万上下文的开源模型: 量子位 writes 首次 of something else
    ("kimi", "page counts swapped"),  # 40页 and 100页 exchanged between two outputs of the thread
    ("kimi", "wrong field"),  # 生物学论文 for 天体物理论文: no name or number changes
    ("memtrace", "bottleneck inverted"),  # 检索而非证据的使用: the two terms of the finding exchanged
    ("nous", "formerly Max moved to another tier"),  # Ultra即原来的Max档 for Super: both names are in the posts
    ("nous", "invented period"),  # Plus每年20美元: the posts give no period; a period added to a figure is not checked
    ("nous", "may stay turned into must upgrade"),  # 必须升级 for "can stay on your current plan"
    ("nvoai", "hedge dropped: up to"),  # 1000亿美元 for 最高1000亿美元
    ("nvoai", "investor and investee swapped"),  # OpenAI向英伟达投资: both names are in the post
    ("nvoai", "stalled turned into closed"),  # 已经完成交割 for 停滞/陷入僵局
    ("nvoai", "wrong venue"),  # 在OpenAI总部 for 在英伟达总部: both names are in the post
    ("osec", "days turned into weeks"),  # 几周 for 几天: a unit of time without a number
    ("osec", "hundreds turned into thousands"),  # 几千个 for 几百个: a count in words
    ("osec", "wrong company"),  # 6亿美元的Anthropic股份: Anthropic is named in the posts
    ("osec", "wrong role"),  # 首席投资官 for 创始人: a Chinese title not read as a role
    ("tsmc", "wrong cause"),  # 良率太低 for 太贵: a cause with no name or number
    # published once the cursor base answer was (its spaced dates read, at checks12): the deal's terms
    ("cursor", "pending approval turned into approved"),  # 已获批准 for pending approval: status word not compared
    ("cursor", "stock turned into cash"),  # 现金 for stock: the form of payment is not compared
    ("cursor", "two option amounts swapped"),  # two amounts exchanged, both in the post
    ("cursor", "wrong acquirer"),  # another company the post names credited with the purchase
    ("cursor", "wrong date"),  # a date of the post moved to another event of it
    # caught only because their faithful base was refused, published once the base was (branch checks13): the
    # errors themselves are of the classes above (status words, antonyms, swaps, a cause, a city)
    ("ccq", "denial turned into admission"),
    ("ccq", "direction of the change reversed"),
    ("ccq", "negation: API unaffected flipped"),
    ("ccq", "some subscribers for all"),
    ("ccq", "two dates swapped"),  # 4月7日 and 4月10日 exchanged: both dates are the post's
    ("ccq", "wrong count"),
    ("cerebras", "GPUs turned into TPUs"),
    ("cerebras", "OpenAI and AWS swapped"),
    ("cerebras", "listed turned into preparing"),
    ("intel", "risk production turned into volume production"),
    ("intel", "wrong baseline material"),
    ("loopcoder", "regressed turned into improved more"),
    ("unsloth", "invented verdict"),
    ("xai", "exit clause negated"),
    ("xai", "monthly turned into yearly"),
    ("xai", "weeks turned into months"),
    ("xai", "wrong city"),
    ("xai", "wrong tenant"),
})

#: faithful answers the checks reject (story, kind), on the checks of a64dc1f (after the case fixes)
FALSE_REJECTIONS: frozenset[tuple[str, str]] = frozenset({
    ("gpt55", "faithful: 1M -> 100万, GB200"),  # 98.0% tied to NVL72 in the same sentence; 100万 as below
    ("gpt55", "faithful: the base answer"),  # arguable: swyx's list never names GPT-5.5, so 40万/100万 are not tied to it
    ("h200", "faithful: Bloomberg, 老黄"),  # arguable: 英伟达CEO for Jensen Huang, whom the post does not call CEO
    ("h200", "faithful: the base answer"),  # the same
    ("loopcoder", "faithful: 70亿参数, 18万亿token"),  # 最佳 for the best of the loop counts tried (arguable)
})

CAUGHT_AT_LEAST = 0.72  # 164/180 (91.1%) at the first run on a64dc1f; 142/180 (78.9%) once the cases were fixed; 145/180
# (80.6%) once the writer took a repeated author off the headline; 147/180 on checks12's checks, 144/180 (80.0%) with 一季报;
# 127/180 (70.6%) on branch checks13, whose bases of 17 stories are published (107 of their 160 caught); 127/180 on
# branch checks14
# after checks17: 130/180 (72.2%) (a rise read as a fall, 第二 for the largest, permanent for temporary)
REJECTED_AT_MOST = 0.09  # 30/57 (52.6%) at the first run on a64dc1f; 23/57 (40.4%) once the cases were fixed; 23/57 on
# checks12's checks (3 fixed, 3 new: 一季度 for the post's 一季报); 20/57 (35.1%) once a quarter's report names its quarter;
# 7/57 (12.3%) on branch checks13; 6/57 (10.5%) on branch checks14 ("mid two thousand tens", "about 2025," read)
# 5/57 (8.8%) on checks15 (intel's 三项 published: the sentence giving it names nothing the answer leaves out)


story_posts, test_the_set_is_large_varied_and_apart, test_the_set_is_off_the_labelled_days, test_planted_errors, \
    test_faithful_answers = held_out_tests(
        HeldOutSet("fresh6", Path(__file__), STORIES, PLANTED, FAITHFUL, MISSES, FALSE_REJECTIONS, CAUGHT_AT_LEAST,
                   REJECTED_AT_MOST),
        SetShape(planted=140, faithful=56, kinds=80, threads=8, sources=frozenset({"x", "rss", "podcast"})))
