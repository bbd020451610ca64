"""The packed language identifier answers exactly as py3langid's own."""

from __future__ import annotations

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from timeline.langid import _identifier, detect_language

TEXTS = {
    "en": "The council met on Tuesday and agreed to rebuild the old bridge before the winter floods arrive.",
    "de": "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke noch vor dem Hochwasser im Winter zu erneuern.",
    "fr": "Le conseil municipal a décidé mardi de reconstruire le vieux pont avant les crues de l'hiver prochain.",
    "es": "El ayuntamiento decidió el martes reconstruir el viejo puente antes de las lluvias del invierno.",
    "it": "Il consiglio comunale ha deciso martedì di ricostruire il vecchio ponte prima delle piene invernali.",
    "nl": "De gemeenteraad besloot dinsdag de oude brug te herbouwen voordat de winterse overstromingen komen.",
    "pt": "A câmara municipal decidiu na terça-feira reconstruir a velha ponte antes das cheias do inverno.",
    "pl": "Rada miasta postanowiła we wtorek odbudować stary most jeszcze przed zimowymi powodziami.",
    "ru": "Городской совет во вторник решил восстановить старый мост до начала зимних наводнений.",
    "el": "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να ξαναχτίσει την παλιά γέφυρα πριν από τις πλημμύρες.",
    "tr": "Belediye meclisi salı günü eski köprüyü kış selleri gelmeden önce yeniden inşa etmeye karar verdi.",
    "sv": "Kommunfullmäktige beslutade i tisdags att bygga om den gamla bron innan vinterns översvämningar kommer.",
    "ja": "市議会は火曜日、冬の洪水が来る前に古い橋を建て直すことを決めた。",
    "ar": "قرر المجلس البلدي يوم الثلاثاء إعادة بناء الجسر القديم قبل فيضانات الشتاء.",
}
# Short, mixed and odd samples: where an identifier is least sure, a changed table would show first.
ODD = ["Berlin, 3. Mai 2024", "OK", "Brexit: EU und UK einigen sich", "2024-05-03 12:00", "Ça va? Sí, claro."]


@pytest.fixture(scope="module")
def reference() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.mark.parametrize("text", [*TEXTS.values(), *ODD, " ".join(TEXTS.values())])
def test_same_answer_and_probability_as_py3langid(reference: LanguageIdentifier, text: str) -> None:
    assert _identifier().classify(text) == reference.classify(text)
    assert _identifier().rank(text) == reference.rank(text)


def test_the_packed_automaton_moves_as_py3langids_from_every_row_on_every_byte(reference: LanguageIdentifier) -> None:
    # Rows keep their numbers: from a state of row r, byte b leads the packed automaton and py3langid's to states
    # of the same row with the same feature; both start in state 0, so every walk finds the same features.
    packed = _identifier()
    rowbase, features = np.asarray(packed._rowbase), np.asarray(packed.tk_output)
    transitions, offsets = np.asarray(packed.tk_nextmove).reshape(-1, 256), np.asarray(packed._offsets)
    old_rowbase, old_features = np.asarray(reference._rowbase), np.asarray(reference.tk_output)
    old_transitions = np.asarray(reference.tk_nextmove).reshape(-1, 256)
    assert transitions.shape == old_transitions.shape and transitions.itemsize == 2
    assert (rowbase[0], features[0]) == (old_rowbase[0], old_features[0])
    for start in range(0, len(transitions), 4096):
        new_targets = offsets + transitions[start:start + 4096]
        old_targets = old_transitions[start:start + 4096]
        assert np.array_equal(rowbase[new_targets], old_rowbase[old_targets])
        assert np.array_equal(features[new_targets], old_features[old_targets])


@pytest.mark.parametrize(("code", "text"), TEXTS.items())
def test_identifies_the_language_of_a_sentence(code: str, text: str) -> None:
    assert detect_language(text, default="und") == code


def test_text_without_letters_gets_the_default() -> None:
    assert detect_language("12.05. – 3/4", default="de") == "de"
