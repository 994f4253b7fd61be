"""Text facts: what every stage, and the writer, asks of a post's text, answered in one place.

Relevance, dedup, clustering, ranking and the writer ask the same few questions ("what does it
say once links and decoration are gone?", "which URL is this really?", "which model or product
does it name?", "is it a launch, a paper, a deal?"); answering them here keeps them consistent
with each other. One module per job:

* `normal`: normalised text (`strip_urls`, `own_text`, `normalise`, `words`, `shingles`, `fold`,
  `post_body`, `body_of`);
* `gate`: the literal gate and gated alternations (`LiteralGate`, `GATE`, `Alternation`,
  `required_literals`, `split_alternatives`);
* `links`: canonical URLs and link keys (`canonical_url`, `link_keys`, arXiv/GitHub/HF ids);
* `entities`: versioned models, aliases, product names (`extract_entities`, `is_specific`);
* `kinds`: news kinds (`detect_kinds`);
* `lexicon`: the loader of the lexicons kept as data in `data/*.toml` (the relevance lexicon,
  entity aliases, the one vocabulary of news kinds), each entry commented with what it is for.

Everything here is pure and works for English, Chinese and mixed text; Chinese has no word
boundaries, so matching is done on characters where a word regex would fail. It sits below
`stories/` and `writer/` and imports neither.
"""
