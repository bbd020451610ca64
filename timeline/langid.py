"""Language identification of a document (py3langid: offline, model shipped in the package)."""

from __future__ import annotations

from functools import lru_cache

_SAMPLE_CHARS = 5000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


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
