# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)
"""General weaknesses of the writer's checks behind the fourth held-out set's false rejections and misses
(test_checks_fresh4.py, the set this round was developed on; test_checks_fresh5.py was only run to check),
each fixed as a class and pinned here on invented text and on corpus posts that no suite uses and that are off
the six labelled eval days: the fix must hold for any post, not for the case that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.writer.checks.claims import check_claims
from newsdesk.writer.checks.markup import check_markup
from newsdesk.writer.checks.names import check_names
from newsdesk.writer.checks.numbers import check_numbers

from checkskit import assert_probes_apart, published, story_of
from corpuskit import read_corpus_posts
from fake_llm import FakeLLM


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # a figure's owner is named in its own clause or opens the sentence; a product it is compared with is not
        ("Orca-2在SWE-Pro上得分**61%**。", "- It's at 61% on SWE-Pro, placing it right alongside Nimbus 4.", True),
        ("Orca-2在SWE-Pro上得分**61%**。", "Orca-2 is here.\nNimbus 4 is out: it's at 61% on SWE-Pro.", False),
        ("Orca-2的HLE只有**29.7%**，低于Nimbus 4的40.1%。", "Orca-2 is here. HLE 只有 29.7%（Nimbus 4 是 40.1%）", True),
        ("Orca-2的HLE只有**40.1%**。", "Orca-2 is here. HLE 只有 29.7%（Nimbus 4 是 40.1%）", False),
        ("Orca-2-9B支持**256K**上下文。", "Orca-2-9B:\nWith 9B parameters it outperforms Nimbus-4 Pro.\n- 256K context.", True),
        # a sentence that names only an abbreviation (ICML) goes on about the same thing, and so does the next one
        ("ICML挑战中发布了**6,816份**日志。", "Big news on Orca Hub.\nDuring our ICML challenge, 1,221 humans joined.\nBut here: 6,816 logbooks published.", True),
        # a figure written inside a versioned name is its family's: "Orca-3-2.4T" gives Orca-3 2.4T
        ("Orca-3开源两个版本，总参数**2.4T**。", "The open weights for Orca-3-2.4T-A95B have also been released.", True),
        # a model known by its name without its maker's prefix: "Code-1-Flash" for "Zeta-Code-1-Flash"
        ("Zeta-Code-1-Flash只有**5B**参数，在SWE-Pro上得**51%**。", "Zeta is out. Last is Zeta-Code-1-Flash.\n- Code-1-Flash achieves 51% on SWE-Pro, with just 5B parameters.", True),
        # the items of a list (、) each have their own subject
        ("套餐含价值**300美元**的Orca Max、价值200美元的Nimbus Ultra会员。", "Orca Plus: 含价值 300 美元的 Orca Max，价值 200 美元的 Nimbus Ultra 会员", True),
        # a figure after a plain word ("每百万token 0.45美元") is a figure, not a version of a name ("Orca 5")
        ("Orca-2采用Apache 2.0许可，API价格为每百万token **0.45美元**。", "Orca-2 is out under Apache 2.0.\nNimbus 4 is cheap: $0.45 / $3.20 per million tokens.", False),
        ("Orca-2采用Apache 2.0许可，API价格为每百万token **0.45美元**。", "Orca-2 is out under Apache 2.0, at $0.45 per million tokens.", True),
        # "GPT-9 Sol" is one name, known by its head: its version is no figure before a unit
        ("Sol在Turbo模式下达到每秒**900个token**。", "GPT-9 Sol just hit 900 tokens per second in Turbo mode.\nTurbo mode is up to 9x faster.", True),
    ],
)
def test_a_figure_belongs_to_the_subject_of_its_own_clause(text: str, post: str, ok: bool) -> None:
    assert check_numbers(text, [post]).ok is ok, check_numbers(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # digits spaced off Chinese characters, as many Chinese posts write them
        ("新规自**8月2日**起生效。", "8 月 2 日起（也就是上周），所有新模型已经开始执行。", True),
        ("新规自**8月12日**起生效。", "8 月 2 日起（也就是上周），所有新模型已经开始执行。", False),
        ("权重将于**7月27日**前放出。", "KIMI发布 Orca：7 月27日前放出权重。", True),
        ("这是一款**2.8T**参数的模型。", "Orca：2.8 T参数的 MoE 模型", True),
        ("这是一款**2.8万亿**参数的模型。", "Orca：2.8 T参数的 MoE 模型", True),
        ("端到端延迟约**180ms**。", "稳定 5+ FPS / 端到端约 180ms。", True),
        ("端到端延迟为**180ms**。", "稳定 5+ FPS / 端到端约 180ms。", False),  # the hedge holds across the space
        # a share in tenths (成): rounded to the nearest tenth, and its hedge after 成
        ("增长**八成以上**。", "Revenue grew >80% YoY.", True),
        ("增长**八成**。", "Revenue grew >80% YoY.", False),
        ("本地模型可答对**七成**查询。", "Local models answer 71.3% of queries.", True),
        ("本地模型可答对**六成**查询。", "Local models answer 71.3% of queries.", False),
        # a quarter or a half of a year is a period, compared as such
        ("**第二季度**收入同比增长超过80%。", "Revenue grew >80% YoY in Q2.", True),
        ("**第三季度**收入同比增长超过80%。", "Revenue grew >80% YoY in Q2.", False),
        # a quarter's report names its quarter: 一季报 is the first quarter's
        ("**一季度**收入超出预期。", "某公司一季报收入超预期，盘后大涨。", True),
        ("**二季度**收入超出预期。", "某公司一季报收入超预期，盘后大涨。", False),
        ("公司**下半年**将推出新模型。", "We will ship the new model in H2.", True),
        ("公司**上半年**将推出新模型。", "We will ship the new model in the second half.", False),
    ],
)
def test_figures_dates_and_periods_as_posts_write_them(text: str, post: str, ok: bool) -> None:
    assert check_numbers(text, [post]).ok is ok, check_numbers(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # a range whose second end repeats the currency sign shares its unit: "$50 to $100 million"
        ("融资规模为**5000万至1亿美元**。", "The round is $50 to $100 million.", True),
        ("融资规模为**50至100美元**。", "The round is $50 to $100 million.", False),
        # a year is when, in any sentence of the posts, not a figure of the subject beside it
        ("Orca成立于**2015年**，Nimbus 4随后发布。", "Orca is here.\nIn 2015 Zeta 3 was founded. Nimbus 4 is out.", True),
    ],
)
def test_ranges_and_years(text: str, post: str, ok: bool) -> None:
    assert check_numbers(text, [post]).ok is ok, check_numbers(text, [post]).detail


_STAFF = "After 27 years at Orca, watching it grow from 25 people to 190,000 has been a joy."
_HUMANS = "1,221 humans teamed up with agents to reproduce 2,226 papers."
_ACCESS = "Only about 20 pre-approved companies get access; the mini model costs half as much."


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # total and active parameters of a mixture of experts are two measures; 、 parts a post's clauses
        ("它是总参数**350亿**的MoE。", "Orca is a 35B active parameter MoE with a 256K context window.", False),
        ("它是激活参数**350亿**的MoE。", "Orca is a 35B active parameter MoE with a 256K context window.", True),
        ("它是参数**350亿**的MoE。", "Orca is a 35B active parameter MoE with a 256K context window.", True),
        ("总参数**975B**、激活41B。", "Orca：MoE 架构，总参 975B、每 token 激活 41B", True),
        ("总参数**41B**、激活975B。", "Orca：MoE 架构，总参 975B、每 token 激活 41B", False),
    ],
)
def test_total_and_active_parameters_are_two_measures(text: str, post: str, ok: bool) -> None:
    assert check_numbers(text, [post]).ok is ok, check_numbers(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # open to everyone needs everyone in the posts, a raise needs a raise
        ("该模式已向所有开发者开放。", "Rolling out to select customers first, expanding as compute grows.", False),
        ("该模式已向所有开发者开放。", "Now available to all developers.", True),
        ("OpenAI将API价格上调20%。", "We are dropping API prices by 20% for the next 3 months.", False),
        ("OpenAI将API价格上调20%。", "We are raising API prices by 20%.", True),
        ("机构一再上调预测。", "They keep revising the number up.", True),  # a forecast revised up is no price
    ],
)
def test_who_gets_it_and_which_way_a_price_moves(text: str, post: str, ok: bool) -> None:
    assert check_claims(text, [post]).ok is ok, check_claims(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # what a figure counts: people (人, 名, 位; people, humans, users), things (家, 篇, 款; companies, papers)
        # or years (年 after a figure under 100): each is evidence only for its own kind
        ("他在Orca工作了**27年**，公司从25人发展到19万人。", _STAFF, True),
        ("他在Orca工作了**25年**，公司从25人发展到19万人。", _STAFF, False),
        ("他在Orca工作了27年，公司从**27人**发展到19万人。", _STAFF, False),
        ("**1,221名**参与者复现了2,226篇论文。", _HUMANS, True),
        ("**2,226名**参与者复现了1,221篇论文。", _HUMANS, False),
        ("目前只有约**20家**公司可以使用。", _ACCESS, True),
        ("目前只有约**50家**公司可以使用。", _ACCESS, False),  # 50% of "half" counts no companies
        ("mini模型的价格只有**50%**。", _ACCESS, True),
        ("模型预计**3年**后开源，2026年发布。", "The model ships in 2026 and goes open in 3 years.", True),
        ("团队有**3个人**。", "A team of 3 people built it.", True),
        ("平台已有**100个**用户，20家客户。", "We now have 100 users and 20 customers.", True),  # 个 and customers: either
        # a count in Chinese numerals with the counters of fabs, machines, cards and chips (座, 台, 张, 颗)
        ("公司将新建**三座**工厂。", "They will build three new fabs.", True),
        ("公司将新建**四座**工厂。", "They will build three new fabs.", False),
    ],
)
def test_a_count_is_of_people_of_things_or_of_years(text: str, post: str, ok: bool) -> None:
    assert check_numbers(text, [post]).ok is ok, check_numbers(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # a kind or legal form of a company, or a verb before 公司, names no company
        ("他们创办了一家公益公司，并见证公司从25人发展到19万人。", "We are founding a Public Benefit Corporation; it grew from 25 people to 190,000.", True),
        ("他们收购了蓝鲸公司。", "We acquired a startup.", False),
        ("他们收购了蓝鲸公司。", "蓝鲸：we have been acquired.", True),
        # a unit after a Chinese numeral or magnitude is the figure's, no name
        ("平台存储着数百PB数据。", "We host hundreds of petabytes.", True),
        ("平台存储着数百PB数据，由Orca提供。", "We host hundreds of petabytes.", False),
        # capital spending (资本支出) is no firm, and a comparison before 科技 names none
        ("云厂商年资本支出超过千亿。", "Cloud capex tops $100B.", True),
        ("三家的收入均远超科技大厂。", "All three out-earn big tech.", True),
        ("蓝鲸资本领投。", "Led by a new fund.", False),
        # widely used Chinese renderings of banks: 大摩 is Morgan Stanley, and 高盛 must be Goldman Sachs
        ("大摩预计2030年机器人销量将大增。", "Per Morgan Stanley, robot sales will soar by 2030.", True),
        ("高盛预计2030年机器人销量将大增。", "Per Morgan Stanley, robot sales will soar by 2030.", False),
        ("摩根士丹利预计机器人销量将大增。", "大摩：机器人销量将大增", True),  # another rendering of one name
        ("高盛预计机器人销量将大增。", "大摩：机器人销量将大增", False),
        # "founding" makes founders
        ("四位创始人已合作多年。", "Along with my friends, we are founding Orca Labs.", True),
    ],
)
def test_plain_words_are_no_names(text: str, post: str, ok: bool) -> None:
    assert check_names(text, [post]).ok is ok, check_names(text, [post]).detail


@pytest.mark.parametrize(
    ("text", "post", "ok"),
    [
        # a comparison with a named rival is made where the posts name that rival
        ("Orca在SWE-Pro上超过了Nimbus 4。", "Orca scores 53% on SWE-Pro, placing it right alongside Nimbus 4. Orca beats Zeta on price.", False),
        ("Orca在SWE-Pro上超过了Nimbus 4。", "Orca scores 53% on SWE-Pro, surpassing Nimbus 4.", True),
        ("Orca在RoboBench上超过了Nimbus 4。", "Orca 甩开了 Zeta 一大截。RoboBench 上 Orca 追平了 Nimbus 4。", False),
        # status words with 已经 and an adverb are the same claims as without them
        ("模型已经开源。", "近期也会开源。", False),
        ("模型已经开源。", "模型今天已开源。", True),
        ("强化学习已经完成。", "几天后开始强化学习。", False),
        # a comparison with a versioned rival is a comparison, not a hedge of the version's digit
        # (checks17: "on par" backs no 超过 since the polar pairs read it as near, so the rival is beaten here)
        ("Orca超过了Nimbus 4。", "Orca is better than Nimbus 4.", True),
        ("Orca超过了Nimbus 4。", "Orca is on par with Nimbus 4.", False),
        ("Orca超过了Nimbus 4。", "Orca is here. Nimbus 4 is out.", False),
        ("Orca的收入超过了Nimbus 4。", "Orca 的收入远超 Nimbus 4。", True),  # 远超 compares
        # a deal claimed done needs a deal in the posts, not talks
        ("DeepSeek已与晶圆厂签约。", "DeepSeek正与晶圆制造公司洽谈合作。", False),
        ("DeepSeek已与晶圆厂签约。", "DeepSeek signed a deal with a foundry.", True),
    ],
)
def test_claims_are_read_where_and_as_they_are_made(text: str, post: str, ok: bool) -> None:
    assert check_claims(text, [post]).ok is ok, check_claims(text, [post]).detail


@pytest.mark.parametrize(
    ("summary", "ok"),
    [
        # bold marks whole facts: never part of a figure, never who speaks or how
        ("速度最高可达**1**4倍。它已上线。", False),
        ("速度最高可达**14倍**。它已上线。", True),
        ("**他认为**大多数任务不需要前沿模型。它已上线。", False),
        ("Jeff Dean**激动地**宣布新公司成立。它已上线。", False),
        ("他认为**大多数任务**不需要前沿模型。它已上线。", True),
    ],
)
def test_bold_marks_whole_facts(summary: str, ok: bool) -> None:
    assert check_markup("标题", summary).ok is ok, check_markup("标题", summary).detail


# --- probes: answers a strong model writes, on corpus posts no suite uses -------------------------------------
PROBE_STORIES: dict[str, str] = {
    # AIGCLINK: Thinking Machines' Inkling 975B/41B, HLE 29.7% (GLM 5.2 40.1%, Claude Fable 5 53.3%), ties Nemotron 3 Ultra
    "inkling": "x:2077514051169751325",
    # 宝玉: OpenAI removes GPT-4.5 from ChatGPT on "6 月 26 日", 30 days' notice ("5 月 28 日"), o3 on "8 月 26 日"
    "gpt45": "x:2070901946735587764",
    # Peter Diamandis: 500,000 robots by 2030 from China alone, per Morgan Stanley (14,000, 26,000, 50,000)
    "robots": "x:2073459460467532047",
    # Brett Winton: Colossus II at $29 billion per GW vs benchmarks of $44 to $54 billion
    "colossus": "x:2061882934613934496",
    # Andy Stewart: Reuters, YMTC (长江存储) has a new fab nearly done and two more to build
    "ymtc": "x:2043957125362381184",
}

_INKLING = ("Thinking Machines开源Inkling：总参975B，激活41B",
            "AIGCLINK介绍，Thinking Machines发布了首个开源大模型**Inkling**，总参数975B、每token激活41B，支持1M上下文。它在HLE上只有**29.7%**，低于GLM 5.2的40.1%和Claude Fable 5的53.3%；在Terminal Bench 2.1上，它用约1/3的token打平了Nemotron 3 Ultra。")
_GPT45 = ("OpenAI从ChatGPT移除GPT-4.5",
          "OpenAI于**6月26日**从ChatGPT中移除了GPT-4.5，这是GPT-4系列在ChatGPT里的最后一个模型。OpenAI只给了**30天**过渡期，5月28日发布公告，API端不受影响。下一个是o3，将于8月26日下线，过渡期90天。")

_ROBOTS = ("大摩：2030年中国将有50万台机器人",
           "Peter Diamandis援引大摩的预测称，到2030年仅中国就将有**50万台**机器人。大摩一再上调预测，从1.4万台到2.6万台，再到5万台；他认为对指数增长的预测总是起点太低。")
_COLOSSUS = ("Brett Winton：Colossus II每GW成本290亿美元",
             "Brett Winton称，SpaceXai的Colossus II每GW成本为**290亿美元**，而按算力芯片归一化的基准为每GW **440亿至540亿美元**。他认为优势来自更快的建设速度、芯片与网络定价以及其他基础设施效率。")

_YMTC = ("路透：长江存储新工厂即将投产",
         "据路透社报道，长江存储有一座新工厂即将完工投产，并将再新建**两座**工厂。作者希望硬盘会因此降价。")

#: (story, what it shows, headline, summary, published?)
PROBES: list[tuple[str, str, str, str, bool]] = [
    ("inkling", "faithful: a figure beside rivals' figures", *_INKLING, True),
    ("inkling", "tie turned into beats", _INKLING[0], _INKLING[1].replace("打平了Nemotron", "超过了Nemotron"), False),
    ("inkling", "a rival's figure", _INKLING[0], _INKLING[1].replace("只有**29.7%**，低于GLM 5.2的40.1%", "只有**40.1%**，低于GLM 5.2的29.7%"), False),
    ("inkling", "faithful: Pangu-spaced magnitude, 3000万+", "Inkling用45万亿token预训练",
     "AIGCLINK介绍，Inkling用**45万亿**token做多模态预训练，后训练是3000万+ rollout的异步RL。它有256个路由专家和2个共享专家，每token激活**6个**。", True),
    ("gpt45", "faithful: spaced dates", *_GPT45, True),
    ("gpt45", "wrong date", _GPT45[0], _GPT45[1].replace("6月26日", "6月16日"), False),
    ("gpt45", "wrong date of the next model", _GPT45[0], _GPT45[1].replace("8月26日", "8月16日"), False),
    ("gpt45", "wrong period", _GPT45[0], _GPT45[1].replace("**30天**", "**30周**"), False),
    ("robots", "faithful: 大摩", *_ROBOTS, True),
    ("robots", "faithful: 摩根士丹利", _ROBOTS[0].replace("大摩", "摩根士丹利"), _ROBOTS[1].replace("大摩", "摩根士丹利"), True),
    ("robots", "another bank", _ROBOTS[0].replace("大摩", "高盛"), _ROBOTS[1].replace("大摩", "高盛"), False),
    ("robots", "wrong number", _ROBOTS[0], _ROBOTS[1].replace("2.6万", "3.6万"), False),
    ("colossus", "faithful: a range sharing its unit", *_COLOSSUS, True),
    ("colossus", "range cut to an end", _COLOSSUS[0], _COLOSSUS[1].replace("**440亿至540亿美元**", "**540亿美元**"), False),
    ("ymtc", "faithful: 长江存储, 路透社", *_YMTC, True),
    ("ymtc", "another chipmaker", _YMTC[0].replace("长江存储", "中芯国际"), _YMTC[1].replace("长江存储", "中芯国际"), False),
    ("ymtc", "wrong number", _YMTC[0], _YMTC[1].replace("**两座**", "**三座**"), False),
    ("colossus", "magnitude", _COLOSSUS[0], _COLOSSUS[1].replace("**440亿至540亿美元**", "**44亿至54亿美元**"), False),
]


def test_the_probes_are_apart(eval_dir: Path) -> None:
    assert_probes_apart(Path(__file__), PROBE_STORIES.values(), eval_dir)


def test_the_probes(corpus: Path, fake_llm: FakeLLM) -> None:
    posts = read_corpus_posts(corpus, PROBE_STORIES.values(), ("x-kit-tuber0613.jsonl", "x-kit.jsonl"))
    assert len(PROBES) >= 15
    wrong = {}
    for story, kind, headline, summary, ok in PROBES:
        got, why = published(story_of(story, (PROBE_STORIES[story],), posts), headline, summary, posts, fake_llm)
        if got is not ok:
            wrong[(story, kind)] = why or "published"
    assert not wrong, wrong
