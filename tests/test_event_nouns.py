"""A date that dates a noun of action after a preposition of sequence ("nach", "after", "après"), or that the
grammar ties to one anywhere (a link only a noun takes, the place between its determiner and it): its label is the
noun phrase, not the clause's event (`timeline.event_nouns`). Sentences of our own, in each language of the
packs."""

from __future__ import annotations

import pytest
from test_label_clauses import label  # the label `describe` gives an expression of a sentence

from timeline.event_nouns import is_event_noun
from timeline.events import describe
from timeline.timex import Timex


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a phrase that opens the clause, the date inside it before the verb-second verb or the comma
    ("de", "Nach der Wiederwahl des Bürgermeisters im Oktober 2015 begann die Stadt mit dem Umbau.",
     "Oktober 2015", "Die Wiederwahl des Bürgermeisters"),
    ("de", "Nach der Landtagswahl 2018 bildeten die beiden Parteien eine Koalition.", "2018", "Die Landtagswahl"),
    ("en", "After the vote in May, the council approved the new budget.", "May", "The vote"),
    ("en", "After the election of November 1992, the party split in two.", "November 1992", "The election"),
    ("en", "After three brief skirmishes on 3 May, the two armies met near the river on 9 May.", "3 May",
     "Three brief skirmishes"),
    ("de", "Nach den schweren Kämpfen im Winter begann im März der Rückzug.", "Winter", "Die schweren Kämpfe"),
    ("fr", "Après la réélection du maire en octobre 2015, la ville a commencé les travaux.", "octobre 2015",
     "La réélection du maire"),
    # ... or inside the clause, the date closing it: the noun's last word, the clause's verb takes no adverbial
    # after it
    ("en", "The minister resigned after the vote in May.", "May", "The vote"),
    ("en", "The sailors stayed in port, above all after the capture of their flagship on 2 March 1905.",
     "2 March 1905", "The capture of their flagship"),
    ("en", "The suspect has been kept in custody since his arrest on May 3, the police said.", "May 3",
     "His arrest"),
    ("en", "No large battles took place there since the siege of the fortress the year before.", "the year before",
     "The siege of the fortress"),
    # ... or a measure of time counted from the noun's event before it: the clause's event is at another time,
    # whatever its tense or word order
    ("en", "The old king died within days of his abdication in March 1848.", "March 1848", "His abdication"),
    ("en", "The bridge closed again within a few months of its opening on 2 April.", "2 April", "Its opening"),
    ("de", "Der Minister trat wenige Tage nach der Wahl im Mai zurück.", "Mai", "Die Wahl"),
    ("de", "Die Fabrik wurde drei Jahre nach der Fusion im Jahr 2001 geschlossen.", "Jahr 2001", "Die Fusion"),
    # a link that ties a date to a noun only, wherever the phrase stands
    ("de", "Die Uferstraße ist seit der Sturmflut vom 3. Januar gesperrt.", "3. Januar", "Die Sturmflut"),
    ("fr", "Le quartier a beaucoup changé depuis l'incendie du 4 mars.", "4 mars", "L'incendie"),
    ("de", "Nach der Wahl des Jahres 2015 kehrte er in seine Heimat zurück.", "Jahres 2015", "Die Wahl"),
    # nouns of a war's course: a campaign, a retreat, a blockade
    ("en", "Two of the generals resigned after the 1862 campaign.", "1862", "The campaign"),
    ("en", "After the blockade of 1813, the port never recovered its trade.", "1813", "The blockade"),
    ("de", "Nach dem Feldzug von 1809 kehrte der Herzog in seine Residenz zurück.", "1809", "Feldzug"),
    ("de", "Seit dem Truppenrückzug im Herbst 1989 steht die Kaserne leer.", "Herbst 1989", "Truppenrückzug"),
    ("fr", "Après la campagne de 1812, l'armée ne comptait plus que quelques milliers d'hommes.", "1812",
     "La campagne"),
    # a date's possessive, or a date between the article and the noun
    ("en", "Her father asked the court to act after Thursday's hearing.", "Thursday", "The hearing"),
    ("en", "The bank has cut its rates twice since the 2008 crash.", "2008", "The crash"),
    ("en", "Prices have not recovered since its 2011 takeover of the rival firm.", "2011",
     "Its takeover of the rival firm"),
    # ... a date before a noun inside the complement of the phrase's noun of action: the phrase up to its comma
    ("en", "After the collapse of their 1997 peace talks, the rebels took up arms again.", "1997",
     "The collapse of their peace talks"),
    # a verb's form in "-ing" before "of" is a noun of action; a possessor, however many words its name has, is
    # the noun's determiner
    ("en", "After the dramatic sinking of the ferry Estonia in 1994, the rules for ferries changed.", "1994",
     "The dramatic sinking of the ferry Estonia"),
    ("en", "Only weeks after Mary Ann Lee's death in 1871, her brother sold the farm.", "1871",
     "Mary Ann Lee's death"),
    # ... anywhere in the sentence (`attribute_label`):
    # a date between the determiner and the noun, the noun with a complement or a modifier
    ("en", "Police are investigating the March 3 shooting of a guard.", "March 3", "The shooting of a guard"),
    ("en", "The senator demanded an inquiry into the 2017 harbour explosion.", "2017", "The harbour explosion"),
    ("en", "Investigators reopened a 1987 murder of a jeweller.", "1987", "A murder of a jeweller"),
    # ... the indefinite article in the form of the word after the cut date
    ("en", "The archive holds letters about a 1912 attack on the fort.", "1912", "An attack on the fort"),
    # a link that only a noun takes, anywhere in the sentence: the noun phrase, its complement after the date
    ("en", "The new treaty violated the declaration of 1899.", "1899", "The declaration"),
    ("fr", "Les enquêteurs examinent toujours l'attaque du 5 mai sur la caserne.", "5 mai", "L'attaque sur la caserne"),
    ("fr", "Le nouveau traité violait la déclaration de 1899.", "1899", "La déclaration"),
    ("de", "Der Plan stützte sich auf eine Abstimmung von 1957 über die Verteidigung der Küste.", "1957",
     "Eine Abstimmung über die Verteidigung der Küste"),
    # ... its article in the case it has alone: an object's "den" leaves out the gender it does not show
    ("de", "Die Ermittler untersuchen den Anschlag vom 3. Mai auf die Kaserne.", "3. Mai",
     "Anschlag auf die Kaserne"),
    # ... an adjective declined for the article's former case is left out ("einer schweren" -> "eine")
    ("de", "Das Dorf erholte sich nur langsam von einer schweren Überschwemmung von 1954.", "1954",
     "Eine Überschwemmung"),
    # a participle attribute's adverbial before it: the date dates the participle, and the noun phrase keeps it
    # (cut, "Die begonnene Offensive" leaves a hole), even where the clause's verb follows (another event)
    ("de", "Die Zeitung berichtete über die am 4. März begonnene Offensive der Nordarmee.", "4. März",
     "Die am 4. März begonnene Offensive"),
    ("de", "Die Zeitung berichtete über die 1919 begonnene Offensive der Nordarmee.", "1919",
     "Die 1919 begonnene Offensive"),
    ("de", "Der im April 1702 zögernd begonnene Angriff scheiterte im Juni vor der Festung.", "April 1702",
     "Der im April 1702 zögernd begonnene Angriff"),
    # a verb's form in "-ing" between a determiner with a date and "of" is a noun of action
    ("en", "Reporters asked about the June 9 sinking of the ferry.", "June 9", "The sinking of the ferry"),
    # ... its complement ends at a comma before an aside; a title's abbreviation stays inside it
    ("en", "He was questioned about the May 2 stabbing of the grocer, a father of three.", "May 2",
     "The stabbing of the grocer"),
    ("en", "He was charged in the 1995 wounding of Dr. Ann Lee, who survived.", "1995",
     "The wounding of Dr. Ann Lee"),
    # a dated participle or adjective before a noun of no action: the whole noun phrase, its date too
    ("de", "Seit gestern bekommen alle im Jahr 2016 geborenen Kinder ein Geschenk.", "Jahr 2016",
     "Alle im Jahr 2016 geborenen Kinder"),
    ("de", "Gestern trat der am 3. Mai gewählte Bürgermeister zurück.", "3. Mai",
     "Der am 3. Mai gewählte Bürgermeister"),
    ("de", "Die im Mai 2012 gegründete Firma beschäftigt heute 40 Leute.", "Mai 2012",
     "Die im Mai 2012 gegründete Firma"),
    # ... in the nominative where a preposition or verb the label leaves out gave it another case: a feminine's
    # or plural's "der" with "-en" leaves the article out (both end in "-e" without one), a masculine's "den" and
    # "einen" take the nominative's; a dative plural's "den" stays
    ("de", "Viele Dörfer litten unter der seit Anfang 1920 anhaltenden Großen Dürre.", "Anfang 1920",
     "Seit Anfang 1920 anhaltende Große Dürre"),
    ("de", "Der Vertrag regelte die Rückgabe der im Jahr 1866 besetzten Dörfer.", "Jahr 1866",
     "Im Jahr 1866 besetzte Dörfer"),
    # ... a noun with a feminine's suffix is singular: its nominative "die" with "-e"
    ("de", "Nach der am Freitag vorgestellten Erhebung wächst die Partei.", "Freitag",
     "Die am Freitag vorgestellte Erhebung"),
    ("de", "Die Bauern protestierten gegen die Folgen der 2011 beschlossenen Regelung.", "2011",
     "Die 2011 beschlossene Regelung"),
    # ... adverbs of no closed class may stand between the date and the participle
    ("de", "Sie zitierten aus der 1890 weit verbreiteten Zeitung.", "1890", "Die 1890 weit verbreitete Zeitung"),
    ("de", "Die Gemeinde verkaufte den im März 1990 gebauten Sportplatz.", "März 1990",
     "Der im März 1990 gebaute Sportplatz"),
    ("de", "Die Partei stellte einen erst 2019 gewählten Bürgermeister auf.", "2019",
     "Ein erst 2019 gewählter Bürgermeister"),
    ("de", "Der Orden ging an den im Mai 1944 befreiten Gefangenen.", "Mai 1944",
     "Den im Mai 1944 befreiten Gefangenen"),
    # ... a masculine's or neuter's dative ("dem", "einem", a contracted "im", "zum"), whose nominative's article
    # the gender decides, is told as a headline: its noun, then its past participle undeclined, the date cut
    ("de", "Die Kurse fielen nach dem gestern vorgelegten Jahresbericht.", "gestern", "Jahresbericht vorgelegt"),
    ("de", "Die Wachleute suchen nach einem am Sonntag ausgebrochenen Sträfling.", "Sonntag",
     "Sträfling ausgebrochen"),
    ("de", "Sie spielt im 1987 gegründeten Orchester der Stadt.", "1987", "Orchester gegründet"),
    ("de", "Die Besucher strömten zum 2011 erneut renovierten Schloss.", "2011", "Schloss erneut renoviert"),
    # ... a singular in "-n" that no dative plural's "-en", "-rn" or "-ln" ends is no dative plural
    ("de", "Die Minister verteidigten den schon 2003 erstellten Plan.", "2003", "Der schon 2003 erstellte Plan"),
    # a participle phrase after a noun that a preposition governs, in a clause that has its verb
    ("en", "The index closed near its record low set on May 4.", "May 4", "Its record low set on May 4"),
    ("en", "Tourists took photos of the old bridge built in 1932.", "1932", "The old bridge built in 1932"),
    ("fr", "Les touristes se pressent sur le pont construit en 1932.", "1932", "Le pont construit en 1932"),
    # ... or that is the object of a verb before it (or the noun phrase after "has"), even with no determiner, and
    # with a date that takes no preposition
    ("en", "The dry spell may beat records set in 1911, the agency said.", "1911", "Records set in 1911"),
    ("en", "The panel overturned a verdict reached last spring by a jury.", "last spring",
     "A verdict reached last spring"),
    ("en", "The mayor vetoed a budget approved on Monday by the council.", "Monday",
     "A budget approved on Monday"),
    ("en", "The singer has a hearing set for March 3 in Denver.", "March 3", "A hearing set for March 3"),
    # ... a genitive's noun in the nominative, without its article (whose nominative shows the gender); a phrase of
    # sequence after the date times the clause, no complement of the noun
    ("de", "Der Chronist schrieb über die Folgen des Krieges von 1866 in Böhmen.", "1866", "Krieg in Böhmen"),
    ("de", "Die Bauern fürchteten den Bruch des Friedensvertrags von 1648 nach dem Ende des Krieges.", "1648",
     "Friedensvertrag"),
    # ... nouns of an agreement, an order or a plot, made at their date
    ("de", "Die Polizei verhaftete die Mitglieder des Komplotts vom 3. Mai.", "3. Mai", "Komplott"),
    ("de", "Die Richter lobten die Umsetzung der Verfassung von 1949.", "1949", "Die Verfassung"),
    # a native ending after a stem of two letters, in a capitalized noun
    ("de", "Der Plan beruhte auf einer Übung von 1941 für den Einmarsch.", "1941", "Eine Übung für den Einmarsch"),
    # a date in commas after a noun of action that opens the sentence, the subject of a copula
    ("en", "The fall of the fortress, on 3 June 1820, was the end of the siege.", "3 June 1820",
     "The fall of the fortress"),
    ("fr", "La chute de la forteresse, le 3 juin 1820, fut la fin du siège.", "3 juin 1820",
     "La chute de la forteresse"),
])
def test_a_date_the_grammar_ties_to_a_noun_of_action_tells_the_noun(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("text, expression, noun", [
    # a noun that ends as its declined attribute does is declined too ("Präsident" -> "dem Präsidenten")
    ("Er sprach mit dem 2019 gewählten Präsidenten.", "2019", "Präsidenten"),
    # a present participle or adjective after no noun has no undeclined form that reads as a predicate
    ("Er floh vor dem 2014 aufflammenden Krieg.", "2014", "Krieg"),
    ("Die Kinder spielen im 2014 größten Garten der Stadt.", "2014", "Garten"),
])
def test_a_dative_attribute_that_no_headline_tells_is_not_put_after_its_noun(text, expression, noun):
    assert not label(text, "de", expression).startswith(noun)


@pytest.mark.parametrize("text, expression, kept", [
    # the verb before is an auxiliary or copula (an adverb follows it), or a relative's verb whose object is the
    # next verb's subject: the shape after the noun is the clause's verb
    ("The revolt was finally crushed in 1921.", "1921", "revolt"),
    ("The share of farmers who grew wheat declined in 1985.", "1985", "share"),
    # a bare date after a participle in a phrase a preposition governs: the clause tells the same time
    ("The minister spoke in a video released Tuesday about the strike.", "Tuesday", "spoke"),
    # a verb of an object and its state: the participle or adjective is that state, the date the verb's
    ("The board left its dividend unchanged on Friday.", "Friday", "board"),
    # a date tagged with the link of what follows it would end the phrase in the middle
    ("Smith became the third manager fired within the first quarter of the season.", "the first quarter of",
     "Smith became"),
])
def test_a_participle_after_a_noun_that_is_no_object_keeps_the_clause(text, expression, kept):
    assert kept in label(text, "en", expression)


@pytest.mark.parametrize("lang, text, expression, kept", [
    # the noun phrase is the subject of a clause the preposition opens: that clause is the label
    ("en", "The museum reopened after the flood of 2013 had closed it.", "2013", "closed"),
    # a document or a state, no event
    ("en", "The treaty of 1921 is still in force.", "1921", "in force"),
    ("en", "After the agreement of 1921, the border stayed open.", "1921", "border"),
    # a noun of a point in time takes the date as its complement: the date is that point, no event of its own
    ("de", "Seit Beginn des Jahres 2015 ist der Platz gesperrt.", "Jahres 2015", "gesperrt"),
    ("en", "After the start of the war in 1939, he fled to Lisbon.", "1939", "fled"),
    ("en", "After the beginning of the war in 1914, the king fled.", "1914", "fled"),
    ("en", "After the morning of the vote in May, the council met.", "May", "met"),
    # a date before a noun in the phrase's complement, where a clause follows it: the clause's own label
    ("en", "After the vote on their 2004 budget was delayed, the council resigned.", "2004", "delayed"),
    # a preposition of the same time: the clause's event happened at the noun's
    ("en", "During the summit in June, the leaders signed a pact.", "June", "signed"),
    ("de", "Bei der Abstimmung am Dienstag stimmte die Mehrheit dagegen.", "Dienstag", "stimmte"),
    # a date after the phrase inside the clause, another adverbial after it: it may date the clause's verb
    ("en", "The minister resigned after the vote in May with a short letter.", "May", "resigned"),
    ("de", "Der Minister trat nach der Wahl im Mai zurück.", "Mai", "trat"),
    # an adverbial of the clause: the clause's event
    ("en", "The vote was held on Tuesday.", "Tuesday", "held"),
    # a noun alone with its article, inside a phrase: it tells less than the clause it stands in
    ("en", "In a 4 May 1962 speech the minister promised new schools.", "4 May 1962", "promised"),
    ("en", "Many of the leaders who led the 1992 protests have moved.", "1992", "moved"),
    # a phrase that opens the clause: the clause's event happened in it
    ("en", "In his speech of 4 May 1962, the minister promised new schools.", "4 May 1962", "promised"),
    # the subject's own verb tells its event
    ("en", "The 1996 bombing of the clinic killed one person.", "1996", "killed"),
    ("de", "Der Anschlag vom 3. Mai auf die Kaserne erschütterte das Land.", "3. Mai", "erschütterte"),
    ("en", "The fall of the fortress, on 3 June 1820, ended the siege.", "3 June 1820", "ended"),
    # a date that is part of a name, a compound whose head names no event, a noun of no action
    ("en", "Historians still argue about the causes of the February Revolution.", "February", "causes"),
    ("en", "The agency set a Jan. 14 return date for the boy.", "Jan. 14", "set"),
    # a word in "-ing" without a noun's link after it; a participle's shape after a noun that is no preposition's,
    # or in a clause without its verb before it: the clause's verb
    ("en", "They bought the 1998 building in the square.", "1998", "bought"),
    ("en", "He said the mayor resigned in May.", "May", "resigned"),
    ("en", "Additional details of the robbery emerged on Sunday.", "Sunday", "emerged"),
    ("en", "He waited until the storm passed on Monday.", "Monday", "passed"),
    ("fr", "Il parle avec un nouveau député en 2012.", "2012", "parle"),
    ("en", "He paid for the first hundred in 1990.", "1990", "paid"),
    # a date that takes the article itself; a bare number before an adjective, which may be a count
    ("de", "In der vergangenen Woche präsentierte der Minister einen Plan.", "vergangenen Woche", "präsentierte"),
    ("de", "Er griff die 1400 feindlichen Soldaten an.", "1400", "griff"),
    # a range's first end
    ("fr", "La construction de 2010 au 3 mars 2015 a coûté cher.", "2010", "coûté"),
])
def test_a_date_whose_noun_tells_no_other_event_keeps_its_label(lang, text, expression, kept):
    assert kept in label(text, lang, expression)


@pytest.mark.parametrize("text, expression, wanted", [
    # a phrase of reference or a verb that acts on an agreement in force: the clause tells a later event
    ("The smugglers were fined under the 1987 treaty on fishing.", "1987", "The treaty on fishing"),
    ("Both ports stayed closed, in breach of the March 4 truce.", "March 4", "The truce"),
    ("The rebels had defied the council by violating the 1992 pact.", "1992", "The pact"),
    ("The new border crossings have rendered the 1964 Oslo Treaty meaningless.", "1964", "The Oslo Treaty"),
    # a noun of an undertaking with its complement tells its own event
    ("The queen urged the barons to join the 1215 attempt to depose her cousin.", "1215",
     "The attempt to depose her cousin"),
])
def test_a_dated_agreement_that_the_clause_refers_back_to_tells_the_date(text, expression, wanted):
    assert label(text, "en", expression) == wanted


@pytest.mark.parametrize("text, expression, kept", [
    # the verb makes the agreement: its event is the date's
    ("The two rivals signed the 1987 treaty in Rome.", "1987", "signed"),
    ("Negotiators struck the March 4 deal after long talks.", "March 4", "struck"),
])
def test_a_dated_agreement_that_the_clause_makes_keeps_its_label(text, expression, kept):
    assert kept in label(text, "en", expression)


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # the date closes the noun phrase after its complements: the verb before it is in the present or a modal
    ("en", "The new inquiry follows two decisions by the highest court last spring.", "last spring",
     "Two decisions by the highest court"),
    ("en", "Investigators are examining the bombing of the embassy by the group in August 1998.", "August 1998",
     "The bombing of the embassy by the group"),
    ("en", "The panel would review the killing of 40 villagers in the valley nearly ten years ago.",
     "nearly ten years ago", "The killing of 40 villagers in the valley"),
    ("de", "Die Ermittler prüfen die Zerstörung der Brücke durch die Armee im Mai 2003.", "Mai 2003",
     "Die Zerstörung der Brücke durch die Armee"),
    ("fr", "Les enquêteurs examinent la destruction du pont par l'armée en mai 2003.", "mai 2003",
     "La destruction du pont par l'armée"),
    ("fr", "Les enquêteurs examinent l'attaque du camp par les rebelles le 5 mai.", "5 mai",
     "L'attaque du camp par les rebelles"),
    # a subject whose verb comes after a relative clause, not right after the date
    ("en", "The bombing of the embassy by the group in August 1998, which killed 12 people, shocked the nation.",
     "August 1998", "The bombing of the embassy by the group"),
    # after a preposition of sequence, over three complements
    ("de", "Nach der Anerkennung der neuen Regierung des Landes durch die Nachbarstaaten im Mai 1920 begann der "
     "Wiederaufbau.", "Mai 1920", "Die Anerkennung der neuen Regierung des Landes durch die Nachbarstaaten"),
    # a noun of armed violence (a general noun of news events), the verb before it in the present or a modal
    ("en", "The tribunal is trying the men for the genocide of the villagers in the north in 1994.", "1994",
     "The genocide of the villagers in the north"),
    ("fr", "Le tribunal juge trois hommes pour la prise de la mairie par les grévistes en 1986.", "1986",
     "La prise de la mairie par les grévistes"),
    # a link elided into the noun it ties ("d'otages")
    ("fr", "Le tribunal juge trois hommes pour la prise d'otages des passagers du train à Lyon en 1986.", "1986",
     "La prise d'otages des passagers du train à Lyon"),
    # an aside in brackets inside the phrase is left out, and the phrase goes on around it
    ("en", "The court is reviewing the seizure of the ship by the coast guard (the USCG) in March 2004.",
     "March 2004", "The seizure of the ship by the coast guard"),
    ("fr", "Les juges examinent l'attaque du camp par le FLN (Front de libération nationale) en mai 1956.",
     "mai 1956", "L'attaque du camp par le FLN"),
    # a phrase after a comma that closes the sentence closes the clause before it, no clause after it
    ("fr", "Le procureur réclame dix ans de prison, pour l'enlèvement du directeur de la banque à Lyon en 1998.",
     "1998", "L'enlèvement du directeur de la banque à Lyon"),
    # right after the noun, a phrase of purpose or source, the verb before it not in the past: no complement needed
    ("en", "Two ministers can help with preparations for the regional trade summit in October.", "October",
     "The regional trade summit"),
    ("en", "The pilot will be trained as a flight engineer for a space mission next spring.", "next spring",
     "A space mission"),
    ("en", "The charity has begun sending aid from the coastal flood barely ten days ago.", "barely ten days ago",
     "The coastal flood"),
])
def test_a_date_after_the_complements_of_a_noun_of_action_tells_the_noun(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("lang, text, expression, kept", [
    # a verb in the past or future before the phrase, or a verb-final participle after it: its time may be the date
    ("en", "He announced the sale of the unit to a rival on Friday.", "Friday", "announced"),
    ("en", "The company will complete the sale of the unit to a rival in June.", "June", "complete"),
    ("fr", "Le gouvernement a annoncé la vente de l'usine au groupe en mai.", "mai", "annoncé"),
    ("de", "Die Regierung hat die Schließung des Werks in Bochum im Mai angekündigt.", "Mai", "angekündigt"),
    ("de", "Die Regierung will die Schließung des Werks in Bochum im Mai verkünden.", "Mai", "verkünden"),
    # the subject's verb right after the date
    ("en", "The bombing of the embassy by the group in August 1998 killed 12 people.", "August 1998", "killed"),
    # the date is a modifier or a count after an article; a year after a name is part of it; a limit
    ("en", "Supporters hope to win by the opening of the 2000 games in the city.", "2000", "hope"),
    ("fr", "Les écuries contestent les règlements du championnat du monde 2003.", "2003", "contestent"),
    ("de", "Die Truppen mussten die Belagerung der Stadt bis zum 9. Januar abbrechen.", "9. Januar", "abbrechen"),
    # a link that ties the date to the noun right before it: that noun's date, here no event's
    ("de", "Die Händler verglichen die Preise von 1763.", "1763", "verglichen"),
    # a phrase of purpose or source after a verb in the past: the verb's time may be the date
    ("en", "The guards detained two men for the robbery on Sunday.", "Sunday", "detained"),
    ("en", "The crew returned from the long patrol in March.", "March", "returned"),
    # a bare plural or gerund: no phrase whose start is sure
    ("en", "The group carried out bombings per month through the spring of 1957.", "spring of 1957", "carried"),
    # a phrase after a comma that the clause goes on after: it opens that clause, whose verb may be the date's
    ("fr", "Le tribunal condamne trois hommes, pour la prise de la mairie en 1986, à dix ans de prison.", "1986",
     "condamne"),
    # ... and one that closes the sentence after a verb in the past
    ("fr", "Le tribunal a condamné trois hommes, pour la prise de la mairie en 1986.", "1986", "condamné"),
])
def test_a_date_after_a_noun_phrase_that_may_be_the_verbs_keeps_its_label(lang, text, expression, kept):
    assert kept in label(text, lang, expression)


def test_the_two_ends_of_a_range_in_the_phrase_keep_one_label():
    text = "Nach dem Streik von März bis Mai 2019 einigten sich die Parteien auf einen Vertrag."
    assert label(text, "de", "März", "Mai 2019") == label(text, "de", "Mai 2019", "März")


@pytest.mark.parametrize("lang, text, first, second, wanted", [
    # a range or pair tied to a noun of action by the noun's link: both ends date the noun
    ("de", "Der Verband hat unter Berufung auf die Beschlüsse der Wiener Konferenz von 1921/22 geklagt.",
     "1921", "22", "Die Wiener Konferenz"),
    ("en", "The river rose again after the great flood of 1882-83, as older villagers said.", "1882", "83",
     "The great flood"),
    ("de", "Der Plan scheiterte wie die zweite Offensive von Mai bis Juni.", "Mai", "Juni",
     "Die zweite Offensive"),
    ("en", "Unlike the shelters built during the 1990-1991 siege of the city, the new ones held.", "1990", "1991",
     "The siege of the city"),
])
def test_the_two_ends_of_a_range_after_a_noun_of_action_share_its_label(lang, text, first, second, wanted):
    assert label(text, lang, first, second) == label(text, lang, second, first) == wanted


@pytest.mark.parametrize("lang, word, event", [
    ("de", "Kommunalwahl", True), ("de", "Abstimmung", True), ("de", "Landesregierung", False),
    ("en", "announcement", True), ("en", "government", False), ("en", "hearing", True),
    ("fr", "lancement", True), ("fr", "gouvernement", False), ("fr", "l'élection", True),
    # a stem of two letters: a native ending in a capitalized noun only ("Übung"); "Jungen", "Option" are none
    ("de", "Übung", True), ("de", "Jungen", False), ("de", "Option", False), ("en", "option", False),
    # nouns of armed violence and of its end, and compounds ending in one
    ("en", "genocide", True), ("en", "skirmishes", True), ("fr", "embuscade", True), ("fr", "prise", True),
    ("de", "Gefechte", True), ("de", "Grenzgefecht", True), ("de", "Abschuss", True), ("de", "Wahlkampf", True),
])
def test_nouns_of_action_are_found_by_their_ending_or_as_general_news_events(lang, word, event):
    assert is_event_noun(word, lang) is event


def test_an_expression_of_whitespace_after_an_event_noun_gets_a_context():
    # the tagger never makes one, but `describe` takes any span: it must not look for a first word in it
    text = "Nach der Wahl  gewann die Partei."
    start = text.index("  ")
    (context,) = describe(text, [Timex(start, start + 2, "  ", "DATE", "2019")], "de")
    assert context.sentence == text


@pytest.mark.parametrize("text, expression, others, wanted", [
    # a noun of action in a declined form: the dative plural ("den Angriffen", "den Protesten"), in the nominative
    ("Nach den heftigen Angriffen im Winter begann im März der Rückzug.", "Winter", (), "Die heftigen Angriffe"),
    ("Nach den Krisen im Herbst erholte sich die Börse.", "Herbst", (), "Die Krisen"),
    # inside the clause, the clause's own date right after the noun's
    ("Der Minister trat nach den Protesten im Mai im Juni zurück.", "Mai", ("Juni",), "Die Proteste"),
    # ... or before the phrase: the date after the noun is the noun's, after a verb in the past too
    ("Am Montag trat der Minister nach der Wahl im Mai zurück.", "Mai", ("Montag",), "Die Wahl"),
    ("Er hat am Montag die Übernahme der Sparte im Mai angekündigt.", "Mai", ("Montag",), "Die Übernahme der Sparte"),
    ("Sein Rücktritt im Herbst war ein Grund für die Spaltung der Partei im Winter.", "Winter", ("Herbst",),
     "Die Spaltung der Partei"),
    # a year alone right after a noun of action
    ("Der Trainer war für den Erfolg der Herbstoffensive 1975 und den Aufstieg verantwortlich.", "1975", (),
     "Die Herbstoffensive"),
    # ... after a name's genitive that is the noun's complement, or in a compound of a phase of an event; a
    # phrase after a preposition with no more than its article and noun
    ("Die Lage verschärfte sich mit dem Kriegseintritt Italiens 1915.", "1915", (), "Kriegseintritt Italiens"),
    ("Der Historiker schrieb ein Buch über die Niederlage Müllers 1931.", "1931", (), "Die Niederlage Müllers"),
    ("Die Kanzlerin erinnerte am Sonntag an das Kriegsende 1918.", "1918", ("Sonntag",), "Das Kriegsende"),
    ("Die Aussicht auf einen Generalstreik 1920 beunruhigte die Regierung.", "1920", (), "Ein Generalstreik"),
    # a dated participle whose date is a part of a period ("Anfang 1950") or that has an agent before it
    ("Die Bauern pflügten mit den Anfang 1950 gekauften Traktoren.", "Anfang 1950", (),
     "Den Anfang 1950 gekauften Traktoren"),
    ("Wir besuchten die im Mai von der Armee zerstörte Brücke.", "Mai", (),
     "Die im Mai von der Armee zerstörte Brücke"),
    # an aside in brackets that holds a noun phrase of action and its date
    ("Die Stadt verlor ihre Bedeutung (im Mai 1920 die Besetzung des Hafens durch fremde Truppen).", "Mai 1920",
     (), "Die Besetzung des Hafens durch fremde Truppen"),
    ("Die Stadt verlor ihre Bedeutung (die Besetzung des Hafens im Mai 1920).", "Mai 1920", (),
     "Die Besetzung des Hafens"),
])
def test_a_german_date_inside_a_noun_phrase_of_action_tells_the_noun(text, expression, others, wanted):
    assert label(text, "de", expression, *others) == wanted


@pytest.mark.parametrize("text, expression, kept", [
    # an aside in brackets with no noun of action, or with a verb of its own
    ("Er überquerte den Fluss bei Altdorf (seit 1950 die Hauptstadt).", "1950", "überquerte"),
    ("Die Stadt verlor ihre Bedeutung (im Mai 1920 besetzten Truppen den Hafen).", "Mai 1920", "verlor"),
    # a date that takes the article itself is no participle's adverbial
    ("Der 23. März brachte den ersten Regen.", "23. März", "brachte"),
    # no other date after the phrase inside the clause: the date may be the clause's
    ("Der Minister trat nach den Protesten im Mai zurück.", "Mai", "trat"),
    ("Er hat die Übernahme der Sparte im Mai angekündigt.", "Mai", "angekündigt"),
    # a year after a noun of action that is its subject, whose verb tells its event; a count before a noun
    ("Die Sturmflut 1962 zerstörte viele Häuser.", "1962", "zerstörte"),
    ("Er verlor bei der Abstimmung 2000 Stimmen an die Liberalen.", "2000", "verlor"),
    # a compound of a phase of a time, no event
    ("Bis zum Jahresende 1980 blieb er im Amt.", "1980", "blieb"),
])
def test_a_german_date_that_dates_no_noun_phrase_of_action_keeps_its_label(text, expression, kept):
    assert kept in label(text, "de", expression)


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # brackets that hold a main clause of their own, its subject and verb: that clause alone tells the date
    ("en", "The engineers rerouted the road inland (a storm had washed the old bridge away in 1921 while it "
     "was being repaired).", "1921", "A storm had washed the old bridge away while it was being repaired"),
    ("en", "The village was given a new name (its founder had died in March 1890).", "March 1890",
     "Its founder had died"),
    ("de", "Die Händler mieden den Pass (die Straße war im Winter 1788 verschüttet worden).", "Winter 1788",
     "Die Straße war verschüttet worden"),
    # ... the date and its preposition first, in a language whose main clause has its verb second
    ("de", "Die Insel blieb neutral (bis 1955 hielten fremde Truppen den Hafen besetzt).", "1955",
     "Fremde Truppen hielten den Hafen besetzt"),
])
def test_a_date_in_brackets_that_hold_a_clause_of_their_own_tells_that_clause(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("lang, text, expression, kept", [
    # brackets that restate the clause's time, or hold a comparison, a dependent clause or a verb with no subject
    ("en", "The siege (1683) ended in a rout.", "1683", "siege"),
    ("en", "The garrison left the fort (as had been agreed in 1790).", "1790", "garrison"),
    ("en", "The garrison left the fort (which had been built in 1790).", "1790", "garrison"),
    ("de", "Die Truppen verließen das Fort (das im Jahr 1790 gebaut worden war).", "Jahr 1790", "verließen"),
    ("de", "Die Truppen verließen das Fort (wie schon 1790 vereinbart worden war).", "1790", "verließen"),
])
def test_a_date_in_brackets_without_a_main_clause_keeps_the_clause_label(lang, text, expression, kept):
    assert kept in label(text, lang, expression)


@pytest.mark.parametrize("lang, text, expression, others, wanted", [
    # a later item of a list of noun phrases, each with its date, that share the first's head noun of action
    ("de", "Die Kosten stiegen mit dem Kriegseintritt Polens 1920, Litauens 1921 und der Ukraine 1922 weiter an.",
     "1921", ("1920", "1922"), "Kriegseintritt Litauens"),
    ("de", "Die Kosten stiegen mit dem Kriegseintritt Polens 1920, Litauens 1921 und der Ukraine 1922 weiter an.",
     "1922", ("1920", "1921"), "Kriegseintritt der Ukraine"),
    ("en", "Campaigns against Fort Alba in 1781 and Port Royal in 1782 met with only brief success.", "1782",
     ("1781",), "Campaigns against Port Royal"),
    # ... with the head's preposition again; after a clause's verb, the head's phrase in the nominative
    ("de", "Die Lage änderte sich mit der Eroberung von Metz 1870 und von Straßburg 1871 grundlegend.", "1871",
     ("1870",), "Die Eroberung von Straßburg"),
    ("en", "The city saw the opening of the bridge in 1931, the tunnel in 1934 and the harbour in 1940.", "1934",
     ("1931", "1940"), "The opening of the tunnel"),
    # ... the head noun between the item's modifier and the preposition it shares with the first
    ("en", "Gains would follow the First Army victory at Brancourt on 12 May, the Second Armies at Tilloy on 18 May.",
     "18 May", ("12 May",), "The Second Armies victory at Tilloy"),
])
def test_a_later_item_of_a_list_of_dated_noun_phrases_takes_their_shared_head(lang, text, expression, others,
                                                                               wanted):
    assert label(text, lang, expression, *others) == wanted


@pytest.mark.parametrize("text, expression, others, kept", [
    # no noun of action before the items: the clause keeps its label
    ("The team won in Leeds in 1990 and York in 1995.", "1995", ("1990",), "won"),
    ("The strike hit Paris in 1990 and Rome in 1995.", "1995", ("1990",), "hit"),
    # an item with a head of its own
    ("Gains followed the First Army victory at Brancourt on 12 May and the French taking of Vaux on 13 May.",
     "13 May", ("12 May",), "taking of Vaux"),
])
def test_a_dated_item_after_no_shared_head_keeps_its_label(text, expression, others, kept):
    assert kept in label(text, "en", expression, *others)


@pytest.mark.parametrize("text, expression, wanted", [
    # a word of time opening an aside after a name: the place's name or state then, with the word's copula
    ("Die Flotte ankerte im Mai 1805 vor Port Royal (heute Annapolis Royal).", "heute",
     "Port Royal ist heute Annapolis Royal"),
    ("Der Vertrag wurde 1866 in Pressburg (damals ungarisches Gebiet) unterzeichnet.", "damals",
     "Pressburg war damals ungarisches Gebiet"),
    ("Die Truppen erreichten 1904 die mandschurische Stadt Fengtien (auch Mukden genannt, heute: Shenyang).",
     "heute", "Fengtien ist heute Shenyang"),
    # two names joined by "und": the plural copula
    ("Die Armee überquerte 1809 den Fluss zwischen Tarvis und Malborgeth (heute Italien).", "heute",
     "Tarvis und Malborgeth sind heute Italien"),
    ("Die Händler zogen 1750 von Danzig und Elbing (damals polnische Städte) nach Westen.", "damals",
     "Danzig und Elbing waren damals polnische Städte"),
])
def test_a_german_word_of_time_in_an_aside_after_a_name_tells_its_state(text, expression, wanted):
    assert label(text, "de", expression) == wanted


@pytest.mark.parametrize("text, lang, expression, wanted", [
    # the same aside in English and French, with the pack's copulas
    ("In 1850 the railway came to Christiania (now Oslo).", "en", "now", "Christiania is now Oslo"),
    ("The settlers sailed in 1770 to the town of Fort Dauphin (today Tolanaro).", "en", "today",
     "Fort Dauphin is today Tolanaro"),
    ("In 1860 the traders sailed from Bombay and Madras (now Mumbai and Chennai).", "en", "now",
     "Bombay and Madras are now Mumbai and Chennai"),
    ("En 1850, le chemin de fer atteignit la ville de Christiania (aujourd'hui Oslo).", "fr", "aujourd'hui",
     "Christiania est aujourd'hui Oslo"),
])
def test_a_word_of_time_in_an_aside_after_a_name_tells_its_state(text, lang, expression, wanted):
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("text, lang, expression, wanted", [
    # the same state told by an apposition after the name: the word of time as an adjective after its article
    ("Die Händler verkauften ihr Tuch 1760 in Memel, dem heutigen Klaipėda.", "de", "heutigen",
     "Memel ist heute Klaipėda"),
    ("Der Zug fuhr im Winter nach Lemberg, dem heutigen Lwiw, und hielt dort.", "de", "heutigen",
     "Lemberg ist heute Lwiw"),
    ("Die Gesandten reisten 1697 über Tarvis und Malborgeth, das heutige Grenzgebiet, nach Venedig.", "de",
     "heutige", "Tarvis und Malborgeth sind heute Grenzgebiet"),
    # English: "what is now"
    ("In 1790 the merchants settled in Batavia, what is now Jakarta.", "en", "now", "Batavia is now Jakarta"),
])
def test_a_word_of_time_in_an_apposition_after_a_name_tells_its_state(text, lang, expression, wanted):
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("text, expression, kept", [
    # no name before the apposition, or a clause in it: the clause keeps its label
    ("Der Minister verteidigte die Reform, die heutigen Regeln blieben bestehen.", "heutigen", "verteidigte"),
    ("Der Bürgermeister lobte 1990 den Plan, den heutigen Zustand des Gesetzes zu erhalten.", "heutigen", "lobte"),
])
def test_a_word_of_time_in_an_apposition_after_no_name_keeps_its_label(text, expression, kept):
    assert kept in label(text, "de", expression)


def test_a_word_of_time_before_a_prepositional_phrase_in_an_aside_keeps_the_clause_label():
    # "now" before a phrase of a preposition is rather the story's time than today's: no state of the name
    text = "In the spring, the Northern Army (now under the command of Colonel Brandt) attacked the pass."
    assert "attacked" in label(text, "en", "now")


@pytest.mark.parametrize("text, expression, kept", [
    # no name before the aside, or a word of time inside an item of it: the clause keeps its label
    ("Er zahlte 1920 100.000 Dollar (damals ein Vermögen) für das Haus.", "damals", "zahlte"),
    ("Die Flotte ankerte vor Port Royal (und heute noch steht dort ein Denkmal).", "heute", "ankerte"),
])
def test_a_german_word_of_time_in_an_aside_after_no_name_keeps_its_label(text, expression, kept):
    assert kept in label(text, "de", expression)


def test_a_number_after_a_determiner_is_no_date_of_the_noun_before_it():
    # the clause has its own date before, but "auf die 1400 Soldaten" holds a count in a noun phrase of its own
    text = "Er plante am Montag einen Angriff auf die 1400 feindlichen Soldaten."
    assert "plante" in label(text, "de", "1400", "Montag")


@pytest.mark.parametrize("word, event", [
    ("Angriffen", True), ("Krieges", True), ("Siegen", True), ("kriegen", False), ("Jungen", False),
    # a compound of a phase whose first part is a noun of action (with or without a joining "s"); of a time none
    ("Kriegsende", True), ("Streikbeginn", True), ("Jahresende", False), ("Wochenende", False),
    ("Kriegseintritt", True), ("Beitritt", True),
])
def test_a_declined_german_noun_of_action_is_one(word, event):
    assert is_event_noun(word, "de") is event


def _typed_label(text: str, lang: str, expression: str, kind: str) -> str:
    """The label `describe` gives `expression`, tagged as a timex of type `kind` ("DURATION": "a 16-hour flight")."""
    start = text.index(expression)
    timex = Timex(start, start + len(expression), expression, kind, "P1D" if kind == "DURATION" else "XXXX")
    (context,) = describe(text, [timex], lang)
    return context.label


@pytest.mark.parametrize("text, expression, wanted", [
    # a measure adjective of time after a preposition of sequence: any noun (only an event or period follows one)
    ("After a 12-hour flight, the minister landed in the capital.", "12-hour", "A 12-hour flight"),
    ("The minister, after a 12-hour flight, is expected to spend only three hours in the city.", "12-hour",
     "A 12-hour flight"),
    # ... a noun of phase: the phrase it measures ends there
    ("The firm reported lower earnings in its steel business this quarter, marking what is believed to be the end "
     "of a two-year boom in the industry.", "two-year", "The end of a two-year boom in the industry"),
    # ... a noun of action the clause's label leaves out
    ("The critics said the country will use the talks as a lever to solve its oldest problem, the 23-year "
     "occupation of the valley.", "23-year", "The 23-year occupation of the valley"),
    # ... though the label holds the same noun of another phrase ("its occupation of the hills")
    ("The critics said the country will use its occupation of the hills as a lever to solve the oldest problem, "
     "the 23-year foreign occupation of the valley.", "23-year", "The 23-year foreign occupation of the valley"),
])
def test_a_measure_adjective_of_time_dates_the_noun_phrase_it_measures(text, expression, wanted):
    assert _typed_label(text, "en", expression, "DURATION") == wanted


@pytest.mark.parametrize("text, expression, kept", [
    # the clause tells the measured noun's event: it keeps its label
    ("He led his team on a 10-hour tour of three sites.", "10-hour", "He led his team"),
    # a number word is no part of "mid-year", and a noun that names no action is no event of its own
    ("The board will hold its mid-year review of the accounts next spring.", "mid-year", "The board"),
    ("The shares are wallowing far below their 52-week high of 16 dollars reached in the spring of the year.",
     "52-week", "The shares"),
])
def test_a_measure_adjective_whose_phrase_the_clause_tells_keeps_the_clauses_label(text, expression, kept):
    assert kept in _typed_label(text, "en", expression, "DURATION")


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a duration after a preposition of sequence, before a link and a noun phrase with no determiner: how long
    # that activity went on, before the clause's event
    ("en", "After two years of secret talks, the two parties signed a treaty.", "two years",
     "Two years of secret talks"),
    ("en", "The rebels surrendered after nearly a year of fighting in the hills.", "nearly a year",
     "Nearly a year of fighting in the hills"),
    # ... a word of approximation between the preposition and the duration
    ("en", "After roughly six months of preparation, the army crossed the river.", "six months",
     "Roughly six months of preparation"),
    # ... no comma: the main clause's subject ends the phrase
    ("en", "After three weeks of talks the unions signed a deal.", "three weeks", "Three weeks of talks"),
    ("fr", "Après trois mois de travaux, le pont a rouvert à la circulation.", "trois mois", "Trois mois de travaux"),
    ("fr", "Le traité a été signé au terme de deux ans de négociations difficiles.", "deux ans",
     "Deux ans de négociations difficiles"),
])
def test_a_duration_after_a_preposition_of_sequence_dates_the_activity_it_measures(lang, text, expression, wanted):
    assert _typed_label(text, lang, expression, "DURATION") == wanted


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # any preposition of a phrase that introduces the sentence, set off by its comma before the main clause
    ("en", "Breaking with 40 years of neutrality in foreign wars, the small republic sent troops to the border.",
     "40 years", "40 years of neutrality in foreign wars"),
    ("en", "Looking back on nearly a century of service to the town, the old mill closed its doors.",
     "a century", "Nearly a century of service to the town"),
    ("fr", "Fort de vingt ans d'expérience dans le métier, le chef a ouvert son propre restaurant.", "vingt ans",
     "Vingt ans d'expérience dans le métier"),
    ("fr", "Rompant avec quarante ans de tradition, le conseil municipal a voté vendredi la fermeture du vieux "
           "marché.", "quarante ans", "Quarante ans de tradition"),
])
def test_a_duration_in_an_introducing_phrase_dates_the_activity_it_measures(lang, text, expression, wanted):
    assert _typed_label(text, lang, expression, "DURATION") == wanted


@pytest.mark.parametrize("text, expression, kept", [
    # a determiner after the link: a distance from an event, or a part of a period the clause's event falls in
    ("He was killed within a week of his capture by the rebels.", "a week", "He was killed"),
    ("After the first two months of the war, the front froze along the river.", "the first two months",
     "The front froze"),
    # no preposition of sequence: the clause's event lasted that long
    ("The workers went on with two years of hard labour in the mines.", "two years", "The workers went on"),
    # ... a finite verb before it, or no comma closing it: the phrase is the clause's own, no introducing one
    ("The miners were sentenced to ten years of hard labour, the court said.", "ten years",
     "The miners were sentenced"),
    ("In three weeks of fighting the army took the city.", "three weeks", "the army took the city"),
])
def test_a_duration_of_a_determined_phrase_or_without_sequence_keeps_the_clauses_label(text, expression, kept):
    assert kept in _typed_label(text, "en", expression, "DURATION")


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a date's possessive before a noun of action anywhere: the noun phrase, the definite article in its place
    ("en", "Investigators would not divulge the evidence against the man but said last month's shooting of a guard "
     "near the house was planned.", "last month", "The shooting of a guard"),
    # ... a noun that no list names, whose object a link ties to it: a verb's event told as a noun
    ("en", "The detectives from the county office would not name a suspect but said last week's recovery of a "
     "stolen truck parked behind a barn marked a turning point.", "last week", "The recovery of a stolen truck"),
    # ... alone too, after a verb at another time; where the clause's label tells the phrase after a verb in the
    # present or present perfect, which cannot be at that date
    ("en", "A pollster who is not advising any party in next month's election said turnout would be low.",
     "next month", "The election"),
    ("en", "The union is studying how to appeal Tuesday's ruling by the labour court.", "Tuesday",
     "The ruling by the labour court"),
    ("en", "The mayor has reviewed Monday's shooting of a teenager.", "Monday", "The shooting of a teenager"),
    # a date after a noun phrase of action that a present perfect governs: that tense takes no definite past time
    ("en", "The insurer has started paying claims from the flood of the river three weeks ago.", "three weeks ago",
     "The flood of the river"),
    # an adjective that takes a date after a noun phrase the clause's label leaves out
    ("en", "The directors of the small cutlery maker authorized a 3-for-2 split of the common stock, payable Dec. 7 "
     "to stock of record.", "Dec. 7", "A 3-for-2 split of the common stock, payable Dec. 7"),
    ("en", "The bank in the west of the city said it sold -- $50 million of senior notes due Nov. 1, 2009, priced at "
     "par.", "Nov. 1, 2009", "$50 million of senior notes due Nov. 1, 2009"),
    # a parenthesis of dates after a noun phrase of action the clause's label leaves out
    ("en", "The plan called for the right flank of the army to converge on the city, and at first the troops were "
     "very successful, particularly in the Battle of the Ridges (August 1914).", "August 1914",
     "The Battle of the Ridges"),
    # ... after a preposition of sequence, after the sentence's opening phrases: the clause's label tells the
    # phrase only as the time its own event came after
    ("en", "In the south, by contrast, after the long siege of the port (1871), the garrison rebuilt its walls.",
     "1871", "The long siege of the port"),
    # a year between a determiner and the name of an event
    ("en", "The country made its backing of the regime more pronounced, supplying it with aid, normalizing relations "
     "with the government (broken during the 1967 Six-Day War), and also supplying trucks.", "1967",
     "The 1967 Six-Day War"),
    # a date before a compound of a noun of action and a noun of time
    ("en", "Moreover, by setting a Jan. 14 return date, the agency allowed the boy's relatives time to test the "
     "ruling in court.", "Jan. 14", "A Jan. 14 return date"),
    # a parenthesis that is a noun phrase with a participle phrase
    ("en", "The growing influence of the neighbour was a constant problem for him, since a major portion of the land "
     "(territory now known as the Western Cession) had earlier been ceded to the neighbour.", "now",
     "Territory now known as the Western Cession"),
    # a participle phrase set off by a comma after a noun phrase inside the clause (no hole "the agency, created")
    ("en", "The army gained a role through the agency, created in 1955.", "1955", "The agency, created in 1955"),
    ("en", "The army regained a role through the Rural Office (Office of Rural Affairs, ORA), created in 1955.",
     "1955", "The Rural Office (Office of Rural Affairs, ORA), created in 1955"),
    ("fr", "L'armée a retrouvé un rôle grâce à l'agence, créée en 1955.", "1955", "L'agence, créée en 1955"),
    # … with the date right after the participle, or after its passive's agent
    ("en", "The union said it would fight the ruling, issued Tuesday by a district judge.", "Tuesday",
     "The ruling, issued Tuesday"),
    ("en", "Neighbours held a vigil for the cyclist, struck by a delivery van on Friday evening.", "Friday evening",
     "The cyclist, struck by a delivery van on Friday evening"),
    ("fr", "Le syndicat contestera le jugement, rendu mardi par le tribunal.", "mardi", "Le jugement, rendu mardi"),
    # a participle with its passive's agent right after a noun, no comma: the participle's event is the date's
    ("en", "A clause in an annual municipal spending bill approved by the regional assembly on May 4 lets the mayor "
     "raise bus fares.", "May 4", "An annual municipal spending bill approved by the regional assembly…"),
    ("en", "Rescuers searched all night for the hikers near the hut damaged by a rockslide on Sunday.", "Sunday",
     "The hut damaged by a rockslide on Sunday"),
    # the nearest noun is the one the participle describes; a phrase too long for the chart is cut after the agent
    ("en", "The owner of a small old wooden fishing boat sunk by a freak wave off the rocky northern coast last "
     "winter told reporters he would sue.", "last winter",
     "A small old wooden fishing boat sunk by a freak wave…"),
    # ... also with a name in apposition to the agent's noun, far from the clause's verb
    ("en", "Ticket sales fell by a fifth in the spring, which was about half of the loss of the season, according to "
     "a letter sent by the theatre's owner, Marlow Stage Holdings Ltd., to its donors last month.", "last month",
     "A letter sent by the theatre's owner, Marlow Stage Holdings Ltd.…"),
    # a participle phrase in brackets after a noun phrase: the participle's event, not the clause's around it
    ("en", "Rebels recaptured the border town (lost in 2019 to government forces) on Monday, officials said.",
     "2019", "The border town lost in 2019 to government forces"),
    ("en", "The museum (founded in 1905) will close in June for repairs.", "1905", "The museum founded in 1905"),
    ("en", "Police arrested the suspect (released from prison in 2020) on Friday.", "2020",
     "The suspect released from prison in 2020"),
    ("en", "Fans praised the new series (airing on May 3) in online polls this week.", "May 3",
     "The new series airing on May 3"),
    ("fr", "Les rebelles ont repris la ville (perdue en 2019 face à l'armée) lundi.", "2019",
     "La ville perdue en 2019 face à l'armée"),
    ("fr", "Le musée (fondé en 1905) fermera en juin pour travaux.", "1905", "Le musée fondé en 1905"),
    ("fr", "Les pompiers ont sauvé le château (datant de 1905) dimanche.", "1905", "Le château datant de 1905"),
    # ... the noun the phrase complements with it, which the participle may tell; a duration in it too
    ("en", "The government restored relations with the kingdom (broken during the 2017 crisis) on Tuesday.",
     "2017", "Relations with the kingdom broken during the 2017 crisis"),
    ("en", "Engineers reopened the bridge over the river (closed for two weeks in March) on Friday.", "two weeks",
     "The bridge over the river closed for two weeks in March"),
])
def test_a_date_that_modifies_a_noun_phrase_the_clause_leaves_out_gets_that_phrase(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("lang, text, expression, wanted", [
    # a person's years of life after the name, in a parenthesis or after a dash: birth and death, not the clause's
    ("de", "Das Rathaus baute 1911 der Architekt Anton Hofer (1862-1935) im Stil der Gründerzeit.", "1862",
     "Anton Hofer geboren"),
    ("de", "Das Rathaus baute 1911 der Architekt Anton Hofer (1862-1935) im Stil der Gründerzeit.", "1935",
     "Anton Hofer gestorben"),
    ("de", "Auf der Tafel steht: „Konrad von der Aue – 1210-1275; Der Dichter sang vom Land.", "1275",
     "Konrad von der Aue gestorben"),
    ("de", "Im Süden stellte sich ihnen Ali al-Hassan (1790–1851) entgegen.", "1790", "Ali al-Hassan geboren"),
    ("en", "The bridge was designed by the engineer Mary Collins (1841-1902) in two years.", "1902",
     "Mary Collins dies"),
    ("fr", "Le pont fut dessiné par l'ingénieur Paul Girard (1841-1902) en deux ans.", "1841",
     "Naissance de Paul Girard"),
])
def test_years_of_life_after_a_name_tell_birth_and_death(lang, text, expression, wanted):
    assert label(text, lang, expression) == wanted


@pytest.mark.parametrize("lang, text, expression, kept", [
    # a period of a state or a war, or a common noun before the years: no person's life
    ("de", "Das Deutsche Kaiserreich (1871–1918) war eine Monarchie.", "1871", "Das Deutsche Kaiserreich war"),
    ("de", "Der Dreißigjährige Krieg (1618–1648) verwüstete weite Teile des Landes.", "1648", "verwüstete"),
    ("de", "Die Regierung von Karl Weber (1920-1924) senkte die Steuern.", "1920", "senkte die Steuern"),
    ("en", "The Third Republic (1870-1940) changed the country.", "1870", "changed the country"),
    # a ruler's title or number: the years are a reign's
    ("de", "Unter Kaiserin Anna Lenz (1740-1780) wuchs die Stadt.", "1740", "wuchs die Stadt"),
    ("en", "Queen Mary Tudor (1553-1598) closed the port.", "1553", "closed the port"),
    ("fr", "Louis XVIII (1814-1855) a fondé une école.", "1814", "a fondé une école"),
])
def test_years_after_no_persons_name_keep_the_clauses_label(lang, text, expression, kept):
    assert kept in label(text, lang, expression)


@pytest.mark.parametrize("text, expression, kept", [
    # the clause's label tells the phrase: it keeps it
    ("The offer, advertised in today's editions of the paper, is scheduled to expire.", "today", "The offer"),
    # ... and a verb in the past before it, which may be at the date
    ("The party kept up its criticism of the handling of Monday's meeting between the two leaders.", "Monday",
     "The party kept up"),
    # a noun after a date's possessive with no object: no event of its own
    ("The board of the small company praised last year's results in its letter to the shareholders.", "last year",
     "The board"),
    ("The reduced dividend is payable Jan. 2 to stock of record.", "Jan. 2", "The reduced dividend is payable"),
    ("Meade defeated Lee at the Battle of the Ridges (July 1 to July 3) in the north.", "July 1", "Meade defeated"),
    # a subject whose verb follows, and a phrase that opens the clause: the clause's event is the date's
    ("Last month's shooting of a guard shocked the town.", "Last month", "shocked the town"),
    ("In the Battle of the Ridges (August-September 1950), the army withstood the attacks.", "August",
     "the army withstood"),
    # a participle shape that is the clause's own verb, after the subject's apposition
    ("Francisco Lopez, a young man from the north, stated in 1910 that he would run.", "1910", "stated"),
    # ... after a subordinate clause the comma closes
    ("The general, when his troops had rested all winter, attacked in the spring.", "the spring", "attacked"),
    # a passive of the clause's own, and a report told in a document the agent issued: the clause's event is the
    # date's too
    ("The old mill was sold by the family in 1998 to a developer.", "1998", "The old mill was sold"),
    ("The coach said he was proud in a statement released by the club on Monday.", "Monday", "said"),
    # ... and the clause's verb, when its label tells the participle too; a date inside the agent's noun phrase
    ("A survey released by the institute on Monday showed that most voters were undecided.", "Monday", "showed"),
    ("The danger posed by the Easter Rising was soon over in the capital.", "Easter", "was soon over"),
    # a participle clause between commas after the agent is no apposition: the date is the clause's
    ("The claim was weakened by a storm hitting a barn owned by the farmers, flooding two fields, on Friday.",
     "Friday", "The claim was weakened"),
    # brackets whose date a comma sets off from the participle (an apposition's), or opened by a preposition of a
    # participle's shape
    ("The general met Smith (named after his grandfather, governor from 1891 to 1905) on Monday.", "1891",
     "The general met Smith"),
    ("Prices rose in most sectors (excluding 2020) over the decade.", "2020", "Prices rose"),
])
def test_a_date_that_modifies_a_noun_phrase_the_clause_tells_keeps_its_label(text, expression, kept):
    assert kept in label(text, "en", expression)


def test_the_two_ends_of_a_range_in_a_parenthesis_get_the_phrase_before_it():
    text = ("The plan called for the right flank of the army to converge on the city, and at first the troops were "
            "very successful, particularly in the Battle of the Ridges (14 August-24 August).")
    assert label(text, "en", "14 August", "24 August") == label(text, "en", "24 August", "14 August") \
        == "The Battle of the Ridges"


@pytest.mark.parametrize("text, expression, others, wanted", [
    # a date inside an absolute phrase dates its noun phrase and predicate, "with" dropped
    ("With prices now rising in every region, the bank raised rates on Monday.", "now", ("Monday",),
     "Prices now rising in every region"),
    ("With the harbour closed since March, the town ran out of fuel in May.", "March", ("May",),
     "The harbour closed"),
    ("And with three new ferries still at sea this week, the port stayed empty.", "this week", (),
     "Three new ferries still at sea this week"),
    # a date after the phrase keeps the main clause
    ("With prices now rising in every region, the bank raised rates on Monday.", "Monday", ("now",),
     "The bank raised rates"),
    ("With the harbour closed since March, the town ran out of fuel in May.", "May", ("March",),
     "The town ran out of fuel"),
])
def test_a_date_in_an_absolute_phrase_gets_the_phrase(text, expression, others, wanted):
    assert label(text, "en", expression, *others) == wanted


def test_an_absolute_phrase_whose_predicate_is_the_date_alone_keeps_the_main_clause():
    # "in November" says only when: the phrase names no state of its own
    assert not label("With the vote in November, the mayor opened the new hall.", "en", "November") \
        .startswith("The vote")
