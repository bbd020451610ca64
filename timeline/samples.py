"""The bundled sample articles: what `sample_data/index.json` lists, or every .txt file when there is no index."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from .document import Document

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample_data"


def load_samples(directory: str | Path = SAMPLE_DIR) -> list[Document]:
    """The sample articles as documents (doc_id = file name), in the index's order.

    The index is a JSON list of {"file", "title", "lang", "dct"} objects; entries whose file is missing are
    skipped. Without an index, every *.txt file is loaded (title, language and date then come from the text).
    """
    directory = Path(directory)
    index = directory / "index.json"
    if index.is_file():
        entries = json.loads(index.read_text(encoding="utf-8"))
    else:
        entries = [{"file": path.name} for path in sorted(directory.glob("*.txt"))]
    documents = []
    for entry in entries:
        path = directory / entry["file"]
        if not path.is_file():
            continue
        dct = entry.get("dct")
        documents.append(
            Document(
                doc_id=path.name,
                text=path.read_text(encoding="utf-8-sig"),
                dct=date.fromisoformat(dct[:10]) if dct else None,
                lang=entry.get("lang") or None,
                title=entry.get("title") or path.stem,
            )
        )
    return documents
