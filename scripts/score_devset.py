#!/usr/bin/env python3
"""Score the extractor on dev files: `scripts/score_devset.py [FILE.jsonl ...] [--per-article]`.

Without files, scores devset/dev_ko.jsonl and devset/dev_en.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

from services.extract.evaluate import REPO_ROOT, score_file


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv if not a.startswith("--")] or [
        REPO_ROOT / "devset" / "dev_ko.jsonl",
        REPO_ROOT / "devset" / "dev_en.jsonl",
    ]
    for path in files:
        result = score_file(path)
        if "--per-article" not in argv:
            result.pop("per_article")
        print(f"== {path.name}")
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
