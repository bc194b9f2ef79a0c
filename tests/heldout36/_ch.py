"""Held-out 36, Switzerland: 16 excerpts (8 German, 4 French, 4 Italian) of technical and system text carrying PHI."""
# ruff: noqa: E501 (excerpt texts are kept one source line per report line)

from __future__ import annotations

RAW: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "ch01",
        "de",
        "Header der Fremdstudie (importiert):\n"
        "(0010,0010) PN [⟦PERSON:BRUNNER^URS^PETER⟧]\n(0010,0020) LO [⟦ID:KSA-00773120⟧]\n"
        "(0010,0030) DA [⟦DATE:19440128⟧]\n(0010,1010) AS [080Y]\n"
        "(0008,0080) LO [⟦INSTITUTION:Kantonsspital Aarau⟧]\n(0008,1070) PN [⟦PERSON:HUNZIKER^SARAH⟧]\n"
        "(0018,0015) CS [CHEST]\n(0018,1020) LO [VB20A]\n"
        "Vergleich: Pneumonie im Mittellappen regredient, Silhouettenzeichen rechts nicht mehr nachweisbar.",
        ("(0010,1010)", "080Y", "(0018,0015)", "CHEST", "VB20A", "Silhouettenzeichen", "Mittellappen"),
    ),
    (
        "ch02",
        "de",
        "HL7 ADT^A04 (flach): PID|1||⟦ID:30044712⟧^^^USB^PI~⟦ID:756.3047.5009.62⟧^^^CHE^SS||"
        "⟦PERSON:Keller-Sutter^Ruth⟧||⟦DATE:19580623⟧|F|||⟦ADDRESS:Gundeldingerstrasse 88⟧^^⟦ADDRESS:Basel⟧^^"
        "⟦ADDRESS:4053⟧^CH||⟦PHONE:061 361 22 48⟧|||||||||||||||||| IN1|1|HELSANA||Helsana Versicherungen AG|||||||||||||||||||||||||||||||||⟦ID:80756000080012345678⟧",
        ("ADT^A04", "PID|1||", "IN1|1|", "^^^CHE^SS"),
    ),
    (
        "ch03",
        "de",
        "Terminbuch MR (Tagesliste Mittwoch, ⟦DATE:4. September 2024⟧):\n"
        "10:15  ⟦PERSON:Zürcher, Reto⟧ (⟦DATE:05.12.1979⟧)  MR Knie re., Zuweiser Dr. med. ⟦PERSON:Lea Gut⟧, "
        "⟦INSTITUTION:Sportclinic Zürich⟧\n"
        "10:45  ⟦PERSON:Hug, Verena⟧ (⟦DATE:21.02.1952⟧)  MR Prostata? — nein: MR Becken, Frage Endometriose\n"
        "Notiz MPTR ⟦PERSON:Yannick Frei⟧: Schlüssel Garderobe 7 an Patientin.",
        ("10:15", "MR Knie re.", "MR Becken", "Endometriose", "Garderobe 7", "Tagesliste"),
    ),
    (
        "ch04",
        "de",
        "RIS-Logbuch:\n"
        "⟦DATE:04.03.24⟧ 07:58 ⟦PERSON:rhuber⟧ Untersuchung storniert (Pat. ⟦PERSON:Steiner Beat⟧, Auftr. ⟦ID:AU-880117⟧), Grund: Pacemaker nicht MR-tauglich\n"
        "⟦DATE:04.03.24⟧ 08:03 ⟦PERSON:rhuber⟧ Neuer Auftrag CT Thorax-Abdomen erstellt, Visum ⟦PERSON:RHU⟧\n"
        "⟦DATE:04.03.24⟧ 08:10 ⟦PERSON:mkeller2⟧ Termin verschoben auf ⟦DATE:06.03.24⟧, Info an ⟦INSTITUTION:Spitex Region Olten⟧\n"
        "Rückfrage Kardiologie PD Dr. ⟦PERSON:Ivo Marti⟧, intern ⟦PHONE:45127⟧.",
        (
            "storniert",
            "Termin verschoben",
            "Neuer Auftrag",
            "Pacemaker",
            "MR-tauglich",
            "CT Thorax-Abdomen",
            "Kardiologie",
            "07:58",
        ),
    ),
    (
        "ch05",
        "de",
        "Fehlermeldung Exportskript:\n"
        "FileExistsError: /mnt/forschung/ILD_Kohorte/⟦ID:756.9217.0042.11⟧_⟦PERSON:Bühler_Margrit⟧/"
        "⟦DATE:2023-11-30⟧_HRCT.zip\n"
        "Bitte pseudonymisierten Namen verwenden (Schema ILD-####). Verantwortlich: Dr. ⟦PERSON:Noemi Kälin⟧, "
        "⟦EMAIL:noemi.kaelin@usz.ch⟧.\nBefund: UIP-Muster, Honigwaben basal.",
        ("FileExistsError", "ILD_Kohorte", "HRCT.zip", "ILD-####", "UIP-Muster", "Honigwaben"),
    ),
    (
        "ch06",
        "de",
        "Dosisreport Angiographie (Artis Q, SN 140221):\n"
        "Pat.: ⟦PERSON:Gerber, Anton⟧, ⟦AGE:90⟧ J., Fall ⟦ID:F-24-0098812⟧\n"
        "Durchleuchtungszeit 18,4 min, Dosisflächenprodukt 142 Gy·cm², Air Kerma 1,1 Gy\n"
        "Eingriff: TACE Segment 8, cTACE mit Lipiodol. Operateur Dr. ⟦PERSON:Fabian Rüegg⟧.",
        ("Artis Q", "140221", "Dosisflächenprodukt", "Air Kerma", "TACE", "Lipiodol", "Segment 8"),
    ),
    (
        "ch07",
        "de",
        "Kopie aus E-Mail (weitergeleitet):\n"
        "Von: ⟦PERSON:Meier Thomas⟧ <⟦EMAIL:thomas.meier@hirslanden.ch⟧>\nGesendet: Freitag, ⟦DATE:16. Februar 2024⟧ 17:22\n"
        "An: ⟦EMAIL:radiologie.bern@lindenhofgruppe.ch⟧\n"
        "Bitte MR-Arthrographie Schulter für ⟦PERSON:Alessia Rota⟧ (AHV ⟦ID:756.1123.8870.05⟧) einplanen, "
        "Frage SLAP-Läsion, Gadolinium intraartikulär. Patientin erreichbar unter ⟦PHONE:+41 79 551 20 07⟧ ab 14:00, "
        "Versicherungskarte ⟦ID:80756000080098812340⟧.",
        (
            "MR-Arthrographie",
            "ab 14:00",
            "Versicherungskarte",
            "SLAP-Läsion",
            "Gadolinium",
            "intraartikulär",
            "17:22",
            "weitergeleitet",
        ),
    ),
    (
        "ch08",
        "de",
        "Etikett Probenröhrchen/Barcode zur Biopsie:\n"
        "||| ⟦ID:4401229870⟧ ||| ⟦PERSON:KUMAR PRIYA⟧ ⟦DATE:14.06.87⟧ W\n"
        "CT-gesteuerte Biopsie Leberläsion Segment 4a, 18G Coaxial, 3 Zylinder. "
        "Pathologie: ⟦INSTITUTION:Institut für Pathologie Viollier⟧, Eingangsnr. ⟦ID:P24.18812⟧.",
        ("18G Coaxial", "3 Zylinder", "Segment 4a", "CT-gesteuerte Biopsie", "Leberläsion"),
    ),
    (
        "ch09",
        "fr",
        "En-tête DICOM (extrait):\nNom du patient : ⟦PERSON:DUBOIS^CHANTAL^MARIE⟧\n"
        "IPP : ⟦ID:2004471382⟧\nDate de naissance : ⟦DATE:19360719⟧\nDate de l'examen : ⟦DATE:20240415⟧\n"
        "Établissement : ⟦INSTITUTION:HUG⟧\nMédecin prescripteur : ⟦PERSON:BOVET^LAURENT⟧^^DR\n"
        "Conclusion : fracture tassement D12, Genant grade 2, pas de recul du mur postérieur.",
        ("Nom du patient", "IPP", "Genant grade 2", "D12", "mur postérieur", "Établissement"),
    ),
    (
        "ch10",
        "fr",
        "Journal d'envoi des comptes rendus :\n"
        "⟦DATE:12/09/2024⟧ 15:03 — envoyé à ⟦EMAIL:cabinet.favre[at]hin.ch⟧ (Dr ⟦PERSON:Isabelle Favre⟧, "
        "⟦ADDRESS:Rue du Simplon 12, 1800 Vevey⟧) — statut : remis\n"
        "⟦DATE:12/09/2024⟧ 15:04 — échec fax ⟦PHONE:+41 21 923 40 12⟧\n"
        "Patiente : Mme ⟦PERSON:Odile Rochat⟧, née le ⟦DATE:2 avril 1949⟧ ; IRM : LI-RADS 4, lésion de 2,1 cm.\n"
        "⟦DATE:13/09/2024⟧ 08:20 — renvoi par ⟦PERSON:Nadia Blanc⟧ (secrétariat, ⟦EMAIL:nadia.blanc@radiologie-riviera.ch⟧)",
        ("LI-RADS 4", "renvoi", "secrétariat", "08:20", "2,1 cm", "statut : remis", "15:03", "échec fax"),
    ),
    (
        "ch11",
        "fr",
        "URL de consultation transmise au médecin traitant :\n"
        "⟦URL:https://portail.chuv.ch/imagerie/viewer?ipp=1178820&examen=CT-2024-33102&token=ab91f⟧\n"
        "Patient : ⟦PERSON:Jean-Marc Pittet⟧, domicilié à ⟦ADDRESS:Yverdon-les-Bains⟧, AVS ⟦ID:756.4412.9903.27⟧.\n"
        "Scanner thoracique : embolie pulmonaire segmentaire, rapport VD/VG 0,9. Appel au Dr ⟦PERSON:Zbinden⟧ à 11h40.",
        ("Scanner thoracique", "embolie pulmonaire", "VD/VG 0,9", "11h40", "médecin traitant"),
    ),
    (
        "ch12",
        "fr",
        "Liste de travail IRM 2 (lundi ⟦DATE:7 octobre 2024⟧) :\n"
        "13:00 ⟦PERSON:Rossier Élodie⟧ ⟦DATE:1990-03-08⟧ IRM pelvienne, protocole O-RADS\n"
        "13:45 ⟦PERSON:Nguyen Van Long⟧ ⟦DATE:1955-11-11⟧ IRM prostate, PI-RADS v2.1\n"
        "Remarque : clip Yasargil ancien chez M. ⟦PERSON:Nguyen⟧, carte implant scannée.",
        ("IRM 2", "O-RADS", "PI-RADS v2.1", "Yasargil", "carte implant", "13:00", "IRM pelvienne"),
    ),
    (
        "ch13",
        "it",
        "Intestazione DICOM importata:\nPatientName = ⟦PERSON:FONTANA^GIUSEPPE⟧\nPatientID = ⟦ID:EOC-5512093⟧\n"
        "PatientBirthDate = ⟦DATE:19290303⟧\nPatientAge = ⟦AGE:095⟧Y\nInstitutionName = ⟦INSTITUTION:Ospedale Regionale di Lugano⟧\n"
        "Referto: frattura del collo femorale Garden IV, protesi consigliata.",
        ("PatientName =", "InstitutionName =", "Garden IV", "collo femorale", "protesi"),
    ),
    (
        "ch14",
        "it",
        "Messaggio HL7 respinto dal RIS:\nPID|1||⟦ID:7720118⟧^^^EOC^PI||⟦PERSON:Bernasconi^Lucia⟧||⟦DATE:19710914⟧|F|||"
        "⟦ADDRESS:Via Cantonale 22⟧^^⟦ADDRESS:Bellinzona⟧^^⟦ADDRESS:6500⟧^CH\n"
        "Errore: campo PV1-3 vuoto. Segnalato a ⟦PERSON:Marco Sala⟧ (informatica, int. ⟦PHONE:6612⟧) alle 09:31.\n"
        "Paziente trasferita da ⟦INSTITUTION:Clinica Luganese Moncucco⟧ il ⟦DATE:12 settembre⟧; medico curante Dr. ⟦PERSON:Elio Ghirlanda⟧, "
        "tel. ⟦PHONE:091 825 44 10⟧. Esame: RM encefalo, sclerosi multipla, criteri McDonald.",
        (
            "PV1-3",
            "RM encefalo",
            "sclerosi multipla",
            "criteri McDonald",
            "medico curante",
            "Errore",
            "informatica",
            "09:31",
            "respinto",
        ),
    ),
    (
        "ch15",
        "it",
        "Protocollo dose TC (⟦DATE:3 marzo 2024⟧):\nPaziente: Sig.ra ⟦PERSON:Carla Pedrazzini⟧, nata il ⟦DATE:18.08.1950⟧\n"
        "Protocollo: Addome_Fegato_4fasi; CTDIvol 12,1 mGy; DLP 1.104 mGy·cm; kV 100, CARE Dose4D attivo\n"
        "Nodulo epatico 14 mm, LI-RADS 3. Firmato: Dr. ⟦PERSON:Paolo Cattaneo⟧, ⟦INSTITUTION:Clinica Sant'Anna⟧",
        ("Addome_Fegato_4fasi", "CTDIvol 12,1 mGy", "CARE Dose4D", "LI-RADS 3", "14 mm", "kV 100"),
    ),
    (
        "ch16",
        "it",
        "Da: ⟦EMAIL:segreteria.radiologia@cardiocentro.ch⟧\nInviato: martedì ⟦DATE:9 aprile 2024⟧ 08:12\n"
        "Oggetto: CD esterno ⟦PERSON:Moretti⟧ — cartella ⟦ID:CC-24-1187⟧\n"
        "Il CD di ⟦INSTITUTION:Istituto Clinico Humanitas⟧ contiene 2 serie: TAVI planning e coronaro-TC, Agatston 812. "
        "Contatto figlia ⟦PERSON:Silvia Moretti⟧, cell. ⟦PHONE:079 412 88 30⟧.",
        ("TAVI", "Agatston 812", "coronaro-TC", "2 serie", "08:12", "Oggetto"),
    ),
)
