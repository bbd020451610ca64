"""Language identification of a document (py3langid: offline, model shipped in the package)."""

from __future__ import annotations

from array import array
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

_SAMPLE_CHARS = 5000


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """py3langid's identifier, loaded when a text first needs it (a batch worker whose documents all give their
    language never does: the model takes some 70 MB). Its per-state tables are packed into typed arrays: the same
    numbers, so the same answers, without a Python int object for each of the model's 100,000 states."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.tk_output = array("i", identifier.tk_output)  # feature of each state, -1 for none
    identifier._rowbase = array("I", identifier._rowbase)  # offset of each state's row of transitions
    return identifier


def language_codes() -> list[str]:
    """Every code `detect_language` can answer."""
    return sorted(set(_identifier().nb_classes))


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the text's language; `default` for text too short or too odd to tell."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 3:
        return default
    code, probability = _identifier().classify(sample)
    return code if probability >= 0.5 else default
