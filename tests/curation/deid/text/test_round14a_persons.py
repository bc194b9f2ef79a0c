"""Round 14a (persons): logins after an action word, typist initials, abbreviated given names, Italian / French
titles, relatives by given name (FR/IT), name particles and UK post-nominals, staff role + initial, beneficiary /
member / resident / insured labels; keeps: a request noun before "Surname, Given" in a subject, Swiss closings."""

from __future__ import annotations

import pytest

from tests.curation.deid.text.test_ocr_digits import _rules


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # logins after an action word on an export / audit line (EN by, DE durch / von, FR par)
    ("Exam locked by dkealamakia at 07:40", "en", "Exam locked by [PERSON] at 07:40"),
    ("Befund vidiert durch bschwarzlmueller, 09:12", "de", "Befund vidiert durch [PERSON], 09:12"),
    ("Bild exportiert von ktrnka am 03.01.2025", "de", "Bild exportiert von [PERSON] am [DATUM]"),
    ("Examen clôturé par gbrlaz le 4.2.2025", "fr", "Examen clôturé par [PERSON] le [DATUM]"),
    ("Addendum created by s.okafor2", "en", "Addendum created by [PERSON]"),
    ("Referto validato da mcolombo alle 10:12.", "it", "Referto validato da [PERSON] alle 10:12."),
    # typist initials: after a typing word (also "Dact." and "Schreibdienst:"), and a letter's reference line
    ("Dr. A. Brunner\nSchreibdienst: jh", "de", "Dr. [PERSON]\nSchreibdienst: [PERSON]"),
    ("Dr J. Gonin\nDact. lm", "fr", "Dr [PERSON]\nDact. [PERSON]"),
    ("Mit freundlichen Grüssen\n\nDr. med. K. Egli\n\nKE/ts", "de",
     "Mit freundlichen Grüssen\n\nDr. med. [PERSON]\n\n[PERSON]/[PERSON]"),
    # abbreviated given names after a title
    ("Überweisung durch Dr. Joh. Wachtl, Innere.", "de", "Überweisung durch Dr. [PERSON], Innere."),
    ("Copy: Dr Wm. Tregothnan", "en", "Copy: Dr [PERSON]"),
    ("Vu par le Pr J.-Cl. Matthey-Doret.", "fr", "Vu par le Pr [PERSON]."),
    ("Mit freundlichen Grüssen\n\nChr. Pfeifenberger\nOberarzt", "de",
     "Mit freundlichen Grüssen\n\n[PERSON]\nOberarzt"),  # in a signature block, no title needed
    # Italian lower-case titles, French Maître
    ("Egregio dott. Tettamanti,\nin allegato il referto.", "it", "Egregio dott. [PERSON],\nin allegato il referto."),
    ("Gentile prof.ssa Zanolari, grazie.", "it", "Gentile prof.ssa [PERSON], grazie."),
    ("Copie à Maître Rossel, avocat.", "fr", "Copie à Maître [PERSON], avocat."),
    # relatives by given name alone (French, Italian)
    ("Patiente accompagnée de son mari Thierry.", "fr", "Patiente accompagnée de son mari [PERSON]."),
    ("Presente la nipote Giulia durante l'esame.", "it", "Presente la nipote [PERSON] durante l'esame."),
    # particles after a title, UK post-nominals without commas
    ("Dear Dr ab Owain,", "en", "Dear Dr [PERSON],"),
    ("Dr. Meier ab Oktober, ab Anfang Mai wieder.", "de", "Dr. [PERSON] ab Oktober, ab Anfang Mai wieder."),
    ("Yours sincerely\n\nSiân ap Rhys BM BCh FRCR\nConsultant", "en",
     "Yours sincerely\n\n[PERSON] BM BCh FRCR\nConsultant"),
    # staff role + initial + a surname in no list; a shift word between role and name
    ("Sonographer R. Tsinajinnie; probe 5 MHz.", "en", "Sonographer [PERSON]; probe 5 MHz."),
    ("Radiographer on duty: M. Aumua", "en", "Radiographer on duty: [PERSON]"),
    ("CT tech K. Yellowhorse performed the scan.", "en", "CT tech [PERSON] performed the scan."),
    ("MTR HF S. Oyelowo", "de", "MTR HF [PERSON]"),
    ("Infirmière de garde: F. Mbemba", "fr", "Infirmière de garde: [PERSON]"),
    ("Pflegefachfrau im Dienst: H. Wanjiru", "de", "Pflegefachfrau im Dienst: [PERSON]"),
    # relatives of speech and a spouse with a possessive
    ("Brought in by mum Chelsea; dad Wayne on the way.", "en", "Brought in by mum [PERSON]; dad [PERSON] on the way."),
    ("Anamnese über ihren Mann Klaus.", "de", "Anamnese über ihren Mann [PERSON]."),
    # typist initials closing a dictation line after a blank, and alone on the next line
    ("Diktiert: 12.03.2025 / Geschrieben: 13.03.2025 sg", "de", "Diktiert: [DATUM] / Geschrieben: [DATUM] [PERSON]"),
    ("Typed by:\njk", "en", "Typed by:\n[PERSON]"),
    # beneficiary / member / resident / insured labels + a full name with a middle initial
    ("Insured: Harlan W. Twohatchet", "en", "Insured: [PERSON]"),
    ("Heimbewohner: Erwin K. Pichlmayr", "de", "Heimbewohner: [PERSON]"),
    ("Ospite: Rosanna L. Quadri", "it", "Ospite: [PERSON]"),
    ("Name of insured: Darnell K. Whitebird", "en", "Name of insured: [PERSON]"),
    # a request noun before "Surname, Given" in a subject stays; the closing stays, the name after it goes
    ("Betreff: Zuweisungsanfrage Gisler, Martina", "de", "Betreff: Zuweisungsanfrage [PERSON]"),
    ("Mit Grüssen, Anna Keller", "de", "Mit Grüssen, [PERSON]"),
])
def test_round14a_persons(text, lang, expected):
    assert _rules(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    # lower-case words after by / durch / von / par that are no logins
    ("Confirmed by ultrasound; reviewed by radiology; report sent by email.", "en"),
    ("Zugang durch Punktion von dorsal; Befund geändert durch Kontrastmittel.", "de"),
    ("Examen réalisé par voie veineuse; rapport signé par radiologue.", "fr"),
    # right / left abbreviations before an artery, a staff word before a lower-case abbreviation, prose after "dictated"
    ("rt. A. carotis interna, re. A. femoralis; Nurse: A. fib. controlled.", "de"),
    ("Report dictated but not read; dictated and signed by me", "en"),
    ("Transcribed by:\nBefund", "de"),
    ("Member: American College of Radiology; Mitglied: Ärztekammer Wien", "de"),
    ("Fille: Non connue. Compagnon: absent.", "fr"),
    ("Dolore da sforzo, trattato da medico curante.", "it"),
    ("Mit freundlichen Grüssen\n\nAbt. Radiologie\nSekretariat", "de"),
    ("Freundliche Grüsse, freundlich Anna. Der Mann Peter.", "de"),
    # units after a slash on their own line are no typist initials
    ("Kreatinin 1,2\nMG/dl", "de"),
    # eponyms, anatomy, drugs, German nouns
    ("Morbus Bechterew, Baker-Zyste links, Spondylitis ankylosans.", "de"),
    ("Schatzki ring; Graves disease; 40 Hounsfield units.", "en"),
    ("Mamma: Dichte ACR B, keine Herdbefunde.", "de"),
    ("Aortic arch. Normal calibre. Ibuprofen 400 mg.", "en"),
    ("Betreff: Kostengutsprache MRT Knie", "de"),
    # closings in Swiss spelling, with and without adjectives
    ("Freundliche Grüsse", "de"),
    ("Mit kollegialen Grüssen", "de"),
    ("Liebi Grüess", "de"),
])
def test_round14a_keeps(text, lang):
    out = _rules(text, lang)
    assert "[PERSON]" not in out and "[EINRICHTUNG]" not in out, out


def test_an_abbreviated_given_name_needs_a_title_before_it():
    # a maker's name written with an abbreviated given name ("Chr. Hansen" cultures) is no person without a title
    assert _rules("Probiotikum von Chr. Hansen, 2x tgl.", "de") == "Probiotikum von Chr. Hansen, 2x tgl."
