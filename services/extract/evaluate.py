"""Run the extractor over a dev-set file and score it with devset/score.py."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from services.core.contracts import AcceptedArticle
from services.extract.pipeline import Extractor, get_extractor

REPO_ROOT = Path(__file__).resolve().parents[2]
SCORE_SCRIPT = REPO_ROOT / "devset" / "score.py"


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def article_from_line(line: dict[str, Any]) -> AcceptedArticle:
    """An AcceptedArticle from a raw dev-set line (its "id" becomes the article id)."""
    return AcceptedArticle(
        article_id=str(line["id"]),
        language=line.get("language") or "und",
        body=line["body"],
        title=line.get("title"),
        published_at=line.get("published_at"),
        url=line.get("origin_url"),
        source=line.get("source"),
    )


def predict(lines: list[dict[str, Any]], extractor: Extractor | None = None) -> list[dict[str, Any]]:
    """One `policy-events extract` output line per article."""
    extractor = extractor or get_extractor()
    out = []
    for line in lines:
        article = article_from_line(line)
        events = extractor.extract(article)
        out.append(
            {
                "article_id": article.article_id,
                "language": article.language,
                "events": [event.model_dump(mode="json") for event in events],
            }
        )
    return out


def score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("devset_score", SCORE_SCRIPT)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {SCORE_SCRIPT}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_file(path: Path, extractor: Extractor | None = None) -> dict[str, Any]:
    """score.py's result dict for the extractor's output on one dev file."""
    gold = load_jsonl(path)
    result: dict[str, Any] = score_module().score(gold, predict(gold, extractor))
    return result
