"""Labels of clauses that cannot be read alone (round 7): an infinitive group or, in German, a subordinate clause
takes the clause it depends on; a long label whose date stands in a clause opened without a comma ("said that …",
"… when …") is that clause. Sentences of our own, in each language of the packs."""

from __future__ import annotations

from datetime import date as day

import pytest

from timeline.dependents import infinitive_group, rules, verb_last_subordinate
from timeline.document import Document
from timeline.events import LABEL_WORDS, describe
from timeline.pipeline import extract_document
from timeline.timex import Timex


def label(text: str, lang: str, expression: str, *others: str) -> str:
    """The label `describe` gives `expression`, with `others` tagged as dates too (in text order)."""
    spans = sorted((text.find(e), text.find(e) + len(e), e) for e in (expression, *others))
    assert all(start >= 0 for start, _, _ in spans)
    timexes = [Timex(start, end, e, "DATE", "XXXX") for start, end, e in spans]
    contexts = describe(text, timexes, lang)
    return next(c.label for t, c in zip(timexes, contexts) if t.text == expression)


@pytest.mark.parametrize("lang, text, expression, others, wanted", [
    # a German zu-infinitive split off at its article: the sentence it belongs to
    ("de", "Der Feuerwehr gelang es am Dienstag, den Brand im Lagerhaus im Morgengrauen zu löschen.",
     "Morgengrauen", ("Dienstag",), "Der Feuerwehr gelang es, den Brand im Lagerhaus zu löschen"),
    # ... with the marker inside the word, after a separable prefix ("ein-zu-fangen")
    ("de", "Den Helfern gelang es am Sonntag, den Hund im Wald am Abend wieder einzufangen.",
     "Abend", ("Sonntag",), "Den Helfern gelang es, den Hund im Wald wieder einzufangen"),
    # an English infinitive group split off at a comma between two dates
    ("en", "The council met on Monday, to approve the budget for 2025 at last.", "2025", ("Monday",),
     "The council met, to approve the budget at last"),
    # a French one after a leading date
    ("fr", "L'association se retrouvera jeudi, à 18 h, pour préparer la fête de fin d'année.", "18 h", ("jeudi",),
     "L'association se retrouvera jeudi pour préparer la fête de fin d'année"),
])
def test_an_infinitive_group_takes_its_main_clause(lang, text, expression, others, wanted):
    assert label(text, lang, expression, *others) == wanted


@pytest.mark.parametrize("text, expression, wanted", [
    # a zu-infinitive too long to be told with its whole host: the host's subject and verb, "…", and the group,
    # cut before its infinitive, which stays ("bis" before the date is a preposition)
    ("Der Stadtrat der Gemeinde im Norden beauftragte nach langer Debatte die Firma aus der Stadt, bis März 2021 "
     "ein umfangreiches Gutachten über die marode Brücke am Fluss zu liefern.", "März 2021",
     "Der Stadtrat der Gemeinde im Norden beauftragte … ein umfangreiches Gutachten … zu liefern"),
    # "während" before an article and a marked infinitive is a preposition; the host's label reaches the date
    ("Die Generalin beabsichtigte, während einer Regenperiode im April die feindliche Armee links zu umgehen, an "
     "ihrer rechten Flanke anzugreifen und den Weg zur Hauptstadt freizukämpfen.", "April",
     "Die Generalin beabsichtigte, während einer Regenperiode die feindliche Armee links zu umgehen…"),
])
def test_a_german_infinitive_group_told_alone_takes_its_hosts_subject_and_verb(text, expression, wanted):
    """Told alone, the group has no subject and no finite verb ("Einer Regenperiode die Armee … zu umgehen")."""
    assert label(text, "de", expression) == wanted


def test_a_german_infinitive_group_keeps_the_date_of_its_host():
    """A date in the clause before the group dates that clause, with the group it governs."""
    assert label("Im März 2021 beauftragte der Rat die Firma, ein Gutachten zu liefern.", "de", "März 2021") \
        == "Der Rat beauftragte die Firma, ein Gutachten zu liefern"


def test_a_german_infinitive_group_after_two_verbs_is_left_to_its_own_label():
    """With two finite verbs before the group, its head could name the wrong one ("rege … zu genießen")."""
    text = ("Die Großmutter des jungen Mannes aus dem Dorf hinderte ihn nicht, seinen Koffer zu packen, und er "
            "versuchte trotzdem, im Mai 2020 die lange Reise nach Amerika ohne Geld anzutreten.")
    assert not label(text, "de", "Mai 2020").startswith("Die Großmutter")


def test_a_german_subordinate_clause_takes_its_main_clause():
    """"dass die neue Brücke … eröffnet wird" alone ends with its verb: a fragment. Told as a main clause, its
    finite verb second, it says what the date dates ("Die neue Brücke wird … eröffnet")."""
    text = ("Der Bürgermeister hat gestern erklärt, dass die neue Brücke über den breiten Fluss im kommenden "
            "Frühjahr nach langen Verzögerungen endlich für den Verkehr eröffnet wird.")
    found = label(text, "de", "kommenden Frühjahr", "gestern")
    assert found.startswith("Die neue Brücke wird über den breiten Fluss"), found
    assert found.endswith("eröffnet"), found
    assert len(found.split()) <= LABEL_WORDS + 1
    # a short subordinate clause keeps its subordinator and the last words of its main clause
    text = ("Der verletzte Radfahrer wurde nach dem Unfall auf der Landstraße sofort mit dem Hubschrauber in das "
            "Klinikum der Kreisstadt gebracht, wo er am Abend operiert wurde.")
    found = label(text, "de", "Abend")
    assert found.startswith("…") and found.endswith(", wo er operiert wurde"), found


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # the count of last words starts after a preposition: the phrase keeps it
    ("en", "The old harbour crane was finally lifted by the navy divers from the deep water of the old eastern bay, "
           "where it had sunk in May.", "May", "…from the deep water of the old eastern bay, where it had sunk"),
])
def test_the_last_words_of_a_host_start_with_a_phrase(lang, text, expression, wanted):
    """A short dependent clause keeps the last words of its host after "…"; a noun cut from its article or
    preposition there ("…sehr großen Hof, damit …") would read as what the label is about."""
    assert label(text, lang, expression) == wanted


def test_a_german_clause_of_a_pronoun_and_an_adverb_is_told_as_main():
    """"damit sie … gemeinsam … reisen können": the adverb after the pronoun is no verb (the verb of a dependent
    clause stands last), so the clause is told as a main clause, not cut to its host's last words."""
    text = ("Nach dem langen Training fuhr der junge Trainer mit seinem alten Wagen auf den großen Hof, damit sie am "
            "Samstag gemeinsam im Bus zum Turnier reisen können.")
    assert label(text, "de", "Samstag") == "Sie können gemeinsam im Bus zum Turnier reisen"


@pytest.mark.parametrize("text", [
    # a preposition of a subordinator's form opens a main clause: its last word is a noun, not a verb
    "Die Lage blieb lange schwierig – bis zum Sommer 2020 stiegen die Mieten in der Stadt um zwölf Prozent.",
    # ... or its auxiliary stands second, with its subject after it
    "Der Verein hatte lange gespart – als erster Verein der Liga hat er im Mai 2023 ein Stadion eröffnet.",
])
def test_a_german_main_clause_opened_by_a_preposition_stands_alone(text):
    expression = "Sommer 2020" if "Sommer" in text else "Mai 2023"
    assert "lange" not in label(text, "de", expression)


@pytest.mark.parametrize("lang, text, expression, wanted", [
    ("en", "Officials of the company told reporters and worried shareholders at length that the new factory near "
           "the northern border would open in March 2026.", "March 2026",
     "The new factory near the northern border would open"),
    ("en", "Residents of the old harbour district still talk about the long winter night when the storm flooded "
           "every street and cellar in January 1953.", "January 1953", "The storm flooded every street and cellar"),
    ("fr", "Le directeur de l'usine a expliqué longuement aux salariés réunis en assemblée générale extraordinaire "
           "que la nouvelle chaîne de production démarrera en septembre.", "septembre",
     "La nouvelle chaîne de production démarrera"),
])
def test_a_date_in_a_clause_opened_without_a_comma_labels_that_clause(lang, text, expression, wanted):
    """Cut at 12 words, the label would tell the main clause's event ("Officials of the company told…")."""
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("text, expression, others, wanted", [
    ("The chairman of the regional water authority said the old reservoir would be drained completely in August.",
     "August", (), "The old reservoir would be drained completely"),
    ("Members of the northern farmers' union said they expect milk prices to fall sharply next spring.",
     "next spring", (), "They expect milk prices to fall sharply next spring"),
    # a date between the reporting verb and the reported clause is the report's
    ("Residents of the old harbour district said Friday they would protest against the new road plans next week.",
     "next week", ("Friday",), "They would protest against the new road plans"),
    # the object of "told", then a subject pronoun, which no object can be: what was told starts there
    ("The young driver told officers at the county police station she and her brother left the farm on June 3 "
     "to look for work.", "June 3", (), "She and her brother left the farm to look for work"),
    # a subject with a phrase that describes it, and a verb followed by a preposition
    ("The chairman of the regional farmers' association said a turning point in the long dispute came with the "
     "court ruling in May 1998.", "May 1998", (), "A turning point in the long dispute came with the court ruling"),
    # the report inside a relative clause after a preposition is whole
    ("The bishop published a long letter to the parish in which he said he visited the burned chapel on Sunday "
     "morning.", "Sunday morning", (), "He visited the burned chapel"),
    # a subject with no article: a plural noun, a number, "there"
    ("A trader at the grain exchange in the port said prices of barley and oats in the southern valleys rose "
     "steeply on Tuesday.", "Tuesday", (), "Prices of barley and oats in the southern valleys rose steeply"),
    ("The head of the regional fire brigade in the mountain town said forty houses burned down on Sunday "
     "night.", "Sunday night", (), "Forty houses burned down"),
    ("A spokeswoman for the coast guard of the island republic says there were two more shipwrecks in May.",
     "May", (), "There were two more shipwrecks"),
    # a long subject before a finite form the pack lists
    ("A clerk at the town hall of the old city said farmers' high hopes for a new road to the northern port were "
     "dashed in April.", "April", (), "Farmers' high hopes for a new road to the northern port were dashed"),
])
def test_a_date_in_a_clause_reported_without_a_conjunction_labels_that_clause(text, expression, others, wanted):
    """"said they …" reports a clause as "said that they …" does: cut at 12 words, the label would tell only who
    said it ("The chairman of the regional water authority said the old…")."""
    assert label(text, "en", expression, *others) == wanted


@pytest.mark.parametrize("text, expression, wanted", [
    # a person's relative pronoun after a name that a preposition governs describes the name, not the object
    ("The envoy was carrying a long letter to the president from Prime Minister Jones, with whom he had dined on "
     "Sunday.", "Sunday", "Prime Minister Jones, with whom he had dined"),
    # a preposition and "which": the noun phrase before the comma
    ("The old company finally sold its largest paper mill to a rival, to which it had lent money in 1998.",
     "1998", "A rival, to which it had lent money"),
])
def test_a_date_in_a_relative_clause_opened_by_a_preposition_labels_that_clause(text, expression, wanted):
    """Read as part of the main clause, the label told the main clause's event ("The envoy was carrying a long
    letter…"), which happened at another time."""
    assert label(text, "en", expression) == wanted


@pytest.mark.parametrize("text, expression, others, wanted", [
    # the date is the report's, after the reported clause: what the town clerk said, cut to leave room for the
    # report (round 28), not "would close …" alone
    ("The mayor said the council of the northern district would close the old bridge to all traffic, the town "
     "clerk said Sunday.", "Sunday", (), "The mayor said the council…, the town clerk said"),
    # the report stands inside a relative clause; the main clause goes on after it
    ("The ferry operator, which said it had repaired the damaged engines, still plans to resume the crossings on "
     "Monday.", "Monday", (), "The ferry operator still plans to resume the crossings"),
    # an object before the clause: no reported subject right after the verb
    ("The spokesman for the regional water authority told the council the reservoir would be drained in August.",
     "August", (), "The spokesman for the regional water authority told the council the reservoir…"),
    # an object with no article after "told", then the clause
    ("The spokesman for the regional water authority told farmers Mayor Jones would drain the reservoir in "
     "August.", "August", (), "The spokesman for the regional water authority told farmers Mayor Jones…"),
    # an adverb after the verb, then an object noun phrase: no clause
    ("A senior official of the regional water authority said privately plans for the old reservoir in August.",
     "August", (), "A senior official of the regional water authority said privately plans…"),
    # far from the verb, a regular past shape inside a noun phrase is no finite verb
    ("The regional water authority announced the start of its long awaited programme of renewed pipes and "
     "improved drains in August.", "August", (),
     "The regional water authority announced the start of its long awaited programme…"),
    # the report stands inside a relative clause whose pronoun is the reported verb's object: "it built" alone
    # would not say what was built
    ("Classes have been held in tents since the opening of the new school, which the town says it built with "
     "money from the lottery, on 4 September.", "4 September", (),
     "The opening of the new school, which the town says it built…"),
])
def test_a_clause_not_reported_by_the_verb_before_it_keeps_its_label(text, expression, others, wanted):
    assert label(text, "en", expression, *others) == wanted


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a reporting verb followed only by prepositional phrases: "that" after the last noun is its conjunction
    ("en", "Gen. Anna Smith, a loyalist of the ousted governor of the northern province, said in an interview "
           "with a local newspaper at her headquarters that she hopes to recover the stolen paintings in the next "
           "two weeks.", "the next two weeks", "She hopes to recover the stolen paintings"),
    ("fr", "La porte-parole du ministère de l'Environnement et des Transports de la région a déclaré dans un "
           "entretien avec un journal local que le pont rouvrirait le mois prochain.", "le mois prochain",
     "Le pont rouvrirait"),
    # "that" right after a finite verb, a subject without an article after it
    ("en", "The long annual report of the regional water authority, which covers the coastal districts, warns "
           "that such farms used far more water last summer than ever before.", "last summer",
     "Such farms used far more water last summer than ever before"),
    # "que" that ends a subordinator of two words ("avant que") is no relative pronoun after the noun before it
    ("fr", "Ces mesures interviennent avant que le rapport de la police et de la gendarmerie soit rendu public "
           "lundi matin au ministère des Transports.", "lundi matin",
     "Le rapport de la police et de la gendarmerie soit rendu public…"),
    # "as" opens a clause when a subject and its finite verb follow it
    ("en", "Experts say such attacks on the networks of small firms are likely to rise as companies are now "
           "beginning to report them more openly.", "now", "Companies are now beginning to report them more openly"),
])
def test_a_date_in_a_clause_far_into_a_long_sentence_labels_that_clause(lang, text, expression, wanted):
    """Cut at 12 words, the label would tell the main clause's event ("Gen. Anna Smith said in an interview…")."""
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("text, expression, others, wanted", [
    # "pour" after the main verb: the group tells its own event, past the cut of the main clause's label
    ("Deux jeunes gens de la commune ont été interpellés mardi par les gendarmes pour avoir dégradé l'abribus "
     "dimanche soir.", "dimanche soir", ("mardi",), "Avoir dégradé l'abribus dimanche soir"),
    # "avant d'" elided before the infinitive
    ("Les joueurs de l'équipe première du club se sont entraînés hier matin au stade municipal avant "
     "d'affronter Dijon samedi prochain.", "samedi prochain", ("hier matin",), "Affronter Dijon"),
    # the date before the opener dates the main clause
    ("Deux jeunes gens de la commune ont été interpellés mardi par les gendarmes pour avoir dégradé l'abribus "
     "dimanche soir.", "mardi", ("dimanche soir",), "Deux jeunes gens de la commune ont été interpellés mardi…"),
])
def test_a_date_in_an_infinitive_group_past_the_cut_labels_that_group(text, expression, others, wanted):
    """Cut at 12 words, the label would tell the main clause's event ("… ont été interpellés mardi pour…")."""
    assert label(text, "fr", expression, *others) == wanted


@pytest.mark.parametrize("lang, text, expression, others, wanted", [
    # "that" right after a date that no preposition opens: the conjunction of the verb the date tells, not a
    # relative pronoun after the noun before the date
    ("en", "The director of the regional museum of modern art told the trustees of the foundation yesterday that "
           "the new wing would open to visitors next spring.", "next spring", ("yesterday",),
     "The new wing would open to visitors next spring"),
    ("fr", "La directrice du musée régional d'art moderne de la ville a assuré aux membres du conseil hier que la "
           "nouvelle aile ouvrirait ses portes au printemps prochain.", "au printemps prochain", ("hier",),
     "La nouvelle aile ouvrirait ses portes"),
    # "that" right after a participle of a reporting verb: the conjunction of what is reported
    ("en", "The regional water authority of the northern districts published a long report warning that the "
           "old reservoirs would run dry within the next three summers.", "the next three summers", (),
     "The old reservoirs would run dry within the next three summers"),
])
def test_a_conjunction_after_a_bare_date_or_a_reporting_participle_opens_the_dated_clause(
        lang, text, expression, others, wanted):
    """Read as a relative pronoun after the last noun, the opener hid the clause the date belongs to: the label told
    the main clause ("The director … told the trustees of the foundation…")."""
    assert label(text, lang, expression, *others) == wanted


def test_a_relative_clause_after_a_date_with_its_preposition_stays_one():
    """A date opened by a preposition may close a noun phrase: "that" after it is still a relative pronoun."""
    text = ("The members of the old rowing club on the northern shore of the lake held a meeting on Tuesday that "
            "the mayor of the town attended for the first time.")
    assert not label(text, "en", "Tuesday").startswith("The mayor")


def test_a_date_after_the_reporting_verb_does_not_hide_it():
    text = ("The chairman of the board of the small regional bank in the north said Tuesday in a statement to "
            "shareholders that the bank would close four branches next year.")
    assert label(text, "en", "next year", "Tuesday") == "The bank would close four branches next year"


@pytest.mark.parametrize("text, expression, start", [
    # "as" before a phrase, not a clause: "as part of", "as many as"
    ("The members of the old rowing club on the northern shore of the lake met again as part of the festival in "
     "June.", "June", "The members"),
    # a comparison that only repeats an auxiliary tells no event of its own
    ("The small bakery at the corner of the market square near the old church still sells bread as it has for "
     "almost a hundred years.", "almost a hundred years", "The small bakery"),
    # the second "as" of a comparison ("as long as", "as many as") opens no clause of time
    ("The old families of the small fishing village on the northern coast have lived there as long as anyone can "
     "remember since 1800.", "1800", "The old families"),
    # "as" before a participle: no subject
    ("The committee of the regional council for the northern valleys listed the old mill as having closed in "
     "1950.", "1950", "The committee"),
    # "that" with a subject without an article after a noun: an object relative clause
    ("Officials of the regional water authority for the coastal districts in the south keep careful records "
     "that engineers checked again in May.", "May", "Officials"),
])
def test_an_opener_without_a_clause_of_its_own_keeps_the_main_label(text, expression, start):
    assert label(text, "en", expression).startswith(start)


@pytest.mark.parametrize("text, start", [
    # "that" with no subject after it is a relative pronoun: its clause would lose its noun
    ("The team that built the first bridge over the wide river near the old town in 1931 was honoured by the "
     "city.", "The team"),
    # "that" after a noun phrase is a relative pronoun too, even with a subject after it
    ("Visitors admired the long wooden boat of the old fishing family that the museum had restored in 1931 for "
     "its anniversary.", "Visitors admired"),
])
def test_a_relative_clause_inside_a_long_label_is_not_its_label(text, start):
    assert label(text, "en", "1931").startswith(start)


@pytest.mark.parametrize("lang, clause, group", [
    ("de", "um die Ernte vor dem Regen einzubringen", True),
    ("de", "den alten Plan umzusetzen", True),
    ("de", "und zum Training zurückzukehren", True),
    ("de", "die Regierung versuchte den Plan umzusetzen", False),  # a finite verb: a main clause
    ("de", "ohne Schaufel und Maschinen", False),  # a preposition, no infinitive
    ("en", "to repatriate the child", True),
    ("en", "to the station", False),
    ("fr", "pour se retirer du marché", True),
    ("fr", "afin d'assurer la sécurité", True),
    ("fr", "pour l'hiver", False),
    ("fr", "pour le premier ministre", False),
])
def test_infinitive_groups_are_told_by_the_pack_grammar(lang, clause, group):
    assert infinitive_group(clause, rules(lang)) is group


@pytest.mark.parametrize("lang, clause, subordinate", [
    ("de", "dass die Preise weiter steigen werden", True),
    ("de", "auch wenn jetzt über eine Reform diskutiert wird", True),
    ("de", "bis zum Herbst sanken die Preise um drei Prozent", False),
    ("de", "wenn er kommt, wird gefeiert", False),  # the main clause follows inside
    ("de", "weil der Vater nicht da war) sind alle gegangen", False),  # the clause ends at the bracket
    ("en", "when the bridge opened", False),  # English word order reads alone
])
def test_verb_last_subordinate_clauses_are_a_pack_setting(lang, clause, subordinate):
    assert verb_last_subordinate(clause, rules(lang)) is subordinate


# A verb-second clause too long for the chart whose first place holds a phrase or an infinitive group without the
# date: the phrase (and an insertion between commas) goes before the clause's core, its subject in front of the
# verb. Sentences of our own.
@pytest.mark.parametrize("text, expression, wanted", [
    ("Nach einem langen Streit im Rat verhängte die Stadt, gegen den Willen der Händler, im Juli eine strenge Sperre "
     "für alle Lastwagen in der Altstadt.", "Juli",
     "Die Stadt verhängte eine strenge Sperre für alle Lastwagen in der Altstadt"),
    ("Um den Hafen der Stadt vor den feindlichen Schiffen zu schützen, ließ der König, nach dem Rat seiner Admirale, "
     "im Sommer 1701 eine Kette über die Einfahrt spannen.", "Sommer 1701",
     "Der König ließ eine Kette über die Einfahrt spannen"),
    ("Wegen der anhaltenden Proteste der Bauern im ganzen Land setzte die Regierung am Montag die neue Steuer auf "
     "Getreide aus.", "Montag", "Die Regierung setzte die neue Steuer auf Getreide aus"),
    # ... and a clause after the date's, which the cut would leave with a hole
    ("Im Gegensatz zu den meisten Häusern am Platz überstand die alte Mühle im Mai 1910 sogar das schwere Hochwasser, "
     "bei dem die Bewohner des Dorfes ihre Felder und Ställe verloren.", "Mai 1910",
     "Die alte Mühle überstand sogar das schwere Hochwasser"),
    # what the rule leaves alone: a dative after the verb is no subject to put first
    ("Bei den heftigen Kämpfen um die Brücke gelang den Verteidigern am 5. Mai der Rückzug über den Fluss in die "
     "Stadt.", "5. Mai", "Bei den heftigen Kämpfen um die Brücke gelang den Verteidigern der Rückzug…"),
])
def test_a_fronted_phrase_goes_before_the_clause_core(text, expression, wanted):
    assert label(text, "de", expression) == wanted


# A date set off by a comma before a fronted subordinate clause or phrase dates the main clause after it: a label
# too long for the chart tells that clause, not the fronted one (whose subordinator the label had already cut).
# Sentences of our own.
@pytest.mark.parametrize("lang, text, expression, wanted", [
    ("en", "In the autumn of 1820, because the harvest had failed in all the valleys of the south, the governor of "
     "the province opened the grain stores.", "autumn of 1820", "The governor of the province opened the grain stores"),
    # an apposition after the subject, and a bare noun opening it: the label, still too long, drops the apposition
    ("en", "Last week, after heavy rain flooded the lower districts of the old harbour town, the mayor of the town, a "
     "former teacher, ordered the evacuation of the coast.", "Last week",
     "The mayor of the town ordered the evacuation of the coast"),
    ("en", "On 4 May, while marching along the frozen banks of the northern river, soldiers of the second regiment "
     "captured a supply convoy.", "4 May", "Soldiers of the second regiment captured a supply convoy"),
    ("en", "In May, as soon as the first troops of the relief army had crossed the river near the old town, the "
           "garrison, weak and hungry after a long siege, surrendered.", "May",
     "The garrison, weak and hungry after a long siege, surrendered"),
    ("fr", "Le 3 mars, alors que la neige tombait sur toute la vallée du fleuve depuis deux jours, les habitants du "
     "village ont fermé la route du col.", "3 mars", "Les habitants du village ont fermé la route du col"),
    # what the rule leaves alone: a date inside the subordinate clause dates that clause
    ("en", "Although in 2009 the firm of the brothers grew in all the southern markets of the country, the profits of "
     "the firm fell sharply.", "2009", "The firm of the brothers grew in all the southern markets…"),
])
def test_a_date_before_a_fronted_clause_dates_the_main_clause(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


# A clause with a date in its opening phrase and another in its core: the core's date is told by the core, not cut
# where the phrase's date stood; the phrase's date keeps what it got. Sentences of our own.
@pytest.mark.parametrize("text, expression, other, wanted", [
    ("Während der Kämpfe um die Stadt im März eroberten die Truppen des Generals am 4. April die Festung auf dem "
     "Hügel über dem Tal.", "4. April", "März",
     "Die Truppen des Generals eroberten die Festung auf dem Hügel über dem Tal"),
    ("Mit dem Bau der Brücke im Jahr 1902 begann die Stadt im Herbst 1903 den Ausbau des neuen Hafens an der "
     "Nordseite.", "Herbst 1903", "Jahr 1902", "Die Stadt begann den Ausbau des neuen Hafens an der Nordseite"),
    ("Nach dem Scheitern der Verhandlungen im Frühjahr 1921 verlegte die Regierung im Juni ihren Sitz in die alte "
     "Hauptstadt am Fluss.", "Juni", "Frühjahr 1921",
     "Die Regierung verlegte ihren Sitz in die alte Hauptstadt am Fluss"),
    # the phrase's date: the clause as before, its phrase kept
    ("Mit dem Bau der Brücke im Jahr 1902 begann die Stadt im Herbst 1903 den Ausbau des neuen Hafens an der "
     "Nordseite.", "Jahr 1902", "Herbst 1903", "Mit dem Bau der Brücke begann die Stadt den Ausbau des neuen Hafens…"),
])
def test_the_core_date_does_not_follow_the_fronted_phrase_date(text, expression, other, wanted):
    assert label(text, "de", expression, other) == wanted


# Round 13: labels whose cut dropped the words that carry the event, or kept a side phrase instead of the subject and
# verb. Sentences of our own.
@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a correlate ("es", "dazu") stands for the infinitive group after the comma: the group tells what happened
    ("de", "1820 gelang es den Truppen, die Stadt einzunehmen.", "1820",
     "Es gelang den Truppen, die Stadt einzunehmen"),
    ("de", "Der Stadtrat entschied sich am Montag dazu, den Bau der Brücke zu verschieben.", "Montag",
     "Der Stadtrat entschied sich dazu, den Bau der Brücke zu verschieben"),
    # ... and stays whole when the clause before it is cut
    ("de", "1820 gelang es den Truppen des Generals nach langer Belagerung endlich, die Stadt am Fluss einzunehmen.",
     "1820", "Es gelang den Truppen des Generals … die Stadt am Fluss einzunehmen"),
    # (round 28: a prepositional phrase right before the comma goes instead, and no "…" is needed)
    ("de", "1820 gelang es den Truppen des Generals nach langer Belagerung, die Stadt am Fluss einzunehmen.", "1820",
     "Es gelang den Truppen des Generals, die Stadt am Fluss einzunehmen"),
    # ... a long fronted phrase before the verb and its correlate goes instead
    ("de", "In langen und verlustreichen Kämpfen im Mai gelang es den Verteidigern der Stadt, die Angreifer über den "
     "Fluss zurückzudrängen.", "Mai",
     "Es gelang den Verteidigern der Stadt, die Angreifer über den Fluss zurückzudrängen"),
    # (round 64) ... also one with a relative clause or a participle, when the date stood after the verb
    ("de", "Mit Unterstützung der Bauern, die das Gelände gut kannten, gelang es dem Oberst bis Ende Mai 1920, die "
     "Brücke über den Fluss zu halten.", "Ende Mai 1920", "Es gelang dem Oberst, die Brücke über den Fluss zu halten"),
    ("de", "Mit einem langsam und vorsichtig durchgeführten Angriff gelang es dem General bis Mitte Juli 1861, die "
     "Gegner zu schlagen und die Stadt einzunehmen.", "Mitte Juli 1861",
     "Es gelang dem General, die Gegner zu schlagen und die Stadt einzunehmen"),
    # ... a participle before its noun in the fronted phrase is no verb: the one before the correlate is
    ("de", "Bei dem Angriff auf die von den Rebellen besetzte Hauptstadt des Nordens handelte es sich im März 1871 um "
     "die letzte große Schlacht des Krieges.", "März 1871",
     "Bei dem Angriff … handelte es sich um die letzte große Schlacht…"),
    ("de", "Durch die Werbung von Freiwilligen aus den Dörfern und den Kauf von Waffen aus dem Ausland gelang es dem "
     "General im Herbst, eine starke Armee an der Grenze in Stellung zu bringen.", "Herbst",
     "Es gelang dem General, eine starke Armee … in Stellung zu bringen"),
    # an insertion between dashes: the clause goes on after it, with the particle of its verb
    ("de", "Die Ankündigung des Rücktritts am 4. Mai vom Rathausbalkon aus löste bei den Anhängern - denen man die "
     "Pläne lange verschwiegen hatte - große Enttäuschung aus.", "4. Mai",
     "Die Ankündigung des Rücktritts vom Rathausbalkon aus löste … große Enttäuschung aus"),
    ("en", "In March the committee - which had met only twice in the whole of that year - approved the new budget for "
     "the schools.", "March", "The committee approved the new budget for the schools"),
    # a participial phrase between the date and the subject goes
    ("en", "In May, angered by repeated delays in the talks with the company, the union called a strike at all its "
     "plants.", "May", "The union called a strike at all its plants"),
    ("en", "Angered by repeated delays in the talks with the company, the union called a strike on Monday at all its "
     "plants in the north.", "Monday", "The union called a strike at all its plants in the north"),
    # a past form before a passive's agent describes the subject: the verb comes later
    ("en", "Later that spring, a second rebel column led by the former governor of the northern province marched on "
     "the capital.", "Later that spring", "A second rebel column … marched on the capital"),
    # ... also when an apposition to the agent (a list of names) stands between its phrase and the verb, whose
    # object pronoun shows it is the verb
    ("en", "Last week, a fund led by two of the bank's former partners, Anna Berg, Tom H. Lake and Paul Reed, said "
     "it owned a 12% stake in the brewer.", "Last week", "A fund … said it owned a 12% stake in the brewer"),
    ("en", "Last week, a fund led by two of the bank's former partners, Anna Berg and Paul Reed, revealed it owned a "
     "12% stake in the brewer.", "Last week", "A fund … revealed it owned a 12% stake in the brewer"),
    # an apposition to the subject that holds a relative clause: the verb after its closing comma is the clause's
    ("en", "In May 2003 the new charter, a long text which listed the rights that the members of the club had won "
     "over the years, was signed by the board.", "May 2003", "The new charter … was signed by the board"),
    ("en", "On 2 June the treaty, a short paper which set out the terms that the empire hoped to impose on the "
     "Northern Alliance, was approved by the council.", "2 June", "The treaty … was approved by the council"),
    # a report with a clause of its own after a subordinate clause: the report, not the clause before it (the
    # reported clause alone, which holds the date, when the report's label would be cut)
    ("en", "As pressure grew in the city, officials of the ministry said they would not act on Monday against the "
     "strikers in the port.", "Monday", "They would not act against the strikers in the port"),
    # ... also when a phrase describes a noun of that clause
    ("en", "As pressure grew in the capital, the seat of the old royal court, officials of the ministry said they "
     "would not act on Monday.", "Monday", "Officials of the ministry said they would not act"),
    # what the rules leave alone: a fronted phrase with no infinitive group after the correlate may tell where
    ("de", "In der Hauptstadt und in vielen kleineren Städten des Landes kam es im Mai zu heftigen Protesten gegen die "
     "Regierung.", "Mai", "In der Hauptstadt … kam es zu heftigen Protesten gegen die Regierung"),
    # a name before a comma is no participial phrase, though it ends like one
    ("en", "Harding, Fielding and Reed were sentenced on Monday to two years in prison for the theft of the paintings "
     "from the museum.", "Monday", "Harding, Fielding and Reed were sentenced to two years in prison…"),
    # "by" after a verb with no verb after its phrase: the verb of the clause
    ("en", "On Monday the merger followed by one week an announcement that it will sell its stake in the insurer to a "
     "group of investors.", "Monday", "The merger followed by one week an announcement that it will sell…"),
    # a report that closes the words reports the clause before it, which stays
    ("en", "Because the talks with the company had failed again and again that week, the union will call a strike on "
     "Monday, the minister said.", "Monday", "The talks with the company had failed again and again that week…"),
    # a participle naming the subject, and a phrase of prepositions after it, go before the verb
    ("en", "Early in the spring, a small rebel force called the Northern Brigade under the orders of Colonel Peter "
     "Hale crossed the river.", "Early in the spring", "A small rebel force … crossed the river"),
    # a relative clause inside the subject with no comma: its verb is not the clause's
    ("en", "In 1954 the large new bridge which the city had planned for a long time across the river finally opened "
     "to traffic.", "1954", "The large new bridge … opened to traffic"),
    # a name that ends the relative clause is not who acts
    ("en", "On Monday the small airline which bought three old planes from the regional carrier Nordic Air Lines "
     "announced a new route at last.", "Monday", "The small airline … announced a new route at last"),
    # ... nor one governed by a preposition
    ("en", "In 1920, the troops of the northern provinces with the help of General Hans Berg marched on the "
     "capital of the country.", "1920", "The troops … marched on the capital of the country"),
    # (a command phrase and its name go first, then the label may fit whole)
    ("en", "In 1920, the troops of the northern provinces under the command of General Hans Berg marched on the "
     "capital of the country.", "1920", "The troops of the northern provinces marched on the capital of the country"),
    # who took part with the subject goes as well
    ("en", "In March 1921, the foreign minister together with the ambassador of the Netherlands signed the treaty "
     "on the return of the border regions.", "March 1921",
     "The foreign minister signed the treaty on the return of the border regions"),
    # German: who took part with the subject ("gemeinsam mit", with the name's genitive) goes too, so the object and
    # the verb's particle stay; not a list of names, whose first one alone would go
    ("de", "Im März 1921 unterzeichnete der Außenminister gemeinsam mit dem Botschafter der Niederlande den Vertrag "
     "über die Rückgabe der Grenzgebiete.", "März 1921",
     "Der Außenminister unterzeichnete den Vertrag über die Rückgabe der Grenzgebiete"),
    ("de", "Im Januar 1919 rief Karl Weber gemeinsam mit der Lehrerin Anna Brandt die Arbeiter der Hauptstadt zum "
     "Generalstreik gegen die Regierung auf.", "Januar 1919",
     "Karl Weber rief die Arbeiter der Hauptstadt zum Generalstreik gegen die Regierung auf"),
    ("de", "Im Sommer 1866 schloss Preußen zusammen mit dem Königreich Italien ein Bündnis gegen das "
     "österreichische Kaiserreich ab.", "Sommer 1866", "Preußen schloss ein Bündnis gegen das österreichische "
     "Kaiserreich ab"),
    # ... and the role someone acts in, a noun with its genitive before the object ("als Leiter des Amtes")
    ("de", "Im Mai 1950 übergab Karl von Brandt als Leiter des Vermessungsamtes der Provinz die neuen Karten an "
     "den Landrat.", "Mai 1950", "Übergab Karl von Brandt die neuen Karten an den Landrat"),
    # not "als auch" after "sowohl", nor a role that closes the clause
    ("de", "Im Mai 1950 hatten sowohl die Regierung des Landes als auch der Rat der Stadt die Einführung der neuen "
     "Steuer beschlossen.", "Mai 1950", "Hatten sowohl die Regierung des Landes … neuen Steuer beschlossen"),
    ("de", "Im Jahr 2007 gründete er gemeinsam mit Norwegen, Island, Irland, Schottland und Dänemark einen Bund "
     "zum Schutz der Fischbestände im Nordatlantik.", "Jahr 2007",
     "Er gründete gemeinsam mit Norwegen, Island, Irland…"),
    # a name whose first word has a verb's shape ("-ed") is the subject, not a verb
    ("en", "On Monday, Mildred Hughes, the founder of the small charity for the children of the valley, opened a new "
     "school in the town.", "Monday", "Mildred Hughes … opened a new school in the town"),
    # German: a prepositional phrase that opens the middle field, before the object, goes (manner, means)
    ("de", "Der Bürgermeister eröffnete im Herbst mit einer langen Rede vor vielen Gästen eine neue Schule für die "
     "Kinder am Fluss.", "Herbst", "Der Bürgermeister eröffnete eine neue Schule für die Kinder am Fluss"),
    ("de", "Die Feuerwehr führte im Juni mit rund 200 Helfern aus drei Dörfern eine große Übung am Stausee durch.",
     "Juni", "Die Feuerwehr führte eine große Übung am Stausee durch"),
    # ... with the name of several capitalized words that ends the phrase, or a genitive name tied to its noun:
    # the object after it stays, not "… aus dem Oberen Inntal Tirols … zum Sommerfest geladen"
    ("de", "Heute haben die Musikanten aus dem Oberen Inntal Tirols (Imst, Landeck und Zams) ihre Freunde aus "
     "Bayern zum Sommerfest geladen.", "Heute",
     "Die Musikanten haben ihre Freunde aus Bayern zum Sommerfest geladen"),
    ("de", "Im Herbst wurde vor dem Obersten Gerichtshof Karl Berger aus Linz eine neue Klage gegen die Stadt "
     "eingebracht.", "Herbst", "Wurde eine neue Klage gegen die Stadt eingebracht"),
    # an extended attribute between an article and its noun goes ("die von … geführten Truppen")
    ("de", "Die von einem jungen Offizier geführten Truppen erreichten im Juli die Hauptstadt des Landes im hohen "
     "Norden am Meer.", "Juli", "Die Truppen erreichten die Hauptstadt des Landes im hohen Norden am Meer"),
    ("de", "Im Frühjahr 1920 brachte die Regierung in einem über drei Wochen währenden Verfahren im Parlament ein "
     "neues Gesetz zur Abstimmung.", "Frühjahr 1920",
     "Die Regierung brachte in einem Verfahren im Parlament ein neues Gesetz zur Abstimmung"),
    # what stays: a phrase after the object, before a genitive article, is no adverbial of the middle field
    ("de", "Die Stadt setzte im Mai einen Preis von 5.000 Euro für den besten Entwurf eines neuen Rathauses aus.",
     "Mai", "Die Stadt setzte einen Preis von 5.000 Euro … eines neuen Rathauses aus"),  # (the genitive whole)
    # "ein" after the phrase is the verb's particle, no article
    ("de", "Die Truppen marschierten am Morgen in die kleine Stadt am Fluss ein und besetzten alle Brücken.",
     "Morgen", "Die Truppen marschierten in die kleine Stadt am Fluss ein…"),
])
def test_a_cut_keeps_the_words_that_carry_the_event(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


def test_a_clause_told_on_after_dashes_loses_the_dates_it_goes_on_with():
    text = "Die Ankündigung am 4. Mai löste bei den Anhängern - denen man alles verschwiegen hatte - am 5. Mai Wut aus."
    assert label(text, "de", "4. Mai", "5. Mai") == "Die Ankündigung löste bei den Anhängern Wut aus"


# Round 16: a main clause whose predicate takes a complement clause ("wurde klar", "ist nicht geplant", "beschloss",
# "davon überzeugt") keeps the dass-clause or infinitive group after its comma, shortened at the word limit; a short
# quotation after a colon completes the clause before it. Sentences of our own.
@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a copula and an adjective or participle right before the comma
    ("de", "Im Norden des Landes wurde im Frühjahr klar, dass die Vorräte der Armee nicht reichen würden.", "Frühjahr",
     "Im Norden des Landes wurde klar, dass die Vorräte … nicht reichen würden"),
    # ... without the report that closes the sentence
    ("de", "Bisher ist nicht vorgesehen, dass die Gemeinde weitere Flächen für den Bau von Wohnungen freigibt, sagte "
     "der Bürgermeister.", "Bisher",
     "Ist nicht vorgesehen, dass die Gemeinde weitere Flächen … von Wohnungen freigibt"),
    # a finite verb with only its subject after it; the infinitive group up to its own comma
    ("de", "Am Montag beschloss der Rat, den Bau der neuen Brücke zu verschieben, was viele Bürger verärgerte.",
     "Montag", "Der Rat beschloss, den Bau der neuen Brücke zu verschieben"),
    # a long clause shows its last words: the verb, its subject and the complement, not the phrase setting the scene
    # (the date in the clause: one right after "der Wahl" would be the election's, two weeks before)
    ("de", "Zwei Wochen nach der Wahl wurde der Kanzler im Herbst davon überzeugt, dass man den Vertrag kündigen "
     "müsse.", "Herbst", "…wurde der Kanzler davon überzeugt, dass man den Vertrag kündigen müsse"),
    # a correlate's infinitive group too long to show whole: its first words, "…", its infinitive
    ("de", "Die Bürgermeisterin entschied sich dann dazu, die Gäste am nächsten Abend in den großen Saal zu bitten, "
     "was allen gefiel.", "Abend", "Die Bürgermeisterin entschied sich dann dazu, die Gäste … Saal zu bitten…"),
    # a short quotation after a colon
    ("de", "Am nächsten Morgen lauteten die Überschriften in allen Zeitungen des Landes: »Regierung gestürzt«.",
     "Morgen",
     "Am nächsten Morgen lauteten die Überschriften in allen Zeitungen des Landes: »Regierung gestürzt«"),
    # a relative clause in the subject of an embedded clause goes, so that its verb shows
    ("en", "Officials said on Monday that the troops who had guarded the border for many years would leave the region.",
     "Monday", "Officials said that the troops … would leave the region"),
    # where capitals mark every noun, a capitalized word is no function word: the cut keeps "Wochen" (a phrase in
    # the first place would go: test_a_fronted_phrase_goes_before_the_clause_core)
    ("de", "Die Truppen des Grafen zogen nach dem Sieg am Fluss im Mai zwei Wochen lang plündernd durch die Dörfer der "
     "Ebene.", "Mai", "Die Truppen des Grafen zogen nach dem Sieg am Fluss zwei Wochen…"),
    # a complementizer's clause after any middle field: what was ordered or said, not the bare verb of saying
    ("de", "Am 3. Mai befahl der Rat in seinem neuen Erlass, dass alle Schulen schließen sollten.", "3. Mai",
     "Der Rat befahl in seinem neuen Erlass, dass alle Schulen schließen sollten"),
    ("de", "Am 12. Januar sagte der neue Minister der Verteidigung Hans Berg dem Presseclub, dass die Linie der Armee "
     "bis zum Fluss reichen würde.", "12. Januar",
     "Der neue Minister … sagte dem Presseclub, dass die Linie der Armee…"),
    # ... and an infinitive group with no opener after any middle field: always some word's complement, so what was
    # decided or demanded is told, not the verb and its middle field alone
    ("de", "Im Mai beschloss der Rat unter dem neuen Bürgermeister, die alte Brücke abzureißen.", "Mai",
     "Der Rat beschloss unter dem neuen Bürgermeister, die alte Brücke abzureißen"),
    ("de", "Im Mai erhielt die Stadt vom Land die Erlaubnis, die alte Brücke abzureißen.", "Mai",
     "Die Stadt erhielt vom Land die Erlaubnis, die alte Brücke abzureißen"),
    # ... and it is no apposition a long label drops
    ("de", "Die Bürger beschlossen im Mai, dass der Bau unmöglich sei, solange die Brücke gesperrt war.", "Mai",
     "Die Bürger beschlossen, dass der Bau unmöglich sei, solange die Brücke gesperrt war"),
    # left alone: a purpose clause ("um … zu"), a complement of another clause than the date's, a heading
    ("de", "Am Montag erreichten die Truppen des Generals nach einem langen Marsch die Stadt, um sie von den "
     "Belagerern zu befreien.", "Montag", "Die Truppen des Generals erreichten nach einem langen Marsch die Stadt…"),
    ("de", "Am Montag wurde die Operation begonnen und es zeigte sich bald, dass der Widerstand der Verteidiger in der "
     "Stadt zwecklos war.", "Montag", "Die Operation wurde begonnen und es zeigte sich bald…"),
    ("de", "Sender Eins, Samstag, 17. Januar: »Die lange Nacht«", "17. Januar", "Sender Eins, Samstag"),
])
def test_a_predicate_keeps_its_complement_clause(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


# Reported speech that no "dass" opens: a verb-second clause in the subjunctive after the comma is what the clause
# before it said, whether its subject opens with an article (of a relative pronoun's form) or the verb of saying is
# not one the pack lists as reporting. Sentences of our own.
@pytest.mark.parametrize("text, expression, wanted", [
    ("Der Bürgermeister sagte am Freitag, die neue Umgehungsstraße sei ein Gewinn für alle.", "Freitag",
     "Der Bürgermeister sagte, die neue Umgehungsstraße sei ein Gewinn für alle"),
    ("Die Trainerin betonte am Sonntag nach dem Spiel, man habe die Chancen nicht genutzt.", "Sonntag",
     "Die Trainerin betonte nach dem Spiel, man habe die Chancen nicht genutzt"),
    ("Der Sprecher kritisierte am Montag in Bonn, die Gespräche mit dem Verband seien gescheitert.", "Montag",
     "Der Sprecher kritisierte in Bonn, die Gespräche mit dem Verband seien gescheitert"),
    # left alone: relative clauses, with the subjunctive last or before a double infinitive, and a main clause
    # joined by a coordinator
    ("Am Montag besuchte der Rat die Brücke, die Arbeiter hätten bauen sollen.", "Montag",
     "Der Rat besuchte die Brücke"),
    ("Am Montag verließ der Trainer das Stadion, aber ich habe ihn später gesehen.", "Montag",
     "Der Trainer verließ das Stadion"),
])
def test_a_verb_of_saying_keeps_the_reported_speech_after_it(text, expression, wanted):
    assert label(text, "de", expression) == wanted


# Round 18: predicates that take an infinitive complement (control and raising verbs and nouns). The complement after
# the comma stays with its predicate when a date ends the clause before it, when adverbs, a preposition or a
# reflexive open it, and when the subject after the verb holds an adjective; a date inside the complement keeps the
# noun or verb that controls it. Sentences of our own.
@pytest.mark.parametrize("lang, text, expression, wanted", [
    # the date between the verb and the comma
    ("de", "Man versuchte am 3. Mai, die Blockade des Hafens zu brechen.", "3. Mai",
     "Man versuchte, die Blockade des Hafens zu brechen"),
    ("de", "Die Gemeinde plante im Herbst, den alten Bahnhof zu verkaufen.", "Herbst",
     "Die Gemeinde plante, den alten Bahnhof zu verkaufen"),
    # ... after an adverb or a reflexive that closes the clause
    ("de", "Die Bauern weigerten sich im Juni, die neuen Abgaben zu zahlen.", "Juni",
     "Die Bauern weigerten sich, die neuen Abgaben zu zahlen"),
    ("de", "Man versuchte nun am 3. Mai, die Blockade zu brechen und in den Hafen einzulaufen.", "3. Mai",
     "Man versuchte nun, die Blockade zu brechen und in den Hafen einzulaufen"),
    # ... after a noun that takes the complement, as object
    ("de", "Die Regierung bekräftigte am Montag ihre Absicht, die Steuern zu senken.", "Montag",
     "Die Regierung bekräftigte ihre Absicht, die Steuern zu senken"),
    # a subject with an adjective after the verb
    ("de", "Im Mai beschloss die neue Regierung, den Bau des Kraftwerks zu stoppen.", "Mai",
     "Die neue Regierung beschloss, den Bau des Kraftwerks zu stoppen"),
    # a complement opened by an adverb, a preposition or a reflexive pronoun, not by an article
    ("de", "Im Jahr 1920 gelang es dem Präsidenten tatsächlich, das Land politisch weitgehend zu befrieden.",
     "Jahr 1920", "Es gelang dem Präsidenten tatsächlich, das Land politisch weitgehend zu befrieden"),
    ("de", "Im Herbst begannen die Händler schließlich damit, sich die Kontrolle über den Markt zu sichern.", "Herbst",
     "Die Händler begannen schließlich damit, sich die Kontrolle über den Markt zu sichern"),
    # two infinitives too long for one label: the first, with its predicate
    ("de", "Der Kaufmann bat die Räte der Stadt am 2. Juli, weitere 300 Wächter anzuwerben und dem Hafen zur "
     "Verfügung zu stellen.", "2. Juli", "Der Kaufmann bat die Räte der Stadt, weitere 300 Wächter anzuwerben…"),
    # a date inside the complement: the noun that takes it stays with it when the label is cut
    ("de", "Der Bauernbund des Landes begrüßt die Absicht des Vorstands der Stiftung Berge Nord, noch heuer den "
     "Verkehr auf den Pässen zu regeln.", "heuer",
     "…die Absicht des Vorstands …, den Verkehr auf den Pässen zu regeln"),
    # an infinitive complement without an article first is no label alone: it takes its predicate
    ("de", "Der Rat beschloss, die Steuern zu senken und 2025 die Gebühren abzuschaffen.", "2025",
     "Der Rat beschloss, die Steuern zu senken und die Gebühren abzuschaffen"),
    # left alone: a main clause after the comma, a purpose clause
    ("de", "Am Montag kam er nach Hause, er hatte nichts zu verlieren.", "Montag",
     "Er kam nach Hause, er hatte nichts zu verlieren"),
    ("de", "Die Truppen erreichten am Montag die Stadt, um sie zu befreien.", "Montag",
     "Die Truppen erreichten die Stadt, um sie zu befreien"),
    # English and French take the infinitive without a comma: already whole
    ("en", "The board decided on Monday to delay the vote on the merger.", "Monday",
     "The board decided to delay the vote on the merger"),
    ("fr", "Mardi, le ministre a tenté de convaincre les syndicats.", "Mardi",
     "Le ministre a tenté de convaincre les syndicats"),
])
def test_a_predicate_keeps_its_infinitive_complement(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


# Round 21: labels with words missing where the date was cut out. Sentences of our own.
@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a year joined to the date by a slash opens its range: both go
    ("de", "Um 1349/1350 wurde der Vertrag zwischen den beiden Städten geschlossen.", "1350",
     "Wurde der Vertrag zwischen den beiden Städten geschlossen"),
    # a word of approximation before a date goes with it
    ("en", "The old wall of the town was built in ca. 1200 BC.", "1200 BC", "The old wall of the town was built"),
    # ... and so does a word of exactness
    ("en", "Exactly two years ago, the company collapsed.", "two years ago", "The company collapsed"),
    ("de", "Genau vor einem Jahr war die Brücke eingestürzt.", "vor einem Jahr", "Die Brücke war eingestürzt"),
    ("fr", "Il y a exactement deux ans, l'entreprise a fait faillite.", "deux ans", "L'entreprise a fait faillite"),
    # (round 27: after the participle of dating the date is what the clause says, and stays: "can be dated" was
    # judged a hole; see tests/test_events.py)
    # a season, month or weekday coordinated with the date shares its preposition: it goes with it
    ("de", "In allen Provinzen wurden die Rebellen im Sommer und Herbst wieder stärker.", "Sommer",
     "In allen Provinzen wurden die Rebellen wieder stärker"),
    ("en", "The rebels fought in the spring and summer along the river.", "the spring",
     "The rebels fought along the river"),
    # ... not a word that is written otherwise ("may", a verb)
    ("en", "The union will meet on Monday and may call a strike.", "Monday",
     "The union will meet and may call a strike"),
])
def test_a_cut_date_leaves_no_hole(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


# Round 68: words that belonged with a cut date stayed behind, or words the clause needs went with it. Sentences
# of our own.
@pytest.mark.parametrize("lang, text, expression, wanted", [
    # an adverb of distance goes with the preposition it measures
    ("en", "The bridge reopened shortly after noon on Sunday.", "noon on Sunday", "The bridge reopened"),
    ("de", "Die Brücke wurde kurz vor Weihnachten 2015 wieder freigegeben.", "Weihnachten 2015",
     "Die Brücke wurde wieder freigegeben"),
    ("fr", "Le pont a rouvert peu après midi dimanche.", "midi dimanche", "Le pont a rouvert"),
    # a pair of prepositions goes whole
    ("en", "It was decided that, as from 1 March 2011, ferries no longer stop at the island.", "1 March 2011",
     "It was decided that ferries no longer stop at the island"),
    # the part of the day a weekday modifies goes with it
    ("en", "The ferry will sail to the island on Monday and Tuesday evenings in summer.", "Monday",
     "The ferry will sail to the island in summer"),
    # a phrase of time that the date's phrase describes goes with it
    ("de", "In den Wochen vor dem 1. Mai stiegen die Preise deutlich.", "1. Mai", "Die Preise stiegen deutlich"),
    ("en", "Prices rose sharply in the weeks before May 1.", "May 1", "Prices rose sharply"),
    # a preposition fused with its article governs the noun after the date, not the date: it stays
    ("de", "Es kam damals zur bis heute größten Flut in der Stadt.", "heute",
     "Es kam damals zur größten Flut in der Stadt"),
    # a date coordinated by "weder … noch" is one of two subjects: it stays
    ("de", "Weder der Regen noch der Winter hielten die Arbeiter auf.", "Winter",
     "Weder der Regen noch der Winter hielten die Arbeiter auf"),
])
def test_a_cut_date_takes_its_own_words_and_leaves_the_clauses(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("lang, text, expression, others, wanted", [
    # a noun of time whose genitive names the event it is timed by keeps that genitive, and so stays
    ("de", "Am Morgen des Anschlags war die Polizei schon vor Ort.", "Morgen", (),
     "Am Morgen des Anschlags war die Polizei schon vor Ort"),
    ("de", "Der Präsident gab am Abend seiner Rückkehr eine Pressekonferenz.", "am Abend", (),
     "Der Präsident gab am Abend seiner Rückkehr eine Pressekonferenz"),
    ("fr", "À la veille de sa visite, le ministre a publié une tribune.", "la veille", (),
     "À la veille de sa visite, le ministre a publié une tribune"),
    ("en", "On the eve of the vote, the party released its program.", "the eve", (),
     "On the eve of the vote, the party released its program"),
    # ... and inside an attribute before a noun, the clause keeps its label, not the genitive's noun
    ("de", "Die Ministerin zitierte aus einem am Vorabend seines Besuchs verbreiteten Brief.", "am Vorabend", (),
     "Die Ministerin zitierte aus einem am Vorabend seines Besuchs verbreiteten Brief"),
    # a genitive that holds a date of its own is part of the date: both go
    ("de", "Die Truppen zogen in der Nacht des 3. Mai ab.", "Nacht", ("3. Mai",), "Die Truppen zogen ab"),
    # a weekday followed by a subject: the date goes as before
    ("de", "Dann teilte am Montag der Sprecher des Ministeriums die Entscheidung mit.", "Montag", (),
     "Der Sprecher des Ministeriums teilte die Entscheidung mit"),
])
def test_a_time_named_by_an_event_keeps_its_genitive(lang, text, expression, others, wanted):
    assert label(text, lang, expression, *others) == wanted


@pytest.mark.parametrize("lang, text, expression", [
    ("de", "Die Bauern haben im Winter (2010) vor dem Rathaus gestreikt.", "Winter"),
    ("de", "Man sagt, dass im Winter (2010) die Bauern vor dem Rathaus gestreikt haben.", "Winter"),
    ("en", "The farmers went on strike last winter (2010) in front of the town hall.", "last winter"),
])
def test_a_bracket_that_glosses_a_cut_date_goes_with_it(lang, text, expression):
    # "vor 90 Jahren (1923)": cut without its gloss, the date left "dass (2010) die Bauern …"
    for date in (expression, "2010"):
        told = label(text, lang, date, *({expression, "2010"} - {date}))
        assert "(" not in told and ")" not in told and ("Bauern" in told or "farmers" in told), told


@pytest.mark.parametrize("lang, text, expression, others, wanted", [
    # the clauses are cut between the two dates: the report's own tells nothing without what it reports
    # (round 28: too long for both, what was reported is cut to leave room for the report, which the date dates;
    # a language that puts a long clause's verb at its end keeps what was reported)
    ("en", "The first shipment of aid arrived over the weekend at the port and is being unloaded, city officials "
           "said Monday.", "Monday", ("the weekend",),
     "The first shipment of aid arrived…, city officials said"),
    ("en", "The council has voted to close the bridge in early May, a spokesman for the city said on Tuesday.",
     "Tuesday", ("early May",), "The council has voted to close the bridge…"),
    ("de", "Die erste Lieferung kam am Wochenende im Hafen an und wird nun entladen, sagte ein Sprecher der Stadt am "
           "Montag.", "Montag", ("Wochenende",), "Die erste Lieferung kam im Hafen an und wird entladen…"),
])
def test_a_report_set_off_after_its_clause_gets_what_it_reports(lang, text, expression, others, wanted):
    assert label(text, lang, expression, *others) == wanted


# Round 28: a date of a report set off after a long clause it reports ("…, officials said Monday") was left out
# with the report by the chart's cut: the label told what was reported, as if it happened at the report's date.
@pytest.mark.parametrize("lang, text, expression, wanted", [
    # one clause: what was reported, cut to the room the report leaves, and the report
    ("en", "The regional government will build three new hospitals in the poorest districts of the north, the "
           "health minister said on Friday.", "Friday", "The regional government will build three…, the health "
     "minister said"),
    # a quotation keeps its closing mark
    ("en", "\"We will build three new hospitals in the poorest districts of the north,\" the minister said on "
           "Friday.", "Friday", "\"We will build three new hospitals…,\" the minister said"),
    ("fr", "Le conseil régional a approuvé la construction de trois écoles dans les quartiers du nord de la ville, "
           "a indiqué hier un porte-parole.", "hier",
     "Le conseil régional a approuvé…, a indiqué hier un porte-parole"),
    # what was reported, shortened to its subject's head and verb
    ("en", "The new plan of the regional government for three large hospitals in the poorest northern districts of "
           "the country was finally approved by the assembly after a long debate about costs, city officials said "
           "Monday.", "Monday", "The new plan … was approved…, city officials said"),
    # both fit: as before
    ("en", "The regional government will build three new hospitals, the minister said on Friday.", "Friday",
     "The regional government will build three new hospitals, the minister said"),
])
def test_a_report_past_the_cut_is_told_with_what_it_reports(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("text, expression", [
    # the report names no speaker after its comma ("…, said over the weekend"): its speaker stands before
    ("The regional government will build three new hospitals in the poorest districts of the north, said over "
     "the weekend.", "the weekend"),
])
def test_a_report_is_not_told_without_its_speaker(text, expression):
    assert not label(text, "en", expression).endswith(("said", "said over"))


@pytest.mark.parametrize("text, expression, others", [
    # a verb of the pack's reporting list with an object of its own, or a report with a clause of its own
    ("Most of the new jobs came in the building trade in May, which added 9,000 jobs in June.", "June", ("May",)),
    ("The agency did not name the man in its report in March, but said on Friday that he had left.", "Friday",
     ("March",)),
])
def test_a_clause_with_its_own_object_is_no_bare_report(text, expression, others):
    assert not label(text, "en", expression, *others).startswith(("Most", "The agency did not"))


@pytest.mark.parametrize("lang, text, expression, others, wanted", [
    # a coordinator and a focus adverb that narrow a date to one of its parts go with it: the fronted phrase of
    # dates leaves nothing behind, and the main clause after it is the label
    ("en", "During the winter, and especially in late January, the old harbour is closed to all ships.",
     "the winter", ("late January",), "The old harbour is closed to all ships"),
    ("fr", "Pendant l'été, et surtout entre le 10 juillet et le 15 août, la piscine municipale est pleine.",
     "10 juillet", ("été", "15 août"), "La piscine municipale est pleine"),
])
def test_a_date_narrowing_another_goes_with_its_focus_adverb(lang, text, expression, others, wanted):
    assert label(text, lang, expression, *others) == wanted


# Round 29: a reporting verb right after the comma of a fronted subordinate clause is the main clause's verb in the
# place after that clause ("Als …, teilte die Stadt … mit"), not a report closing it: the date's label is the main
# clause, not the subordinate one told as a main clause.
@pytest.mark.parametrize("text, expression, wanted", [
    ("Als die Nachricht von dem Unglück im ganzen Tal bekannt wurde, sagte der Rat am Montag die Feier ab.",
     "Montag", "Der Rat sagte die Feier ab"),
    ("Als der Brief ankam, erklärte die Stadt am Freitag den Rücktritt des Bürgermeisters.", "Freitag",
     "Als der Brief ankam, erklärte die Stadt den Rücktritt des Bürgermeisters"),
    ("Nachdem die Stürme abgeflaut waren, berichtete die Zeitung am Dienstag über die Schäden.", "Dienstag",
     "Nachdem die Stürme abgeflaut waren, berichtete die Zeitung über die Schäden"),
    # a report set off by commas of its own between the fronted clause and the main clause's verb stays a report
    ("Wenn es morgen regnet, sagte der Trainer, fällt das Spiel aus.", "morgen", "Es regnet morgen"),
])
def test_a_reporting_verb_after_a_fronted_subordinate_clause_is_the_main_clauses(text, expression, wanted):
    assert label(text, "de", expression) == wanted


@pytest.mark.parametrize("lang, text, expressions, wanted", [
    # a heading: the bracket of dates goes with them, the event's name is left
    ("en", "The Nile campaign (1884-1885)", ("1884", "1885"), "The Nile campaign"),
    ("de", "Der Krimkrieg (1853–1856)", ("1853", "1856"), "Der Krimkrieg"),
    # a bracket of one date in a sentence, and of a range of days
    ("en", "The harbour strike (March 1921) closed every dock on the coast.", ("March 1921",),
     "The harbour strike closed every dock on the coast"),
    ("fr", "La grève des mineurs (3-17 mai 1948) a touché tout le bassin.", ("3", "17 mai 1948"),
     "La grève des mineurs a touché tout le bassin"),
])
def test_a_bracket_holding_nothing_but_dates_goes_with_them(lang, text, expressions, wanted):
    assert label(text, lang, *expressions) == wanted


def test_a_bracket_with_other_words_than_dates_stays():
    assert label("The rebel leader (active 1911-1920) never surrendered.", "en", "1911", "1920") \
        == "The rebel leader (active 1911-1920) never surrendered"


@pytest.mark.parametrize("text, expression, wanted", [
    # "seit" is a subordinator and a preposition: before an article it opens the clause's first phrase, which stays
    ("Die Stimmung war gedrückt, weil seit dem letzten Treffen zwei Jahre vergangen waren.", "zwei Jahre",
     "Seit dem letzten Treffen waren zwei Jahre vergangen"),
    ("Am Montag trafen sich die Minister, da seit dem letzten Gipfel im Mai 2019 kein Abkommen zustande gekommen "
     "war.", "Mai 2019", "Seit dem letzten Gipfel war kein Abkommen zustande gekommen"),
])
def test_a_subordinator_that_opens_a_phrase_stays_when_the_clause_is_told_as_a_main_one(text, expression, wanted):
    frame = extract_document(Document(doc_id="own", text=text, lang="de", dct=day(2024, 6, 12)))
    assert frame.set_index("expression").loc[expression, "label"] == wanted


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a duration the label keeps, in a clause past the cut: the cut keeps that clause's end, not the main clause alone
    ("de", "Der Streit um die Wasserrechte war fast vergessen, da seit dem letzten großen Prozess zwischen den "
     "beiden benachbarten Gemeinden zwanzig Jahre vergangen waren.", "zwanzig Jahre",
     "Der Streit um die Wasserrechte war fast vergessen … zwanzig Jahre vergangen waren"),
    ("en", "As the dollar climbed in recent months, the small exporter's mounting debts turned into a serious burden.",
     "recent months", "The dollar climbed in recent months, the small exporter's mounting debts turned…"),
    ("en", "At least 2,000 new soldiers are expected to be sent to the northern border region within weeks, including "
     "engineers, medics and cooks.", "weeks", "At least 2,000 new soldiers are expected to be sent…"),
    # ... but a phrase it opens before the verb may still go
    ("en", "For the past two months, the union has demanded that the company return the pension fund to its members.",
     "the past two months", "The union has demanded that the company return the pension fund…"),
])
def test_a_long_label_is_cut_around_its_duration(lang, text, expression, wanted):
    frame = extract_document(Document(doc_id="own", text=text, lang=lang, dct=day(2024, 6, 12)))
    assert frame.set_index("expression").loc[expression, "label"] == wanted


@pytest.mark.parametrize("text, expression, wanted", [
    # a clause cut at a comma while its auxiliary awaits the participle at the sentence's end: the label takes it
    ("Im Landkreis wurde am 3. März die Gebühr für Anwohner, gültig ab dem 1. April 2025, auf 40 Euro gesenkt.",
     "3. März", "Im Landkreis wurde die Gebühr für Anwohner gesenkt"),
    # ... two participles joined by a coordinator, after an inserted phrase
    ("Nachdem der Bürgermeister seine Mehrheit verloren hatte, wurde er im Oktober 2019, während der "
     "Haushaltskrise, vom Stadtrat abgewählt und ersetzt.", "Oktober 2019",
     "Nachdem der Bürgermeister seine Mehrheit verloren hatte, wurde er abgewählt und ersetzt"),
    # ... and a participle that two clauses share ("hatte … für ein Jahr, … für zwei Jahre gewählt")
    ("Die Stadt hatte den Rat für ein Jahr, das Land den Landtag für fünf Jahre gewählt.", "ein Jahr",
     "Die Stadt hatte den Rat für ein Jahr gewählt"),
])
def test_a_german_clause_cut_before_its_participle_takes_it(text, expression, wanted):
    frame = extract_document(Document(doc_id="own", text=text, lang="de", dct=day(2024, 6, 12)))
    assert frame.set_index("expression").loc[expression, "label"] == wanted


@pytest.mark.parametrize("text, expression", [
    # the verb that ends the sentence is a relative clause's, not the participle of the clause before
    ("Am 5. Mai wurde die Beamtin Leiterin des neuen Bezirks Nord, der den ganzen Hafen umfasste.", "5. Mai"),
    # ... or a subordinate clause's, after a clause closed by its infinitive already
    ("Im Sommer 2020 hatte der Verein seine Kasse sanieren können, da die Stadt, wie versprochen, die Miete senkte.",
     "Sommer 2020"),
])
def test_a_dependent_clause_verb_does_not_close_the_clause_before(text, expression):
    frame = extract_document(Document(doc_id="own", text=text, lang="de", dct=day(2024, 6, 12)))
    assert not frame.set_index("expression").loc[expression, "label"].endswith(("umfasste", "senkte"))


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # the modal the two predicates share, and their subject, go in front of the second one
    ("de", "Die Brigade sollte am 3. März aufbrechen und am 12. März die Hauptstadt gemeinsam mit den Verbündeten "
           "erreichen.", "12. März", "Die Brigade sollte die Hauptstadt gemeinsam mit den Verbündeten erreichen"),
    # ... the auxiliary, after a fronted phrase in the first predicate, and a bare year opening the second
    ("de", "Seit 1880 war das Land unter den Einfluss Frankreichs geraten und 1902 von Frankreich besetzt worden.",
     "1902", "Das Land war von Frankreich besetzt worden"),
    ("de", "Der Minister hatte bereits im Frühjahr die Lage erkannt und mit seiner Rede vom 4. Mai einen "
           "Kurswechsel angekündigt.", "4. Mai", "Der Minister hatte mit seiner Rede einen Kurswechsel angekündigt"),
    # an English auxiliary before the participle
    ("en", "The garrison had crossed the river in 1781 and taken the old fort in 1782.", "1782",
     "The garrison had taken the old fort"),
    # a second predicate with a finite verb of its own takes the subject alone, in a clause cut for its length
    ("de", "Der Verein kaufte im Frühjahr ein altes Bootshaus am südlichen Ufer des großen Sees und eröffnete im "
           "Herbst dort eine Segelschule.", "Herbst", "Der Verein eröffnete dort eine Segelschule"),
    # a second predicate of one word, its verb alone, in each language
    ("en", "The old general led the army in 1812 and resigned in 1815.", "1815", "The old general resigned"),
    ("en", "The pitcher won the pennant in 1954 and retired in 1966.", "1966", "The pitcher retired"),
    ("de", "Der Bischof gründete 1648 das Kloster und starb 1650.", "1650", "Der Bischof starb"),
    ("fr", "Le vieux roi signa le traité en 1648 et mourut en 1650.", "1650", "Le vieux roi mourut"),
    # ... and one after a connective that the clauses were cut before ("and | then")
    ("en", "The young lawyer studied in Paris in 1960 and then moved to Boston in 1965.", "1965",
     "The young lawyer then moved to Boston"),
])
def test_a_second_predicate_takes_the_subject_and_auxiliary_it_shares(lang, text, expression, wanted):
    frame = extract_document(Document(doc_id="own", text=text, lang=lang, dct=day(2024, 6, 12)))
    assert frame.set_index("expression").loc[expression, "label"] == wanted


@pytest.mark.parametrize("lang, text, expression, unwanted", [
    # a second clause with a subject of its own, after the verb or before it, takes none
    ("de", "Die Brigade sollte am 3. März aufbrechen und die Truppen flohen am 12. März.", "12. März", "Brigade"),
    ("de", "Der Plan war schon im Mai gescheitert, und geht man die Akten vom Juni durch, sieht man warum.",
     "Juni", "Plan"),
    # a passive takes no accusative: a noun phrase opened by "die" is the second predicate's own subject
    ("de", "Im Mai wurde ein Abkommen unterzeichnet und zwei Wochen später in Genf die lange vorbereiteten Gespräche "
           "eröffnet.", "zwei Wochen später", "Abkommen"),
    # an infinitive after "was to" is no participle the auxiliary governs alone
    ("en", "The brigade was to leave on March 3 and reach the capital with its allies on March 12.", "March 12",
     "brigade was reach"),
])
def test_a_second_clause_of_its_own_takes_no_subject(lang, text, expression, unwanted):
    frame = extract_document(Document(doc_id="own", text=text, lang=lang, dct=day(2024, 6, 12)))
    assert unwanted not in frame.set_index("expression").loc[expression, "label"]


@pytest.mark.parametrize("text, expression, wanted", [
    # adverbial phrases between a German verb and the phrase that completes it are left out, not that phrase
    ("Die kleine Garnison der alten Stadt beschränkte sich nach den schweren Verlusten im Frühjahr 1915 zu Beginn "
     "des Sommers auf die Verteidigung.", "Frühjahr 1915",
     "Die kleine Garnison der alten Stadt beschränkte sich … auf die Verteidigung"),
    # ... but for the last of them, when they fit
    ("Der Rat beschränkte sich nach den langen Debatten im Herbst 2019 zu Beginn des Winters auf kleine Reformen.",
     "Herbst 2019", "Der Rat beschränkte sich … zu Beginn des Winters auf kleine Reformen"),
    # ... one phrase, when an adverb opens it ("zusammen mit")
    ("Die hohen Preise für Brot und Mehl führten zusammen mit dem kalten Wetter im März 1920 zu einem Aufstand.",
     "März 1920", "Die hohen Preise für Brot und Mehl führten … zu einem Aufstand"),
    # ... but not the verb's own object, when the closing phrase names the agent of its noun
    ("Die Flotte des Herzogs endete nach langen Kämpfen im Mai 1805 mit der Zerstörung der Hafenstadt durch "
     "feindliche Truppen.", "Mai 1805", "Die Flotte des Herzogs endete nach langen Kämpfen mit der Zerstörung…"),
    # ... nor an object that is no prepositional phrase ("einen Vertrag")
    ("Die Gemeinde schloss nach langen Verhandlungen im Juli 2021 endlich einen neuen Vertrag mit dem Verband.",
     "Juli 2021", None),
])
def test_a_german_label_keeps_the_phrase_that_completes_its_verb(text, expression, wanted):
    frame = extract_document(Document(doc_id="own", text=text, lang="de", dct=day(2024, 6, 12)))
    got = frame.set_index("expression").loc[expression, "label"]
    assert got == wanted if wanted else "einen neuen Vertrag" in got


@pytest.mark.parametrize("text, expression, wanted", [
    # "während" and "seit" before an article, and a finite verb in second place after the phrase: prepositions
    # of the fronted phrase, which the label keeps ("Des Hochwassers wurde …" would open with a bare genitive)
    ("Während des Hochwassers im Frühjahr 2013 wurde die alte Mühle am Bach schwer beschädigt.", "Frühjahr 2013",
     "Während des Hochwassers wurde die alte Mühle am Bach schwer beschädigt"),
    ("Während der Bauarbeiten im Sommer 2019 blieb das Museum geschlossen.", "Sommer 2019",
     "Während der Bauarbeiten blieb das Museum geschlossen"),
    # the same words opening a subordinate clause, which ends in its finite verb: the subordinator goes
    ("Er wanderte nach Kanada aus, während der Streit im Herbst 2015 weiter schwelte.", "Herbst 2015",
     "Der Streit schwelte weiter"),
])
def test_a_german_preposition_of_a_subordinators_form_opens_its_phrase(text, expression, wanted):
    assert label(text, "de", expression) == wanted


def test_a_long_label_after_a_fronted_phrase_keeps_its_verb_in_second_place():
    """Cut for the chart, the label keeps the preposition, the verb after its phrase and the end of the verb's
    bracket."""
    text = ("Während der Belagerung im Herbst 1812 ließ der Kaiser mit der Hilfe der Truppen seines Schwagers die "
            "erschöpften und hungrigen Soldaten, vom Feind verfolgt, über die Beresina zurückweichen.")
    assert label(text, "de", "Herbst 1812") \
        == "Während der Belagerung ließ der Kaiser mit der Hilfe … über die Beresina zurückweichen"


@pytest.mark.parametrize("text, expression, wanted", [
    # an apposition opened by "then" between a name and its verb: no clause of its own, the name keeps its verb
    ("Maria Lopez, then a city councillor, opposed the new stadium in 2004.", "2004",
     "Maria Lopez, then a city councillor, opposed the new stadium"),
    ("The dockworkers led by Tom Hale, then the union's secretary, called a strike on 2 March.", "2 March",
     "The dockworkers led by Tom Hale called a strike"),
    # ... also after a fronted clause, which the label drops, and then the apposition too
    ("In 2009, when the harbour froze over for weeks, the fishermen led by Anna Berg, then the mayor's deputy, "
     "asked the region for emergency grants to repair their boats.", "2009",
     "The fishermen led by Anna Berg asked the region for emergency grants…"),
])
def test_an_apposition_opened_by_then_keeps_its_names_verb(text: str, expression: str, wanted: str) -> None:
    assert label(text, "en", expression) == wanted


@pytest.mark.parametrize("text, expression, wanted", [
    # "then" with a subject and verb of its own, or with a subject before the comma that has its verb: a clause
    ("The storm hit the coast in May, then the ferries stopped for a week.", "May", "The storm hit the coast"),
    ("The club sold its stadium in 2010, then its training ground, moving to a rented pitch.", "2010",
     "The club sold its stadium"),
])
def test_then_opening_a_clause_still_ends_the_one_before(text: str, expression: str, wanted: str) -> None:
    assert label(text, "en", expression) == wanted


@pytest.mark.parametrize("text, expression, other, wanted", [
    # an apposition after a name opened by an adverb of time that is itself a date: the name keeps its verb, and the
    # adverb, which tells when the apposition held, stays in the label
    ("Klara Vogt, damals Leiterin des Stadtarchivs, eröffnete 2003 die neue Bibliothek.", "2003", "damals",
     "Klara Vogt, damals Leiterin des Stadtarchivs, eröffnete 2003 die neue Bibliothek"),
    ("Der Schreiner, heute Inhaber einer großen Werkstatt, lernte im Herbst 1987 sein Handwerk.", "Herbst 1987",
     "heute", "Der Schreiner, heute Inhaber einer großen Werkstatt, lernte sein Handwerk"),
    # the adverb's own label stays the name with its apposition
    ("Der Pfarrer, damals noch Kaplan, taufte am 3. Mai 1961 die Zwillinge.", "damals", "3. Mai 1961",
     "Der Pfarrer, noch Kaplan"),
])
def test_an_apposition_opened_by_a_dated_adverb_keeps_its_names_verb(
        text: str, expression: str, other: str, wanted: str) -> None:
    assert label(text, "de", expression, other) == wanted


@pytest.mark.parametrize("text, expression, other, wanted", [
    # the adverb with a verb of its own opens a clause
    ("Der Bäcker verkaufte im Sommer 1995 seinen Laden, heute wohnt er am See.", "Sommer 1995", "heute",
     "Der Bäcker verkaufte seinen Laden"),
    ("Der Bäcker verkaufte im Sommer 1995 seinen Laden, heute wohnt er am See.", "heute", "Sommer 1995",
     "Er wohnt am See"),
])
def test_a_dated_adverb_with_a_verb_still_opens_a_clause(
        text: str, expression: str, other: str, wanted: str) -> None:
    assert label(text, "de", expression, other) == wanted


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a pronoun before a focus particle or preposition of the date is the clause's subject or object, no article
    ("de", "Nach langen Verhandlungen gelang das erst im März 2015.", "März 2015",
     "Nach langen Verhandlungen gelang das"),
    ("de", "Gelungen ist ihm das nur im Jahr 2003.", "Jahr 2003", "Gelungen ist ihm das"),
    ("de", "Geehrt wurden Häftlinge die zwischen 1940 und 1944 Widerstand geleistet hatten.", "1940",
     "Geehrt wurden Häftlinge die Widerstand geleistet hatten"),
    ("en", "The council finally approved this in March 2015.", "March 2015", "The council finally approved this"),
    # an article before an approximator is the date's own and goes with it
    ("de", "Er verbrachte die rund 20 Jahre im Exil.", "rund 20 Jahre", "Er verbrachte die rund 20 Jahre im Exil"),
])
def test_a_pronoun_before_the_words_governing_a_cut_date_stays(lang, text, expression, wanted):
    others = ("1944",) if "1944" in text else ()
    assert label(text, lang, expression, *others) == wanted
