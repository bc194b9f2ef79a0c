"""Round 17a: field-keyed exports (curation/deid/text/keyed_exports.py): the field's name decides, with look-alikes
that must stay."""

from __future__ import annotations

import pytest

from curation.deid.text.keyed_exports import key_class, key_words, keyed_keeps
from curation.deid.text.scrub import scrub_text


def rules_only(text: str, lang: str = "en") -> str:
    return scrub_text(text, lang, use_spacy=False).text


@pytest.mark.parametrize(("key", "container", "label"), [
    ("family", None, "PERSON"), ("given", None, "PERSON"), ("Vorname", None, "PERSON"), ("cognome", None, "PERSON"),
    ("prénom", None, "PERSON"), ("patientName", None, "PERSON"), ("nom", "patient", "PERSON"),
    ("nom", "examen", None), ("display", "performer", "PERSON"), ("display", "coding", None),
    ("display", "managingOrganization", "INSTITUTION"), ("text", "name", "PERSON"), ("line", "address", "ADDRESS"),
    ("postalCode", None, "ADDRESS"), ("city", None, "ADDRESS"), ("birthDate", None, "DATE"),
    ("effectiveDateTime", None, "DATE"), ("Date_consentement", None, "DATE"), ("Geburtsdatum", None, "DATE"),
    ("subject_id", None, "ID"), ("Screening No", None, "ID"), ("No_patient", None, "ID"), ("ID_soggetto", None, "ID"),
    ("ip", None, "ID"), ("Lesion No", None, None), ("Eta", None, "AGE"), ("Age", None, "AGE"),
    ("ProtocolName", None, None), ("ModelName", None, None), ("ReferringPhysicianName", None, "PERSON"),
    ("InstitutionName", None, "INSTITUTION"), ("Studienkoordinatorin", None, "PERSON"), ("Probandennummer", None, "ID"),
    ("Name des Patienten", None, "PERSON"), ("Studiennummer", None, None), ("Einwilligung am", None, "DATE"),
    ("value", "telecom", "PHONE"), ("value", "identifier", "ID"), ("value", "valueQuantity", None),
    ("Initiales", None, "PERSON"), ("Sigla", None, "PERSON"), ("coordinator", None, "PERSON"), ("user", None, "PERSON"),
    ("status", None, None), ("modality", None, None), ("diagnosis", None, None), ("score", None, None),
    ("resourceType", None, None), ("code", None, None), ("conclusion", None, None),
])
def test_key_class(key, container, label):
    assert key_class(key, container) == label


def test_key_words_split_camel_snake_and_accents():
    assert key_words("effectiveDateTime") == ("effective", "date", "time")
    assert key_words("Date_consentement") == ("date", "consentement")
    assert key_words("età") == ("eta",)


def test_fhir_patient_resource():
    text = ('{"resourceType": "Patient", "id": "pt-55102", "name": [{"family": "Achterberg", "given": ["Wilma", "J"]}],'
            ' "birthDate": "1939-05-21", "address": [{"line": ["12 Orchard Rise"], "city": "Keswick", '
            '"postalCode": "CA12 5DL"}], "gender": "female"}')
    out = rules_only(text)
    for phi in ("pt-55102", "Achterberg", "Wilma", "1939-05-21", "Orchard Rise", "Keswick", "CA12 5DL"):
        assert phi not in out
    for kept in ('"resourceType": "Patient"', '"gender": "female"', '"family"', '"postalCode"'):
        assert kept in out


def test_fhir_references_display_and_date_times():
    text = ('"subject": {"reference": "Patient/90413", "display": "Ruairi Tiernan"}, "performer": [{"reference": '
            '"Practitioner/7781", "display": "Dr Saoirse Brannigan"}], '
            '"effectiveDateTime": "2025-09-14T07:05:00+02:00", "code": {"coding": [{"system": "http://loinc.org", '
            '"code": "24627-2", "display": "CT Chest"}]}')
    out = rules_only(text)
    for phi in ("90413", "Ruairi", "Tiernan", "7781", "Saoirse", "Brannigan", "2025-09-14"):
        assert phi not in out
    assert '"Patient/' in out and '"Dr ' in out and "T07:05:00+02:00" in out  # the type, title and clock time stay
    assert "http://loinc.org" in out and '"24627-2"' in out and '"CT Chest"' in out


def test_profile_urls_and_oids_are_kept_but_a_patient_url_is_not():
    text = ('"meta": {"profile": ["http://hl7.org/fhir/StructureDefinition/ImagingStudy", '
            '"https://fhir.ch/ig/ch-core/StructureDefinition/ch-core-patient"]}, '
            '"system": "urn:oid:2.16.756.5.30.1.123", "fullUrl": "https://fhir.spital-beispiel.ch/Patient/884120"')
    out = rules_only(text, "de")
    assert "http://hl7.org/fhir/StructureDefinition/ImagingStudy" in out
    assert "https://fhir.ch/ig/ch-core/StructureDefinition/ch-core-patient" in out
    assert "urn:oid:2.16.756.5.30.1.123" in out
    assert "884120" not in out


def test_key_value_audit_log():
    text = "2025-10-02 23:14:51 user=hberger role=MTRA action=PRINT mrn=40071285 acc=XR-2025-88120 ip=192.168.40.17"
    out = rules_only(text, "de")
    for phi in ("hberger", "40071285", "88120", "192.168.40.17", "2025-10-02"):
        assert phi not in out
    assert "role=MTRA" in out and "action=PRINT" in out and "23:14:51" in out


def test_header_named_table_columns():
    text = ("Probanden-Nr;Kürzel;Einwilligung_Datum;Alter;Befund\nKS-0193;M.H.;04.02.2025;94;Rundherd\n"
            "KS-0201;T.R.;11.02.2025;67;kein Befund")
    out = rules_only(text, "de")
    for phi in ("KS-0193", "M.H.", "04.02.2025", "94", "KS-0201", "T.R.", "11.02.2025"):
        assert phi not in out
    assert "67" in out and "Rundherd" in out and "kein Befund" in out and "Probanden-Nr;Kürzel" in out


def test_lesion_number_column_is_no_id():
    text = "Lesion No,Segment,Size mm\n1,S7,14\n2,S4a,9"
    assert rules_only(text) == text


def test_logins_after_dictation_and_ticket_labels():
    out = rules_only("Diktiert: mkessler / Geschrieben: b.huber\nMRT LWS: Bandscheibenvorfall L5/S1.", "de")
    assert "mkessler" not in out and "b.huber" not in out and "Bandscheibenvorfall L5/S1" in out
    assert "voice recognition" in rules_only("Transcribed by voice recognition.")
    assert "b.huber" not in rules_only("Schreibkraft: b.huber", "de")
    assert "owhitfield" not in rules_only("INC0099812 Assigned to: owhitfield  Status: open")
    assert rules_only("Assigned to: unassigned") == "Assigned to: unassigned"
    assert rules_only("the user reported slowness") == "the user reported slowness"
    assert "erstellt von extern" in rules_only("Befund erstellt von extern am Vortag.", "de")


def test_nickname_in_brackets_after_a_label():
    out = rules_only("Freigegeben von: Dr. Annemarie (Anni) Lorenz", "de")
    assert "Annemarie" not in out and "Anni" not in out and "Lorenz" not in out


def test_login_cell_in_a_log_row():
    out = rules_only("12.06.2025 08:01:17 | m.brunner | MTRA | Bild gelöscht | PID 20044871", "de")
    assert "m.brunner" not in out and "Bild gelöscht" in out


@pytest.mark.parametrize("text", [
    "Software version 10.2.1.4 installiert.",  # a version number, not an IP address
    "Study NCT04433120, protocol RAD-LUNG-02: CT chest without contrast.",
    "EudraCT 2020-001234-56; Seite 2 von 3",
    "Page 1 of 2",
    "Pagina 2 di 2 - TC torace.",
    "(0008,1010) SH [MRWS_04]",
])
def test_look_alikes_stay(text):
    assert rules_only(text, "de") == text


def test_ip_address_anywhere_is_an_id():
    assert "10.20.31.145" not in rules_only("Zugriff von Arbeitsplatz 10.20.31.145 protokolliert.", "de")


def test_keyed_keeps_ranges():
    text = "NCT05120044 and Seite 1 von 4"
    assert [text[a:b] for a, b in keyed_keeps(text)] == ["NCT05120044", "Seite 1 von 4"]


def test_cda_xml_elements_and_attributes():
    text = ('<patient><name><given>Dragana</given><family>Vuković</family></name><birthTime value="19530308"/>'
            '<addr><streetAddressLine>Annenstraße 12</streetAddressLine><city>Graz</city></addr>'
            '<telecom value="tel:+43 316 442 118"/><id root="1.2.40.0.10.1.4.3.1" extension="1234120557"/></patient>'
            '<title>CT Thorax</title><code code="36643-5" displayName="XR Chest 2V"/>')
    out = rules_only(text, "de")
    for phi in ("Dragana", "Vuković", "19530308", "Annenstraße", "Graz", "316 442 118", "1234120557"):
        assert phi not in out
    for kept in ('root="1.2.40.0.10.1.4.3.1"', "<title>CT Thorax</title>", 'displayName="XR Chest 2V"', "tel:"):
        assert kept in out


def test_python_dict_repr_and_hl7_txa():
    out = rules_only("{'family': 'Ostrowski', 'given': ['Piotr'], 'birthDate': '1961-04-12', 'status': 'final'}")
    assert "Ostrowski" not in out and "Piotr" not in out and "1961" not in out and "'status': 'final'" in out
    out = rules_only("TXA|1|RAD|TX|202502111020|4410^Mbeki^Thandi||||||||||AU")
    assert "Mbeki" not in out and "Thandi" not in out and "4410" not in out and out.startswith("TXA|1|RAD|TX|")


def test_a_record_url_on_a_fhir_host_is_not_kept():
    text = "Befund: https://fhir.spital-beispiel.ch/DiagnosticReport/RAD-2025-4471 (Profil https://fhir.ch/ig/ch-core)"
    keeps = [text[a:b] for a, b in keyed_keeps(text)]
    assert keeps == ["https://fhir.ch/ig/ch-core"]


def test_xml_name_part_by_its_enclosing_element_and_a_login_before_a_full_stop():
    out = rules_only("<paziente><cognome>Sartori</cognome><nome>Ornella</nome></paziente><esame><nome>TC torace</nome>"
                     "</esame>", "de")
    assert "Sartori" not in out and "Ornella" not in out and "<nome>TC torace</nome>" in out
    assert "p.favre" not in rules_only("Dactylographié par: p.favre. IRM du genou.", "de")


def test_dcmdump_comment_keyword_stays():
    text = "(0008,0090) PN [Lüthi^Corinne]  # 14, 1 ReferringPhysicianName"
    out = rules_only(text, "de")
    assert "Lüthi" not in out and out.endswith("# 14, 1 ReferringPhysicianName")
