# ruff: noqa: E501
"""Held-out 27, Austria: marked excerpts (see deid_corpus.py for the conventions)."""

AT = (
    (
        "at01",
        "de",
        "RIS Zuweisung – ⟦INSTITUTION:Diagnosezentrum Meidling⟧\nPat.: ⟦PERSON:Hrabal, Zdenka⟧  SVNR ⟦ID:2817 110354⟧\n"
        "Zuweiser: MR Dr. ⟦PERSON:Gernot Pichlmayr⟧, Arzt f. Allgemeinmedizin, ⟦ADDRESS:Schönbrunner Str. 188, 1120 Wien⟧\n"
        "Leistung: MR Schulter re. (ÖGK-Bewilligung ⟦ID:BW-24-7781203⟧ vom ⟦DATE:19.02.2025⟧)\n"
        "Frage: Rotatorenmanschettenruptur? Impingement? Termin ⟦DATE:12.3.2025⟧ 17:50",
        ("MR Schulter", "Allgemeinmedizin", "ÖGK-Bewilligung", "Rotatorenmanschettenruptur", "Impingement", "17:50"),
    ),
    (
        "at02",
        "de",
        "Brustkrebs-Früherkennungsprogramm (BKFP) – Abklärungsbrief\nFrau ⟦PERSON:Theresia Unterberger⟧\n"
        "⟦ADDRESS:Hauptplatz 3/2/14, 8430 Leibnitz⟧\n⟦ADDRESS:Leibnitz⟧, am ⟦DATE:21. Jänner 2025⟧\n"
        "In Ihrer Mammographie vom ⟦DATE:9. Jänner⟧ wurde ein Befund gesehen, der abgeklärt werden sollte "
        "(Assessment, BI-RADS 0). Bitte vereinbaren Sie einen Termin im ⟦INSTITUTION:Brustgesundheitszentrum "
        "LKH Graz Süd-West⟧ unter ⟦PHONE:0316 5466-4710⟧. Serviceline BKFP 0800 500 181.",
        (
            "Brustkrebs-Früherkennungsprogramm",
            "BKFP",
            "Abklärungsbrief",
            "Mammographie",
            "Assessment",
            "BI-RADS 0",
            "0800 500 181",
        ),
    ),
    (
        "at03",
        "de",
        "Schockraumprotokoll ⟦INSTITUTION:AUVA-Traumazentrum Wien Lorenz Böhler⟧ – Polytrauma, ISS 29\n"
        "Ankunft NAH Christophorus 9: 14:12; Pat. unbekannt männlich → Identifikation 15:03: "
        "⟦PERSON:Mahmoud Al-Rashidi⟧, ⟦DATE:*01.01.1996⟧, SVNR ⟦ID:4019 010196⟧\n"
        "Traumaspirale: Beckenringfraktur Typ C (Tile), Milzlazeration AAST III, Pneumothorax li. "
        "Thoraxdrainage 14:26. Teamleader: OA Dr. ⟦PERSON:Florentina Hasenhüttl⟧",
        (
            "Schockraumprotokoll",
            "Polytrauma",
            "ISS 29",
            "Christophorus 9",
            "14:12",
            "Traumaspirale",
            "Beckenringfraktur Typ C",
            "Tile",
            "AAST III",
            "Thoraxdrainage",
        ),
    ),
    (
        "at04",
        "de",
        "Tumorboard Gastrointestinal – ⟦INSTITUTION:Ordensklinikum Linz Barmherzige Schwestern⟧, ⟦DATE:26.02.2025⟧\n"
        "Anwesend: Prim. Univ.-Prof. ⟦PERSON:Reinhold Fuchsjäger⟧, OÄ Dr.in ⟦PERSON:Mirela Šimunović⟧, "
        "DGKP ⟦PERSON:Bernhard Ortner⟧ (Case Manager)\n"
        "Pat. ⟦PERSON:Leitgeb, Hermine⟧ (⟦AGE:90⟧a), Rektumkarzinom 7 cm ab ano, MRT: mrT3c N1, "
        "MRF frei, EMVI positiv. Beschluss: Kurzzeit-RT 5×5 Gy, dann TME; Wiedervorstellung nach Staging.",
        (
            "Tumorboard",
            "Rektumkarzinom",
            "mrT3c",
            "MRF",
            "EMVI",
            "Kurzzeit-RT",
            "TME",
            "Case Manager",
            "Wiedervorstellung",
        ),
    ),
    (
        "at05",
        "de",
        "Telemedizinisches Konsil (Teleradiologie Tirol) – Anforderung 03:05\n"
        "von: ⟦INSTITUTION:Bezirkskrankenhaus Reutte⟧, Ass. Dr. ⟦PERSON:Valentin Kathrein⟧, DW ⟦PHONE:3121⟧\n"
        "an: Dienstrad. ⟦INSTITUTION:Klinik Innsbruck⟧ (Univ.-Klinik f. Radiologie)\n"
        "Pat. ⟦PERSON:Juul Hendriksen⟧ (niederländ. Tourist, 41 J.), Skiunfall ⟦ADDRESS:Ehrwalder Alm⟧: "
        "CT HWS – Fraktur Densbasis Anderson/D'Alonzo Typ II? Antwort 03:31: bestätigt, Halo nicht nötig, "
        "Transfer mit Philadelphia-Kragen.",
        (
            "Telemedizinisches Konsil",
            "03:05",
            "41 J.",
            "CT HWS",
            "Densbasis",
            "Anderson/D'Alonzo Typ II",
            "Philadelphia-Kragen",
            "Univ.-Klinik f. Radiologie",
        ),
    ),
    (
        "at06",
        "de",
        "Kurzbefund für die Pensionsversicherungsanstalt (PVA) – Begutachtung Berufsunfähigkeit\n"
        "Untersuchte: ⟦PERSON:Schwarzl, Manuela⟧, VSNR ⟦ID:1144 220772⟧, Akt-Zl. ⟦ID:PVA-L 55-19/2024⟧\n"
        "Röntgen LWS in 2 Ebenen: Osteochondrose L5/S1, Spondylarthrose, keine Listhese nach Meyerding. "
        "Anfrage durch Chefärztlichen Dienst, Dr. ⟦PERSON:Hubert Eibensteiner⟧, "
        "⟦ADDRESS:Friedhofstraße 39, 4020 Linz⟧, vom ⟦DATE:7.1.2025⟧.",
        (
            "Berufsunfähigkeit",
            "Röntgen LWS",
            "Osteochondrose",
            "L5/S1",
            "Spondylarthrose",
            "Meyerding",
            "Chefärztlichen Dienst",
        ),
    ),
    (
        "at07",
        "de",
        "Arztbrief – ⟦INSTITUTION:Klinik Floridsdorf⟧, Interne Abteilung – Seite 1/3\n"
        "Entlassung ⟦DATE:02.03.2025⟧  Pat. ⟦PERSON:Ferenc Horváth-Lichtenegger⟧, geb. ⟦DATE:30.9.1948⟧\n"
        "Diagnosen: Pneumonie re. UL, Pleuraerguss, COPD GOLD 3. CT-Thorax vom ⟦DATE:25.2.⟧: Konsolidierung "
        "im Unterlappen, kein Empyem. Weitere Betreuung durch Hausarzt Dr. ⟦PERSON:Ilse Pfundner⟧, "
        "Gruppenpraxis ⟦INSTITUTION:Donaufeld⟧. Tochter ⟦PERSON:Krisztina⟧ informiert ⟦PHONE:+43 664 3381 207⟧.",
        (
            "Arztbrief",
            "Interne Abteilung",
            "Seite 1/3",
            "Pneumonie",
            "Pleuraerguss",
            "COPD GOLD 3",
            "CT-Thorax",
            "Empyem",
        ),
    ),
    (
        "at08",
        "de",
        "Bettenmanagement LKH – Übergabe Nachtdienst 06:45\nIntensiv 1: 8/8 belegt; ⟦PERSON:Rauchenwald⟧ Zi 4 "
        "zur Verlegung auf IMC vorgesehen.\nUnfallchir. C3: frei 2. Zugang aus ZAE: ⟦PERSON:Ljubica Petrović⟧ "
        "(⟦AGE:96⟧), Schenkelhalsfraktur li., Garden IV, OP geplant. Pflegekoordination: Sr. ⟦PERSON:Roswitha⟧, "
        "Klappe ⟦PHONE:71-4420⟧. Nächste Bettenkonferenz 13:30 Seminarraum Süd.",
        (
            "Bettenmanagement",
            "06:45",
            "IMC",
            "Unfallchir. C3",
            "ZAE",
            "Schenkelhalsfraktur",
            "Garden IV",
            "Bettenkonferenz",
            "13:30",
        ),
    ),
    (
        "at09",
        "de",
        "Befund: ⟦INSTITUTION:Röntgeninstitut Dr. Kogelnik⟧ · ⟦ADDRESS:Bahnhofstraße 12, 9020 Klagenfurt⟧\n"
        "Pat.: ⟦PERSON:Wieser, Leopold⟧ ⟦DATE:11/04/1955⟧  Unters.-Nr. ⟦ID:K-250301-17⟧\n"
        "DXA LWS und Hüfte: T-Score L1-L4 -2,9, Femurhals -2,6. Osteoporose nach WHO. FRAX-Risiko erhöht. "
        "Vergleich: Voruntersuchung ⟦INSTITUTION:Kardinal Schwarzenberg Klinikum⟧ 2021.\nDr. ⟦PERSON:Kogelnik⟧ e.h.",
        ("DXA LWS", "T-Score", "L1-L4", "Femurhals", "Osteoporose nach WHO", "FRAX-Risiko", "2021"),
    ),
    (
        "at10",
        "de",
        "Hi ⟦PERSON:Ben⟧, kurz zu Ihrem Vater ⟦PERSON:Arthur Blackwood⟧ (⟦AGE:92⟧): das Schädel-CT heute "
        "zeigt ein chronisches Subduralhämatom rechts, 14 mm, Mittellinienverlagerung 5 mm. Neurosurgery "
        "in ⟦INSTITUTION:St. Pölten⟧ will see him tomorrow. Please call the ward (Station 2A) on "
        "⟦PHONE:02742 9004-16200⟧.\nBest, Dr. ⟦PERSON:Katharina Lechner-Wolf⟧\n"
        "⟦INSTITUTION:Landesklinikum Melk⟧ | Sent from Outlook",
        ("Schädel-CT", "Subduralhämatom", "Mittellinienverlagerung", "Neurosurgery", "Station 2A", "14 mm"),
    ),
    (
        "at11",
        "de",
        "Befundweiterleitung (ELGA) ⟦DATE:2025-02-17⟧T09:12\nDokument: Radiologiebefund, OID ⟦ID:1.2.40.0.34.99.4613.2.25.18833⟧\n"
        "Patient: ⟦PERSON:Edlinger Harald⟧, bPK GH:⟦ID:Zq8wP1xKk3Lr/aT0==⟧\n"
        "Verfasser: ⟦INSTITUTION:Institut Frühwald & Partner⟧, Dr. ⟦PERSON:Agnes Frühwald⟧\n"
        "Inhalt: Sonographie Abdomen – Steatosis hepatis Grad II, Gallenblase steinfrei, "
        "Milz 11,2 cm.",
        (
            "Befundweiterleitung",
            "ELGA",
            "Radiologiebefund",
            "Sonographie Abdomen",
            "Steatosis hepatis",
            "Gallenblase",
            "Milz",
        ),
    ),
    (
        "at12",
        "de",
        "Vorfallsmeldung Strahlenschutz Nr. 2025/03\nDatum: ⟦DATE:Mittwoch, 19. Februar 2025⟧\n"
        "Bei Frau ⟦PERSON:Nadine Gschwandtner⟧ (29 J.) wurde ein Abdomen-CT trotz positivem β-HCG "
        "durchgeführt. Dosis CTDIvol 8,4 mGy, DLP 412 mGy·cm. Medizinphysik (Mag. ⟦PERSON:Oskar Trattnig⟧) "
        "schätzt Uterusdosis auf 11 mGy. Meldung an Strahlenschutzbeauftragten Dr. ⟦PERSON:Fellner⟧.",
        (
            "Vorfallsmeldung",
            "Strahlenschutz",
            "29 J.",
            "β-HCG",
            "CTDIvol",
            "DLP",
            "Medizinphysik",
            "Uterusdosis",
            "Strahlenschutzbeauftragten",
        ),
    ),
    (
        "at13",
        "de",
        "Einsatzplan Radiologietechnologie März – ⟦INSTITUTION:Salzkammergut Klinikum Vöcklabruck⟧\n"
        "RT;Mo;Di;Mi;Do;Fr\n⟦PERSON:Huemer B.⟧;CT;CT;ND;frei;frei\n⟦PERSON:Tahirović A.⟧;MR;MR;MR;Angio;CT\n"
        "⟦PERSON:Pointinger-Ulrich S.⟧;Durchl.;frei;CT;CT;MR\nND = Nachtdienst (19:00–07:00), Tausch via "
        "⟦EMAIL:rt-einsatz@ooeg.at⟧",
        ("Einsatzplan", "Radiologietechnologie", "Nachtdienst", "19:00–07:00", "Durchl.", "Angio"),
    ),
    (
        "at14",
        "de",
        "Befund MR Prostata (PI-RADS v2.1) – Zuweiser Urologe Dr. ⟦PERSON:Yusuf Demirtaş⟧, ⟦ADDRESS:Wels⟧\n"
        "Pat. ⟦PERSON:Mittermayr, Karl-Heinz⟧, PSA 7,8 ng/ml, PSA-Dichte 0,16.\n"
        "Periphere Zone links apikal (Bild 14/Serie 601): 11 mm, DWI/ADC hochgradig eingeschränkt, "
        "PI-RADS 4. Empfehlung: MR/US-Fusionsbiopsie. Befundet am ⟦DATE:4.3.25⟧ von Dr. ⟦PERSON:Paul Zach⟧",
        (
            "MR Prostata",
            "PI-RADS v2.1",
            "PSA-Dichte",
            "Periphere Zone",
            "Bild 14/Serie 601",
            "DWI/ADC",
            "PI-RADS 4",
            "MR/US-Fusionsbiopsie",
        ),
    ),
    (
        "at15",
        "de",
        "Ambulanzkarte Unfallambulanz ⟦INSTITUTION:UKH Kalwang⟧ ⟦DATE:08.02.2025⟧ 11:40\n"
        "Name: ⟦PERSON:Ebner-Rieß, Valentina⟧  ⟦DATE:*05.12.2013⟧  Mutter: ⟦PERSON:Claudia Ebner⟧\n"
        "Hergang: Sturz beim Schifahren, Handgelenk li. Rö: distale Radiusfraktur, Salter-Harris II, "
        "Aitken I. Gipsschiene, Kontrolle in 7 Tagen. Versichert bei BVAEB, VSNR ⟦ID:3322 051213⟧",
        (
            "Ambulanzkarte",
            "Unfallambulanz",
            "11:40",
            "Handgelenk",
            "Radiusfraktur",
            "Salter-Harris II",
            "Aitken I",
            "Gipsschiene",
        ),
    ),
)
