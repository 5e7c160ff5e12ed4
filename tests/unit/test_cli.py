import json
import subprocess
import sys
from pathlib import Path

import pytest

from services.cli import build_parser, main
from services.commands.batch_extract import LineError, extract_lines
from services.core.contracts import ExtractionResult

REPO = Path(__file__).resolve().parents[2]
SUBCOMMANDS = {"serve", "migrate", "topics", "publish", "extract", "dev"}


def _subparsers() -> dict[str, object]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return dict(action.choices)  # type: ignore[arg-type]


def test_every_subcommand_is_documented() -> None:
    choices = _subparsers()
    assert set(choices) == SUBCOMMANDS
    top_help = build_parser().format_help()
    for name, sub in choices.items():
        assert name in top_help
        assert sub.format_help().strip()  # type: ignore[attr-defined]


def test_help_runs_as_a_program() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "services.cli", "extract", "--help"], capture_output=True, text=True, cwd=REPO
    )
    assert out.returncode == 0
    assert "article_id" in out.stdout


def test_batch_extract_reports_bad_lines_and_keeps_going() -> None:
    lines = [
        "not json",
        "",
        json.dumps({"id": "a", "body": "The ministry said on Monday it would fund new AI labs.", "language": "en"}),
        json.dumps({"title": "no body"}),
    ]
    results = list(extract_lines(lines, max_bytes=1_000_000))
    assert [type(r) for r in results] == [LineError, ExtractionResult, LineError]
    first, ok, last = results
    assert isinstance(first, LineError) and (first.line_number, first.reason) == (1, "not_json")
    assert isinstance(last, LineError) and (last.line_number, last.reason) == (4, "invalid_article")
    assert isinstance(ok, ExtractionResult) and ok.article_id == "a" and ok.language == "en"


def test_extract_command_writes_one_line_per_article_and_fails_on_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "k", "body": "과학기술정보통신부는 8일 AI 기본계획을 발표했다.", "language": "ko",
                    "published_at": "2025-12-08T10:00:00+09:00"}, ensure_ascii=False) + "\n{broken\n",
        encoding="utf-8",
    )
    assert main(["extract", str(source)]) == 1
    captured = capsys.readouterr()
    [line] = captured.out.splitlines()
    assert json.loads(line)["article_id"] == "k"
    assert "line 2: not_json" in captured.err


def test_missing_input_file_is_a_clear_error() -> None:
    with pytest.raises(SystemExit, match="no such file"):
        main(["extract", "/nonexistent/articles.jsonl"])
