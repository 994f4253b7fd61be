"""The extractive writer on real corpus posts: English and Chinese, link-only, articles, podcasts."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from newsdesk.model import Post, Story
from newsdesk.sources.file import post_from_record
from newsdesk.writer.checks import bold_spans
from newsdesk.writer.extractive import categorize, embolden, write_extractive
from newsdesk.writer.text import clean_text, split_sentences, text_width, trim_to_width

from corpuskit import WRITER_FILES, read_corpus_posts

UNSLOTH = "x:2038625148354679270"  # English, Qwen3.5-27B, 16GB / 32GB
VOICE = "x:2032632599429136753"  # English, one sentence, 100%
BAOYU_THINK = "x:1948590261858168858"  # Chinese, Claude Code thinking levels, bullet lines
WINDSURF = "x:1947842650297479511"  # Chinese, x-kit text cut just before its link ("以 30")
DOUBAO = "x:2007782461930111152"  # Chinese, x-kit text cut with a single …
SWYX_LINK = "x:2032932852522991705"  # nothing but a t.co link
QWEN_LAB = "rss:56ec3434bd3d0451"  # 量子位 article: bylines, 1亿美元, 2000万美元
OPENAI_LOSS = "rss:f8b03fd27a0ae991"  # AI前线 article: "385.3 亿美元"
AUTO_MODE = "rss:b4c065a13b0cb9ae"  # Anthropic Engineering, 22k characters
MONTY = "podcast:a202d3a91fd91842"  # Latent Space transcript head
ALL_IDS = (UNSLOTH, VOICE, BAOYU_THINK, WINDSURF, DOUBAO, SWYX_LINK, QWEN_LAB, OPENAI_LOSS, AUTO_MODE, MONTY)

URL = re.compile(r"https?://|t\.co/|www\.")


@pytest.fixture(scope="module")
def posts(corpus: Path) -> dict[str, Post]:
    return read_corpus_posts(corpus, ALL_IDS)


def story_of(*post_ids: str, posts: Mapping[str, Post], lead: str | None = None) -> Story:
    lead_id = lead or post_ids[0]
    return Story(id=f"s:{lead_id}", post_ids=post_ids, lead_id=lead_id, first_seen=posts[lead_id].created_at)


def is_key_fact(span: str) -> bool:
    """A bold span is a number or a name (a digit or a capital in it), never a clause, contraction or CS."""
    if "'" in span or "’" in span or (span.isupper() and len(span) <= 3 and span.isalpha()):
        return False
    return span.strip() != "" and any(c.isdigit() or c.isupper() for c in span)


def assert_well_formed(item, *, min_sentences: int = 1) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in item.checks if not c.ok] == []
    assert {c.name for c in item.checks} >= {"citations", "numbers", "names", "markup", "shape"}
    spans, problems = bold_spans(item.summary)
    assert problems == [] and len(spans) <= 3 and all(is_key_fact(s) for s in spans)
    assert not URL.search(item.summary) and not URL.search(item.headline)
    assert 0 < text_width(item.headline) <= 60
    assert "*" not in item.headline and "\n" not in item.summary
    n = len(split_sentences(item.summary.replace("**", "")))
    assert min_sentences <= n <= 4
    assert item.writer == "extractive" and item.fallback_reason is None


@pytest.mark.parametrize(
    ("post_id", "min_sentences"),
    [
        (UNSLOTH, 2),
        (BAOYU_THINK, 2),
        (WINDSURF, 2),
        (DOUBAO, 2),
        (QWEN_LAB, 2),
        (OPENAI_LOSS, 2),
        (AUTO_MODE, 2),
        (VOICE, 1),
        (SWYX_LINK, 1),
        (MONTY, 1),
    ],
)
def test_every_kind_of_post_gives_a_checked_item(posts: dict[str, Post], post_id: str, min_sentences: int) -> None:
    item = write_extractive(story_of(post_id, posts=posts), posts)
    assert_well_formed(item, min_sentences=min_sentences)
    lead = posts[post_id]
    assert item.url == lead.url
    assert item.attribution == (lead.author_name or lead.author_handle)
    assert item.post_ids == (post_id,)


def test_english_post_bolds_the_model_name_whole(posts: dict[str, Post]) -> None:
    item = write_extractive(story_of(UNSLOTH, posts=posts), posts)
    assert item.headline == "This model has been #1 trending for 3 weeks now"
    assert "**Qwen3.5-27B**" in item.summary
    assert item.summary.startswith("This model has been #1 trending")


def test_chinese_post_keeps_its_language_and_bolds_names_and_figures(posts: dict[str, Post]) -> None:
    item = write_extractive(story_of(BAOYU_THINK, posts=posts), posts)
    assert item.headline == "你知道 Claude Code 怎么控制思考时间长短的吗"
    assert "**Claude Code**" in item.summary
    assert "。" in item.summary and "https" not in item.summary


def test_text_cut_by_x_kit_loses_its_broken_last_sentence(posts: dict[str, Post]) -> None:
    cut = write_extractive(story_of(WINDSURF, posts=posts), posts)
    assert "洽谈以" not in cut.summary  # "...一直在与 Windsurf 洽谈以 30" + link
    ellipsis = write_extractive(story_of(DOUBAO, posts=posts), posts)
    assert "大预言模型" not in ellipsis.summary and not ellipsis.summary.endswith("…")


def _eval_posts(eval_dir: Path, day: str, ids: Iterable[str]) -> dict[str, Post]:
    wanted, out = set(ids), {}
    with (eval_dir / f"day-{day}" / "posts.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["id"] in wanted:
                out[record["id"]] = post_from_record(record, "eval")
    assert set(out) == wanted
    return out


@pytest.mark.parametrize(
    ("day", "post_id", "never_bold"),
    [
        ("2026-05-14", "x:2054773491522822264", "being a dad"),  # Sam Altman: no fact in it
        ("2026-05-14", "x:2054720201070190632", "any time a model router"),  # swyx: lowercase chat
        ("2026-05-14", "x:2054729966630441007", "I’d"),  # Aaron Levie: a contraction ...
        ("2026-05-14", "x:2054729966630441007", "CS"),  # ... and a lone acronym
        ("2026-03-25", "x:2036720872808144911", "我就想知道"),  # an opening clause in Chinese
        ("2026-03-25", "x:2036757928246714598", "Woc"),  # an interjection
        ("2026-05-14", "x:2054768295534846239", "Skill"),  # a generic word
        ("2026-05-14", "x:2054736772312293466", "Trying"),  # a verb capitalised by its place in the sentence
    ],
)
def test_bold_marks_key_facts_only(eval_dir: Path, day: str, post_id: str, never_bold: str) -> None:
    posts = _eval_posts(eval_dir, day, [post_id])
    item = write_extractive(story_of(post_id, posts=posts), posts)
    assert_well_formed(item)
    assert never_bold in item.summary.replace("**", "") and f"**{never_bold}" not in item.summary


@pytest.mark.parametrize(
    ("day", "post_id", "bold"),
    [
        ("2026-03-24", "x:2036232980059062550", "**Opus 4.5**"),  # a version belongs to its name
        ("2025-07-24", "x:1948204541255585817", "**Qwen 3 Coder**"),
        ("2026-05-14", "x:2054728749308858376", "**Step 3.5**"),
        ("2026-03-24", "x:2036232980059062550", "**Matthew Schwartz**"),
    ],
)
def test_names_are_bolded_whole_with_their_version(eval_dir: Path, day: str, post_id: str, bold: str) -> None:
    posts = _eval_posts(eval_dir, day, [post_id])
    assert bold in write_extractive(story_of(post_id, posts=posts), posts).summary


@pytest.mark.parametrize(
    ("day", "post_id", "headline"),
    [
        # a chat opener ("which was your favorite launch?") gives way to the sentence that names the launch
        ("2026-05-14", "x:2054754206926700914", "SmithDB (database purpose built for agent trace data)"),
        # a lone source name before the colon is not the news ("TheInformation：苹果为何...")
        ("2025-07-24", "x:1948218839096787159", "苹果为何在 AI 人才争夺战中节节败退（原因不止是钱）"),
        # no better sentence: the opener stays
        ("2026-05-14", "x:2054773491522822264", "being a dad is the thing that has most exceeded…"),
        # a Chinese opening question is the topic, kept
        ("2026-03-25", "x:2036728765234168149", "现在这些编程智能体工具为什么 token 消耗这么大"),
    ],
)
def test_headline_skips_chat_openers_and_source_labels(eval_dir: Path, day: str, post_id: str, headline: str) -> None:
    posts = _eval_posts(eval_dir, day, [post_id])
    item = write_extractive(story_of(post_id, posts=posts), posts)
    assert item.headline == headline
    assert text_width(item.headline) <= 60


def test_a_post_cut_at_the_limit_loses_its_unfinished_sentence(eval_dir: Path) -> None:
    # "...第二：很多 Agent 工具和 LLM 是同一厂商，他们在 token" (x-kit, cut at X's 280 weighted characters)
    post_id = "x:2036728765234168149"
    posts = _eval_posts(eval_dir, "2026-03-25", [post_id])
    item = write_extractive(story_of(post_id, posts=posts), posts)
    assert_well_formed(item, min_sentences=2)
    assert "他们在 token" not in item.summary and "第二" not in item.summary
    # with too few whole sentences left, the cut one stays, marked as cut
    cut = "很多 Agent 工具和 LLM 是同一厂商，" + "而且" * 70 + "他们在 token"
    short = dataclasses.replace(posts[post_id], text=cut)
    one = write_extractive(story_of(post_id, posts={post_id: short}), {post_id: short})
    assert one.summary.endswith("…")


def test_link_only_post_says_so_without_guessing(posts: dict[str, Post]) -> None:
    # in the edition's language: there is no source text whose language could be kept
    item = write_extractive(story_of(SWYX_LINK, posts=posts), posts)
    assert item.headline == "Swyx分享了一个链接"
    assert item.summary == "**Swyx**分享了一个链接，未附文字说明。"
    assert_well_formed(item, min_sentences=1)
    english = write_extractive(story_of(SWYX_LINK, posts=posts), posts, language="en")
    assert english.headline == "Swyx shared a link"
    assert english.summary == "**Swyx** shared a link without any text."


def test_thin_lead_is_filled_in_from_the_other_posts(posts: dict[str, Post]) -> None:
    story = story_of(SWYX_LINK, UNSLOTH, posts=posts)
    item = write_extractive(story, posts)
    assert_well_formed(item, min_sentences=2)
    assert item.url == posts[SWYX_LINK].url and item.attribution == "Swyx"  # the lead still leads
    assert item.post_ids == (SWYX_LINK, UNSLOTH)
    assert "Qwen3.5-27B" in item.summary


def test_article_uses_title_and_first_sentences_without_bylines(posts: dict[str, Post]) -> None:
    item = write_extractive(story_of(QWEN_LAB, posts=posts), posts)
    assert item.headline == "林俊旸新公司卜拉格亮相！首轮估值135亿，腾讯高榕红杉全投了"
    for noise in ("量子位的朋友们", "来源", "发自 凹非寺", "2026-06-17"):
        assert noise not in item.summary
    assert "**1亿美元**" in item.summary
    assert item.category == "投融资"
    long = write_extractive(story_of(AUTO_MODE, posts=posts), posts)
    assert long.headline == "Claude Code auto mode: a safer way to skip permissions"
    assert len(long.summary) < 800


def test_spaced_chinese_units_are_one_bold_fact(posts: dict[str, Post]) -> None:
    item = write_extractive(story_of(OPENAI_LOSS, posts=posts), posts)
    assert "**385.3 亿美元**" in item.summary


def test_podcast_is_summarised_by_its_title_not_its_transcript(posts: dict[str, Post]) -> None:
    item = write_extractive(story_of(MONTY, posts=posts), posts)
    assert "Welcome back" not in item.summary
    assert item.headline.startswith("Monty: the ultrafast Python interpreter")
    assert "Samuel Colvin" in item.summary


def test_missing_posts_raise_input_error(posts: dict[str, Post]) -> None:
    from newsdesk.errors import InputError

    story = Story(id="s:gone", post_ids=("x:1",), lead_id="x:1", first_seen=posts[UNSLOTH].created_at)
    with pytest.raises(InputError, match="s:gone"):
        write_extractive(story, posts)


def test_a_sample_of_the_whole_corpus_passes_its_own_checks(corpus: Path) -> None:
    """Every 150th post of each file, written alone: the checks hold by construction."""
    failures = []
    seen = 0
    for name in WRITER_FILES:
        with (corpus / name).open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if n % 150:
                    continue
                post = post_from_record(json.loads(line), "corpus")
                item = write_extractive(story_of(post.id, posts={post.id: post}), {post.id: post})
                seen += 1
                bad = [c for c in item.checks if not c.ok]
                spans = bold_spans(item.summary)[0]
                # a link-only post's summary bolds its author: the one name it has
                facts = all(is_key_fact(b) or b == item.attribution for b in spans)
                if bad or not facts or URL.search(item.summary):
                    failures.append((post.id, item.headline, item.summary, bad))
    assert seen > 200
    assert failures == []


# --- helpers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("First one. Second one! Third?", ["First one.", "Second one!", "Third?"]),
        ("Growth was 2.3 billion. U.S. customs agree.", ["Growth was 2.3 billion.", "U.S. customs agree."]),
        ("第一句。第二句！第三句？", ["第一句。", "第二句！", "第三句？"]),
        ("他说：“好。”然后走了。", ["他说：“好。”", "然后走了。"]),
        ("line one\nline two", ["line one", "line two"]),
        ("等等……然后", ["等等……", "然后"]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It might be the end of the year, but the Gemini Drops don't stop at all", "It might be the end of the year"),
        (
            "Healthy guys ages 19-38 are making up to $2,400 a month and a difference",
            "Healthy guys ages 19-38 are making up to $2,400 a month",
        ),
        (
            "As of this month, U.S. customs duties have topped $100 billion for the first time",
            "As of this month, U.S. customs duties have topped",
        ),
        (
            "华尔街日报：AI 人才的史诗级争夺战——“爆炸性”合约、秘密交易与眼泪",
            "华尔街日报：AI 人才的史诗级争夺战——“爆炸性”合约",
        ),
        ("短标题", "短标题"),
    ],
)
def test_trim_to_width_cuts_at_a_boundary(text: str, expected: str) -> None:
    assert trim_to_width(text, 60) == expected


def test_clean_text_strips_noise_but_keeps_facts() -> None:
    raw = "@a @b GPT-5.5 is out 🚀 with 7*18 support &amp; more #AI #LLM\n- see https://t.co/xyz\n#1 trending"
    assert clean_text(raw) == "GPT-5.5 is out with 7×18 support & more\nsee\n#1 trending"


def test_embolden_only_where_markdown_renders() -> None:
    assert embolden("参数量仅为25%的Claude。") == "参数量仅为25%的**Claude**。"  # **25%**的 would not render
    assert embolden("It costs $2.3 billion and 25% of it.") == "It costs **$2.3 billion** and **25%** of it."
    assert embolden("今天天气很好，适合出门。") == "今天天气很好，适合出门。"  # no key fact: no bold


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("分子之心完成A轮融资，累计融资金额逾亿美元", "投融资"),
        ("美国政府发出出口管制指令", "政策监管"),
        ("SmolLM3 开源了 100 多个检查点 on Hugging Face", "开源动态"),
        ("A new paper on reasoning benchmarks", "技术前沿"),
        ("今天天气不错", "AI快讯"),
    ],
)
def test_categorize(text: str, category: str) -> None:
    assert categorize(text) == category


def test_categorize_with_a_custom_taxonomy_falls_back_to_the_first() -> None:
    assert categorize("raised a Series A", ("News", "Funding")) == "Funding"
    assert categorize("nothing relevant", ("News", "Funding")) == "News"


@pytest.mark.parametrize(
    ("text", "bold", "plain"),
    [
        ("Excited to share that Anthropic shipped it.", "**Anthropic**", "Excited"),
        ("Join us at the meetup. Codex now runs in the terminal.", "**Codex**", "Join"),
        ("Experience the new Hermes Agent today.", "**Hermes Agent**", "Experience"),
        ("The demo ran well. The Fable team said so.", "**Fable**", "The"),
    ],
)
def test_a_word_capitalised_by_its_place_is_no_name(text: str, bold: str, plain: str) -> None:
    # Our own sentences: a clause-opening word is bolded only when the lexicon knows it as a lab or
    # product, or the text capitalises it elsewhere too; an ordinary word never is.
    out = embolden(text)
    assert bold in out and f"**{plain}" not in out


def test_a_power_of_ten_is_bolded_whole() -> None:
    out = embolden("Models trained with more than 10^26 FLOP must report an incident within 72 hours.")
    assert "**10^26**" in out and "**10**^" not in out


def test_a_one_number_version_is_bolded_with_its_model() -> None:
    # Anthropic's Opus 5 launch post (@claudeai, 2026-07-24): "Opus 5", not "Opus" and a stray 5
    out = embolden("Opus 5 is available today on all paid plans and the Claude API, priced the same as Opus 4.8.")
    assert out.startswith("**Opus 5** is available") and "**Opus 4.8**" in out
    assert "**5" not in embolden("We met 5 times in Paris")  # a count after a word is no version
