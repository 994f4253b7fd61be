# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)

"""A ninth set of hand-written answers: planted errors and faithful answers nobody tuned the checks on.

Written by hand without reading the checks or their data files, on 11 corpus stories no other test uses, none on the
labelled eval days or the held-out benchmark days (2026-06-10, 2026-07-10, 2026-07-17, 2026-07-31, 2026-08-06,
2026-08-14); some X posts come from the tuber0613 timeline (FILES below). Six stories have two or three posts on one
event (Meta's Muse Glimmer with Alexandr Wang's and Unsloth's posts, Kimi K2.6's API prices with its launch partner and
its leaderboard rank, Gemma 4's four models, Gemma 4 12B with Unsloth's GGUFs, Alta Ares' Series A with Air Street's
portfolio news, Qwen3.6-Plus on OpenRouter and Fireworks). The kinds the earlier sets had little of: open-weight
releases with licences, sizes and memory figures (Muse Glimmer, Gemma 4, Gemma 4 12B, MiniMax H3), API prices per
million tokens with cache hit and miss (Kimi K2.6), leaderboard ranks and a first (Kimi, Qwen), a funding round with
its lead and co-investors and another company's round in the same post (Alta Ares, Odyssey), an outage with a time
window (Codex), a health claim with a weekly user count (GPT-5.5 Instant), and three Chinese-language posts (MatrAIx,
video-use, MiniMax H3) with 亿/万 magnitudes, fractions, 倍 and %. 170 planted errors of every kind of issue 11 (10 of
them in a second faithful answer, ALT) and 50 faithful answers in the seed's style, committed (ae47269) before any run.

First run, on the checks of the branch base f161a76: 109 of 170 planted errors caught (64.1%), 7 of 50 faithful answers
rejected (14.0%). Every miss and rejection was then read against the posts and the prompt. No planted error is true
and no faithful answer was mine to fix (each rejected one states only what its posts say, within the prompt's rules:
headline of at most 30 characters without the author, 2-4 sentences, 1-3 bold whole facts), so no case changed and
the figures stand as first run. The caught share flatters: two answers are refused, glimmer's base (and with it all 17
of its planted errors) and videouse's second answer (its 5); on the answers that are published, 87 of 148 planted
errors are caught (58.8%). The targets (>= 90% caught, <= 5% rejected) do not hold for answers the tests did not
contain.

What the misses show (MISSES below, one line each; 61): 29 are status, negation, antonym, comparison, qualifier and
licence words with no name or number changed (跟投 for led, 下调 for reset, 已彻底修复 for "taking steps", 新增 for removed
encoders, 超过 and 超越 for near and on par, 现已可以使用 for "coming soon", 已一并开源 for "not yet open", 仅支持推理, 仅提供
思考模式, 不支持工具调用, 音频 for video, 单声道 for stereo, 两倍 for half, 全部为 for 最高, 所有测试中 for 91.5%, 严重 for small,
同一原因 for separate, 所有免费用户 for paid plans, 全自动 for physician-led, 合成数据 for real data, 手动修复 for self-repair,
内存 for disk, 总榜 for the programming leaderboard, a non-commercial or proprietary licence for Apache 2.0); 14 are
counts, ranks, units and periods in words or small digits (五起 and 两起 for three incidents, 第二 twice for #1, 六款 for
four, 种子轮 for Series A, 10个月 for 10 days, 3年 for 3 months, 每天 for every week, 单周 for a single day, 每千token for per
million, 1万亿美元 for tokens, 4-bit for 2-bit, 100多个 for 1000多个); 8 exchange or move figures, names and attributes the
story holds (the cache hit and miss prices, the two scientist counts, 3000帧 with 3000 in the post, web search and phones
given to the big Gemma models, Instant and Thinking exchanged, the other company's Series B, 27B-A4B for 26B-A4B); 4
are places and invented claims in words (以色列, 北美, a data leak, replacing doctors); 4 are markup and language (two bold
spans ending inside a fact, a filler sentence in other words than the prompt's example, and the one English sentence
that was published, every word of it in the post); 2 widen a superlative or a first (全球最智能 for "our most
intelligent", 全球首个 for "the first model on OpenRouter").

What the false rejections show (FALSE_REJECTIONS below; 7): 5 tie a figure to the wrong subject although the post
gives it for the subject named (24GB of VRAM for Muse Glimmer in Alexandr Wang's own sentence, twice; 18GB for
Gemma 4's two large models; 10+ websites for Gemma 4 E4B, read as Google's; "2 words" per subtitle chunk, read as the
API key's); 1 is a conversion not made (3.1亿美元 for "$310m"); 1 takes a description for a name (防空公司, an air-defence
company; that answer also names three co-investors given only as handles, @HarpoonVentures, @CherryVentures and
@otb_ventures: arguable, not what the checks flagged).

After checks16 (developed on this set, fresh8 and fresh7; pinned in test_checks_general6.py): 103 of 170 caught
(60.6%) and 2 of 50 rejected (4.0%). Published now: glimmer's base and Wang's thread (a name written in lower case,
"muse glimmer can run on 24GB", names its subject), qwen36's base (a sentence opening on Qwen3.6-Plus gives it its
figures, OpenRouter beside them being where), gemma4's E4B answer (Google的Gemma 4 E4B: the maker before its product),
altaares' two answers ($310m is millions; 防空公司 is a field, no name). The caught share fell because the two bases
published bring the 12 errors they hid (status, negation and period words); 五起 for three incidents is now caught.
Still refused: gemma4's 18GB for "大模型" (the headline's subject is Gemma 4, the post's 26B-A4B and 31B) and
videouse's "2个词一块" (read as the API key's).

after checks17: 108 of 170 caught (63.5%; two ranks and a round in words, 超越 for on par twice), 2 of 50 rejected.
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

#: the writer's corpus files and the tuber0613 timeline, where some of this set's X posts are
FILES = (*WRITER_FILES, "x-kit-tuber0613.jsonl")

STORIES: dict[str, tuple[str, ...]] = {
    # AI at Meta: Muse Glimmer, open-weight 30B, local always-on agents, Mac or PCs, Apache 2.0; Alexandr Wang: open-weight Muse Spark 1.2 soon, 24GB of VRAM; Unsloth: 18GB RAM, vision, strongest agentic model for its size
    "glimmer": ("x:2086757844544811485", "x:2086756152034066792", "x:2086761998268928157"),
    # Kimi: K2.6 API live, $0.16 cache hit / $0.95 cache miss / $4.00 output per M tokens, 256K, text/image/video; Fireworks as day 0 launch partner; #1 on OpenRouter's programming leaderboard
    "kimik26": ("x:2046498140224966944", "x:2046451397827477761", "x:2046915283206709581"),
    # Unsloth: Google releases Gemma 4, E2B / E4B / 26B-A4B / 31B, Apache 2.0, ~6GB and ~18GB RAM; E4B searched and cited 10+ websites
    "gemma4": ("x:2039739190536286313", "x:2039791545986191562"),
    # Google AI Developers: Gemma 4 12B, encoder-free, between E4B and 26B MoE, Apache 2.0, 16GB VRAM near 26B; Unsloth: vision and audio for its GGUF, 2-bit 4.66 GB on disk, 15 sites, >6GB RAM
    "gemma12b": ("x:2062204432658386950", "x:2062281112064491923", "x:2062470072179044447"),
    # Thibault Sottiaux: three separate small incidents in 24 hours hurt Codex reliability; usage limits reset on all paid plans
    "codexinc": ("x:2062329981548802523",),
    # Nathan Benaich: Air Street led a $60M Series A in Alta Ares (Ukraine, Europe / Middle East / Asia, Iron Dome), with Harpoon, Cherry, OTB; then portfolio news: Odyssey $310m Series B, Alta Ares + Airbus and MBDA
    "altaares": ("x:2064263038203539914", "x:2068031099188744596"),
    # AIGCLINK (Chinese): MatrAIx, Harvard and MIT, 200+ scientists with 40+ from four labs, 8.3 billion virtual humans, 1290 attributes, 400 tests 91.5%, 1000+ scenarios in 25 fields
    "matraix": ("x:2086634730989171078",),
    # AIGCLINK (Chinese): video-use, 45M tokens to watch vs 12KB to read, 12835 stars in 3 months, 30ms fades, self-eval up to 3 times, ElevenLabs, no GPU, 3000x cheaper
    "videouse": ("x:2072220731782644018",),
    # AIGCLINK (Chinese): MiniMax open H3 weights, up to 2K 15 s video with stereo, under 1/3 price at 2K, 768P half of 720P, VAE 4x, throughput ~30%, Regenerate-2K not open
    "minimaxh3": ("x:2084117470768705950",),
    # Qwen: Qwen3.6-Plus on Fireworks soon (inference and fine-tuning); then #1 on OpenRouter and the first there over 1 trillion tokens in a day
    "qwen36": ("x:2040242594719158460", "x:2039751581575659833"),
    # OpenAI: GPT-5.5 Instant on par with its frontier Thinking models on health, 230 million people a week, free users, physician-led evaluation
    "gpt55health": ("x:2067672740539306261",),
}


BASE: dict[str, tuple[str, str]] = {
    "glimmer": (
        "Meta开源30B智能体模型Muse Glimmer",
        "Meta推出开放权重的30B参数模型Muse Glimmer，专为本地、常驻的智能体工作流优化，可完全在Mac或配备高性能GPU的PC等消费级硬件上运行，权重以**Apache 2.0许可**发布。"
        "Alexandr Wang称，Muse Glimmer在**24GB显存**上运行也不会损失智能体可靠性，Meta还将很快发布Muse Spark 1.2的开放权重版本。"
        "Unsloth表示，该模型支持视觉，**18GB内存**即可运行，并可通过Unsloth运行和训练。",
    ),
    "kimik26": (
        "Kimi K2.6 API上线，输出每百万token 4美元",
        "Moonshot AI宣布Kimi K2.6 API上线：缓存命中的输入价格为每百万token **0.16美元**，缓存未命中为0.95美元，输出为**4美元**。"
        "K2.6是其最新、最智能的模型，长程编程能力更强，原生支持文本、图像和视频，提供思考与非思考模式和256K上下文，并支持工具调用、JSON/Partial模式和联网搜索。"
        "Fireworks是K2.6的首发合作伙伴，K2.6随后在OpenRouter编程榜上**排名第一**。",
    ),
    "gemma4": (
        "Google发布Gemma 4，共四款模型",
        "Unsloth称，Google发布了Gemma 4，包括E2B、E4B、26B-A4B和31B**四款模型**，这些多模态推理模型采用**Apache 2.0许可**。"
        "E2B和E4B约需6GB内存，也能在手机上运行；26B-A4B和31B约需**18GB**内存。"
        "Unsloth还展示，Gemma 4 E4B能搜索并引用10多个网站，并执行代码找出最佳答案。",
    ),
    "gemma12b": (
        "Google推出无编码器多模态模型Gemma 4 12B",
        "Google AI Developers宣布推出Gemma 4 12B：它去掉了多模态编码器，视觉和音频输入直接进入LLM主干，定位介于移动端E4B和更大的26B MoE模型之间，采用Apache 2.0许可。"
        "在**16GB显存**下，它可以在本地运行复杂的多步工作流，智能体性能**接近26B模型**。"
        "Unsloth随后为Gemma 4 12B的GGUF加入了视觉和音频支持，其2-bit GGUF在磁盘上**仅4.66GB**，单个提示就引用了15个网站。",
    ),
    "codexinc": (
        "Codex一天内发生三起小事故，付费用户用量限额已重置",
        "Thibault Sottiaux称，过去**24小时**内Codex发生了**三起独立的小事故**，影响了Codex的可靠性，他表示这三起都不该发生，团队正积极采取措施防止再次出现。"
        "他还为**所有付费套餐**重置了Codex的用量限额。",
    ),
    "altaares": (
        "Alta Ares获6000万美元A轮融资，打造防空系统",
        "Nathan Benaich称，Air Street领投了Alta Ares的**6000万美元A轮融资**，以加速其面向自主作战时代的下一代防空系统。"
        "Alta Ares诞生于乌克兰战场，目前正向欧洲、中东和亚洲扩张，使命是打造**自主防空领域的“铁穹”**。"
        "Benaich在Air Street过去10天的投资组合动态中还提到，Alta Ares同时与**Airbus和MBDA**达成了合作。",
    ),
    "matraix": (
        "哈佛和MIT牵头推出MatrAIx，用83亿虚拟人测试产品",
        "据AIGCLINK介绍，哈佛和MIT牵头、联合200多位科学家（其中40多人来自OpenAI、Anthropic、Google DeepMind和xAI）推出AI虚拟人类社会项目MatrAIx，用**83亿个虚拟人**帮助测试产品。"
        "每个虚拟人都有完整人设，共**1290个属性**，可在问卷、聊天、网页和APP四种场景中测试，并完整记录交互轨迹。"
        "研究人员做了400次测试，**91.5%**的情况下虚拟人按设定的人格行动；项目还准备了1000多个测试场景，覆盖25个领域。",
    ),
    "videouse": (
        "video-use让AI“读”视频，3个月获12835星",
        "AIGCLINK介绍，开源工具video-use把视频素材打包成约**12KB**的文本交给LLM去“读”，而让AI逐帧看视频要烧掉**4500万token**（30000帧×1500token），该项目3个月攒了12835星。"
        "用户把素材丢进文件夹、和Claude Code聊两句，就能拿回剪好的final.mp4，填充词和镜头间死区会自动切除，每个切点做30ms的音频淡入淡出。"
        "渲染后它会在每个切点重新检查画面跳变、爆音和字幕遮挡，有问题就自动修复并重新渲染，**最多3次**。",
    ),
    "minimaxh3": (
        "MiniMax开源全模态生成模型H3权重",
        "AIGCLINK介绍，MiniMax发布了开源的H3模型权重，这是一个通用的全模态生成系统，能统一理解文本、图像、视频和声音，并直接生成**最高2K、15秒**、带原生立体声的视频。"
        "官方称其2K分辨率下每秒价格**不到主流模型的1/3**，768P的价格是同行720P的一半。"
        "技术上，H3-VAE tokenizer让序列长度效率提升**4倍**，异构算力优化让训练吞吐提升约30%；不过H3-Regenerate-2K模块尚未开源。",
    ),
    "qwen36": (
        "Qwen3.6-Plus单日处理量破1万亿token",
        "Qwen宣布，Qwen3.6-Plus在OpenRouter上**排名第一**，并成为OpenRouter上**首个单日处理超过1万亿token**的模型。"
        "此前，Qwen与Fireworks宣布战略合作，Qwen3.6-Plus将很快登陆Fireworks AI，支持推理和微调，美国及全球开发者的访问权限**即将开放**。",
    ),
    "gpt55health": (
        "GPT-5.5 Instant健康问答追平前沿思考模型",
        "OpenAI称，GPT-5.5 Instant在健康相关问题上已与其前沿Thinking模型**不相上下**。"
        "每周有**超过2.3亿人**向ChatGPT咨询健康问题，GPT-5.5 Instant更善于识别何时需要紧急就医、询问相关背景、解释不确定性，并把复杂信息讲得更易懂。"
        "由于GPT-5.5 Instant向ChatGPT的**所有免费用户**开放，这些改进能帮到更多人；OpenAI表示，医生主导的评估对实现这些提升至关重要。",
    ),
}

#: a second faithful answer for some stories, whose facts the first does not hold: errors are planted in it too
ALT: dict[str, tuple[str, str]] = {
    "videouse": (
        "video-use：会读视频的AI比会看的便宜3000倍",
        "AIGCLINK称，video-use的核心设计是“LLM从不看视频，而是读视频”：一次ElevenLabs Scribe调用拿到词级时间戳、说话人分离和音频事件，再把所有素材打包成一个约12KB的takes_packed.md。"
        "它不需要GPU，但依赖ffmpeg和一个**ElevenLabs API key**，字幕默认按2个词一块、大写显示。"
        "AIGCLINK总结，会读的AI比会看的AI便宜**3000倍**。",
    ),
    "minimaxh3": (
        "MiniMax H3：一个模型统一文本、图像、视频和声音",
        "AIGCLINK介绍，MiniMax开源的H3支持图生视频、视频转视频的动作迁移，以及音频到音频的参考与编辑，文本、图像、视频和音频可以混合作为上下文输入。"
        "官方强调，H3的训练数据**完全由真实自然数据构成**。"
        "它的局限是：H3-Regenerate-2K模块和**稀疏注意力实现**都不在首发版本里，多模态上下文理解还需与M系列模型融合提升。",
    ),
}


_planted = planter(BASE)


_alt = planter(ALT)


PLANTED: list[Case] = [
    # --- glimmer (3 posts: an open-weight release) ---
    _planted("glimmer", "wrong parameter count", ("30B参数模型", "70B参数模型")),
    _planted("glimmer", "wrong parameter count in the headline", ("开源30B智能体模型", "开源13B智能体模型")),
    _planted("glimmer", "VRAM and RAM figures swapped", ("**24GB显存**", "**§**"), ("**18GB内存**", "**24GB内存**"), ("**§**", "**18GB显存**")),
    _planted("glimmer", "wrong licence", ("**Apache 2.0许可**", "**MIT许可**")),
    _planted("glimmer", "soon turned into already released", ("Meta还将很快发布Muse Spark 1.2的开放权重版本", "Meta此前已发布Muse Spark 1.2的开放权重版本")),
    _planted("glimmer", "wrong version of the other model", ("Muse Spark 1.2", "Muse Spark 2.0")),
    _planted("glimmer", "unsupported first", ("Meta开源30B智能体模型Muse Glimmer", "Meta首个开源智能体模型Muse Glimmer")),
    _planted("glimmer", "superlative widened past its size class", ("该模型支持视觉", "该模型是全球最强的开源智能体模型，支持视觉")),
    _planted("glimmer", "reliability negated", ("也不会损失智能体可靠性", "会损失部分智能体可靠性")),
    _planted("glimmer", "vision negated", ("该模型支持视觉", "该模型暂不支持视觉")),
    _planted("glimmer", "invented speaker", ("Alexandr Wang称", "Mark Zuckerberg称")),
    _planted("glimmer", "role the posts do not give", ("Alexandr Wang称", "Meta CTO Alexandr Wang称")),
    _planted("glimmer", "consumer hardware turned into the cloud only", ("可完全在Mac或配备高性能GPU的PC等消费级硬件上运行", "只能在云端数据中心的GPU集群上运行")),
    _planted("glimmer", "wrong company", ("Meta推出开放权重", "谷歌推出开放权重")),
    _planted("glimmer", "wrong unit", ("**24GB显存**", "**24MB显存**")),
    _planted("glimmer", "English sentence", ("Unsloth表示，该模型支持视觉，**18GB内存**即可运行，并可通过Unsloth运行和训练。", "Unsloth says the model supports vision, runs on **18GB RAM**, and can be run and trained with Unsloth.")),
    _planted("glimmer", "filler sentence", ("并可通过Unsloth运行和训练。", "并可通过Unsloth运行和训练。帖子未提供更多细节。")),
    # --- kimik26 (3 posts: API prices, a launch partner, a leaderboard) ---
    _planted("kimik26", "cache hit and miss prices swapped", ("**0.16美元**", "**§**"), ("0.95美元", "0.16美元"), ("**§**", "**0.95美元**")),
    _planted("kimik26", "dollars turned into yuan", ("每百万token **0.16美元**", "每百万token **0.16元**")),
    _planted("kimik26", "wrong output price", ("输出为**4美元**", "输出为**40美元**")),
    _planted("kimik26", "per million turned into per thousand in the headline", ("输出每百万token 4美元", "输出每千token 4美元")),
    _planted("kimik26", "wrong rank", ("**排名第一**", "**排名第二**")),
    _planted("kimik26", "programming leaderboard turned into the overall one", ("在OpenRouter编程榜上", "在OpenRouter总榜上")),
    _planted("kimik26", "wrong context length", ("256K上下文", "128K上下文")),
    _planted("kimik26", "our most intelligent turned into the world's", ("K2.6是其最新、最智能的模型", "K2.6是全球最智能的模型")),
    _planted("kimik26", "wrong launch partner", ("Fireworks是K2.6的首发合作伙伴", "Together AI是K2.6的首发合作伙伴")),
    _planted("kimik26", "video turned into audio", ("原生支持文本、图像和视频", "原生支持文本、图像和音频")),
    _planted("kimik26", "live turned into next week", ("Kimi K2.6 API上线：", "Kimi K2.6 API将于下周上线：")),
    _planted("kimik26", "invented price cut", ("输出为**4美元**。", "输出为**4美元**，比K2.5降价50%。")),
    _planted("kimik26", "thinking and non-thinking turned into thinking only", ("提供思考与非思考模式", "仅提供思考模式")),
    _planted("kimik26", "wrong Chinese company", ("Moonshot AI宣布", "智谱宣布")),
    _planted("kimik26", "tool calls negated", ("并支持工具调用", "但不支持工具调用")),
    _planted("kimik26", "English sentence", ("Fireworks是K2.6的首发合作伙伴，K2.6随后在OpenRouter编程榜上**排名第一**。", "Fireworks is the day 0 launch partner, and K2.6 then **ranked #1** on OpenRouter's programming leaderboard.")),
    # --- gemma4 (2 posts: a model family) ---
    _planted("gemma4", "wrong model count", ("**四款模型**", "**五款模型**")),
    _planted("gemma4", "wrong model count in the headline", ("共四款模型", "共六款模型")),
    _planted("gemma4", "wrong model size", ("26B-A4B和31B**四款模型**", "27B-A4B和31B**四款模型**")),
    _planted("gemma4", "RAM figures swapped", ("约需6GB内存", "约需§内存"), ("约需**18GB**内存", "约需**6GB**内存"), ("约需§内存", "约需18GB内存")),
    _planted("gemma4", "phones moved to the large models", ("E2B和E4B约需6GB内存，也能在手机上运行；26B-A4B和31B约需**18GB**内存。", "E2B和E4B约需6GB内存；26B-A4B和31B约需**18GB**内存，也能在手机上运行。")),
    _planted("gemma4", "licence turned non-commercial", ("采用**Apache 2.0许可**", "采用**仅限非商业用途的许可**")),
    _planted("gemma4", "wrong releasing company", ("Google发布了Gemma 4", "Meta发布了Gemma 4")),
    _planted("gemma4", "web search moved to another model", ("Gemma 4 E4B能搜索", "Gemma 4 31B能搜索")),
    _planted("gemma4", "invented leaderboard rank", ("并执行代码找出最佳答案。", "并执行代码找出最佳答案；Gemma 4还在LMArena上排名第一。")),
    _planted("gemma4", "released turned into next week", ("Google发布了Gemma 4", "Google将于下周发布Gemma 4")),
    _planted("gemma4", "unsupported first", ("Google发布Gemma 4，共四款模型", "Google首次开源多模态模型Gemma 4")),
    _planted("gemma4", "wrong website count", ("10多个网站", "100多个网站")),
    _planted("gemma4", "bold on part of a fact", ("**四款模型**", "**四款**模型")),
    _planted("gemma4", "one-sentence summary", ("E2B和E4B约需6GB内存，也能在手机上运行；26B-A4B和31B约需**18GB**内存。Unsloth还展示，Gemma 4 E4B能搜索并引用10多个网站，并执行代码找出最佳答案。", "")),
    # --- gemma12b (3 posts: a model and its GGUFs) ---
    _planted("gemma12b", "wrong VRAM", ("**16GB显存**", "**24GB显存**")),
    _planted("gemma12b", "wrong file size", ("**仅4.66GB**", "**仅46.6GB**")),
    _planted("gemma12b", "wrong site count", ("引用了15个网站", "引用了50个网站")),
    _planted("gemma12b", "near turned into beyond", ("智能体性能**接近26B模型**", "智能体性能**超过26B模型**")),
    _planted("gemma12b", "encoders removed turned into added", ("它去掉了多模态编码器", "它新增了多模态编码器")),
    _planted("gemma12b", "wrong quantisation", ("其2-bit GGUF", "其4-bit GGUF")),
    _planted("gemma12b", "wrong mobile model", ("移动端E4B", "移动端E2B")),
    _planted("gemma12b", "wrong licence", ("采用Apache 2.0许可", "采用Gemma专有许可")),
    _planted("gemma12b", "wrong company", ("Google AI Developers宣布推出Gemma 4 12B", "Meta宣布推出Gemma 4 12B")),
    _planted("gemma12b", "disk turned into memory", ("在磁盘上**仅4.66GB**", "运行时内存占用**仅4.66GB**")),
    _planted("gemma12b", "unsupported first", ("Google推出无编码器多模态模型Gemma 4 12B", "Google推出全球首个无编码器多模态模型")),
    _planted("gemma12b", "done turned into next month", ("Unsloth随后为Gemma 4 12B的GGUF加入了视觉和音频支持", "Unsloth将于下月为Gemma 4 12B的GGUF加入视觉和音频支持")),
    _planted("gemma12b", "audio dropped to vision only", ("Unsloth随后为Gemma 4 12B的GGUF加入了视觉和音频支持", "Unsloth随后为Gemma 4 12B的GGUF加入了视觉支持，但音频仍不支持")),
    _planted("gemma12b", "English sentence", ("在**16GB显存**下，它可以在本地运行复杂的多步工作流，智能体性能**接近26B模型**。", "With **16GB VRAM** it runs complex multi-step workflows locally, with agentic performance **nearing the 26B model**.")),
    _planted("gemma12b", "filler sentence", ("单个提示就引用了15个网站。", "单个提示就引用了15个网站。更多细节有待官方公布。")),
    # --- codexinc (an outage) ---
    _planted("codexinc", "wrong incident count", ("**三起独立的小事故**", "**五起独立的小事故**")),
    _planted("codexinc", "wrong incident count in the headline", ("一天内发生三起小事故", "一天内发生两起小事故")),
    _planted("codexinc", "wrong time window", ("过去**24小时**内", "过去**48小时**内")),
    _planted("codexinc", "small turned into severe", ("**三起独立的小事故**", "**三起独立的严重事故**")),
    _planted("codexinc", "paid plans turned into free users", ("他还为**所有付费套餐**重置了", "他还为**所有免费用户**重置了")),
    _planted("codexinc", "reset turned into lowered", ("重置了Codex的用量限额", "下调了Codex的用量限额")),
    _planted("codexinc", "taking steps turned into fully fixed", ("团队正积极采取措施防止再次出现", "问题已彻底修复，保证不会再次出现")),
    _planted("codexinc", "invented data leak", ("影响了Codex的可靠性", "导致部分用户数据泄露")),
    _planted("codexinc", "wrong speaker", ("Thibault Sottiaux称", "Sam Altman称")),
    _planted("codexinc", "separate turned into one cause", ("**三起独立的小事故**", "**三起由同一原因引起的小事故**")),
    _planted("codexinc", "invented clock time", ("过去**24小时**内Codex", "美东时间上午9点起，Codex在过去**24小时**内")),
    _planted("codexinc", "invented affected count", ("影响了Codex的可靠性", "影响了约10万名用户和Codex的可靠性")),
    _planted("codexinc", "invented refund", ("重置了Codex的用量限额。", "重置了Codex的用量限额，并向每位用户退款20美元。")),
    _planted("codexinc", "English sentence", ("他还为**所有付费套餐**重置了Codex的用量限额。", "He also reset Codex usage limits across **all paid plans**.")),
    # --- altaares (2 posts: a funding round) ---
    _planted("altaares", "wrong amount magnitude", ("**6000万美元A轮融资**", "**6亿美元A轮融资**")),
    _planted("altaares", "dollars turned into euros", ("**6000万美元A轮融资**", "**6000万欧元A轮融资**")),
    _planted("altaares", "wrong round", ("**6000万美元A轮融资**", "**6000万美元B轮融资**")),
    _planted("altaares", "wrong round in the headline", ("获6000万美元A轮融资", "获6000万美元种子轮融资")),
    _planted("altaares", "led turned into joined", ("Air Street领投了Alta Ares", "Air Street跟投了Alta Ares")),
    _planted("altaares", "another company's round moved here", ("**6000万美元A轮融资**", "**3.1亿美元A轮融资**")),
    _planted("altaares", "wrong country of origin", ("诞生于乌克兰战场", "诞生于以色列战场")),
    _planted("altaares", "wrong region", ("欧洲、中东和亚洲", "欧洲、中东和北美")),
    _planted("altaares", "wrong partner", ("**Airbus和MBDA**", "**Lockheed Martin和MBDA**")),
    _planted("altaares", "invented valuation", ("的**6000万美元A轮融资**，", "的**6000万美元A轮融资**，投后估值5亿美元，")),
    _planted("altaares", "unsupported first", ("使命是打造", "是欧洲首家防空AI公司，使命是打造")),
    _planted("altaares", "wrong period", ("过去10天", "过去10个月")),
    _planted("altaares", "wrong lead investor", ("Air Street领投了Alta Ares", "红杉资本领投了Alta Ares")),
    _planted("altaares", "English sentence", ("Alta Ares诞生于乌克兰战场，目前正向欧洲、中东和亚洲扩张，使命是打造**自主防空领域的“铁穹”**。", "Born on the battlefield in Ukraine, Alta Ares is scaling across Europe, the Middle East and Asia to build **the Iron Dome for autonomous air defense**.")),
    # --- matraix (a Chinese post: a research project) ---
    _planted("matraix", "wrong magnitude of virtual humans", ("**83亿个虚拟人**", "**8.3亿个虚拟人**")),
    _planted("matraix", "wrong magnitude in the headline", ("用83亿虚拟人测试产品", "用830亿虚拟人测试产品")),
    _planted("matraix", "wrong attribute count", ("**1290个属性**", "**129个属性**")),
    _planted("matraix", "wrong share", ("**91.5%**", "**95.1%**")),
    _planted("matraix", "wrong test count", ("研究人员做了400次测试", "研究人员做了4000次测试")),
    _planted("matraix", "scientist counts swapped", ("联合200多位科学家（其中40多人来自", "联合40多位科学家（其中200多人来自")),
    _planted("matraix", "wrong lab", ("Google DeepMind和xAI", "Google DeepMind和Meta")),
    _planted("matraix", "wrong university", ("哈佛和MIT牵头、联合", "斯坦福和MIT牵头、联合")),
    _planted("matraix", "wrong scenario count", ("四种场景", "六种场景")),
    _planted("matraix", "wrong field count", ("覆盖25个领域", "覆盖52个领域")),
    _planted("matraix", "wrong scenario magnitude", ("1000多个测试场景", "100多个测试场景")),
    _planted("matraix", "91.5% turned into every test", ("研究人员做了400次测试，**91.5%**的情况下虚拟人按设定的人格行动", "研究人员做了400次测试，虚拟人在所有测试中都按设定的人格行动")),
    _planted("matraix", "unsupported first", ("推出AI虚拟人类社会项目MatrAIx", "推出全球首个AI虚拟人类社会项目MatrAIx")),
    _planted("matraix", "invented open-source date", ("覆盖25个领域。", "覆盖25个领域，将于下月开源。")),
    _planted("matraix", "invented adoption", ("用**83亿个虚拟人**帮助测试产品。", "用**83亿个虚拟人**帮助测试产品，OpenAI已用它测试ChatGPT。")),
    _planted("matraix", "English sentence", ("每个虚拟人都有完整人设，共**1290个属性**，可在问卷、聊天、网页和APP四种场景中测试，并完整记录交互轨迹。", "Each virtual human has a full persona of **1290 attributes** and can be tested in four settings, with every interaction recorded.")),
    # --- videouse (a Chinese post: an open-source tool) ---
    _planted("videouse", "kilobytes turned into megabytes", ("约**12KB**的文本", "约**12MB**的文本")),
    _planted("videouse", "wrong token magnitude", ("**4500万token**", "**4.5亿token**")),
    _planted("videouse", "wrong frame count", ("30000帧×1500token", "3000帧×1500token")),
    _planted("videouse", "wrong star count", ("3个月攒了12835星", "3个月攒了128350星")),
    _planted("videouse", "months turned into years", ("3个月攒了12835星", "3年攒了12835星")),
    _planted("videouse", "wrong star count in the headline", ("3个月获12835星", "3个月获2万星")),
    _planted("videouse", "wrong fade length", ("30ms的音频淡入淡出", "300ms的音频淡入淡出")),
    _planted("videouse", "wrong retry limit", ("**最多3次**", "**最多5次**")),
    _planted("videouse", "wrong agent", ("和Claude Code聊两句", "和Cursor聊两句")),
    _planted("videouse", "self-check turned into manual review", ("有问题就自动修复并重新渲染", "有问题就交给用户手动修复")),
    _planted("videouse", "unsupported first", ("video-use让AI“读”视频", "首个开源AI剪辑工具video-use")),
    _planted("videouse", "bold on part of a fact", ("**4500万token**", "**4500万**token")),
    _planted("videouse", "English sentence", ("用户把素材丢进文件夹、和Claude Code聊两句，就能拿回剪好的final.mp4，填充词和镜头间死区会自动切除，每个切点做30ms的音频淡入淡出。", "Users drop footage into a folder, chat with Claude Code, and get back a cut final.mp4 with 30ms audio fades at each cut.")),
    _alt("videouse", "3000x turned into 3000%", ("便宜**3000倍**", "便宜**3000%**")),
    _alt("videouse", "3000x in the headline turned into 300x", ("比会看的便宜3000倍", "比会看的便宜300倍")),
    _alt("videouse", "no GPU turned into a high-end GPU", ("它不需要GPU，但依赖ffmpeg", "它需要一块高端GPU，并依赖ffmpeg")),
    _alt("videouse", "wrong transcription provider", ("一次ElevenLabs Scribe调用", "一次OpenAI Whisper调用")),
    _alt("videouse", "two-word subtitle chunks turned into five", ("字幕默认按2个词一块", "字幕默认按5个词一块")),
    # --- minimaxh3 (a Chinese post: an open-weight video model) ---
    _planted("minimaxh3", "wrong resolution", ("**最高2K、15秒**", "**最高4K、15秒**")),
    _planted("minimaxh3", "wrong duration", ("**最高2K、15秒**", "**最高2K、60秒**")),
    _planted("minimaxh3", "up to dropped", ("**最高2K、15秒**", "**全部为2K、15秒**")),
    _planted("minimaxh3", "wrong fraction", ("**不到主流模型的1/3**", "**不到主流模型的1/10**")),
    _planted("minimaxh3", "half turned into twice", ("768P的价格是同行720P的一半", "768P的价格是同行720P的两倍")),
    _planted("minimaxh3", "4x turned into 4%", ("提升**4倍**", "提升**4%**")),
    _planted("minimaxh3", "30% turned into 30x", ("训练吞吐提升约30%", "训练吞吐提升约30倍")),
    _planted("minimaxh3", "the two gains swapped", ("序列长度效率提升**4倍**", "序列长度效率提升约30%"), ("训练吞吐提升约30%", "训练吞吐提升**4倍**")),
    _planted("minimaxh3", "about turned into at least", ("训练吞吐提升约30%", "训练吞吐至少提升30%")),
    _planted("minimaxh3", "not open turned into open", ("不过H3-Regenerate-2K模块尚未开源", "H3-Regenerate-2K模块也已一并开源")),
    _planted("minimaxh3", "wrong Chinese company", ("MiniMax发布了开源的H3模型权重", "字节跳动发布了开源的H3模型权重")),
    _planted("minimaxh3", "stereo turned into mono", ("带原生立体声的视频", "带单声道音频的视频")),
    _planted("minimaxh3", "unsupported first", ("MiniMax开源全模态生成模型H3权重", "MiniMax开源全球首个全模态生成模型H3")),
    _planted("minimaxh3", "released turned into next month", ("MiniMax发布了开源的H3模型权重", "MiniMax将于下月发布开源的H3模型权重")),
    _planted("minimaxh3", "English sentence", ("官方称其2K分辨率下每秒价格**不到主流模型的1/3**，768P的价格是同行720P的一半。", "Officially, its 2K price per second is **under a third of mainstream models**, and 768P costs half of peers' 720P.")),
    _alt("minimaxh3", "real data turned into synthetic", ("训练数据**完全由真实自然数据构成**", "训练数据**大部分由合成数据构成**")),
    _alt("minimaxh3", "sparse attention said included", ("H3-Regenerate-2K模块和**稀疏注意力实现**都不在首发版本里", "H3-Regenerate-2K模块不在首发版本里，但**稀疏注意力实现**已包含在内")),
    _alt("minimaxh3", "wrong model series", ("与M系列模型融合提升", "与abab系列模型融合提升")),
    # --- qwen36 (2 posts: a leaderboard first and a partner) ---
    _planted("qwen36", "wrong magnitude of tokens", ("**首个单日处理超过1万亿token**", "**首个单日处理超过1000亿token**")),
    _planted("qwen36", "wrong magnitude in the headline", ("单日处理量破1万亿token", "单日处理量破10万亿token")),
    _planted("qwen36", "wrong rank", ("**排名第一**", "**排名第二**")),
    _planted("qwen36", "first on OpenRouter widened to the world", ("并成为OpenRouter上**首个单日处理超过1万亿token**的模型", "并成为全球**首个单日处理超过1万亿token**的模型")),
    _planted("qwen36", "coming soon turned into available now", ("美国及全球开发者的访问权限**即将开放**", "美国及全球开发者**现已可以使用**")),
    _planted("qwen36", "fine-tuning negated", ("支持推理和微调", "仅支持推理，不支持微调")),
    _planted("qwen36", "wrong partner", ("Qwen与Fireworks宣布战略合作，Qwen3.6-Plus将很快登陆Fireworks AI", "Qwen与Together AI宣布战略合作，Qwen3.6-Plus将很快登陆Together AI")),
    _planted("qwen36", "wrong platform", ("在OpenRouter上**排名第一**", "在Hugging Face上**排名第一**")),
    _planted("qwen36", "a day turned into a week", ("**首个单日处理超过1万亿token**", "**首个单周处理超过1万亿token**")),
    _planted("qwen36", "tokens turned into dollars", ("**首个单日处理超过1万亿token**的模型", "**首个单日收入超过1万亿美元**的模型")),
    _planted("qwen36", "invented open-source licence", ("支持推理和微调，", "支持推理和微调，并以Apache 2.0许可开源，")),
    _planted("qwen36", "wrong Chinese company", ("Qwen宣布，", "腾讯混元宣布，")),
    _planted("qwen36", "English sentence", ("此前，Qwen与Fireworks宣布战略合作，Qwen3.6-Plus将很快登陆Fireworks AI，支持推理和微调，美国及全球开发者的访问权限**即将开放**。", "Earlier, Qwen and Fireworks announced a partnership: Qwen3.6-Plus will **soon be available** on Fireworks AI for inference and fine-tuning.")),
    _planted("qwen36", "bold in the headline", ("Qwen3.6-Plus单日处理量破1万亿token", "**Qwen3.6-Plus单日处理量破1万亿token**")),
    # --- gpt55health (a health claim) ---
    _planted("gpt55health", "wrong magnitude of people", ("**超过2.3亿人**", "**超过23亿人**")),
    _planted("gpt55health", "week turned into day", ("每周有**超过2.3亿人**", "每天有**超过2.3亿人**")),
    _planted("gpt55health", "more than turned into nearly", ("**超过2.3亿人**", "**近2.3亿人**")),
    _planted("gpt55health", "on par turned into surpassing", ("已与其前沿Thinking模型**不相上下**", "已**超越**其前沿Thinking模型")),
    _planted("gpt55health", "on par in the headline turned into surpassing", ("健康问答追平前沿思考模型", "健康问答超越前沿思考模型")),
    _planted("gpt55health", "free users turned into paid", ("ChatGPT的**所有免费用户**开放", "ChatGPT的**Plus和Pro付费用户**开放")),
    _planted("gpt55health", "Instant and Thinking swapped", ("GPT-5.5 Instant在健康相关问题上已与其前沿Thinking模型", "GPT-5.5 Thinking在健康相关问题上已与其Instant模型")),
    _planted("gpt55health", "physician-led turned into automated", ("医生主导的评估", "全自动的AI评估")),
    _planted("gpt55health", "invented first", ("OpenAI称，GPT-5.5 Instant", "OpenAI称，首个通过美国医师执照考试的GPT-5.5 Instant")),
    _planted("gpt55health", "invented replacement of doctors", ("并把复杂信息讲得更易懂。", "并把复杂信息讲得更易懂，已可替代医生做出诊断。")),
    _planted("gpt55health", "wrong version", ("GPT-5.5 Instant健康问答", "GPT-5.6 Instant健康问答")),
    _planted("gpt55health", "wrong product", ("向ChatGPT咨询健康问题", "向Claude咨询健康问题")),
    _planted("gpt55health", "English sentence", ("由于GPT-5.5 Instant向ChatGPT的**所有免费用户**开放，这些改进能帮到更多人；OpenAI表示，医生主导的评估对实现这些提升至关重要。", "Because GPT-5.5 Instant is available to **all free ChatGPT users**, these improvements can help more people.")),
    _planted("gpt55health", "filler sentence", ("至关重要。", "至关重要。帖子本身未提供更多细节。")),
]

FAITHFUL: list[Case] = [Case(story, "faithful: the base answer", *answer_) for story, answer_ in BASE.items()] + [
    Case(story, "faithful: the second answer", *answer_) for story, answer_ in ALT.items()] + [
    # glimmer
    Case("glimmer", "faithful: 300亿参数, benchmarks in its size class", "Meta发布300亿参数开放权重模型Muse Glimmer",
         "Meta发布开放权重的**300亿参数**模型Muse Glimmer，面向本地、常驻的智能体工作流，能完全在Mac或带高性能GPU的PC上运行。Meta称，与同尺寸级别的领先模型相比，它在关键智能体用例和基准上**表现强劲**，权重以宽松的Apache 2.0许可发布。"),
    Case("glimmer", "faithful: strongest for its size as Unsloth says", "Muse Glimmer被称为同尺寸最强智能体模型",
         "Unsloth称，Meta发布的30B开放模型Muse Glimmer是**同尺寸中最强的智能体模型**，支持视觉，只需18GB内存即可运行。该模型采用Apache 2.0许可，用户可以通过Unsloth运行和训练它。"),
    Case("glimmer", "faithful: Wang's thread, 24GB显存", "Meta将开放Muse Spark 1.2权重",
         "Alexandr Wang宣布，Meta将很快发布Muse Spark 1.2的**开放权重版本**；同时发布的Muse Glimmer是一款30B智能体模型，以Apache 2.0许可开放权重。他称Muse Glimmer可在**24GB显存**上运行，且不损失智能体可靠性。"),
    Case("glimmer", "faithful: terse, consumer hardware", "Meta开源Muse Glimmer，消费级硬件即可运行",
         "Meta推出30B开放权重模型Muse Glimmer，可**完全在消费级硬件上运行**，权重采用Apache 2.0许可。Unsloth称它支持视觉，18GB内存即可运行。"),
    # kimik26
    Case("kimik26", "faithful: 月之暗面, prices in 美元", "月之暗面Kimi K2.6 API上线",
         "月之暗面宣布Kimi K2.6 API上线，输入价格为每百万token 0.16美元（缓存命中）和0.95美元（缓存未命中），输出为每百万token **4美元**。K2.6原生支持文本、图像和视频多模态，上下文长度为**256K**。"),
    Case("kimik26", "faithful: $ signs and /M, leaderboard", "Kimi K2.6登顶OpenRouter编程榜",
         "Kimi宣布，K2.6已在OpenRouter的编程排行榜上**排名第一**。K2.6是Moonshot AI最新、最智能的模型，长程编程更强，指令遵循和自我纠错更好；其API输入价格为$0.16/M tokens（缓存命中）和$0.95/M tokens（缓存未命中），输出为**$4.00/M tokens**。"),
    Case("kimik26", "faithful: Fireworks day 0, fine-tuning", "Fireworks成为Kimi K2.6首发合作伙伴",
         "Kimi宣布Fireworks成为K2.6的**首发（day 0）合作伙伴**，称其推理和微调平台快速、可靠，在真实生产负载下也能良好扩展，让开发者当天就能把K2.6交到用户手中。K2.6 API同日上线，支持**256K上下文**、工具调用和联网搜索。"),
    Case("kimik26", "faithful: K2.6 abbreviated, 思考与非思考", "Kimi K2.6：原生多模态，支持思考与非思考模式",
         "Moonshot AI的K2.6原生支持文本、图像和视频，同时提供**思考和非思考两种模式**，并支持JSON/Partial模式。它的API已上线，缓存未命中的输入价格为每百万token 0.95美元，输出为4美元，随后在OpenRouter编程榜上**位居第一**。"),
    # gemma4
    Case("gemma4", "faithful: 谷歌, 四个型号", "谷歌Gemma 4发布，E2B和E4B可在手机上运行",
         "据Unsloth介绍，谷歌发布的Gemma 4包含E2B、E4B、26B-A4B和31B四个型号，均为采用Apache 2.0许可的多模态推理模型。其中E2B和E4B约需**6GB内存**，可以在手机上运行；26B-A4B和31B约需18GB内存。"),
    Case("gemma4", "faithful: E4B web search, 6GB", "Gemma 4 E4B可搜索并引用10多个网站",
         "Unsloth展示，Google的Gemma 4 E4B能搜索并引用**10多个网站**，还能执行代码来找出最佳答案。在Unsloth Studio里试用它只需**6GB内存**。"),
    Case("gemma4", "faithful: Apache licence, GGUF", "Google开源Gemma 4，大模型约需18GB内存",
         "Unsloth称，Google发布的Gemma 4系列包括E2B、E4B、26B-A4B和31B，多模态推理模型采用**Apache 2.0许可**。26B-A4B和31B约需**18GB内存**即可运行，Unsloth还提供了GGUF版本和使用指南。"),
    # gemma12b
    Case("gemma12b", "faithful: 谷歌, laptop, native audio", "谷歌Gemma 4 12B：把多模态智能带到笔记本",
         "谷歌推出Gemma 4 12B，这是一个统一的、无编码器的模型，把强大的多模态智能直接带到**笔记本电脑**上。它填补了移动端E4B与更大的26B MoE模型之间的空白，具备前沿级推理和**原生音频**能力，采用宽松的Apache 2.0许可。"),
    Case("gemma12b", "faithful: 2-bit GGUF, more than 6GB RAM", "Gemma 4 12B的2-bit GGUF仅4.66GB",
         "Unsloth称，Gemma 4 12B的2-bit GGUF在磁盘上仅占**4.66GB**，单个提示就引用了**15个网站**。用户可以在内存超过6GB的设备上通过Unsloth Studio本地试用。"),
    Case("gemma12b", "faithful: encoder-less explained, llama.cpp", "Gemma 4 12B去掉编码器，GGUF已支持视觉和音频",
         "Google AI Developers称，Gemma 4 12B移除了多模态编码器，**视觉和音频输入直接流入LLM主干**。Unsloth随后为其GGUF加入了视觉和音频支持，并提醒用户更新到最新版的Unsloth和llama.cpp。"),
    # codexinc
    Case("codexinc", "faithful: 一天, 三次故障", "Codex一天三次小故障，付费套餐用量限额重置",
         "Thibault Sottiaux表示，过去一天里Codex出现了**三次相互独立的小故障**，影响了可靠性，“三次都是多余的”，团队正在采取措施避免再次发生。他已为所有付费套餐**重置Codex用量限额**。"),
    Case("codexinc", "faithful: terse, usage limits", "Codex所有付费套餐用量限额已重置",
         "Thibault Sottiaux称，由于过去24小时内发生了三起影响Codex可靠性的小事故，他已为**所有付费套餐**重置了Codex的用量限额。他表示团队正在积极采取措施，防止这些事故再次发生。"),
    Case("codexinc", "faithful: 可靠性 and 24 hours in words", "Codex可靠性受三起小事故影响",
         "Thibault Sottiaux称，过去二十四小时内有三起独立的小事故影响了**Codex的可靠性**，他认为这三起都不应发生，团队正在积极采取措施。与此同时，他为**所有付费套餐**重置了Codex用量限额。"),
    # altaares
    Case("altaares", "faithful: $60M as 6000万美元, co-investors", "Air Street领投Alta Ares的A轮融资",
         "Nathan Benaich宣布，Air Street领投了防空公司Alta Ares的**6000万美元A轮**融资，Harpoon Ventures、Cherry Ventures和OTB Ventures等也参与其中。Alta Ares诞生于乌克兰战场，正向欧洲、中东和亚洲扩张，目标是打造自主防空的“铁穹”。"),
    Case("altaares", "faithful: portfolio news, Odyssey's round kept apart", "Odyssey获3.1亿美元B轮，Alta Ares获A轮",
         "Nathan Benaich回顾Air Street投资组合过去10天的动态：Odyssey完成**3.1亿美元B轮**融资，Alta Ares完成**6000万美元A轮**融资并与Airbus和MBDA达成合作。他还提到第10届RAAIS在伦敦举办，以及一笔新的隐身投资已经完成。"),
    Case("altaares", "faithful: 0.6亿美元, Europe needs companies", "Alta Ares获0.6亿美元A轮，打造自主防空“铁穹”",
         "Nathan Benaich称，Air Street领投Alta Ares的0.6亿美元A轮融资，以加速其下一代防空系统。他认为欧洲已经写了足够多关于觉醒的政策文件，**需要能推动行动的公司**，而Alta Ares正是这样一家公司。"),
    Case("altaares", "faithful: 空客", "Alta Ares获6000万美元A轮并与空客合作",
         "Nathan Benaich称，Alta Ares完成了由Air Street领投的**6000万美元A轮融资**，并与**空客和MBDA**建立了合作。这家诞生于乌克兰战场的公司正在欧洲、中东和亚洲扩张。"),
    # matraix
    Case("matraix", "faithful: 8.3 billion as 83亿, 人设属性", "MatrAIx：83亿虚拟人，每人1290个属性",
         "AIGCLINK介绍，由哈佛和MIT牵头的MatrAIx项目打造了**83亿个虚拟人**，每个人都有年龄、职业、收入、性格等完整人设，共1290个属性。产品团队可以从中筛选对应人群，让他们使用自己的产品，以解决真人测试**费用高、周期长、覆盖窄**的问题。"),
    Case("matraix", "faithful: profiles from Wikipedia and Amazon", "MatrAIx虚拟人档案部分来自真实调查数据",
         "据AIGCLINK介绍，MatrAIx虚拟人的档案一部分从维基百科人物传记、亚马逊评论、开发者问卷等真实数据中提取，**一部分由算法生成**。研究人员做了400次测试验证人设一致性，结果**91.5%**的情况下虚拟人按设定的人格行动。"),
    Case("matraix", "faithful: 200多位 and 40多人, four labs", "200多位科学家联合打造AI虚拟人类社会MatrAIx",
         "AIGCLINK称，MatrAIx由哈佛和MIT牵头，联合了**200多位科学家**，其中40多人来自OpenAI、Anthropic、Google DeepMind和xAI。项目准备了**1000多个测试场景**，涵盖购物、金融、医疗、教育等25个领域，可以直接选用。"),
    Case("matraix", "faithful: 10% price rise question", "MatrAIx让虚拟人回答“涨价10%会否流失用户”",
         "AIGCLINK介绍，借助MatrAIx，产品团队可以直接问月入3000和月入30000的人分别怎么想、产品**涨价10%**用户是否会流失等问题。这些虚拟人可在问卷、聊天、网页和APP四种场景中测试，所有环境都会**完整记录交互轨迹**。"),
    # videouse
    Case("videouse", "faithful: 4,500万 and 45M, browser-use analogy", "video-use：让LLM读视频而不是看视频",
         "AIGCLINK称，video-use的核心思路是让LLM读视频而非逐帧看视频：粗暴方案需要30000帧×1500token，共**4500万token**，而video-use只需约12KB文本加几张PNG。这与browser-use当年给LLM喂**结构化DOM**而不是截图是同一套方法论。"),
    Case("videouse", "faithful: business model", "video-use是browser-use的获客漏斗",
         "AIGCLINK分析，video-use开源免费、可在本地运行，但“always-on剪辑”和从Telegram/VPS常驻调用需要使用Browser Use Cloud和Browser Use Box的**付费云服务**。这是典型的**开源引流加云托管变现**模式。"),
    Case("videouse", "faithful: self-eval loop, sub-agents", "video-use剪辑流水线自带自评闭环",
         "AIGCLINK介绍，video-use的流水线是转录、打包、LLM推理、EDL、渲染、自评的闭环，渲染后会检查视觉跳变、音频爆音和字幕遮挡，有问题就自动修复并重新渲染，**最多3次**。动画叠加层则由**并行的子agent**生成，一个动画一个agent。"),
    # minimaxh3
    Case("minimaxh3", "faithful: 三分之一 and 50%", "MiniMax H3：2K视频每秒价格不到主流模型三分之一",
         "AIGCLINK称，据MiniMax官方说法，H3在2K分辨率下每秒价格**不到主流模型的三分之一**，768P的价格只有同行720P的50%。H3最高可生成2K、15秒、带原生双声道音频的视频。"),
    Case("minimaxh3", "faithful: 4x as 四倍, ~30%", "MiniMax H3开源，H3-VAE让序列长度效率提升四倍",
         "AIGCLINK介绍，MiniMax开源了H3模型权重，其H3-VAE tokenizer让序列长度效率提升**四倍**，H3-Omni Transformer采用全模态统一架构。异构算力优化让训练吞吐提升**约30%**，In-context Regeneration则用于放大和提升清晰度。"),
    Case("minimaxh3", "faithful: limits named, 开放权重", "MiniMax开放H3权重，部分模块尚未开源",
         "MiniMax发布开源的H3模型权重，官方称要“打破任务和模态的边界”。不过据AIGCLINK介绍，**H3-Regenerate-2K模块尚未开源**，稀疏注意力实现也不在首发版本里，模型规模还要继续扩大。"),
    # qwen36
    Case("qwen36", "faithful: 阿里巴巴, trillion as 万亿", "阿里Qwen3.6-Plus登顶OpenRouter",
         "阿里巴巴Qwen团队宣布，Qwen3.6-Plus在OpenRouter上**排名第一**，也是OpenRouter上首个单日处理token量突破**万亿**的模型。Qwen感谢开发者们让这一里程碑成为可能。"),
    Case("qwen36", "faithful: Fireworks partnership, coming soon", "Qwen3.6-Plus即将登陆Fireworks AI",
         "Qwen宣布与Fireworks达成战略合作，把旗舰模型Qwen3.6-Plus带到Fireworks的高性能推理平台上，**即将支持推理和微调**。Qwen称Fireworks以业界一流的性能和成本提供最先进模型，美国和全球开发者的**访问权限即将开放**。"),
    Case("qwen36", "faithful: 1 trillion as 1T, topping the charts", "Qwen3.6-Plus单日处理超1T token",
         "Qwen称，Qwen3.6-Plus登上OpenRouter**第一名**，并成为OpenRouter上第一个单日处理超过1T token的模型。Qwen表示，很高兴看到它这么快登顶，这一里程碑离不开开发者的支持。"),
    # gpt55health
    Case("gpt55health", "faithful: 2.3亿 as 230 million, 紧急就医", "GPT-5.5 Instant更能识别何时需要紧急就医",
         "OpenAI称，每周有超过**2.3亿**人向ChatGPT提出健康和保健问题，GPT-5.5 Instant更善于识别何时可能需要**紧急就医**、询问相关背景并解释不确定性。它在健康问题上已与OpenAI的前沿Thinking模型持平。"),
    Case("gpt55health", "faithful: free users, terse", "GPT-5.5 Instant健康能力惠及免费用户",
         "OpenAI表示，GPT-5.5 Instant在健康相关问题上已追平其前沿Thinking模型。由于该模型向ChatGPT的**所有免费用户**开放，这些改进能惠及更多人。"),
    Case("gpt55health", "faithful: physician-led evaluation", "医生主导的评估助GPT-5.5 Instant提升健康能力",
         "OpenAI称，**医生主导的评估**对GPT-5.5 Instant实现重大智能提升至关重要。如今它在健康问题上与前沿Thinking模型不相上下，更善于把复杂信息讲得**更容易理解**。"),
]

#: planted errors the checks publish (story, kind), at the first run on the checks of f161a76 (no case changed)
MISSES: frozenset[tuple[str, str]] = frozenset({
    ("altaares", "led turned into joined"),  # 跟投 for "@airstreet led": a role word of the investor
    ("altaares", "wrong country of origin"),  # 以色列 for Ukraine: a country name in Chinese not compared
    ("altaares", "wrong period"),  # 过去10个月 for "past 10 days": the unit of a period
    ("altaares", "wrong region"),  # 北美 for Asia: a region in Chinese not compared
    ("altaares", "wrong round"),  # B轮 for Series A (the other company's round in the second post)
    ("codexinc", "invented data leak"),  # 导致部分用户数据泄露 for "affected Codex reliability": an invented consequence
    ("codexinc", "paid plans turned into free users"),  # 所有免费用户 for "all paid plans": a qualifier
    ("codexinc", "reset turned into lowered"),  # 下调 for reset: an antonym
    ("codexinc", "separate turned into one cause"),  # 由同一原因引起 for "separate": a qualifier
    ("codexinc", "small turned into severe"),  # 严重事故 for "small incidents": an antonym
    ("codexinc", "taking steps turned into fully fixed"),  # 已彻底修复，保证不会再次出现 for "taking active steps": status word
    ("codexinc", "wrong incident count in the headline"),  # 两起 for three: a count in words
    ("gemma12b", "audio dropped to vision only"),  # 音频仍不支持 for "vision and audio support": a negation
    ("gemma12b", "disk turned into memory"),  # 运行时内存占用仅4.66GB for 4.66 GB on disk (the post asks >6GB RAM): the quantity measured
    ("gemma12b", "encoders removed turned into added"),  # 新增了多模态编码器 for "removed": an antonym
    ("gemma12b", "filler sentence"),  # 更多细节有待官方公布: a filler the prompt forbids, in other words than its example
    ("gemma12b", "near turned into beyond"),  # 超过26B模型 for "nearing our 26B model": a comparison word
    ("gemma12b", "wrong licence"),  # Gemma专有许可 for Apache 2.0: a licence in words
    ("gemma12b", "wrong quantisation"),  # 4-bit for 2-bit (perhaps: a 4 elsewhere in the story, E4B and 4.66)
    ("gemma4", "bold on part of a fact"),  # **四款**模型: the bold span ends inside the fact
    ("gemma4", "licence turned non-commercial"),  # 仅限非商业用途的许可 for Apache 2.0: a licence in words
    ("gemma4", "phones moved to the large models"),  # phones given to 26B-A4B and 31B: an attribute moved between models
    ("gemma4", "web search moved to another model"),  # 31B for E4B as the model that searched: a name of the story in another's place
    ("gemma4", "wrong model count in the headline"),  # 六款 for four: a count in words
    ("gemma4", "wrong model size"),  # 27B-A4B for 26B-A4B (perhaps: 27 read against the other numbers of the story)
    ("gpt55health", "English sentence"),  # an English sentence whose every word is in the post, published
    ("gpt55health", "Instant and Thinking swapped"),  # GPT-5.5 Thinking on par with Instant: two names of one sentence exchanged
    ("gpt55health", "invented replacement of doctors"),  # 已可替代医生做出诊断: a claim in words no post makes
    ("gpt55health", "physician-led turned into automated"),  # 全自动的AI评估 for physician-led evaluation
    ("gpt55health", "week turned into day"),  # 每天 for every week: a period word
    ("kimik26", "cache hit and miss prices swapped"),  # $0.95 for cache hit, $0.16 for miss: two prices of one post exchanged
    ("kimik26", "our most intelligent turned into the world's"),  # 全球最智能 for "our most intelligent": a superlative widened
    ("kimik26", "per million turned into per thousand in the headline"),  # 每千token for per M tokens: the unit of a price
    ("kimik26", "programming leaderboard turned into the overall one"),  # 总榜 for the programming leaderboard
    ("kimik26", "thinking and non-thinking turned into thinking only"),  # 仅提供思考模式: a qualifier
    ("kimik26", "tool calls negated"),  # 不支持工具调用 for "supports tool calls": a negation
    ("kimik26", "video turned into audio"),  # 音频 for video: a modality word
    ("matraix", "91.5% turned into every test"),  # 所有测试中都 for 91.5% of cases: the figure dropped for "all"
    ("matraix", "scientist counts swapped"),  # 40多位 in all, 200多人 from the labs: two figures of one sentence exchanged
    ("matraix", "wrong scenario magnitude"),  # 100多个 for 1000多个 test scenarios (perhaps: 100 read inside another figure)
    ("minimaxh3", "half turned into twice"),  # 两倍 for 一半: an antonym
    ("minimaxh3", "not open turned into open"),  # 已一并开源 for 尚未开源: status word
    ("minimaxh3", "real data turned into synthetic"),  # 大部分由合成数据构成 for 完全由真实自然数据构成
    ("minimaxh3", "sparse attention said included"),  # sparse attention "已包含在内" for "not in the first release": a negation
    ("minimaxh3", "stereo turned into mono"),  # 单声道 for 立体声/双声道
    ("minimaxh3", "up to dropped"),  # 全部为2K、15秒 for 最高2K、15秒: a hedge turned into "all"
    # published on checks15's checks (with the fix for "1 Trillion" that followed): the filler sentence "帖子本身未提供更多
    # 细节" is counted as one of the 2-4; the six qwen36 errors above it were caught only with its refused base
    ("gpt55health", "filler sentence"),
    ("videouse", "bold on part of a fact"),  # **4500万**token: the bold span ends inside the fact
    ("videouse", "months turned into years"),  # 3年 for 3个月: the unit of a period
    ("videouse", "self-check turned into manual review"),  # 交给用户手动修复 for automatic repair and re-render
    ("videouse", "wrong frame count"),  # 3000帧 for 30000帧 (3000 is in the post, as 3000倍)
    # published on checks16's checks, with the bases of glimmer and qwen36 that had hidden them (refused for 24GB and
    # 1万亿 tied to another subject): status, negation, version and period words with nothing else changed
    ("glimmer", "soon turned into already released"),
    ("glimmer", "wrong version of the other model"),  # Muse Spark 2.0 for 1.2 (2.0 is in the posts: Apache 2.0)
    ("glimmer", "reliability negated"),
    ("glimmer", "vision negated"),
    ("glimmer", "consumer hardware turned into the cloud only"),
    ("glimmer", "filler sentence"),
    ("qwen36", "first on OpenRouter widened to the world"),
    ("qwen36", "coming soon turned into available now"),
    ("qwen36", "fine-tuning negated"),
    ("qwen36", "a day turned into a week"),
    ("qwen36", "tokens turned into dollars"),
})

#: faithful answers the checks reject (story, kind), at the first run on the checks of f161a76 (no case changed)
FALSE_REJECTIONS: frozenset[tuple[str, str]] = frozenset({
    ("gemma4", "faithful: Apache licence, GGUF"),  # 18GB for 26B-A4B and 31B, as the post gives it, tied to another subject
    ("videouse", "faithful: the second answer"),  # 按2个词一块 ("2词大写分块") read as the API key's figure, another subject
})

CAUGHT_AT_LEAST = 0.63  # 109/170 (64.1%) at the first run on f161a76; 87/148 (58.8%) on the answers that are published;
# 114/170 (67.1%) on checks15's checks, blind (six of qwen36's errors caught only because its base is refused now);
# after checks16: 103/170 (60.6%): glimmer's and qwen36's bases published, and 12 errors they hid with them; 五起 caught
# after checks17: 108/170 (63.5%) (two ranks in words, a round in words, 超越 for on par twice)
REJECTED_AT_MOST = 0.04  # 7/50 (14.0%) at the first run on f161a76; 9/50 (18.0%) on checks15's checks, blind; 8/50
# (16.0%) once "1 Trillion" with a capital was read as "1 trillion" (the fix this set found); after checks16: 2/50 (4.0%)


story_posts, test_the_set_is_large_varied_and_apart, test_the_set_is_off_the_labelled_days, test_planted_errors, \
    test_faithful_answers = held_out_tests(
        HeldOutSet("fresh9", Path(__file__), STORIES, PLANTED, FAITHFUL, MISSES, FALSE_REJECTIONS, CAUGHT_AT_LEAST,
                   REJECTED_AT_MOST, FILES),
        SetShape(planted=150, faithful=45, kinds=140, threads=6, sources=frozenset({"x"})))
