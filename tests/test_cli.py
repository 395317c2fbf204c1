"""The command line: ``govdoc parse`` and ``govdoc extract``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from govdoc.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "khanh-vinh-dan-van-2021.txt"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "govdoc", *args], input=stdin, capture_output=True,
        text=True, encoding="utf-8", check=False,
    )


def test_parse_json_has_the_documented_fields_in_input_order() -> None:
    """`parse --json -` writes one object per stdin line, in order, with every field."""
    result = run("parse", "--json", "-", stdin="Chỉ thị số 16/CT-TTg\n64/70\n80/2015/QH14\n")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert [r["input"] for r in records] == ["Chỉ thị số 16/CT-TTg", "64/70", "80/2015/QH14"]
    first = records[0]
    assert set(first) == {"input", "canonical", "system", "doc_type", "type_code", "number",
                          "year", "issuers", "unit", "problems", "repairs", "error"}
    assert (first["canonical"], first["system"], first["doc_type"], first["issuers"]) == (
        "16/CT-TTg", "state", "Chỉ thị", ["TTg"])
    assert records[1]["error"] is not None
    assert records[1]["canonical"] is None
    assert [p["code"] for p in records[2]["problems"]] == ["term-mismatch"]


def test_parse_text_output_and_errors_on_stderr() -> None:
    """Without --json: a line per reference; refused input goes to stderr, no traceback."""
    result = run("parse", "114-KL/TW", "TCVN ISO 9001:2008")
    assert result.returncode == 1
    assert result.stdout.startswith("114-KL/TW\tparty\tKết luận")
    assert "TCVN ISO 9001:2008" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exits_2() -> None:
    """A usage error exits with status 2."""
    assert run("parse").returncode == 2
    assert run("nonsense").returncode == 2


def test_extract_jsonl_on_the_seed_article() -> None:
    """`extract` writes one JSON object per mention with offsets into the file's text."""
    result = run("extract", str(SEED))
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    text = SEED.read_text(encoding="utf-8")
    numbered = [r for r in records if r["canonical"]]
    assert [r["canonical"] for r in numbered] == [
        "16/CT-TTg", "217-QĐ/TW", "218-QĐ/TW", "16/CT-TTg", "20-KH/HU", "114-KL/TW", "405/KH-UBND"]
    assert all(text[r["start"]:r["end"]] == r["text"] for r in records)
    assert {"source", "kind", "date", "issuer_name", "issuer", "title", "relation", "links",
            "problems"} <= set(records[0])


def test_extract_csv_and_json_formats(tmp_path: Path) -> None:
    """CSV has a header and a row per mention; JSON is one array."""
    csv_out = run("extract", "--format", "csv", str(SEED)).stdout.splitlines()
    assert csv_out[0].startswith("source,start,end,text,kind,canonical")
    as_json = json.loads(run("extract", "--format", "json", str(SEED)).stdout)
    assert len(as_json) == len(csv_out) - 1


def test_missing_file_is_reported_and_others_still_processed(tmp_path: Path) -> None:
    """A missing file is one line on stderr and exit 1; the other files still come out."""
    result = run("extract", str(tmp_path / "nope.txt"), str(SEED))
    assert result.returncode == 1
    assert "nope.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.count("\n") >= 7


def test_undecodable_bytes_are_replaced_with_a_warning(tmp_path: Path) -> None:
    """Invalid UTF-8 is replaced, the byte offset is named, and the rest is processed."""
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff\xfe abc Ch\xe1\xbb\x89 th\xe1\xbb\x8b s\xe1\xbb\x91 16/CT-TTg")
    result = run("extract", str(path))
    assert "byte 0" in result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["canonical"] == "16/CT-TTg"


def test_main_is_callable_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    """main() returns the exit status instead of exiting."""
    assert main(["parse", "16/CT-TTg"]) == 0
    assert capsys.readouterr().out.startswith("16/CT-TTg\tstate")


def test_graph_reads_html_pages_by_their_article_body() -> None:
    """`graph` on a portal page takes the article body; evidence spans index that body."""
    from govdoc.html import read_article

    page = ROOT / "tests" / "data" / "khanh-vinh-dan-van-2021.html"
    result = run("graph", str(page))
    assert result.returncode == 0
    graph = json.loads(result.stdout)
    body = read_article(page.read_text(encoding="utf-8")).body
    spans = [e for edge in graph["edges"] if edge["kind"] == "article" for e in edge["evidence"]]
    assert len(spans) == 7
    assert all(body[e["start"]:e["end"]].startswith(("Chỉ thị", "Quyết định", "Kế hoạch", "Kết luận"))
               for e in spans)
    assert {d["canonical"] for d in graph["documents"]} >= {"16/CT-TTg", "114-KL/TW", "20-KH/HU"}
