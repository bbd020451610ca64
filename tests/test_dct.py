"""Publication date detection: only where newsrooms put it, never a date from the body, never an invented one."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.dct import find_dct

ROOT = Path(__file__).resolve().parent.parent
SUMMIT = ROOT / "sample_data" / "summit-2024-06-19.de.txt"


def test_sample_update_line_gives_the_dct():
    text = SUMMIT.read_text(encoding="utf-8")
    guess = find_dct(text, "de")
    assert guess is not None
    assert guess.date == date(2024, 6, 19)
    assert guess.source == "update line"
    assert text[guess.start:guess.end] == "19. Juni 2024"


@pytest.mark.parametrize(
    ("text", "lang", "expected", "source"),
    [
        ("Berlin, 15. März 2023. Die Koalition streitet weiter über den Haushalt.", "de", date(2023, 3, 15), "dateline"),
        ("Frankfurt am Main, Mittwoch, 3. Mai 2023 – Die EZB erhöht die Zinsen.", "de", date(2023, 5, 3), "dateline"),
        ("WASHINGTON, June 19, 2024 — The president said on Tuesday that", "en", date(2024, 6, 19), "dateline"),
        ("CAPE CANAVERAL, Fla., June 6, 2024 —\nBoeing's capsule docked.", "en", date(2024, 6, 6), "dateline"),
        ("LONDON, 3 March 2023 (Reuters) - Britain said", "en", date(2023, 3, 3), "dateline"),
        ("Aktualisiert am 19. Juni 2024, 6:28 Uhr ET.\nText.", "de", date(2024, 6, 19), "update line"),
        ("Updated June 19, 2024\nThe story.", "en", date(2024, 6, 19), "update line"),
        ("Published: 3 March 2023\nThe story.", "en", date(2023, 3, 3), "update line"),
        ("Last updated: Wednesday, June 19, 2024 6:28 AM ET\nText", "en", date(2024, 6, 19), "update line"),
        ("Veröffentlicht am 19.06.2024 um 14:32 Uhr\nText", "de", date(2024, 6, 19), "update line"),
        ("Aktualisiert am 2024-06-19\nText", "de", date(2024, 6, 19), "update line"),
        ("Posted 06/19/2024\nText", "en", date(2024, 6, 19), "update line"),
        ("Titel der Meldung\nVon Anna Schmidt | 19.06.2024, 14:32 Uhr\nText des Artikels.", "de", date(2024, 6, 19), "byline"),
        ("Headline here\nBy Jane Doe\nJune 19, 2024 10:30 AM ET\nThe story.", "en", date(2024, 6, 19), "byline"),
        ("Ein Bericht.\nNoch ein Satz.\nWeiter.\nUnd so fort.\nDann.\nMehr.\nSchluss.\nStand: 19.06.2024 14:32 Uhr",
         "de", date(2024, 6, 19), "footer"),
    ],
)
def test_finds_dct_lines(text, lang, expected, source):
    guess = find_dct(text, lang)
    assert guess is not None, text
    assert (guess.date, guess.source) == (expected, source)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Am 19. Juni 2024 begann der Gipfel in Pjöngjang.", "de"),  # a sentence about a date, not a dateline
        ("On June 19, 2024, the summit began.", "en"),
        ("Am Mittwoch, 19. Juni 2024, trat der Bundestag zusammen.", "de"),
        ("The study, published on June 3, 2024, found that sea levels rose.", "en"),
        ("BERLIN (dpa) – Die Regierung hat am 3. März 2023 beschlossen, die Steuern zu senken.", "de"),
        ("Aktualisiert am 31. Februar 2024.\nText", "de"),  # no such day
        ("Updated June 31, 2024\nText", "en"),
        ("Kein Datum weit und breit.", "de"),
        ("", "en"),
    ],
)
def test_no_dct_from_the_body_and_none_invented(text, lang):
    assert find_dct(text, lang) is None


def test_a_dateline_deep_in_the_body_is_not_a_dct():
    body = "\n".join(f"Absatz {n} ohne Datum." for n in range(10))
    assert find_dct(f"{body}\nBerlin, 15. März 2023. Mehr Text.\n" + body, "de") is None


def test_language_without_its_own_data_uses_all():
    assert find_dct("Updated June 19, 2024\nDit is een Nederlands artikel.", "nl").date == date(2024, 6, 19)
    assert find_dct("Aktualisiert am 19. Juni 2024\nTexte.", None).date == date(2024, 6, 19)


HTML = """<html><head><meta property="article:published_time" content="2023-03-15T10:00:00Z">
<title>Haushalt</title></head><body><article><p>Die Koalition streitet.</p></article></body></html>"""


def test_html_metadata_when_the_text_has_no_date_line():
    guess = find_dct("Die Koalition streitet.", "de", html=HTML)
    assert guess is not None and guess.date == date(2023, 3, 15) and guess.source == "html metadata"


def test_visible_update_line_wins_over_metadata():
    assert find_dct("Aktualisiert am 19. Juni 2024\nText", "de", html=HTML).date == date(2024, 6, 19)


def test_broken_html_gives_no_date_rather_than_an_error():
    assert find_dct("Text ohne Datum.", "de", html="<html><<<>>>") is None


def test_cli_resolves_the_sample_without_dct():
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", str(SUMMIT)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and {r["dct"] for r in records} == {"2024-06-19"}
    mittwoch = [r for r in records if r["text"].endswith("Mittwoch")]
    assert mittwoch and all(r["value"] == "2024-06-19" for r in mittwoch)


def test_huge_first_line_is_read_only_at_its_start():
    text = "Updated " + "June 19, 2024 " * 20000
    assert find_dct(text, "en").date == date(2024, 6, 19)
    assert find_dct("Text " + "19. Juni 2024 " * 20000, "de") is None
