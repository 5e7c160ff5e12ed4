"""The extractor must not fall below the measured dev-set figures (minus two points)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from services.extract.evaluate import REPO_ROOT, score_file

# Measured with EXTRACTOR_VERSION 0.3.3 (see docs/extractor.md), minus 0.02.
FLOORS: dict[str, dict[str, float]] = {
    "dev_ko.jsonl": {"f1": 0.96, "date_accuracy": 0.98, "counterpart_f1": 0.92, "topic_f1": 0.77},
    "dev_en.jsonl": {"f1": 0.98, "date_accuracy": 0.91, "counterpart_f1": 0.91, "topic_f1": 0.80},
    # our own articles, written without looking at the extractor (devset/extra/README.md)
    "extra/fresh1_ko.jsonl": {"f1": 0.92, "date_accuracy": 0.86, "counterpart_f1": 0.92, "topic_f1": 0.83},
    "extra/fresh1_en.jsonl": {"f1": 0.98, "date_accuracy": 0.95, "counterpart_f1": 0.98, "topic_f1": 0.69},
    "extra/fresh2_ko.jsonl": {"f1": 0.87, "date_accuracy": 0.93, "counterpart_f1": 0.85, "topic_f1": 0.86},
    "extra/fresh2_en.jsonl": {"f1": 0.94, "date_accuracy": 0.75, "counterpart_f1": 0.87, "topic_f1": 0.67},
}
NO_EVENT_ARTICLES = {
    "dev_ko.jsonl": "ko-d-10",
    "dev_en.jsonl": "en-d-10",
    "extra/fresh1_ko.jsonl": "ko-h-08",
    "extra/fresh1_en.jsonl": "en-h-08",
    "extra/fresh2_ko.jsonl": "ko-g-08",
    "extra/fresh2_en.jsonl": "en-g-08",
}


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Any]]:
    return {name: score_file(REPO_ROOT / "devset" / name) for name in FLOORS}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_the_floor(name: str, results: dict[str, dict[str, Any]]) -> None:
    result = results[name]
    for metric, floor in FLOORS[name].items():
        assert result[metric] >= floor, f"{name} {metric} {result[metric]} < {floor}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_opinion_column_gives_no_events(name: str, results: dict[str, dict[str, Any]]) -> None:
    row = next(r for r in results[name]["per_article"] if r["id"] == NO_EVENT_ARTICLES[name])
    assert row["pred"] == 0


def test_devset_files_exist() -> None:
    assert all((Path(REPO_ROOT) / "devset" / name).exists() for name in FLOORS)
