"""Fix round 24a: flattened HL7 messages, XAD address components, CX codes, XCN without id, obfuscated e-mails,
names / IDs / dates in export paths, DICOM keyword pairs on one line. Positive and look-alike cases per rule."""

from __future__ import annotations

from curation.deid.text.common import current
from curation.deid.text.dicom_dump import dump_fields
from curation.deid.text.hl7 import hl7_hits, hl7_keeps
from curation.deid.text.log_logins import log_login_hits
from curation.deid.text.mail_forms import obfuscated_email_hits
from curation.deid.text.path_parts import path_hits
from curation.deid.text.scrub import scrub_text


def _hl7(text: str) -> list[tuple[str, str]]:
    with current(text, None):
        return sorted((h.label, text[h.start : h.end]) for h in hl7_hits(text))


def _keeps(text: str) -> list[str]:
    with current(text, None):
        return sorted(text[a:b] for a, b in hl7_keeps(text))


def _mails(text: str) -> list[str]:
    with current(text, None):
        return [text[h.start : h.end] for h in obfuscated_email_hits(text, text.lower())]


def _paths(text: str) -> list[tuple[str, str]]:
    return sorted((h.label, text[h.start : h.end]) for h in path_hits(text))


FLAT = (
    "ORM flach: MSH|^~\\&|KIS|KLINIKUM|RIS|RAD|20250102101500||ORM^O01|MSG4471|P|2.5 "
    "PID|1||5510347^^^KLR^PI~756.1122.3344.55^^^CHE^SS||Brandl^Gisela||19450311|F|||Lindenweg 4^^Kassel^^34117^D"
    "||0561 448 2210 PV1|1|I|Station 3^12^1||||^Leitner^Claudia^^^Dr.in"
)


def test_flattened_message_is_read_by_position():
    labels = _hl7(FLAT)
    assert ("ID", "MSG4471") in labels and ("DATE", "20250102101500") in labels  # MSH-10, MSH-7
    assert ("ADDRESS", "Kassel") in labels and ("ADDRESS", "34117") in labels and ("ADDRESS", "Lindenweg 4") in labels
    assert ("ID", "5510347") in labels and ("ID", "756.1122.3344.55") in labels
    assert ("PERSON", "Brandl^Gisela") in labels and ("PHONE", "0561 448 2210") in labels
    assert ("PERSON", "Leitner^Claudia") in labels  # PV1-7 without its id: the prefix stays


def test_flattened_message_keeps_codes():
    assert _keeps(FLAT) == sorted(["KIS", "RIS", "RAD", "KLR", "PI", "CHE", "SS", "D"])
    out = scrub_text(FLAT).text
    for kept in ("^^^KLR^PI", "^^^CHE^SS", "^D||", "ORM^O01", "^^^Dr.in", "Station 3^12^1"):
        assert kept in out, kept
    for phi in ("Kassel", "34117", "Lindenweg", "Brandl", "MSG4471", "Leitner"):
        assert phi not in out, phi


def test_us_address_keeps_state_and_country():
    text = "PID|1||W7718204^^^MERCY^MR||Holloway^Brenda^K||19500122|F|||219 Maple Ave^^Toledo^OH^43604^USA"
    assert [v for label, v in _hl7(text) if label == "ADDRESS"] == ["219 Maple Ave", "43604", "Toledo"]
    out = scrub_text(text, lang="en").text
    assert "^OH^" in out and out.endswith("^USA") and "Toledo" not in out and "43604" not in out


def test_mid_line_pipe_text_is_no_segment():
    # An order line quoting a patient id after "PID|" (no set id): the table reader's, not read by position.
    assert _hl7("Auftrag PID|8830152||Zimmermann-Rüegg^Barbara^E||19570224|F") == []
    assert _hl7("Bitte Spalte PID|Name|Datum ergänzen.") == []
    assert _keeps("Befund | stabil | CT^Thorax") == []


def test_obfuscated_emails():
    assert _mails("Rückfragen an sekretariat.roentgen(at)klinikum-fulda.de, Betreff MRT.") == [
        "sekretariat.roentgen(at)klinikum-fulda.de"
    ]
    assert _mails("Kontakt: petra.lechner [at] ordination-lechner.at | Befund") == [
        "petra.lechner [at] ordination-lechner.at"
    ]
    assert _mails("envoyé à secretariat.imagerie[at]hin.ch le 12.10.") == ["secretariat.imagerie[at]hin.ch"]
    assert _mails("<areeves AT reevesclinic DOT com>") == ["areeves AT reevesclinic DOT com"]
    assert _mails("mail j.okafor at nhs dot net today") == ["j.okafor at nhs dot net"]


def test_obfuscated_email_look_alikes():
    assert _mails("Seen at 14:05; DOT protocol at level C5; lesion at the dome.") == []
    assert _mails("Termin (at) Thorax in zwei Ebenen; pain at rest dot like.") == []
    assert _mails("Schmerz [at] Belastung, Punkt (dot) Zeichen") == []


def test_names_ids_and_dates_in_paths():
    assert _paths("Fehler: \\\\nas01\\radio\\export\\Kranzl_Walter_19500411_7781204\\CT_Thorax\\IM0001.dcm") == [
        ("DATE", "19500411"),
        ("ID", "7781204"),
        ("PERSON", "Kranzl_Walter"),
    ]
    assert _paths("DLP: /data/research/COPD_Cohort/4412887734_Sinclair_Moira/2023_11_02/scans/3-Lung_1mm") == [
        ("DATE", "2023_11_02"),
        ("ID", "4412887734"),
        ("PERSON", "Sinclair_Moira"),
    ]
    assert _paths("E:\\Export\\2024-05-06_Moser_Helga_SVNR1204150352\\DICOMDIR") == [
        ("DATE", "2024-05-06"),
        ("ID", "SVNR1204150352"),
        ("PERSON", "Moser_Helga"),
    ]


def test_paths_without_a_person_stay():
    assert _paths("Saved to /data/protocols/CT_Chest_Low_Dose/v3_2/Series_002_Arterial/IM0004.dcm") == []
    assert _paths("Pfad: D:\\Vorlagen\\MRT_Knie_Standard\\Sequenz_PD_FS.xml, 2024_02_19") == []
    assert _paths("/mnt/forschung/ILD_Kohorte/2023-11-30_HRCT.zip") == []
    assert _paths("https://pacs.example.org/viewer/Study_Series/20240219_4471203") == []


def _dump(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    with current(text, None):
        hits, keeps = dump_fields(text)
        return sorted((h.label, text[h.start : h.end]) for h in hits), sorted(text[a:b] for a, b in keeps)


def test_keyword_pairs_on_one_line_end_at_the_next_keyword():
    hits, keeps = _dump("PatientName=Auer^Lena PatientID=0448120 PatientBirthDate=20170903 PatientAge=007Y")
    assert hits == [("DATE", "20170903"), ("ID", "0448120"), ("PERSON", "Auer^Lena")]
    assert {"PatientBirthDate", "PatientAge"} <= set(keeps)
    hits, keeps = _dump("PatientBirthDate: 19720316 · StudyDate: 20240219 · Modality: CT · BodyPartExamined: CHEST")
    assert hits == [("DATE", "19720316"), ("DATE", "20240219")]
    assert {"StudyDate", "CT", "CHEST"} <= set(keeps)


def test_keyword_value_with_blanks_runs_on_over_other_words():
    # A single blank splits only before a DICOM keyword: a name or description with blanks stays whole.
    hits, _ = _dump("ReferringPhysicianName=Dr Max Muster Kontrast=ja")
    assert hits == [("PERSON", "Dr Max Muster Kontrast=ja")]
    hits, _ = _dump("PatientName=Auer Lena Maria")
    assert hits == [("PERSON", "Auer Lena Maria")]


def _logins(text: str) -> list[str]:
    with current(text, None):
        return [text[h.start : h.end] for h in log_login_hits(text)]


def test_logins_opening_log_entries_and_chat_lines():
    log = "RIS-Log:\n05.02.25 07:41 bgruber Auftrag storniert\n05.02.25 07:52 tlechner3 Termin verschoben"
    assert _logins(log) == ["bgruber", "tlechner3"]
    audit = "Audit:\n12-Feb-2025 09:01:44  KPATEL22  Viewed report\n12-Feb-2025 09:03:10  KPATEL22  Printed report"
    assert _logins(audit) == ["KPATEL22", "KPATEL22"]
    chat = "Chat:\nawinkler: MR ist fertig\ndr_berger: danke\nawinkler: ok"
    assert _logins(chat) == ["awinkler", "dr_berger", "awinkler"]
    assert "bgruber" not in scrub_text(log).text


def test_log_and_heading_look_alikes_name_no_login():
    text = (
        "08:00 CT Thorax\n12:00 started scanning\n09:00 contrast given\n10:05 imported study\n"
        "09:00 Termin verschoben\n14:00 VERIFIED by\nremarks: none\nreason: pain\nsender: PACS\nimpression: ok"
    )
    assert _logins(text) == []
    assert _logins("10:00 phase2 loaded") == []  # a form-only login needs a log of two entries


def test_cx_authority_kept_only_as_a_short_code():
    assert _keeps("PID|1||7745120^^^RIVERSIDE^MR||Dunn^Ava||19700101|F") == ["MR"]
    assert _keeps("PID|1||10293847^^^KAGES^PI||Kogler^Herbert") == ["KAGES", "PI"]
