# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)

"""An eleventh set of hand-written answers: planted errors and faithful answers nobody tuned the checks on.

Written by hand without reading the checks or their data files, on 11 corpus stories no other test uses, none on the
labelled eval days, the held-out benchmark days or the days being labelled (2026-06-10, 2026-07-02, 2026-07-10,
2026-07-14, 2026-07-17, 2026-07-31, 2026-08-06, 2026-08-11, 2026-08-14, 2026-08-22); all X posts, most from the
tuber0613 timeline (FILES below). Six stories have two to four posts on one event (DeepSeek-V4-Pro's launch with Arena's
Code Arena rank, AIGCLINK's Chinese post and Together AI; OpenAI pausing RL training with Sam Altman's post; Anthropic's
watermarking FAQ with Thariq's two posts; GPT-5.6 Sol on ARC-AGI-3 with Thibault Sottiaux and François Chollet; Agent
Arena's new categories and its method; FLUX 3 Video's Image-to-Video rank with Runway's launch). The kinds the earlier
sets had little of: policy and regulation (a lab pausing its own training for two weeks, watermarking to comply with
the EU AI Act, a benchmark author's rules for harnesses), leaderboards with several models' scores and ranks (Code
Arena with an AutoEval caveat, Agent Arena's three categories, the Image-to-Video Arena), a funding round at a
valuation (Databricks' $5 billion at $190 billion), a price per task with a share cheaper (WANDR), multipliers of
several models (宝玉 on GitHub Copilot's token multipliers, in Chinese), three benchmarks of one test with passes,
seconds and multiples (AIGCLINK on Composio's harness test, in Chinese), blind-judged win rates (京东's
JoyAI-VL-Interaction, in Chinese) and an open model's size in T (Together AI). 181 planted errors of every kind of
issue 11 (5 in a second faithful answer, ALT) and 49 faithful answers in the seed's style, committed (a54a6bd) before
any run.

First run, on the checks of the branch base 3bdaa08: 126 of 181 planted errors caught (69.6%), 9 of 49 faithful answers
rejected (18.4%). Every miss and rejection was then read against the posts and the prompt. No planted error is true,
and no rejected faithful answer breaks the prompt's rules (headline of at most 30 characters without the author, 2-4
sentences, 1-3 bold whole facts, titles only from the posts or roles) or says what the posts do not: none of the cases
was mine to fix, so the set stands as committed. The caught share flatters: four base answers are refused (dsv4pro,
flux3, harness, rlpause) and with them 68 of their planted errors; on the answers that are published, 58 of 113
planted errors are caught (51.3%). The targets (>= 90% caught, <= 5% rejected) do not hold for answers the tests did
not contain.

What the misses show (MISSES below, one line each; 55): 26 are negation, antonym, status, qualifier, comparison,
cause and method words with no name or number changed (six of the watermark FAQ's "no"s turned into yes: quality,
cost, hidden characters, traceable, visible, only Claude Code; API暂不能调用, 模型名称已经更改, 仅开源模型权重, 只在用户
提问后才回答, 自动评测 for 真人盲评, 真人盲评投票 for causal tracing, 最强模型 for the average model, 合成的短程任务, 3D
for 2D, 单个上下文窗口, a custom harness 也可以接受, the model's fault for the harness's, AGI还很遥远, value and token
maxing reversed, an IPO for financing, 贵62%, 在中国托管, 每百万token for per task, 低于 for a higher multiplier, 超越
for 紧逼); 11 move or exchange names and figures the story holds (Code's and Work's leaders, the score and token
multiples, the amount and the valuation, OpenAI as Claude's maker and as Arena's speaker, DeepSeek as Perplexity's,
GitHub as 宝玉's, Forbes as lead investor, the journalist as the CEO, Gemini 3.5 Pro from 3.1 Pro, the monitoring
scenario's 100% given to live commentary); 6 are counts, magnitudes and versions in words (数千 for millions, 上万 and
上千元 for a thousand dollars, 三项 for two settings, ARC-AGI-2, Opus 5 for Opus 4.8); 6 are claims in words outside
the lexicon or in the headline (包揽三类榜首, 拿下满分, 将上线, 将于明年, 已经推出, 比所有其他模型都便宜); 3 are Chinese
names not compared (阿里 and 京东方 for 京东, 美国AI行政令 for the EU AI Act); 3 are language, filler and bold (an
English sentence most of whose words are in the post, 帖子未透露本轮融资的投资方, **50亿**美元 cut from its currency).

What the false rejections show (FALSE_REJECTIONS below; 9): 4 tie a figure to the wrong subject although the post
gives it for the one the sentence names (V4-Pro's 1607, ~#8 and #2 among open models; Opus's 147 seconds and 1.85x
the tokens in "Sol 111 秒 vs Opus 147 秒"); 2 do not find 20 in Runway's "up to 20 seconds" (最长20秒, 最多20秒); 1
takes words for a name (模型名称保持不变); 2 read faithful words as claims (全行业 for "the entire field" as a global
claim, 胜过 for blind-judged win rates of 77.6% and 87.9%).

After checks17 (the round this set measured blind): 127 of 181 caught (70.2%), 9 of 49 rejected (18.4%). Its direction
reading catches the score and token multiples swapped (得分6倍, token少3倍); no other case moved, and the same nine
faithful answers are refused.
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
    # DeepSeek: V4-Pro launched, Agent upgrades, low/high/max reasoning effort for V4-Pro & V4-Flash, Responses API, Codex, Expert Mode, API names unchanged; Arena: V4-Pro (Max) ~#8 overall, #2 open in Code Arena WebDev, 1607 pts, behind GPT-5.6 Sol (xHigh) 1622, Kimi K3 (Max) 1674, an early AutoEval score; AIGCLINK (Chinese): DeepSeek-V4-Pro-0813, API callable, ahead of Opus 4.8 on Terminal Bench, Cybergym, DeepSWE, close to Fable 5; Together AI: 1.6T MoE, 1M context, three reasoning modes
    "dsv4pro": ("x:2087864585504305397", "x:2087767198974533648", "x:2087668767002444142", "x:2089064162684993798"),
    # OpenAI: RL training on its latest models for deployment paused for two weeks (environments hardened and red-teamed, monitoring expanded), its largest planned frontier RL run still on hold; Sam Altman (OpenAI CEO): paused some frontier RL training, will act unilaterally until the field coordinates
    "rlpause": ("x:2089777845187031262", "x:2089785307315200028"),
    # Anthropic: watermarking to comply with the EU AI Act, others signed the same Code of Practice, no quality impact, indistinguishable, no hidden characters, no extra tokens, not traceable; Thariq: a text detection API coming, all Claude text watermarked (a PR by Claude Code), limitations
    "watermark": ("x:2088343978873966687", "x:2087258090169414008", "x:2087258091821949074"),
    # OpenAI: GPT-5.6 Sol struggled on ARC-AGI-3 (2D puzzle games), the harness did not let it remember, two API settings tripled its scores with 6x fewer output tokens; Thibault Sottiaux: SoTA, two setting changes, multiple context windows with compaction; François Chollet (Keras 作者): custom harnesses not okay, general API settings fine, report settings and cost
    "arcsol": ("x:2082616636989952217", "x:2082609662231502932", "x:2082732210436575669"),
    # Arena: Agent Arena's new categories, #1 Code GPT 5.6 Sol (xHigh), Work Claude Opus 5 (High), Chat Claude Opus 5 (Max), millions of long-horizon tasks, a session can cost hundreds or a thousand dollars; Arena again: web search, filesystem, terminal tools, outcomes relative to the average model by causal tracing
    "agentarena": ("x:2089487885825360367", "x:2090204786268516556"),
    # Arena: FLUX 3 Video's latest update #5 in the Image-to-Video Arena with 1453 pts, behind Grok Imagine Video 1.5 (1460) and Gemini Omni Flash (1462); Runway: FLUX 3 on Runway, up to 20 seconds of video with audio
    "flux3": ("x:2087917526919631172", "x:2084729635720270277"),
    # Databricks: $5 billion financing at a $190 billion valuation, for Genie, Lakebase and Unity AI Gateway; Ghodsi: AGI already arrived (Forbes, Victor Dey), "token maxing to value maxing"
    "databricks": ("x:2087929733035991413",),
    # Perplexity: DeepSeek V4 Pro hosted in the U.S. in Perplexity Computer, WANDR 0.359 at $0.75 per task, 62% cheaper than the next model on the cost-performance frontier
    "wandr": ("x:2089819655712210956",),
    # AIGCLINK (Chinese): 京东 open-sources JoyAI-VL-Interaction, 58 blind-judged streaming scenarios, win rate 77.6% vs 豆包, 87.9% vs Gemini, 100% vs both in monitoring alerts, front and back models, the full stack open
    "joyai": ("x:2069256962752258474",),
    # 宝玉 (Chinese): GitHub Copilot counts Gemini 3.5 Flash tokens at 14x; Claude Sonnet 4.6 1x, Claude Opus 4.8 15x, Gemini 3.1 Pro 1x, GPT-5.5 7.5x
    "copilot": ("x:2060541910570197016",),
    # AIGCLINK (Chinese) on Composio's test: Kimi K3 on three harnesses, 28 tasks, similar success, token spend up to 30x apart; 14-task benchmark K3 ties Claude Fable 5 (9 pass, 5 fail); 23 tasks: GPT-5.6 Sol 22/23, Opus 5 20/23, 111 s vs 147 s per task, Opus 1.85x the tokens
    "harness": ("x:2082689528138187039",),
}


BASE: dict[str, tuple[str, str]] = {
    "dsv4pro": (
        "DeepSeek发布V4-Pro，Agent能力大幅升级",
        "DeepSeek推出DeepSeek-V4-Pro，带来**Agent能力的重大升级**，V4-Pro和V4-Flash都支持low、high、max三档推理强度，并原生支持OpenAI Responses API。"
        "Arena称，V4-Pro（Max）在Code Arena WebDev榜上以**1607分**暂列总榜第8左右、开源模型第2，在开源模型中仅次于1674分的Kimi K3（Max）。"
        "Together AI已上线DeepSeek V4 Pro 0813，该模型采用**1.6T MoE架构**，支持100万上下文。",
    ),
    "rlpause": (
        "OpenAI暂停部分前沿RL训练以加强安全",
        "OpenAI称，随着模型能力增强，内部开发和测试的风险也在上升，因此把面向部署的最新模型的强化学习训练**暂停了两周**，用于加固和红队测试研究环境、扩大监控覆盖。"
        "其**规模最大的计划中前沿RL训练仍处于搁置状态**，要等更小规模的训练和评估验证这些防护措施。"
        "OpenAI CEO Sam Altman表示，全行业需要协调出共同的安全标准，在此之前OpenAI会**先单方面行动**。",
    ),
    "watermark": (
        "Anthropic为Claude输出加入水印",
        "Anthropic发布FAQ称，为遵守**欧盟AI法案**，它正在为Claude的输出加入水印，其他签署了同一行为准则的主要模型开发者也会这样做。"
        "水印**不会影响输出的质量和内容**，不在文本中添加任何内容或隐藏字符，也不需要额外token、不会更贵，并且无法追溯到具体的个人、组织或对话。"
        "Thariq表示，所有Claude生成的文本都会嵌入水印，他们还将推出可自行使用的**文本检测API**。",
    ),
    "arcsol": (
        "GPT-5.6 Sol在ARC-AGI-3上得分提升至3倍",
        "OpenAI称，GPT-5.6 Sol在由2D解谜游戏组成的ARC-AGI-3上表现不佳，原因是harness没让它记住学到的东西，启用两项API设置后，**得分提高到原来的3倍**，输出token少6倍。"
        "Thibault Sottiaux表示，只需允许它借助官方的compaction实现跨多个上下文窗口推理，GPT-5.6 Sol就是ARC-AGI-3上的**SoTA**。"
        "Keras作者François Chollet提醒，为该基准定制的harness不可接受，面向所有API用户的通用设置则可以，各家设置不同也无妨，只要**设置和成本清楚报告**。",
    ),
    "agentarena": (
        "Agent Arena上线新分类，各类榜首不同",
        "Arena称，Agent Arena上线了新分类，各分类排名第一的模型都不同：编程类是**GPT 5.6 Sol（xHigh）**，工作类是Claude Opus 5（High），聊天类是Claude Opus 5（Max）。"
        "Agent Arena在数百万个真实世界的长程智能体任务上衡量模型，单次长时间智能体会话的成本可达**数百甚至上千美元**。"
        "模型可以使用网页搜索、文件系统和终端工具，排行榜用**因果追踪方法**衡量模型相对于平均模型的任务结果。",
    ),
    "flux3": (
        "FLUX 3 Video新版本位列图生视频榜第5",
        "Arena称，FLUX 3 Video的最新更新在Image-to-Video Arena以**1453分**排名**第5**，紧随1460分的Grok Imagine Video 1.5和1462分的Gemini Omni Flash之后。"
        "Runway此前宣布FLUX 3已在其平台上线，可生成和编辑**最长20秒**的带音频视频。",
    ),
    "databricks": (
        "Databricks完成50亿美元融资，估值1900亿美元",
        "Databricks宣布完成**50亿美元融资**，估值**1900亿美元**。"
        "这笔资金将投向Genie、Lakebase和Unity AI Gateway，分别对应企业对AI的三项需求：获取散落在企业各处的上下文、为智能体打造的数据库，以及对token支出的控制。"
        "CEO Ghodsi表示，Unity AI Gateway可以让所有token经由一个系统路由，并为不同团队或个人设定预算，他称之为从“token maxing”转向“value maxing”。",
    ),
    "wandr": (
        "Perplexity上线DeepSeek V4 Pro",
        "Perplexity宣布，在美国托管的DeepSeek V4 Pro已上线Perplexity Computer。"
        "它在WANDR评测中得分**0.359**，每项任务成本**0.75美元**，比成本-性能前沿上的下一个模型**便宜62%**。",
    ),
    "joyai": (
        "京东开源“边看边说”的视频交互模型",
        "AIGCLINK介绍，京东开源了实时视频视觉语言交互模型JoyAI-VL-Interaction，它能持续观察视频流，自主判断何时说话、何时沉默。"
        "在**58个**真人盲评的实时流式场景中，它对豆包的胜率为**77.6%**，对Gemini的胜率为87.9%，在监控预警场景中对两个基线的胜率均为**100%**。"
        "模型、数据、训练方案和可部署系统全栈开源。",
    ),
    "copilot": (
        "Copilot中Gemini 3.5 Flash算14倍",
        "宝玉称，GitHub Copilot中Gemini 3.5 Flash的token消耗按**14倍**计算，高于GPT-5.5的7.5倍。"
        "相比之下，Claude Sonnet 4.6和Gemini 3.1 Pro均按1倍计算，Claude Opus 4.8则按**15倍**计算。",
    ),
    "harness": (
        "换harness让Kimi K3花费最高差30倍",
        "AIGCLINK介绍，Composio让Kimi K3在Claude Code、Hermes和Kimi Code三个harness上跑**28个相同任务**，三者成功率相近，但同一任务的token花费**最高相差30倍**。"
        "在14个任务的智能体基准上，K3与Claude Fable 5打平，都是9个通过、5个失败。"
        "在23个任务的基准上，GPT-5.6 Sol通过22个、Opus 5通过20个，Sol每任务用时**111秒**，Opus为147秒。",
    ),
}

#: a second faithful answer for one story, whose facts the first does not hold: errors are planted in it too
ALT: dict[str, tuple[str, str]] = {
    "dsv4pro": (
        "DeepSeek-V4-Pro正式版上线，API已可调用",
        "AIGCLINK称，DeepSeek V4 Pro正式版DeepSeek-V4-Pro-0813已经推出，**API已能调用**。"
        "其Agent能力在Terminal Bench、Cybergym、DeepSWE等基准上**领先Opus 4.8**，紧逼Fable 5。"
        "DeepSeek表示，V4 Pro已在App和网页端上线，可通过“Expert Mode”使用，API的模型名称**保持不变**。",
    ),
}


_planted = planter(BASE)


_alt = planter(ALT)


PLANTED: list[Case] = [
    # --- dsv4pro (4 posts: a launch, a leaderboard, a Chinese post, a platform) ---
    _planted("dsv4pro", "wrong score", ("以**1607分**", "以**1670分**")),
    _planted("dsv4pro", "Kimi K3's score given to V4-Pro", ("以**1607分**", "以**1674分**")),
    _planted("dsv4pro", "second among open models turned first", ("开源模型第2，", "开源模型第1，")),
    _planted("dsv4pro", "hedge dropped: around #8", ("暂列总榜第8左右", "位列总榜第8")),
    _planted("dsv4pro", "wrong overall rank", ("暂列总榜第8左右", "暂列总榜第3左右")),
    _planted("dsv4pro", "1.6T turned into 1.6B", ("**1.6T MoE架构**", "**1.6B MoE架构**")),
    _planted("dsv4pro", "wrong context length", ("支持100万上下文", "支持10万上下文")),
    _planted("dsv4pro", "both models' reasoning effort given to one", ("V4-Pro和V4-Flash都支持low、high、max三档推理强度", "只有V4-Pro支持low、high、max三档推理强度，V4-Flash不支持")),
    _planted("dsv4pro", "invented first", ("DeepSeek推出DeepSeek-V4-Pro，", "DeepSeek推出全球首个万亿参数智能体模型DeepSeek-V4-Pro，")),
    _planted("dsv4pro", "live turned into next week", ("Together AI已上线DeepSeek V4 Pro 0813", "Together AI将于下周上线DeepSeek V4 Pro 0813")),
    _planted("dsv4pro", "wrong platform", ("Together AI已上线", "Fireworks已上线")),
    _planted("dsv4pro", "wrong source of the leaderboard", ("Arena称，", "Hugging Face称，")),
    _planted("dsv4pro", "behind Kimi K3 turned into beating it", ("在开源模型中仅次于1674分的Kimi K3（Max）", "超过了1674分的Kimi K3（Max）")),
    _planted("dsv4pro", "Kimi K3's score given to GPT-5.6 Sol", ("仅次于1674分的Kimi K3（Max）", "仅次于1674分的GPT-5.6 Sol（xHigh）")),
    _planted("dsv4pro", "wrong API", ("原生支持OpenAI Responses API", "原生支持Anthropic Messages API")),
    _planted("dsv4pro", "AutoEval turned into live votes", ("Arena称，", "Arena根据真人投票称，")),
    _planted("dsv4pro", "invented superlative in the headline", ("DeepSeek发布V4-Pro，Agent能力大幅升级", "DeepSeek发布V4-Pro，编程能力全球最强")),
    _planted("dsv4pro", "wrong maker in the headline", ("DeepSeek发布V4-Pro，", "阿里发布V4-Pro，")),
    _planted("dsv4pro", "bold of part of a figure", ("**1.6T MoE架构**", "**1.6**T MoE架构")),
    _planted("dsv4pro", "filler sentence", ("支持100万上下文。", "支持100万上下文。帖子未提供价格等更多细节。")),
    _planted("dsv4pro", "English sentence", ("Together AI已上线DeepSeek V4 Pro 0813，该模型采用**1.6T MoE架构**，支持100万上下文。", "Together AI now serves DeepSeek V4 Pro 0813, a **1.6T MoE** model with 1M context.")),
    _alt("dsv4pro", "close to Fable 5 turned into beating it", ("紧逼Fable 5", "超越Fable 5")),
    _alt("dsv4pro", "wrong Opus version", ("**领先Opus 4.8**", "**领先Opus 5**")),
    _alt("dsv4pro", "wrong release date in the name", ("DeepSeek-V4-Pro-0813", "DeepSeek-V4-Pro-0831")),
    _alt("dsv4pro", "model names unchanged turned into changed", ("API的模型名称**保持不变**", "API的模型名称**已经更改**")),
    _alt("dsv4pro", "API callable turned into not yet", ("**API已能调用**", "**API暂不能调用**")),
    # --- rlpause (2 posts: a lab and its CEO) ---
    _planted("rlpause", "two weeks turned into two months", ("**暂停了两周**", "**暂停了两个月**")),
    _planted("rlpause", "two weeks turned into two days", ("**暂停了两周**", "**暂停了两天**")),
    _planted("rlpause", "on hold turned into resumed", ("**规模最大的计划中前沿RL训练仍处于搁置状态**", "**规模最大的计划中前沿RL训练已经恢复**")),
    _planted("rlpause", "paused turned into stopped for good", ("**暂停了两周**", "**永久停止**")),
    _planted("rlpause", "invented speaker", ("OpenAI CEO Sam Altman表示", "OpenAI总裁Greg Brockman表示")),
    _planted("rlpause", "wrong title", ("OpenAI CEO Sam Altman表示", "OpenAI首席科学家Sam Altman表示")),
    _planted("rlpause", "acting alone turned into waiting for the field", ("在此之前OpenAI会**先单方面行动**", "在此之前OpenAI**不会单方面行动**")),
    _planted("rlpause", "invented government request", ("OpenAI称，随着模型能力增强", "OpenAI称，应美国政府要求，随着模型能力增强")),
    _planted("rlpause", "invented first in the headline", ("OpenAI暂停部分前沿RL训练以加强安全", "OpenAI首次暂停前沿RL训练")),
    _planted("rlpause", "models for deployment widened to all models", ("把面向部署的最新模型的强化学习训练", "把所有已发布模型的强化学习训练")),
    _planted("rlpause", "RL turned into pre-training", ("把面向部署的最新模型的强化学习训练", "把面向部署的最新模型的预训练")),
    _planted("rlpause", "monitoring expanded turned into reduced", ("扩大监控覆盖", "缩减监控覆盖")),
    _planted("rlpause", "smaller-scale turned into larger-scale", ("要等更小规模的训练和评估", "要等更大规模的训练和评估")),
    _planted("rlpause", "wrong lab", ("OpenAI称，随着", "Anthropic称，随着")),
    _planted("rlpause", "filler sentence", ("在此之前OpenAI会**先单方面行动**。", "在此之前OpenAI会**先单方面行动**。帖子未透露暂停涉及的具体模型。")),
    _planted("rlpause", "English sentence", ("其**规模最大的计划中前沿RL训练仍处于搁置状态**，要等更小规模的训练和评估验证这些防护措施。", "Its **largest planned frontier RL run remains on hold** while smaller-scale training validates these safeguards.")),
    # --- watermark (3 posts: a lab's FAQ and an employee's two posts) ---
    _planted("watermark", "wrong law", ("为遵守**欧盟AI法案**", "为遵守**美国AI行政令**")),
    _planted("watermark", "wrong EU law", ("为遵守**欧盟AI法案**", "为遵守**欧盟GDPR**")),
    _planted("watermark", "others too turned into the only one", ("其他签署了同一行为准则的主要模型开发者也会这样做", "Anthropic是唯一这样做的主要模型开发者")),
    _planted("watermark", "no quality impact turned into some", ("水印**不会影响输出的质量和内容**", "水印**会略微降低输出质量**")),
    _planted("watermark", "no extra cost turned into a price rise", ("也不需要额外token、不会更贵", "但需要额外token，价格也会上涨")),
    _planted("watermark", "untraceable turned into traceable", ("并且无法追溯到具体的个人、组织或对话", "并且可以追溯到具体的个人、组织或对话")),
    _planted("watermark", "no hidden characters turned into hidden characters", ("不在文本中添加任何内容或隐藏字符", "通过在文本中插入隐藏字符实现")),
    _planted("watermark", "coming API turned into shipped", ("他们还将推出可自行使用的**文本检测API**", "他们已经推出了可自行使用的**文本检测API**")),
    _planted("watermark", "invented speaker", ("Thariq表示", "Dario Amodei表示")),
    _planted("watermark", "all Claude text narrowed to code", ("所有Claude生成的文本都会嵌入水印", "只有Claude Code生成的代码会嵌入水印")),
    _planted("watermark", "wrong lab", ("Anthropic发布FAQ称", "OpenAI发布FAQ称")),
    _planted("watermark", "invented timing in the headline", ("Anthropic为Claude输出加入水印", "Anthropic将于明年为Claude输出加水印")),
    _planted("watermark", "indistinguishable turned into visible", ("水印**不会影响输出的质量和内容**，", "水印**不会影响输出的质量和内容**，但读者能明显看出加了水印的文本，")),
    _planted("watermark", "invented count of signatories", ("其他签署了同一行为准则的主要模型开发者", "其他12家签署了同一行为准则的主要模型开发者")),
    _planted("watermark", "English sentence", ("Thariq表示，所有Claude生成的文本都会嵌入水印，他们还将推出可自行使用的**文本检测API**。", "Thariq said all Claude-generated text will carry the watermark and a **text detection API** is coming.")),
    # --- arcsol (3 posts: a lab, its engineer and the benchmark's author) ---
    _planted("arcsol", "tripled turned into doubled", ("**得分提高到原来的3倍**", "**得分提高到原来的2倍**")),
    _planted("arcsol", "tripled turned into 300% up", ("**得分提高到原来的3倍**", "**得分提高了300%**")),
    _planted("arcsol", "6x fewer turned into 60% fewer", ("输出token少6倍", "输出token少60%")),
    _planted("arcsol", "score and token multiples swapped", ("**得分提高到原来的3倍**，输出token少6倍", "**得分提高到原来的6倍**，输出token少3倍")),
    _planted("arcsol", "two settings turned into three", ("启用两项API设置后", "启用三项API设置后")),
    _planted("arcsol", "wrong benchmark", ("在由2D解谜游戏组成的ARC-AGI-3上", "在由2D解谜游戏组成的ARC-AGI-2上")),
    _planted("arcsol", "SoTA turned into the first perfect score", ("GPT-5.6 Sol就是ARC-AGI-3上的**SoTA**", "GPT-5.6 Sol就是ARC-AGI-3上**首个拿到满分的模型**")),
    _planted("arcsol", "custom harness turned acceptable", ("为该基准定制的harness不可接受", "为该基准定制的harness也可以接受")),
    _planted("arcsol", "wrong affiliation", ("Keras作者François Chollet", "Google DeepMind的François Chollet")),
    _planted("arcsol", "wrong lab", ("OpenAI称，GPT-5.6 Sol", "Anthropic称，GPT-5.6 Sol")),
    _planted("arcsol", "2D turned into 3D", ("2D解谜游戏", "3D解谜游戏")),
    _planted("arcsol", "the harness's fault turned into the model's", ("原因是harness没让它记住学到的东西", "原因是模型本身的推理能力不足")),
    _planted("arcsol", "settings enabled turned into coming next month", ("启用两项API设置后，", "OpenAI将于下月推出两项API设置，届时")),
    _planted("arcsol", "multiple context windows turned into one", ("跨多个上下文窗口推理", "在单个上下文窗口内推理")),
    _planted("arcsol", "perfect score in the headline", ("GPT-5.6 Sol在ARC-AGI-3上得分提升至3倍", "GPT-5.6 Sol在ARC-AGI-3上拿下满分")),
    _planted("arcsol", "wrong speaker", ("Thibault Sottiaux表示", "Sam Altman表示")),
    _planted("arcsol", "English sentence", ("Keras作者François Chollet提醒，为该基准定制的harness不可接受，面向所有API用户的通用设置则可以，各家设置不同也无妨，只要**设置和成本清楚报告**。", "François Chollet noted that custom harnesses are not okay, while general API settings are fine if **settings and cost are clearly reported**.")),
    # --- agentarena (2 posts: a leaderboard and its method) ---
    _planted("agentarena", "Code and Work leaders swapped", ("编程类是**GPT 5.6 Sol（xHigh）**，工作类是Claude Opus 5（High）", "编程类是**Claude Opus 5（High）**，工作类是GPT 5.6 Sol（xHigh）")),
    _planted("agentarena", "wrong reasoning setting", ("**GPT 5.6 Sol（xHigh）**", "**GPT 5.6 Sol（Low）**")),
    _planted("agentarena", "invented Chat leader", ("聊天类是Claude Opus 5（Max）", "聊天类是Gemini 3.7 Pro")),
    _planted("agentarena", "millions turned into thousands", ("在数百万个真实世界的长程智能体任务上", "在数千个真实世界的长程智能体任务上")),
    _planted("agentarena", "a thousand dollars turned into ten thousand", ("**数百甚至上千美元**", "**数百甚至上万美元**")),
    _planted("agentarena", "dollars turned into yuan", ("**数百甚至上千美元**", "**数百甚至上千元**")),
    _planted("agentarena", "one model sweeping in the headline", ("Agent Arena上线新分类，各类榜首不同", "Claude Opus 5包揽Agent Arena三类榜首")),
    _planted("agentarena", "causal tracing turned into human votes", ("排行榜用**因果追踪方法**衡量", "排行榜用**真人盲评投票**衡量")),
    _planted("agentarena", "the average model turned into the best", ("衡量模型相对于平均模型的任务结果", "衡量模型相对于最强模型的任务结果")),
    _planted("agentarena", "terminal access denied", ("模型可以使用网页搜索、文件系统和终端工具", "模型可以使用网页搜索，但不能使用文件系统和终端")),
    _planted("agentarena", "invented first", ("Arena称，Agent Arena上线了新分类", "Arena称，Agent Arena作为首个衡量智能体成本的榜单上线了新分类")),
    _planted("agentarena", "wrong source", ("Arena称，", "OpenAI称，")),
    _planted("agentarena", "real-world long tasks turned into synthetic short ones", ("真实世界的长程智能体任务", "合成的短程任务")),
    _planted("agentarena", "Claude credited to OpenAI", ("工作类是Claude Opus 5（High）", "工作类是OpenAI的Claude Opus 5（High）")),
    _planted("agentarena", "English sentence", ("Agent Arena在数百万个真实世界的长程智能体任务上衡量模型，单次长时间智能体会话的成本可达**数百甚至上千美元**。", "Agent Arena measures models on millions of real-world tasks, and one long session can cost **hundreds or even a thousand dollars**.")),
    # --- flux3 (2 posts: a leaderboard and a platform) ---
    _planted("flux3", "wrong score", ("以**1453分**", "以**1435分**")),
    _planted("flux3", "wrong rank", ("排名**第5**", "排名**第3**")),
    _planted("flux3", "rank in the headline", ("位列图生视频榜第5", "位列图生视频榜第2")),
    _planted("flux3", "Grok's and Gemini's scores swapped", ("1460分的Grok Imagine Video 1.5和1462分的Gemini Omni Flash", "1462分的Grok Imagine Video 1.5和1460分的Gemini Omni Flash")),
    _planted("flux3", "behind turned into ahead", ("紧随1460分", "领先于1460分"), ("Gemini Omni Flash之后", "Gemini Omni Flash")),
    _planted("flux3", "hedge dropped: up to 20 seconds", ("可生成和编辑**最长20秒**的带音频视频", "可生成和编辑**20秒**的带音频视频")),
    _planted("flux3", "seconds turned into minutes", ("**最长20秒**", "**最长20分钟**")),
    _planted("flux3", "with audio turned into silent", ("的带音频视频", "的无音频视频")),
    _planted("flux3", "image-to-video turned into text-to-video", ("在Image-to-Video Arena以", "在Text-to-Video Arena以")),
    _planted("flux3", "top spot in the headline", ("FLUX 3 Video新版本位列图生视频榜第5", "FLUX 3 Video新版本登顶图生视频榜")),
    _planted("flux3", "wrong platform", ("Runway此前宣布FLUX 3已在其平台上线", "Pika此前宣布FLUX 3已在其平台上线")),
    _planted("flux3", "invented rival", ("和1462分的Gemini Omni Flash", "和1462分的Veo 4")),
    _planted("flux3", "live turned into next month", ("FLUX 3已在其平台上线", "FLUX 3将于下月在其平台上线")),
    _planted("flux3", "wrong rival version", ("Grok Imagine Video 1.5", "Grok Imagine Video 2.0")),
    _planted("flux3", "invented gain", ("排名**第5**，", "排名**第5**，比上一版提升了40分，")),
    _planted("flux3", "English sentence", ("Runway此前宣布FLUX 3已在其平台上线，可生成和编辑**最长20秒**的带音频视频。", "Runway said FLUX 3 is now available, with **up to 20 seconds** of video with audio.")),
    # --- databricks (a funding round) ---
    _planted("databricks", "amount off by ten", ("**50亿美元融资**", "**500亿美元融资**")),
    _planted("databricks", "amount and valuation swapped", ("完成**50亿美元融资**，估值**1900亿美元**", "完成**1900亿美元融资**，估值**50亿美元**")),
    _planted("databricks", "dollars turned into yuan", ("**50亿美元融资**", "**50亿元融资**")),
    _planted("databricks", "valuation off by ten", ("估值**1900亿美元**", "估值**190亿美元**")),
    _planted("databricks", "wrong valuation in the headline", ("估值1900亿美元", "估值1800亿美元")),
    _planted("databricks", "financing turned into an IPO", ("Databricks宣布完成**50亿美元融资**", "Databricks宣布通过IPO**募资50亿美元**")),
    _planted("databricks", "wrong product", ("投向Genie、Lakebase和Unity AI Gateway", "投向Genie、Delta Lake和Unity AI Gateway")),
    _planted("databricks", "Forbes made the lead investor", ("Databricks宣布完成**50亿美元融资**", "Databricks宣布完成由Forbes领投的**50亿美元融资**")),
    _planted("databricks", "the quote given to the journalist", ("CEO Ghodsi表示", "Forbes记者Victor Dey表示")),
    _planted("databricks", "AGI arrived turned into far off", ("CEO Ghodsi表示，", "CEO Ghodsi认为AGI还很遥远，他表示，")),
    _planted("databricks", "token maxing and value maxing reversed", ("从“token maxing”转向“value maxing”", "从“value maxing”转向“token maxing”")),
    _planted("databricks", "invented superlative", ("估值**1900亿美元**。", "估值**1900亿美元**，成为全球估值最高的AI公司。")),
    _planted("databricks", "closed turned into planned", ("Databricks宣布完成", "Databricks计划在年底前完成")),
    _planted("databricks", "bold of part of a figure", ("**50亿美元融资**", "**50亿**美元融资")),
    _planted("databricks", "filler sentence", ("估值**1900亿美元**。", "估值**1900亿美元**。帖子未透露本轮融资的投资方。")),
    _planted("databricks", "English sentence", ("这笔资金将投向Genie、Lakebase和Unity AI Gateway，分别对应企业对AI的三项需求：获取散落在企业各处的上下文、为智能体打造的数据库，以及对token支出的控制。", "The capital goes to Genie, Lakebase and Unity AI Gateway, its three bets on what enterprises need from AI.")),
    # --- wandr (a model on a platform, with a score and a price) ---
    _planted("wandr", "wrong score", ("得分**0.359**", "得分**0.395**")),
    _planted("wandr", "wrong cost per task", ("每项任务成本**0.75美元**", "每项任务成本**0.57美元**")),
    _planted("wandr", "dollars turned into yuan", ("每项任务成本**0.75美元**", "每项任务成本**0.75元**")),
    _planted("wandr", "62% turned into 62 percentage points", ("**便宜62%**", "**便宜62个百分点**")),
    _planted("wandr", "62% turned into a multiple", ("**便宜62%**", "**便宜2.6倍**")),
    _planted("wandr", "cheaper turned into dearer", ("**便宜62%**", "**贵62%**")),
    _planted("wandr", "hosted in the US turned into China", ("在美国托管的DeepSeek V4 Pro", "在中国托管的DeepSeek V4 Pro")),
    _planted("wandr", "the next model widened to all models", ("比成本-性能前沿上的下一个模型**便宜62%**", "比所有其他模型都**便宜62%**")),
    _planted("wandr", "available turned into coming in the headline", ("Perplexity上线DeepSeek V4 Pro", "Perplexity将上线DeepSeek V4 Pro")),
    _planted("wandr", "the share given to the score", ("得分**0.359**", "得分**0.62**")),
    _planted("wandr", "per task turned into per million tokens", ("每项任务成本**0.75美元**", "每百万token成本**0.75美元**")),
    _planted("wandr", "wrong source", ("Perplexity宣布，", "DeepSeek宣布，")),
    _planted("wandr", "wrong benchmark", ("在WANDR评测中", "在SWE-bench评测中")),
    _planted("wandr", "English sentence", ("它在WANDR评测中得分**0.359**，每项任务成本**0.75美元**，比成本-性能前沿上的下一个模型**便宜62%**。", "It scored **0.359** on WANDR at **$0.75** per task, **62% cheaper** than the next model on the frontier.")),
    # --- joyai (a Chinese post on an open model) ---
    _planted("joyai", "wrong scenario count", ("在**58个**真人盲评", "在**85个**真人盲评")),
    _planted("joyai", "the two win rates swapped", ("它对豆包的胜率为**77.6%**，对Gemini的胜率为87.9%", "它对豆包的胜率为**87.9%**，对Gemini的胜率为77.6%")),
    _planted("joyai", "wrong win rate", ("**77.6%**", "**76.6%**")),
    _planted("joyai", "100% turned into 90%", ("均为**100%**", "均为**90%**")),
    _planted("joyai", "wrong company", ("京东开源了", "阿里开源了")),
    _planted("joyai", "wrong company in the headline", ("京东开源“边看边说”", "京东方开源“边看边说”")),
    _planted("joyai", "human blind judging turned into automatic", ("真人盲评的实时流式场景", "自动评测的实时流式场景")),
    _planted("joyai", "full stack open turned into weights only", ("模型、数据、训练方案和可部署系统全栈开源。", "目前只开源了模型权重，数据和训练方案未公开。")),
    _planted("joyai", "monitoring turned into live commentary", ("在监控预警场景中", "在直播讲解场景中")),
    _planted("joyai", "win rate turned into percentage points ahead", ("它对豆包的胜率为**77.6%**", "它对豆包的胜率高出**77.6个百分点**")),
    _planted("joyai", "invented first in the headline", ("京东开源“边看边说”的视频交互模型", "京东开源全球首个视频交互模型")),
    _planted("joyai", "proactive turned into waiting for questions", ("自主判断何时说话、何时沉默", "只在用户提问后才回答")),
    _planted("joyai", "invented size", ("JoyAI-VL-Interaction，它能", "JoyAI-VL-Interaction，这个7B模型能")),
    _planted("joyai", "wrong author", ("AIGCLINK介绍", "宝玉介绍")),
    _planted("joyai", "wrong baseline", ("它对豆包的胜率", "它对通义千问的胜率")),
    _planted("joyai", "English sentence", ("模型、数据、训练方案和可部署系统全栈开源。", "The model, data, training recipe and deployable system are all open source.")),
    # --- copilot (a Chinese post listing multipliers) ---
    _planted("copilot", "wrong multiplier", ("按**14倍**计算", "按**4倍**计算")),
    _planted("copilot", "14x turned into 14%", ("按**14倍**计算", "按**14%**计算")),
    _planted("copilot", "Flash's and Opus's multipliers swapped", ("按**14倍**计算", "按**§**计算"), ("按**15倍**计算", "按**14倍**计算"), ("按**§**计算", "按**15倍**计算")),
    _planted("copilot", "wrong GPT-5.5 multiplier", ("GPT-5.5的7.5倍", "GPT-5.5的5倍")),
    _planted("copilot", "Gemini 3.1 Pro's multiplier changed", ("Claude Sonnet 4.6和Gemini 3.1 Pro均按1倍计算", "Claude Sonnet 4.6按1倍、Gemini 3.1 Pro按2倍计算")),
    _planted("copilot", "wrong product", ("GitHub Copilot中", "Cursor中")),
    _planted("copilot", "wrong Opus version", ("Claude Opus 4.8", "Claude Opus 5")),
    _planted("copilot", "higher turned into lower", ("高于GPT-5.5的7.5倍", "低于GPT-5.5的7.5倍")),
    _planted("copilot", "invented superlative", ("高于GPT-5.5的7.5倍。", "是Copilot中计费倍数最高的模型。")),
    _planted("copilot", "invented official source", ("宝玉称，", "GitHub官方宣布，")),
    _planted("copilot", "invented timing", ("的token消耗按**14倍**计算", "的token消耗将从下月起按**14倍**计算")),
    _planted("copilot", "wrong Gemini tier", ("Copilot中Gemini 3.5 Flash的", "Copilot中Gemini 3.5 Pro的")),
    _planted("copilot", "wrong multiplier in the headline", ("Gemini 3.5 Flash算14倍", "Gemini 3.5 Flash算41倍")),
    _planted("copilot", "wrong author", ("宝玉称，", "歸藏称，")),
    _planted("copilot", "English sentence", ("相比之下，Claude Sonnet 4.6和Gemini 3.1 Pro均按1倍计算，Claude Opus 4.8则按**15倍**计算。", "By comparison, Claude Sonnet 4.6 and Gemini 3.1 Pro count at 1x, and Claude Opus 4.8 at **15x**.")),
    # --- harness (a Chinese post on three benchmarks) ---
    _planted("harness", "28 tasks turned into 23", ("跑**28个相同任务**", "跑**23个相同任务**")),
    _planted("harness", "30x turned into 3x", ("**最高相差30倍**", "**最高相差3倍**")),
    _planted("harness", "30x turned into 30%", ("**最高相差30倍**", "**最高相差30%**")),
    _planted("harness", "hedge dropped: up to 30x", ("**最高相差30倍**", "**相差30倍**")),
    _planted("harness", "passes and failures swapped", ("都是9个通过、5个失败", "都是5个通过、9个失败")),
    _planted("harness", "tie turned into a win", ("K3与Claude Fable 5打平，都是9个通过、5个失败", "K3胜过Claude Fable 5，通过9个")),
    _planted("harness", "Sol's and Opus's passes swapped", ("GPT-5.6 Sol通过22个、Opus 5通过20个", "GPT-5.6 Sol通过20个、Opus 5通过22个")),
    _planted("harness", "Sol's and Opus's times swapped", ("Sol每任务用时**111秒**，Opus为147秒", "Sol每任务用时**147秒**，Opus为111秒")),
    _planted("harness", "seconds turned into minutes", ("Sol每任务用时**111秒**", "Sol每任务用时**111分钟**")),
    _planted("harness", "similar success turned into far apart", ("三者成功率相近", "三者成功率相差很大")),
    _planted("harness", "invented harness", ("Claude Code、Hermes和Kimi Code", "Claude Code、Cursor和Kimi Code")),
    _planted("harness", "wrong tester", ("Composio让Kimi K3", "Anthropic让Kimi K3")),
    _planted("harness", "wrong Opus version", ("Opus 5通过20个", "Opus 4.8通过20个")),
    _planted("harness", "the finding moved to another model in the headline", ("换harness让Kimi K3花费最高差30倍", "换harness让GPT-5.6 Sol花费最高差30倍")),
    _planted("harness", "English sentence", ("在14个任务的智能体基准上，K3与Claude Fable 5打平，都是9个通过、5个失败。", "On a 14-task agentic benchmark, K3 tied Claude Fable 5 with 9 passes and 5 failures.")),
]

FAITHFUL: list[Case] = [Case(story, "faithful: the base answer", *answer_) for story, answer_ in BASE.items()] + [
    Case(story, "faithful: the second answer", *answer_) for story, answer_ in ALT.items()] + [
    # dsv4pro
    Case("dsv4pro", "faithful: 1.6万亿参数, 100万token", "Together AI上线DeepSeek V4 Pro",
         "Together AI宣布上线DeepSeek V4 Pro 0813，这是DeepSeek的旗舰版本，采用**1.6万亿参数**的MoE架构，支持**100万token上下文**。它提供三种推理模式，可用于编程、智能体和复杂推理任务。"),
    Case("dsv4pro", "faithful: around #8, the AutoEval caveat", "V4-Pro居Code Arena开源模型第2",
         "Arena称，DeepSeek-V4-Pro（Max）在Code Arena WebDev榜上以1607分位列总榜约第8、**开源模型第2**，排在1622分的GPT-5.6 Sol（xHigh）之后，开源模型中仅次于Kimi K3（Max）。Arena提醒，这是**早期AutoEval分数**，由基于Arena人类偏好数据训练的奖励模型代替真人投票，随着更多真人投票进来，分数还会收敛。"),
    Case("dsv4pro", "faithful: 深度求索, Expert Mode", "深度求索推出DeepSeek-V4-Pro",
         "深度求索推出DeepSeek-V4-Pro，V4 Pro已在App和网页端上线，可通过“**Expert Mode**”使用。它**原生支持OpenAI Responses API**，并针对Codex做了优化，可一键配置。"),
    Case("dsv4pro", "faithful: low, high, max", "DeepSeek V4-Pro支持三档推理强度",
         "DeepSeek称，V4-Pro和V4-Flash支持灵活的推理强度：简单任务用low，日常智能体工作流用high，复杂任务用**max**。V4 Pro也已通过API提供，**模型名称保持不变**。"),
    # rlpause
    Case("rlpause", "faithful: 2周 in digits, terse", "OpenAI暂停最新模型RL训练2周",
         "OpenAI称，已把面向部署的最新模型的RL训练**暂停2周**，以加固研究环境并扩大监控覆盖。规模最大的计划中前沿RL训练**仍被搁置**。"),
    Case("rlpause", "faithful: Altman's reasons, his role", "模型进展极快，OpenAI暂停部分前沿RL训练",
         "OpenAI CEO Sam Altman称，OpenAI已暂停部分前沿RL训练，以确保达到新能力水平所需的对齐、安全和监控标准。他表示，模型进展**极其迅速**，OpenAI仍致力于**让前沿能力广泛可用**。"),
    Case("rlpause", "faithful: 奥特曼, acting alone", "OpenAI将先单方面行动，暂停部分RL训练",
         "OpenAI CEO奥特曼表示，OpenAI暂停了部分前沿RL训练。他认为整个领域需要在共同的安全标准上协调，但在此期间OpenAI会**单方面行动**，并预计对安全的信心将越来越决定AI进展的节奏。"),
    Case("rlpause", "faithful: red-teaming in detail", "OpenAI暂停RL训练两周，加固研究环境",
         "OpenAI表示，随着模型能力提升，内部开发和测试模型的风险也在增加。它把面向部署的最新模型的强化学习训练暂停了**两周**，期间加固并红队测试了研究环境，还扩大了监控覆盖，最大规模的前沿RL训练则**继续搁置**。"),
    # watermark
    Case("watermark", "faithful: 欧盟《人工智能法案》, untraceable", "Anthropic：Claude水印无法追溯到个人",
         "Anthropic表示，为遵守欧盟《人工智能法案》，Claude的输出将加入水印，其他签署同一行为准则的主要模型开发者也将实施水印。水印**无法追溯**到具体的个人、组织或对话，也**不会更贵**。"),
    Case("watermark", "faithful: the Claude Code PR example", "所有Claude生成的文本都将带水印",
         "Thariq表示，所有Claude生成的文本都将嵌入水印，例如可以借此检查一个PR是否由**Claude Code**生成。他也承认，这种水印**存在局限**。"),
    Case("watermark", "faithful: no hidden characters", "Claude水印不加字符、不增加token",
         "Anthropic称，其水印方法不会在文本中添加任何内容，也**没有隐藏字符**，读者无法区分加了水印和没加水印的文本。水印**不需要额外token**，对Claude输出的质量和内容没有实际影响。"),
    Case("watermark", "faithful: A社 with its name", "A社为遵守欧盟AI法案给Claude加水印",
         "A社（Anthropic）发布FAQ，解释为遵守**欧盟AI法案**而给Claude输出加水印的做法。Thariq表示，很难识别AI生成的文本，水印能给人们更好的识别工具，他们也将推出**文本检测API**。"),
    # arcsol
    Case("arcsol", "faithful: 三倍 in words, 六分之一", "两项API设置让GPT-5.6 Sol得分提至三倍",
         "OpenAI称，启用两项API设置后，GPT-5.6 Sol在ARC-AGI-3上的得分提高到**三倍**，输出token则只有原来的**六分之一**。此前它表现不佳，是因为harness没让它记住学到的东西。"),
    Case("arcsol", "faithful: Chollet's rules, his role", "ARC-AGI-3允许通用API设置，不许定制harness",
         "Keras作者François Chollet说明了ARC-AGI-3的harness规则：为该基准专门定制、或含有基准格式与内容知识的harness**不可接受**，并非为ARC-AGI-3开发、**所有API用户都能用的通用设置**则没问题。他说，如果各家测试时用不同设置，只要清楚报告设置和成本就可以。"),
    Case("arcsol", "faithful: Sottiaux, SoTA, compaction", "GPT-5.6 Sol成为ARC-AGI-3上的SoTA",
         "Thibault Sottiaux表示，GPT-5.6 Sol其实是ARC-AGI-3上的**SoTA**，只需改两项设置：允许它推理，并借助官方的compaction实现跨**多个上下文窗口**工作。OpenAI称，此前它表现不佳是因为harness没让它记住学到的东西。"),
    Case("arcsol", "faithful: open math problems", "GPT-5.6 Sol为何在ARC-AGI-3上吃力",
         "OpenAI称，GPT-5.6 Sol已被用来解决**数学开放问题**，却在由2D解谜游戏组成的ARC-AGI-3上表现吃力。调查发现问题出在harness，启用两项API设置后，得分提高到**3倍**，输出token少了6倍。"),
    # agentarena
    Case("agentarena", "faithful: 1000美元 in digits", "Agent Arena：一次智能体会话可花1000美元",
         "Arena称，Agent Arena在数百万个真实世界的长程智能体任务上衡量模型，各类别中单次长时间智能体会话的成本可达数百甚至**1000美元**。Arena研究员在视频中讲解了token定价、缓存和上下文增长，以及排行榜为何采用**基于任务的成本估算**。"),
    Case("agentarena", "faithful: the makers from the tags", "Sol与Opus 5分领Agent Arena各类",
         "Arena称，Agent Arena的新分类已上线：编程类第一是OpenAI的**GPT 5.6 Sol（xHigh）**，工作类和聊天类第一都是Anthropic的**Claude Opus 5**，分别为High和Max设置。"
         "Agent Arena在数百万个真实世界的长程智能体任务上衡量模型。"),
    Case("agentarena", "faithful: the method", "Agent Arena如何给智能体排名",
         "Arena介绍，Agent Arena的任务来自全球用户社区，模型可以使用**网页搜索、文件系统和终端**工具完成复杂工作流。排行榜采用**因果追踪方法**，衡量模型相对于平均模型的任务结果。"),
    # flux3
    Case("flux3", "faithful: 1,453 with a comma, terse", "FLUX 3 Video最新版列图生视频榜第5",
         "Arena称，FLUX 3 Video的最新更新以**1,453分**进入Image-to-Video Arena第5名。它略低于Grok Imagine Video 1.5（1,460分）和Gemini Omni Flash（**1,462分**）。"),
    Case("flux3", "faithful: up to 20 seconds as 最多20秒", "Runway上线FLUX 3，可生成20秒带音频视频",
         "Runway宣布FLUX 3已在其平台上线，用户可以生成和编辑**最多20秒**的带音频视频。Arena称，FLUX 3 Video的最新更新在图生视频榜上排名**第5**。"),
    Case("flux3", "faithful: 图生视频 in Chinese", "FLUX 3 Video在图生视频竞技场排第5",
         "据Arena，FLUX 3 Video最新版在**图生视频**竞技场中以1453分排名第5。它紧随1460分的Grok Imagine Video 1.5和**1462分的Gemini Omni Flash**之后。"),
    # databricks
    Case("databricks", "faithful: 福布斯, AGI arrived", "Databricks融资50亿美元，CEO称AGI已到来",
         "据《福布斯》报道，Databricks CEO Ghodsi认为**AGI已经到来**，财富如今埋藏在模型所没有的上下文里。Databricks表示，公司已完成50亿美元融资，估值**1900亿美元**。"),
    Case("databricks", "faithful: the three bets", "Databricks融资50亿美元押注三个方向",
         "Databricks完成50亿美元融资，估值1900亿美元，资金将投向**Genie、Lakebase和Unity AI Gateway**。这三项押注分别针对企业散落各处的上下文、为智能体打造的数据库，以及**token支出的控制**。"),
    Case("databricks", "faithful: the gateway quote", "Databricks CEO：转向value maxing",
         "Databricks宣布以1900亿美元估值完成**50亿美元**融资。CEO Ghodsi表示，Unity AI Gateway能让企业把所有token经由一个系统路由，并为不同团队或个人设定预算，这就是从“token maxing”转向“**value maxing**”。"),
    # wandr
    Case("wandr", "faithful: $0.75 kept, 低62%", "DeepSeek V4 Pro登陆Perplexity",
         "Perplexity称，DeepSeek V4 Pro已上线Perplexity Computer，模型**托管在美国**。在WANDR评测中，它每项任务成本为$0.75，得分0.359，成本比成本-性能前沿上的下一个模型**低62%**。"),
    Case("wandr", "faithful: terse, 0.359分", "美国托管的DeepSeek V4 Pro上线",
         "Perplexity宣布，美国托管的DeepSeek V4 Pro现已可在Perplexity Computer中使用。它在WANDR上得到**0.359分**，每项任务**0.75美元**。"),
    Case("wandr", "faithful: cost-performance frontier", "V4 Pro在WANDR上比下一模型便宜62%",
         "Perplexity用WANDR将DeepSeek V4 Pro与其他模型比较：它得分0.359，每项任务花费0.75美元。在成本-性能前沿上，它比下一个模型**便宜62%**，现已在美国托管并上线**Perplexity Computer**。"),
    # joyai
    Case("joyai", "faithful: the front and back models", "JoyAI-VL-Interaction用前台加后台设计",
         "AIGCLINK介绍，京东开源的JoyAI-VL-Interaction采用**前台+后台**分工：前台模型实时观察视频流，后台大模型或Agent负责复杂推理、代码生成和工具调用。端侧用小模型持续值守，复杂任务才调用大模型，使**成本和延迟更可控**。"),
    Case("joyai", "faithful: the red-card example", "京东开源JoyAI-VL-Interaction，可主动提醒",
         "京东最新开源了实时视频视觉语言交互模型JoyAI-VL-Interaction，它会持续观察视频流并**主动判断**，而不是等用户提问。比如设置“裁判出示红牌时提醒我”后，模型会持续值守画面，在事件发生时**自动预警**。"),
    Case("joyai", "faithful: 58 scenes, both baselines at 100%", "京东视频交互模型盲评胜过豆包和Gemini",
         "据AIGCLINK介绍，在58个真人盲评的实时流式场景中，京东JoyAI-VL-Interaction对豆包胜率**77.6%**，对Gemini胜率**87.9%**。在监控预警场景中，它对这两个基线都取得了100%的胜率。"),
    # copilot
    Case("copilot", "faithful: 1x as 1倍, the list", "GitHub Copilot模型token消耗倍数一览",
         "宝玉列出了GitHub Copilot中各模型token消耗的计算倍数：Gemini 3.5 Flash为**14倍**，Claude Opus 4.8为**15倍**，GPT-5.5为7.5倍。Claude Sonnet 4.6和Gemini 3.1 Pro都是1倍。"),
    Case("copilot", "faithful: terse, 7.5倍", "Copilot里Gemini 3.5 Flash按14倍计算",
         "宝玉称，在GitHub Copilot里，Gemini 3.5 Flash的token消耗按**14倍**计算。作为对比，GPT-5.5按**7.5倍**计算，Claude Sonnet 4.6按1倍计算。"),
    Case("copilot", "faithful: 冷知识, Opus above Flash", "Gemini 3.5 Flash在Copilot按14倍计",
         "宝玉分享了一个冷知识：GitHub Copilot中Gemini 3.5 Flash的token消耗按14倍计算，只比Claude Opus 4.8的**15倍**低一点。Gemini 3.1 Pro则只按**1倍**计算。"),
    # harness
    Case("harness", "faithful: 1.85倍 the tokens", "GPT-5.6 Sol在23个任务上胜过Opus 5",
         "AIGCLINK介绍，在Composio的23任务基准上，GPT-5.6 Sol通过**22/23**，Opus 5通过20/23。Sol每任务用时111秒，Opus为147秒，Opus还多消耗了**1.85倍**的token。"),
    Case("harness", "faithful: open weights no longer chasing", "Kimi K3与Claude Fable 5打平",
         "AIGCLINK称，开源权重不再是“追赶者”：K3权重发布后，在Composio的**14任务**智能体基准上，K3和Claude Fable 5打成平手，都是9个通过、5个失败。两者的差别落在**成本**上。"),
    Case("harness", "faithful: 选错壳, terse", "同一模型换harness，token花费最高差30倍",
         "AIGCLINK介绍，Composio测试发现，Kimi K3在Claude Code、Hermes、Kimi Code三个harness上跑相同的28个任务，成功率相近，但token花费**最高差30倍**。他认为，**决定成本的可能不只是模型**，还有所用的harness。"),
]

#: planted errors the checks publish (story, kind), on the checks of the branch base 3bdaa08 (the first run)
MISSES: frozenset[tuple[str, str]] = frozenset({
    ("agentarena", "Claude credited to OpenAI"),  # OpenAI的Claude Opus 5 (OpenAI is tagged in the post, for Sol): a maker moved
    ("agentarena", "Code and Work leaders swapped"),  # Opus 5 (High) first in Code, Sol first in Work: two names of one post exchanged
    ("agentarena", "a thousand dollars turned into ten thousand"),  # 上万美元 for "a thousand dollars": a magnitude in words
    ("agentarena", "causal tracing turned into human votes"),  # 真人盲评投票 for causal tracing: a method word
    ("agentarena", "dollars turned into yuan"),  # 上千元 for "a thousand dollars": a currency after a magnitude in words
    ("agentarena", "millions turned into thousands"),  # 数千个 for "millions of" tasks: a magnitude in words
    ("agentarena", "one model sweeping in the headline"),  # Claude Opus 5包揽三类榜首 (Sol leads Code): a claim in a verb
    ("agentarena", "real-world long tasks turned into synthetic short ones"),  # 合成的短程任务: antonyms
    ("agentarena", "the average model turned into the best"),  # 相对于最强模型 for "relative to the average model": a superlative as a reference
    ("agentarena", "wrong source"),  # OpenAI称 for Arena's post (OpenAI is tagged in it): the speaker moved
    ("arcsol", "2D turned into 3D"),  # 3D解谜游戏 for 2D puzzle games
    ("arcsol", "custom harness turned acceptable"),  # 定制的harness也可以接受 for "not okay": a negation dropped
    ("arcsol", "multiple context windows turned into one"),  # 在单个上下文窗口内 for "multiple context windows": a count word
    ("arcsol", "perfect score in the headline"),  # 拿下满分 (no post of the story says 100%): a claim in a word
    ("arcsol", "the harness's fault turned into the model's"),  # 模型本身的推理能力不足 for "the harness was not letting it remember": a cause
    ("arcsol", "two settings turned into three"),  # 三项API设置 for "two API settings": a count in words
    ("arcsol", "wrong benchmark"),  # ARC-AGI-2 for ARC-AGI-3: the version digit of a name
    ("copilot", "higher turned into lower"),  # 低于GPT-5.5的7.5倍 (14x is higher): a comparison word
    ("copilot", "invented official source"),  # GitHub官方宣布 (GitHub is in the post, as Copilot's maker): the speaker moved
    ("copilot", "wrong Gemini tier"),  # Gemini 3.5 Pro for 3.5 Flash (Pro is in the post, for 3.1 Pro): a name's parts recombined
    ("databricks", "AGI arrived turned into far off"),  # Ghodsi认为AGI还很遥远 for "AGI already arrived": an antonym
    ("databricks", "Forbes made the lead investor"),  # 由Forbes领投 (Forbes published the article): an actor moved
    ("databricks", "amount and valuation swapped"),  # 1900亿美元融资，估值50亿美元: two figures of one sentence exchanged
    ("databricks", "bold of part of a figure"),  # **50亿**美元融资: bold that splits a figure from its currency
    ("databricks", "filler sentence"),  # 帖子未透露本轮融资的投资方: filler the prompt forbids, in other words than its example
    ("databricks", "financing turned into an IPO"),  # 通过IPO募资 for "closed $5 billion in financing": a deal word
    ("databricks", "the quote given to the journalist"),  # Forbes记者Victor Dey表示 for Ghodsi's words: the speaker moved within the post
    ("databricks", "token maxing and value maxing reversed"),  # 从value maxing转向token maxing: the direction of a change
    ("dsv4pro", "API callable turned into not yet"),  # **API暂不能调用** for "API已能调用": a status word
    ("dsv4pro", "close to Fable 5 turned into beating it"),  # 超越Fable 5 for 紧逼 ("close to"), with 领先 in the post for Opus: a comparison word
    ("dsv4pro", "model names unchanged turned into changed"),  # 模型名称**已经更改** for "remain unchanged": an antonym
    ("dsv4pro", "wrong Opus version"),  # 领先Opus 5 for Opus 4.8: a model's version
    ("joyai", "full stack open turned into weights only"),  # 只开源了模型权重 for 全栈开源: a qualifier
    ("joyai", "human blind judging turned into automatic"),  # 自动评测 for 真人盲评: a method word
    ("joyai", "monitoring turned into live commentary"),  # 直播讲解场景 (a use the post lists) for the monitoring scenario's 100%: a figure moved
    ("joyai", "proactive turned into waiting for questions"),  # 只在用户提问后才回答 for "not waiting for the user": a negation
    ("joyai", "wrong company"),  # 阿里开源了 for 京东: a Chinese company name not compared
    ("joyai", "wrong company in the headline"),  # 京东方 for 京东: a longer Chinese company name holding the right one
    ("wandr", "English sentence"),  # an English sentence most of whose words are in the post, published
    ("wandr", "available turned into coming in the headline"),  # 将上线 for "is now available": a time word in the headline
    ("wandr", "cheaper turned into dearer"),  # 贵62% for "62% cheaper": an antonym beside the right figure
    ("wandr", "hosted in the US turned into China"),  # 在中国托管 for "hosted in the U.S.": a place
    ("wandr", "per task turned into per million tokens"),  # 每百万token for "per task": the unit a price is for
    ("wandr", "the next model widened to all models"),  # 比所有其他模型都便宜62%: a comparison widened to all rivals
    ("wandr", "wrong source"),  # DeepSeek宣布 for Perplexity's post (DeepSeek is in it, as the model): the speaker moved
    ("watermark", "all Claude text narrowed to code"),  # 只有Claude Code生成的代码 for "all Claude generated text": a qualifier
    ("watermark", "coming API turned into shipped"),  # 已经推出了 for "we'll also be shipping": a time word
    ("watermark", "indistinguishable turned into visible"),  # 读者能明显看出 for "not distinguishable to readers": a negation
    ("watermark", "invented timing in the headline"),  # 将于明年 for watermarking being implemented now: a time claim in the headline
    ("watermark", "no extra cost turned into a price rise"),  # 需要额外token，价格也会上涨 for "not more expensive": negations
    ("watermark", "no hidden characters turned into hidden characters"),  # 插入隐藏字符 for "no hidden characters": a negation
    ("watermark", "no quality impact turned into some"),  # 会略微降低输出质量 for "no practical impact": a negation
    ("watermark", "untraceable turned into traceable"),  # 可以追溯 for "can't be traced": a negation
    ("watermark", "wrong law"),  # 美国AI行政令 for the EU AI Act: a law in Chinese words
})

#: faithful answers the checks reject (story, kind), on the checks of the branch base 3bdaa08 (the first run)
FALSE_REJECTIONS: frozenset[tuple[str, str]] = frozenset({
    ("dsv4pro", "faithful: around #8, the AutoEval caveat"),  # 开源模型第2 for "#2 among open models", written with V4-Pro, tied to another subject
    ("dsv4pro", "faithful: low, high, max"),  # 模型名称保持不变 ("model names remain unchanged"): 模型名 taken for a name
    ("dsv4pro", "faithful: the base answer"),  # 1607分 and 第8 for V4-Pro's "1607 pts" and "~#8", tied to another subject
    ("flux3", "faithful: the base answer"),  # 最长20秒 for Runway's "up to 20 seconds": 20 not found in the cited posts
    ("flux3", "faithful: up to 20 seconds as 最多20秒"),  # the same, with 最多
    ("harness", "faithful: 1.85倍 the tokens"),  # Opus多消耗了1.85倍的token for "Opus 多烧 1.85× 的 token", tied to another subject
    ("harness", "faithful: the base answer"),  # Opus为147秒 for "Sol 每任务 111 秒 vs Opus 147 秒": 147 given to Sol, the sentence's first name
    ("joyai", "faithful: 58 scenes, both baselines at 100%"),  # 胜过豆包和Gemini for win rates of 77.6% and 87.9%: the comparison not read in 胜率
    ("rlpause", "faithful: the base answer"),  # 全行业 for "the entire field" read as a claim of something global
})

CAUGHT_AT_LEAST = 0.69  # 126/181 (69.6%) on 3bdaa08 at the first run; 58/113 (51.3%) on the answers that are published
REJECTED_AT_MOST = 0.19  # 9/49 (18.4%) on 3bdaa08 at the first run


story_posts, test_the_set_is_large_varied_and_apart, test_the_set_is_off_the_labelled_days, test_planted_errors, \
    test_faithful_answers = held_out_tests(
        HeldOutSet("fresh11", Path(__file__), STORIES, PLANTED, FAITHFUL, MISSES, FALSE_REJECTIONS, CAUGHT_AT_LEAST,
                   REJECTED_AT_MOST, FILES),
        SetShape(planted=150, faithful=45, kinds=140, threads=6, sources=frozenset({"x"})))
