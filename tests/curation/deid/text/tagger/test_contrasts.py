"""Tagger round 8: the contrast documents (contrasts.py), the look-alike classes the round-7 retrain took for PHI,
each with positives of its shape: class counts, no look-alike inside a gold span, the positives are gold, and the
documents are part of every training (train.trained_on)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from curation.deid.text.tagger import contrasts, train
from curation.deid.text.tagger.contrasts import CLASSES, contrast_documents
from curation.deid.text.tagger.hook import packaged_model
from curation.deid.text.tagger.model import spans

_DOCS = list(contrast_documents(400, 8))


def test_every_class_is_written_often_and_in_both_languages():
    counts = Counter(cls for c in _DOCS for _, _, cls in c.negatives)
    assert set(counts) == set(CLASSES)
    assert min(counts.values()) >= 120, counts  # (seven classes share the draws since round 10)
    langs = {cls: {c.doc.lang for c in _DOCS if any(n[2] == cls for n in c.negatives)} for cls in CLASSES}
    assert langs["place_noun"] == langs["school_work"] == {"de"}
    assert langs["exam_cell"] == langs["table_header"] == langs["eponym_after_age"] == {"de", "en"}
    assert langs["classification_name"] == langs["route_part"] == {"de", "en"}
    texts = {cls: {c.doc.text[s:e] for c in _DOCS for s, e, k in c.negatives if k == cls} for cls in CLASSES}
    assert len(texts["place_noun"]) >= 40 and len(texts["exam_cell"]) >= 300 and len(texts["eponym_after_age"]) >= 120
    assert {"Arbeitsplatz", "Spielplatz", "Bauernhof", "Kindergarten", "Friedhof", "Bahnhof"} <= texts["place_noun"]
    assert {"Gymnasium", "Realschule", "Baustelle", "Werkstatt"} <= texts["school_work"]
    assert {"Vessel", "PSV", "EDV", "Segment", "HU", "Size"} <= texts["table_header"]


def test_no_look_alike_touches_a_gold_span_and_every_document_has_one():
    for c in _DOCS:
        assert c.negatives
        for s, e, _ in c.negatives:
            assert not any(gs < e and s < ge for gs, ge, _ in c.doc.spans), c.doc.text[s:e]
        for s, e, _ in (*c.negatives, *c.doc.spans):
            assert c.doc.text[s:e].strip() == c.doc.text[s:e] != ""


def test_look_alikes_have_their_class_shape():
    for c in _DOCS:
        text = c.doc.text
        for s, e, cls in c.negatives:
            value = text[s:e]
            if cls == "exam_cell":  # a body part, a comma and a view, side or eponymic view, in capitals
                part, _, view = value.partition(",")
                assert part in contrasts._EXAM_PARTS and value.upper() == value and view, value
            elif cls == "place_noun":  # after a place label or an event's preposition
                assert value in {n for n, _ in contrasts._PLACE_NOUNS}
                before = text[:s].rsplit("\n", 1)[-1]
                assert before.rstrip().endswith(":") or before.endswith((" am ", " dem ", " der ", " im ")), before
            elif cls == "eponym_after_age":
                assert re.search(r"[A-Z][^\W\d_A-Z]+", value), value
                line = text[:e].rsplit("\n", 1)[-1]
                lead = line[: len(line) - len(value)].strip(" ,")
                assert (
                    lead in {x.format(n=n) for xs in contrasts._LEADS.values() for x in xs for n in range(1, 18)}
                    or lead == ""
                ), line


def _classified(c: contrasts.Contrast, s: int, e: int) -> tuple[str, str, str]:
    """A classification look-alike's name, its grade and the finding word's language on its line."""
    text = c.doc.text
    value = text[s:e]
    name = max((n for n, _, _ in contrasts._CLASSIFICATIONS if value.startswith(n + " ")), key=len)
    line = text[text.rfind("\n", 0, s) + 1 : text.find("\n", e)].lower()
    langs = {
        lang
        for domains in contrasts._FINDINGS.values()
        for lang, found in domains.items()
        if any(re.search(rf"(?<!\w){re.escape(f.lower())}(?!\w)", line) for f in found)
    }
    return name, value[len(name) + 1 :], "".join(sorted(langs))


def test_classification_names_are_varied_graded_and_after_a_finding_in_four_languages():
    found = [_classified(c, s, e) for c in _DOCS for s, e, k in c.negatives if k == "classification_name"]
    assert len(found) >= 150
    names = Counter(name for name, _, _ in found)
    assert len(names) >= 50 and {"Park", "Bosniak", "Weber", "Garden", "Stanford"} & set(names)
    grades = Counter(grade.split()[0] for _, grade, _ in found if " " in grade)
    assert {"Typ", "type", "Grad", "grade", "Stadium", "stage", "stade", "tipo", "grado"} <= set(grades), grades
    bare = [grade for _, grade, _ in found if " " not in grade]  # "Weber B", "Bosniak IIF", "Garden III"
    assert len(bare) >= 40 and all(re.fullmatch(r"(?:[IV]+F?|[1-4]|[ABC])[ab123]?", g) for g in bare), bare
    # every look-alike's line holds a finding word of its domain, in each of the four languages
    assert all(langs for _, _, langs in found)
    assert {lang for _, _, langs in found for lang in ("de", "en", "fr", "it") if lang in langs} == {
        "de",
        "en",
        "fr",
        "it",
    }


def _route_word_before(text: str, s: int) -> str:
    """The route or place word (with its lead-in) before a route part on its line, up to an earlier part."""
    return text[text.rfind("\n", 0, s) + 1 : s]


def test_route_parts_are_varied_and_after_a_route_word_in_four_languages():
    found = [(c.doc.text, s, e) for c in _DOCS for s, e, k in c.negatives if k == "route_part"]
    assert len(found) >= 150
    values = Counter(text[s:e] for text, s, e in found)
    assert len(values) >= 120, len(values)
    words = {w for lang in contrasts._PARTS for w, _ in contrasts._PARTS[lang]}
    heads = Counter(next(w for w in sorted(words, key=len, reverse=True) if w.lower() in v.lower()) for v in values)
    assert len(heads) >= 40, heads
    langs = {
        lang for lang, parts in contrasts._PARTS.items() for v in values for w, _ in parts if w.lower() in v.lower()
    }
    assert langs == {"de", "en", "fr", "it"}
    # directions after the part word (German, French, Italian) and before it (English); letters and numbers
    assert any(re.fullmatch(r"(?:Eingang|Zugang|Trakt|Flügel) (?:Nord|Süd|Ost|West)\w*", v) for v in values)
    assert any(re.fullmatch(r"(?:North|South|East|West)\w* (?:Entrance|Wing|Gate|Block|Tower)", v) for v in values)
    assert any(
        re.fullmatch(r"[Ii]ngresso (?:nord|sud|est|ovest)\S*|[Ee]ntrée (?:nord|sud|est|ouest)\S*", v) for v in values
    )
    assert any(re.fullmatch(r"(?:Haus|Ebene|Level|Building|padiglione|niveau) (?:[A-K]|\d+)", v) for v in values)
    # each part opens after a route or place word, or after another part or a facility on its line
    routes = tuple(x for xs in contrasts._ROUTES.values() for x in xs)
    for text, s, _ in found:
        before = _route_word_before(text, s).rstrip()
        assert (
            before.lower().endswith(tuple(r.lower() for r in routes))
            or before.endswith((",", "/"))
            or any(before.endswith(w) for w in values)
        ), before


def test_positives_beside_route_parts_are_facilities_and_addresses():
    beside = [c for c in _DOCS if any(k == "route_part" for *_, k in c.negatives)]
    gold = [(c.doc.text[s:e], label) for c in beside for s, e, label in c.doc.spans]
    heads = tuple(h.removesuffix(" de").removesuffix(" di") for hs in contrasts._FACILITY_HEADS.values() for h in hs)
    facilities = {x for x, label in gold if label == "INSTITUTION" and (x.startswith(heads) or "Hospital" in x)}
    assert len(facilities) >= 30, facilities
    directions = {d.capitalize() for ds in contrasts._DIRECTIONS.values() for d in ds}
    assert sum(x.split()[-1] in directions or x.split()[0] in directions for x in facilities) >= 10  # "Klinikum Nord"
    assert any(x.startswith(("Hôpital", "CHU", "Clinique")) for x in facilities)
    assert any(x.startswith(("Ospedale", "Policlinico", "Clinica")) for x in facilities)
    streets = {
        x
        for x, label in gold
        if label == "ADDRESS" and any(w in x for ws in contrasts._PART_STREETS.values() for w in ws)
    }
    assert len(streets) >= 20 and all(re.search(r"\d", x) for x in streets), streets
    assert any(re.fullmatch(r"Via [A-ZÄÖÜ][\w' -]+ \d+", x) for x, label in gold if label == "ADDRESS")
    # a facility's own part after it is a look-alike ("Klinikum Nord, Haus B")
    after = [
        c.doc.text[s:e]
        for c in beside
        for s, e, k in c.negatives
        if k == "route_part" and any(ge + 2 == s and label == "INSTITUTION" for _, ge, label in c.doc.spans)
    ]
    assert len(after) >= 5, after


def test_positives_are_gold_next_to_their_look_alikes():
    labels = Counter(label for c in _DOCS for _, _, label in c.doc.spans)
    assert labels["PERSON"] >= 400 and labels["ADDRESS"] >= 100 and labels["INSTITUTION"] >= 60, labels
    pairs = [c for c in _DOCS if any(k == "exam_cell" for *_, k in c.negatives)]

    def row_of(text: str, at: int) -> tuple[int, int]:
        return text.rfind("\n", 0, at), text.find("\n", at)

    cells = [  # the name cells of the rows that hold an exam cell
        c.doc.text[s:e]
        for c in pairs
        for s, e, label in c.doc.spans
        if label == "PERSON" and any(row_of(c.doc.text, s) == row_of(c.doc.text, n) for n, _, k in c.negatives)
    ]
    assert len(cells) >= 100 and all(
        re.fullmatch(r"[^\W\d_][^,\d]+,[^\W\d_][^,\d]*", x) and x.upper() == x for x in cells
    )
    assert any(x.split(",")[0] in contrasts._EPONYM_VIEWS for x in cells)  # "MAYER,ANNA" is a name, "MASTOID,MAYER" not
    cues = tuple(  # (a classification's or a route part's positive)
        x for table in (contrasts._INSTITUTION_CUES, contrasts._FACILITY_CUES) for xs in table.values() for x in xs
    )
    schools = [
        c.doc.text[s:e]
        for c in _DOCS
        for s, e, label in c.doc.spans
        if label == "INSTITUTION" and not c.doc.text[:s].endswith(cues)
    ]
    assert all(x.split()[0] in contrasts._SCHOOLS or x.startswith("Neue Mittelschule") for x in schools)
    doubles = [
        c.doc.text[s:e]
        for c in _DOCS
        for s, e, label in c.doc.spans
        if label == "PERSON" and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+", c.doc.text[s:e])
    ]
    assert len(doubles) >= 20  # "Frau Huber-Lang": a double surname after a title is a name
    # A name line above worklist rows, its given name sometimes a word the field list leaves out ("BILL HENDERSON").
    word_given = {x.upper() for x in contrasts._WORD_GIVEN}
    lines = [
        c.doc.text[s:e]
        for c in pairs
        for s, e, label in c.doc.spans
        if label == "PERSON"
        and (s == 0 or c.doc.text[s - 1] == "\n")
        and c.doc.text[s:e].split()[0].upper() in word_given
    ]
    # (capitals in 60 % of the draws; 27 of 57 in this sample since round 9's class moved the draws)
    assert len(lines) >= 20 and sum(x.isupper() for x in lines) >= 0.4 * len(lines)
    # Beside a classification name: a facility named after a place-like classification name, a person named like
    # an eponym ("Klinikum Heidelberg", "CHU de Paris": INSTITUTION; "Dr. Weber", "Dr Park": PERSON).
    beside = [c for c in _DOCS if any(k == "classification_name" for *_, k in c.negatives)]
    gold = {(c.doc.text[s:e], label) for c in beside for s, e, label in c.doc.spans}
    places = {x for x, label in gold if label == "INSTITUTION" and any(p in x for p in contrasts._PLACE_LIKE)}
    eponyms = {x for x, label in gold if label == "PERSON" and x in contrasts._SURNAME_LIKE}
    assert len(places) >= 20 and len(eponyms) >= 8, (len(places), len(eponyms))
    assert any(x.startswith(("Hôpital", "CHU", "Clinique")) for x in places)
    assert any(x.startswith(("Ospedale", "Policlinico")) for x in places)


def test_documents_are_deterministic_and_counted():
    assert [c.doc for c in contrast_documents(30, 8)] == [c.doc for c in _DOCS[:30]]
    assert [c.doc for c in contrast_documents(30, 9)] != [c.doc for c in _DOCS[:30]]
    assert list(contrast_documents(0, 8)) == []
    with pytest.raises(ValueError):
        list(contrast_documents(-1, 8))


def test_training_reads_the_contrast_documents(monkeypatch):
    seen: list[int] = []
    real = train.contrast_documents

    def counted(n, seed):
        seen.append(n)
        return real(n, seed)

    monkeypatch.setattr(train, "contrast_documents", counted)
    model = train.build(40, 1, 5, train.load_marked(["a=tests.dev14t.corpus:DEV"]), cv=False)
    assert seen == [int(40 * train.CONTRAST_SHARE)] == [6]
    assert model.threshold == train.PACKAGED_FLOOR


# New strings of each class (not the suite's look-alike tests' own), and positives of the same shapes.
_LEFT = [
    "Fundort: Bauernhof.",
    "Sturz auf dem Sportplatz, Distorsion OSG.",
    "Ereignisort: Friedhof, Stolpersturz.",
    "Schüler, Realschule Klasse 8, Sturz.",
    "Maurer, Sturz auf der Baustelle.",
    "| KNEE,STANDING | XR | 03.02.2025 | routine |",
    "| CHEST,PA/LAT | CR | 03.02.2025 | final |",
    "Segment|HU|Size\nS7|45|12\nS8|38|9",
    "Neonate Dandy-Walker",
    "Säugling Arnold-Chiari-Malformation",
    "boy Legg-Calvé-Perthes",
    "Frau, Morbus Bechterew, Verlaufskontrolle.",
    # round 9: classification and staging names after (or, in English, before) a finding word
    "Nierenzyste links Bosniak IIF, Kontrolle in 6 Monaten.",
    "Aortendissektion Stanford Typ B, konservativ.",
    "Hüftdysplasie Graf Typ IIc links.",
    "Perianal fistula, Parks type 2.",
    "Stanford type A dissection.",
    "Fracture du col fémoral Garden IV.",
    "Frattura della caviglia Weber B, controllo.",
    # round 10: building parts, entrances, levels and directions after a route or place word
    "Zugang über Notfalleingang Süd, dann links.",
    "Patient via Trakt B zur Sonographie.",
    "Rollstuhl, bitte über Zugang West.",
    "Treffpunkt Pavillon 3.",
    "Accès par entrée principale, salle 2.",
    "Accesso: ingresso nord, padiglione 4.",
]
_TAKEN = [
    ("Wohnort: Lindenweg 12, 4051 Basel", [("Lindenweg 12", "ADDRESS"), ("4051 Basel", "ADDRESS")]),
    ("| 250114-33 | HUBER,ANNA | CHEST,PA | XR | 14.01.2025 |", [("HUBER,ANNA", "PERSON")]),
    ("Frau Huber-Lang informiert.", [("Huber-Lang", "PERSON")]),
    ("Schülerin der Grundschule Lindenhof, Sturz.", [("Grundschule Lindenhof", "INSTITUTION")]),
    ("JACK WALLNER, 58 y/o m", [("JACK WALLNER", "PERSON")]),
    ("Transferred from Stanford Medical Center.", [("Stanford Medical Center", "INSTITUTION")]),
    ("Esame precedente presso Ospedale di Lugano.", [("Ospedale di Lugano", "INSTITUTION")]),
    ("Besprochen mit Dr. Weber.", [("Weber", "PERSON")]),
    ("Adressé par le Dr Garden.", [("Garden", "PERSON")]),
    ("Verlegung via Klinikum Nord.", [("Klinikum Nord", "INSTITUTION")]),
    ("Trasferito da Ospedale Nord.", [("Ospedale Nord", "INSTITUTION")]),
    ("Wohnort: Eingangsweg 4, 8400 Winterthur", [("Eingangsweg 4", "ADDRESS"), ("8400 Winterthur", "ADDRESS")]),
]


def _tagged(text: str) -> list[tuple[str, str]]:
    """The packaged model's own spans at its threshold (the rules' hits as features, nothing filtered)."""
    model = packaged_model()
    toks, atoms = train.features_of(text)
    em = model.emissions(atoms)
    found = spans(model.decode(em), em, toks.starts, toks.ends)
    return [(text[s:e], label) for s, e, label, conf in found if conf >= model.threshold]


@pytest.mark.parametrize("text", _LEFT)
def test_packaged_model_leaves_new_strings_of_each_class(text):
    assert _tagged(text) == []


@pytest.mark.parametrize(("text", "expected"), _TAKEN)
def test_packaged_model_takes_the_positives_beside_them(text, expected):
    assert _tagged(text) == expected
