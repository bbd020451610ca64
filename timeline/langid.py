"""Language identification of a document (py3langid: offline, model shipped in the package)."""

from __future__ import annotations

from array import array
from collections import Counter
from functools import lru_cache

import numpy as np
from py3langid.langid import LanguageIdentifier

_SAMPLE_CHARS = 5000
_PACK_ROWS = 4096  # rows of transitions converted at a time (4 MB of 32-bit numbers)


def _pack_automaton(rows: np.ndarray, state_rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """py3langid's byte automaton with 16-bit transitions instead of 32-bit (20 MB less).

    `rows`: the distinct rows of transitions (a target state for each byte), `state_rows`: each state's row.
    Every state but the start (0) is entered by one byte only, the last byte of the string it stands for, and
    no byte enters 65,536 states: so the states are renumbered byte by byte, each byte's block headed by a copy
    of the start state, and a transition keeps the target's place in its byte's block. Returns the transitions,
    each byte's block offset and, for each new state number, the old one: the same automaton, the same answers.
    Rows are converted a block at a time, so that loading takes little more memory than the result."""
    byte = np.arange(256, dtype=np.uint8)
    entered_by = np.zeros(len(state_rows), dtype=np.uint8)
    entered_by[rows] = byte  # the start state gets some byte too: it is never numbered from it
    counts = np.bincount(entered_by[1:], minlength=256)
    order = 1 + np.argsort(entered_by[1:], kind="stable")  # the states other than the start, byte by byte
    new_number = np.zeros(len(state_rows), dtype=np.int32)
    new_number[order] = np.arange(len(order)) + entered_by[order] + 1  # after the start's copies before them
    old_number = np.zeros(len(order) + 256, dtype=np.int64)  # the start's copies stay 0
    old_number[new_number[order]] = order
    offsets = (counts.cumsum() - counts + byte).astype(np.int32)
    transitions = np.empty(rows.shape, dtype=np.uint16)
    for start in range(0, len(rows), _PACK_ROWS):
        block = rows[start:start + _PACK_ROWS]
        if counts.max() >= 1 << 16 or not np.all((block == 0) | (entered_by[block] == byte)):
            raise ValueError("py3langid's model no longer has the shape _pack_automaton relies on")
        transitions[start:start + _PACK_ROWS] = np.where(block == 0, 0, new_number[block] - offsets)
    return transitions, offsets, old_number


class _PackedIdentifier(LanguageIdentifier):
    """py3langid's identifier walking the packed automaton of `_pack_automaton`."""

    __slots__ = ("_offsets",)

    def _raw_score(self, text: bytes) -> np.ndarray:
        transitions, rowbase, features, offsets = self.tk_nextmove, self._rowbase, self.tk_output, self._offsets
        state = 0
        found = []
        for letter in text:
            state = offsets[letter] + transitions[rowbase[state] + letter]
            feature = features[state]
            if feature >= 0:
                found.append(feature)
        if not found:  # as py3langid: equal scores, so no language is told
            return np.zeros(len(self.nb_classes), dtype=np.float32)
        return self._sparse_score(Counter(found), self.nb_ptc)


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """py3langid's identifier, loaded when a text first needs it (a batch worker whose documents all give their
    language never does), in about 50 MB instead of 75: its automaton packed (`_pack_automaton`) and its
    per-state tables in typed arrays rather than lists of Python ints."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    ptc, pc, classes, rows, state_rows, features = load_model(MODEL_DIR / MODEL_FILE)
    transitions, offsets, old_number = _pack_automaton(np.asarray(rows).reshape(-1, 256), np.asarray(state_rows))
    del rows
    new_rows = np.asarray(state_rows, dtype=np.uint32)[old_number]
    identifier = _PackedIdentifier(np.asarray(ptc), np.asarray(pc), classes, array("H", transitions.tobytes()),
                                   array("i", np.asarray(features, dtype=np.int32)[old_number].tobytes()),
                                   norm_probs=True, tk_row=array("I", new_rows.tobytes()))
    identifier._rowbase = array("I", (new_rows << 8).tobytes())
    identifier._offsets = offsets.tolist()
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
