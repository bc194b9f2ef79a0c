"""Round 14 review probes (invented sentences): leaks through the room and model keep ranges, and look-alikes."""

import pytest

from tests.dev14t.measure import rules_only


@pytest.mark.parametrize(("text", "lang", "leaked"), [
    # 1: a surname that is a room or floor word after a title, and the date after it.
    ("Befund mit Dr. Sala 12.3. besprochen.", "de", ("Sala", "12.3.")),
    ("Frau Stock 2019 operiert.", "de", ("Stock",)),
    ("Dr. Piano 2 Wochen nach OP.", "de", ("Piano",)),
    ("Mrs Ruth Level 2 ward.", "en", ("Ruth", "Level")),
    # 2: bare floor abbreviations are initials.
    ("Dictated by: EG", "en", ("EG",)),
    ("Typed by: LG", "en", ("LG",)),
    ("Wohnt Am Kiekeberg 3, EG, 21224 Rosengarten.", "de", ("Kiekeberg", ", EG,", "Rosengarten")),
    # 3: a designator inside a street address.
    ("Pat. wohnhaft Kirchenring 5/Stock 3, 8010 Graz.", "de", ("Kirchenring", "Stock 3", "Graz")),
    ("12 Marine Parade, Level 3, Brighton", "en", ("Marine", "Level 3", "Brighton")),
    # 4: the site after a scanner model.
    ("Untersuchung am SOMATOM Force Spital Zollikerberg.", "de", ("Zollikerberg",)),
    ("Scanner: MAGNETOM Vida Kantonsspital Baden", "de", ("Baden",)),
    ("Scanned on SIGNA Premier Sarah Connor RT(R).", "en", ("Sarah", "Connor")),
    ("Ambulance from Optima Healthcare Leeds", "en", ("Leeds",)),
    # 5: a room in a home, the home on the line before or its resident before.
    ("Seniorenresidenz Parkblick\nZimmer 214", "de", ("Parkblick", "214")),
    ("Bewohnerin Hedwig Stock, Zimmer 12", "de", ("Hedwig", "Stock", "Zimmer 12")),
])
def test_review_leaks_redacted(text, lang, leaked):
    out = rules_only(text, lang)
    for value in leaked:
        assert value not in out, (text, out)


@pytest.mark.parametrize(("text", "kept"), [
    ("Radiologie Ebene 2, Zimmer 12.", ("Radiologie Ebene 2", "Zimmer 12")),
    ("Room 4.12, Level -1, SOMATOM Drive", ("Room 4.12", "Level -1", "SOMATOM Drive")),
    ("Patient liegt im EG, Sono bettseitig.", ("im EG",)),
    ("Scanner: MAGNETOM Vida, 3 T.", ("MAGNETOM Vida",)),
])
def test_review_designators_stay(text, kept):
    out = rules_only(text, "de")
    for value in kept:
        assert value in out, (text, out)


@pytest.mark.parametrize(("text", "lang", "kept", "gone"), [
    # 6: a clinical word after "on", "upon", "bei" is no part of the town.
    ("Lives in Leeds on Warfarin.", "en", "on Warfarin", "Leeds"),
    ("Wohnhaft in Niederuzwil bei Demenz.", "de", "bei Demenz", "Niederuzwil"),
    ("Lives in Exeter upon Discharge.", "en", "upon Discharge", "Exeter"),
    # 7: a clinical acronym in brackets is no Italian province.
    ("Wohnhaft 8010 Graz (CT) folgt.", "de", "(CT)", "Graz"),
    # 8: an organ after "<ACRONYM> The" opens a sentence.
    ("KUB The Kidneys are normal.", "en", "KUB The Kidneys", None),
    # 9: an adjective before the service word is no brand.
    ("Zuweisung durch Interventionelle Radiologie Innsbruck.", "de", "Interventionelle", "Innsbruck"),
    # 10: "ab" before a time word is no particle.
    ("Mit Herrn Keller ab Ostern.", "de", "ab Ostern", "Keller"),
    ("Dr. Weber ab Abend erreichbar.", "de", "ab Abend", "Weber"),
    # 11: a form's answer, a company sponsor, a count after a phone number.
    ("Befund:\nKM/ja\nKeine", "de", "KM/ja", None),
    ("Sponsor: Novartis Pharma", "en", "Novartis Pharma", None),
    ("Rückruf unter 0732 7806 - 2 Stunden später.", "de", "- 2 Stunden", "7806"),
])
def test_review_look_alikes_kept(text, lang, kept, gone):
    out = rules_only(text, lang)
    assert kept in out, (text, out)
    if gone is not None:
        assert gone not in out, (text, out)


def test_town_qualifiers_still_join():
    out = rules_only("Wohnhaft in Matrei in Osttirol; 43121 Parma (PR) seit 2019. Lives in Newcastle upon Tyne.", "de")
    for value in ("Osttirol", "Tyne", "(PR)"):
        assert value not in out, out
