"""Mend of round 22 (deid-mend22): the classes the review of round 22 found (names invented).

1. A binomial keep never shields a person: a title before or a credential or doctor's role after wins.
2. A birthplace slot takes no word of how a child was born (presentation, delivery, anaesthesia, term, home).
3. A dotless or French / Italian plural title needs a listed name in its list.
4. After a dotted plural title only a department word ends the list ("Dres. Sohn und Huber").
5. The drug / device test holds only in the family doctor's slot ("Wohnort: Port" is a town).
6. A listed surname alone before a credential after a word that is no given name ("to whitlock rn").
"""

from __future__ import annotations

import pytest

from curation.deid.text.birth_terms import is_birth_circumstance
from curation.deid.text.credential_names import credential_follows, credential_name_hits
from curation.deid.text.names import doctors_list_hits
from curation.deid.text.residence_towns import residence_town_hits
from curation.deid.text.species_names import species_keeps
from tests.curation.deid.text.test_mend21b import _kept, _out, _values

# --- 1. species keeps and persons ---


@pytest.mark.parametrize(
    "text",
    [
        "Discussed with Dr. M. Quintana.",
        "Befund mit Dr. L. Quintana besprochen.",
        "Signed: J. Quintana, MD",
        "Signed R. Niger, MD",
        "Reported by T. Mitis PhD",
        "Befundet von Dr. R. Niger, Oberarzt",
        "Referto firmato Dott. A. Coli",
        "Dott.ssa M. Coli, Radiologia",
        "Signed: Dr. P. Mansoni",
        "Best regards,\nDr. S. Mitis",
        "Discussed with Prof. S. Marinum, Microbiology",
        "Befund: K. Faecalis, Fachärztin",
    ],
)
def test_a_titled_or_credentialed_binomial_is_no_keep(text: str) -> None:
    assert species_keeps(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Befund mit Dr. L. Quintana besprochen, E. coli im Urin.", ["E. coli"]),
        ("Kultur: E. coli. Dr. Huber informiert.", ["E. coli"]),
        ("Nachweis von E. coli, S. aureus und K. pneumoniae.", ["E. coli", "S. aureus", "K. pneumoniae"]),
        ("Thanks,\nK. Pneumoniae", ["K. Pneumoniae"]),
        ("MRSA: S. aureus, md aware", ["S. aureus"]),  # a weak credential counts in capitals only
    ],
)
def test_an_untitled_binomial_stays_a_keep(text: str, kept: list[str]) -> None:
    assert [text[a:b] for a, b in species_keeps(text)] == kept


@pytest.mark.parametrize(
    ("text", "end", "follows"),
    [
        ("J. Quintana, MD", 11, True),
        ("J. Quintana M.D.", 11, True),
        ("J. Quintana, frcr", 11, True),
        ("E. coli do not grow", 7, False),
        ("E. coli, md aware", 7, False),
        ("E. coli, MDR", 7, False),
    ],
)
def test_credential_follows(text: str, end: int, follows: bool) -> None:
    assert credential_follows(text, end) is follows


@pytest.mark.parametrize(
    ("text", "name"),
    [("Discussed with Dr. M. Quintana.", "Quintana"), ("Signed: J. Quintana, MD", "Quintana")],
)
def test_the_titled_binomial_is_scrubbed(text: str, name: str) -> None:
    assert not _kept(text, name)


def test_the_bacterium_beside_a_titled_name_stays() -> None:
    out = _out("Befund mit Dr. L. Quintana besprochen, E. coli im Urin.", "de")
    assert "Quintana" not in out
    assert "E. coli im Urin" in out


# --- 2. birth circumstances ---


@pytest.mark.parametrize(
    "text",
    [
        "Hüftsonographie: Geboren in Beckenendlage, Sectio.",
        "Geboren in Steißlage.",
        "Geboren in Schädellage, Spontanpartus.",
        "Geboren in Vollnarkose, Sectio caesarea.",
        "Geboren in Hausgeburt.",
        "Geboren in Wassergeburt, Apgar 9/10.",
        "geboren in Beckenendlage",
        "Née à Terme, poids normal.",
        "Née à Domicile, sans complication.",
        "Nata a Domicilio.",
        "Nato a Termine, parto eutocico.",
    ],
)
def test_a_birth_circumstance_is_no_birthplace(text: str) -> None:
    assert residence_town_hits(text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Geboren in Winterthur.", "Winterthur"),
        ("Geboren in Sion.", "Sion"),
        ("Née à Annecy, poids normal.", "Annecy"),
        ("Nato a Bergamo, parto eutocico.", "Bergamo"),
        ("Nata a Como.", "Como"),
    ],
)
def test_a_birthplace_stays_a_town(text: str, town: str) -> None:
    assert _values(residence_town_hits(text), text) == [town]


@pytest.mark.parametrize(
    ("word", "birth"),
    [
        ("Beckenendlage", True),
        ("Querlage", True),
        ("Spontangeburt", True),
        ("Kaiserschnitt", True),
        ("terme", True),
        ("Domicilio", True),
        ("Village", False),
        ("Braunlage", False),
        ("Annecy", False),
        ("Termoli", False),
    ],
)
def test_is_birth_circumstance(word: str, birth: bool) -> None:
    assert is_birth_circumstance(word) is birth


# --- 3. and 4. plural titles ---


@pytest.mark.parametrize(
    "text",
    [
        "See Drs Orders and Progress Notes.",
        "Drs Office and Clinic hours",
        "Drs Comments and Recommendations: none",
        "i dottori Specializzandi e Tutor",
        "Presenti i dottori Radiologi e Tecnici",
        "les Drs Urgentistes et Radiologues",
        "les Drs Internes et Externes",
    ],
)
def test_a_dotless_or_foreign_plural_title_needs_a_listed_name(text: str) -> None:
    assert doctors_list_hits(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Drs Ott and Frick", ["Ott", "Frick"]),
        ("les Drs Martin et Dubois", ["Martin", "Dubois"]),
        ("les Drs Lefèvre et Girard", ["Lefèvre", "Girard"]),
        ("i dott. Rossi e Bianchi", ["Rossi", "Bianchi"]),
        ("i dottori Rossi, Bianchi e Verdi", ["Rossi", "Bianchi", "Verdi"]),
        ("Dres. Sohn und Huber", ["Sohn", "Huber"]),
        ("Drs. Partner and Lee", ["Partner", "Lee"]),
        ("Drs. Lee, Partner and Kim", ["Lee", "Partner", "Kim"]),
        ("Dres. Enkel und Moser", ["Enkel", "Moser"]),
        ("Dres. Ott und Frick, Unfallchirurgie", ["Ott", "Frick"]),
        ("Drs. Lee and Kim, Radiology", ["Lee", "Kim"]),
    ],
)
def test_plural_title_lists(text: str, names: list[str]) -> None:
    assert _values(doctors_list_hits(text), text) == names


@pytest.mark.parametrize(("text", "name"), [("Dres. Sohn und Huber", "Sohn"), ("Drs. Partner and Lee", "Partner")])
def test_a_name_word_after_a_dotted_plural_title_is_scrubbed(text: str, name: str) -> None:
    assert not _kept(text, name)


def test_a_department_after_a_dotted_list_stays() -> None:
    assert _kept("Dres. Ott und Frick, Unfallchirurgie", "Unfallchirurgie", "de")


# --- 5. the drug / device test belongs to the family doctor's slot ---


@pytest.mark.parametrize(
    ("text", "town"),
    [("Wohnort: Port", "Port"), ("Tochter Eva Moser (Port)", "Port"), ("wohnhaft in Port.", "Port")],
)
def test_a_device_word_elsewhere_is_a_town(text: str, town: str) -> None:
    assert _values(residence_town_hits(text), text) == [town]


@pytest.mark.parametrize(
    "text", ["(Dr. Lanz, Hausarzt, Sintrom)", "(Dr Maddox, GP, Metformin)", "(Dr. Lanz, Hausarzt, Port)"]
)
def test_a_drug_or_device_in_the_family_doctor_slot_is_no_town(text: str) -> None:
    assert residence_town_hits(text) == []


# --- 6. a single surname before a credential, not at a line start ---


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("verbal report to whitlock rn", ["whitlock"]),
        ("verbal report given to whitlock rn at 10:05", ["whitlock"]),
        ("d/w whitlock md", ["whitlock"]),
        ("discussed with nurse whitlock rn", ["whitlock"]),
        ("report to taylor rn", ["taylor"]),
        ("called haas pa.", ["haas"]),
        ("per smith, md", ["per smith"]),  # a listed given name before stays the two-word reading
        ("maria grazia de luca, rn (oncology)", ["maria grazia de luca"]),  # the particle and the given names
        ("READER ABERNATHY, MD", ["ABERNATHY"]),
    ],
)
def test_a_surname_alone_before_a_credential(text: str, names: list[str]) -> None:
    assert _values(credential_name_hits(text, text.lower()), text) == names


@pytest.mark.parametrize(
    ("text", "half"),
    [("signed: grace liu, md", "liu"), ("SIGNED: GRACE LIU, MD", "LIU")],
)
def test_never_half_a_name_after_an_unlisted_given_name(text: str, half: str) -> None:
    assert half not in _values(credential_name_hits(text, text.lower()), text)


@pytest.mark.parametrize(
    "text",
    [
        "to the radiology md",
        "d/w charge rn",
        "to ward rn",
        "d/w pacu rn",
        "to triage rn",
        "d/w admitting md",
        "to referring md",
        "d/w hospitalist md",
        "to transport rn",
        "adrenal nodules do not enhance",
        "xr chest pa",
    ],
)
def test_no_surname_alone_without_the_list(text: str) -> None:
    assert credential_name_hits(text, text.lower()) == []


def test_the_surname_alone_is_scrubbed() -> None:
    assert not _kept("verbal report to whitlock rn", "whitlock")
