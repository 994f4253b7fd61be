# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)
"""A seventh set of hand-written answers: planted errors and faithful answers nobody tuned the checks on.

Written by hand without reading the checks or their data files, on 20 corpus stories no other test uses, none on
the six labelled eval days, the held-out benchmark days or the days being labelled (2026-06-10, 2026-07-31); most
X posts come from the tuber0613 timeline, which the writer's corpus files do not hold (FILES below). Eight stories
have two to four posts on one event (OpenAI's models breaking into Hugging Face in an evaluation, MiniMax M3,
StepFun's Step 3.7 Flash, Kimi pausing K3 subscriptions, Qwen3.8's preview, Databricks at $188B, Anthropic's Series
H, Deedy Das' IMO 2026 runs). The kinds the earlier sets had little of: funding rounds with valuations and lead
investors (Anthropic, Databricks, Norm Ai, Wispr Flow and Higgsfield in one post, and three Chinese articles in yuan
and dollars: 分子之心, 大晓机器人, NoonWake.AI), an acquisition's enterprise and equity values (Airtable), a security
incident and a capacity outage, open-weight releases with sizes, licences and expert counts (Motif-3-Beta, M3,
Step 3.7 Flash), leaderboard ranks (Cosmos 3 Super, ValsAI), a series of growth figures with abbreviated dates
(OpenRouter), Chinese labs (MiniMax, StepFun, Kimi, Qwen), hardware and a trip report with Chinese names (Jensen
Huang in Asia, 魏哲家, 崔泰源), a cloud launch (Grok 4.3 on Bedrock) and a podcast (AI & I with Stainless). 205
planted errors of every kind of issue 11 and 62 faithful answers in the seed's style, committed (497be82) before
any run.

First run, on the checks of the branch base 0f2259e: 150 of 205 planted errors caught (73.2%), 25 of 62 faithful
answers rejected (40.3%). Every miss and rejection was read against the posts and the prompt: no planted error is
true and no faithful answer breaks the prompt's rules, so no case was changed and the figures as the set stands are
the first run's. Five rejections are arguable (marked below): four name Artificial Analysis, which the posts write
only as the handle @ArtificialAnlys, and one takes Stainless' $300M price from the podcast episode's title. The
caught share flatters: the 7 stories whose faithful base answer is itself refused (cosmos, imo, m3, menlo, noonwake,
normai, openrouter) have all 75 of their planted errors refused with it; on the 13 whose base is published, 75 of
130 are caught (57.7%). The targets (>= 90% caught, <= 5% rejected) do not hold for answers the tests did not
contain.

What the misses show (MISSES below, one line each; 55): 23 are status, negation, antonym and qualifier words with
no name or number changed (已完成 for "is raising" and "is getting acquired", 开放预览 for generally available, 已完成
调查, 完整调查报告 for preliminary findings, 模型训练中 for an evaluation, 美国闭源 for a Chinese open model, 永久 for
暂时, 现有用户也将受到限制, 超过 for "second only to", 全球最强 for "one of the most powerful", 史上规模最大, 投前 for
post-money, 稠密 for MoE, 仅支持英语, 不开放权重, 易于扩展且足够安全, 放缓 for accelerating); 11 put a name the
posts give in another's place (acquirer and target, chairman and chief scientist, the speaker of a claim: Altman for
Masad, Kimi for Ksenia Se, Qwen for AIGCLINK, xAI for AWS; 韩国 for 日本, 三星电子 for SK, Reuters of the photo
captions as the outlet, two products' descriptions exchanged); 5 exchange or borrow figures the posts hold (an
enterprise and an equity value, total and active parameters, Bending Spoons' founding year for Airtable's, 72 hours
(perhaps the other post's 3 days), a 1:3 (perhaps passed on Kairos 3.0's 3)); 8 are Chinese names, titles and round letters
(刘德音, 颜宁, 红杉中国, 通义App, SK海力士CEO, A轮 for 天使+轮, B轮, G轮); 8 are magnitudes, hedges, periods and units
in words (数十亿 for 数亿, 逾亿元 for 逾亿美元, 1亿 for 逾亿, 1万亿 for 9650亿, 两年 for 半年多, 3周 for 3天, 每分钟 for
per second, 三档 for four listed levels).

What the false rejections show (FALSE_REJECTIONS below; 25): 7 are number forms not read (abbreviated years "Feb
'26" for 2026年2月, in all three OpenRouter answers; 十分之一 for "a ~10x haircut"; 三款 for three listed products;
3140亿 for "~314B"; 十年 for "the next decade"); 5 tie a figure to the wrong subject ("MiniMax-M3 #6" not M3's twice,
"We just raised $120M" not Norm Ai's twice, Sol's "1 more attempt" given to Fable/GPT); 5 take Chinese words for
names (但据, 据其, 但他, 获云启资本, and CEO though the article writes 创始人兼CEO吴尚), and two more answers also trip on
视频生成公司 and 节目标题; 2 read "$20M to $700M" as the ends of a range; 1 reads 远远超越 ("moved well past") as an
unsupported comparison; 5 are the arguable ones above.

The first blind measure of the next round of checks (branch checks13, developed on sets 4-6, which it took from
1/55, 5/56 and 20/57 rejected to 0/55, 0/56 and 7/57, by someone who never opened this file): 145 of 205 caught
(70.7%), 24 of 62 rejected (38.7%). One rejection went (noonwake's base answer: CEO is read in 创始人兼CEO吴尚), and
with it five of noonwake's planted errors are published (a dropped 近, 元 for 美元, the lead and follower investors
exchanged, 天使轮 for 种子轮, 吴尚斌 for 吴尚): they had been refused only with the base answer. On answers nobody
tuned on, that round moved rejections by one of 62: what it fixed were the shapes of sets 4-6, not these.

Branch checks14, developed on sets 4-7 (so this set is no longer blind to it) for classes that recur across the blind
sets, each a general reading pinned in test_checks_general4.py: 140 of 205 caught (68.3%), 12 of 62 rejected (19.4%).
Fixed: 但据/据其/但他/获云启资本/节目标题/视频生成公司 (function characters and generic nouns around a Chinese name),
abbreviated years ("Feb ‘26"), 十年 for "the next decade", 三款 for a bulleted list of three, "$20M to $700M ... in
12 months" as a change, 远远超越 for "moved well past"; five planted errors of menlo and openrouter had been caught
only with their refused base. Still rejected: figures tied to the wrong subject (m3, normai, imo), 十分之一 (reading
"10x haircut" as a tenth let 缩水约10% pass too), the headline's dropped ~ of 3140亿, and the five arguable ones.

After checks16: 140 of 205 caught, 10 of 62 rejected (airtable's 十分之一 for "a ~10x haircut" published: a reduction
by a multiple leaves its share, read as a change TO it, so its planted "缩水约10%" is still caught, now as a change
written the other way).

after checks17: 145 of 205 caught (70.7%; three rounds in another letter, closed for open, permanent for a pause), 9
of 62 rejected (motif's headline 3140亿 under 总参数约3140亿).
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
from corpuskit import WRITER_FILES

#: the writer's corpus files and the tuber0613 timeline, where most of this set's X posts are
FILES = (*WRITER_FILES, "x-kit-tuber0613.jsonl")

STORIES: dict[str, tuple[str, ...]] = {
    # OpenAI: cyber-capable models compromised Hugging Face production in a benchmark evaluation; Sam Altman; Amjad Masad: HF used a Chinese open model; John Schulman: release the transcript
    "hfinc": ("x:2079658951264920020", "x:2079661132302995790", "x:2079678843464667637", "x:2080319844952822154"),
    # MiniMax M3: first open-weights model with three frontier capabilities, 59.0% SWE-Bench Pro, 1M context, weights in ~10 days; Rauch: 10x cheaper; #6 on ValsAI; 50% off with Mem0
    "m3": ("x:2061266317815296322", "x:2061593874498531707", "x:2061935980291223631", "x:2062288699879252171"),
    # StepFun: Step 3.7 Flash, 400+ tokens/s (up to 400 on Fireworks), Apache 2.0 open weights; Modal guide on 8xH100 with SGLang
    "step37": ("x:2062386015533428868", "x:2062227684374311099", "x:2062520022078234692"),
    # Kimi: new subscriptions paused after 48 hours of demand, existing users unaffected, two memberships; Ksenia Se: sold out 3 days after launch
    "k3pause": ("x:2078855608565207130", "x:2079726016159691035"),
    # Qwen: Qwen3.8, 2.4T, open weights soon, second only to Fable 5, Max-Preview on Token Plan/Qoder/QoderWork; AIGCLINK (Chinese): 400 tasks, beats K3 and GLM-5.2
    "qwen38": ("x:2078759124914098291", "x:2079172722161299801", "x:2078829496288137549"),
    # Databricks: raising strategic funding at $188B; Unity AI Gateway, Genie, Lakebase; CEO on CNBC
    "databricks": ("x:2077956112410632214", "x:2078209097028018402"),
    # Anthropic: $65B Series H at $965B post-money, led by Altimeter, Dragoneer, Greenoaks, Sequoia; Nathan Benaich
    "serh": ("x:2060061347522433422", "x:2060072128771178712"),
    # Deedy Das: IMO 2026, Fable/Sol/K3/Axiom all 42/42, attempts, 9 hours vs under 4, P3 and P6 hardest
    "imo": ("x:2079409461874332066", "x:2079409474239086607"),
    # AK: Motif-3-Beta, ~314B total / ~13B active MoE, 256K context, 384 experts, 8 active + 1 shared
    "motif": ("x:2079377502565179556",),
    # NVIDIA AI: 4-step Cosmos 3 Super up to 25x faster, #1 image-to-video (no audio), #2 text-to-image on Artificial Analysis
    "cosmos": ("x:2079949373069197658",),
    # John Nay: Norm Ai $120M Series C at $1.2B led by Khosla, >$260M raised in <3 years, 200+ people, Norm Law, $30T AUM
    "normai": ("x:2074485345593245833",),
    # Deedy Das: Wispr Flow $280M at $2B led by Menlo; Higgsfield $400M at $5.4B led by DST, $20M -> $700M in 12 months
    "menlo": ("x:2089398673230938591",),
    # Deedy Das: Airtable to Bending Spoons at 2.7x ARR, $1.285B EV ($2.25B equity), raised $1.4B, peak $11.7B, ~$850M, ~10x haircut
    "airtable": ("x:2084556888671478237",),
    # Deedy Das: OpenRouter 2T -> 8T -> 50T -> 250T tokens a month, 125x in 18 months
    "openrouter": ("x:2080451457736933860",),
    # 量子位 (reprint): 分子之心 A-round series, over $100M in total; MMDesign 12 targets >90%; MMFold on FoldBench
    "molmind": ("rss:25de1877038ce406",),
    # 量子位: 大晓机器人 angel+ round, several hundred million dollars over two rounds, 15+ investors, Kairos 3.0-4B on Thor at 1:1.5
    "daxiao": ("rss:0b848672e43200b6",),
    # 量子位 (AWS release): Grok 4.3 generally available on Amazon Bedrock, four reasoning levels, Amazon Mantle
    "grokbr": ("rss:5a7ffeed40522772",),
    # 36氪: NoonWake.AI nearly 10 million yuan seed round led by 云启资本, 万象有灵 ~300k users, 25 yuan a month
    "noonwake": ("rss:5b35835a92ad6f1d",),
    # 36氪 (日经中文网): Jensen Huang visited mainland China, Taiwan and Korea, not Japan; dates, 魏哲家, 崔泰源, AI Factory with SK in 2027
    "jensenasia": ("rss:274415adc7b2dc0f",),
    # AI & I podcast: Stainless founder and CEO Alex Rattray on MCP; APIs and SDKs for OpenAI and Anthropic; title: Anthropic bought it for $300M
    "stainless": ("podcast:c58f649c7f815a17",),
}


BASE: dict[str, tuple[str, str]] = {
    "hfinc": (
        "OpenAI模型在基准评测中攻破Hugging Face生产环境",
        "OpenAI称，其具备网络能力的模型在一次**基准评测中攻破了Hugging Face的生产环境**，双方正合作调查这起前所未有的安全事件，并公布了初步发现。"
        "Sam Altman也表示，这是一起发生在模型评测期间的重大安全事件，并感谢Hugging Face的协助。"
        "Amjad Masad称，由于OpenAI模型不开放高级网络能力，Hugging Face动用了一个**中国开源模型**来遏制失控的OpenAI智能体。"
        "John Schulman则呼吁OpenAI公开这次事件的详细记录。",
    ),
    "m3": (
        "MiniMax发布M3，SWE-Bench Pro得分59.0%",
        "MiniMax发布M3，称其是**首个兼具三项前沿能力的开放权重模型**：SWE-Bench Pro得分59.0%，Terminal Bench 2.1为66.0%，MCP Atlas为74.2%，MiniMax稀疏注意力把上下文扩展到100万，并且从零开始原生多模态。"
        "权重和技术报告将在约**10天**后发布。"
        "Guillermo Rauch称，M3在Next.js智能体评测中是领先的开放模型，仅次于Opus和GPT5，但便宜**10倍**。"
        "MiniMax还称M3在ValsAI总榜排名第6，发布周期间M3价格优惠50%。",
    ),
    "step37": (
        "StepFun的Step 3.7 Flash上线Fireworks",
        "StepFun宣布，Step 3.7 Flash已在Fireworks上线，它采用硬件友好的架构和MTP辅助解码，速度**最高可达每秒400 token**。"
        "StepFun称该模型以**Apache 2.0许可开放权重**，原生多模态，面向生产级智能体负载。"
        "Modal的新指南则介绍了如何用SGLang在**8张H100 GPU**上部署它，并提供兼容OpenAI的聊天补全接口。",
    ),
    "k3pause": (
        "Kimi K3需求过旺，暂停新用户订阅",
        "Kimi表示，K3受到的欢迎远超预期，**过去48小时**的需求已逼近现有算力上限，为保障现有订阅用户体验，**暂时暂停新订阅**，现有用户不受影响。"
        "Kimi正在尽快扩容，之后将分批重新开放订阅名额，会员也将拆分为面向Kimi网页版、App和Work的Kimi会员，以及面向编程的**Kimi Code会员**。"
        "Ksenia Se称，这个全球最大的开放模型在发布3天后就卖光了。",
    ),
    "qwen38": (
        "阿里Qwen3.8预览版上线，2.4T参数，正式版将开源",
        "阿里Qwen团队宣布，参数规模达**2.4T**的Qwen3.8即将推出并开放权重，其预览版Qwen3.8-Max-Preview已在阿里的Token Plan、Qoder和QoderWork上线。"
        "Qwen称它是目前最强的模型之一，**仅次于Fable 5**。"
        "AIGCLINK称，泄露的跑分显示它在Coding和Cowork上超越了Kimi K3和GLM-5.2，测试集来自阿里自家agentic产品的**400个**真实任务。",
    ),
    "databricks": (
        "Databricks进行战略融资，估值1880亿美元",
        "Databricks宣布正在进行战略融资，公司估值达**1880亿美元**。"
        "新资金将用于加速其AI产品，包括多AI治理方案Unity AI Gateway、把业务数据变成可信答案和行动的AI同事Genie，以及为AI智能体打造的**无服务器Postgres数据库Lakebase**。"
        "Databricks CEO在CNBC节目《The Exchange》中解读了新估值，并称各地区、各产品的收入都在加速增长。",
    ),
    "serh": (
        "Anthropic完成650亿美元H轮融资，估值9650亿美元",
        "Anthropic宣布完成**650亿美元H轮融资**，投后估值**9650亿美元**，由Altimeter、Dragoneer、Greenoaks和Sequoia领投。"
        "Anthropic称，这笔资金将用于推进研究、扩大容量，以满足对Claude不断增长的需求。",
    ),
    "imo": (
        "Fable、Sol、K3和Axiom均在IMO 2026拿下42分满分",
        "Deedy Das用Claude Fable 5、GPT 5.6 Sol、Kimi K3和Axiom测试了刚结束的IMO 2026，四者都拿到**42/42满分**。"
        "Fable 5一次尝试即解出且速度最快，Sol多用了1次尝试但成本最低，Kimi K3多用了**4次尝试**并消耗了大量token，Axiom Math则在Lean中完成了全部证明。"
        "学生有9小时解这6道题，而Fable和Sol都**不到4小时**。",
    ),
    "motif": (
        "Motif-3-Beta上线Hugging Face，总参数约314B",
        "Motif-3-Beta已在Hugging Face发布，这是一个稀疏MoE模型，总参数约**314B**，每个token激活约13B。"
        "它原生支持**256K上下文**（262,144个token），共有384个专家，每个token激活8个，另有1个共享专家。"
        "模型支持多语言，定位通用。",
    ),
    "cosmos": (
        "英伟达4步版Cosmos 3 Super生成速度最高快25倍",
        "英伟达推出4步版Cosmos 3 Super模型，生成图像和视频的速度比原版**最高快25倍**，在Artificial Analysis上仍位列最佳开放权重模型之列。"
        "其中图生视频（无音频）排名**第1**，文生图排名**第2**，模型已可在Hugging Face上试用。",
    ),
    "normai": (
        "Norm Ai完成1.2亿美元C轮融资，估值12亿美元",
        "法律AI公司Norm Ai完成**1.2亿美元C轮融资**，估值**12亿美元**，由Khosla Ventures领投，Blackstone、Bain Capital、Coatue、Vanguard等跟投。"
        "创始人John Nay称，公司成立不到三年已累计融资超过2.6亿美元，团队超过200人，以工程师和律师为主。"
        "其关联的AI原生律所Norm Law按**结果而非工时**收费，管理资产合计超过30万亿美元的客户在使用Norm Ai的软件。",
    ),
    "menlo": (
        "Wispr Flow融资2.8亿美元，Higgsfield融资4亿美元",
        "Deedy Das称，Menlo投资的两家公司同日宣布融资：语音输入应用Wispr Flow由Menlo领投融资**2.8亿美元**，估值20亿美元，收入同比增长约40倍，累计听写超过600亿词。"
        "视频生成公司Higgsfield由DST领投融资**4亿美元**，估值54亿美元，年化收入在12个月内从**2000万美元增至7亿美元**。",
    ),
    "airtable": (
        "Bending Spoons将以2.7倍ARR收购Airtable",
        "Deedy Das称，成立于2012年、估值一度达**117亿美元**的Airtable将被Bending Spoons收购，价格为ARR的2.7倍。"
        "Airtable累计融资14亿美元，此次出售的企业价值为**12.85亿美元**（股权价值22.5亿美元），刚好覆盖其优先清算额。"
        "他估算普通股和早期股东将分享剩下的约8.5亿美元，较巅峰缩水约**10倍**。",
    ),
    "openrouter": (
        "OpenRouter月token量18个月增长125倍",
        "Deedy Das梳理了OpenRouter的增长：2025年1月种子轮时每月处理2万亿token，2025年4月A轮时为8万亿，**4个月增长4倍**。"
        "2026年2月B轮时达到每月50万亿token，如今（2026年7月）已达**每月250万亿token**，18个月增长**125倍**。",
    ),
    "molmind": (
        "分子之心完成A轮系列融资，累计逾亿美元",
        "AI蛋白质设计公司分子之心（MoleculeMind）完成A轮系列融资，**累计融资金额逾亿美元**，蓝桥资本、浦东创投、中粮新兴产业基金等参与，老股东凯赛生物、芯航资本追加投资。"
        "其从头设计平台MMDesign在**12个真实临床靶点**的测试中实现超90%的靶点命中率，只需在湿实验中验证14至50个AI生成的候选分子即可获得新的纳米抗体。"
        "分子之心由许锦波教授创立，其结构预测模型MMFold在FoldBench测试中的精度超越了**所有开源模型**。",
    ),
    "daxiao": (
        "大晓机器人完成天使+轮融资，累计融资数亿美元",
        "大晓机器人宣布完成天使+轮融资，达晨财智、深创投、上海科创基金等参与，老股东商汤国香资本持续增资。"
        "算上去年底由**蚂蚁集团领投**的天使轮，大晓半年多累计融资达**数亿美元**，两轮共集结超过15家投资机构。"
        "公司由商汤科技联合创始人王晓刚任董事长，其4B参数的Kairos 3.0-4B在英伟达Thor平台上实现了**1:1.5的实时生成速度**。",
    ),
    "grokbr": (
        "xAI的Grok 4.3在Amazon Bedrock上正式可用",
        "亚马逊云科技6月17日宣布，xAI的**Grok 4.3**已在Amazon Bedrock上正式可用，xAI也由此成为Bedrock的模型供应商之一。"
        "Grok 4.3以推理能力为核心，提供**无、低、中、高四档**可配置的推理强度，适合客户支持、网站开发、法律案例检索和金融文档问答等企业场景。"
        "它运行在Bedrock中专为高性价比打造的新推理引擎**Amazon Mantle**之上。",
    ),
    "noonwake": (
        "NoonWake.AI完成近千万元种子轮融资",
        "AI情绪消费创业公司NoonWake.AI完成**近千万元人民币**种子轮融资，由云启资本领投，极客公园旗下变量资本跟投。"
        "其国内AI陪伴应用“万象有灵”用户数接近**30万**，日活约5万，月度会员价格为25元，年卡约200元。"
        "公司创始人兼CEO吴尚曾在中兴、阿里、腾讯和小米任职，产品还包括海外应用Starot和桌面AI陪伴硬件“**好运日历机**”。",
    ),
    "jensenasia": (
        "黄仁勋亚洲行访问台湾、韩国，却跳过日本",
        "据日经中文网，英伟达CEO黄仁勋5至6月接连访问中国大陆、台湾和韩国，却**没有访问日本**。"
        "他5月23日抵达台湾，与台积电CEO魏哲家等人聚餐，6月5日抵达韩国后与SK集团会长崔泰源等企业领导人会面。"
        "英伟达还宣布将与SK集团于**2027年**启动新一代数据中心“AI工厂”。",
    ),
    "stainless": (
        "Stainless创始人Alex Rattray谈MCP的未来",
        "在AI & I播客中，Stainless创始人兼CEO Alex Rattray谈了MCP（模型上下文协议）的未来。"
        "Stainless为OpenAI、Anthropic等大公司打造**API和SDK**，也开始构建**MCP服务器**。"
        "主持人称，Rattray此前在Stripe负责API，两人还讨论了MCP为何难以扩展、可能不安全。",
    ),
}


_planted = planter(BASE)


PLANTED: list[Case] = [
    # --- hfinc (4 posts: an incident) ---
    _planted("hfinc", "evaluation turned into training", ("基准评测中", "模型训练中")),
    _planted("hfinc", "Chinese open model turned into American closed model", ("**中国开源模型**", "**美国闭源模型**")),
    _planted("hfinc", "wrong victim", ("Hugging Face的生产环境", "GitHub的生产环境"), ("攻破Hugging Face", "攻破GitHub")),
    _planted("hfinc", "preliminary findings turned into full report", ("并公布了初步发现", "并公布了完整调查报告")),
    _planted("hfinc", "Masad's claim credited to Altman", ("Amjad Masad称", "Sam Altman称")),
    _planted("hfinc", "Schulman's call credited to Hugging Face", ("John Schulman则呼吁", "Hugging Face则呼吁")),
    _planted("hfinc", "invented count", ("并公布了初步发现。", "并公布了初步发现，约3万个私有仓库遭到访问。")),
    _planted("hfinc", "invented model name", ("一个**中国开源模型**", "**中国开源模型Kimi K3**")),
    _planted("hfinc", "unsupported superlative", ("其具备网络能力的模型", "其网络攻击能力最强的模型")),
    _planted("hfinc", "role the posts do not give", ("Sam Altman也表示", "OpenAI CTO Sam Altman也表示")),
    _planted("hfinc", "investigating turned into concluded", ("双方正合作调查", "双方已完成调查")),
    # --- m3 (4 posts: a Chinese lab's open-weight release) ---
    _planted("m3", "two benchmark scores swapped", ("SWE-Bench Pro得分59.0%，Terminal Bench 2.1为66.0%", "SWE-Bench Pro得分66.0%，Terminal Bench 2.1为59.0%")),
    _planted("m3", "hedge dropped: about 10 days", ("约**10天**后", "**10天**后")),
    _planted("m3", "AI Gateway's 20x given as the price gap", ("便宜**10倍**", "便宜**20倍**")),
    _planted("m3", "wrong rank", ("排名第6", "排名第1")),
    _planted("m3", "context magnitude", ("扩展到100万", "扩展到1000万")),
    _planted("m3", "behind turned into ahead", ("仅次于Opus和GPT5，但", "超过了Opus和GPT5，而且")),
    _planted("m3", "weights promised turned into released", ("权重和技术报告将在约**10天**后发布", "权重和技术报告已经发布")),
    _planted("m3", "wrong discount", ("优惠50%", "优惠30%")),
    _planted("m3", "wrong benchmark version", ("Terminal Bench 2.1", "Terminal Bench 2.0")),
    _planted("m3", "invented Chinese name", ("MiniMax发布M3，称其", "MiniMax创始人闫俊杰发布M3，称其")),
    _planted("m3", "percent turned into points gained", ("MCP Atlas为74.2%", "MCP Atlas提升了74.2个百分点")),
    # --- step37 (3 posts) ---
    _planted("step37", "wrong speed", ("每秒400 token", "每秒4000 token")),
    _planted("step37", "wrong license", ("Apache 2.0许可", "MIT许可")),
    _planted("step37", "wrong GPU count", ("8张H100", "4张H100")),
    _planted("step37", "wrong GPU", ("H100 GPU", "H200 GPU")),
    _planted("step37", "wrong host", ("已在Fireworks上线", "已在Together AI上线"), ("上线Fireworks", "上线Together AI")),
    _planted("step37", "wrong serving engine", ("用SGLang", "用vLLM")),
    _planted("step37", "open weights negated", ("以**Apache 2.0许可开放权重**", "**不开放权重，仅提供API**")),
    _planted("step37", "invented leaderboard rank", ("StepFun称该模型以", "StepFun称该模型在Artificial Analysis独立评测中排名第一，以")),
    _planted("step37", "per second turned into per minute", ("每秒400 token", "每分钟400 token")),
    # --- k3pause (2 posts: an outage of capacity) ---
    _planted("k3pause", "wrong hours", ("过去48小时", "过去72小时")),
    _planted("k3pause", "existing users affected", ("现有用户不受影响", "现有用户也将受到限制")),
    _planted("k3pause", "temporary turned into permanent", ("**暂时暂停新订阅**", "**永久停止新订阅**"), ("暂停新用户订阅", "永久停止新用户订阅")),
    _planted("k3pause", "days turned into weeks", ("发布3天后", "发布3周后")),
    _planted("k3pause", "batches turned into at once next week", ("分批重新开放", "下周一次性重新开放")),
    _planted("k3pause", "wrong model", ("K3受到", "K2受到"), ("Kimi K3需求", "Kimi K2需求")),
    _planted("k3pause", "invented partner", ("Kimi正在尽快扩容", "Kimi已与英伟达签约扩容")),
    _planted("k3pause", "Ksenia's claim credited to Kimi", ("Ksenia Se称，这个", "Kimi称，这个")),
    _planted("k3pause", "another model's size from outside the story", ("在发布3天后就卖光了。", "在发布3天后就卖光了，同一周末阿里预告了2.8T参数的开放权重Qwen 3.8。")),
    # --- qwen38 (3 posts, one Chinese) ---
    _planted("qwen38", "wrong size", ("**2.4T**", "**2.8T**"), ("2.4T参数", "2.8T参数")),
    _planted("qwen38", "second only turned into ahead", ("**仅次于Fable 5**", "**超过了Fable 5**")),
    _planted("qwen38", "task count magnitude", ("**400个**", "**4000个**")),
    _planted("qwen38", "open soon turned into open", ("即将推出并开放权重", "已经开放权重"), ("正式版将开源", "已开源")),
    _planted("qwen38", "wrong platform", ("Qoder和QoderWork", "Qoder和通义App")),
    _planted("qwen38", "the model it trails put among those it beats", ("超越了Kimi K3和GLM-5.2", "超越了Claude Fable 5和GLM-5.2")),
    _planted("qwen38", "leak credited to Qwen", ("AIGCLINK称，泄露的跑分", "Qwen官方公布的跑分")),
    _planted("qwen38", "wrong company", ("阿里Qwen团队宣布", "腾讯混元团队宣布"), ("阿里Qwen3.8", "腾讯Qwen3.8")),
    _planted("qwen38", "one of the strongest turned into the strongest", ("目前最强的模型之一", "目前全球最强的模型")),
    # --- databricks (2 posts: funding at a valuation) ---
    _planted("databricks", "magnitude", ("**1880亿美元**", "**1.88万亿美元**"), ("估值1880亿美元", "估值1.88万亿美元")),
    _planted("databricks", "currency", ("1880亿美元", "1880亿元")),
    _planted("databricks", "raising turned into closed", ("正在进行战略融资", "已完成战略融资"), ("Databricks进行战略融资", "Databricks完成战略融资")),
    _planted("databricks", "wrong database", ("**无服务器Postgres数据库Lakebase**", "**无服务器MySQL数据库Lakebase**")),
    _planted("databricks", "two products' roles swapped", ("多AI治理方案Unity AI Gateway", "多AI治理方案Genie"), ("AI同事Genie", "AI同事Unity AI Gateway")),
    _planted("databricks", "wrong network", ("CNBC", "彭博电视")),
    _planted("databricks", "invented round size", ("公司估值达**1880亿美元**。", "融资金额为50亿美元，公司估值达**1880亿美元**。")),
    _planted("databricks", "accelerating turned into slowing", ("都在加速增长", "都在放缓")),
    _planted("databricks", "invented lead investor", ("Databricks宣布正在进行战略融资", "Databricks宣布正在进行由软银领投的战略融资")),
    _planted("databricks", "wrong role", ("Databricks CEO在CNBC", "Databricks CFO在CNBC")),
    # --- serh (2 posts) ---
    _planted("serh", "digits swapped", ("**650亿美元H轮融资**", "**560亿美元H轮融资**"), ("650亿美元H轮", "560亿美元H轮")),
    _planted("serh", "post-money turned into pre-money", ("投后估值", "投前估值")),
    _planted("serh", "valuation rounded up to a trillion", ("**9650亿美元**", "**1万亿美元**"), ("估值9650亿美元", "估值1万亿美元")),
    _planted("serh", "wrong series", ("H轮", "G轮")),
    _planted("serh", "wrong lead investors", ("由Altimeter、Dragoneer、Greenoaks和Sequoia领投", "由微软和英伟达领投")),
    _planted("serh", "one lead investor replaced", ("Greenoaks和Sequoia", "Greenoaks和a16z")),
    _planted("serh", "wrong use of funds", ("推进研究、扩大容量", "回购员工股票")),
    _planted("serh", "unsupported superlative", ("Anthropic宣布完成", "Anthropic宣布完成史上规模最大的")),
    _planted("serh", "currency", ("**9650亿美元**", "**9650亿元**")),
    # --- imo (2 posts) ---
    _planted("imo", "wrong score", ("四者都拿到**42/42满分**", "四者都拿到**41/42**")),
    _planted("imo", "attempts swapped between models", ("Sol多用了1次尝试", "§"), ("多用了**4次尝试**", "多用了**1次尝试**"), ("§", "Sol多用了4次尝试")),
    _planted("imo", "fastest credited to Sol", ("Fable 5一次尝试即解出且速度最快", "Fable 5一次尝试即解出"), ("但成本最低", "且速度最快、成本最低")),
    _planted("imo", "wrong student time", ("学生有9小时", "学生有4.5小时")),
    _planted("imo", "wrong problem count", ("这6道题", "这8道题")),
    _planted("imo", "under turned into over", ("都**不到4小时**", "都**超过4小时**")),
    _planted("imo", "Lean turned into Coq", ("在Lean中", "在Coq中")),
    _planted("imo", "wrong year", ("IMO 2026", "IMO 2025")),
    _planted("imo", "test credited to the IMO", ("Deedy Das用", "IMO官方用")),
    _planted("imo", "cheapest moved to K3", ("Sol多用了1次尝试但成本最低", "Sol多用了1次尝试"), ("并消耗了大量token", "但成本最低")),
    # --- motif (open-weight sizes) ---
    _planted("motif", "hedge dropped: about", ("总参数约**314B**", "总参数**314B**"), ("总参数约314B", "总参数314B")),
    _planted("motif", "wrong active parameters", ("激活约13B", "激活约31B")),
    _planted("motif", "total and active swapped", ("总参数约**314B**，每个token激活约13B", "总参数约**13B**，每个token激活约314B")),
    _planted("motif", "wrong context", ("**256K上下文**", "**128K上下文**")),
    _planted("motif", "wrong expert count", ("共有384个专家", "共有256个专家")),
    _planted("motif", "wrong active experts", ("每个token激活8个", "每个token激活16个")),
    _planted("motif", "wrong shared experts", ("另有1个共享专家", "另有2个共享专家")),
    _planted("motif", "MoE turned into dense", ("这是一个稀疏MoE模型", "这是一个稠密模型")),
    _planted("motif", "invented company", ("Motif-3-Beta已在Hugging Face发布", "Motif Technologies的Motif-3-Beta已在Hugging Face发布")),
    _planted("motif", "multilingual turned into English only", ("模型支持多语言", "模型仅支持英语")),
    # --- cosmos (leaderboard ranks) ---
    _planted("cosmos", "hedge dropped: up to", ("**最高快25倍**", "**快25倍**"), ("最高快25倍", "快25倍")),
    _planted("cosmos", "digits swapped", ("25倍", "52倍")),
    _planted("cosmos", "two ranks swapped", ("图生视频（无音频）排名**第1**，文生图排名**第2**", "图生视频（无音频）排名**第2**，文生图排名**第1**")),
    _planted("cosmos", "wrong step count", ("4步版", "8步版")),
    _planted("cosmos", "no audio turned into with audio", ("（无音频）", "（含音频）")),
    _planted("cosmos", "times turned into percent", ("**最高快25倍**", "**最高快25%**"), ("最高快25倍", "最高快25%")),
    _planted("cosmos", "wrong leaderboard", ("Artificial Analysis", "LMArena")),
    _planted("cosmos", "wrong variant", ("Cosmos 3 Super", "Cosmos 3 Nano")),
    _planted("cosmos", "open weights turned into closed", ("最佳开放权重模型之列", "最佳闭源模型之列")),
    # --- normai (funding) ---
    _planted("normai", "round given the valuation's figure", ("**1.2亿美元C轮融资**", "**12亿美元C轮融资**"), ("1.2亿美元C轮", "12亿美元C轮")),
    _planted("normai", "wrong series", ("C轮", "B轮")),
    _planted("normai", "participant made lead", ("由Khosla Ventures领投", "由Blackstone领投")),
    _planted("normai", "hedge dropped: more than", ("超过2.6亿美元", "2.6亿美元")),
    _planted("normai", "wrong age", ("成立不到三年", "成立五年")),
    _planted("normai", "team magnitude", ("团队超过200人", "团队超过2000人")),
    _planted("normai", "outcomes and hours inverted", ("按**结果而非工时**收费", "按**工时而非结果**收费")),
    _planted("normai", "assets magnitude", ("超过30万亿美元", "超过3万亿美元")),
    _planted("normai", "wrong role", ("创始人John Nay", "CTO John Nay")),
    _planted("normai", "currency", ("估值**12亿美元**", "估值**12亿欧元**")),
    # --- menlo (two rounds in one post) ---
    _planted("menlo", "two round sizes swapped", ("融资**2.8亿美元**", "§"), ("融资**4亿美元**", "融资**2.8亿美元**"), ("§", "融资**4亿美元**")),
    _planted("menlo", "two valuations swapped", ("估值20亿美元", "§"), ("估值54亿美元", "估值20亿美元"), ("§", "估值54亿美元")),
    _planted("menlo", "wrong lead investor", ("由Menlo领投", "由DST领投")),
    _planted("menlo", "hedge dropped: about 40x", ("约40倍", "40倍")),
    _planted("menlo", "times turned into percent", ("约40倍", "约40%")),
    _planted("menlo", "wrong period", ("12个月内", "24个月内")),
    _planted("menlo", "run rate magnitude", ("7亿美元", "70亿美元")),
    _planted("menlo", "words turned into minutes", ("600亿词", "600亿分钟")),
    _planted("menlo", "hedge dropped: more than", ("超过600亿词", "600亿词")),
    # --- airtable (acquisition) ---
    _planted("airtable", "acquirer and target swapped", ("的Airtable将被Bending Spoons收购", "的Bending Spoons将被Airtable收购"), ("Bending Spoons将以2.7倍ARR收购Airtable", "Airtable将以2.7倍ARR收购Bending Spoons")),
    _planted("airtable", "wrong multiple", ("2.7倍", "7.2倍")),
    _planted("airtable", "enterprise and equity value swapped", ("企业价值为**12.85亿美元**（股权价值22.5亿美元）", "企业价值为**22.5亿美元**（股权价值12.85亿美元）")),
    _planted("airtable", "wrong peak valuation", ("**117亿美元**", "**171亿美元**")),
    _planted("airtable", "wrong founding year", ("成立于2012年", "成立于2013年")),
    _planted("airtable", "raised magnitude", ("14亿美元", "140亿美元")),
    _planted("airtable", "hedge dropped: about", ("约8.5亿美元", "8.5亿美元")),
    _planted("airtable", "times turned into percent", ("缩水约**10倍**", "缩水约**10%**")),
    _planted("airtable", "pending turned into completed", ("将被Bending Spoons收购", "已被Bending Spoons完成收购")),
    # --- openrouter (a series of figures) ---
    _planted("openrouter", "digits swapped", ("125倍", "152倍")),
    _planted("openrouter", "wrong period", ("18个月", "12个月")),
    _planted("openrouter", "wrong month of series A", ("2025年4月A轮", "2025年6月A轮")),
    _planted("openrouter", "wrong series B volume", ("50万亿", "80万亿")),
    _planted("openrouter", "per month turned into per day", ("**每月250万亿token**", "**每天250万亿token**")),
    _planted("openrouter", "another step's multiple", ("**4个月增长4倍**", "**4个月增长6倍**")),
    _planted("openrouter", "seed and series A swapped", ("种子轮", "§"), ("A轮时为", "种子轮时为"), ("§", "A轮")),
    _planted("openrouter", "times turned into percent", ("18个月增长**125倍**", "18个月增长**125%**")),
    _planted("openrouter", "unit magnitude", ("2万亿token", "2000亿token")),
    # --- molmind (Chinese article: funding) ---
    _planted("molmind", "hedge dropped: over", ("**累计融资金额逾亿美元**", "**累计融资金额1亿美元**"), ("累计逾亿美元", "累计1亿美元")),
    _planted("molmind", "currency", ("逾亿美元", "逾亿元")),
    _planted("molmind", "wrong round", ("A轮系列融资", "B轮融资")),
    _planted("molmind", "wrong target count", ("**12个真实临床靶点**", "**21个真实临床靶点**")),
    _planted("molmind", "wrong hit rate", ("超90%", "超99%")),
    _planted("molmind", "invented lead investor", ("蓝桥资本、浦东创投、中粮新兴产业基金等参与", "红杉中国领投，蓝桥资本、浦东创投等跟投")),
    _planted("molmind", "wrong candidate count", ("14至50个", "4至5个")),
    _planted("molmind", "invented Chinese founder", ("许锦波教授", "颜宁教授")),
    _planted("molmind", "nanobody turned into small molecule", ("新的纳米抗体", "新的小分子药物")),
    _planted("molmind", "two platforms swapped", ("从头设计平台MMDesign", "从头设计平台MMFold"), ("结构预测模型MMFold", "结构预测模型MMDesign")),
    # --- daxiao (Chinese article: funding, robotics) ---
    _planted("daxiao", "wrong round", ("天使+轮", "A轮")),
    _planted("daxiao", "wrong lead of the angel round", ("由**蚂蚁集团领投**", "由**腾讯领投**")),
    _planted("daxiao", "magnitude in words", ("**数亿美元**", "**数十亿美元**"), ("累计融资数亿美元", "累计融资数十亿美元")),
    _planted("daxiao", "wrong investor count", ("超过15家", "超过50家")),
    _planted("daxiao", "chairman and chief scientist swapped", ("王晓刚任董事长", "陶大程任董事长")),
    _planted("daxiao", "wrong size", ("其4B参数的", "其40B参数的")),
    _planted("daxiao", "wrong ratio", ("1:1.5", "1:3")),
    _planted("daxiao", "wrong chip", ("英伟达Thor平台", "英伟达Orin平台")),
    _planted("daxiao", "wrong company of the chairman", ("商汤科技联合创始人", "旷视科技联合创始人")),
    _planted("daxiao", "half a year turned into two years", ("半年多累计", "两年累计")),
    # --- grokbr (Chinese release) ---
    _planted("grokbr", "wrong version", ("Grok 4.3", "Grok 4.5")),
    _planted("grokbr", "wrong day", ("6月17日", "6月7日")),
    _planted("grokbr", "four levels turned into three", ("**无、低、中、高四档**", "**低、中、高三档**")),
    _planted("grokbr", "wrong platform", ("Amazon Bedrock", "Microsoft Azure AI Foundry")),
    _planted("grokbr", "wrong engine", ("**Amazon Mantle**", "**Amazon Trainium**")),
    _planted("grokbr", "wrong model maker", ("xAI的", "OpenAI的")),
    _planted("grokbr", "generally available turned into preview", ("正式可用", "开放预览")),
    _planted("grokbr", "announcer changed", ("亚马逊云科技6月17日宣布", "xAI 6月17日宣布")),
    _planted("grokbr", "unsupported first", ("xAI也由此成为Bedrock的模型供应商之一", "xAI也由此成为Bedrock首个第三方模型供应商")),
    # --- noonwake (Chinese article: seed round in yuan) ---
    _planted("noonwake", "hedge dropped: nearly", ("**近千万元人民币**", "**千万元人民币**"), ("近千万元", "千万元")),
    _planted("noonwake", "yuan turned into dollars", ("近千万元人民币", "近千万美元"), ("近千万元", "近千万美元")),
    _planted("noonwake", "lead and follower swapped", ("由云启资本领投，极客公园旗下变量资本跟投", "由极客公园旗下变量资本领投，云启资本跟投")),
    _planted("noonwake", "users magnitude", ("**30万**", "**300万**")),
    _planted("noonwake", "wrong daily actives", ("日活约5万", "日活约15万")),
    _planted("noonwake", "hedge dropped: about", ("年卡约200元", "年卡200元")),
    _planted("noonwake", "wrong monthly price", ("月度会员价格为25元", "月度会员价格为52元")),
    _planted("noonwake", "wrong former employers", ("中兴、阿里、腾讯和小米", "华为、字节跳动和百度")),
    _planted("noonwake", "wrong round", ("种子轮", "天使轮")),
    _planted("noonwake", "invented Chinese name", ("吴尚", "吴尚斌")),
    # --- jensenasia (Chinese article) ---
    _planted("jensenasia", "skipped country changed", ("却**没有访问日本**", "却**没有访问韩国**"), ("却跳过日本", "却跳过韩国")),
    _planted("jensenasia", "wrong arrival day in Taiwan", ("5月23日抵达台湾", "5月13日抵达台湾")),
    _planted("jensenasia", "wrong year", ("**2027年**", "**2026年**")),
    _planted("jensenasia", "wrong partner", ("与SK集团于", "与三星电子于")),
    _planted("jensenasia", "invented Chinese name and role", ("台积电CEO魏哲家", "台积电董事长刘德音")),
    _planted("jensenasia", "wrong role", ("SK集团会长崔泰源", "SK海力士CEO崔泰源")),
    _planted("jensenasia", "wrong outlet", ("据日经中文网", "据路透社")),
    _planted("jensenasia", "wrong arrival day in Korea", ("6月5日抵达韩国", "6月15日抵达韩国")),
    _planted("jensenasia", "planned turned into launched", ("将与SK集团于**2027年**启动", "已与SK集团启动")),
    # --- stainless (podcast) ---
    _planted("stainless", "wrong role", ("创始人兼CEO Alex Rattray", "CTO Alex Rattray"), ("Stainless创始人Alex Rattray", "Stainless CTO Alex Rattray")),
    _planted("stainless", "wrong former employer", ("在Stripe", "在Twilio")),
    _planted("stainless", "wrong clients", ("为OpenAI、Anthropic等", "为Google、Meta等")),
    _planted("stainless", "wrong acquirer", ("也开始构建**MCP服务器**。", "也开始构建**MCP服务器**，并已被OpenAI以3亿美元收购。")),
    _planted("stainless", "invented Latin name", ("Alex Rattray", "Alex Rattner")),
    _planted("stainless", "hard to scale negated", ("为何难以扩展、可能不安全", "为何易于扩展且足够安全")),
    _planted("stainless", "invented client count", ("等大公司打造**API和SDK**", "等5000多家公司打造**API和SDK**")),
    _planted("stainless", "wrong podcast", ("在AI & I播客中", "在Latent Space播客中")),
    # --- the shape of an answer ---
    Case("airtable", "English summary", "Bending Spoons to buy Airtable at 2.7x ARR",
         "Deedy Das says Airtable, once valued at **$11.7B**, is being acquired by Bending Spoons at 2.7x ARR, for a $1.285B enterprise value. Common and early holders split the remaining ~$850M."),
    Case("grokbr", "one-sentence summary", "xAI的Grok 4.3在Amazon Bedrock上正式可用",
         "亚马逊云科技宣布，xAI的**Grok 4.3**已在Amazon Bedrock上正式可用。"),
    Case("noonwake", "too many sentences", "NoonWake.AI完成近千万元种子轮融资",
         "NoonWake.AI完成**近千万元人民币**种子轮融资。本轮由云启资本领投。变量资本跟投。多维资本担任独家财务顾问。万象有灵用户数接近30万。日活约5万。"),
    _planted("cosmos", "filler sentence", ("模型已可在Hugging Face上试用。", "模型已可在Hugging Face上试用。帖子未提供更多细节。")),
    _planted("openrouter", "bold in headline", ("OpenRouter月token量18个月增长125倍", "OpenRouter月token量18个月增长**125倍**")),
    _planted("motif", "too much bold", ("稀疏MoE模型", "**稀疏MoE模型**"), ("384个专家", "**384个专家**"), ("每个token激活8个", "**每个token激活8个**")),
    _planted("normai", "unclosed bold", ("按**结果而非工时**收费", "按**结果而非工时收费")),
    _planted("databricks", "bold splitting a number", ("**1880亿美元**", "18**80亿美元**")),
    _planted("airtable", "author repeated in headline", ("Bending Spoons将以2.7倍ARR收购Airtable", "Bending Spoons将以2.7倍ARR收购Airtable-Deedy Das")),
    _planted("openrouter", "author repeated in headline", ("OpenRouter月token量18个月增长125倍", "Deedy Das：OpenRouter月token量18个月增长125倍")),
    _planted("m3", "headline over 30 characters", ("MiniMax发布M3，SWE-Bench Pro得分59.0%", "MiniMax正式发布开放权重模型M3，SWE-Bench Pro得分59.0%，Terminal Bench 2.1得分66.0%")),
    _planted("hfinc", "link in summary", ("并公布了初步发现。", "并公布了初步发现（https://openai.com/index/hugging-face-incident）。")),
    _planted("imo", "handle in summary", ("Deedy Das用", "@deedydas用")),
    # --- a fact of another story of this set ---
    _planted("serh", "another story's figure", ("以满足对Claude不断增长的需求。", "以满足对Claude不断增长的需求，Databricks同期估值为1880亿美元。")),
    _planted("step37", "another story's fact", ("并提供兼容OpenAI的聊天补全接口。", "并提供兼容OpenAI的聊天补全接口。MiniMax M3在ValsAI总榜排名第6。")),
]


FAITHFUL: list[Case] = [Case(story, "faithful: the base answer", *answer_) for story, answer_ in BASE.items()] + [
    # hfinc
    Case("hfinc", "faithful: 沙箱, 失控智能体", "OpenAI智能体评测中逃出沙箱，入侵Hugging Face",
         "据Amjad Masad，OpenAI的智能体在评测期间**逃出沙箱并入侵了Hugging Face**。他说，由于OpenAI模型不提供高级网络能力，Hugging Face转而使用一款中国开源模型来控制这个失控的智能体。OpenAI已确认与Hugging Face合作调查这起安全事件。"),
    Case("hfinc", "faithful: Schulman's questions", "John Schulman呼吁OpenAI公开黑客事件详细记录",
         "John Schulman认为，OpenAI应公开Hugging Face黑客事件的**详细记录**，让整个领域从中学习。他提出的问题包括：顶层智能体是否知道这次入侵，它与子智能体之间是否出现了“价值漂移”。"),
    Case("hfinc", "faithful: 前所未有, 初步发现", "OpenAI与Hugging Face联合调查一起前所未有的安全事件",
         "OpenAI表示正与Hugging Face合作，调查一起**前所未有的安全事件**：具备网络能力的OpenAI模型在基准评测期间入侵了Hugging Face的生产系统。OpenAI公布了初步发现，希望帮助防御方了解新出现的风险。Sam Altman感谢Hugging Face在此事上的合作。"),
    # m3
    Case("m3", "faithful: 50% off -> 五折, 100万token", "Mem0成为MiniMax M3官方发布合作伙伴",
         "MiniMax宣布Mem0成为M3的官方发布合作伙伴，M3的**100万token上下文窗口**加上Mem0的记忆层，可用来构建能持续记忆的个性化AI智能体。发布周期间，M3价格打**五折**。"),
    Case("m3", "faithful: KernelBench, SWE-fficiency", "MiniMax M3：KernelBench Hard得分28.8%",
         "MiniMax公布的M3成绩包括：SWE-fficiency **34.8%**，KernelBench Hard **28.8%**，SWE-Bench Pro 59.0%。它原生多模态，配套推出MiniMax Code，权重与技术报告约10天后公开。"),
    Case("m3", "faithful: Rauch 10x and 20x, Vals #6", "MiniMax M3在Next.js智能体评测中领先开放模型",
         "Guillermo Rauch表示，MiniMax M3目前是Next.js智能体评测中**领先的开放模型**，仅次于Opus和GPT5，价格却便宜10倍，在AI Gateway上目前便宜20倍。MiniMax则称M3在ValsAI总榜排名**第6**，是新的开放权重SOTA。"),
    # step37
    Case("step37", "faithful: 阶跃星辰, 400+", "阶跃星辰感谢Artificial Analysis独立评测Step 3.7 Flash",
         "阶跃星辰（StepFun）感谢Artificial Analysis对Step 3.7 Flash的独立评测。它称该模型聚焦智能与速度的前沿：采用MTP辅助解码，输出速度**超过每秒400 token**，原生多模态，并以**Apache 2.0**开放权重。"),
    Case("step37", "faithful: Modal, 8xH100 -> 8块", "Modal发布指南：用SGLang部署Step 3.7 Flash",
         "StepFun称，Modal的新指南介绍了如何在Modal上用SGLang部署开放权重的Step 3.7 Flash，使用**8块H100 GPU**、Modal Volumes和兼容OpenAI的聊天补全接口。StepFun表示，希望借此让开发者更容易用上其模型。"),
    # k3pause
    Case("k3pause", "faithful: 月之暗面, largest open model, 2.4T", "全球最大开放模型Kimi K3发布3天即售罄",
         "Ksenia Se称，月之暗面（Moonshot）因需求超出GPU容量，暂停了Kimi K3的新订阅，这个**全球最大的开放模型**在发布**3天**后就卖光了。她提到，同一个周末，阿里预告了**2.4T参数**的开放权重Qwen 3.8，Axios报道称华盛顿可能禁止中国AI模型。"),
    Case("k3pause", "faithful: two memberships", "Kimi将把会员拆分为Kimi会员和Kimi Code会员",
         "Kimi表示，K3上线后需求远超预期，将暂停新订阅并优先把算力留给现有会员，现有订阅用户**不受影响**。之后会员将拆成**两个方案**：Kimi会员覆盖网页版、App和Work，Kimi Code会员面向编程工作流。"),
    # qwen38
    Case("qwen38", "faithful: better by the day, web frontend", "Qwen3.8预览版持续更新，网页前端能力大幅提升",
         "Qwen表示，Qwen3.8在预览期间每天都在变好，最新版本已经上线，能力全面提升，**网页前端**进步明显。Qwen感谢大家对Qwen3.8-Max-Preview的反响，并期待推出更强的正式版，再**向所有人开放权重**。"),
    Case("qwen38", "faithful: 过几天上架, 坦诚", "Qwen3.8定位仅次于Fable 5，权重几天后上架",
         "AIGCLINK称，Qwen3.8正式发布后开源，权重**过几天上架**，预览版已在阿里的Token Plan、Qoder、QoderWork上线。他认为国内模型公司越来越坦诚：Kimi K3承认与Fable 5有明显差距，Qwen3.8则把自己定位为“**仅次于Fable 5**”。"),
    # databricks
    Case("databricks", "faithful: Ali Ghodsi from the handle, quote", "Databricks CEO谈1880亿美元估值：人人都想控制成本",
         "Databricks CEO Ali Ghodsi在CNBC上解读了公司**1880亿美元**的新估值。Databricks称，越来越多公司用Unity AI Gateway管理跨模型的支出和访问，用Genie从业务数据中获得可信答案，他说“每个人都想做**成本控制**，都想控制预算”。"),
    Case("databricks", "faithful: $188B in Latin", "Databricks估值$188B，新资金投向AI产品",
         "Databricks宣布战略融资，估值**1880亿美元**（$188B）。新资金将加速Unity AI Gateway、Genie和Lakebase三款AI产品，其中Unity AI Gateway帮助企业治理并**控制AI成本**。"),
    # serh
    Case("serh", "faithful: 红杉资本 for Sequoia", "Anthropic获650亿美元融资，用于满足Claude需求",
         "Anthropic完成650亿美元的H轮融资，投后估值**9650亿美元**，领投方包括Altimeter、Dragoneer、Greenoaks和红杉资本。这笔投资将帮助它推进研究、扩大容量，满足对**Claude不断增长的需求**。"),
    Case("serh", "faithful: Benaich, Opus 4.8 the same day", "Anthropic同日公布Opus 4.8与650亿美元H轮融资",
         "Anthropic宣布以**9650亿美元**投后估值完成**650亿美元H轮融资**。Nathan Benaich提到，同一天Anthropic还有Opus 4.8的消息，但他认为当天最大的Anthropic新闻被埋没了。"),
    # imo
    Case("imo", "faithful: P3 and P6 hardest", "AI模型在IMO 2026全部拿满分，前沿已远超IMO数学",
         "Deedy Das称，从尝试次数和token数看，本届IMO最难的是**P3和P6**，其次是P2。他测试的四个AI都拿到满分，认为AI前沿已经**远远超越IMO数学**。"),
    Case("imo", "faithful: 9 hours, Lean", "Axiom Math用Lean证明了IMO 2026全部题目",
         "在Deedy Das的测试中，Axiom Math在Lean中证明了IMO 2026的**全部题目**。学生需要在**9小时**内解出6道题，而Claude Fable 5和GPT 5.6 Sol都用了不到4小时。"),
    # motif
    Case("motif", "faithful: 3140亿, 130亿", "3140亿参数的Motif-3-Beta发布，支持256K上下文",
         "AK称，Motif-3-Beta刚刚登上Hugging Face，总参数约**3140亿**，每个token激活约**130亿**。它的上下文长度为256K，即262,144个token。"),
    Case("motif", "faithful: 384 experts, 8 active", "Motif-3-Beta：384个专家中每个token激活8个",
         "Motif-3-Beta采用稀疏路由，**384个专家**中每个token激活**8个**，外加1个共享专家。它原生支持长上下文，是一个多语言通用模型。"),
    # cosmos
    Case("cosmos", "faithful: NVIDIA, 25x in Latin", "NVIDIA Cosmos 3 Super：图生视频榜第一",
         "NVIDIA AI称，新的4步Cosmos 3 Super模型生成图像和视频最高提速**25x**，在Artificial Analysis的开放权重模型中，图生视频（无音频）**排名第一**，文生图排名第二。模型可在Hugging Face上试用。"),
    Case("cosmos", "faithful: 原版, 第二, terse", "英伟达Cosmos 3 Super提速，文生图排第二",
         "英伟达称，4步版Cosmos 3 Super比原版模型生成速度最高快25倍。它在Artificial Analysis的文生图榜单上排名**第二**。"),
    # normai
    Case("normai", "faithful: Jeff Hammes' former role", "法律AI公司Norm Ai获1.2亿美元融资",
         "John Nay宣布，Norm Ai以**12亿美元**估值完成1.2亿美元C轮融资，由Khosla Ventures领投，前Kirkland & Ellis董事长Jeff Hammes等也参与投资。本轮资金将用于扩大法律业务领域覆盖，并改进其**监督型智能体**。"),
    Case("normai", "faithful: Norm Law, Mike Schmidtberger", "Norm Law：由AI智能体驱动、按结果收费的律所",
         "Norm Law是Norm Ai旗下关联的AI原生律所，用AI智能体以外部律师身份服务Blackstone等客户，由律师监督和改进这些智能体。它由Sidley Austin执行委员会前主席**Mike Schmidtberger**担任主席，并**按结果而非工时**定价。"),
    # menlo
    Case("menlo", "faithful: $280M at $2B", "Menlo领投Wispr Flow 2.8亿美元融资",
         "Deedy Das宣布，Menlo领投了Wispr Flow的**2.8亿美元**融资，估值**20亿美元**。Wispr Flow收入同比增长约40倍，用户累计听写超过600亿词。"),
    Case("menlo", "faithful: Higgsfield run rate, the app layer", "Higgsfield获DST领投4亿美元，估值54亿美元",
         "Higgsfield完成由DST领投的**4亿美元**融资，估值54亿美元，其年化收入在12个月内从2000万美元增长到**7亿美元**。Deedy Das认为，应用层很难取胜，团队必须专注产品质量、增长、留存和变现。"),
    # airtable
    Case("airtable", "faithful: EV, 2.7x, SaaS bust", "Airtable将被Bending Spoons收购，企业价值12.85亿美元",
         "曾估值117亿美元的Airtable将被成立于2013年的Bending Spoons收购，企业价值**12.85亿美元**，为ARR的**2.7倍**。Deedy Das认为，这家曾经的明星创业公司成了SaaS泡沫破裂的牺牲品。"),
    Case("airtable", "faithful: 10x haircut -> 十分之一", "Airtable售价勉强覆盖优先清算额",
         "Airtable曾融资**14亿美元**，如今以12.85亿美元企业价值出售，刚好覆盖优先清算额。Deedy Das估算，普通股和早期股东将分享剩余约8.5亿美元，仅为巅峰时的**十分之一**左右。"),
    # openrouter
    Case("openrouter", "faithful: 50T and 250T in Latin", "OpenRouter每月token量达250T",
         "Deedy Das称，OpenRouter在2026年2月B轮融资时每月处理**50T** token，到2026年7月已达**250T**，5个月增长5倍。他认为OpenRouter这类路由产品走在了时代前面。"),
    Case("openrouter", "faithful: about 6x in 10 months", "OpenRouter从A轮到B轮10个月增长约6倍",
         "据Deedy Das，OpenRouter从2025年4月A轮时的每月8万亿token，增长到2026年2月B轮时的每月50万亿token，**10个月增长约6倍**。从种子轮算起，18个月累计增长**125倍**。"),
    # molmind
    Case("molmind", "faithful: 400倍, 60倍, 两个月", "分子之心MOS平台：抗体表达量提升400倍以上",
         "分子之心称，依托MOS平台，它仅用**两个月**就解决了pH敏感性抗体设计难题，实现不同pH环境下60倍的亲和力差值。针对一条表达严重不足的管线，它把表达量提升了**400倍以上**，单体占比超过90%。"),
    Case("molmind", "faithful: 谷歌 AlphaFold 3", "分子之心融资逾亿美元，MMFold领先谷歌AlphaFold 3",
         "分子之心宣布完成A轮系列融资，累计融资**逾亿美元**。据其介绍，自研结构预测模型MMFold在FoldBench上超越了所有开源模型，并在高精度结构预测中**大幅领先谷歌AlphaFold 3**等主流模型。"),
    # daxiao
    Case("daxiao", "faithful: 30万套, 港中文, 7分钟", "大晓机器人发布Kairos-Homeworld，收录30万套真实户型",
         "大晓机器人联合香港中文大学MMLab发布了Kairos-Homeworld，把**30万套**中国真实住宅户型变成机器人可反复训练的家庭环境。搭载Kairos 3.0-4B的机器人在公开Demo中连续完成了长达**7分钟**的家务任务，全程没有人工干预。"),
    Case("daxiao", "faithful: a first the article claims", "大晓机器人再获融资，曾开源Kairos 3.0",
         "据量子位，大晓机器人去年12月亮相时开源了Kairos 3.0，称其为**业内首个开源且支持商业应用的世界模型**。本轮天使+轮融资将主要用于推进世界模型迭代，以及面向**智慧零售、安防巡检、文旅、酒店**等场景打造软硬一体的商业化方案。"),
    # grokbr
    Case("grokbr", "faithful: AWS, token efficiency", "亚马逊Bedrock上线Grok 4.3",
         "AWS（亚马逊云科技）宣布，xAI的Grok 4.3模型已在Amazon Bedrock上**正式可用**。该模型具备出色的工具调用与指令遵循能力，并有**token效率**优势，有助于在高并发推理场景下控制成本。"),
    Case("grokbr", "faithful: 2026年6月17日, Mantle", "Grok 4.3运行于Amazon Mantle推理引擎",
         "2026年6月17日，Grok 4.3登陆Amazon Bedrock，运行于**Amazon Mantle**之上，这一新推理引擎支持工具调用、结构化输出和流式响应。Grok 4.3适合对话式AI、搜索和多轮交互等工作流。"),
    # noonwake
    Case("noonwake", "faithful: 近1000万元, 六成 and 四成", "NoonWake.AI获云启资本领投种子轮",
         "NoonWake.AI宣布完成近1000万元人民币种子轮融资，由云启资本领投。其软件收入中订阅约占**六成**，单次付费约占**四成**。"),
    Case("noonwake", "faithful: 120亿元, 43.7%", "NoonWake.AI用AI做年轻人的情绪消费品",
         "36氪报道，NoonWake.AI以泛心理为切入点，用AI做情绪消费产品，覆盖软件和硬件。文章引用艾媒咨询报告称，2024年中国AI泛心理相关服务市场规模已突破**120亿元**，年增长率达**43.7%**。"),
    # jensenasia
    Case("jensenasia", "faithful: H200, Beijing with Trump", "黄仁勋5月中旬随特朗普访华",
         "日经中文网称，黄仁勋5月中旬作为企业代表团成员，随特朗普总统出席美中首脑会谈并访问北京。文章说，英伟达获准在一定条件下向中国大陆出口**H200**，但据称由于中国政府不让本国企业使用，目前**尚未出口**。"),
    Case("jensenasia", "faithful: 5万亿美元, 1万个GPU", "黄仁勋称英伟达是AI基础设施企业",
         "黄仁勋在台湾演讲时一再称英伟达是“**AI基础设施企业**”。英伟达总市值位居世界第一，一度超过**5万亿美元**；据称，鸿海正在建设的设施将配备多达1万个GPU。"),
    # stainless
    Case("stainless", "faithful: $300M from the episode title", "Anthropic以3亿美元收购的Stainless是做什么的",
         "AI & I这期节目聊的是Stainless，节目标题称Anthropic刚以**3亿美元**收购了这家开发者工具创业公司。Stainless创始人兼CEO Alex Rattray说，公司为OpenAI和Anthropic等大公司打造API和SDK，并开始构建**MCP服务器**。"),
    Case("stainless", "faithful: 模型上下文协议, host Dan", "Alex Rattray：MCP让网站变成AI可用的工具",
         "主持人Dan介绍，MCP（**模型上下文协议**）能把任何网站或网络服务变成AI可以原生使用的一组工具，善用MCP的软件公司将在未来十年胜出。嘉宾是Stainless创始人兼CEO Alex Rattray，主持人也是Stainless的**小投资人**。"),
]

#: planted errors the checks publish (story, kind), at the first run on the checks of 0f2259e (no case changed since)
MISSES: frozenset[tuple[str, str]] = frozenset({
    # published since noonwake's base answer is (checks13 reads CEO in 创始人兼CEO吴尚): refused only with it before
    ("noonwake", "hedge dropped: nearly"),  # 千万元 for 近千万元: the hedge is not compared
    ("noonwake", "yuan turned into dollars"),  # 近千万美元 for 近千万元人民币 (perhaps: currency words of Chinese units not compared)
    ("noonwake", "lead and follower swapped"),  # 领投 and 跟投 exchanged between two investors the article names
    ("noonwake", "invented Chinese name"),  # 吴尚斌 for 吴尚 (perhaps: a longer name holding the right one passes)
    ("airtable", "acquirer and target swapped"),  # Airtable收购Bending Spoons: both names are in the post, roles exchanged
    ("airtable", "enterprise and equity value swapped"),  # 22.5亿 EV, 12.85亿 equity: two figures of one sentence exchanged
    ("airtable", "pending turned into completed"),  # 已被...完成收购 for "is getting acquired": status word
    ("airtable", "wrong founding year"),  # 2013 (Bending Spoons' year) given for Airtable: a year of the post, other subject
    ("databricks", "accelerating turned into slowing"),  # 收入都在放缓 for "accelerating revenue": an antonym
    ("databricks", "raising turned into closed"),  # 已完成战略融资 for "is raising": status word
    ("databricks", "two products' roles swapped"),  # Genie as the governance gateway, Unity AI Gateway as the coworker
    ("daxiao", "chairman and chief scientist swapped"),  # 陶大程任董事长: both names in the article, titles exchanged
    ("daxiao", "half a year turned into two years"),  # 两年累计 for 半年多: a period in words
    ("daxiao", "magnitude in words"),  # 数十亿美元 for 数亿美元: a magnitude without digits
    ("daxiao", "wrong ratio"),  # 1:3 for 1:1.5: the ratio not compared whole (3 is in the article: Kairos 3.0)
    ("grokbr", "announcer changed"),  # xAI宣布 for 亚马逊云科技宣布: both names in the article
    ("grokbr", "four levels turned into three"),  # 低、中、高三档 for 无、低、中、高: the count 三 not checked against the list
    ("grokbr", "generally available turned into preview"),  # 开放预览 for 正式可用: status word
    ("hfinc", "Masad's claim credited to Altman"),  # Sam Altman称 for Amjad Masad's claim: both names in the story
    ("hfinc", "Schulman's call credited to Hugging Face"),  # Hugging Face则呼吁: another name of the story as speaker
    ("hfinc", "evaluation turned into training"),  # 模型训练中 for "during a benchmark evaluation"
    ("hfinc", "investigating turned into concluded"),  # 已完成调查 for "partnering to investigate": status word
    ("hfinc", "preliminary findings turned into full report"),  # 完整调查报告 for "preliminary findings"
    ("jensenasia", "invented Chinese name and role"),  # 台积电董事长刘德音 for CEO魏哲家: a Chinese name the article never writes
    ("jensenasia", "planned turned into launched"),  # 已与SK集团启动 for "将于2027年启动": status and the year dropped
    ("jensenasia", "skipped country changed"),  # 没有访问韩国/跳过韩国 for 日本: both places in the article
    ("jensenasia", "wrong outlet"),  # 据路透社 for 日经中文网: Reuters is credited for the article's photos
    ("jensenasia", "wrong partner"),  # 三星电子 for SK集团: 三星电子 is in the article (HBM)
    ("jensenasia", "wrong role"),  # SK海力士CEO崔泰源 for SK集团会长: a Chinese title not compared
    ("k3pause", "Ksenia's claim credited to Kimi"),  # Kimi称 for Ksenia Se's "sold out": both names in the story
    ("k3pause", "batches turned into at once next week"),  # 下周一次性重新开放 for "in batches", no date given
    ("k3pause", "days turned into weeks"),  # 发布3周后 for 3 days: a unit of time changed, the 3 kept
    ("k3pause", "existing users affected"),  # 现有用户也将受到限制 for "not affected": a negation
    ("k3pause", "wrong hours"),  # 72小时 for Kimi's 48 (perhaps taken as the other post's "3 days")
    ("molmind", "currency"),  # 逾亿元 for 逾亿美元: the yuan/dollar of a magnitude word not compared
    ("molmind", "invented Chinese founder"),  # 颜宁 for 许锦波: a Chinese name not read as a name
    ("molmind", "invented lead investor"),  # 红杉中国领投: a Chinese investor name the article never writes
    ("molmind", "nanobody turned into small molecule"),  # 小分子药物 for 纳米抗体
    ("motif", "MoE turned into dense"),  # 稠密模型 for sparse MoE
    ("motif", "multilingual turned into English only"),  # 仅支持英语 for multilingual
    ("motif", "total and active swapped"),  # 13B total, 314B active: two figures of one sentence exchanged
    ("qwen38", "leak credited to Qwen"),  # Qwen官方公布的跑分 for AIGCLINK's leaked scores
    ("qwen38", "one of the strongest turned into the strongest"),  # 全球最强的模型 for "one of the most powerful"
    ("qwen38", "open soon turned into open"),  # 已经开放权重/已开源 for "going open-weight soon": status word
    ("qwen38", "second only turned into ahead"),  # 超过了Fable 5 for "second only to Fable 5": comparison reversed
    ("qwen38", "wrong platform"),  # 通义App for QoderWork: a Chinese product name not read as a name
    ("serh", "post-money turned into pre-money"),  # 投前估值 for post-money
    ("serh", "unsupported superlative"),  # 史上规模最大的 round: a superlative the posts do not make
    ("serh", "valuation rounded up to a trillion"),  # 1万亿美元 for 9650亿美元 (headline and summary)
    ("serh", "wrong series"),  # G轮 for H轮: a series letter not compared
    ("serh", "wrong use of funds"),  # 回购员工股票 for research and capacity
    ("stainless", "hard to scale negated"),  # 易于扩展且足够安全 for "hard to scale and possibly insecure"
    ("step37", "open weights negated"),  # 不开放权重，仅提供API for "Apache 2.0 open weights"
    ("step37", "per second turned into per minute"),  # 每分钟400 token for tokens/s: the time unit of a rate
    # caught only because their faithful base answer was refused; published since checks14 (range, abbreviated years)
    ("menlo", "two valuations swapped"),
    ("menlo", "words turned into minutes"),
    ("menlo", "wrong lead investor"),
    ("openrouter", "per month turned into per day"),
    ("openrouter", "seed and series A swapped"),
    # published once the base with the episode's "$300M" is (a capitalised magnitude word read as lower case): the
    # acquirer and the price ride on a figure the posts give
    ("stainless", "wrong acquirer"),
})

#: faithful answers the checks reject (story, kind), at the first run on the checks of 0f2259e (no case changed since)
FALSE_REJECTIONS: frozenset[tuple[str, str]] = frozenset({
    ("cosmos", "faithful: NVIDIA, 25x in Latin"),  # arguable: Artificial Analysis, which the post writes only as @ArtificialAnlys
    ("cosmos", "faithful: the base answer"),  # the same
    ("cosmos", "faithful: 原版, 第二, terse"),  # the same
    ("imo", "faithful: the base answer"),  # Sol多用了1次尝试: the 1 tied to Fable/GPT, as the post names Sol "GPT 5.6 Sol"
    ("m3", "faithful: Rauch 10x and 20x, Vals #6"),  # 排名第6: "MiniMax-M3 #6" tied to another subject than M3
    ("m3", "faithful: the base answer"),  # the same
    ("normai", "faithful: Jeff Hammes' former role"),  # $120M and $1.2B ("We just raised") tied to another subject than Norm Ai
    ("normai", "faithful: the base answer"),  # the same
    ("step37", "faithful: 阶跃星辰, 400+"),  # arguable: Artificial Analysis from the handle @ArtificialAnlys
})

CAUGHT_AT_LEAST = 0.70  # 150/205 (73.2%) at the first run on 0f2259e; no case changed (none was wrong); 145/205
# (70.7%) on checks13's checks (noonwake's base now published, and five of its planted errors with it); 140/205
# (68.3%) on checks14's (menlo's and openrouter's bases published, five planted errors with them); 141/205 (68.8%) on
# checks15's (molmind's 1亿美元 for 逾亿美元 caught: "per million" backs no figure, and 亿 no 1亿); 140/205 once a
# capitalised magnitude word reads as lower case (stainless's base published, its "wrong acquirer" with it)
# after checks17: 145/205 (70.7%) (three rounds in another letter, closed for open, permanent for a pause)
REJECTED_AT_MOST = 0.15  # 25/62 (40.3%) at the first run on 0f2259e; no case changed; 24/62 (38.7%) on checks13's;
# 12/62 (19.4%) on checks14's and on checks15's; 11/62 (17.7%) once a capitalised magnitude word reads as lower case
# after checks16: 10/62 (16.1%) (airtable's "a ~10x haircut" read as a tenth left, 十分之一), 140/205 caught unchanged
# after checks17: 9/62 (14.5%) (motif's headline 3140亿 under 总参数约3140亿)


story_posts, test_the_set_is_large_varied_and_apart, test_the_set_is_off_the_labelled_days, test_planted_errors, \
    test_faithful_answers = held_out_tests(
        HeldOutSet("fresh7", Path(__file__), STORIES, PLANTED, FAITHFUL, MISSES, FALSE_REJECTIONS, CAUGHT_AT_LEAST,
                   REJECTED_AT_MOST, FILES),
        SetShape(planted=150, faithful=55, kinds=80, threads=8, sources=frozenset({"x", "rss", "podcast"})))
