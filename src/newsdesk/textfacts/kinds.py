"""News kinds: does a text read as a release, a paper, a deal, a policy move, an incident...?

Detected per post from English and Chinese wording; shared kinds are supporting evidence in
clustering, a ranking input, and what the Chinese headline templates key on.
"""

from __future__ import annotations

import functools
import re

from newsdesk.textfacts.gate import GATE, Alternation
from newsdesk.textfacts.normal import strip_urls

#: kind -> (English regex, Chinese substrings). Detected per post; shared kinds are supporting
#: evidence in clustering ("LiteLLM" + "attack" in both) and a ranking input.
NEWS_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "release": (
        r"\b(?:releas(?:e|ed|es|ing)|launch(?:ed|es|ing)?|introduc(?:e|ed|es|ing)|announc(?:e|ed|es|ing)|"
        r"unveil(?:s|ed)?|ships?|shipped|is (?:now )?(?:out|live|available)|now (?:available|live|supports?)|"
        r"rolling out|rolls? out|open[- ]sourc(?:e|ed|es|ing)|new in|available (?:now|today)|"
        r"just dropped|debuts?|v\d+\.\d+)\b",
        ("发布", "推出", "上线", "开源了", "官宣", "正式开放", "新增", "上架", "亮相", "问世"),
    ),
    "paper": (
        r"\b(?:paper|arxiv|preprint|technical report|tech report|we propose|state[- ]of[- ]the[- ]art|"
        r"benchmark|sota)\b",
        ("论文", "技术报告", "基准", "榜单", "评测"),
    ),
    "funding": (
        r"\b(?:raises?|raised|funding|series [a-f]|seed round|valuation|valued at|investment|invests?|"
        r"acquir(?:e|es|ed|ing)|acquisition|merg(?:e|es|ed|er)|execuhire|acqui-?hire|ipo)\b",
        ("融资", "估值", "收购", "并购", "投资", "上市", "合并"),
    ),
    "policy": (
        r"\b(?:regulat(?:e|ion|ions|ory)|policy|law|bill|congress|senate|executive order|white house|"
        r"ban(?:s|ned)?|export controls?|approv(?:e|es|ed)|lawsuit|sues?|sued|court|ruling|eu ai act|"
        r"action plan)\b",
        ("政策", "监管", "法规", "法案", "禁令", "出口管制", "批准", "诉讼", "起诉", "白宫", "国会"),
    ),
    "incident": (
        r"\b(?:attack|compromised|breach|vulnerabilit(?:y|ies)|exploit|malware|leak(?:ed)?|outage|"
        r"supply[- ]chain|backdoor|bug|broke|broken|down)\b",
        ("攻击", "投毒", "漏洞", "泄露", "宕机", "故障", "中招", "被黑"),
    ),
    "shutdown": (
        r"\b(?:shut(?:s|ting)? down|shutdown|sunset(?:ting)?|discontinu(?:e|ed|ing)|is dead|goodbye|"
        r"deprecat(?:e|ed|ing)|winding down)\b",
        ("关闭", "停止服务", "下线", "停运", "关停"),
    ),
    "pricing": (
        r"\b(?:pricing|price|plan|plans|subscription|credits?|limits?|free|quota|rate limits?)\b",
        ("价格", "定价", "订阅", "限额", "额度", "免费", "降价", "涨价", "套餐"),
    ),
}
#: (each a word-bounded alternation, run with only the branches a text can match)
_KIND_ALT = {kind: Alternation(("kind", kind), r"\b", pattern.removeprefix(r"\b(?:").removesuffix(r")\b"), r"\b", re.I)
             for kind, (pattern, _) in NEWS_KINDS.items()}
assert all(alt.regex.pattern == NEWS_KINDS[kind][0] for kind, alt in _KIND_ALT.items())


@functools.lru_cache(maxsize=1 << 18)
def detect_kinds(text: str) -> frozenset[str]:
    """News kinds a post's text reads as (release, paper, funding, policy, incident, ...)."""
    gated = GATE.scan(text)
    plain = strip_urls(text)
    kinds = set()
    for kind, alt, zh_key, zh in _KINDS_KEYED:
        if (alt.key in gated and alt.pattern(gated).search(plain)) or (  # type: ignore[union-attr]
                zh_key in gated and any(term in plain for term in zh)):
            kinds.add(kind)
    return frozenset(kinds)


for _kind, (_, _zh) in NEWS_KINDS.items():
    GATE.add(("kind-zh", _kind), _zh)
_KINDS_KEYED = tuple((kind, _KIND_ALT[kind], ("kind-zh", kind), zh) for kind, (_, zh) in NEWS_KINDS.items())
