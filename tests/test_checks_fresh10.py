# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)

"""A tenth set of hand-written answers: planted errors and faithful answers nobody tuned the checks on.

Written by hand without reading the checks or their data files, on 11 corpus stories no other test uses, none on the
labelled eval days, the held-out benchmark days or the days being labelled (2026-06-10, 2026-07-10, 2026-07-14,
2026-07-17, 2026-07-31, 2026-08-06, 2026-08-11, 2026-08-14); most X posts come from the tuber0613 timeline (FILES
below). Six stories have two to four posts on one event (Nemotron 3 Ultra with Together AI, Unsloth and Perplexity;
Ideogram 4 with Arena's two image leaderboards; the DGX Station and RTX Spark laptop with Unsloth's training on it;
Gemini 3.6 Flash and its siblings; GPT-5.6 Luna's cost and its permanent price cut; OpenRSI with AIGCLINK's post on
Lilian Weng that names it). The kinds the earlier sets had little of: a leaderboard of many scores, ranks and a
one-point margin (Arena), a list of 21 valuations with footnotes (Deedy Das), a funding round with valuation, lead and
a tagged fund (Resolve AI), a price cut with "up to", % and 倍 (小米 MiMo, in Chinese), a cost multiple and a price
cut (GPT-5.6 Luna), hardware specs with "up to", petaflops and TFLOPs (DGX Station, RTX Spark, Blackwell Ultra), an
open model's size and memory per quantisation (Nemotron 3 Ultra), an ablation of several percentages (OpenRSI, in
Chinese), and a long Chinese article full of other labs' figures (36氪 on 林俊旸's new company: its $2B and Tencent's
$20M beside World Labs' $5B and $1B, Qwen-VLA's three benchmark scores). 184 planted errors of every kind of issue 11
(5 in a second faithful answer, ALT) and 52 faithful answers in the seed's style.

The cases were committed (f47d96f) before any run. First run, on the checks of the branch base e6f5a18: 138 of 180
planted errors caught (76.7%), 13 of 51 faithful answers rejected (25.5%); it also failed the set's own shape test,
and that was my mistake: the "bulage" story led with 量子位's article on 林俊旸's lab (rss:56ec3434bd3d0451), which
test_extractive.py already uses. That story is now 36氪's article alone, its answers rewritten to it (22 planted, 5
faithful), and OpenRSI gained AIGCLINK's second post, which names OpenRSI, with one faithful answer on it, to keep
six threads; these were committed (f6f2d31) before they ran. Reading every miss and rejection against the posts then
found three more cases of mine (c9735f7): gemini36's headline 两款新模型 was planted as wrong but is true (Google AI
Developers released two of the three models; now 五款), deedyval's second answer wrote 估值最低 (a superlative no post
says, which the prompt forbids; now the figures alone), and luna's answer called Thibault Sottiaux "OpenAI Codex的",
which neither his posts nor a role shows (now his name alone). No other planted error is true and no other faithful
answer breaks the prompt's rules (headline of at most 30 characters without the author, 2-4 sentences, 1-3 bold whole
facts, titles only from the posts or roles).

As the set stands, on e6f5a18: 150 of 184 caught (81.5%), 14 of 52 rejected (26.9%). The caught share flatters: four
base answers are refused (blackwell, bulage, gemini36, mimo) and with them all 69 of their planted errors; on the
answers that are published, 81 of 115 planted errors are caught (70.4%). The targets (>= 90% caught, <= 5% rejected)
do not hold for answers the tests did not contain. After checks16 (the round this set measured blind): the same, 150
of 184 and 14 of 52, case for case: none of its readings moved an answer of this set.

What the misses show (MISSES below, one line each; 34): 16 are status, negation, antonym, comparison, qualifier and
domain words with no name or number changed (都是完全独立, 均已正式公布, 已官方确认 for rumored figures, 闭源 twice for
open, 不及 for outperforms, 限时优惠 for permanent, 最低 for the highest reasoning setting, 编程 for health, 所有免费用户
for Pro and Max, 多 for fewer tokens, 超越 for 逼近, 已实现通用RSI for "not achieved", 台式机 for laptop, 取代运维工程师,
a superlative 迄今最强); 11 move or exchange names and figures the story holds (阿里 for Tencent's Hunyuan, Hunyuan
as the leader, the 2-bit and 8-bit memory, the ablation's two scores reversed, GPT-5.6 Sol and GPT-5.5+Codex
exchanged, 田渊栋 credited, Greylock from a tag made the lead, Lightspeed's partner as the speaker, the round and the
valuation exchanged, GB300 given to the laptop, 高10分 with 10 from "Top 10"); 3 are ordinals and rounds in words
(第三 for #2, B轮 and 种子轮 for Series A); 2 are Chinese institutions not compared (北大, 浙大 for 清华); 2 are
language and filler (an English sentence most of whose words are in the post, and 帖子未透露更多融资细节).

What the false rejections show (FALSE_REJECTIONS below; 14): 5 tie a figure to the wrong subject although the
sentence names the right one (三款 twice, to one of the three models; 99% to "mimo"; WebWorld's 100万; MAI's 第4 to
Reve); 1 does not find 3倍 for "about 3x" in one wording though it finds it in another; 4 are conversions not made (1/25 for
"25x less", 1% and 20% of the old price, 1200亿 for 120B+, 五至八倍 for 5-8倍); 3 take words for names (林俊旸新公司
twice, 不同实验室, PFLOPS); 1 reads 80%降价 ("an 80% cut") as a change to 80%; one answer also writes 即将 for "we are
getting", which the checks do not read as future.

after checks17 (the round developed on this set): 142 of 184 caught (77.2%) and 3 of 52 rejected (5.8%). Three base
answers are now published (blackwell's 约是…的3倍, bulage's 林俊旸新公司, gemini36's count of a named group) and 19
planted errors they hid with them; the readings catch 11 of the 34 errors missed before (a direction of change,
polar status and comparison words, rounds in words). Left: MAI's 第4 tied to Reve, mimo's 99% tied to the post's 2.5 Pro, WebWorld's 100万.
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
    # NVIDIA AI: Nemotron 3 Ultra, 550B MoE open model for long-running agents, 5x faster inference, agentic cost down by up to 30%; Together AI: Ultra and Nemotron 3.5 ASR on its cloud; Unsloth: 550B-A55B, NVIDIA's largest LLM, 1M context, 2-bit on 200GB RAM, 3-bit 256GB, 8-bit 600GB; Perplexity: for Pro and Max subscribers
    "nemotron": ("x:2062521325076299981", "x:2062520009893576974", "x:2062567730851762682", "x:2062976272436002825"),
    # Arena: open-weight text-to-image, #1 Ideogram-4.0 Quality 1204, #2 Hunyuan Image 3.0 1151 (+1 over Flux-2 Dev #3), #4 Qwen Image 2512 1128, #5 HiDream-O1 1124; overall top 10: #2 Reve 2.0 1,273 behind GPT Image 2, #4 MAI-Image-2.5 1,253, #9 Ideogram 4.0 Quality 1,204, the only open model; Together AI: Ideogram 4, open, native 2K
    "imagearena": ("x:2062997992777609534", "x:2062957421757452516", "x:2062922654156230907"),
    # Deedy Das: the 21 AI startups valued at $10B+ with a $100M+ run rate, Crusoe $10B ... Anthropic $965B; * rumored, ** not fully independent
    "deedyval": ("x:2063075876452155728",),
    # Spiros Xanthos: Resolve AI raised a $125M Series A at a $1B valuation led by Lightspeed; "AI for prod"
    "resolveai": ("x:2019067356291776761",),
    # 36氪 (Chinese, 字母AI): 林俊旸's new company (no name yet, world models and embodied AI) valued at $2B with $20M from 腾讯; his papers: WebWorld (1M+ web interactions, 30+ steps, Qwen3-14B +9.2% on WebArena), VideoAgentTrek (39,000 videos, 1.5M+ GUI steps), Qwen-VLA (LIBERO 97.9%, Simpler-WidowX 73.7%, ALOHA 76.9%), Qwen-RobotWorld (8.6M video-text pairs, 200M+ frames, 20+ robots, 500+ actions); World Labs ($5B, $1B raised), LeCun's V-JEPA 2 and LeWorldModel (15M parameters)
    "bulage": ("rss:db0d4422944602f8",),
    # 歸藏 (Chinese): 小米 MiMo API price cut, 2.5 Pro input down by up to 99%, output 80%, Token plan quota 5-8x, everyone's quota reset
    "mimo": ("x:2059437482748637513",),
    # AIGCLINK (Chinese): 清华 and Frontis open-source OpenRSI, a 35B model, one RTX 4090 (12GB cap), 12 h per task, above GPT-5.5+Codex on MLE, near GPT-5.6 Sol and the 2.8T Kimi K3; ablations 39.39% -> 60.61%, 50% -> 70%, 20% -> 50%; 41.7% fewer tokens, 84.3% more findings per million tokens than AIRA-Evo; no general RSI; AIGCLINK again: Lilian Weng on harnesses as the path to RSI, OpenRSI (Frontis+清华) as its measurable version, no general RSI
    "openrsi": ("x:2086280871699701786", "x:2086458198849196440"),
    # Santiago: two devices from NVIDIA and Microsoft, DGX Station (GB300, up to 748GB of memory) and the RTX Spark laptop (1 petaflop, 128GB unified memory); Unsloth: train 120B+ models locally on the 128GB RTX Spark laptop
    "rtxspark": ("x:2064755215140831439", "x:2061671421643039138"),
    # NVIDIA AI: Blackwell Ultra's world record pre-training DeepSeek-V3 671B, 1,648 TFLOPs per GPU, about 3x the previous generation's earlier performance; Megatron-Core, TorchTitan, JAX
    "blackwell": ("x:2079582939373863353",),
    # Google DeepMind: three models, Gemini 3.6 Flash (fewer tokens than 3.5 Flash, same cost), 3.5 Flash-Lite, 3.5 Flash Cyber; Google AI Developers: 3.6 Flash and 3.5 Flash-Lite released today; Gemini app: textures from photos
    "gemini36": ("x:2079589698490572961", "x:2079602868886417490", "x:2079597340223320373"),
    # OpenAI: GPT-5.6 for health, Luna outperforms GPT-5.5 at its highest reasoning setting at 25x less cost; Thibault Sottiaux: Luna's 80% price reduction is permanent
    "luna": ("x:2075686461693898868", "x:2084506501834829833"),
}


BASE: dict[str, tuple[str, str]] = {
    "nemotron": (
        "英伟达发布550B开放模型Nemotron 3 Ultra",
        "NVIDIA推出Nemotron 3 Ultra，这是一个面向长时运行智能体的**550B MoE**前沿开放模型，推理速度快**5倍**，与其他开放前沿模型相比，复杂智能体任务的成本最多可降低30%。"
        "Unsloth称，Nemotron-3-Ultra-550B-A55B是NVIDIA迄今最大的LLM，支持**100万token上下文**，2-bit版本在200GB内存上即可运行，3-bit需256GB，8-bit需600GB。"
        "Together AI和Perplexity也已上线该模型，Perplexity面向Pro和Max订阅用户开放。",
    ),
    "imagearena": (
        "Ideogram 4.0 Quality登顶开放权重文生图榜",
        "Arena称，在Image Arena开放权重文生图榜上，Ideogram-4.0 Quality以**1204分**排名第一，腾讯的Hunyuan Image 3.0以1151分位居第二，仅比第三名Flux-2 Dev高**1分**。"
        "在文生图总榜前10中，Ideogram 4.0 Quality排在**第9**，是前10中唯一的开放权重模型；Reve 2.0以1273分排第2，仅次于GPT Image 2，微软的MAI-Image-2.5以1253分排第4。"
        "Together AI已上线Ideogram 4，这是一款面向设计的开放图像模型，文字渲染和版式控制能力强，支持原生2K图像生成。",
    ),
    "deedyval": (
        "21家AI创业公司估值超100亿美元且年化收入过亿",
        "Deedy Das统计了估值在**100亿美元以上**、年化收入超过1亿美元的AI创业公司，共**21家**。"
        "其中Anthropic以9650亿美元居首，OpenAI为8520亿美元，xAI为2500亿美元；Mistral为140亿美元，Perplexity为226亿美元。"
        "他注明，部分估值为传闻或未公布，xAI、Waymo和Scale**并非完全独立**。",
    ),
    "resolveai": (
        "Resolve AI获1.25亿美元A轮融资，估值10亿美元",
        "Resolve AI的Spiros Xanthos宣布，公司完成了由Lightspeed领投的**1.25亿美元A轮融资**，估值**10亿美元**。"
        "Resolve AI致力于打造面向生产环境的AI，他表示，AI正在改变软件的构建方式，现在是时候改变软件的运行方式了。",
    ),
    "bulage": (
        "林俊旸新公司估值20亿美元，获腾讯2000万美元投资",
        "据36氪报道，前通义千问负责人林俊旸5月成立的新公司还没起名，研究方向是世界模型和具身智能，估值已达**20亿美元**，并拿到了腾讯**2000万美元**的投资。"
        "文章梳理了他参与的研究：用WebWorld合成数据训练的Qwen3-14B在WebArena上涨了9.2%，VideoAgentTrek从3.9万个教程视频中自动解析出150多万条GUI交互步骤。"
        "Qwen-VLA在LIBERO上达到**97.9%**，Qwen-RobotWorld则用860万条视频文本数据训练了语言条件视频世界模型。",
    ),
    "mimo": (
        "小米MiMo API大幅降价，输入价格最高降99%",
        "歸藏称，小米MiMo API大幅降价：2.5 Pro的输入价格降幅**高达99%**，输出也降价**80%**。"
        "Token plan额度同样大幅提升，比以前多了**5-8倍**，所有人的额度也已重置。",
    ),
    "openrsi": (
        "清华与Frontis开源RSI项目OpenRSI",
        "AIGCLINK介绍，清华和Frontis开源了RSI项目OpenRSI，首发成果是一个**35B模型**：在MLE基准上，单张RTX 4090（限12GB显存）、每任务12小时的成绩超过GPT-5.5+Codex，逼近GPT-5.6 Sol和2.8T的Kimi K3。"
        "消融实验中，固定框架只换模型，成绩从**39.39%提升到60.61%**。"
        "与原版AIRA-Evo相比，它的总token少41.7%，每百万token的有效发现高**84.3%**。",
    ),
    "rtxspark": (
        "DGX Station与RTX Spark笔记本亮相",
        "Santiago介绍，NVIDIA和微软带来两款新设备：DGX Station搭载GB300超级芯片，内存**最高748GB**；RTX Spark笔记本拥有**1 petaflop**的AI性能和128GB统一内存。"
        "Unsloth称，它与NVIDIA和微软合作，让用户能在128GB统一内存的RTX Spark笔记本上本地训练**120B以上参数**的模型。",
    ),
    "blackwell": (
        "Blackwell Ultra创预训练世界纪录",
        "NVIDIA称，Blackwell Ultra在预训练DeepSeek-V3 671B时创下世界纪录，每块GPU达到**1648 TFLOPs**。"
        "这约是上一代早前交付性能的**3倍**，得益于极致的协同设计，以及在Megatron-Core、TorchTitan和JAX等主流框架上的持续软件优化。",
    ),
    "gemini36": (
        "谷歌推出Gemini 3.6 Flash等三款新模型",
        "Google DeepMind推出三款新模型，让AI智能体更快、更聪明、更便宜：Gemini 3.6 Flash比3.5 Flash用更少的token完成更高质量的工作，**成本完全相同**。"
        "Gemini 3.5 Flash-Lite是面向文档处理和智能体搜索等日常任务的快速、高性价比选择，Gemini 3.5 Flash Cyber则是用于**发现并修补关键软件漏洞**的网络安全模型。"
        "Google AI Developers表示，今天发布的Gemini 3.6 Flash和3.5 Flash-Lite面向规模化的智能体工作流。",
    ),
    "luna": (
        "GPT-5.6 Luna成本比GPT-5.5低25倍",
        "OpenAI称，GPT-5.6在健康智能上迈出一大步，整个系列以更低成本提供更强性能：GPT-5.6 Luna的表现超过最高推理设置下的GPT-5.5，成本却低**25倍**。"
        "Thibault Sottiaux随后表示，GPT-5.6 Luna降价**80%**不是临时噱头，而是**永久**的，因为效率提升不会消失。",
    ),
}

#: a second faithful answer for one story, whose facts the first does not hold: errors are planted in it too
ALT: dict[str, tuple[str, str]] = {
    "deedyval": (
        "Cursor传闻估值600亿美元",
        "Deedy Das列出估值超100亿美元、年化收入超1亿美元的21家AI创业公司，其中Cursor为**600亿美元**，DeepSeek为**520亿至590亿美元**，两者均为传闻或未公布的数字。"
        "榜单中Crusoe和Mercor均为100亿美元，Cognition为260亿美元，Waymo为1260亿美元。",
    ),
}


_planted = planter(BASE)


_alt = planter(ALT)


PLANTED: list[Case] = [
    # --- nemotron (4 posts: an open model and three platforms) ---
    _planted("nemotron", "wrong parameter count", ("**550B MoE**", "**540B MoE**")),
    _planted("nemotron", "wrong parameter count in the headline", ("发布550B开放模型", "发布405B开放模型")),
    _planted("nemotron", "wrong speed-up", ("推理速度快**5倍**", "推理速度快**3倍**")),
    _planted("nemotron", "up to 30% turned into a flat 30%", ("成本最多可降低30%", "成本降低了30%")),
    _planted("nemotron", "30% turned into 30 percentage points", ("成本最多可降低30%", "成本最多可降低30个百分点")),
    _planted("nemotron", "2-bit and 8-bit memory swapped", ("2-bit版本在200GB内存上即可运行，3-bit需256GB，8-bit需600GB", "2-bit版本需600GB内存，3-bit需256GB，8-bit在200GB内存上即可运行")),
    _planted("nemotron", "wrong context length", ("**100万token上下文**", "**10万token上下文**")),
    _planted("nemotron", "NVIDIA's largest widened to the world's largest", ("是NVIDIA迄今最大的LLM", "是全球最大的开放模型")),
    _planted("nemotron", "unsupported first in the headline", ("英伟达发布550B开放模型Nemotron 3 Ultra", "英伟达首个550B开放模型Nemotron 3 Ultra")),
    _planted("nemotron", "available turned into next month", ("Together AI和Perplexity也已上线该模型", "Together AI和Perplexity将于下月上线该模型")),
    _planted("nemotron", "Pro and Max turned into all free users", ("Perplexity面向Pro和Max订阅用户开放", "Perplexity面向所有免费用户开放")),
    _planted("nemotron", "wrong maker", ("NVIDIA推出Nemotron 3 Ultra", "AMD推出Nemotron 3 Ultra")),
    _planted("nemotron", "wrong source of the local-run figures", ("Unsloth称，", "Hugging Face称，")),
    _planted("nemotron", "wrong model name suffix", ("Nemotron-3-Ultra-550B-A55B", "Nemotron-3-Ultra-550B-A35B")),
    _planted("nemotron", "wrong platform", ("Together AI和Perplexity也已上线", "Fireworks和Perplexity也已上线")),
    _planted("nemotron", "open model turned closed in the headline", ("550B开放模型", "550B闭源模型")),
    _planted("nemotron", "wrong 8-bit memory", ("8-bit需600GB", "8-bit需800GB")),
    _planted("nemotron", "English sentence", ("Together AI和Perplexity也已上线该模型，Perplexity面向Pro和Max订阅用户开放。", "Together AI and Perplexity now serve the model, and Perplexity offers it to Pro and Max subscribers.")),
    # --- imagearena (3 posts: two leaderboards and a release) ---
    _planted("imagearena", "wrong score of the leader", ("以**1204分**排名第一", "以**1240分**排名第一")),
    _planted("imagearena", "wrong score of the runner-up", ("以1151分位居第二", "以1115分位居第二")),
    _planted("imagearena", "wrong margin", ("仅比第三名Flux-2 Dev高**1分**", "仅比第三名Flux-2 Dev高**10分**")),
    _planted("imagearena", "wrong rank in the overall top 10", ("排在**第9**", "排在**第5**")),
    _planted("imagearena", "Reve and MAI scores swapped", ("以1273分排第2", "以§排第2"), ("以1253分排第4", "以1273分排第4"), ("以§排第2", "以1253分排第2")),
    _planted("imagearena", "Hunyuan credited to Alibaba", ("腾讯的Hunyuan Image 3.0", "阿里的Hunyuan Image 3.0")),
    _planted("imagearena", "the only open model turned into the first", ("是前10中唯一的开放权重模型", "是首个进入前10的开放权重模型")),
    _planted("imagearena", "behind GPT Image 2 turned into beating it", ("仅次于GPT Image 2", "超越了GPT Image 2")),
    _planted("imagearena", "runner-up turned into third", ("以1151分位居第二", "以1151分位居第三")),
    _planted("imagearena", "live turned into next week", ("Together AI已上线Ideogram 4", "Together AI将于下周上线Ideogram 4")),
    _planted("imagearena", "native 2K turned into 4K", ("支持原生2K图像生成", "支持原生4K图像生成")),
    _planted("imagearena", "open image model turned closed", ("面向设计的开放图像模型", "面向设计的闭源图像模型")),
    _planted("imagearena", "wrong leader in the headline", ("Ideogram 4.0 Quality登顶开放权重文生图榜", "Hunyuan Image 3.0登顶开放权重文生图榜")),
    _planted("imagearena", "invented weekly gain", ("以**1204分**排名第一，", "以**1204分**排名第一，比上周提升52分，")),
    _planted("imagearena", "MAI credited to Google", ("微软的MAI-Image-2.5", "谷歌的MAI-Image-2.5")),
    _planted("imagearena", "English sentence", ("Together AI已上线Ideogram 4，这是一款面向设计的开放图像模型，文字渲染和版式控制能力强，支持原生2K图像生成。", "Together AI now serves Ideogram 4, an open image model built for design with native 2K image generation.")),
    # --- deedyval (a list of valuations) ---
    _planted("deedyval", "wrong company count", ("共**21家**", "共**12家**")),
    _planted("deedyval", "wrong company count in the headline", ("21家AI创业公司", "31家AI创业公司")),
    _planted("deedyval", "Anthropic's and OpenAI's valuations swapped", ("Anthropic以9650亿美元居首，OpenAI为8520亿美元", "OpenAI以9650亿美元居首，Anthropic为8520亿美元")),
    _planted("deedyval", "xAI's valuation off by ten", ("xAI为2500亿美元", "xAI为250亿美元")),
    _planted("deedyval", "Perplexity's valuation given to Mistral", ("Mistral为140亿美元", "Mistral为226亿美元")),
    _planted("deedyval", "dollars turned into yuan", ("Perplexity为226亿美元", "Perplexity为226亿元")),
    _planted("deedyval", "wrong valuation threshold", ("估值在**100亿美元以上**", "估值在**1000亿美元以上**")),
    _planted("deedyval", "wrong revenue threshold", ("年化收入超过1亿美元", "年化收入超过10亿美元")),
    _planted("deedyval", "not independent turned into independent", ("xAI、Waymo和Scale**并非完全独立**", "xAI、Waymo和Scale**都是完全独立的公司**")),
    _planted("deedyval", "rumored turned into all official", ("他注明，部分估值为传闻或未公布", "他注明，所有估值均已正式公布")),
    _planted("deedyval", "invented first past a trillion", ("其中Anthropic以9650亿美元居首", "其中Anthropic以9650亿美元居首，成为首家估值破万亿美元的AI公司")),
    _planted("deedyval", "wrong author", ("Deedy Das统计了", "Sam Altman统计了")),
    _planted("deedyval", "Perplexity's valuation off by ten", ("Perplexity为226亿美元", "Perplexity为22.6亿美元")),
    _planted("deedyval", "English sentence", ("他注明，部分估值为传闻或未公布，xAI、Waymo和Scale**并非完全独立**。", "He notes some valuations are rumored, and xAI, Waymo and Scale are **not fully independent**.")),
    _alt("deedyval", "Cursor's valuation off by ten", ("Cursor为**600亿美元**", "Cursor为**60亿美元**")),
    _alt("deedyval", "DeepSeek's range collapsed to its top", ("DeepSeek为**520亿至590亿美元**", "DeepSeek为**590亿美元**")),
    _alt("deedyval", "Crusoe and Mercor made the largest", ("榜单中Crusoe和Mercor均为100亿美元", "榜单中估值最高的是Crusoe和Mercor，均为100亿美元")),
    _alt("deedyval", "Cognition's and Waymo's valuations swapped", ("Cognition为260亿美元，Waymo为1260亿美元", "Cognition为1260亿美元，Waymo为260亿美元")),
    _alt("deedyval", "rumored turned into confirmed", ("两者均为传闻或未公布的数字", "两者均已官方确认")),
    # --- resolveai (a funding round) ---
    _planted("resolveai", "wrong amount magnitude", ("**1.25亿美元A轮融资**", "**12.5亿美元A轮融资**")),
    _planted("resolveai", "dollars turned into yuan", ("**1.25亿美元A轮融资**", "**1.25亿元A轮融资**")),
    _planted("resolveai", "wrong round", ("**1.25亿美元A轮融资**", "**1.25亿美元B轮融资**")),
    _planted("resolveai", "wrong valuation", ("估值**10亿美元**", "估值**100亿美元**")),
    _planted("resolveai", "amount and valuation swapped in the headline", ("获1.25亿美元A轮融资，估值10亿美元", "获10亿美元A轮融资，估值1.25亿美元")),
    _planted("resolveai", "tagged Greylock made the lead", ("由Lightspeed领投的", "由Greylock领投的")),
    _planted("resolveai", "invented lead investor", ("由Lightspeed领投的", "由红杉资本领投的")),
    _planted("resolveai", "title the post does not give", ("Resolve AI的Spiros Xanthos宣布", "Resolve AI CEO Spiros Xanthos宣布")),
    _planted("resolveai", "invented first", ("Resolve AI致力于打造面向生产环境的AI", "Resolve AI是首家估值10亿美元的AI运维公司，致力于打造面向生产环境的AI")),
    _planted("resolveai", "closed turned into expected next month", ("公司完成了由Lightspeed领投的", "公司预计下月完成由Lightspeed领投的")),
    _planted("resolveai", "invented claim of replacing engineers", ("现在是时候改变软件的运行方式了", "它将取代大部分运维工程师")),
    _planted("resolveai", "wrong round in the headline", ("获1.25亿美元A轮融资", "获1.25亿美元种子轮")),
    _planted("resolveai", "invented speaker", ("Resolve AI的Spiros Xanthos宣布", "Lightspeed的合伙人宣布")),
    _planted("resolveai", "English sentence", ("Resolve AI致力于打造面向生产环境的AI，他表示，AI正在改变软件的构建方式，现在是时候改变软件的运行方式了。", "Resolve AI is building AI for prod: AI is changing how software gets built, and now it is time to change how it runs.")),
    _planted("resolveai", "filler sentence", ("现在是时候改变软件的运行方式了。", "现在是时候改变软件的运行方式了。帖子未透露更多融资细节。")),
    # --- bulage (a long Chinese article: a valuation and the founder's papers) ---
    _planted("bulage", "wrong valuation magnitude", ("估值已达**20亿美元**", "估值已达**200亿美元**")),
    _planted("bulage", "dollars turned into yuan", ("估值已达**20亿美元**", "估值已达**20亿元**")),
    _planted("bulage", "wrong Tencent amount", ("腾讯**2000万美元**的投资", "腾讯**2亿美元**的投资")),
    _planted("bulage", "World Labs' valuation moved to the headline", ("新公司估值20亿美元", "新公司估值50亿美元")),
    _planted("bulage", "World Labs' round moved to Tencent", ("腾讯**2000万美元**的投资", "腾讯**10亿美元**的投资")),
    _planted("bulage", "wrong WebArena gain", ("在WebArena上涨了9.2%", "在WebArena上涨了19.2%")),
    _planted("bulage", "gain turned into a drop", ("在WebArena上涨了9.2%", "在WebArena上下降了9.2%")),
    _planted("bulage", "wrong video count", ("从3.9万个教程视频中", "从39万个教程视频中")),
    _planted("bulage", "wrong step count", ("150多万条GUI交互步骤", "1500多万条GUI交互步骤")),
    _planted("bulage", "Simpler-WidowX score moved to LIBERO", ("在LIBERO上达到**97.9%**", "在LIBERO上达到**73.7%**")),
    _planted("bulage", "wrong data count", ("用860万条视频文本数据", "用86万条视频文本数据")),
    _planted("bulage", "wrong trained model", ("训练的Qwen3-14B", "训练的Qwen3-32B")),
    _planted("bulage", "wrong benchmark", ("在WebArena上涨了9.2%", "在SWE-bench上涨了9.2%")),
    _planted("bulage", "wrong founding month", ("林俊旸5月成立的新公司", "林俊旸3月成立的新公司")),
    _planted("bulage", "wrong former role", ("前通义千问负责人林俊旸", "前DeepSeek负责人林俊旸")),
    _planted("bulage", "wrong investor", ("并拿到了腾讯**2000万美元**的投资", "并拿到了阿里巴巴**2000万美元**的投资")),
    _planted("bulage", "valued turned into seeking", ("估值已达**20亿美元**，并拿到了", "正寻求以**20亿美元**估值融资，并计划拿")),
    _planted("bulage", "invented first", ("研究方向是世界模型和具身智能，", "是首家估值达20亿美元的中国具身智能公司，研究方向是世界模型和具身智能，")),
    _planted("bulage", "founder's name miswritten", ("前通义千问负责人林俊旸", "前通义千问负责人林俊阳")),
    _planted("bulage", "wrong field", ("研究方向是世界模型和具身智能", "研究方向是自动驾驶芯片")),
    _planted("bulage", "bold on part of a fact", ("估值已达**20亿美元**", "估值已达**20亿**美元")),
    _planted("bulage", "English sentence", ("Qwen-VLA在LIBERO上达到**97.9%**，Qwen-RobotWorld则用860万条视频文本数据训练了语言条件视频世界模型。", "Qwen-VLA reaches **97.9%** on LIBERO, and Qwen-RobotWorld trains a language-conditioned video world model on 8.6 million video-text pairs.")),
    # --- mimo (a Chinese post: a price cut) ---
    _planted("mimo", "wrong input cut", ("降幅**高达99%**", "降幅**高达90%**")),
    _planted("mimo", "wrong output cut", ("输出也降价**80%**", "输出也降价**60%**")),
    _planted("mimo", "input and output cuts swapped", ("降幅**高达99%**", "降幅**高达§**"), ("输出也降价**80%**", "输出也降价**99%**"), ("降幅**高达§**", "降幅**高达80%**")),
    _planted("mimo", "up to dropped", ("2.5 Pro的输入价格降幅**高达99%**", "2.5 Pro的输入价格全部降了**99%**")),
    _planted("mimo", "5-8x turned into 5-8%", ("比以前多了**5-8倍**", "比以前多了**5-8%**")),
    _planted("mimo", "5-8x turned into 50-80x", ("比以前多了**5-8倍**", "比以前多了**50-80倍**")),
    _planted("mimo", "price cut turned into a rise in the headline", ("小米MiMo API大幅降价", "小米MiMo API大幅涨价")),
    _planted("mimo", "everyone's quota turned into new users only", ("所有人的额度也已重置", "只有新用户的额度被重置")),
    _planted("mimo", "wrong model version", ("2.5 Pro的输入价格", "3.0 Pro的输入价格")),
    _planted("mimo", "wrong company", ("歸藏称，小米MiMo API", "歸藏称，华为MiMo API")),
    _planted("mimo", "99% turned into 99 percentage points", ("降幅**高达99%**", "降幅**高达99个百分点**")),
    _planted("mimo", "invented first", ("所有人的额度也已重置。", "所有人的额度也已重置，这是国内首个降价99%的大模型API。")),
    _planted("mimo", "cut done turned into next month", ("小米MiMo API大幅降价：", "小米MiMo API将于下月大幅降价：")),
    _planted("mimo", "quota raised turned into cut", ("Token plan额度同样大幅提升", "Token plan额度则大幅缩减")),
    _planted("mimo", "English sentence", ("Token plan额度同样大幅提升，比以前多了**5-8倍**，所有人的额度也已重置。", "The Token plan quota is **5-8x** larger than before, and everyone's quota has been reset.")),
    # --- openrsi (a Chinese post: an open-source research project) ---
    _planted("openrsi", "wrong model size", ("**35B模型**", "**3.5B模型**")),
    _planted("openrsi", "wrong VRAM cap", ("限12GB显存", "限24GB显存")),
    _planted("openrsi", "wrong time per task", ("每任务12小时", "每任务24小时")),
    _planted("openrsi", "wrong GPU", ("单张RTX 4090", "单张RTX 5090")),
    _planted("openrsi", "near turned into beyond", ("逼近GPT-5.6 Sol和2.8T的Kimi K3", "超越GPT-5.6 Sol和2.8T的Kimi K3")),
    _planted("openrsi", "beaten model moved", ("成绩超过GPT-5.5+Codex，逼近GPT-5.6 Sol和", "成绩超过GPT-5.6 Sol，逼近GPT-5.5+Codex和")),
    _planted("openrsi", "wrong size of Kimi K3", ("2.8T的Kimi K3", "1.8T的Kimi K3")),
    _planted("openrsi", "ablation direction reversed", ("成绩从**39.39%提升到60.61%**", "成绩从**60.61%降到39.39%**")),
    _planted("openrsi", "token saving and findings gain swapped", ("总token少41.7%，每百万token的有效发现高**84.3%**", "总token少84.3%，每百万token的有效发现高**41.7%**")),
    _planted("openrsi", "fewer tokens turned into more", ("总token少41.7%", "总token多41.7%")),
    _planted("openrsi", "84.3% turned into 84.3x", ("高**84.3%**", "高**84.3倍**")),
    _planted("openrsi", "wrong university", ("清华和Frontis开源了", "北大和Frontis开源了")),
    _planted("openrsi", "wrong university in the headline", ("清华与Frontis开源", "浙大与Frontis开源")),
    _planted("openrsi", "no general RSI turned into general RSI", ("每百万token的有效发现高**84.3%**。", "每百万token的有效发现高**84.3%**，作者称已实现通用RSI。")),
    _planted("openrsi", "credit given to Tian Yuandong", ("清华和Frontis开源了RSI项目OpenRSI", "田渊栋团队开源了RSI项目OpenRSI")),
    _planted("openrsi", "invented first", ("开源了RSI项目OpenRSI", "开源了全球首个RSI项目OpenRSI")),
    _planted("openrsi", "English sentence", ("消融实验中，固定框架只换模型，成绩从**39.39%提升到60.61%**。", "In the ablation, swapping only the model with the framework fixed raised the score from **39.39% to 60.61%**.")),
    # --- rtxspark (2 posts: two devices) ---
    _planted("rtxspark", "wrong DGX Station memory", ("内存**最高748GB**", "内存**最高784GB**")),
    _planted("rtxspark", "up to dropped", ("内存**最高748GB**", "内存**固定为748GB**")),
    _planted("rtxspark", "wrong AI performance", ("**1 petaflop**的AI性能", "**10 petaflop**的AI性能")),
    _planted("rtxspark", "wrong unified memory", ("的AI性能和128GB统一内存", "的AI性能和256GB统一内存")),
    _planted("rtxspark", "GB300 moved to the laptop", ("DGX Station搭载GB300超级芯片，内存**最高748GB**；RTX Spark笔记本拥有", "DGX Station内存**最高748GB**；搭载GB300超级芯片的RTX Spark笔记本拥有")),
    _planted("rtxspark", "wrong trainable size", ("**120B以上参数**", "**12B以上参数**")),
    _planted("rtxspark", "120B and more turned into at most", ("本地训练**120B以上参数**的模型", "本地训练**最多120B参数**的模型")),
    _planted("rtxspark", "laptop turned into desktop", ("让用户能在128GB统一内存的RTX Spark笔记本上", "让用户能在128GB统一内存的RTX Spark台式机上")),
    _planted("rtxspark", "wrong partner", ("NVIDIA和微软带来两款新设备", "NVIDIA和AMD带来两款新设备")),
    _planted("rtxspark", "wrong trainer", ("Unsloth称，它与NVIDIA和微软合作", "Hugging Face称，它与NVIDIA和微软合作")),
    _planted("rtxspark", "training negated", ("本地训练**120B以上参数**的模型", "本地运行**120B以上参数**的模型，但还不能训练")),
    _planted("rtxspark", "invented launch date", ("两款新设备：", "两款将于明年上市的新设备：")),
    _planted("rtxspark", "invented first", ("让用户能在128GB统一内存的RTX Spark笔记本上", "让用户首次能在全球唯一的128GB统一内存笔记本RTX Spark上")),
    _planted("rtxspark", "wrong superchip", ("搭载GB300超级芯片", "搭载GB200超级芯片")),
    _planted("rtxspark", "English sentence", ("Unsloth称，它与NVIDIA和微软合作，让用户能在128GB统一内存的RTX Spark笔记本上本地训练**120B以上参数**的模型。", "Unsloth says it worked with NVIDIA and Microsoft so that **120B+ parameter** models can be trained locally on the 128GB RTX Spark laptop.")),
    # --- blackwell (a record) ---
    _planted("blackwell", "wrong throughput", ("**1648 TFLOPs**", "**1468 TFLOPs**")),
    _planted("blackwell", "wrong model size", ("DeepSeek-V3 671B", "DeepSeek-V3 685B")),
    _planted("blackwell", "3x turned into 30%", ("**3倍**", "**30%**")),
    _planted("blackwell", "3x turned into 30x", ("**3倍**", "**30倍**")),
    _planted("blackwell", "about dropped", ("这约是上一代早前交付性能的**3倍**", "这正好是上一代早前交付性能的**3倍**")),
    _planted("blackwell", "wrong model", ("预训练DeepSeek-V3 671B时", "预训练DeepSeek-R1 671B时")),
    _planted("blackwell", "pre-training turned into inference", ("在预训练DeepSeek-V3 671B时", "在推理DeepSeek-V3 671B时")),
    _planted("blackwell", "per GPU turned into per rack", ("每块GPU达到", "每个机架达到")),
    _planted("blackwell", "invented rival beaten", ("创下世界纪录，", "创下世界纪录，击败AMD MI355X，")),
    _planted("blackwell", "wrong maker", ("NVIDIA称，Blackwell Ultra", "谷歌称，Blackwell Ultra")),
    _planted("blackwell", "wrong framework", ("TorchTitan和JAX", "TorchTitan和TensorFlow")),
    _planted("blackwell", "unnamed previous generation named", ("这约是上一代早前交付性能的**3倍**", "这约是H100早前交付性能的**3倍**")),
    _planted("blackwell", "TFLOPs turned into PFLOPs", ("**1648 TFLOPs**", "**1648 PFLOPs**")),
    _planted("blackwell", "record turned into near-record in the headline", ("创预训练世界纪录", "预训练接近世界纪录")),
    _planted("blackwell", "English sentence", ("这约是上一代早前交付性能的**3倍**，得益于极致的协同设计，以及在Megatron-Core、TorchTitan和JAX等主流框架上的持续软件优化。", "That is about **3x** the previous generation, from extreme co-design and software optimization in Megatron-Core, TorchTitan and JAX.")),
    _planted("blackwell", "one-sentence summary", ("这约是上一代早前交付性能的**3倍**，得益于极致的协同设计，以及在Megatron-Core、TorchTitan和JAX等主流框架上的持续软件优化。", "")),
    # --- gemini36 (3 posts: three models) ---
    _planted("gemini36", "wrong model count", ("推出三款新模型，", "推出四款新模型，")),
    _planted("gemini36", "wrong model count in the headline", ("等三款新模型", "等五款新模型")),
    _planted("gemini36", "same cost turned into half", ("**成本完全相同**", "**成本降低一半**")),
    _planted("gemini36", "fewer tokens turned into more", ("用更少的token", "用更多的token")),
    _planted("gemini36", "Flash-Lite and Cyber roles swapped", ("Gemini 3.5 Flash-Lite是面向文档处理", "Gemini 3.5 Flash Cyber是面向文档处理"), ("Gemini 3.5 Flash Cyber则是用于", "Gemini 3.5 Flash-Lite则是用于")),
    _planted("gemini36", "patching negated", ("用于**发现并修补关键软件漏洞**", "只能**发现、不能修补关键软件漏洞**")),
    _planted("gemini36", "released today turned into next month", ("今天发布的Gemini 3.6 Flash", "将于下月发布的Gemini 3.6 Flash")),
    _planted("gemini36", "wrong lab", ("Google DeepMind推出三款新模型", "OpenAI推出三款新模型")),
    _planted("gemini36", "invented superlative", ("Gemini 3.6 Flash比3.5 Flash", "全球最快的模型Gemini 3.6 Flash比3.5 Flash")),
    _planted("gemini36", "wrong version in the headline", ("谷歌推出Gemini 3.6 Flash", "谷歌推出Gemini 3.7 Flash")),
    _planted("gemini36", "Flash-Lite renamed Flash Pro", ("Gemini 3.5 Flash-Lite是面向", "Gemini 3.5 Flash Pro是面向")),
    _planted("gemini36", "compared with the wrong predecessor", ("比3.5 Flash用更少的token", "比3.0 Pro用更少的token")),
    _planted("gemini36", "invented benchmark figure", ("完成更高质量的工作，", "完成更高质量的工作，SWE-bench得分提升12%，")),
    _planted("gemini36", "bold on part of a fact", ("**成本完全相同**", "成本**完全**相同")),
    _planted("gemini36", "filler sentence", ("面向规模化的智能体工作流。", "面向规模化的智能体工作流。具体价格和更多细节仍有待公布。")),
    _planted("gemini36", "English sentence", ("Google AI Developers表示，今天发布的Gemini 3.6 Flash和3.5 Flash-Lite面向规模化的智能体工作流。", "Google AI Developers says Gemini 3.6 Flash and 3.5 Flash-Lite, released today, are built to scale agentic workflows.")),
    # --- luna (2 posts: a model's cost) ---
    _planted("luna", "25x turned into 25%", ("成本却低**25倍**", "成本却低**25%**")),
    _planted("luna", "25x turned into 2.5x", ("成本却低**25倍**", "成本却低**2.5倍**")),
    _planted("luna", "wrong price cut", ("降价**80%**", "降价**50%**")),
    _planted("luna", "80% turned into 80 percentage points", ("降价**80%**", "降价**80个百分点**")),
    _planted("luna", "permanent turned into temporary", ("不是临时噱头，而是**永久**的", "只是**限时**优惠，之后会恢复原价")),
    _planted("luna", "outperforms turned into falls short", ("GPT-5.6 Luna的表现超过最高推理设置下的GPT-5.5", "GPT-5.6 Luna的表现不及最高推理设置下的GPT-5.5")),
    _planted("luna", "wrong predecessor", ("最高推理设置下的GPT-5.5", "最高推理设置下的GPT-5")),
    _planted("luna", "Luna's cut given to Sol", ("GPT-5.6 Luna降价**80%**", "GPT-5.6 Sol降价**80%**")),
    _planted("luna", "health turned into coding", ("GPT-5.6在健康智能上迈出一大步", "GPT-5.6在编程能力上迈出一大步")),
    _planted("luna", "wrong speaker", ("Thibault Sottiaux随后表示", "Sam Altman随后表示")),
    _planted("luna", "invented superlative", ("成本却低**25倍**。", "成本却低**25倍**，是OpenAI迄今最强的模型。")),
    _planted("luna", "wrong lab", ("OpenAI称，GPT-5.6", "Anthropic称，GPT-5.6")),
    _planted("luna", "wrong multiple in the headline", ("成本比GPT-5.5低25倍", "成本比GPT-5.5低52倍")),
    _planted("luna", "highest setting turned into lowest", ("最高推理设置下的GPT-5.5", "最低推理设置下的GPT-5.5")),
    _planted("luna", "English sentence", ("Thibault Sottiaux随后表示，GPT-5.6 Luna降价**80%**不是临时噱头，而是**永久**的，因为效率提升不会消失。", "Thibault Sottiaux later said the **80%** Luna price cut is **permanent**, not a temporary stunt.")),
]

FAITHFUL: list[Case] = [Case(story, "faithful: the base answer", *answer_) for story, answer_ in BASE.items()] + [
    Case(story, "faithful: the second answer", *answer_) for story, answer_ in ALT.items()] + [
    # nemotron
    Case("nemotron", "faithful: 5x as 5倍, up to 30% as 最高30%", "Nemotron 3 Ultra：推理快5倍的开放模型",
         "NVIDIA发布Nemotron 3 Ultra，这是为长时运行智能体打造的550B MoE开放模型。它的推理速度快**5倍**，与其他开放前沿模型相比，复杂智能体任务的成本**最高可降低30%**。"),
    Case("nemotron", "faithful: Unsloth's quantisations, 1M上下文", "Nemotron 3 Ultra可在200GB内存上本地运行",
         "Unsloth称，用户现在可以本地运行NVIDIA的550B开放模型Nemotron 3 Ultra，它支持**1M上下文**，擅长前沿水平的编程和对话。其2-bit版本需要**200GB内存**，3-bit需要256GB，8-bit需要600GB。"),
    Case("nemotron", "faithful: Together AI's two Nemotron models", "Together AI上线两款Nemotron模型",
         "Together AI上线了两款NVIDIA Nemotron模型：面向高吞吐智能体工作负载的**Nemotron 3 Ultra**，以及面向低延迟多语种语音识别的**Nemotron 3.5 ASR**。开发者可以在其平台上构建编程智能体、深度研究智能体和实时语音系统。"),
    Case("nemotron", "faithful: 英伟达, Perplexity Pro and Max", "Perplexity开放Nemotron 3 Ultra",
         "Perplexity宣布，Nemotron 3 Ultra已向**Pro和Max订阅用户**开放，可在Perplexity和Computer中使用。这是英伟达为长时运行智能体打造的新开放模型，参数规模为**550B**。"),
    # imagearena
    Case("imagearena", "faithful: 混元, the top five open models", "开放权重文生图榜：Ideogram领先，混元第二",
         "Arena称，在开放权重文生图榜上，Ideogram-4.0 Quality以1204分排名第一，腾讯混元的Hunyuan Image 3.0以**1151分**位居第二，仅领先第三名Flux-2 Dev 1分。阿里的Qwen Image 2512和HiDream-O1 Image分列第四、第五，得分为**1128和1124**。"),
    Case("imagearena", "faithful: 1,273 with a comma, predecessors dropped out", "三款新模型进入Image Arena文生图前10",
         "Arena称，过去一个月有**三款新模型**进入Image Arena文生图前10：Reve 2.0以1,273分排第2，仅次于GPT Image 2；MAI-Image-2.5以1,253分排第4；Ideogram 4.0 Quality以1,204分排第9。Reve 2.0和MAI-Image-2.5都取代了各自的前代，**前代模型双双跌出前10**。"),
    Case("imagearena", "faithful: Together's serverless inference", "Together AI上线开放图像模型Ideogram 4",
         "Together AI宣布上线Ideogram的**Ideogram 4**，这是一款面向设计的开放图像模型，具备强大的文字渲染和版式控制能力，支持**原生2K**图像生成。开发者可以通过Together Serverless Inference把它用于生产级创意工作流。"),
    Case("imagearena", "faithful: 微软, the only open model in the top 10", "Ideogram 4.0是文生图前10唯一开放权重模型",
         "Arena称，Ideogram 4.0 Quality以1,204分进入Image Arena文生图总榜第9，是前10中**唯一的开放权重模型**。同期进入前10的还有Reve 2.0（第2）和微软的MAI-Image-2.5（第4）。在开放权重榜上，前六名分别来自**不同实验室**。"),
    # deedyval
    Case("deedyval", "faithful: 月之暗面 for Moonshot", "月之暗面估值200亿美元，入选AI高估值榜单",
         "Deedy Das列出了21家估值超过100亿美元、年化收入超过1亿美元的AI创业公司，其中月之暗面（Moonshot）估值为**200亿美元**。同榜的Perplexity为226亿美元，Cognition为260亿美元，Anthropic以**9650亿美元**居首。"),
    Case("deedyval", "faithful: the smallest on the list", "估值100亿美元以上的AI创业公司共21家",
         "Deedy Das统计，估值100亿美元以上且年化收入超过1亿美元的AI创业公司共有**21家**。名单起点是Crusoe和Mercor，均为**100亿美元**，ElevenLabs、Baseten和Harvey均为110亿美元，其中Baseten的数字为传闻或未公布。"),
    Case("deedyval", "faithful: $852B as 8520亿美元, terse", "OpenAI估值8520亿美元，仅次于Anthropic",
         "Deedy Das整理的AI创业公司估值榜单中，OpenAI估值**8520亿美元**，仅次于估值9650亿美元的Anthropic。xAI估值2500亿美元，但他注明xAI**并非完全独立**。"),
    # resolveai
    Case("resolveai", "faithful: terse, $125M as 1.25亿美元", "Resolve AI完成1.25亿美元A轮融资",
         "Spiros Xanthos宣布，Resolve AI完成了**1.25亿美元A轮融资**，由Lightspeed领投。本轮估值为10亿美元。"),
    Case("resolveai", "faithful: 光速 for Lightspeed, unicorn", "Resolve AI估值10亿美元，跻身独角兽",
         "Resolve AI宣布完成1.25亿美元A轮融资，估值达到**10亿美元**，由光速（Lightspeed）领投。Spiros Xanthos表示，公司在做面向生产环境的AI：AI已经改变了软件的构建方式，接下来要**改变软件的运行方式**。"),
    Case("resolveai", "faithful: what AI for prod means", "Resolve AI融资1.25亿美元，打造生产环境AI",
         "Resolve AI获得由Lightspeed领投的1.25亿美元A轮融资，估值10亿美元。Spiros Xanthos称，公司的方向是“**AI for prod**”，即用AI改变软件在生产环境中的运行方式。"),
    # bulage
    Case("bulage", "faithful: the valuation and imagination", "林俊旸新公司估值20亿美元，腾讯投资2000万美元",
         "据36氪报道，前通义千问负责人林俊旸5月成立的新公司研究世界模型和具身智能，估值已达**20亿美元**，并获得腾讯**2000万美元**投资。36氪分析认为，林俊旸想做的是让AI在行动之前先在脑中模拟一遍的“想象力”。"),
    Case("bulage", "faithful: World Labs and LeCun kept apart", "林俊旸入局世界模型，新公司估值20亿美元",
         "36氪称，林俊旸的新公司估值已到20亿美元，方向与李飞飞、杨立昆同属世界模型。文章提到，李飞飞的World Labs在2025年11月推出Marble，2026年2月估值冲到**50亿美元**，也融了10亿美元；杨立昆2026年3月发布的LeWorldModel只有**1500万参数**，在一张GPU上跑几个小时就能做规划。"),
    Case("bulage", "faithful: Qwen-VLA and Qwen-RobotWorld figures kept apart", "林俊旸参与的Qwen-VLA在LIBERO达97.9%",
         "36氪梳理了林俊旸参与的具身研究：Qwen-VLA在LIBERO上达到97.9%，Simpler-WidowX上73.7%，真实世界ALOHA实验中跨分布泛化为**76.9%**。Qwen-RobotWorld用860万条视频文本数据、两亿多帧画面训练，涵盖二十多种机器人和五百多种动作类型，在**EWMBench和DreamGen Bench上都排第一**。"),
    Case("bulage", "faithful: 三万九千 in words, WebWorld's 100万", "林俊旸论文：从教程视频里挖出训练数据",
         "36氪介绍，林俊旸参与的VideoAgentTrek从YouTube抓取了**三万九千个**无标注的屏幕录制教程视频，自动解析出一百五十多万条GUI交互步骤。另一篇论文WebWorld用超过**100万条**真实网页交互数据训练网页模拟器，能支撑三十步以上的长序列模拟。"),
    # mimo
    Case("mimo", "faithful: 最高99%, 5到8倍", "小米MiMo 2.5 Pro输入价格最高降99%",
         "据歸藏介绍，小米MiMo API大幅降价，2.5 Pro的输入价格**最高降99%**，输出价格降80%。Token plan额度提升到以前的**5到8倍**，并重置了所有人的额度。"),
    Case("mimo", "faithful: Xiaomi, quota reset", "Xiaomi MiMo API降价并重置所有人额度",
         "歸藏称，Xiaomi MiMo API大幅降价：2.5 Pro输入降价幅度高达99%，输出降价**80%**。此外Token plan额度大幅提升，并**重置了所有人的额度**。"),
    Case("mimo", "faithful: down to as little as 1%", "小米MiMo降价：2.5 Pro输入价最低仅为原来1%",
         "歸藏称，小米MiMo API的2.5 Pro输入降价幅度高达99%，即最低只需原价的**1%**；输出降价80%，只需原价的**20%**。Token plan额度也比以前多了5-8倍。"),
    Case("mimo", "faithful: 五至八倍 in words", "小米MiMo API降价，Token plan额度大增",
         "歸藏称，小米MiMo API大幅降价，2.5 Pro输入最高降99%、输出降80%。Token plan额度也大幅提升，相较以前多了**五至八倍**，所有人的额度都已重置。"),
    # openrsi
    Case("openrsi", "faithful: NatureBench Lite ablation", "OpenRSI消融实验：模型与框架的功劳分开测",
         "AIGCLINK介绍，OpenRSI把模型和框架的功劳分开测试：固定框架换模型，成绩从39.39%升到60.61%。换到没训练过的NatureBench Lite后，换模型从**50%升到70%**，换框架从**20%升到50%**。"),
    Case("openrsi", "faithful: four operators, no general RSI", "OpenRSI用四个原子算子做AI改进AI",
         "AIGCLINK称，OpenRSI的核心设计是Draft、Improve、Debug、Crossover**四个原子算子**，训练和推理共用同一套接口，模型成了自身进化框架的变异引擎。作者也写明，这些实验是model加harness的系统分，**并没有实现通用RSI**。"),
    Case("openrsi", "faithful: bounded evidence explains the savings", "OpenRSI比AIRA-Evo少用41.7%的token",
         "AIGCLINK介绍，与原版AIRA-Evo相比，OpenRSI的总token少**41.7%**，每百万token的有效发现却高84.3%。原因是它把“全量历史进上下文”换成了“**按算子按需检索有界证据**”。"),
    Case("openrsi", "faithful: one 4090, 35B", "单张4090上的35B模型逼近GPT-5.6 Sol",
         "据AIGCLINK介绍，清华和Frontis开源的OpenRSI首发了一个**35B模型**。在MLE基准上，它只用单张RTX 4090（限12GB显存）、每个任务12小时，成绩就超过GPT-5.5+Codex，**逼近GPT-5.6 Sol**和2.8T的Kimi K3。"),
    Case("openrsi", "faithful: Lilian Weng's harness view", "Lilian Weng：RSI可走harness自我进化之路",
         "AIGCLINK介绍，前OpenAI的Lilian Weng认为，短期内实用的RSI不太可能靠直接自我改进模型权重，而可依赖模型外面那层系统**harness**实现自我进化。AIGCLINK称，清华和Frontis的OpenRSI给出了可执行的测量版本，团队也明确说**没有解决通用RSI**。"),
    # rtxspark
    Case("rtxspark", "faithful: 120B+ as 1200亿参数以上", "RTX Spark笔记本可训练1200亿参数模型",
         "Unsloth称，它与NVIDIA和微软合作，把大模型训练带到了拥有**128GB统一内存**的RTX Spark笔记本上。用户现在可以在笔记本上本地训练**1200亿参数以上**的模型。"),
    Case("rtxspark", "faithful: 英伟达, 1 PFLOPS", "英伟达RTX Spark笔记本：1 PFLOPS AI性能",
         "Santiago称，英伟达和微软即将带来RTX Spark笔记本，它拥有**1 PFLOPS**的AI性能和128GB统一内存。另一款新设备DGX Station搭载GB300超级芯片，内存最高可达**748GB**。"),
    Case("rtxspark", "faithful: Santiago's opinion attributed", "DGX Station内存最高748GB",
         "Santiago介绍了NVIDIA和微软的两款新设备：搭载GB300超级芯片、内存**最高748GB**的DGX Station，以及AI性能1 petaflop、拥有128GB统一内存的RTX Spark笔记本。他认为这些硬件**相当惊人**。"),
    # blackwell
    Case("blackwell", "faithful: 1,648 with a comma", "英伟达Blackwell Ultra刷新预训练纪录",
         "英伟达称，Blackwell Ultra在DeepSeek-V3 671B预训练上创下世界纪录，每块GPU达到**1,648 TFLOPs**。这一性能约为上一代早前交付水平的**3倍**。"),
    Case("blackwell", "faithful: 约三倍 in words, 6710亿参数", "Blackwell Ultra单GPU预训练性能约为上代三倍",
         "NVIDIA称，Blackwell Ultra预训练**6710亿参数**的DeepSeek-V3时创下世界纪录，单GPU达到1648 TFLOPs，约为上一代早前交付性能的**三倍**。NVIDIA将其归功于极致协同设计和持续的软件优化。"),
    Case("blackwell", "faithful: the frameworks named", "Blackwell Ultra纪录得益于软件优化",
         "NVIDIA称，Blackwell Ultra以每GPU 1648 TFLOPs创下DeepSeek-V3 671B的预训练世界纪录。这得益于在**Megatron-Core、TorchTitan和JAX**等主流框架上的持续软件优化。"),
    # gemini36
    Case("gemini36", "faithful: the Gemini app's textures", "Gemini 3.6 Flash可从照片提取纹理制作设计元素",
         "Google Gemini称，Gemini 3.6 Flash能快速理解上下文，帮助用户打造自己的**定制创意工具**。例如，它可以从环境照片中**提取真实的自然纹理**，制作印花和设计元素，并快速导出到工作流中直接使用。"),
    Case("gemini36", "faithful: 谷歌DeepMind, terse", "谷歌DeepMind发布三款新模型",
         "谷歌DeepMind推出Gemini 3.6 Flash、Gemini 3.5 Flash-Lite和Gemini 3.5 Flash Cyber**三款新模型**。其中Gemini 3.6 Flash比3.5 Flash**用更少的token**、以同样的成本交付更高质量的工作。"),
    Case("gemini36", "faithful: Flash Cyber", "Gemini 3.5 Flash Cyber专攻软件漏洞",
         "Google DeepMind发布网络安全模型**Gemini 3.5 Flash Cyber**，用于发现并修补关键软件漏洞。同批发布的还有Gemini 3.6 Flash和面向日常任务的Gemini 3.5 Flash-Lite。"),
    Case("gemini36", "faithful: token efficiency and latency", "Gemini 3.6 Flash和Flash-Lite发布",
         "Google AI Developers称，构建生产级AI智能体需要**token效率更高、延迟更低**的可扩展智能，因此发布了Gemini 3.6 Flash和Gemini 3.5 Flash-Lite。Google DeepMind表示，3.6 Flash的成本与3.5 Flash**完全相同**。"),
    # luna
    Case("luna", "faithful: 25x less as 1/25", "GPT-5.6 Luna成本仅为GPT-5.5的1/25",
         "OpenAI称，GPT-5.6 Luna的表现超过最高推理设置下的GPT-5.5，成本却只有其**1/25**。OpenAI表示，这些进步在提升质量的同时，让**全球更多人**能用上先进模型。"),
    Case("luna", "faithful: 80% as 八成", "GPT-5.6 Luna降价八成是永久的",
         "Thibault Sottiaux表示，有人误解了GPT-5.6 Luna的降价：**降价八成**不是临时噱头，而是永久的。他说，效率提升**不会消失**。"),
    Case("luna", "faithful: Sottiaux, health", "OpenAI：GPT-5.6是健康智能的一大进步",
         "OpenAI称，GPT-5.6在**健康智能**上迈出一大步，整个系列以更低成本提供更强性能，其中GPT-5.6 Luna成本比GPT-5.5低25倍。Thibault Sottiaux随后强调，Luna的**80%降价是永久的**。"),
]

#: planted errors the checks publish (story, kind), on the checks of the branch base e6f5a18 (the set as it stands)
MISSES: frozenset[tuple[str, str]] = frozenset({
    # published since blackwell's, bulage's and gemini36's base answers are (checks17 reads 约是…的3倍, 林俊旸新公司 and
    # a count of a named group): refused only with their base before, these show what the checks do not compare there
    ("blackwell", "per GPU turned into per rack"),
    ("blackwell", "pre-training turned into inference"),
    ("blackwell", "record turned into near-record in the headline"),
    ("bulage", "World Labs' valuation moved to the headline"),
    ("bulage", "founder's name miswritten"),
    ("bulage", "Simpler-WidowX score moved to LIBERO"),
    ("bulage", "bold on part of a fact"),
    ("bulage", "invented first"),
    ("bulage", "valued turned into seeking"),
    ("bulage", "wrong field"),
    ("bulage", "wrong founding month"),
    ("bulage", "wrong investor"),
    ("gemini36", "Flash-Lite and Cyber roles swapped"),
    ("gemini36", "Flash-Lite renamed Flash Pro"),
    ("gemini36", "bold on part of a fact"),
    ("gemini36", "fewer tokens turned into more"),
    ("gemini36", "filler sentence"),
    ("rtxspark", "invented launch date"),
    ("deedyval", "not independent turned into independent"),  # 都是完全独立的公司 for "not fully independent": a negation
    ("imagearena", "Hunyuan credited to Alibaba"),  # 阿里的Hunyuan Image 3.0 (Alibaba is in the post, for Qwen): a maker moved
    ("imagearena", "runner-up turned into third"),  # 位居第三 for #2: an ordinal in words (#3 is in the post, Flux's)
    ("imagearena", "wrong leader in the headline"),  # Hunyuan Image 3.0登顶 for Ideogram's #1: a name of the story in another's place
    ("imagearena", "wrong margin"),  # 高10分 for "+1 pt" (10 is in the post, as "Top 10")
    ("luna", "health turned into coding"),  # 编程能力 for health intelligence: a domain word
    ("luna", "highest setting turned into lowest"),  # 最低推理设置 for "its highest reasoning setting": an antonym
    ("luna", "invented superlative"),  # 是OpenAI迄今最强的模型: a superlative no post makes, published
    ("nemotron", "2-bit and 8-bit memory swapped"),  # 600GB for 2-bit, 200GB for 8-bit: two figures of one post exchanged
    ("nemotron", "Pro and Max turned into all free users"),  # 所有免费用户 for Pro and Max subscribers: a qualifier
    ("openrsi", "ablation direction reversed"),  # 从60.61%降到39.39% for 39.39% -> 60.61%: the direction of a change
    ("openrsi", "beaten model moved"),  # beats GPT-5.6 Sol, near GPT-5.5+Codex: two names of one sentence exchanged
    ("openrsi", "credit given to Tian Yuandong"),  # 田渊栋团队开源 (田渊栋 is in the post, for another lab): an actor moved
    ("openrsi", "no general RSI turned into general RSI"),  # 作者称已实现通用RSI for 没有实现通用RSI: a negation dropped
    ("openrsi", "wrong university"),  # 北大 for 清华: a Chinese institution not compared
    ("openrsi", "wrong university in the headline"),  # 浙大 for 清华, in the headline
    ("resolveai", "English sentence"),  # an English sentence most of whose words are in the post, published
    ("resolveai", "amount and valuation swapped in the headline"),  # 获10亿美元A轮融资，估值1.25亿美元: two figures exchanged
    ("resolveai", "filler sentence"),  # 帖子未透露更多融资细节: a filler the prompt forbids, in other words than its example
    ("resolveai", "invented claim of replacing engineers"),  # 它将取代大部分运维工程师: a claim in words no post makes
    ("resolveai", "invented speaker"),  # Lightspeed的合伙人宣布 (Lightspeed is in the post, as the lead)
    ("resolveai", "tagged Greylock made the lead"),  # 由Greylock领投 (@GreylockVC is only tagged): a handle's name taken as the actor
    ("rtxspark", "GB300 moved to the laptop"),  # the GB300 superchip given to the RTX Spark laptop: an attribute moved
    ("rtxspark", "laptop turned into desktop"),  # 台式机 for laptop: a device word
})

#: faithful answers the checks reject (story, kind), on the checks of the branch base e6f5a18 (the set as it stands)
FALSE_REJECTIONS: frozenset[tuple[str, str]] = frozenset({
    ("bulage", "faithful: 三万九千 in words, WebWorld's 100万"),  # WebWorld's "超过一百万条", written with WebWorld, tied to another subject
    ("imagearena", "faithful: 微软, the only open model in the top 10"),  # MAI's 第4 tied to Reve; 不同实验室 taken for a name
    ("mimo", "faithful: the base answer"),  # 降幅高达99% for "降价幅度高达 99%" tied to another subject ("mimo")
})

CAUGHT_AT_LEAST = 0.77  # 150/184 (81.5%) on e6f5a18 as the set stands; 81/115 (70.4%) on the answers that are published;
# 138/180 (76.7%) at the very first run, before the story that shared a post was replaced (see the docstring)
# after checks17: 142/184 (77.2%): blackwell's, bulage's and gemini36's bases published (19 planted errors with them); 11 of the 34 misses before caught
REJECTED_AT_MOST = 0.06  # 14/52 (26.9%) on e6f5a18 as the set stands; 13/51 (25.5%) at the very first run
# after checks17: 3/52 (5.8%)


story_posts, test_the_set_is_large_varied_and_apart, test_the_set_is_off_the_labelled_days, test_planted_errors, \
    test_faithful_answers = held_out_tests(
        HeldOutSet("fresh10", Path(__file__), STORIES, PLANTED, FAITHFUL, MISSES, FALSE_REJECTIONS, CAUGHT_AT_LEAST,
                   REJECTED_AT_MOST, FILES),
        SetShape(planted=150, faithful=45, kinds=140, threads=6, sources=frozenset({"x", "rss"})))
