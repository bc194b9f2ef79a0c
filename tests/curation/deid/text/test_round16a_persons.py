"""Round 16a: persons in contact, machine and consent formats, and their look-alikes (rules and tagger as shipped,
no spaCy)."""

from __future__ import annotations

import pytest

from curation.deid.text.contact_names import contact_name_hits
from curation.deid.text.edi import edi_hits
from curation.deid.text.machine_names import caret_name_hits
from curation.deid.text.scrub import scrub_text


def _scrub(text: str, lang: str = "de") -> str:
    return scrub_text(text, lang, use_spacy=False).text


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Pflegerin vor Ort: Nadine (0761 270-33412) begleitet.", "de", "Nadine"),
    ("Home health aide Rosalind here with the patient; XR hip.", "en", "Rosalind"),
    ("Badante Oksana presente; RM ginocchio.", "it", "Oksana"),
    ("Thanks, Imogen (Nuclear medicine)\nPET slot moved.", "en", "Imogen"),
    ("Kontaktperson: Corinne (079 412 88 10), Spitex.", "de", "Corinne"),
    ("I, Harriet P. Langford, consent to the contrast injection.", "en", "Harriet P. Langford"),
    ("Io sottoscritta Lucia Benvenuti acconsento alla RM.", "it", "Lucia Benvenuti"),
    ("Seite 2 von 3   OBERHOLZER, Regula M   PID 4471102", "de", "OBERHOLZER, Regula M"),
    ("Referral for DRUMMOND Sr., Alistair J re MRI knee.", "en", "DRUMMOND Sr., Alistair J"),
    ("Rechnung: KVNR X774102551 Brunner Jolanda GOÄ 5700", "de", "Brunner Jolanda"),
    ("Neugeborenes Maurer-Okafor, Schädelsonographie unauffällig.", "de", "Maurer-Okafor"),
    ("Patientin Ольга Кузнецова (Olga Kusnezowa), Röntgen Thorax.", "de", "Ольга Кузнецова"),
    ("Patientin Ольга Кузнецова (Olga Kusnezowa), Röntgen Thorax.", "de", "Olga Kusnezowa"),
    ("Surname: Ó Súilleabháin\nFirst names: Caoimhe Niamh\nExamination: MRI", "en", "Caoimhe Niamh"),
    ("Befund: Prim. Wurzinger, MRT LWS.", "de", "Wurzinger"),
    ("Dipl.-Phys. Tauchner (Medizinphysik) hat die Dosis geprüft.", "de", "Tauchner"),
    ("Befund durch DDr. Valentin Hörtnagl, Mag. pharm. Obexer.", "de", "Hörtnagl"),
    ("Befund durch DDr. Valentin Hörtnagl, Mag. pharm. Obexer.", "de", "Obexer"),
    ("(0010,0010) PatientName VOGELSANG^IRMGARD^E", "de", "VOGELSANG^IRMGARD^E"),
    ("NM1*IL*1*DELACROIX*TOBIAS*R***MI*ZX4471029~", "en", "DELACROIX*TOBIAS*R"),
    ("Operator: NAKAMURA^H; kV 120", "en", "NAKAMURA^H"),
    ("Mit freundlichen Grüssen\nCorinne (Sekretariat Radiologie)", "de", "Corinne"),
    ("Distinti saluti, Federica (segreteria), per il Dr. Bassi.", "it", "Federica"),
    ("STAT: called to Imogen in MRI (x4410).", "en", "Imogen"),
    ("Zuweisung: Pflegeheim Sonnhalde, Pflegekraft Kühn, Tel. 0341 88 12", "de", "Kühn"),
    ("Patientin Garden B. Smith, Schenkelhalsfraktur Garden IV.", "de", "Smith"),
])
def test_person_found(text: str, lang: str, name: str) -> None:
    assert name not in _scrub(text, lang)


@pytest.mark.parametrize(("text", "lang", "kept"), [
    ("Pflegekraft vor Ort informiert, Drainage liegt.", "de", "Drainage"),
    ("Pflegekraft vor Ort: Bitte vor Transport anrufen.", "de", "Bitte"),
    ("Nurse on site; Modality: CT; Manufacturer: Siemens Healthineers", "en", "Siemens Healthineers"),
    ("Manufacturer: GE Healthcare; ManufacturerModelName: Discovery NM/CT 670; Modality: NM", "en",
     "Discovery NM/CT 670"),
    ("Manufacturer: GE Healthcare; ManufacturerModelName: Discovery NM/CT 670", "en", "ManufacturerModelName"),
    ("(0010,0010) PatientName VOGELSANG^IRMGARD^E", "de", "PatientName"),
    ("ProtocolName: Polytrauma", "de", "Polytrauma"),
    ("Morbus Perthes links, Herring B, Catterall III.", "de", "Herring B"),
    ("Kind mit Hüftdysplasie, Graf IIa; Kontrolle in 6 Wochen.", "de", "Hüftdysplasie"),
    ("Fraktur Typ Salter-Harris II bei Kind.", "de", "Salter-Harris"),
    ("β-HCG negativ, α-Fetoprotein normal.", "de", "β-HCG"),
    ("OBR|1|A55120||CTHEAD^CT HEAD WO CONTRAST", "en", "CT HEAD WO CONTRAST"),
    ("Accession 20250114 Weber B fracture", "en", "Weber B"),
    ("Perthes links, Herring B/C. Stulberg II erwartet.", "de", "Herring B/C"),
    ("Schenkelhalsfraktur Garden IV links.", "de", "Garden IV"),
    ("Thanks, team (radiology): Hüfte nach Graf IIa.", "de", "Graf IIa"),
])
def test_look_alike_kept(text: str, lang: str, kept: str) -> None:
    assert kept in _scrub(text, lang)


def test_x12_segments() -> None:
    text = "NM1*85*2*LAKESIDE IMAGING LLC*****XX*1447712093~N3*400 HARBOR BLVD~N4*OAKLAND*CA*94607~DMG*D8*19560227*M~"
    found = {(text[h.start:h.end], h.label) for h in edi_hits(text)}
    assert found == {("LAKESIDE IMAGING LLC", "INSTITUTION"), ("1447712093", "ID"), ("400 HARBOR BLVD", "ADDRESS"),
                     ("OAKLAND*CA*94607", "ADDRESS"), ("19560227", "DATE")}
    contact = "PER*IC*MARGOT LEVESQUE*TE*5105550199*EM*MLEVESQUE@EXAMPLE.ORG~"
    assert {(contact[h.start:h.end], h.label) for h in edi_hits(contact)} == {
        ("MARGOT LEVESQUE", "PERSON"), ("5105550199", "PHONE"), ("MLEVESQUE@EXAMPLE.ORG", "EMAIL")}
    assert edi_hits("Befund: 3*4 cm Läsion") == []


def test_caret_names_need_a_listed_part_and_no_code() -> None:
    text = "read by HALVORSEN^TROND."
    assert [text[h.start:h.end] for h in caret_name_hits(text)] == ["HALVORSEN^TROND"]
    assert caret_name_hits("CT^HEAD and MR^KNEE") == []
    assert caret_name_hits("PV1|1|O|XRAY^^^CLINIC||||C1^ROWE^DAVID") == []  # an HL7 line is hl7's


def test_contact_rules_leave_nouns_and_lone_roles() -> None:
    for text in ("Pflegekraft vor Ort informiert.", "Thanks, team (radiology).", "Kind mit Fieber",
                 "Seite 1 von 2", "I, too, agree.", "Dolmetscher anwesend."):
        assert contact_name_hits(text) == [], text


def test_star_names_outside_x12() -> None:
    text = "Export: PAT*KOVAC*IVANA*M; sequence T2*GRE, SWI*; CT*HEAD"
    assert [text[h.start:h.end] for h in caret_name_hits(text)] == ["KOVAC*IVANA*M"]


def test_script_names_and_their_transliteration() -> None:
    def found(text: str) -> list[str]:
        return [text[h.start:h.end] for h in contact_name_hits(text)]

    assert found("Иванов (Iwanow), CT LWS") == ["Иванов", "Iwanow"]
    assert found("Georgios Pappas (Γεώργιος Παππάς)") == ["Γεώργιος Παππάς", "Georgios Pappas"]
    assert found("Kontrolle (Иванов)") == ["Иванов"]  # the word before stays
    assert found("β2-Mikroglobulin und α-Fetoprotein normal, Δ 3 mm") == []


@pytest.mark.parametrize("text", [
    "Modality: MR   Referring Physician: Li Jianguo",
    "Modality: NM, Referring Physician: Dr Li Jianguo",
    "BodyPartExamined: HEAD   Referring Physician: Li Jianguo",
])
def test_kept_field_value_ends_at_the_next_field(text: str) -> None:
    out = _scrub(text, "en")
    assert "Jianguo" not in out and ("MR" in out or "NM" in out or "HEAD" in out)


def test_star_names_leave_x12_segments_to_edi_and_strip_field_words_first() -> None:
    # lead's merge review: "PER*IC*MARY JONES*TE*...~" is edi.py's (the codes PER, IC stay); "PT*KOVAC*IVANA" leaked
    # because the code veto ran before the field word "PT" was stripped
    segment = "NM1*QC*1*SMITH*ROBERT*J***MI*A7782101~\nPER*IC*MARY JONES*TE*9165550147~"
    assert caret_name_hits(segment) == []
    text = "PT*KOVAC*IVANA"
    assert [text[h.start:h.end] for h in caret_name_hits(text)] == ["KOVAC*IVANA"]
