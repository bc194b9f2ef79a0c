"""Round 15a: ranks, custody / care labels and service roles; user columns and worklist rows; quoted reply headers;
typist initials. Real strings, and look-alikes that must stay."""

from __future__ import annotations

from curation.deid.text.ranks import rank_hits
from curation.deid.text.reply_headers import reply_header_hits
from curation.deid.text.scrub import scrub_text
from curation.deid.text.tables import table_cell_hits


def _ranked(text: str) -> list[str]:
    return [text[h.start:h.end] for h in rank_hits(text, text.lower())]


def _scrub(text: str, lang: str = "de") -> str:
    return scrub_text(text, lang, use_spacy=False).text


def test_ranks_keep_the_rank_and_take_the_name():
    assert _ranked("Zuweisung: OFArzt Dr. Tamara Wilke, Patient StUffz Kevin Baumgart.") == [
        "Tamara Wilke", "Kevin Baumgart"]
    assert _ranked("Referred by Sqn Ldr Imogen Hartley; WO2 Darren Fitch, XR knee.") == ["Imogen Hartley",
                                                                                          "Darren Fitch"]
    assert _ranked("SFC Latoya Grimes and 1LT Kyle Brandt were seen.") == ["Latoya Grimes", "Kyle Brandt"]
    assert _ranked("Obwm Reto Amstutz, sgtm Yannick Berset, il tenente Dario Pellegrini") == [
        "Reto Amstutz", "Yannick Berset", "Dario Pellegrini"]
    out = _scrub("Überweisung durch Oberstabsarzt Gerlach; Hptfw Sven Ritter, MRT Knie.")
    assert "Gerlach" not in out and "Ritter" not in out and "Oberstabsarzt" in out and "Hptfw" in out


def test_custody_and_care_labels():
    assert _ranked("U-Häftling Bogdan Marin, Beiständin Ursula Kälin, Erwachsenenvertreterin Mag. Eva Pichler") == [
        "Bogdan Marin", "Ursula Kälin", "Eva Pichler"]
    assert _ranked("Détenue Samira Haddad; curatrice Mme Odile Ruffieux; reclusa Anna Greco") == [
        "Samira Haddad", "Odile Ruffieux", "Anna Greco"]
    assert _ranked("Inmate No. 88213-054, name Dwayne Pruitt; Court-appointed deputy Helen Marsh") == [
        "Dwayne Pruitt", "Helen Marsh"]


def test_service_roles():
    assert _ranked("Agent Priscilla: ticket merged.\nCoach Halloran called.") == ["Priscilla", "Halloran"]
    assert _ranked("The fault was passed to Yusuf at Orbis customer service.") == ["Yusuf"]


def test_rank_look_alikes_stay():
    for text in ("Contrast agent Gadovist 7.5 ml i.v.", "four Hounsfield units", "Lt. kidney cyst",
                 "Col transversum unauffällig", "CPT 71046 billed", "Major Depression, Soldat a.D. ohne Name",
                 "Service Desk ticket escalated to Level 2 support"):
        assert _ranked(text) == [], text


def test_user_column_logins_and_initials():
    text = "Name;Vorname;Datum;Untersuchung;Status;Benutzer\nLindqvist;Maja;03.11.2025;MRT Knie;final;mlindqvist\n" \
           "Ocak;Emre;04.11.2025;CT Thorax;vorläufig;ADM"
    got = {text[h.start:h.end] for h in table_cell_hits(text) if h.label == "PERSON"}
    assert {"mlindqvist", "ADM", "Lindqvist", "Maja", "Ocak", "Emre"} <= got
    assert "final" not in got and "vorläufig" not in got
    system = "Name;Vorname;Benutzer\nLindqvist;Maja;admin\nOcak;Emre;pacs"
    assert {system[h.start:h.end] for h in table_cell_hits(system)} & {"admin", "pacs"} == set()


def test_worklist_row_without_header():
    text = "RX26-0041187 | Fairbairn, Morag E | CT head | unread | dpatel"
    got = {text[h.start:h.end] for h in table_cell_hits(text) if h.label == "PERSON"}
    assert got >= {"Fairbairn, Morag E", "dpatel"}
    prose = "RX26-0041187 | CT head | unread | pending"
    assert not [h for h in table_cell_hits(prose) if h.label == "PERSON"]


def test_reply_headers():
    text = "> On Wed, 19 Nov 2025 at 08:41, Whitcombe, Nadia <n.whitcombe@trust.nhs.uk> wrote:\n> please review"
    got = [(h.label, text[h.start:h.end]) for h in reply_header_hits(text, text.lower())]
    assert got == [("PERSON", "Whitcombe, Nadia"), ("DATE", "Wed, 19 Nov 2025")]
    de = "Am 14.10.2025 um 16:03 schrieb Dr. Lorenz Eberle <l.eberle@praxis.de>:"
    assert [de[h.start:h.end] for h in reply_header_hits(de, de.lower())] == ["Lorenz Eberle", "14.10.2025"]
    assert reply_header_hits("On review: no change.", "on review: no change.") == []


def test_typist_initials_before_a_lower_case_word():
    out = _scrub("Typed by: KJR on 02/11/2025. CT chest final.", "en")
    assert "KJR" not in out and " on " in out
