# ruff: noqa: E501  (answers in Chinese are data: each stays on one line, as a model writes it)
"""General readings behind the false rejections that recur across the blind sets (test_checks_fresh7.py and
test_checks_fresh8.py: a figure tied to the wrong one of a story's several subjects, a magnitude the checks did not
read, a sentence cut at its semicolon), each fixed as a reading of any text and pinned here on corpus posts that no
suite uses and that are off the labelled eval days, or on invented posts where the shape is what matters (as
test_checks_general2.py does). Each reading is pinned both ways: the faithful answer passes, and the error of its
class (a figure moved to another subject, a magnitude off by one order) is still caught."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.model import Post
from newsdesk.writer.checks import evidence_text
from newsdesk.writer.checks.markup import check_shape
from newsdesk.writer.checks.names import check_names
from newsdesk.writer.checks.numbers import check_numbers
from newsdesk.writer.text import count_sentences, split_sentences

from checkskit import assert_probes_apart
from corpuskit import read_corpus_posts

#: the corpus posts the cases below are checked against, by a short name
POSTS: dict[str, str] = {
    # Databricks: Unity AI Gateway "already governs more than 1 quadrillion tokens annually"
    "gateway": "x:2081822457040719918",
    # Nous Research: "We have capacity for 1 quadrillion tokens per day"
    "nous": "x:2090899914700054780",
    # Arena: Agent Arena's top models by median task cost (Kimi K3 #4 at $0.62, GPT-5.6 Sol #5 at $1.39, Grok 4.5 and
    # Qwen-3.8 Max), several subjects with their own figures
    "arena": "x:2090147328619692153",
    # Guillermo Rauch: Grok 4.5 "10x cheaper than Sol, 5.7x cheaper than Opus 5, and 2.2x cheaper than Kimi K3"
    "grok": "x:2081852481517318560",
}
_FILES = ("x-kit.jsonl", "x-kit-tuber0613.jsonl", "follow-builders-x.jsonl")


@pytest.fixture(scope="module")
def posts(corpus: Path) -> dict[str, Post]:
    return read_corpus_posts(corpus, POSTS.values(), _FILES)


def _check(posts: dict[str, Post], name: str, text: str) -> tuple[bool, str]:
    post = posts[POSTS[name]]
    check = check_numbers(text, [evidence_text(post)], [post.author_name, post.author_handle])
    return check.ok, check.detail


def test_the_posts_are_apart(eval_dir: Path) -> None:
    assert_probes_apart(Path(__file__), POSTS.values(), eval_dir)


@pytest.mark.parametrize(
    ("name", "text", "ok"),
    [
        # a quadrillion is 10^15: 1000万亿, 1千万亿; 100万亿 and 1万亿 are other orders
        ("gateway", "Unity AI Gateway每年治理的token已超过1000万亿。", True),
        ("gateway", "Unity AI Gateway每年治理的token已超过1千万亿。", True),
        ("gateway", "Unity AI Gateway每年治理的token已超过100万亿。", False),
        ("nous", "Nous Portal每天可承载1000万亿token。", True),
        ("nous", "Nous Portal每天可承载1万亿token。", False),
    ],
)
def test_quadrillions_and_the_large_chinese_magnitudes(posts: dict[str, Post], name: str, text: str, ok: bool) -> None:
    assert _check(posts, name, text)[0] is ok


@pytest.mark.parametrize(
    ("name", "text", "ok"),
    [
        # each subject's figures where the post gives them, in one sentence or apart
        ("arena", "GPT-5.6 Sol（xHigh）是排名最高的OpenAI模型，位列第5，每任务中位成本1.39美元，低于排在它前面的三款Anthropic模型。", True),
        ("arena", "Kimi K3（Max）排名第4，净提升10.5%，每任务中位成本0.62美元，是前八名中最低的。", True),
        ("arena", "GPT-5.6 Sol（xHigh）得分+9.8%，每任务中位成本1.39美元。", True),
        # the mirror: a figure moved to another subject of the post
        ("arena", "Kimi K3（Max）每任务中位成本1.39美元。", False),
        ("arena", "Grok 4.5每任务成本0.22美元，净提升6.3%。", False),
        ("arena", "Kimi K3（Max）得分+9.8%。", False),
        # several things compared with, each with its figure: which one a figure is against binds it
        ("grok", "Grok 4.5比Sol便宜10倍，比Opus 5便宜5.7倍，比Kimi K3便宜2.2倍，性能却与Kimi相当。", True),
        ("grok", "Grok 4.5的价格只有Sol的十分之一。", True),
        ("grok", "Grok 4.5比Sol便宜5.7倍，比Opus 5便宜10倍。", False),
        ("grok", "Grok 4.5比Sol便宜5.7倍。", False),
        ("grok", "Grok 4.5比Kimi K3便宜10倍。", False),
    ],
)
def test_figures_stay_with_their_subjects(posts: dict[str, Post], name: str, text: str, ok: bool) -> None:
    assert _check(posts, name, text)[0] is ok


#: invented posts (as test_checks_general2.py pins its first readings): the shapes, not a corpus wording
_LAUNCH = [
    "Orion 3 is our strongest model for long agentic work. It is available from June 9 through the Nimbus API, Vega "
    "Cloud and Atlas Studio, with a 1M context, at $10 per million input tokens and $50 per million output tokens.\n"
    "Lyra 2, our small model, keeps a 200K context at $1 per million input tokens.",
    "Helix Labs said early partners used Orion Preview to scan their code and found over 10,000 serious bugs. On June "
    "2, Helix Labs expanded the program to about 150 new organisations in over 15 countries.\n"
    "Meanwhile Lyra 2 was tested by 40 partners.",
]
_COMPARED = ["Our Vesta model uses 35x less training data and is a 50x smaller model than frontier Quill model, and "
             "it is 100x faster. This allows it to beat Acme's Quill model on solvent reactions."]


@pytest.mark.parametrize(
    ("evidence", "text", "ok"),
    [
        # a sentence opening on a pronoun ("It is available ... with a 1M context") goes on about the one before
        (_LAUNCH, "Orion 3自6月9日起开放，支持100万token上下文，定价为每百万输入token 10美元、每百万输出token 50美元。", True),
        (_LAUNCH, "Lyra 2每百万输入token 10美元。", False),
        # "per million tokens" is a rate's unit, no figure: it does not back 100万 for Lyra 2 (whose context is 200K)
        (_LAUNCH, "Lyra 2支持100万token上下文。", False),
        # a sentence that names nothing the written sentence does not name ties its figures to no other subject
        (_LAUNCH, "Helix Labs称早期合作伙伴用Orion Preview扫描代码，6月2日又把项目扩展到约150家新机构、覆盖15个以上国家。", True),
        (_LAUNCH, "Lyra 2的测试已扩展到约150家新机构。", False),
        # the one thing the posts compare with labels no figure: "35x less data ... than Quill" is Vesta's 35x
        (_COMPARED, "Vesta比前沿模型Quill少用35倍的训练数据、模型小50倍，速度快100倍。", True),
        (_COMPARED, "Vesta比前沿模型Quill少用三十五倍的训练数据。", True),
        (_COMPARED, "Vesta比前沿模型Quill少用35倍的训练数据，速度快200倍。", False),
    ],
)
def test_subjects_in_invented_posts(evidence: list[str], text: str, ok: bool) -> None:
    check = check_numbers(text, evidence, ["Helix Labs", "helixlabs"])
    assert check.ok is ok, check.detail


@pytest.mark.parametrize(
    ("summary", "n"),
    [
        # a semicolon joins two clauses of one sentence, as the prompt's 2-4 counts sentences
        ("Sam此前是Pillsbury的合伙人，更早在Cooley任职；Justin来自Bain Capital。两人都是兼职教授；他们合开一门课程。", 2),
        ("第一句。第二句！第三句？", 3),
        ("只有一句；但有两个分句。", 1),
    ],
)
def test_semicolons_join_clauses_of_one_sentence(summary: str, n: int) -> None:
    assert count_sentences(summary) == n
    # the checks' windows of evidence still cut there
    assert len(split_sentences(summary)) == n + summary.count("；")


def test_the_shape_counts_sentences_as_the_prompt_does() -> None:
    summary = "A社发布了**新模型**；它支持长上下文。价格不变；现已开放。它还有免费额度；面向所有用户。"
    assert check_shape("A社发布新模型", summary).ok
    assert not check_shape("A社发布新模型", "只有**一句**；分成两个分句。").ok


_PODCAST = ["Andrew Feldman on why CUDA is no longer a moat, and why Cerebras bet on wafer-scale chips in 2020."]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # a pronoun and a question word before the verb ("以及他为何认为": and why he thinks) name no one
        ("Andrew Feldman谈到CUDA为何不再是护城河，以及他为何认为2020年的押注是对的。", True),
        # a negation before the verb is no part of the name before it: 李开复 is judged, and the posts never give him
        ("Andrew Feldman谈到CUDA不再是护城河。李开复未透露细节。", False),
        ("Andrew Feldman谈到CUDA不再是护城河。李开复透露了细节。", False),
    ],
)
def test_pronouns_question_words_and_negations_around_speakers(text: str, ok: bool) -> None:
    check = check_names(text, _PODCAST)
    assert check.ok is ok, check.detail


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        # a magnitude word written with a capital ("1 Trillion", "$2 Billion") multiplies its figure as in lower case:
        # since a magnitude word alone backs no figure, "1万亿" had no support left in "break 1 Trillion tokens"
        ("首个单日处理超过**1万亿token**的模型。", True),
        ("首个单日处理超过**1000亿token**的模型。", False),
        ("融资**20亿美元**。", True),
    ],
)
def test_a_capitalised_magnitude_word_multiplies_its_figure(text: str, ok: bool) -> None:
    evidence = ["The first model to break 1 Trillion tokens processed in a single day, after a $2 Billion round."]
    check = check_numbers(text, evidence)
    assert check.ok is ok, check.detail
