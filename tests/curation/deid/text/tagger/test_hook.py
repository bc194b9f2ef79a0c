"""The hook: the setting, keep-terms never crossed, only spans the rules missed, and the scrubber with it."""

from __future__ import annotations

import pytest

from curation.deid.text.keep import split_keep_spans
from curation.deid.text.rules import rule_hits
from curation.deid.text.scrub import scrub_text
from curation.deid.text.tagger.features import atom
from curation.deid.text.tagger.hook import SETTING, tagger_enabled, tagger_hits
from curation.deid.text.tagger.model import OFFSETS, TAGS, TaggerModel
from tests.dev14t.corpus import DEV


def _keeps(text: str) -> list[tuple[int, int]]:
    eponyms, others = split_keep_spans(text)
    return [*eponyms, *others]


def test_setting_values(monkeypatch):
    monkeypatch.delenv(SETTING, raising=False)
    assert tagger_enabled() is True  # the default since round 2 (docs/deid.md: held-out 13 and 14, measured blind)
    for value, expected in (("on", True), ("ON", True), ("1", True), ("off", False), ("0", False)):
        monkeypatch.setenv(SETTING, value)
        assert tagger_enabled() is expected
    monkeypatch.setenv(SETTING, "maybe")
    with pytest.raises(ValueError, match=SETTING):
        tagger_enabled()


def _greedy_person_model() -> TaggerModel:
    """A model that calls every capitalised word a person (to test the hook's guards, not the model)."""
    model = TaggerModel.zeros()
    model.W[atom("CAP"), OFFSETS.index(0), TAGS.index("B-PERSON")] = 10.0
    model.threshold = 1.0
    return model


def _chaining_person_model() -> TaggerModel:
    """Every run of capitalised words one PERSON span (B- then I-)."""
    model = _greedy_person_model()
    model.W[atom("CAP"), OFFSETS.index(0), TAGS.index("I-PERSON")] = 10.5
    model.W[atom("len:0"), OFFSETS.index(0), TAGS.index("O")] = 1.0  # short words and punctuation lean O
    return model


def test_hook_never_tags_over_a_keep_term_or_a_rule_hit():
    text = "Befund bei Morbus Crohn und Baker-Zyste, Zuweiser Dr. Hofmeister, dazu Anna Zwerenz"
    got = tagger_hits(text, rule_hits(text), _keeps(text), _chaining_person_model())
    words = [text[h.start:h.end] for h in got]
    assert not any(w in " ".join(words) for w in ("Crohn", "Morbus", "Baker", "Hofmeister", "Zuweiser"))
    assert words == ["Anna Zwerenz"]  # keep-terms, the rules' own hit and a cue word are no name; "Befund" alone
    assert all(h.source == "tagger" and h.label == "PERSON" for h in got)
    lone = "Befund bei Morbus Crohn, dazu Anna, Zwerenz"
    assert tagger_hits(lone, rule_hits(lone), _keeps(lone), _greedy_person_model()) == []  # one word each


def test_hook_leaves_dates_and_their_weekdays_alone():
    text = "Visite Di, 02.04.24\nGerlinde Voss"
    got = [text[h.start:h.end] for h in tagger_hits(text, [], [], _chaining_person_model(), dates=[(11, 19)])]
    assert got == ["Gerlinde Voss"]  # "Visite Di": the weekday trimmed, then one word that is no name
    assert [text[h.start:h.end] for h in tagger_hits("Anna Bauer 02.04.24", [], [], _chaining_person_model(),
                                                     dates=[(5, 19)])] == []  # overlaps the date


def test_hook_trims_labels_and_lower_case_edges():
    model = TaggerModel.zeros()
    for name in ("CAP", "GIVEN", "DIGIT"):
        model.W[atom(name), OFFSETS.index(0), TAGS.index("B-ADDRESS")] = 10.0
    model.W[atom("s:x"), OFFSETS.index(0), TAGS.index("I-ADDRESS")] = 30.0
    model.W[atom("s:."), OFFSETS.index(0), TAGS.index("I-ADDRESS")] = 30.0
    model.threshold = -100.0
    text = "Anschrift: Gartenhof neu | Kleinkleckersdorf"
    got = [(text[h.start:h.end], h.label) for h in tagger_hits(text, [], [], model)]
    assert ("Anschrift", "ADDRESS") not in got and all(":" not in g and "|" not in g for g, _ in got)
    assert all(not g.split()[-1].islower() for g, _ in got)


def test_scrubber_with_the_tagger_catches_layout_names_the_rules_miss(monkeypatch):
    # (round 12's rules read a specialty + place in a copy list, "Onkologie Westend", themselves; a generic head +
    # place is still the tagger's)
    text = "Kopie an:\n- Dr. Frieda Landgraf\n- Zentrum Lindenhof\n- Patientin"
    monkeypatch.setenv(SETTING, "off")
    off = scrub_text(text, "de", use_spacy=False)
    monkeypatch.setenv(SETTING, "on")
    on = scrub_text(text, "de", use_spacy=False)
    assert "Zentrum Lindenhof" in off.text
    assert "Zentrum Lindenhof" not in on.text and "- [EINRICHTUNG]\n- Patientin" in on.text


def test_tagger_keeps_every_keep_term_of_the_dev_set(monkeypatch):
    monkeypatch.setenv(SETTING, "on")
    for snippet in DEV:
        hits = tagger_hits(snippet.text, rule_hits(snippet.text), _keeps(snippet.text))
        for word in snippet.keep:
            at = snippet.text.find(word)
            assert not any(h.start < at + len(word) and at < h.end for h in hits), word


def test_an_address_needs_a_number_of_its_own_a_town_or_a_street_word():
    from curation.deid.text.tagger.hook import _name_like

    for span in ("Lindenstraße 50", "79098 Freiburg", "Bristol BS8 4TQ", "Hauptplatz 5/2/14", "Kendal", "Quarry Lane"):
        assert _name_like(span, "ADDRESS"), span
    for span in ("COVID-19", "L4-S1", "Study Group", "Colleague"):
        assert not _name_like(span, "ADDRESS"), span
    assert not _name_like("Walker", "PERSON") and _name_like("Desmond Achebe", "PERSON")
