"""Mend of round 24a (review deid-review24a): log logins known by their form only are never a system, room,
modality or product with its number nor a side shorthand before an organ; obfuscated e-mails need a letters-only
top-level domain (bracketed) and a mailbox-like part or a mail cue (spelled); a mid-line HL7 segment needs a
flattened message on its line and an id component ends before prose. Keep and leak sides per class; all names,
ids and addresses invented."""

from __future__ import annotations

from curation.deid.text.common import current
from curation.deid.text.hl7 import hl7_hits
from curation.deid.text.log_logins import log_login_hits
from curation.deid.text.mail_forms import obfuscated_email_hits
from curation.deid.text.scrub import scrub_text


def _logins(text: str) -> list[str]:
    with current(text, None):
        return [text[h.start : h.end] for h in log_login_hits(text)]


def _mails(text: str) -> list[str]:
    with current(text, None):
        return [text[h.start : h.end] for h in obfuscated_email_hits(text, text.lower())]


def _hl7(text: str) -> list[tuple[str, str]]:
    with current(text, None):
        return sorted((h.label, text[h.start : h.end]) for h in hl7_hits(text))


# N1: log logins.


def test_numbered_systems_rooms_and_products_are_no_logins():
    for text in (
        "06:12 PACS3 offline\n06:40 PACS3 online",
        "11:05 ANGIO2 belegt\n11:48 ANGIO2 frei",
        "15:20 TRAUMA1 Schockraum\n15:31 TRAUMA2 Schockraum",
        "13:00 ORTHANC2 Sync\n13:07 ORTHANC2 fertig",
        "10:02 ultravist370 90 ml\n10:05 ultravist370 nachinjiziert",
        "09:41 imeron400 70 ml\n09:44 imeron400 Bolus",
        "16:00 SCHOCKRAUM2 frei\n16:30 SCHOCKRAUM2 belegt",
    ):
        assert _logins(text) == [], text
    kept = "06:12 PACS3 offline\n06:40 PACS3 online"
    assert scrub_text(kept).text == kept


def test_side_shorthand_before_an_organ_is_no_login():
    for text in (
        "re.niere: Zyste 3 cm\nli.niere: unauffällig",
        "re_lunge: frei\nli_lunge: Erguss",
        "08:12 re.mamma Stanze\n08:40 li.mamma Stanze",
        "bds.niere: normal\nre.niere: Konkrement",
    ):
        assert _logins(text) == [], text
    assert scrub_text("re_lunge: frei\nli_lunge: Erguss").text == "re_lunge: frei\nli_lunge: Erguss"


def test_logins_by_form_still_taken():
    log = "11.03.25 07:41 whuber Auftrag storniert\n11.03.25 07:52 hkofler4 Termin verschoben"
    assert _logins(log) == ["whuber", "hkofler4"]
    audit = "07-Apr-2025 10:01:44 RWALLNER31  Viewed report\n07-Apr-2025 10:03:10 RWALLNER31  Signed report"
    assert _logins(audit) == ["RWALLNER31", "RWALLNER31"]
    chat = "dr_sommer: danke\nk.trattner: passt"
    assert _logins(chat) == ["dr_sommer", "k.trattner"]
    assert "hkofler4" not in scrub_text(log).text


# N2: obfuscated e-mails.


def test_measurements_with_a_bracketed_at_are_no_mail():
    assert _mails("MRT (at) 3.0 T durchgeführt, Dosis(at)0.1 mmol/kg") == []
    assert _mails("Wert [at] 4.5 cm gemessen") == []
    assert _mails("Dosis {at} 12.5 mg") == []
    assert _mails("Post an h.kofler(at)lkh-feldbach.at") == ["h.kofler(at)lkh-feldbach.at"]
    assert _mails("Kontakt: g.wallner[at]spital-2.ch") == ["g.wallner[at]spital-2.ch"]
    assert _mails("m.gritsch(at)aon(dot)at bitte") == ["m.gritsch(at)aon(dot)at"]


def test_spelled_at_dot_in_prose_is_no_mail():
    for text in (
        "Therapy resumed at home DOT at week 6 without side effects",
        "Follow-up at clinic dot us",
        "Findings: nodule at spleen dot de novo",
        "The patient was seen at home dot com was not involved",
    ):
        assert _mails(text) == [], text
    kept = "Findings: nodule at spleen dot de novo"
    assert scrub_text(kept).text == kept


def test_spelled_mail_with_a_mailbox_or_a_cue():
    assert _mails("Reply to f.wimmer at gmx dot at") == ["f.wimmer at gmx dot at"]
    assert _mails("write to hkofler4 at aon dot at") == ["hkofler4 at aon dot at"]
    assert _mails("Kontakt: gritsch at lkh dot at") == ["gritsch at lkh dot at"]
    assert _mails("E-Mail an station at lkh dot at") == ["station at lkh dot at"]
    assert _mails("Befund an station at lkh dot at") == []

    assert _mails("<hwallner AT wallnerpraxis DOT com>") == ["hwallner AT wallnerpraxis DOT com"]


# N3: flattened HL7.


def test_segment_opening_quoted_in_prose_stays_text():
    assert _hl7("Notiz PID|1| unvollständig, Rest siehe Befund: Rundherd Segment 4") == []
    assert _hl7("Hinweis OBR|2| fehlt, Befund: Herd im Unterlappen") == []
    text = "Notiz PID|1| unvollständig, Rest siehe Befund: Rundherd Segment 4"
    assert scrub_text(text).text == text


def test_flattened_and_quoted_whole_segments_are_read():
    two = "Export: PID|1||66120^^^LKF||Pranter^Wilma||19480214|F PV1|1|I"
    assert _hl7(two) == [("DATE", "19480214"), ("ID", "66120"), ("PERSON", "Pranter^Wilma")]
    whole = "quoted: PID|1||778812^^^MGH^MR||Lindqvist^Mara||19590303|F|||12 Oak Rd^^Salem^MA^01970^USA"
    assert ("ADDRESS", "Salem") in _hl7(whole)
    assert ("ID", "778812") in _hl7(whole)


def test_id_component_ends_before_prose():
    text = "PID|1||5512034 fehlt, Befund folgt"
    assert _hl7(text) == [("ID", "5512034")]
    assert _hl7("PID|1||A771 B||Kofler^Hanna") == [("ID", "A771 B"), ("PERSON", "Kofler^Hanna")]
