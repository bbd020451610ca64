"""Languages without a pack: explicit dates recognised from CLDR locale data (timeline/cldr_dates.py)."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline import fallback
from timeline.cldr_dates import recogniser
from timeline.fallback import fallback_tag
from timeline.language import _dateparser_codes, available_languages
from timeline.timex import is_valid_value

DCT = date(2024, 6, 19)


def found(text: str, lang: str, dct: date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.anchor) for t in fallback_tag(text, dct, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("es", "La cumbre empezó el 14 de febrero de 2019 en Quito.", ("14 de febrero de 2019", "2019-02-14")),
        ("es", "Las obras terminaron en noviembre de 2017.", ("noviembre de 2017", "2017-11")),
        ("es", "El plazo vence el 30/09/2022.", ("30/09/2022", "2022-09-30")),
        ("it", "Il decreto è stato firmato il 2 agosto 2016 a Napoli.", ("2 agosto 2016", "2016-08-02")),
        ("it", "Le elezioni di settembre 2020 hanno cambiato tutto.", ("settembre 2020", "2020-09")),
        ("pt", "O acordo foi assinado em 9 de outubro de 2015.", ("9 de outubro de 2015", "2015-10-09")),
        ("pt", "A lei entrou em vigor em 1º de janeiro de 2011.", ("1º de janeiro de 2011", "2011-01-01")),
        ("nl", "De brug ging op 21 maart 2018 open.", ("21 maart 2018", "2018-03-21")),
        ("nl", "Het rapport kwam uit op 04-11-2013.", ("04-11-2013", "2013-11-04")),
        ("pl", "Umowę podpisano 17 lipca 2014 w Gdańsku.", ("17 lipca 2014", "2014-07-17")),
        ("pl", "Wybory odbyły się 13.10.2019.", ("13.10.2019", "2019-10-13")),
        ("cs", "Smlouva byla podepsána 8. března 2012 v Brně.", ("8. března 2012", "2012-03-08")),
        ("cs", "Listopad 2009 byl chladný.", ("Listopad 2009", "2009-11")),
        ("sv", "Bron invigdes den 3 december 2010.", ("3 december 2010", "2010-12-03")),
        ("ro", "Legea a fost votată pe 11 aprilie 2013.", ("11 aprilie 2013", "2013-04-11")),
        ("hu", "A hidat 2016. október 22. adták át.", ("2016. október 22.", "2016-10-22")),
        ("ru", "Договор подписан 25 января 2008 г. в Москве.", ("25 января 2008 г.", "2008-01-25")),
        ("tr", "Köprü 30 Ağustos 2016 tarihinde açıldı.", ("30 Ağustos 2016", "2016-08-30")),
        ("ja", "会議は2015年12月12日に開かれた。", ("2015年12月12日", "2015-12-12")),
        ("es", "El informe se publicó el 2021-03-15.", ("2021-03-15", "2021-03-15")),
        ("es", "Se fundó en 1987 y creció.", ("1987", "1987")),
    ],
)
def test_explicit_dates_in_languages_without_a_pack(lang, text, expected):
    assert lang not in available_languages()
    assert (*expected, "absolute") in found(text, lang)


def test_a_day_without_a_year_takes_the_year_nearest_the_publication_date():
    assert found("La reunión será el 2 de julio.", "es") == [("2 de julio", "2024-07-02", "dct")]
    # In a text dated 19 June, a December day is last December's (news looks back more than ahead).
    assert found("Dne 20. prosince se nic nestalo.", "cs") == [("20. prosince", "2023-12-20", "dct")]
    assert found("La reunión será el 2 de julio.", "es", dct=None) == []
    assert [t.inferred for t in fallback_tag("el 2 de julio de 2024 y el 2 de julio", DCT, "es")] == [
        "", "year taken from the publication date"]


def test_a_two_digit_year_takes_the_century_that_puts_it_nearest_before_the_publication_date():
    """DCT 19 June 2024: a two-digit year up to ten years ahead is this century's, else last century's."""
    assert found("Las elecciones fueron el 12/03/21.", "es") == [("12/03/21", "2021-03-12", "dct")]
    assert found("El contrato es del 5/11/98.", "es") == [("5/11/98", "1998-11-05", "dct")]
    assert found("Plazo: 1/2/34.", "es") == [("1/2/34", "2034-02-01", "dct")]
    assert found("Plazo: 1/2/35.", "es") == [("1/2/35", "1935-02-01", "dct")]
    assert found("Las elecciones fueron el 12/03/21.", "es", dct=None) == []
    assert [t.inferred for t in fallback_tag("el 12/03/21", DCT, "es")] == ["century taken from the publication date"]
    assert found("La versión 12/03/215 y el 12/03/2021.", "es") == [("12/03/2021", "2021-03-12", "absolute")]


def test_what_is_not_a_date_gives_nothing():
    assert found("El 31 de febrero de 2023 no existe.", "es") == []
    assert found("Llegaron 3000 personas y pagaron 1.998 euros, o $2000.", "es") == []
    assert found("Perdieron 5 a 3 en mayo.", "es") == []  # a month without a digit of its own is not explicit


def test_dates_are_found_in_a_dense_text_with_their_offsets():
    text = "el 5 de mayo de 2024, " * 500
    timexes = fallback_tag(text, DCT, "es")
    assert len(timexes) == 500
    assert all(text[t.start:t.end] == "5 de mayo de 2024" and t.value == "2024-05-05" for t in timexes)


def test_the_recogniser_is_compiled_once_per_language():
    assert recogniser("es") is recogniser("es")
    assert recogniser("xx") is None


def test_every_dateparser_locale_has_a_cldr_recogniser(monkeypatch):
    # dateparser stays only for a language CLDR lacks; none that dateparser reads is such a language today.
    assert all(recogniser(code) is not None for code in _dateparser_codes())

    def refuse(*args):
        raise AssertionError("dateparser called for a language CLDR describes")

    monkeypatch.setattr(fallback, "dateparser_tag", refuse)
    assert found("Il 3 marzo 2021 a Roma.", "it") == [("3 marzo 2021", "2021-03-03", "absolute")]


def test_extract_gives_rows_for_a_spanish_article():
    text = "El 5 de mayo de 2024 el gobierno aprobó la ley. En marzo de 2023 se había presentado el proyecto."
    frame = timeline.extract(text, dct="2024-06-19", lang="es")
    assert list(frame["value"]) == ["2024-05-05", "2023-03"]


LANGUAGES = ["es", "it", "pt", "nl", "pl", "cs", "ru", "hu", "ja", "ar", "tr", "sv"]
FRAGMENTS = ["5", "31", "12", "2024", "0000", "9999", "de", "mayo", "května", "maart", "年", "月", "日", ".", "/",
             "-", ",", " ", "\n", "º", "г.", "lunes", "sept.", "1º", "٢٠٢٤", "\u202f", "\ud800", "02", "29", "febrero"]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=200) | st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join),
    lang=st.sampled_from(LANGUAGES),
    dct=st.none() | st.dates(),
)
def test_any_text_gives_valid_dates_at_valid_offsets(text, lang, dct):
    for timex in fallback_tag(text, dct, lang):
        assert 0 <= timex.start < timex.end <= len(text) and text[timex.start:timex.end] == timex.text
        assert timex.type == "DATE" and is_valid_value("DATE", timex.value)
        assert timex.anchor == "absolute" or (timex.anchor == "dct" and dct is not None)
