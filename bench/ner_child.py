"""Raw NER, run as its own process by run.py: ``ner_child.py TEXTS.json RESULT.json``.

Loads the pipeline exactly as the extension does (``briefing.nlp.pipeline.load_pipeline``:
same model, same excluded components) and runs ``run_ner`` (``nlp.pipe``, same batch size)
over the texts, timing the two phases.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> int:
    texts_path, result_path = Path(sys.argv[1]), Path(sys.argv[2])
    payload = json.loads(texts_path.read_text(encoding="utf-8"))
    texts: list[str] = payload["texts"]
    start = time.perf_counter()
    from briefing.nlp.pipeline import load_pipeline, run_ner

    nlp = load_pipeline(payload["model"])
    loaded = time.perf_counter()
    results = run_ner(nlp, texts)
    done = time.perf_counter()
    result_path.write_text(
        json.dumps(
            {
                "texts": len(texts),
                "chars": sum(len(t) for t in texts),
                "mentions": sum(len(r) for r in results),
                "load_s": loaded - start,
                "pipe_s": done - loaded,
                "total_s": done - start,
                "pipe_names": list(nlp.pipe_names),
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
