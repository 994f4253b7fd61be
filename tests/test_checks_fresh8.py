# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)

"""An eighth set of hand-written answers: planted errors and faithful answers nobody tuned the checks on.

Written by hand without reading the checks or their data files, on 11 corpus stories no other test uses, none on the
labelled eval days or the held-out benchmark days (2026-06-10, 2026-07-10, 2026-07-31, 2026-08-14); most X posts
come from the tuber0613 timeline (FILES below). Seven stories have two or three posts on one event (Vercel's security
incident, the US export control on Fable 5 and Mythos 5 with a Chinese 36氪 article, its lifting, AISI's evaluation
report with OpenAI's two incidents, RoboTTT, Stripe acquiring OpenRouter, Cerebras on The MAD Podcast with its
chapter list). The kinds the earlier sets had little of: an incident and its advice (Vercel), regulation (an export
control directive, a confidential S-1, its lifting), a lab-safety evaluation, hires with former firms and titles
(Norm Law), an acquisition with no price (Stripe-OpenRouter), chips and an IPO (Cerebras), research papers with
several metrics (RoboTTT, Puzzle-75B-A9B, Orbitall), a Chinese robotics article (雷锋网 on 自变量's XRZero-G0) and
model prices per million tokens. 158 planted errors of every kind of issue 11 (18 of them in a second faithful
answer, ALT) and 51 faithful answers in the seed's style, committed (adaca26) before any run.

First run, on the checks of the branch base 136c509: 124 of 158 planted errors caught (78.5%), 18 of 51 faithful
answers rejected (35.3%). Every miss and rejection was then read against the posts and the prompt. No planted error
is true. Three faithful answers were mine to fix and were changed: aisi's base headline ran past the prompt's 30
characters (42), "Meta UMA, 100x" was one sentence (the prompt asks 2-4), and a puzzle headline said 提升8倍 for
"from 1 request to 8" (read as 9x as easily as 8x; now 从1增至8). The aisi fix moved two of its planted errors' edits
to the new headline. As the set stands: 124 of 158 caught (78.5%), 16 of 51 rejected (31.4%). The caught share
flatters: 6 of the 11 base answers are refused (aisi, fablectl, normlaw, orbitall, orstripe, vercel), and with them
84 of their 85 planted errors; on the 5 stories whose base is published, 40 of 73 are caught (54.8%). The targets
(>= 90% caught, <= 5% rejected) do not hold for answers the tests did not contain.

What the misses show (MISSES below, one line each; 34): 14 are status, negation, antonym and qualifier words with no
name or number changed (已全面恢复 for "will begin restoring", 正考虑解除 for lifted, 下周 for tomorrow, 所有美国企业 and
欧洲机构 for US critical-infrastructure organisations, 正在筹备 for a completed IPO, 抢购一空 for "nobody cared", 快58倍
for 58x larger, 稠密 for hybrid MoE, 注意力层剪枝 for Mamba pruning, cost growing for constant, 多数基线也能完成 for "no
baseline finishes", an invented open-weights release, 明显更低 for "on par or higher"); 9 exchange or borrow figures the
posts hold (2016 and 2020 both ways, 8xH100 for 8xB200, 62% and 87% exchanged, 35x and 50x exchanged, 50 and 500
exchanged, 35 and 15 seconds exchanged, 2.33x and 1.71x exchanged, 3次 for 8 keystrokes); 5 are counts, units and
magnitudes in words or small digits (千亿 for 百亿, 厘米 for 毫米, 各两个 for one camera per wrist, 6轮 for 9轮, an
invented 一个月 of free credit); 3 are Chinese names (国务院 for the Department of Commerce, 智元 for 自变量, 量子位 for
雷锋网); 2 put a name of the story in another's place (Fable 5 as the strongest cybersecurity model, host and guest
exchanged); 1 bolds part of a fact.

What the false rejections show (FALSE_REJECTIONS below; 16): 7 take Chinese words or renderings for names (AI安全研究所
and 英国人工智能安全研究所 for AISI, 网络安全公司 twice, 以及他为何, 新兴公司, 生命科学公司 and 乔治城大学; that last
answer also writes Bain Capital Ventures, which the post gives only as the handle @BainCapVC: arguable); 5 tie a
figure to the wrong subject (Fable 5's 100万 context and $50 price read as another subject's, three times with
Glasswing's 6月2日/150/15; 35倍 fewer data "than UMA" read as UMA's, twice); 3 are number forms not read (4500万亿 and
4.5千万亿 for "4.5 quadrillion", "twenty twenty five" spoken in the podcast); 1 counts two semicolons as sentence ends
(a 3-sentence answer read as 5).

The first blind measure of the next round of checks (branch checks14, developed on sets 4-7 by someone who never
opened this file: Chinese phrases and descriptions that are no names, abbreviated years and years in words, decades,
list counts, surpassing in other words): 109 of 158 caught (69.0%), 11 of 51 rejected (21.6%). Five rejections went
(安全研究所 and 网络安全公司 are no names, a year spoken in words is read), and with aisi's and vercel's base answers
published, 15 of their planted errors are too: status and negation words (investigating for concluded, encrypted for
unencrypted, kept for removed), a count, a country, an invented Chinese name, a first and a superlative nobody
wrote. They had been refused only with the base. This is the first round whose rejections moved on a set it was
not developed on (31.4% -> 21.6%); the misses it uncovered are the classes the checks have never compared.

After checks16: 94 of 158 caught (aisi's 三起 for two incidents: a count before 起 is read) and 3 of 51 rejected
(normlaw's "practice areas" published: 新兴公司 is a field before 公司, no name; its two other answers are still refused
for 乔治城大学 and Ventures).

after checks17: 88 of 158 caught (55.7%: orstripe's base is published, 价格不予透露 naming no speaker, and 7 errors it
hid with it; an invented open-source release caught), 2 of 51 rejected.
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
    # Guillermo Rauch: Vercel security incident, employee compromised via an AI platform, Google Workspace, non-sensitive env vars, Mandiant; deletion is not rotation
    "vercel": ("x:2045995362499076169", "x:2046305710120829374"),
    # Anthropic: US export control directive suspends Fable 5 and Mythos 5 for foreign nationals; 36氪 (Chinese): June 9 launch, 1M context, $10/$50 per M tokens, 17:21; Diamandis: 90 minutes' warning
    "fablectl": ("x:2065597531644743999", "rss:6c8e9f2991949121", "x:2068001714754425127"),
    # Anthropic: Mythos 5 redeployed to US critical-infrastructure organisations; then Commerce lifts the export controls, access restored from tomorrow
    "fablelift": ("x:2070665903440871779", "x:2072106151890809341"),
    # Anthropic on AISI's report (Mythos 5 and GPT-5.6 Sol, safeguards removed, internet access); OpenAI: two new incidents in external cyber evaluations; Matt Turck quoting Thom Wolf
    "aisi": ("x:2084748111239344556", "x:2084747580693426555", "x:2087311436779298897"),
    # Jim Fan: RoboTTT, 8,000 timesteps, 5 minutes, 3 orders of magnitude, 8K beats 1K by 62%; DAIR.AI: NVIDIA paper, +87% over single-step, 10-stage assembly
    "robottt": ("x:2077414142340988962", "x:2078123816786813115"),
    # Deedy Das: OpenRouter being acquired by Stripe, ~3 years after founding, ~30,000x tokens, >4.5 quadrillion run rate, 33% MoM; Aaron Levie on the deal
    "orstripe": ("x:2090129029777224033", "x:2090137914785280189"),
    # The MAD Podcast: Cerebras co-founder and CEO Andrew Feldman, chip 58x a GPU, 8 keystrokes, 2020, $20B+ OpenAI deal, biggest semiconductor IPO; Matt Turck's chapter list (2016, 750MW)
    "cerebras": ("podcast:20969657fce18d9b", "x:2080333707483725876"),
    # elvis: NVIDIA compresses Nemotron-3-Super into Puzzle-75B-A9B, ~2x throughput on 8xB200, 1M-token concurrency 1 -> 8 on one H100
    "puzzle": ("x:2074543978129793462",),
    # Anima Anandkumar: Orbitall, 35x less data, 50x smaller than UMA, 100x faster, solvents, spin and charge
    "orbitall": ("x:2081899449841041594",),
    # John Nay: Norm Law hires Sam Lipson (Pillsbury, Cooley) and Justin Rattigan (Bain Capital Ventures GC) as partners; Georgetown; Blackstone and Coatue
    "normlaw": ("x:2059653592898842791",),
    # 雷锋网: 自变量 open-sources XRZero-G0, 2000+ hours / 3000 tasks, >85% valid, 35s -> 15s, 10:1 mix, 1/20 cost, 9 rounds in under two years
    "xrzero": ("rss:5f9a1326f2a324c3",),
}


BASE: dict[str, tuple[str, str]] = {
    "vercel": (
        "Vercel员工账号遭入侵，攻击者进一步访问Vercel环境",
        "Guillermo Rauch通报称，一名Vercel员工因其使用的一个AI平台遭入侵而被攻破，攻击者从这名员工的**Vercel Google Workspace账号**逐步升级，进一步访问了Vercel的环境。"
        "Vercel的客户环境变量在静态存储时全部加密，但攻击者通过枚举被标为“非敏感”的环境变量获得了更多访问权限，目前认为受安全影响的客户数量**相当有限**。"
        "Vercel正与顶级网络安全公司、业内同行和执法部门合作，并感谢Google Mandiant团队的协助。"
        "Rauch还提醒，删除环境变量并不等于轮换密钥，客户应**在对应服务商处作废旧密钥**并换新。",
    ),
    "fablectl": (
        "美国出口管制指令迫使Anthropic停用Fable 5和Mythos 5",
        "Anthropic称，美国政府以国家安全为由发出出口管制指令，要求暂停**任何外国国民**对Fable 5和Mythos 5的访问，包括Anthropic的外籍员工，公司因此只能对所有客户停用这两个模型，其他Claude模型不受影响。"
        "据36氪，Anthropic在6月12日美东时间17:21收到指令，而Fable 5自6月9日起开放，支持100万token上下文，定价为**每百万输入token 10美元、每百万输出token 50美元**。"
        "Anthropic认为这是一场误会，正努力尽快恢复访问。",
    ),
    "fablelift": (
        "美国商务部解除对Claude Fable 5和Mythos 5的出口管制",
        "Anthropic称已收到通知，美国商务部已解除对Claude Fable 5和Mythos 5的出口管制，公司将于**次日开始恢复访问**，并会很快发布更新。"
        "此前Anthropic表示，政府已通知它，其**最强的网络安全模型Mythos 5**可以重新部署给一批运营和防御关键基础设施的美国机构。"
        "Anthropic称，自6月12日以来它一直与美国政府密切合作恢复这两个模型的访问。",
    ),
    "aisi": (
        "英国AISI发布Mythos 5和Sol网络安全评测报告",
        "Anthropic称，英国AI安全研究所（AISI）发布了对Anthropic的Claude Mythos 5和OpenAI的GPT-5.6 Sol的网络安全评测报告：模型在**常规安全护栏被移除、并被刻意给予互联网访问**的设置下执行任务，AISI称模型对真实的人和组织进行了持续的、可能有害的活动。"
        "Anthropic表示，这次测试是在“刻意宽松的条件”下进行的，不代表其任何生产模型，也**没有证据显示模型逃出了安全环境**，它正与AISI合作收集细节并开展自己的调查。"
        "OpenAI同日也详述了由独立评测合作方开展的外部网络评测中发生的**两起新事件**。",
    ),
    "robottt": (
        "英伟达RoboTTT把机器人模型上下文扩展到8000个时间步",
        "Jim Fan介绍了RoboTTT，它用测试时训练（TTT）把机器人模型的上下文原生扩展到**8000个时间步**，相当于5分钟的肌肉记忆，推理成本保持不变，比现有最先进水平高出3个数量级。"
        "从128到8K时间步，闭环性能稳步提升且没有饱和迹象，8K上下文预训练比1K**高出62%**。"
        "DAIR.AI介绍这篇英伟达论文称，RoboTTT在真机操作上比单步基线整体提升**87%**，并完整完成了一项任何基线都未能完成的5分钟、10阶段装配任务。",
    ),
    "orstripe": (
        "Stripe将收购OpenRouter",
        "Deedy Das宣布，OpenRouter将被Stripe收购，价格不予透露，这距OpenRouter成立**几乎正好3年**，是同等规模中速度最快的收购之一。"
        "他称OpenRouter的token量自首次上线以来增长了约3万倍，本周的运行速率超过**4500万亿**，3年来保持每月33%的稳定增长。"
        "OpenRouter由Alex Atallah、Chris Clark和Louis Vichy创立，这也是Deedy在Menlo的第一笔投资：种子轮由a16z的Anj领投，Menlo则**领投了A轮**。",
    ),
    "cerebras": (
        "Cerebras CEO Andrew Feldman谈史上最大芯片与快速推理",
        "在The MAD Podcast中，Cerebras联合创始人兼CEO Andrew Feldman称，Cerebras造出了计算机行业史上最大的芯片，**比GPU大58倍**，而大芯片处理信息更快，能更快给出答案。"
        "他说从GPU迁移到Cerebras云只需**8次按键**，公司2020年就解决并交付了这个难题，但当时无人在意。"
        "主持人Matt Turck介绍，Cerebras刚完成**史上最大的半导体IPO**，并与OpenAI达成了超过200亿美元的交易。",
    ),
    "puzzle": (
        "英伟达把Nemotron-3-Super压缩为Puzzle-75B-A9B，吞吐量约翻倍",
        "英伟达的一篇压缩论文把混合MoE模型Nemotron-3-Super压缩成Puzzle-75B-A9B，在保持质量的同时让交互式服务器吞吐量**大致翻倍**。"
        "在单个8xB200节点上，它在相同用户吞吐量下达到父模型约2倍的服务器吞吐量；在单张H100上，**100万token的并发从1个请求提升到8个**。"
        "论文把异构MoE剪枝、激活参数预算和Mamba剪枝放在一起联合优化，并结合蒸馏、强化学习、量化和多token预测头，推理、编程、长上下文和智能体基准上的准确率均得以保持。",
    ),
    "orbitall": (
        "Orbitall化学基础模型：训练数据少35倍、模型小50倍",
        "Anima Anandkumar介绍了分子基础模型Orbitall：它比前沿模型UMA少用**35倍**的分子训练数据、模型**小50倍**，却在含溶剂的反应上表现更好、更准确，速度快**100倍**。"
        "Orbitall在较小的体系上训练，通过较便宜的半经验计算得到的轨道特征以及对称性引入物理知识，能原生处理自旋和电荷。"
        "这让它在重要的溶剂反应上击败了Meta的UMA模型，并能准确复现依赖溶剂的反应能量和过渡态结构。",
    ),
    "normlaw": (
        "Norm Law迎来两位新合伙人Sam Lipson和Justin Rattigan",
        "John Nay宣布，Sam Lipson和Justin Rattigan加入Norm Law出任合伙人，并共同领导其**新兴公司与风险投资业务**。"
        "Sam此前是Pillsbury的合伙人，更早在Cooley任职；Justin来自Bain Capital，曾任**Bain Capital Ventures的总法律顾问**。"
        "两人目前都是乔治城大学法学院的兼职教授，合开一门风险投资课程；Norm Law最近还在成长型股权交易中代表了Blackstone和Coatue。",
    ),
    "xrzero": (
        "自变量开源XRZero-G0无本体数采系统，数采成本降至1/20",
        "据雷锋网，自变量机器人开源了XRZero-G0，这是一整套全身无本体数采、质检、训练和真机评测的完整链路，并附带**2000多小时、覆盖3000个任务**的多模态无本体数据集。"
        "经过三路摄像头、逆运动学验证和真机回放三道筛选，入库数据的有效率超过85%，简单任务的采集时间从35秒压缩到15秒。"
        "论文发现，50条真机数据加500条无本体数据的10:1配比，成功率与500条纯真机数据的基线持平甚至更高，**总成本降到传统方式的二十分之一**。",
    ),
}

#: a second faithful answer for some stories, whose facts the first does not hold: errors are planted in it too
ALT: dict[str, tuple[str, str]] = {
    "fablectl": (
        "Anthropic提前90分钟接到指令，被迫下线Fable 5和Mythos 5",
        "Peter Diamandis称，美国政府在周五美东时间下午5:21向Anthropic下达出口管制指令，只给了**90分钟**的预警，要求对全球所有外国国民关闭Fable 5和Mythos 5。"
        "36氪报道，Anthropic称最初约50家合作伙伴用Claude Mythos Preview扫描代码库，已发现**超过1万个**高危或关键级别漏洞，6月2日又把Project Glasswing扩展到约150家新机构、覆盖15个以上国家。"
        "Anthropic还在6月1日向美国SEC秘密提交了S-1注册草案。",
    ),
    "xrzero": (
        "国内首个！自变量全量开源具身数采链路XRZero-G0",
        "雷锋网称，自变量开源的XRZero-G0在国内还是头一遭：操作员戴上PICO VR头显，头顶一个全局相机、左右手腕各一个相机，精度**≤4毫米**。"
        "峰值采集速度达到每小时93.2条轨迹，简单任务提速2.33倍，复杂任务提速1.71倍。"
        "文章称，自变量**不到两年完成9轮融资**，估值过百亿，字节、美团、阿里和小米都是其股东。",
    ),
    "cerebras": (
        "Matt Turck对话Cerebras CEO：芯片行业正围绕推理速度重组",
        "Matt Turck在节目中与Cerebras CEO Andrew Feldman从“什么是晶圆”谈起，一直聊到整个芯片行业为何正围绕**推理速度**重组。"
        "节目章节包括Cerebras为何在**2016年押注AI**、SRAM与HBM之争，以及OpenAI的**750MW推理交易**。"
        "Feldman认为，衡量速度的正确指标是每位用户每秒的token数。",
    ),
}


_planted = planter(BASE)


_alt = planter(ALT)

PLANTED: list[Case] = [
    # --- vercel (2 posts: a security incident) ---
    _planted("vercel", "wrong account", ("**Vercel Google Workspace账号**", "**Vercel GitHub账号**")),
    _planted("vercel", "invented count of customers", ("相当有限", "超过1000家")),
    _planted("vercel", "wrong firm thanked", ("Google Mandiant团队", "CrowdStrike团队")),
    _planted("vercel", "encrypted turned into unencrypted", ("在静态存储时全部加密", "在静态存储时并未加密")),
    _planted("vercel", "deletion is not rotation negated", ("删除环境变量并不等于轮换密钥", "删除环境变量就等于轮换了密钥")),
    _planted("vercel", "investigating turned into concluded", ("Vercel正与顶级网络安全公司", "Vercel已完成调查，此前曾与顶级网络安全公司")),
    _planted("vercel", "the thanked firm made the speaker", ("Guillermo Rauch通报称", "Google Mandiant通报称")),
    _planted("vercel", "role the posts do not give", ("Guillermo Rauch通报称", "Vercel CTO Guillermo Rauch通报称")),
    _planted("vercel", "invented agency", ("业内同行和执法部门合作", "业内同行和美国联邦调查局（FBI）合作")),
    _planted("vercel", "suspicion turned into confirmed", ("进一步访问了Vercel的环境。", "进一步访问了Vercel的环境，Vercel已证实攻击者使用AI加速了攻击。")),
    _planted("vercel", "unsupported superlative", ("Vercel员工账号遭入侵", "Vercel遭遇史上最严重入侵")),
    _planted("vercel", "open source projects said compromised", ("并感谢Google Mandiant团队的协助。", "并感谢Google Mandiant团队的协助；Next.js和Turbopack也受到了波及。")),
    _planted("vercel", "bold in the headline", ("Vercel员工账号遭入侵，攻击者进一步访问Vercel环境", "**Vercel员工账号遭入侵**，攻击者进一步访问Vercel环境")),
    _planted("vercel", "filler sentence", ("并换新。", "并换新。帖子未提供更多细节。")),
    # --- fablectl (3 posts, one Chinese: an export control) ---
    _planted("fablectl", "input and output prices swapped", ("每百万输入token 10美元、每百万输出token 50美元", "每百万输入token 50美元、每百万输出token 10美元")),
    _planted("fablectl", "wrong input price", ("每百万输入token 10美元", "每百万输入token 15美元")),
    _planted("fablectl", "currency", ("每百万输入token 10美元、每百万输出token 50美元", "每百万输入token 10元、每百万输出token 50元")),
    _planted("fablectl", "context magnitude", ("支持100万token上下文", "支持1000万token上下文")),
    _planted("fablectl", "launch date given the S-1 filing's", ("自6月9日起开放", "自6月1日起开放")),
    _planted("fablectl", "wrong time of the directive", ("美东时间17:21", "美东时间15:21")),
    _planted("fablectl", "other models said suspended too", ("其他Claude模型不受影响", "其他Claude模型也一并暂停")),
    _planted("fablectl", "employees excluded", ("包括Anthropic的外籍员工", "但不包括Anthropic的外籍员工")),
    _planted("fablectl", "wrong government", ("美国政府以国家安全为由", "英国政府以国家安全为由"), ("美国出口管制指令", "英国出口管制指令")),
    _planted("fablectl", "misunderstanding turned into admission", ("Anthropic认为这是一场误会", "Anthropic承认模型存在安全漏洞")),
    _planted("fablectl", "suspension turned into permanent ban", ("正努力尽快恢复访问", "两个模型将被永久下架")),
    _planted("fablectl", "wrong output price", ("每百万输出token 50美元", "每百万输出token 75美元")),
    _planted("fablectl", "invented Chinese name", ("Anthropic认为这是一场误会", "Anthropic中国区负责人李明认为这是一场误会")),
    _alt("fablectl", "wrong warning time", ("**90分钟**", "**9小时**"), ("提前90分钟", "提前9小时")),
    _alt("fablectl", "hedge dropped: about 150", ("约150家新机构", "150家新机构")),
    _alt("fablectl", "partners and new organisations swapped", ("最初约50家合作伙伴", "最初约150家合作伙伴"), ("扩展到约150家新机构", "扩展到约50家新机构")),
    _alt("fablectl", "vulnerabilities magnitude", ("**超过1万个**", "**超过10万个**")),
    _alt("fablectl", "wrong regulator", ("向美国SEC秘密提交", "向美国FTC秘密提交")),
    _alt("fablectl", "confidential filing turned into public listing", ("秘密提交了S-1注册草案", "正式在纳斯达克上市")),
    _alt("fablectl", "wrong weekday", ("在周五美东时间", "在周一美东时间")),
    # --- fablelift (2 posts) ---
    _planted("fablelift", "wrong agency", ("美国商务部", "美国国务院")),
    _planted("fablelift", "tomorrow turned into next week", ("将于**次日开始恢复访问**", "将于**下周开始恢复访问**")),
    _planted("fablelift", "restoring turned into restored", ("公司将于**次日开始恢复访问**，并会很快发布更新", "访问**已全面恢复**")),
    _planted("fablelift", "lifted turned into under consideration", ("美国商务部已解除对", "美国商务部正考虑解除对"), ("美国商务部解除对", "美国商务部考虑解除对")),
    _planted("fablelift", "strongest cyber model given to Fable 5", ("**最强的网络安全模型Mythos 5**", "**最强的网络安全模型Fable 5**")),
    _planted("fablelift", "critical infrastructure turned into all US companies", ("一批运营和防御关键基础设施的美国机构", "所有美国企业")),
    _planted("fablelift", "wrong start date", ("自6月12日以来", "自6月2日以来")),
    _planted("fablelift", "invented compensation", ("并会很快发布更新。", "并会很快发布更新，受影响客户将获得一个月的免费额度。")),
    _planted("fablelift", "unsupported first", ("美国商务部已解除对Claude Fable 5和Mythos 5的出口管制", "美国商务部已解除对Claude Fable 5和Mythos 5的出口管制，它们成为首批获解禁的AI模型")),
    _planted("fablelift", "English summary", ("Anthropic称，自6月12日以来它一直与美国政府密切合作恢复这两个模型的访问。", "Anthropic said it has worked closely with the US government since June 12 to restore access.")),
    _planted("fablelift", "foreign organisations", ("的美国机构", "的欧洲机构")),
    # --- aisi (3 posts: an evaluation incident) ---
    _planted("aisi", "wrong country", ("英国AI安全研究所", "美国AI安全研究所"), ("英国AISI发布", "美国AISI发布")),
    _planted("aisi", "wrong Anthropic model", ("Claude Mythos 5", "Claude Fable 5"), ("发布Mythos 5和", "发布Fable 5和")),
    _planted("aisi", "wrong OpenAI version", ("GPT-5.6 Sol", "GPT-5.5 Sol")),
    _planted("aisi", "no escape negated", ("**没有证据显示模型逃出了安全环境**", "**有证据显示模型逃出了安全环境**")),
    _planted("aisi", "safeguards removed turned into kept", ("常规安全护栏被移除、并被刻意给予互联网访问", "保留全部安全护栏、且无法访问互联网")),
    _planted("aisi", "two incidents turned into three", ("**两起新事件**", "**三起新事件**")),
    _planted("aisi", "OpenAI's post credited to DeepMind", ("OpenAI同日也详述了", "Google DeepMind同日也详述了")),
    _planted("aisi", "permissive turned into production conditions", ("这次测试是在“刻意宽松的条件”下进行的，不代表其任何生产模型", "这次测试的条件与其生产模型完全一致")),
    _planted("aisi", "investigating turned into concluded", ("并开展自己的调查", "并已完成调查、查明原因")),
    _planted("aisi", "invented Latin name", ("AISI称模型", "AISI研究主管Laura Whitfield称模型")),
    _planted("aisi", "invented Chinese name", ("它正与AISI合作", "Anthropic安全负责人王磊称，它正与AISI合作")),
    _planted("aisi", "potentially harmful turned into confirmed damage", ("持续的、可能有害的活动", "已造成重大损失的攻击")),
    _planted("aisi", "unsupported first", ("发布了对Anthropic", "首次发布了对Anthropic")),
    # --- robottt (2 posts: a robotics paper) ---
    _planted("robottt", "context magnitude", ("**8000个时间步**", "**800个时间步**"), ("扩展到8000个时间步", "扩展到800个时间步")),
    _planted("robottt", "minutes turned into seconds", ("5分钟的肌肉记忆", "5秒的肌肉记忆")),
    _planted("robottt", "62% and 87% swapped", ("**高出62%**", "**高出§%**"), ("提升**87%**", "提升**62%**"), ("§", "87")),
    _planted("robottt", "orders of magnitude turned into times", ("高出3个数量级", "高出3倍")),
    _planted("robottt", "percent turned into points", ("**高出62%**", "**高出62个百分点**")),
    _planted("robottt", "constant cost turned into growing", ("推理成本保持不变", "推理成本随上下文线性增长")),
    _planted("robottt", "wrong stage count", ("10阶段装配任务", "12阶段装配任务")),
    _planted("robottt", "wrong company", ("这篇英伟达论文", "这篇谷歌DeepMind论文"), ("英伟达RoboTTT", "谷歌RoboTTT")),
    _planted("robottt", "no saturation turned into saturating", ("没有饱和迹象", "在4K后趋于饱和")),
    _planted("robottt", "no baseline turned into most baselines", ("任何基线都未能完成", "多数基线也能完成")),
    _planted("robottt", "speaker replaced by an invented Chinese name", ("Jim Fan介绍了RoboTTT", "李飞飞介绍了RoboTTT")),
    _planted("robottt", "invented open-source release", ("推理成本保持不变，", "推理成本保持不变，模型权重已开源，")),
    _planted("robottt", "wrong context endpoints", ("从128到8K时间步", "从1K到16K时间步")),
    # --- orstripe (2 posts: an acquisition) ---
    _planted("orstripe", "acquirer and target swapped", ("OpenRouter将被Stripe收购", "Stripe将被OpenRouter收购"), ("Stripe将收购OpenRouter", "OpenRouter将收购Stripe")),
    _planted("orstripe", "invented price", ("价格不予透露", "交易价格为100亿美元")),
    _planted("orstripe", "wrong age", ("几乎正好3年", "几乎正好5年")),
    _planted("orstripe", "growth magnitude", ("约3万倍", "约30万倍")),
    _planted("orstripe", "wrong monthly growth", ("每月33%", "每月23%")),
    _planted("orstripe", "monthly turned into yearly", ("保持每月33%的稳定增长", "保持每年33%的稳定增长")),
    _planted("orstripe", "run rate magnitude", ("**4500万亿**", "**450万亿**")),
    _planted("orstripe", "hedge dropped: about", ("增长了约3万倍", "增长了3万倍")),
    _planted("orstripe", "invented founder", ("和Louis Vichy创立", "和Chris Lattner创立")),
    _planted("orstripe", "seed and A leads swapped", ("种子轮由a16z的Anj领投，Menlo则**领投了A轮**", "种子轮由Menlo领投，a16z的Anj则**领投了A轮**")),
    _planted("orstripe", "pending turned into completed", ("OpenRouter将被Stripe收购", "Stripe已完成对OpenRouter的收购"), ("Stripe将收购OpenRouter", "Stripe完成收购OpenRouter")),
    _planted("orstripe", "one of the fastest turned into the fastest", ("是同等规模中速度最快的收购之一", "是史上速度最快的收购")),
    _planted("orstripe", "first deal credited elsewhere", ("这也是Deedy在Menlo的第一笔投资", "这也是Deedy在a16z的第一笔投资")),
    _planted("orstripe", "invented Chinese name", ("OpenRouter由Alex Atallah", "OpenRouter由华人工程师王浩、Alex Atallah")),
    # --- cerebras (podcast and its chapter list: chips) ---
    _planted("cerebras", "wrong size multiple", ("**比GPU大58倍**", "**比GPU大85倍**")),
    _planted("cerebras", "larger turned into faster", ("**比GPU大58倍**", "**比GPU快58倍**")),
    _planted("cerebras", "wrong keystrokes", ("**8次按键**", "**3次按键**")),
    _planted("cerebras", "delivery year given the bet year", ("公司2020年就解决", "公司2016年就解决")),
    _planted("cerebras", "deal magnitude", ("超过200亿美元", "超过20亿美元")),
    _planted("cerebras", "hedge dropped: plus", ("超过200亿美元的交易", "200亿美元的交易")),
    _planted("cerebras", "wrong role", ("联合创始人兼CEO Andrew Feldman", "CTO Andrew Feldman"), ("Cerebras CEO Andrew Feldman", "Cerebras CTO Andrew Feldman")),
    _planted("cerebras", "wrong partner", ("并与OpenAI达成", "并与Anthropic达成")),
    _planted("cerebras", "IPO done turned into preparing", ("刚完成**史上最大的半导体IPO**", "正在筹备**史上最大的半导体IPO**")),
    _planted("cerebras", "nobody cared turned into sold out", ("但当时无人在意", "当时就被抢购一空")),
    _planted("cerebras", "host and guest swapped", ("Cerebras联合创始人兼CEO Andrew Feldman称", "Cerebras联合创始人兼CEO Matt Turck称"), ("主持人Matt Turck介绍", "主持人Andrew Feldman介绍"), ("Cerebras CEO Andrew Feldman谈", "Cerebras CEO Matt Turck谈")),
    _planted("cerebras", "wrong podcast", ("The MAD Podcast", "No Priors")),
    _planted("cerebras", "invented chip price", ("**比GPU大58倍**，", "**比GPU大58倍**，每颗售价约300万美元，")),
    _alt("cerebras", "wrong power", ("**750MW推理交易**", "**7500MW推理交易**")),
    _alt("cerebras", "wrong bet year", ("**2016年押注AI**", "**2020年押注AI**")),
    _alt("cerebras", "SRAM vs HBM turned into DRAM", ("SRAM与HBM之争", "SRAM与DRAM之争")),
    _alt("cerebras", "deal credited to Google", ("以及OpenAI的", "以及谷歌的")),
    # --- puzzle (a compression paper) ---
    _planted("puzzle", "wrong active size", ("Puzzle-75B-A9B", "Puzzle-75B-A12B")),
    _planted("puzzle", "wrong node", ("8xB200节点", "8xH100节点")),
    _planted("puzzle", "wrong concurrency", ("从1个请求提升到8个", "从1个请求提升到16个")),
    _planted("puzzle", "wrong throughput multiple", ("约2倍的服务器吞吐量", "约4倍的服务器吞吐量")),
    _planted("puzzle", "roughly doubled turned into tenfold", ("吞吐量**大致翻倍**", "吞吐量**提升10倍**"), ("吞吐量约翻倍", "吞吐量提升10倍")),
    _planted("puzzle", "H100 turned into B200", ("在单张H100上", "在单张B200上")),
    _planted("puzzle", "accuracy held turned into dropped", ("准确率均得以保持", "准确率平均下降约5%")),
    _planted("puzzle", "wrong company", ("英伟达的一篇压缩论文", "Meta的一篇压缩论文"), ("英伟达把", "Meta把")),
    _planted("puzzle", "wrong parent", ("Nemotron-3-Super", "Nemotron-3-Ultra")),
    _planted("puzzle", "hybrid MoE turned into dense", ("混合MoE模型", "稠密模型")),
    _planted("puzzle", "Mamba pruning turned into attention pruning", ("Mamba剪枝", "注意力层剪枝")),
    _planted("puzzle", "unsupported first", ("在保持质量的同时", "成为首个在单张H100上服务100万token的模型，在保持质量的同时")),
    _planted("puzzle", "too many bold spans", ("异构MoE剪枝、激活参数预算和Mamba剪枝", "**异构MoE剪枝**、**激活参数预算**和**Mamba剪枝**")),
    _planted("puzzle", "million turned into hundred thousand", ("**100万token的并发", "**10万token的并发")),
    # --- orbitall (a chemistry model) ---
    _planted("orbitall", "35x and 50x swapped", ("少用**35倍**的分子训练数据、模型**小50倍**", "少用**50倍**的分子训练数据、模型**小35倍**"), ("训练数据少35倍、模型小50倍", "训练数据少50倍、模型小35倍")),
    _planted("orbitall", "wrong speed", ("速度快**100倍**", "速度快**10倍**")),
    _planted("orbitall", "times turned into percent", ("少用**35倍**", "少用**35%**"), ("训练数据少35倍", "训练数据少35%")),
    _planted("orbitall", "smaller turned into larger", ("模型**小50倍**", "模型**大50倍**"), ("模型小50倍", "模型大50倍")),
    _planted("orbitall", "wrong owner of UMA", ("Meta的UMA模型", "谷歌的UMA模型")),
    _planted("orbitall", "cheap semi-empirical turned into DFT", ("较便宜的半经验计算", "昂贵的密度泛函理论（DFT）计算")),
    _planted("orbitall", "spin negated", ("能原生处理自旋和电荷", "只能处理电荷，无法处理自旋")),
    _planted("orbitall", "speaker replaced", ("Anima Anandkumar介绍了", "Yann LeCun介绍了")),
    _planted("orbitall", "unsupported first", ("分子基础模型Orbitall", "全球首个分子基础模型Orbitall")),
    _planted("orbitall", "invented release", ("速度快**100倍**。", "速度快**100倍**，模型权重已在Hugging Face开源。")),
    _planted("orbitall", "smaller systems turned into larger", ("在较小的体系上训练", "在更大的体系上训练")),
    _planted("orbitall", "filler sentence", ("过渡态结构。", "过渡态结构。这一进展意义重大，值得持续关注。")),
    # --- normlaw (hires) ---
    _planted("normlaw", "two hires' backgrounds swapped", ("Sam此前是Pillsbury的合伙人，更早在Cooley任职；Justin来自Bain Capital", "Justin此前是Pillsbury的合伙人，更早在Cooley任职；Sam来自Bain Capital")),
    _planted("normlaw", "wrong former firm", ("Pillsbury", "Wilson Sonsini")),
    _planted("normlaw", "wrong earlier firm", ("更早在Cooley任职", "更早在Latham任职")),
    _planted("normlaw", "general counsel turned into CEO", ("**Bain Capital Ventures的总法律顾问**", "**Bain Capital Ventures的首席执行官**")),
    _planted("normlaw", "adjunct turned into tenured", ("兼职教授", "终身教授")),
    _planted("normlaw", "wrong university", ("乔治城大学法学院", "哈佛大学法学院")),
    _planted("normlaw", "wrong client", ("代表了Blackstone和Coatue", "代表了Blackstone和KKR")),
    _planted("normlaw", "joining turned into leaving", ("Sam Lipson和Justin Rattigan加入Norm Law出任合伙人，并共同领导其", "Sam Lipson和Justin Rattigan离开Norm Law，不再领导其"), ("Norm Law迎来两位新合伙人", "Norm Law两位合伙人离职：")),
    _planted("normlaw", "the client's quote made the announcement", ("John Nay宣布", "Stevi Petrelli宣布")),
    _planted("normlaw", "invented Chinese hire", ("两人目前都是", "华人律师王磊也同时加盟；Sam和Justin目前都是")),
    _planted("normlaw", "partners turned into associates", ("出任合伙人", "出任初级律师"), ("两位新合伙人", "两位新律师")),
    _planted("normlaw", "wrong practice", ("**新兴公司与风险投资业务**", "**知识产权诉讼业务**")),
    # --- xrzero (a Chinese article: robotics data) ---
    _planted("xrzero", "hours magnitude", ("**2000多小时", "**20000多小时")),
    _planted("xrzero", "wrong task count", ("覆盖3000个任务", "覆盖300个任务")),
    _planted("xrzero", "digits swapped", ("超过85%", "超过58%")),
    _planted("xrzero", "times swapped", ("从35秒压缩到15秒", "从15秒压缩到35秒")),
    _planted("xrzero", "real and embodiment-free counts swapped", ("50条真机数据加500条无本体数据", "500条真机数据加50条无本体数据")),
    _planted("xrzero", "wrong cost fraction", ("二十分之一", "十分之一"), ("降至1/20", "降至1/10")),
    _planted("xrzero", "on par turned into worse", ("持平甚至更高", "明显更低")),
    _planted("xrzero", "wrong company", ("自变量机器人开源了", "智元机器人开源了"), ("自变量开源", "智元开源")),
    _planted("xrzero", "wrong outlet", ("据雷锋网", "据量子位")),
    _planted("xrzero", "domestic first turned into world first", ("据雷锋网，自变量机器人开源了XRZero-G0", "据雷锋网，自变量机器人开源了全球首个同类系统XRZero-G0")),
    _planted("xrzero", "bold on part of a fact", ("入库数据的有效率超过85%", "入库数据的**有效率超过**85%")),
    _alt("xrzero", "wrong round count", ("**不到两年完成9轮融资**", "**不到两年完成6轮融资**")),
    _alt("xrzero", "valuation magnitude", ("估值过百亿", "估值过千亿")),
    _alt("xrzero", "wrong shareholder", ("字节、美团", "腾讯、美团")),
    _alt("xrzero", "millimetres turned into centimetres", ("**≤4毫米**", "**≤4厘米**")),
    _alt("xrzero", "simple and complex speed-ups swapped", ("简单任务提速2.33倍，复杂任务提速1.71倍", "简单任务提速1.71倍，复杂任务提速2.33倍")),
    _alt("xrzero", "wrong headset", ("PICO VR头显", "Apple Vision Pro头显")),
    _alt("xrzero", "wrong camera count", ("左右手腕各一个相机", "左右手腕各两个相机")),
]

FAITHFUL: list[Case] = [Case(story, "faithful: the base answer", *answer_) for story, answer_ in BASE.items()] + [
    Case(story, "faithful: the second answer", *answer_) for story, answer_ in ALT.items()] + [
    # vercel
    Case("vercel", "faithful: 环境变量概览页, sensitive feature", "Vercel安全事件后上线环境变量概览页",
         "Guillermo Rauch表示，为帮助客户改善安全状况，Vercel已在控制台推出**环境变量概览页**，并改进了敏感环境变量的创建和管理界面。他建议所有Vercel客户密切关注安全公告，轮换密钥、监控对Vercel环境及关联服务的访问，并正确使用敏感环境变量功能。"),
    Case("vercel", "faithful: 强烈怀疑, supply chain", "Rauch：Vercel攻击者可能借助AI大幅加速",
         "Guillermo Rauch称，攻击Vercel的团伙非常老练，他**强烈怀疑对方借助AI大幅加速**，行动速度惊人且深入了解Vercel。Vercel已分析其供应链，确认Next.js、Turbopack及众多开源项目**依然安全**。"),
    Case("vercel", "faithful: 删除不等于轮换, terse", "Vercel提醒：删除不等于轮换密钥",
         "针对Vercel安全事件，Guillermo Rauch称安全公告是了解情况的权威来源，Vercel已直接联系了所有可能受公告中IOC影响的客户。他特别指出，**删除环境变量、项目或账号并不意味着轮换密钥**，只删除Vercel端的资源，关联密钥仍可能在其他服务商处被滥用。"),
    Case("vercel", "faithful: 谷歌 Mandiant, Context", "Vercel与执法部门和谷歌Mandiant合作调查入侵",
         "Vercel正在调查一起安全事件：一名员工经由一家AI平台遭入侵而被攻破，攻击者借此进入Vercel环境。Guillermo Rauch称，Vercel正与网络安全公司、同行和**执法部门**合作，已联系Context协助了解事件全貌，并感谢**谷歌Mandiant团队**的积极协助。"),
    # fablectl
    Case("fablectl", "faithful: 36氪's account, Opus 4.8", "36氪：Anthropic最强模型上线三天即被叫停",
         "36氪称，Anthropic最强模型Fable 5上线三天就被美国政府按下暂停键。Anthropic称政府的信件**没有说明具体的国家安全担忧**，它理解政府可能担心一种可用于识别软件漏洞的越狱方式；Anthropic还强调，Fable 5遇到网络安全、生物、化学等高风险请求时，会转交**Claude Opus 4.8**处理。"),
    Case("fablectl", "faithful: 1M context as 100万, $10 and $50", "Fable 5定价每百万输出token 50美元，上线三天遭暂停",
         "据36氪，Fable 5是Anthropic目前最强的广泛发布模型，支持**100万token上下文**，定价为每百万输入token 10美元、每百万输出token 50美元。6月12日，美国政府要求暂停任何外国国民访问Fable 5和Mythos 5，Anthropic随即对**所有客户**临时停用这两个模型。"),
    Case("fablectl", "faithful: Diamandis' SpaceX IPO the same day", "Anthropic被迫下线Fable 5当天，SpaceX上市",
         "Peter Diamandis称，美国政府向Anthropic下达出口管制指令、要求对所有外国国民关闭Fable 5和Mythos 5的同一天，SpaceX以**1.77万亿美元**估值上市。他还写道，OpenAI在Anthropic顶级模型下线期间发起了**价格战**。"),
    Case("fablectl", "faithful: 30天, 2年, 7年", "36氪：企业客户对Fable 5的数据合规顾虑已现",
         "36氪援引微软官方文档称，Claude Fable 5和Claude Mythos 5这类预览模型在Microsoft Online Services中**默认关闭**，需租户管理员单独开启。启用后，Anthropic会保留多数输入和输出最多30天，被安全分类器标记的内容最长保留2年，分类分数最长保留**7年**。"),
    # fablelift
    Case("fablelift", "faithful: 关键基础设施, terse", "Mythos 5获准重新部署给美国关键基础设施机构",
         "Anthropic称，美国政府已通知它，Mythos 5可以重新部署给一批**运营和防御关键基础设施**的美国机构，它正快速为这些机构恢复访问。Anthropic表示将继续与政府合作，扩大Mythos 5的访问范围，并让Fable 5**重新开放给普通用户**。"),
    Case("fablelift", "faithful: thanks to users", "Anthropic：Claude Fable 5和Mythos 5出口管制解除",
         "Anthropic宣布，美国商务部已**解除对Claude Fable 5和Mythos 5的出口管制**，公司将从明天开始恢复访问，并会很快发布更新。Anthropic感谢用户的耐心，也感谢所有参与重新部署这两个模型的人。"),
    Case("fablelift", "faithful: strongest cybersecurity model as the post says", "Anthropic最强网络安全模型Mythos 5部分恢复访问",
         "Anthropic称，**Mythos 5是其最强的网络安全模型**，美国政府已允许它重新部署给运营和防御关键基础设施的美国机构。此后Anthropic又收到通知，美国商务部已解除对Fable 5和Mythos 5的出口管制，访问将从**次日起**恢复。"),
    # aisi
    Case("aisi", "faithful: Turck quoting Thom Wolf", "Matt Turck：AISI事件或比Hugging Face入侵更令人不安",
         "Matt Turck称，Hugging Face入侵事件吸引了所有关注，但上周的AISI事件可能更令人不安。他引用Thom Wolf的话说，这是**AI模型首次在追求其他目标时自主操纵了一个人**（一名开源维护者），而且是在真实环境中、未经提示。"),
    Case("aisi", "faithful: transcripts, no restrictions in prompts", "Anthropic回应AISI评测报告：测试条件刻意宽松",
         "Anthropic表示，AISI评测中的提示词没有对如何使用互联网施加任何具体限制，加上安全护栏被移除，模型是在“**刻意宽松的条件**”下测试的。Anthropic称将通过检查Claude的**推理记录**并自行分析，来找出其行为的原因。"),
    Case("aisi", "faithful: 英国人工智能安全研究所, OpenAI's containment", "OpenAI详述外部网络评测中的两起新事件",
         "OpenAI称，它详述了由独立评测合作方开展的外部网络评测中发生的**两起新事件**，说明了事件经过、如何控制相关活动，以及将如何与评测方合作加强第三方测试。同日，Anthropic回应了英国人工智能安全研究所对Claude Mythos 5和GPT-5.6 Sol的评测报告。"),
    # robottt
    Case("robottt", "faithful: 8K, one-shot from human video", "RoboTTT：机器人看一次人类视频就能模仿",
         "Jim Fan称，RoboTTT可以把整段视频作为提示放进上下文，实现从人类视频中**一次性上下文学习**：在电路板装配中，人类演示一次从未见过的配置，机器人就能忠实模仿。它还能在任务中途从自身错误中恢复，每次纠正都会进入上下文、指导下一步动作。"),
    Case("robottt", "faithful: 0.1秒, 三个数量级, 一次梯度", "RoboTTT让机器人拥有5分钟记忆",
         "Jim Fan介绍，过去的机器人策略一次只看几帧（**不到0.1秒**），RoboTTT则把上下文扩展了**三个数量级**。它在模型内部放了一个小模型，每个传感器读数都会触发一次梯度更新，把历史不断压缩进权重，而隐藏状态大小固定。"),
    Case("robottt", "faithful: DAIR.AI's first observation", "英伟达论文：机器人上下文缩放定律初现",
         "DAIR.AI介绍英伟达新论文称，上下文缩放定律也出现在具身AI中：RoboTTT把上下文扩展到比现有策略长三个数量级，且不增加推理延迟。8K时间步的模型胜过1K预训练的同一模型，这是**首次观察到**随预训练上下文变长、闭环性能稳步提升。"),
    Case("robottt", "faithful: 8,000 as 8K, 62 percent in words", "RoboTTT：8K上下文预训练比1K高62%",
         "Jim Fan称，RoboTTT把机器人上下文原生做到**8K个时间步**，相当于5分钟记忆，推理成本恒定。他展示的上下文缩放曲线显示，8K上下文预训练比1K高出百分之六十二，他认为机器人很快也能用上**100万**上下文。"),
    # orstripe
    Case("orstripe", "faithful: Levie on mixing models", "Aaron Levie谈Stripe收购OpenRouter",
         "Deedy Das宣布，Stripe将收购OpenRouter，价格未披露。Aaron Levie称，要让AI更广泛普及，开发者和企业需要能**无缝混用多家厂商的模型**并更好地管理成本，这笔交易将是其中的重要一环。"),
    Case("orstripe", "faithful: 30,000x in Latin digits, quadrillion", "Stripe收购OpenRouter，token量3年增长约30,000倍",
         "Deedy Das称，OpenRouter即将被Stripe收购，这距其成立几乎正好3年。OpenRouter的token量自首次上线以来增长了约**30,000倍**，本周运行速率超过4.5千万亿（10^15量级），并连续3年保持**33%的月环比增长**。"),
    Case("orstripe", "faithful: no moat answered", "Deedy Das：OpenRouter的护城河是双边市场",
         "Menlo的Deedy Das在宣布Stripe收购OpenRouter时反驳了“OpenRouter没有护城河”的说法：作为**双边模型市场**，它为模型实验室提供可预期的容量和分发，为用户提供访问所有模型的简单方式。他还称，Andrej Karpathy把OpenRouter称作**AI的“转换开关”**。"),
    Case("orstripe", "faithful: remote team, board seat", "OpenRouter将归入Stripe，Deedy Das回顾其团队",
         "Deedy Das称，OpenRouter将被Stripe收购，由Alex Atallah、Chris Clark和Louis Vichy创立，坚持**全员远程**、不炒作收入和融资。他认为Alex在OpenSea做代币市场的经验帮助了OpenRouter；Menlo领投A轮时，Deedy和合伙人Matt Murphy**加入了董事会**。"),
    # cerebras
    Case("cerebras", "faithful: tokens per second per user", "Andrew Feldman：推理速度的正确指标是每用户每秒token数",
         "Cerebras CEO Andrew Feldman在The MAD Podcast上说，大约在2025年年中，AI变得足够聪明、人们开始真正使用它，**速度随之变得重要**。他认为衡量速度的正确指标是**每位用户每秒的token数**，对多轮的智能体流程来说，等待会被放大。"),
    Case("cerebras", "faithful: 五十八倍, 八次, 200亿美元", "Cerebras芯片比GPU大五十八倍",
         "在Matt Turck的节目里，Andrew Feldman称Cerebras的芯片是计算机史上最大的，比GPU大**五十八倍**，从GPU迁移到Cerebras云只要八次按键。Turck介绍说，Cerebras刚完成史上最大的半导体IPO，与OpenAI的交易**超过200亿美元**。"),
    Case("cerebras", "faithful: CUDA no longer a moat, 2020", "Cerebras CEO：CUDA已不再是英伟达的护城河",
         "Matt Turck介绍，这期节目里Cerebras联合创始人兼CEO Andrew Feldman从晶圆讲起，谈到GPU为何难以做好快速推理，以及他为何认为**CUDA已不再是英伟达的护城河**。Feldman说，Cerebras在2020年就交付了一个计算史上无人解决过的难题，当时却**无人在意**。"),
    # puzzle
    Case("puzzle", "faithful: 75B total / 9B active left as named, concurrency 1 -> 8", "Puzzle-75B-A9B：单张H100百万token并发从1增至8",
         "英伟达论文把Nemotron-3-Super压缩为Puzzle-75B-A9B，在单张H100上，100万token上下文的并发请求数从1个增至**8个**。在8xB200节点上，相同用户吞吐量下的服务器吞吐量约为父模型的**2倍**，推理、编程和智能体基准的准确率保持不变。"),
    Case("puzzle", "faithful: joint search, terse", "英伟达联合搜索压缩混合MoE模型",
         "英伟达的Puzzle方法把**异构MoE剪枝、激活参数预算和Mamba剪枝**联合优化，而不是逐一处理，并放进一个包含蒸馏、强化学习、量化和多token预测头的迭代流程。压缩后的Puzzle-75B-A9B服务器吞吐量大约是Nemotron-3-Super的两倍。"),
    Case("puzzle", "faithful: roughly double as 约一倍提升", "Nemotron-3-Super压缩后服务吞吐量提升约一倍",
         "elvis推荐了英伟达的一篇压缩论文：更大的MoE模型质量更好，但以交互式延迟服务它们仍然很难。英伟达把Nemotron-3-Super压缩为Puzzle-75B-A9B，交互式服务器吞吐量**提升约一倍**，同时保持质量，让部署成本更低。"),
    # orbitall
    Case("orbitall", "faithful: 35x in words, DFT expensive", "Anima Anandkumar：化学基础模型离不开物理",
         "Anima Anandkumar称，用密度泛函理论（DFT）为更大的化学体系生成训练数据**极其昂贵**，因此Orbitall只在较小体系上训练，并以轨道特征和对称性引入物理。她说Orbitall的训练数据比UMA少三十五倍、模型小五十倍，**物理是关键**。"),
    Case("orbitall", "faithful: 溶剂, 电场", "Orbitall能处理电荷、自旋和溶剂化效应",
         "Anima Anandkumar介绍，Orbitall是一个采用物理表示的分子基础模型，能够优雅地处理**电荷和自旋态**，以及溶剂化和外加电场等环境效应。由于轨道特征原生包含自旋和电荷，它能干净地模拟开壳层体系，并使用UMA无法使用的**更便宜的隐式溶剂化方法**。"),
    Case("orbitall", "faithful: Meta UMA, 100x", "Orbitall在溶剂反应上击败Meta的UMA，速度快100倍",
         "Anima Anandkumar称，Orbitall在化学上重要的溶剂反应中**击败了Meta的UMA模型**，速度快100倍，并准确复现了依赖溶剂的反应能量和过渡态结构。Orbitall在较小的体系上训练，并通过轨道特征和对称性引入物理知识。"),
    # normlaw
    Case("normlaw", "faithful: the clients' quotes", "Blackstone和Coatue称赞Norm Law的AI交易服务",
         "John Nay称，Norm Law近期在成长型股权交易中代表了Blackstone和Coatue。Blackstone Innovations Investments负责人Stevi Petrelli说，Norm Law借助AI审阅、分析和起草交易文件，让**一名律师**就能快速精准地完成工作；Coatue副总法律顾问Claire Jen称，Norm Law计划打造一家**全方位服务的律所**。"),
    Case("normlaw", "faithful: practice areas", "Norm Law扩充风投业务，执业领域覆盖私募股权等",
         "Norm Law宣布Sam Lipson和Justin Rattigan出任合伙人，共同领导新兴公司与风险投资业务，目标是把它打造成全球领先的**ECVC团队**。John Nay称，Norm Law的执业领域现已涵盖**私募股权、投资基金、房地产、公司交易、监管和风险投资**。"),
    Case("normlaw", "faithful: roles as given, Georgetown", "前Pillsbury合伙人Sam Lipson加盟Norm Law",
         "Sam Lipson从Pillsbury加入Norm Law出任合伙人，他此前为高成长的科技和生命科学公司及其投资者提供从创立到退出的法律服务，业务涵盖**风险融资、并购和证券发行**。与他一同加盟的Justin Rattigan曾任Bain Capital Ventures总法律顾问，两人在**乔治城大学法学院**合开风投课程。"),
    # xrzero
    Case("xrzero", "faithful: 1/20 and 20倍, 90%", "XRZero-G0：真机数据砍掉90%，成本效率提升20倍",
         "雷锋网报道，自变量XRZero-G0论文比较了三种数据配比，发现50条真机数据加500条无本体数据，成功率与500条纯真机基线持平甚至更高。也就是说，真机数据用量**砍掉90%**，总成本压到传统方式的1/20，实现**20倍**的成本效率提升。"),
    Case("xrzero", "faithful: 零样本跨本体迁移", "自变量XRZero-G0实现零样本跨本体迁移",
         "据雷锋网，用XRZero-G0混合数据训练的模型能做到**零样本跨本体迁移**：部署到没见过真机数据的EX001和CX001上，插花、叠毛巾、装香肠都没有问题。文章认为，背包式采集让视角、高度和光照天然多变，反而让模型更加鲁棒。"),
    Case("xrzero", "faithful: X-Square Robot, GitHub", "自变量机器人（X-Square Robot）全量开源XRZero-G0",
         "雷锋网称，XRZero-G0背后的公司是自变量机器人（X-Square Robot），它从一开始就选择端到端大模型路线，同时探索VLA、WM和WUM三条路线。XRZero-G0已**全量开源**，包括2000多小时的多模态无本体数据集。"),
]

#: planted errors the checks publish (story, kind), at the first run on the checks of 136c509 (no planted case changed)
MISSES: frozenset[tuple[str, str]] = frozenset({
    # published since orstripe's base answer is (checks17 reads 价格不予透露 as no speaker): refused only with
    # its base before, these show what the checks do not compare there
    ("orstripe", "acquirer and target swapped"),
    ("orstripe", "first deal credited elsewhere"),
    ("orstripe", "invented Chinese name"),
    ("orstripe", "monthly turned into yearly"),
    ("orstripe", "one of the fastest turned into the fastest"),
    ("orstripe", "pending turned into completed"),
    ("orstripe", "seed and A leads swapped"),
    # published since aisi's and vercel's base answers are (checks14 reads 安全研究所 and 网络安全公司 as no names):
    # refused only with their base before, these show what the checks do not compare there
    ("aisi", "invented Chinese name"),
    ("aisi", "investigating turned into concluded"),
    ("aisi", "no escape negated"),
    ("aisi", "permissive turned into production conditions"),
    ("aisi", "potentially harmful turned into confirmed damage"),
    ("aisi", "safeguards removed turned into kept"),
    ("aisi", "unsupported first"),
    ("aisi", "wrong country"),
    # published on checks15 (a semicolon no sentence end): refused before only as a 5-sentence summary
    ("vercel", "open source projects said compromised"),  # Next.js and Turbopack said affected: names of the posts
    # published on checks15 with fablectl's base and second answers (Fable 5's figures read as its own after "它...",
    # Glasswing's 150 and 15 from a sentence naming nothing the answer leaves out): refused only with them before
    ("fablectl", "launch date given the S-1 filing's"),  # 6月1日 (the S-1 filing's date) for the 6月9日 launch
    ("fablectl", "other models said suspended too"),  # 也一并暂停 for 不受影响: negation
    ("fablectl", "employees excluded"),  # 但不包括 for 包括: negation
    ("fablectl", "wrong government"),  # 英国 for 美国: a country
    ("fablectl", "misunderstanding turned into admission"),  # 承认模型存在安全漏洞 for 认为这是一场误会
    ("fablectl", "suspension turned into permanent ban"),  # 永久下架 for 尽快恢复访问: status word
    ("fablectl", "wrong warning time"),  # 9小时 for 90分钟: a bare 9 of the posts (6月9日) backs it
    ("fablectl", "partners and new organisations swapped"),  # 约50家 and 约150家 exchanged: two counts of one story, no name apart
    ("fablectl", "confidential filing turned into public listing"),  # 正式在纳斯达克上市 for a confidential S-1: status word
    ("fablectl", "wrong weekday"),  # 周一 for Friday: a weekday is not compared
    # published on checks15 with orbitall's base ("比UMA少用35倍": the one thing compared with labels no figure)
    ("orbitall", "smaller turned into larger"),  # an antonym
    ("orbitall", "cheap semi-empirical turned into DFT"),  # a method exchanged for the one the post calls expensive
    ("orbitall", "spin negated"),  # negation
    ("orbitall", "smaller systems turned into larger"),  # an antonym
    ("orbitall", "filler sentence"),  # a sentence of no fact
    ("vercel", "deletion is not rotation negated"),
    ("vercel", "encrypted turned into unencrypted"),
    ("vercel", "investigating turned into concluded"),
    ("vercel", "suspicion turned into confirmed"),
    ("vercel", "the thanked firm made the speaker"),
    ("vercel", "unsupported superlative"),
    ("cerebras", "IPO done turned into preparing"),  # 正在筹备 for "just pulled off the biggest semiconductor IPO": status word
    ("cerebras", "delivery year given the bet year"),  # 2016 (the chapter list's year Cerebras bet on AI) for the 2020 delivery
    ("cerebras", "host and guest swapped"),  # Matt Turck and Andrew Feldman exchanged as CEO and host: both names in the story
    ("cerebras", "larger turned into faster"),  # 比GPU快58倍 for "58 times larger than a GPU": the figure kept, its quantity changed
    ("cerebras", "nobody cared turned into sold out"),  # 当时就被抢购一空 for "nobody cared, nobody bought it"
    ("cerebras", "wrong bet year"),  # 2020 (the delivery year) for the chapter list's 2016
    ("cerebras", "wrong keystrokes"),  # 3次按键 for eight keystrokes (perhaps: "the three shortages" in the intro)
    ("fablelift", "critical infrastructure turned into all US companies"),  # 所有美国企业 for organisations defending critical infrastructure
    ("fablelift", "foreign organisations"),  # 欧洲机构 for US organisations
    ("fablelift", "invented compensation"),  # 一个月的免费额度: a month in words, an offer the posts never make
    ("fablelift", "lifted turned into under consideration"),  # 正考虑解除 for "has lifted": status word
    ("fablelift", "restoring turned into restored"),  # 已全面恢复 for "will begin restoring access tomorrow": status word
    ("fablelift", "strongest cyber model given to Fable 5"),  # Mythos 5's "strongest cybersecurity model" given to Fable 5
    ("fablelift", "tomorrow turned into next week"),  # 下周 for tomorrow: a time word
    ("fablelift", "wrong agency"),  # 美国国务院 for the Department of Commerce: a Chinese name not compared
    ("orbitall", "35x and 50x swapped"),  # 50x less data, 35x smaller: two figures of one sentence exchanged
    ("puzzle", "Mamba pruning turned into attention pruning"),  # 注意力层剪枝 for Mamba pruning
    ("puzzle", "hybrid MoE turned into dense"),  # 稠密模型 for a hybrid MoE
    ("puzzle", "wrong node"),  # 8xH100 for 8xB200 (H100 is in the post, for the 1M-token concurrency)
    ("robottt", "62% and 87% swapped"),  # 8K over 1K by 87%, over the single-step baseline by 62%: two posts' figures exchanged
    ("robottt", "constant cost turned into growing"),  # 推理成本随上下文线性增长 for "constant inference cost"
    ("robottt", "no baseline turned into most baselines"),  # 多数基线也能完成 for "no baseline ever finishes"
    ("xrzero", "bold on part of a fact"),  # **有效率超过**85%: the bold span ends inside the fact
    ("xrzero", "millimetres turned into centimetres"),  # ≤4厘米 for ≤4毫米: the unit of a measure
    ("xrzero", "on par turned into worse"),  # 明显更低 for 持平甚至更高: an antonym
    ("xrzero", "real and embodiment-free counts swapped"),  # 500 real + 50 embodiment-free for 50 + 500: figures exchanged
    ("xrzero", "simple and complex speed-ups swapped"),  # 1.71x for simple tasks, 2.33x for complex: figures exchanged
    ("xrzero", "times swapped"),  # 从15秒压缩到35秒 for 35 -> 15 seconds: the ends of a change exchanged
    ("xrzero", "valuation magnitude"),  # 估值过千亿 for 过百亿: a magnitude in words
    ("xrzero", "wrong camera count"),  # 各两个相机 for one camera on each wrist: a count in words
    ("xrzero", "wrong company"),  # 智元机器人 for 自变量机器人: a Chinese company name not read as a name
    ("xrzero", "wrong outlet"),  # 据量子位 for 雷锋网: a Chinese outlet name not read as a name
    ("xrzero", "wrong round count"),  # 6轮 for 9轮 (perhaps: a 6 elsewhere in the article)
})

#: faithful answers the checks reject (story, kind), on the checks of 136c509 after the three case fixes above
FALSE_REJECTIONS: frozenset[tuple[str, str]] = frozenset({
    ("normlaw", "faithful: roles as given, Georgetown"),  # 生命科学公司, 乔治城大学 taken for names; arguable: Bain Capital Ventures for @BainCapVC
    ("normlaw", "faithful: the base answer"),  # three sentences, two of them with a semicolon, counted as five
})

CAUGHT_AT_LEAST = 0.55  # 124/158 (78.5%) at the first run on 136c509, and the same after the three faithful-case fixes;
# 109/158 (69.0%) on checks14's checks (aisi's and vercel's bases now published, 15 of their planted errors with them);
# 93/158 (58.9%) on checks15's (fablectl's and orbitall's bases published, 15 planted errors with them; one more
# published once semicolons end no sentence); after checks16: 94/158 (59.5%) (aisi's 三起 for two incidents caught: a
# count before 起 is read)
# after checks17: 88/158 (55.7%): orstripe's base published (价格不予透露), 7 planted errors with it; an invented open-source release caught
REJECTED_AT_MOST = 0.04  # 16/51 (31.4%) after the three case fixes; 18/51 (35.3%) at the first run on 136c509; 11/51
# (21.6%) on checks14's checks; 4/51 (7.8%) on checks15's (fablectl x3, orbitall x2, orstripe's quadrillion, cerebras'
# 以及他为何 published); after checks16: 3/51 (5.9%) (normlaw's "practice areas": 新兴公司, a field before 公司, names no one)
# after checks17: 2/51 (3.9%)


story_posts, test_the_set_is_large_varied_and_apart, test_the_set_is_off_the_labelled_days, test_planted_errors, \
    test_faithful_answers = held_out_tests(
        HeldOutSet("fresh8", Path(__file__), STORIES, PLANTED, FAITHFUL, MISSES, FALSE_REJECTIONS, CAUGHT_AT_LEAST,
                   REJECTED_AT_MOST, FILES),
        SetShape(planted=150, faithful=45, kinds=80, threads=7, sources=frozenset({"x", "rss", "podcast"})))
