"""The quick subset of issue 12's fault matrix (`benchmarks/fault_matrix.py`), so CI keeps it.

The matrix drives only the installed `newsdesk` command in subprocesses against loopback fakes and judges from
outside (exit codes, streams, the store file, the Markdown, site and feed files, what the fake channel took).
The full run (196 cases, ~9.5 min on 2 shared cores) is `python benchmarks/fault_matrix.py`; here one or two
cases of every class run (~30 s). The judge itself is tested too, so that "0 unsafe outputs" means something.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent


def _matrix() -> ModuleType:
    if "fault_matrix" in sys.modules:
        return sys.modules["fault_matrix"]
    spec = importlib.util.spec_from_file_location("fault_matrix", REPO / "benchmarks" / "fault_matrix.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fault_matrix"] = module
    spec.loader.exec_module(module)
    return module


def test_the_quick_subset_of_the_fault_matrix_holds() -> None:
    matrix = _matrix()
    if not matrix.NEWSDESK:
        pytest.skip("the newsdesk command is not installed in this environment")
    every_class = {klass for klass, *_ in matrix.CASES}
    results = matrix.run_matrix(quick=True, jobs=2)
    assert {r.klass for r in results} == every_class  # one case or more of every class
    failed = [f"{r.klass}: {r.name}: {'; '.join(r.why)}" for r in results if not r.passed]
    assert not failed, "\n".join(failed)
    line = matrix.summary_line(results)
    assert line.endswith("lost posts: 0; duplicate pushes: 0; unsafe outputs: 0; secret leaks: 0"), line


def test_the_matrix_has_every_class_of_issue_12_and_at_least_93_cases() -> None:
    matrix = _matrix()
    classes = {klass for klass, *_ in matrix.CASES}
    assert classes == {"transport", "hostile-json", "llm", "input", "hostile-posts", "delivery", "errors",
                       "trial", "effects", "secrets"}
    assert len(matrix.CASES) >= 93
    names = [f"{klass}: {name}" for klass, name, *_ in matrix.CASES]
    assert len(names) == len(set(names))
    for kind in ("hn", "bluesky", "mastodon", "jsonfeed", "reddit", "github", "hf"):
        for variant in ("deep", "bigint", "NaN", "surrogate"):
            assert f"hostile-json: {kind} {variant}" in names


@pytest.mark.parametrize(("name", "text", "unsafe"), [
    ("a.md", "1. [x](https://e.com/1)\n\n   text &lt;b onmouseover=\"x\"> \\[y\\](javascript:z)\n", False),
    ("a.md", "1. [x](javascript:alert(1))\n", True),
    ("a.md", "1. [x](https://e.com/1)\n\n   <b onmouseover=x>hi</b>\n", True),
    ("a.md", "1. [x](https://e.com/1)\n\n   {{< youtube x >}}\n", True),
    ("a.md", "1. [x](https://e.com/1)\n\n   evil\u202e\n", True),
    ("a.md", "1. [x](https://e.com/1)\n\n   bell\x07\n", True),
    ("index.html", "<p>&lt;script&gt; shown as text</p>", False),
    ("index.html", '<a href="javascript:alert(1)">x</a>', True),
    ("index.html", "<img src=x onerror=alert(1)>", True),
    ("feed.xml", "<rss><item><description>&lt;p&gt;ok&lt;/p&gt;</description></item></rss>", False),
    ("feed.xml", "<rss><item><description>&lt;img src=x onerror=alert(1)&gt;</description></item></rss>", True),
    ("feed.json", '{"items": [{"content_html": "<p>ok</p>", "url": "https://e.com/"}]}', False),
    ("feed.json", '{"items": [{"content_html": "<script>x</script>"}]}', True),
    ("feed.json", '{"items": [{"content_html": "<p>ok</p>", "url": "javascript:x"}]}', True),
])
def test_the_unsafe_output_judge(tmp_path: Path, name: str, text: str, unsafe: bool) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert bool(_matrix().unsafe_in(path)) is unsafe
