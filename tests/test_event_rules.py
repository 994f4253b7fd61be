"""Issue 10's event rules, pinned on real corpus posts from days that are not labelled.

Developed on the labelled launch day 2026-07-25 (Claude Opus 5) and checked on 2026-06-24;
these tests hold them on two launches nobody labelled: GPT-5.5 (2026-04-23/24, English and
Chinese posts from x-kit and follow-builders) and the open-sourcing of the Codex Security CLI
(2026-07-28/29, tuber0613's timeline).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsdesk.config import load_settings
from newsdesk.model import Post, Story
from newsdesk.sourcelist import effective_sources, source_houses, source_weights
from newsdesk.sources.file import read_posts
from newsdesk.stories import build_stories
from newsdesk.stories.cluster import (
    _name_at,
    announced,
    announcements,
    announcing_posts,
    bare_versions,
    cluster_posts,
    features_of,
    gather_evidence,
    subjects,
)
from newsdesk.stories.facts import NO_FACTS
from newsdesk.stories.rank import has_signal
from newsdesk.stories.relevance import judge_posts, score_post
from newsdesk.stories.select import PLUG, _empty_words
from newsdesk.textfacts.entities import extract_entities
from newsdesk.textfacts.kinds import detect_kinds
from newsdesk.textfacts.normal import own_text

from corpuskit import read_corpus_posts

pytestmark = pytest.mark.shared

SETTINGS = load_settings(None, environ={})
FILES = ("follow-builders-x.jsonl", "x-kit.jsonl", "x-kit-tuber0613.jsonl")

GPT55 = {
    "x:2047376561205325845": "@OpenAI: Introducing GPT-5.5 ...",
    "x:2047387742951313910": "@levie: GPT-5.5 is live. We've been testing the model ... at Box",
    "x:2047388883823087633": "@danshipper: many models write a great plan ... @OpenAI's new GPT-5.5 just does",
    "x:2047468855375880644": "@cellinlab: 卧槽，GPT-5.5 来了！ ...",
    "x:2047494614710690170": "@fkysly: 1. GPT-5.5 发布了，...",
    "x:2047497035847491725": "@fkysly: 多方体验都证实：GPT-5.5 黑话不多了 ...",
}
#: named in passing, a day of lists: "the two biggest things today: 1. GPT-5.5; 2. Claude Opus 4.7"
GPT55_LIST = "x:2047484306030030916"
CODEX_SECURITY = {
    "x:2082227259096944689": "@dotey: OpenAI 开源了 Codex Security ...",
    "x:2082235089539526690": "@gdb: we've just open-sourced the Codex Security CLI",
    "x:2082263717916586117": "@OpenAI: We quietly released the open-source Codex Security CLI ...",
}


@pytest.fixture(scope="module")
def corpus_posts(corpus: Path) -> dict[str, Post]:
    return read_corpus_posts(corpus, [*GPT55, GPT55_LIST, *CODEX_SECURITY], FILES)


def groups(posts: list[Post]) -> set[frozenset[str]]:
    return {frozenset(c.post_ids) for c in cluster_posts(posts, SETTINGS.stories)}


def test_a_launch_and_its_reactions_in_two_languages_are_one_story(corpus_posts: dict[str, Post]) -> None:
    launch = [corpus_posts[i] for i in GPT55]
    assert frozenset(GPT55) in groups(launch)
    # the announcement is the anchor; reactions and impressions join it on their subject
    assert announced(features_of(corpus_posts["x:2047376561205325845"])) == "gpt-5.5"
    assert subjects(features_of(corpus_posts["x:2047497035847491725"])) == ("gpt-5.5",)


def test_a_post_that_lists_several_products_is_about_none_of_them(corpus_posts: dict[str, Post]) -> None:
    listing = features_of(corpus_posts[GPT55_LIST])
    assert {"gpt-5.5", "claude-opus-4.7"} <= listing.specific
    assert "gpt-5.5" in subjects(listing) or not subjects(listing)
    assert announced(listing) in (None, "gpt-5.5")


def test_the_lead_is_the_owners_announcement(corpus_posts: dict[str, Post]) -> None:
    posts = [corpus_posts[i] for i in GPT55]
    now = max(p.created_at for p in posts) + timedelta(minutes=1)
    result = build_stories(posts, now=now, settings=SETTINGS)
    story = next(s for s in result.stories if "x:2047376561205325845" in s.post_ids)
    assert story.lead_id == "x:2047376561205325845"
    assert "announces gpt-5.5" in story.lead_reason and "the owner's account" in story.lead_reason


def test_a_branded_product_name_is_specific_and_merges_across_languages(corpus_posts: dict[str, Post]) -> None:
    assert "name:codex security" in extract_entities(corpus_posts["x:2082227259096944689"].text)
    assert "name:claude tag" in extract_entities("Claude Tag is available in beta today on Slack")
    # a plan, a model family or a sentence going on is not a product of the flagship
    assert not any(e.startswith("name:") for e in extract_entities("Claude Max users get Claude Opus 4.8 today"))
    assert frozenset(CODEX_SECURITY) in groups([corpus_posts[i] for i in CODEX_SECURITY])


def test_every_merge_and_the_lead_say_why(corpus_posts: dict[str, Post]) -> None:
    posts = [corpus_posts[i] for i in GPT55]
    now = max(p.created_at for p in posts) + timedelta(minutes=1)
    story = next(s for s in build_stories(posts, now=now, settings=SETTINGS).stories if len(s.post_ids) > 1)
    assert len(story.merge_log) == len(story.post_ids) - 1
    assert any("event(gpt-5.5" in line for line in story.merge_log)


PLUGS = {
    "x:2033189089315635310": "@petergyang: \"My job is to automate my job...\" Here's my new episode with @geoffintech",
    "x:2033551413729796250": "@petergyang: 5 incredibly 🔥 takes from my latest episode with @geoffintech ...",
    "x:2034276242317566107": "@alexalbert__: We're hosting a webinar today at 10am PT ...",
    "x:2062196620146651548": "@svlevine: Today (June 3), I'll be speaking at CVPR at the Test-Time Scaling ...",
    "x:2059684636125794808": "@GeminiApp: From the #GoogleIO stage ... join us for our next community event",
    # a book's sales blurb, one of its headings in styled letters (read in NFKC form), and one in plain letters
    "x:2062237472587669676": "@KirkDBorne: Data Without Labels ... 𝓦𝓱𝓪𝓽 𝓨𝓸𝓾 𝓦𝓲𝓵𝓵 𝓛𝓮𝓪𝓻𝓷: ...",
    "x:2058895710100021650": "@KirkDBorne: 2nd Edition, by @keithbourne v/ @PacktDataML ...",
    # a book with its publisher's account and nothing else of a blurb
    "x:2058895806694826347": "@KirkDBorne: \"Mastering PyTorch: Create and deploy deep learning ...\" via @PacktDataML",
    # an invitation to someone's event, an AMA, a stream starting, an interview
    "x:2077106008996929881": "@LangChain: Build more with LangSmith this summer. Join our Summer AMA Series ...",
    "x:2085556856311984150": "@MiniMax_AI: Going live with @ComfyUI on Aug 7 at 10am PT to put H3 through its paces",
    "x:2087246629124575511": "@a16z: ... In this conversation, Emilio Escobar joins a16z's Joel de la Garza ...",
    "x:2090897737982095678": "@togethercompute: ... Zain Hasan sits down with Kevin Cui and Austin Silveria ...",
}


def test_a_plug_by_one_author_is_never_picked(corpus: Path) -> None:
    posts = read_corpus_posts(corpus, [*PLUGS, "x:2047376561205325845"], FILES)
    now = max(p.created_at for p in posts.values()) + timedelta(minutes=1)
    # the plugs are weeks apart from the launch; each window is built on its own
    for pid in PLUGS:
        result = build_stories([posts[pid]], now=posts[pid].created_at + timedelta(minutes=1), settings=SETTINGS)
        assert result.stories and all(not s.selected for s in result.stories), pid
    launch = build_stories([posts["x:2047376561205325845"]], now=now, settings=SETTINGS)
    assert [s.selected for s in launch.stories] == [True]
    # a product "going live in the next few days" is launching, not streaming
    assert not PLUG.search("Exciting times ahead... @Zoho Agentic AI going live in the next few days.")


def test_one_figure_told_twice_is_one_item(corpus: Path) -> None:
    # DeepSeek-V4 released, told in Chinese and in English an hour apart: two stories (no shared
    # link or quote), one pick: both say "1.6T" and "284B" with the same kind of news
    ids = ("x:2047512873661018187", "x:2047523977548189868")
    posts = read_corpus_posts(corpus, ids, FILES)
    now = max(p.created_at for p in posts.values()) + timedelta(minutes=1)
    result = build_stories(list(posts.values()), now=now, settings=SETTINGS)
    assert len(result.stories) == 2 and sum(s.selected for s in result.stories) == 1
    # a bare number, or one with another unit, is no such sign ("300 people" is not "300 MW")
    other = read_corpus_posts(corpus, ["x:2090103470015828184", "x:2090113635683340622"], FILES)
    now = max(p.created_at for p in other.values()) + timedelta(minutes=1)
    assert all(s.selected for s in build_stories(list(other.values()), now=now, settings=SETTINGS).stories)


def test_a_post_relevant_only_through_its_author_is_no_story(corpus: Path) -> None:
    # @elonmusk is on the default source list, so the source prior clears relevance for anything he
    # posts; with no AI word of its own "Starship still floating in the ocean" is not AI news
    post = read_corpus_posts(corpus, ["x:2082340308680135085"], FILES)["x:2082340308680135085"]
    listed = source_weights(effective_sources(SETTINGS))
    verdict = judge_posts([post], SETTINGS.stories, known_authors=frozenset(k.lower() for k in listed))[post.id]
    assert verdict.relevant and verdict.signal == 0
    result = build_stories([post], now=post.created_at + timedelta(minutes=1), settings=SETTINGS,
                           source_weights=listed)
    assert not result.stories and [(d.post_id, d.reason) for d in result.dropped] == [(post.id, "off-topic")]


#: Chinese "now supports" posts nobody labelled: a product's new feature is release news, as the
#: English regex's "now supports" already says (kinds.toml, release)
NOW_SUPPORTS = {
    "x:2009569269860946018": "@fkysly: Gemini CLI 现在也支持 Skills 了",
    "x:2050029391758160378": "@fkysly: Codex 0.128.0 版本终于也支持了 ralph 拉尔夫循环",
    "x:2063105834570121719": "@NousResearch: Hermes Desktop 现已支持简体中文",
}


#: "X 支持 Y 了" (a change of state: X now supports Y), which no substring says (kinds.toml zh_re)
SUPPORTS_NOW = {
    "x:1943856766477058083": "@alanblogsooo: Claude Code 原生支持 Windows 了",
}
#: ... and what it must not read: "the supported exchanges" (支持的) followed by a 了 elsewhere
NOT_SUPPORTS_NOW = {"x:1944037934044524768": "@LeeMmai: 在6个支持的交易所里选了一个"}


def test_chinese_now_supports_reads_as_a_release(corpus: Path) -> None:
    posts = read_corpus_posts(corpus, [*NOW_SUPPORTS, *SUPPORTS_NOW, *NOT_SUPPORTS_NOW],
                              ("x-kit.jsonl", "follow-builders-x.jsonl"))
    assert set(posts) == {*NOW_SUPPORTS, *SUPPORTS_NOW, *NOT_SUPPORTS_NOW}
    for pid in (*NOW_SUPPORTS, *SUPPORTS_NOW):
        assert "release" in features_of(posts[pid]).kinds, pid
    for pid, said in NOT_SUPPORTS_NOW.items():
        assert "release" not in features_of(posts[pid]).kinds, said
    # approval ratings and "no longer supports" are no release either
    assert "release" not in detect_kinds("民主党的支持率为52%，比上月上升了4%")
    assert "release" not in detect_kinds("running_page 从今天开始不支持用我的 mapbox token 部署了")


#: English "now connects to / works with / runs on": a product gaining an integration (kinds.toml release)
NOW_CONNECTS = {
    "x:2061902688686887326": "@perplexity_ai: Perplexity now connects to Apple Health on iPhone",
    "x:2077782120232350205": "@levie: Box now works with Databricks",
}


def test_an_integration_reads_as_a_release(corpus: Path) -> None:
    posts = read_corpus_posts(corpus, NOW_CONNECTS, FILES)
    assert set(posts) == set(NOW_CONNECTS)
    for pid, post in posts.items():
        assert "release" in features_of(post).kinds, NOW_CONNECTS[pid]


def test_a_product_line_named_in_hyphenated_parts_is_a_versioned_entity(corpus: Path) -> None:
    # "MAI-Voice-2", "MAI-Transcribe-1.5": no family pattern knows MAI; the shape says it is a model
    posts = read_corpus_posts(corpus, ["x:2062610412974260279", "x:2062565738519371787"], FILES)
    assert "mai-voice-2" in extract_entities(posts["x:2062610412974260279"].text)
    assert "mai-transcribe-1.5" in extract_entities(posts["x:2062565738519371787"].text)
    # the versioned name is AI signal of the post's own (relevance.py VERSIONED_ENTITY_WEIGHT)
    assert score_post(posts["x:2062610412974260279"])[0] > 0
    # one hyphen is not the shape, and a known family keeps its own canonical name
    assert extract_entities("COVID-19 cases and the F-35 program") == frozenset()
    assert "claude-opus-4.7" in extract_entities("Claude-Opus-4.7 tops the board")


def test_runway_the_company_is_no_fashion_runway(corpus: Path) -> None:
    post = read_corpus_posts(corpus, ["x:2061895998545244342"], FILES)["x:2061895998545244342"]
    assert "Runway API" in post.text
    assert not any(hit.startswith("-") for hit in score_post(post)[1])
    assert any(hit.startswith("-") for hit in score_post(_text_post("the model walked the runway at fashion week"))[1])


def test_machine_learning_research_words_are_ai_words(corpus: Path) -> None:
    # @_akhaliq posts paper titles and nothing else: "DanceOPD  On-Policy Generative Field Distillation" has
    # no AI word the lexicon knew, so an AINews-cited paper was dropped as off-topic (2026-06-26)
    post = read_corpus_posts(corpus, ["x:2070532336886648899"], FILES)["x:2070532336886648899"]
    score, hits, _ = score_post(post)
    assert score >= SETTINGS.stories.relevance_threshold and {"on-policy", "generative"} <= set(hits)
    # how models are trained and sized: @askalphaxiv's "RubricEM: Meta-RL ... beyond Verifiable Rewards" (2026-07-06),
    # @OpenAI's "To preserve chain-of-thought (CoT) monitorability ..." (2025-12-19)
    for pid in ("x:2073875055897948505", "x:2001791131353542788"):
        trained = read_corpus_posts(corpus, [pid], FILES)[pid]
        assert score_post(trained)[0] >= SETTINGS.stories.relevance_threshold
    assert {"1.2b parameter", "27b parameters"} <= set(score_post(_text_post(
        "a 1.2B parameter model, then 27B parameters"))[1])
    # a distiller's distillation and an innovation's diffusion are context words only
    for text in ("ATH Vodka is refined through expert small-batch distillation", "the diffusion of innovations"):
        assert score_post(_text_post(text))[0] < SETTINGS.stories.relevance_threshold


def test_a_name_joined_to_another_word_by_a_hyphen_is_still_the_name(corpus: Path) -> None:
    # @gdb's "Black Hat talk ... the OpenAI-Hugging Face Incident" (2026-08-07) and @Alibaba_Qwen's "Let's create
    # with Qwen-Image-3.0-Pro on fal!" (2026-08-05) scored 0: a hyphen next to a name hid it from the lexicon
    ids = ("x:2085488217030266943", "x:2084856462434807977")
    posts = read_corpus_posts(corpus, ids, FILES)
    talk, hits, _ = score_post(posts[ids[0]])
    assert talk >= SETTINGS.stories.relevance_threshold and {"openai", "hugging face"} <= set(hits)
    assert score_post(posts[ids[1]])[0] >= SETTINGS.stories.relevance_threshold
    # a version after the hyphen stays the versioned name's (scored once, as the versioned entity)
    assert "claude" not in score_post(_text_post("we moved everything to claude-3 last year"))[1]


def test_a_labs_launch_saying_download_now_is_no_ad(corpus: Path) -> None:
    # @Zai_org's "Introducing ZCode, ... for GLM-5.2 ... Download now" and @NousResearch's "Qwen 3.8-Max ...
    # is now available in Hermes Agent at 20% off" were dropped as ads (AINews cited both; 2026-07, 08)
    ids = ["x:2072349453361557898", "x:2084680562300862514"]
    for post in read_corpus_posts(corpus, ids, FILES).values():
        assert not score_post(post)[2]
    # two promo phrases still make an ad, AI words or not
    ad = _text_post("Introducing GPT-5.5 prompts for marketers! Shop now and use code AI20 for 20% off")
    assert score_post(ad)[2]


def _text_post(text: str) -> Post:
    return Post(id="t:1", source_id="t", platform="x", author_handle="someone", author_name="", url="https://x.com",
                text=text, created_at=datetime.fromisoformat("2026-06-01T00:00:00+00:00"))


def test_a_listed_account_saying_something_shipped_is_kept(corpus: Path) -> None:
    # @cognition is on the default list; "Access to Windows VMs rolling out to customers" has no AI word
    # of its own but says a product shipped: a story (ranked after those with own-words signal). @sama's
    # post about an attack is an "incident" word in a listed account's chatter: still no story.
    ids = ("x:2057496144993726493", "x:2057515035472380237")
    posts = read_corpus_posts(corpus, ids, FILES)
    listed = source_weights(effective_sources(SETTINGS))
    for pid, kept in zip(ids, (True, False), strict=True):
        post = posts[pid]
        result = build_stories([post], now=post.created_at + timedelta(minutes=1), settings=SETTINGS,
                               source_weights=listed)
        assert bool(result.stories) is kept, pid
        if kept:
            assert not result.stories[0].selected  # no own-words AI signal: never picked (rank.has_signal)


def test_a_schedulers_queue_is_not_a_thread(corpus: Path) -> None:
    # @KirkDBorne's timeline posts one book every 15-19 s: "Computer Science Super Study Guide: Algorithms"
    # (no AI) then "Super Study Guide: Transformers & Large Language Models" 19 s later are two things
    queue = read_corpus_posts(corpus, ["x:2069187289138319698", "x:2069187372768751844"], FILES)
    posts = list(queue.values())
    result = build_stories(posts, now=max(p.created_at for p in posts) + timedelta(minutes=1), settings=SETTINGS)
    assert [s.post_ids for s in result.stories] == [("x:2069187372768751844",)]
    # a thread posted at once keeps its tail: "Full GPT-5.5 vibe check: <link>" seconds after the take
    thread = read_corpus_posts(corpus, ["x:2047388883823087633", "x:2047388895562842162"], FILES)
    posts = list(thread.values())
    result = build_stories(posts, now=max(p.created_at for p in posts) + timedelta(minutes=1), settings=SETTINGS)
    assert [set(s.post_ids) for s in result.stories] == [set(thread)]


def window_posts(corpus: Path, start: str, files: Sequence[str]) -> list[Post]:
    """Every post of these corpus files in the 4-hour window opening at `start` (ISO, +08:00)."""
    lo = datetime.fromisoformat(start)
    hi = lo + timedelta(hours=4)
    out: dict[str, Post] = {}
    for name in files:
        posts, _ = read_posts(corpus / name)
        out.update((p.id, p) for p in posts if lo <= p.created_at < hi)
    return list(out.values())


#: unlabelled windows (follow-builders with tuber0613, as the launch days are built) where a maker's own
#: announcement ("Meet MAI-Image-2.5", "We've released a new big-batch draft mode for V8.1") is picked only
#: because the rank counts announcement wording (rank.py "announces"); it displaced an opinion and an
#: event plug. Of the 8 swaps the part made in 360 such windows, 3 were better, 2 worse, 3 even.
ANNOUNCEMENT_PICKS = {
    "2026-05-27T00:00:00+08:00": "x:2059344061358563838",  # @MicrosoftAI: Meet MAI-Image-2.5 ...
    "2026-06-18T00:00:00+08:00": "x:2067292710063800483",  # @midjourney: We've released ... draft mode for V8.1
}


@pytest.mark.parametrize("start", sorted(ANNOUNCEMENT_PICKS))
def test_a_makers_announcement_is_picked_over_chatter(corpus: Path, start: str) -> None:
    posts = window_posts(corpus, start, ("follow-builders-x.jsonl", "x-kit-tuber0613.jsonl"))
    end = datetime.fromisoformat(start) + timedelta(hours=4)
    weights = source_weights(effective_sources(SETTINGS))
    result = build_stories(posts, now=end, settings=SETTINGS, source_weights=weights)
    story = next(s for s in result.stories if ANNOUNCEMENT_PICKS[start] in s.post_ids)
    assert story.score_parts["announces"] == 1.0
    assert story.selected


def test_someones_agents_are_ai_agents(corpus: Path) -> None:
    # "my/our/your agents" (plural): AI agents in every corpus post outside the labelled days that says it
    post = read_corpus_posts(corpus, ["x:2078664175828758939"], FILES)["x:2078664175828758939"]
    assert "my agents" in post.text
    assert score_post(post)[0] >= SETTINGS.stories.relevance_threshold
    # a lone agent of another trade is not
    assert score_post(_text_post("Our agents will help you find a home: open house this Sunday"))[0] < 1.0


def test_a_post_that_opens_with_a_name_is_about_it_however_many_it_names_next(corpus: Path) -> None:
    # "Opus 4.7 benchmarks colored by ranking. - ... CharXiv ... BrowseComp": three names up front, but
    # the first words are the subject; the reaction joins the launch it benchmarks (2026-04-16)
    ids = ("x:2044785272617939282", "x:2044791879557111902")
    posts = read_corpus_posts(corpus, ids, FILES)
    assert subjects(features_of(posts["x:2044791879557111902"])) == ("claude-opus-4.7",)
    assert frozenset(ids) <= next(g for g in groups(list(posts.values())) if ids[0] in g)


def test_of_two_names_at_one_place_the_longer_is_the_subject(corpus: Path) -> None:
    # "Introducing Qwen3.6-Plus" reads as "qwen3.6" and "qwen3.6-plus": the launch is Qwen3.6-Plus's, so
    # its thread's "(5/8) ... Qwen3.6-Plus is compatible with OpenClaw" joins it (2026-04-02)
    ids = ("x:2039705104723611829", "x:2039694871368540272")
    posts = read_corpus_posts(corpus, ids, FILES)
    assert announced(features_of(posts["x:2039705104723611829"])) == "qwen3.6-plus"
    assert frozenset(ids) in groups(list(posts.values()))


def test_a_product_with_a_dotted_version_is_a_specific_name(corpus: Path) -> None:
    # no pattern knows Meta's Muse Spark: "Muse Spark 1.1" is one name in @AIatMeta's launch and in
    # @garrytan's "Meta Muse Spark 1.1 ... turned out to be really good" (2026-07-09/10)
    posts = read_corpus_posts(corpus, ["x:2075221088821518394", "x:2075445455438385255"], FILES)
    for post in posts.values():
        assert "name:muse spark 1.1" in extract_entities(post.text)
    assert announced(features_of(posts["x:2075221088821518394"])) == "name:muse spark 1.1"
    # a licence, a sentence's first word and a family the patterns know are not such names
    assert extract_entities("Released under Apache 2.0") == frozenset()
    assert extract_entities("On FrontierCode 1.1, it scores 40") >= {"name:frontiercode 1.1"}
    assert not any(e.startswith("name:on") for e in extract_entities("On FrontierCode 1.1, it scores 40"))
    assert "claude-opus-4.7" in extract_entities("Claude Opus 4.7 is here") and not any(
        e.startswith("name:") for e in extract_entities("Claude Opus 4.7 is here"))


def test_a_version_written_with_its_series_letter_is_named_where_it_stands(corpus: Path) -> None:
    # "Kimi K2.6" is the entity kimi-k2.6 but was looked for as "kimi 2.6", so a post opening with it was
    # read as about what it named next: @NousResearch's "Kimi K2.6 is now available in Hermes Agent" as
    # Hermes Agent's, @xiongchun007's "开源模型 Kimi K2.6 实测成绩..." as DeepSearchQA's; both join Kimi's
    # launch-partner announcement now (2026-04-20, found by a check for two picks sharing a name, 48 -> 44
    # of 927 unlabelled windows)
    ids = ("x:2046272319191150749", "x:2046300755683098910", "x:2046266314382245925")
    posts = read_corpus_posts(corpus, ids, FILES)
    for pid in ids:
        assert subjects(features_of(posts[pid]))[0] == "kimi-k2.6"
    assert frozenset(ids) in groups(list(posts.values()))
    # the letter is the series' own: DeepSeek V4 is deepseek-4, MiniMax M2.7 is minimax-m2.7
    assert _name_at("deepseek-4-pro", "deepseek v4 pro is out") == 0
    assert _name_at("minimax-m2.7", "try minimax m2.7 today") == 4


def test_claudes_fable_and_mythos_tiers_are_versioned_models(corpus: Path) -> None:
    # "Claude Fable 5" (145 corpus posts by 43 accounts outside the labelled days) was read as plain
    # "Claude", so @karpathy's "This is a super exciting release - Claude Fable 5 ..." and @bcherny's
    # "Fable 5 is the biggest step up ... since Opus 4.5" shared only Opus 4.5 and stayed apart (2026-06-09)
    ids = ("x:2064409694761054332", "x:2064431111154053187")
    posts = read_corpus_posts(corpus, ids, FILES)
    for pid in ids:
        assert "claude-fable-5" in features_of(posts[pid]).specific
    assert frozenset(ids) in groups(list(posts.values()))
    assert "claude-mythos-5" in extract_entities("we intend to expand access to Mythos 5 through a program")


def test_a_footnote_behind_an_emoji_continues_its_thread(corpus: Path) -> None:
    # @Kimi_Moonshot's Kimi-K2.7-Code launch, then 8 minutes later "🔗 Weights & code: <link>" (2026-06-12):
    # the label behind the emoji reads as a footnote, as "Weights & code:" would
    launch = ("x:2065377579130142937", "x:2065377583290814828", "x:2065379671039189317")
    posts = read_corpus_posts(corpus, launch, FILES)
    assert features_of(posts["x:2065379671039189317"]).continuation
    assert frozenset(launch) in groups(list(posts.values()))
    # "More on <it>:" and "Or <another way to try it>" open a footnote as "More details:" and "And" do: @NousResearch's
    # faster web search (2026-06-30) and its FLUX 3 Preview post (2026-07-31)
    footnotes = (("x:2071974594961977727", "x:2071974809609605224"), ("x:2082911477904654741", "x:2082913325206184291"))
    for pair in footnotes:
        posts = read_corpus_posts(corpus, pair, FILES)
        assert features_of(posts[pair[1]]).continuation
        assert frozenset(pair) in groups(list(posts.values()))
    # a conjunction behind an emoji is not one: "🫖 @BraceSproul and @jakebroekhuizen spill the tea on open source
    # models" is a new post by @LangChain 30 minutes after another, not its footnote (2026-06-12)
    apart = ("x:2065524751737532525", "x:2065532197885383001")
    posts = read_corpus_posts(corpus, apart, FILES)
    assert not features_of(posts["x:2065532197885383001"]).continuation
    assert frozenset(apart) not in groups(list(posts.values()))


def test_an_owner_saying_our_latest_model_or_we_added_announces_it(corpus: Path) -> None:
    # @GoogleDeepMind's "Say hello ... to Gemini 3.5 Live Translate: our latest audio model" and @googleaidevs'
    # "Our latest audio model, Gemini 3.5 Live Translate, ..." five minutes later are one launch (2026-06-09)
    pair = ("x:2064366504745828689", "x:2064367734146715837")
    posts = read_corpus_posts(corpus, pair, FILES)
    assert all("release" in detect_kinds(p.text) for p in posts.values())
    assert frozenset(pair) in groups(list(posts.values()))
    # "We've added Kimi K3 to Perplexity" is an integration shipped (2026-07-29); "our latest thinking" is no model
    added = read_corpus_posts(corpus, ["x:2082188732585972120"], FILES)["x:2082188732585972120"]
    assert "release" in detect_kinds(added.text)
    assert "release" not in detect_kinds("Here is our latest thinking on agents")


def test_a_version_written_bare_is_the_model_launched_in_the_window(corpus: Path) -> None:
    # @databricks' "Gemini 3.6 Flash is now available on Databricks!" and @joshwoodward's "... built an interactive
    # math art generator using the new 3.6 Flash model" (2026-07-22): "3.6 Flash" is how the namers write it too
    spelled = ("x:2079598684455551326", "x:2079614730034127100")
    posts = read_corpus_posts(corpus, spelled, FILES)
    clusters = cluster_posts(list(posts.values()), SETTINGS.stories)
    joined = next(c for c in clusters if frozenset(spelled) <= frozenset(c.post_ids))
    assert any("shorthand(3.6 flash = gemini-3.6-flash)" in line for line in joined.merge_log)
    # @fkysly's "Claude Code 也更新了！... v2.1.111 版本，4.7 可以跑了" beside @claudeai's "Claude Opus 4.7 is available
    # today" (2026-04-16): a version alone joins the model's announcement in the window ...
    bare = ("x:2044785272617939282", "x:2044801432772284627")
    posts = read_corpus_posts(corpus, bare, FILES)
    assert frozenset(bare) in groups(list(posts.values()))
    # ... and nothing else: beside a post that names GPT-5.6 without announcing it (@thsottiaux on file deletions,
    # 2026-07-16), @steipete's "Mostly true, 5.6 is relentless." stays apart
    aside = ("x:2077630111499882637", "x:2077614430658191825")
    posts = read_corpus_posts(corpus, aside, FILES)
    assert frozenset(aside) not in groups(list(posts.values()))


def test_a_number_that_is_no_version_is_not_read_as_one() -> None:
    assert bare_versions("so fun to see the reception to 5.5!") == [("5.5", "")]
    assert bare_versions("5.6 sol growth is insane.") == [("5.6", "sol")]
    assert bare_versions("Mostly true, 5.6 is relentless.") == [("5.6", "")]  # "is" says nothing of which model
    # quantities, prices, another name's version, a range read back to names said before, "X.0"
    assert bare_versions("estimates GPT-style model capacity at about 3.6 bits per parameter") == []
    assert bare_versions("is at a >4.5 quadrillion run rate, up $1.5 and 2.5%") == []
    assert bare_versions("works with Python 3.11 and Node 22.1") == []
    assert bare_versions("Claude Opus and Fable outputs from versions 4.5 to 5") == []
    assert bare_versions("要从一个历史项目中把某个业务模块 1.0 重构为 2.0") == []


def test_bare_versions_are_found_as_by_the_regex_they_were() -> None:
    """`_BARE_VERSION` runs written from its first digit, behind a digit-dot-digit test: the same matches and
    groups as its plain form (the look-behind first, every text with a dot scanned), with every neighbour the
    look-behind must refuse, at the start of a text and after one."""
    import re

    from newsdesk.stories import cluster

    plain = re.compile(r"(?<![\w.$€£¥/#:+<>~≈-])(\d{1,2}\.\d{1,2})(?![\d%]|\.\d|[-\w/×x])(?:[ \t]+([A-Za-z][\w-]*))?")
    befores = ["", " ", "a", "1", "١", "中", "_", *"\t.$€£¥/#:+<>~≈-(", "v ", "GPT "]
    for before in befores:
        for number in ("5.5", "12.34", "123.4", "5.", ".5", "4.7.1", "1.0", "٣.٥", "5 .5"):
            for after in ("", " sol", "%", "x", "-", " 3.6 bits", ". 4.6 flash", "\t\tpro", "/"):
                for text in (before + number + after, "see " + before + number + after):
                    ours = [(m.span(), m.groups()) for m in cluster._BARE_VERSION.finditer(text)
                            if cluster._DIGIT_DOT_DIGIT.search(text)]
                    assert ours == [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_texts_holding_a_needle_are_found_as_one_by_one() -> None:
    """`cluster._holding` (texts joined in blocks, needles found with `str.find`) answers as `any(n in text ...)`
    per text: texts holding a needle at their start, end, twice, across what would be a neighbour's edge, a
    character that lowers to two ("İ") or to ASCII (the Kelvin sign), a final sigma, a NUL of its own, blocks
    of every fill."""
    from newsdesk.stories import cluster

    pieces = ["", "opus", "Opus", "OPUS 5", "x opus", "op", "us", "fable\0", "\0fable", "İmage", "agİ", "\u212aimi",
              "ΟΔΟΣ opus", "ΟΔΟΣ", "Σ", "σ", "mythos mythos", "中文 Fable", "no", "😀 agi", "edit", " "]
    texts = [a + b for a in pieces for b in pieces]
    for needles in (["agi", "fable", "image", "opus", "kimi", "σ"], ["opus"], ["us op"], ["5.6", "4.7"], ["ς"]):
        for lower in (False, True):
            expected = [k for k, text in enumerate(texts)
                        if any(n in (text.lower() if lower else text) for n in needles)]
            for block in (1, 3, 64, 4096):
                cluster._HOLDING_BLOCK, kept = block, cluster._HOLDING_BLOCK
                try:
                    assert cluster._holding(texts, needles, lower=lower) == expected, (needles, lower, block)
                finally:
                    cluster._HOLDING_BLOCK = kept


def test_a_name_is_found_where_its_regex_found_it() -> None:
    """`_name_at` finds a name's parts by hand where it compiled a regex of them: the same place as that
    regex's search, for names with and without a version, before and after every separator it allows."""
    import re

    from newsdesk.stories import cluster

    def plain(entity: str, low: str) -> int:
        parts = cluster._NAME_PART.findall(entity.removeprefix("name:"))
        if not parts:
            return -1
        digit = next((k for k, part in enumerate(parts) if part[0].isdigit()), None)
        if not digit:
            regex = re.compile(r"[\s_-]*".join(re.escape(w) for w in parts))
        else:
            regex = re.compile(re.escape(parts[digit - 1]) + r"[\s_-]*[a-z]?" + re.escape(parts[digit]))
        m = regex.search(low)
        return m.start() if m else -1

    entities = ["claude-opus-4.8", "deepseek-4-pro", "minimax-m2.7", "kimi-k2.6", "gpt-5.5", "name:claude tag",
                "name:codex security cli", "qwen3.6-plus", "name:通义千问", "sora-2", "4.5", "name:-", "o3"]
    seps = ["", " ", "-", "_", " - ", "\t\n", "\u3000", ".", "/", "x", "k", "kk", "K", "中"]
    for entity in entities:
        parts = cluster._NAME_PART.findall(entity.removeprefix("name:")) or [entity]
        for sep in seps:
            for before in ("", "the ", "opus ", "a", "4"):
                for after in ("", " ", "5", "-pro"):
                    spelled = sep.join(parts)
                    for low in (before + spelled + after, before + spelled[:-1] + after + " " + spelled,
                                spelled.replace(parts[0], parts[0] + sep + parts[0], 1)):
                        assert cluster._name_at(entity, low) == plain(entity, low), (entity, low)


def test_a_version_beside_another_of_its_family_is_a_comparison(corpus: Path) -> None:
    # @bentossell: "i've enjoyed chatting with grok 4.5 this week  4.6 feels similar" names Grok 4.5: its bare 4.6
    # compares, and is no shorthand of @cognition's "Grok 4.6 is now available in Devin" hours earlier (2026-08-12)
    pair = ("x:2087579582492987881", "x:2087628489608335596")
    posts = read_corpus_posts(corpus, pair, FILES)
    grok = features_of(posts["x:2087628489608335596"])
    assert "grok-4.5" in grok.specific
    assert ("4.6", "feels") in bare_versions(own_text(grok.post.text))
    assert announced(features_of(posts["x:2087579582492987881"])) == "grok-4.6"
    logs = [line for c in cluster_posts(list(posts.values()), SETTINGS.stories) for line in c.merge_log]
    assert not any("shorthand" in line for line in logs)


def test_a_name_typed_with_a_unicode_hyphen_is_the_same_name(corpus: Path) -> None:
    # @btaylor: "Previewing GPT‑5.6 Sol" with U+2011, the non-breaking hyphen (2026-06-26); OpenAI's own posts do it
    # too (12 corpus posts outside the labelled days, 9 accounts, write a model's name with U+2010 or U+2011)
    posts = read_corpus_posts(corpus, ["x:2070575235989156090"], FILES)
    assert "\u2011" in posts["x:2070575235989156090"].text
    assert "gpt-5.6" in extract_entities(posts["x:2070575235989156090"].text)


def test_a_claude_tier_written_after_its_version_is_the_same_model(corpus: Path) -> None:
    # Anthropic's own order until Claude 4 ("Claude 3.5 Sonnet") and users' since: 11 corpus posts by 8 accounts outside
    # the labelled days write the tier after the version (@deedydas's "Claude 5 Fable (Ultracode)", 2026-06-12;
    # @UnslothAI's "distilled data from Claude-4.6-Opus (reasoning)", 2026-03-30)
    posts = read_corpus_posts(corpus, ["x:2065456678154428809", "x:2038625148354679270"], FILES)
    assert "claude-fable-5" in extract_entities(posts["x:2065456678154428809"].text)
    assert "claude-opus-4.6" in extract_entities(posts["x:2038625148354679270"].text)
    assert "claude-sonnet-3.5" in extract_entities("In early 2025, Claude 3.5 Sonnet reached 49% on SWE-bench Verified")
    assert "claude-4" in extract_entities("Claude 4 is here")  # no tier after it: the version alone


AGAIN = "x:2072163884430229756"  # @AnthropicAI, 2026-07-01: "Claude Fable 5 will be available again globally tomorrow."


def test_a_model_line_named_without_its_version_joins_its_announcement(corpus: Path) -> None:
    # 6 minutes after @AnthropicAI's "available again", @petergyang: "What does this mean btw? After I hit 50% weekly
    # usage Fable is no longer available" names the line alone
    posts = read_corpus_posts(corpus, [AGAIN, "x:2072165346476511583"], FILES)
    clusters = cluster_posts(list(posts.values()), SETTINGS.stories, strong_only=frozenset({"x:2072165346476511583"}))
    joined = next(c for c in clusters if AGAIN in c.post_ids)
    assert "x:2072165346476511583" in joined.post_ids
    assert any("line(Fable = claude-fable-5" in line for line in joined.merge_log)


def test_a_model_line_named_before_its_announcement_or_beside_a_version_stays_apart(corpus: Path) -> None:
    # Beside only the later "available again globally tomorrow", @petergyang's alarm post came 3.5 hours before it:
    # the line as it was then, not that news; @levie's "Things seem to be ending up in a better spot with Fable, and
    # presumably GPT-5.6 ..." names a version as well: about that model or a comparison, so the line says nothing
    ids = (AGAIN, "x:2072111311396438410", "x:2072172275017879829")
    posts = read_corpus_posts(corpus, ids, FILES)
    assert "gpt-5.6-next" in features_of(posts["x:2072172275017879829"]).specific
    logs = [line for c in cluster_posts(list(posts.values()), SETTINGS.stories) for line in c.merge_log]
    assert not any("line(" in line for line in logs)


def test_a_models_api_is_the_models_news_not_a_product_of_its_own(corpus: Path) -> None:
    # "GLM-5.3 API is now live" (@Zai_org, 2026-08-19), "Kimi K2.6 API is live": 22 corpus posts by 10 accounts outside
    # the labelled days name a versioned model's interface so; its subject is the model
    posts = read_corpus_posts(corpus, ["x:2089816129011098048"], FILES)
    glm = features_of(posts["x:2089816129011098048"])
    assert "glm-5.3" in glm.specific and not any(e.endswith(" api") for e in glm.specific)
    assert subjects(glm)[0] == "glm-5.3"
    assert not any(e.endswith(" api") for e in extract_entities("📢 Kimi K2.6 API is live"))


def test_a_launch_announced_before_the_window_holds_the_windows_posts_about_it(corpus: Path) -> None:
    # 2026-04-25 08:00-12:00, a day and a half after @OpenAI's "Introducing GPT-5.5": @manateelazycat's
    # "GPT 5.5 王者回归" and @steipete's "GPT 5.5 is definitely a step up in the character game" are the launch's
    # follow-ups, one item
    launch = read_corpus_posts(corpus, ["x:2047376561205325845"], FILES)["x:2047376561205325845"]
    before = announcements([launch])
    assert before == {"gpt-5.5": launch.created_at}
    pair = ("x:2047836035669954968", "x:2047871519762567468")
    posts = read_corpus_posts(corpus, pair, FILES)
    assert frozenset(pair) not in groups(list(posts.values()))  # neither announces: apart without the launch
    joined = next(c for c in cluster_posts(list(posts.values()), SETTINGS.stories, before=before)
                  if pair[0] in c.post_ids)
    assert pair[1] in joined.post_ids
    assert any("event(gpt-5.5" in line and "before the window" in line for line in joined.merge_log)
    # 2026-06-11 04:00-08:00, a day after Claude Fable 5's launch (2026-06-09 17:08 UTC): @arena's "Claude Fable 5 by
    # @AnthropicAI leads by the widest margins" names it in full, @trq212's "how I used Fable to edit its own launch
    # video" names the line: the window's first post naming the model stands for the launch
    pair = ("x:2064807174442996098", "x:2064826394589442448")
    posts = read_corpus_posts(corpus, pair, FILES)
    fable = {"claude-fable-5": datetime(2026, 6, 9, 17, 8, tzinfo=UTC)}
    joined = next(c for c in cluster_posts(list(posts.values()), SETTINGS.stories, before=fable)
                  if pair[0] in c.post_ids)
    assert pair[1] in joined.post_ids
    assert any("line(Fable = claude-fable-5" in line for line in joined.merge_log)


def test_a_story_of_a_few_words_naming_nothing_is_not_picked(corpus: Path) -> None:
    # @kevinweil's "This is the right take." quoting a post the window does not hold (2026-03-16): an item could only
    # say that he shared a link, so it is kept as a story but not picked (104 such one-post stories outside the labelled
    # days; in 891 unlabelled windows 53 fewer picks, one digest-cited tweet among them)
    post = read_corpus_posts(corpus, ["x:2033286513904226568"], FILES)["x:2033286513904226568"]
    sources = effective_sources(SETTINGS)
    result = build_stories([post], now=post.created_at + timedelta(minutes=1), settings=SETTINGS,
                           source_weights=source_weights(sources), houses=source_houses(sources))
    assert result.stories and has_signal(result.stories[0]) and not result.stories[0].selected
    # a few words that name a model, a figure or news say something: "GPT-5.6 is here", "3.7 Flash : )"
    assert _empty_words("This is the right take.", NO_FACTS)
    assert not _empty_words("GPT-5.6 is here", NO_FACTS)
    assert not _empty_words("3.7 Flash : )", NO_FACTS)
    assert not _empty_words("Now open-sourced!", NO_FACTS)


def test_a_version_named_first_is_the_subject_of_the_places_it_runs(corpus: Path) -> None:
    # @arena's "Test out Grok 4.5 in Battle Mode and Agent Mode" names three things up front, but only one version:
    # the modes are where it runs, so it joins @rauchg's "Grok 4.5 now available to all Vercel customers" like
    # @ryolu_'s "try Grok 4.5 in Cursor" (2026-07-08)
    launch, modes, cursor = "x:2074920996201796067", "x:2074933777273594131", "x:2074951992884244606"
    posts = read_corpus_posts(corpus, (launch, modes, cursor), FILES)
    assert subjects(features_of(posts[modes])) == ("grok-4.5",)
    assert frozenset((launch, modes, cursor)) in groups(list(posts.values()))
    # two versions named are not one thing and its places: "1. GPT-5.5 2. Claude Opus 4.7" keeps both
    assert subjects(features_of(read_corpus_posts(corpus, [GPT55_LIST], FILES)[GPT55_LIST])) != ("gpt-5.5",)


def assert_one_story(corpus: Path, ids: Sequence[str], why: str) -> None:
    """The corpus posts `ids`, clustered alone, are one story whose merge log says `why`."""
    posts = read_corpus_posts(corpus, ids, FILES)
    joined = next(c for c in cluster_posts(list(posts.values()), SETTINGS.stories) if ids[0] in c.post_ids)
    assert frozenset(ids) == frozenset(joined.post_ids)
    assert any(why in line for line in joined.merge_log)


def test_a_versioned_name_written_in_lower_case_is_the_name(corpus: Path) -> None:
    # @alexandr_wang's "1/ muse spark 1.2 is a very strong multimodal model" beside @AIatMeta's post on Muse Spark
    # 1.2 minutes later (2026-08-20): the name written whole in lower case is the name, not a bare version
    assert_one_story(corpus, ("x:2090485261629354352", "x:2090485743034716420"), "lower-case(name:muse spark 1.2)")


def test_a_list_shares_names_by_chance(corpus: Path) -> None:
    # @deedydas' "stacked day for AI news ... 1. GPT 5.6 Sol ..." and @nikunj's "this week's model release
    # situation" (2026-07-09/10) each name seven or more families; sharing four of them is what lists do, so the
    # second shared name adds nothing and the pair has no entity evidence (tier 8)
    ids = ("x:2075108785643987447", "x:2075411514773967261")
    posts = read_corpus_posts(corpus, ids, FILES)
    evidence = gather_evidence(list(posts.values()), SETTINGS.stories)
    assert not [line for tier, _, _, line in evidence.weak if tier == 8 and line.startswith("entity(")]


def test_two_accounts_naming_each_other_within_the_hour_tell_one_thing(corpus: Path) -> None:
    # @togethercompute's "Going live now with @MiniMax_AI" and @MiniMax_AI's "we're live now ... Inside M3 with
    # @togethercompute" two minutes later (2026-06-02): one livestream, told by both
    assert_one_story(corpus, ("x:2061613292028612654", "x:2061613774562635978"),
                     "mutual(@minimax_ai <-> @togethercompute")


def test_a_quote_of_an_announcement_before_the_window_is_about_what_it_announced(corpus: Path) -> None:
    # 2026-07-08 12:00-16:00 (Shanghai): @OpenAI's "GPT-5.6 Sol, along with Terra and Luna, will launch publicly this
    # Thursday" came at 11:59, before the window; @sama's "GPT-5.6 sol launches thursday!" names it, @petergyang's
    # "So what is the qualification criteria for folks to get early access ..." quotes it without naming it: one item
    launch = read_corpus_posts(corpus, ["x:2074704958419792299"], FILES)["x:2074704958419792299"]
    quoted = announcing_posts([launch])
    assert quoted == {launch.id: ("gpt-5.6", launch.created_at)}
    pair = ("x:2074709023807664454", "x:2074733842230108672")
    posts = read_corpus_posts(corpus, pair, FILES)
    assert frozenset(pair) not in groups(list(posts.values()))
    joined = next(c for c in cluster_posts(list(posts.values()), SETTINGS.stories, before=announcements(quoted),
                                           quoted=quoted) if pair[0] in c.post_ids)
    assert pair[1] in joined.post_ids
    assert any(f"quoting its announcement {launch.id}" in line for line in joined.merge_log)


def story_of(stories: Sequence[Story], pid: str) -> frozenset[str]:
    return next(frozenset(s.post_ids) for s in stories if pid in s.post_ids)


@pytest.mark.parametrize(("start", "first", "later"), [
    # @KirkDBorne's queue (2026-06-23): "The Self-Taught Cloud Computing Engineer" and, 20 minutes and a dozen
    # books later, "Data Engineering with Google Cloud Platform" both name Google Cloud: two books, not a follow-up
    ("2026-06-23T04:00:00+08:00", "x:2069187598195573196", "x:2069192553547616668"),
    # @fkysly (2026-04-15): Opus 4.7 "may ship this week", then, after other posts, Opus 4.6's reasoning adjusted
    ("2026-04-15T12:00:00+08:00", "x:2044269109869748274", "x:2044283560170004777"),
])
def test_an_account_streaming_items_names_a_product_again_by_chance(
        corpus: Path, start: str, first: str, later: str) -> None:
    posts = window_posts(corpus, start, FILES)
    result = build_stories(posts, now=datetime.fromisoformat(start) + timedelta(hours=4), settings=SETTINGS)
    assert later not in story_of(result.stories, first)


def test_a_follow_up_with_little_between_still_joins(corpus: Path) -> None:
    # @thsottiaux (2026-07-19): "ChatGPT Work is for ✅ Creating and hosting sites ..." and, 19 minutes later with
    # at most FOLLOW_UP_BETWEEN of his posts between, "What I just dictated into ChatGPT Work": one item
    start = "2026-07-19T12:00:00+08:00"
    posts = window_posts(corpus, start, FILES)
    result = build_stories(posts, now=datetime.fromisoformat(start) + timedelta(hours=4), settings=SETTINGS)
    joined = next(s for s in result.stories if "x:2078697631019303273" in s.post_ids)
    assert "x:2078702412085498087" in joined.post_ids
    assert any("follow-up(chatgpt work" in line for line in joined.merge_log)


def test_a_common_noun_written_like_a_brand_is_no_name() -> None:
    # "eBook" reads like "iPhone" to the CamelCase pattern; 118 corpus posts by five accounts use it for any book
    assert not {e for e in extract_entities("[Download 496-page PDF eBook] Applied Causal Inference") if "ebook" in e}
    assert "name:deploygraph" in extract_entities("DeployGraph ships a new dashboard")


def test_a_labs_model_line_named_with_its_flagship_is_one_product(corpus: Path) -> None:
    # Meta's models are "Muse <Name>" (26 corpus posts outside the labelled days, 10 accounts): @mervenoyann's "Meta
    # released Muse Glimmer 30B" and @UnslothAI's "2-bit Muse Glimmer GGUF" (2026-08-10) name one specific product
    ids = ("x:2086768482926957055", "x:2086814102484398290")
    posts = read_corpus_posts(corpus, ids, FILES)
    assert all("name:muse glimmer" in features_of(posts[i]).specific for i in ids)
    assert "name:muse" not in extract_entities("Muse Spark 1.1 is out")  # the flagship alone names no product


def test_a_name_with_its_version_stands_where_its_first_word_does(corpus: Path) -> None:
    # @AIatMeta (2026-07-09): "We're excited to introduce Muse Spark 1.1, a significant upgrade from the first Muse
    # Spark model": "Muse Spark 1.1" and "Muse Spark" start at one place, and the longer is the subject
    post = read_corpus_posts(corpus, ["x:2075221088821518394"], FILES)["x:2075221088821518394"]
    assert subjects(features_of(post))[0] == "name:muse spark 1.1"


def test_nvidias_nemotron_line_takes_a_version(corpus: Path) -> None:
    # "Nemotron 3 Ultra" (36 corpus posts outside the labelled days name a Nemotron version, 17 accounts): @LangChain's
    # "We tuned the harness for @NVIDIAAI Nemotron 3 Ultra" and "Inside the @NVIDIA NemoClaw Deep Agents Blueprint:
    # ✅ Nemotron 3 Ultra: ..." (2026-07-09) are one thing; "Nemotron3.5" is written glued too
    assert_one_story(corpus, ("x:2074889720308339025", "x:2074903205280919598"), "event(nemotron-3-ultra")
    assert "nemotron-3.5" in extract_entities("NVIDIA released Nemotron3.5 Lightning")
