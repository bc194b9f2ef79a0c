"""Held-out 18: report-text excerpts for `radcurate scrub-text`, written blind.

Written by an engineer who had read neither the scrubber (`curation/`), nor its tests
(tests/curation/deid/), nor tests/dev14*/, nor bench/, nor scripts/, nor docs/deid.md beyond its
headings, nor the texts of any earlier held-out corpus (only the module docstrings of held-outs 15,
16 and 17, held-out 9's `build_excerpts` / `Excerpt` sources, the LABELS / COUNTRIES tuples, the
span-label counts of held-out 15, and the runners and floor test of held-outs 8, 9, 11 and 15).
75 excerpts, 15 each from DE, AT, CH (7 German, 4 French, 4 Italian), UK and US, shaped like
real exports and letters: RIS/HIS headers, DICOM header dumps, worklists and CSV/TSV/pipe
exports, referral, discharge and appointment letters, findings with outside-study mentions, phone
and handover notes, tumour boards, addenda, signatures, cc / distribution lists, e-mail footers,
insurance lines. PHI in national forms (persons of many origins with and without titles or labels,
"Surname, Firstname", relatives, carers, staff, outside doctors; facilities with and without
keywords, acronyms, short forms, practices, care homes, imaging centres; address blocks and
inline addresses; phones, faxes, extensions, bleeps; IDs of many kinds; dates in numeric, DICOM,
ISO and written forms in four languages; e-mails; URLs; ages over 89). Keep-terms about as many as
the PHI spans and as hard: eponyms that are also surnames, place-named diseases and criteria,
anatomy, drugs, devices, scanners, sequences, scores and classifications, capitalised German nouns,
ward and department words, clock times, image references, vertebral levels, young ages, bare years.

Markup and span conventions are held-out 15's (⟦LABEL:text⟧, parsed by held-out 9's
`build_excerpts`; titles, ages under 90, bare years and generic department names outside the
spans; for ages over 89 only the number, for extensions only the digits; a town named as a
residence or address is ADDRESS, a town inside or directly naming a facility is part of the
INSTITUTION; payer / insurer names are neither PHI nor keep-terms, their member numbers are ID).

Do not tune the scrubber on this set's misses: it is measured, not trained on.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.heldout8.deid_corpus import Excerpt
from tests.heldout9.deid_corpus import build_excerpts

_DE = (
    ("de01", "de",
     "RIS-Export | Pat.: ⟦PERSON:Wendt, Ortrud⟧ | geb. ⟦DATE:14.09.1951⟧ | PID ⟦ID:7730418⟧ | Auftr.-Nr. ⟦ID:RA-25-118842⟧\n"
     "Untersuchung: MRT LWS nativ, Siemens MAGNETOM Vida 3T, T2 TSE sag, STIR\n"
     "Befund: Bandscheibenprotrusion L4/5 mit Recessusstenose rechts, Modic Typ I Endplattenödem LWK 5. "
     "Kein Anhalt für Spondylodiszitis. Vergleich mit Voraufnahme vom ⟦DATE:02.03.2023⟧ (⟦INSTITUTION:Radiologie am Rosengarten⟧).",
     ("MAGNETOM Vida", "L4/5", "Modic", "STIR", "Recessusstenose", "LWK 5")),
    ("de02", "de",
     "Sehr geehrte Frau Kollegin ⟦PERSON:Brückner⟧,\nwir berichten über Ihre Patientin Frau ⟦PERSON:Hannelore Sieverding⟧, "
     "geb. am ⟦DATE:3. Februar 1937⟧, wohnhaft ⟦ADDRESS:Lindenstraße 17, 49074 Osnabrück⟧, die sich am ⟦DATE:21.10.2025⟧ "
     "zur CT-Angiographie der Aorta vorstellte. Befund: infrarenales Aortenaneurysma 5,4 cm, Stanford-B-Dissektion ausgeschlossen. "
     "Rückfragen gern unter ⟦PHONE:0541 405⟧-⟦PHONE:6612⟧.",
     ("Stanford-B", "Aortenaneurysma", "CT-Angiographie", "infrarenales")),
    ("de03", "de",
     "Tumorkonferenz Thorax, Mittwoch 14:30 Uhr, Raum 2.114\nTeilnehmer: Prof. Dr. ⟦PERSON:Kemal Yıldırım⟧ (Pneumologie), "
     "Dr. ⟦PERSON:Saskia Overbeck⟧ (Radiologie), OA ⟦PERSON:Frenzel⟧ (Thoraxchirurgie)\n"
     "Pat. ⟦PERSON:Lothar Pietsch⟧, 68 J., Adenokarzinom RUL, cT2a cN1 M0 (UICC 8), PET-CT vom ⟦DATE:09.12.2025⟧ auswärts "
     "(⟦INSTITUTION:Nuklearmedizin Kurfürstendamm⟧). Empfehlung: EBUS, danach Lobektomie.",
     ("14:30 Uhr", "UICC 8", "EBUS", "Lobektomie", "Pneumologie", "Thoraxchirurgie", "68 J.")),
    ("de04", "de",
     "(0010,0010) PN [⟦PERSON:KOWALCZYK^BOGUMILA⟧^^^]\n(0010,0030) DA [⟦DATE:19490611⟧]\n(0010,0020) LO [⟦ID:KH0038817⟧]\n"
     "(0008,0080) LO [⟦INSTITUTION:KLINIKUM AM STEINENBERG⟧]\n(0008,0090) PN [⟦PERSON:AHLERS^MERTEN⟧^^DR.]\n"
     "(0008,1030) LO [CT Thorax KM]\n(0018,1030) LO [Thorax_Routine_1.0_Br40]\n(0020,0011) IS [3]",
     ("CT Thorax KM", "Thorax_Routine_1.0_Br40", "(0020,0011)", "(0008,1030)")),
    ("de05", "de",
     "Telefonnotiz Mo ⟦DATE:12.01.⟧ 07:55: Anruf von Hr. ⟦PERSON:Dieter Szymański⟧ (Sohn der Pat. ⟦PERSON:Irmgard Szymańska⟧), "
     "Rückruf erbeten unter ⟦PHONE:0176 55 81 207⟧. Mutter lebt im ⟦INSTITUTION:Haus Abendsonne⟧, Pflegekraft Fr. ⟦PERSON:Nowak⟧ "
     "bringt Vorbefunde mit. Kontrolle Pleuraerguss links im Röntgen Thorax p.a. geplant.",
     ("07:55", "Pleuraerguss", "Röntgen Thorax p.a.", "Vorbefunde", "Pflegekraft")),
    ("de06", "de",
     "Befundzusatz (Addendum) vom ⟦DATE:28.11.2025⟧, 16:12 Uhr:\nNach Rücksprache mit Dr. med. ⟦PERSON:Ansgar Hollenbeck⟧ "
     "(⟦INSTITUTION:MVZ Radiologie Nordstadt⟧, Tel. ⟦PHONE:0511 87 66 30⟧) liegt eine Voruntersuchung vom ⟦DATE:Juni 2024⟧ vor: "
     "Der Rundherd im Segment 6 (Serie 4, Bild 88) ist größenkonstant, Lung-RADS 2. Keine Fleischner-Kontrolle nötig.",
     ("16:12 Uhr", "Segment 6", "Serie 4, Bild 88", "Lung-RADS 2", "Fleischner", "Rundherd")),
    ("de07", "de",
     "Arbeitsliste CT 1 – Di\nZeit;Name;Geb.;Fall;Untersuchung\n08:00;⟦PERSON:Lemke, Jörg⟧;⟦DATE:07.07.1962⟧;⟦ID:25119403⟧;CT Abdomen KM\n"
     "08:20;⟦PERSON:Oyelaran, Adebayo⟧;⟦DATE:30.01.1988⟧;⟦ID:25119577⟧;CT Schädel nativ\n08:40;⟦PERSON:Graf, Wilma⟧;⟦DATE:11.05.1940⟧;⟦ID:25119612⟧;CT HWS",
     ("08:00", "08:20", "CT Abdomen KM", "CT Schädel nativ", "CT HWS")),
    ("de08", "de",
     "Entlassbrief – Klinik für Innere Medizin\nPatient: ⟦PERSON:Reinhold Baumgärtel⟧, ⟦AGE:93⟧ Jahre, aufgenommen am ⟦DATE:4.1.26⟧\n"
     "Diagnosen: Morbus Parkinson, Crohn-Kolitis, Z.n. Hemikolektomie rechts 2011. Sonographie: Cholezystolithiasis, "
     "Murphy-Zeichen negativ. Hausarzt: Dr. ⟦PERSON:Wiebke Tjaden⟧, ⟦ADDRESS:Am Markt 3, 26789 Leer⟧.",
     ("Morbus Parkinson", "Crohn-Kolitis", "Hemikolektomie", "2011", "Murphy-Zeichen", "Cholezystolithiasis", "Innere Medizin")),
    ("de09", "de",
     "--\nMit freundlichen Grüßen\nDr. med. ⟦PERSON:Felicitas Ahrendt-Hoxha⟧\nFachärztin für Radiologie\n⟦INSTITUTION:Radiologisches Zentrum Elbvororte⟧\n"
     "⟦ADDRESS:Blankeneser Bahnhofstraße 46, 22587 Hamburg⟧\nTel. ⟦PHONE:040 866 27 90⟧ | Fax ⟦PHONE:040 866 27 919⟧\n"
     "⟦EMAIL:f.ahrendt@rz-elbvororte.de⟧ | ⟦URL:www.rz-elbvororte.de⟧",
     ("Fachärztin für Radiologie", "Mit freundlichen Grüßen")),
    ("de10", "de",
     "Versichertendaten: AOK Niedersachsen, Vers.-Nr. ⟦ID:K483910275⟧, Status 1000000\nÜberweisung von ⟦INSTITUTION:Gemeinschaftspraxis Dr. Mehmeti & Partner⟧, "
     "BSNR ⟦ID:171234500⟧, LANR ⟦ID:998877601⟧\nFragestellung: V.a. Baker-Zyste rechts, Ausschluss TVT. Duplex: V. poplitea komprimierbar, "
     "Baker-Zyste 3,1 x 1,2 cm.",
     ("Baker-Zyste", "TVT", "V. poplitea", "Duplex", "Fragestellung")),
    ("de11", "de",
     "Befund MRT Schulter li.: Partialruptur der Supraspinatussehne, Hill-Sachs-Delle, Bankart-Läsion nicht sicher. "
     "Pat. ⟦PERSON:Mia-Sophie Kranich⟧ (17 J.) wurde mit Mutter ⟦PERSON:Tanja Kranich⟧ vorgestellt. Termin Sportorthopädie "
     "am ⟦DATE:19. Januar⟧, Ansprechpartnerin Schwester ⟦PERSON:Gül⟧, Durchwahl ⟦PHONE:2247⟧.",
     ("Supraspinatussehne", "Hill-Sachs", "Bankart", "17 J.", "Sportorthopädie", "Partialruptur")),
    ("de12", "de",
     "Auswärtige Voraufnahmen: CD von ⟦INSTITUTION:Praxis Radiologie Hansaplatz⟧, CT vom ⟦DATE:13.8.2024⟧ und MRT vom ⟦DATE:2025-02-27⟧, "
     "importiert durch MTRA ⟦PERSON:K. Hinrichsen⟧, Importnr. ⟦ID:IMP-2025-004471⟧. Gegenüber der Voruntersuchung neue "
     "Osteolyse in BWK 9, Wirbelkörperhöhe erhalten, SINS 7.",
     ("BWK 9", "SINS 7", "Osteolyse", "Wirbelkörperhöhe", "MTRA")),
    ("de13", "de",
     "Pat.-Name: ⟦PERSON:Demir, Elif⟧ / Geb.-Datum: ⟦DATE:22.12.1979⟧ / Fall: ⟦ID:2026-000912⟧\nStation 4B, Zimmer 12\n"
     "Röntgen Thorax im Liegen: ZVK über V. jugularis interna rechts, Spitze auf Höhe der Carina, kein Pneumothorax. "
     "Befund telefonisch an Stationsarzt ⟦PERSON:Jan Ole Petersen⟧, App. ⟦PHONE:4418⟧, um 11:20.",
     ("Station 4B", "ZVK", "V. jugularis interna", "Carina", "Pneumothorax", "11:20")),
    ("de14", "de",
     "cc: Dr. ⟦PERSON:Rüdiger Hamann⟧, ⟦INSTITUTION:Kardiologische Praxis am Dom⟧, ⟦ADDRESS:Domhof 8, 31134 Hildesheim⟧; "
     "Dr. ⟦PERSON:Yasemin Aksoy⟧, Hausärztin; Patientin z. K.\nKardio-MRT: LGE subepikardial lateral, Lake-Louise-Kriterien erfüllt, "
     "vereinbar mit Myokarditis. LVEF 52 %.",
     ("Lake-Louise", "LGE", "Myokarditis", "LVEF 52 %", "Hausärztin")),
    ("de15", "de",
     "Von: ⟦EMAIL:sekretariat.radiologie@klinikum-wesermarsch.de⟧\nBetreff: Befundanforderung ⟦PERSON:Albrecht, Heinz-Günter⟧\n"
     "Bitte senden Sie den Befund der Mammographie vom ⟦DATE:5. Okt. 2025⟧ (BI-RADS 3) an Frau Dr. ⟦PERSON:Weiß⟧. "
     "Dieses E-Mail kann vertrauliche Informationen enthalten.",
     ("Mammographie", "BI-RADS 3", "Befundanforderung", "vertrauliche Informationen")),
)

_AT = (
    ("at01", "de",
     "Patient: ⟦PERSON:Hofstätter, Leopold⟧, SVNR ⟦ID:1234 150348⟧, ÖGK\nZuweiser: Dr. ⟦PERSON:Gerlinde Pichler⟧, Allgemeinmedizin, "
     "⟦ADDRESS:Hauptplatz 5, 8200 Gleisdorf⟧\nCT Abdomen: Divertikulitis Sigma Hansen/Stock IIb, kein Abszess. Vergleich CT "
     "vom ⟦DATE:3. Jänner 2025⟧.",
     ("Hansen/Stock IIb", "Divertikulitis", "Sigma", "Abszess", "Allgemeinmedizin")),
    ("at02", "de",
     "Befund übermittelt an ⟦INSTITUTION:LKH Hochsteiermark⟧, Standort Leoben, z. H. OÄ Dr. ⟦PERSON:Ursula Krenn⟧, "
     "Fax ⟦PHONE:+43 3842 401⟧-⟦PHONE:2870⟧.\nMRT Knie re.: Korbhenkelriss Innenmeniskus, Bone bruise lateraler Femurkondylus, "
     "Segond-Fraktur. Pat. 24 J.",
     ("Korbhenkelriss", "Innenmeniskus", "Segond", "24 J.", "Femurkondylus")),
    ("at03", "de",
     "Kurzarztbrief ⟦INSTITUTION:KH Barmherzige Brüder Eisenstadt⟧, Abt. für Unfallchirurgie\nName: ⟦PERSON:Zsófia Horváth-Berger⟧, "
     "geb. ⟦DATE:08.04.1958⟧, Aufn.-Zl. ⟦ID:A/26/00417⟧\nRöntgen Handgelenk: distale Radiusfraktur, AO 23-C2, Frykman VII. "
     "Gips, Kontrolle in 7 Tagen in der Unfallambulanz.",
     ("AO 23-C2", "Frykman VII", "Unfallambulanz", "Radiusfraktur", "Unfallchirurgie")),
    ("at04", "de",
     "Worklist MR 2 ⟦DATE:27.02.2026⟧\n09:10 | ⟦PERSON:Steinwender Alois⟧ | ⟦ID:0047712⟧ | MR Prostata mpMRT PI-RADS\n"
     "09:50 | ⟦PERSON:Mujić Emina⟧ | ⟦ID:0047729⟧ | MR Mamma bds.\n10:30 | ⟦PERSON:Wallner Franziska⟧ | ⟦ID:0047733⟧ | MR Becken Endometriose",
     ("09:10", "mpMRT", "PI-RADS", "MR Mamma bds.", "Endometriose", "MR 2")),
    ("at05", "de",
     "Sehr geehrter Herr Kollege ⟦PERSON:Weinzierl⟧!\nIhr Patient Hr. ⟦PERSON:Ferdinand Aigner⟧ (⟦AGE:91⟧ a) aus dem "
     "⟦INSTITUTION:Seniorenwohnhaus Rosenhügel⟧ wurde am ⟦DATE:14.11.2025⟧ untersucht. CT Schädel: chronisches Subduralhämatom "
     "links, Mittellinienverlagerung 6 mm. Kontakt Wohnbereich: ⟦PHONE:01 804 63 21⟧-⟦PHONE:15⟧.",
     ("Subduralhämatom", "Mittellinienverlagerung", "CT Schädel", "Wohnbereich")),
    ("at06", "de",
     "PACS-Import ⟦DATE:2026-01-08⟧ 13:44 | Quelle: ⟦INSTITUTION:Diagnosezentrum Urfahr⟧ | Accession ⟦ID:DZU2026010800311⟧ | "
     "Pat.: ⟦PERSON:EDER^KARL^JOSEF⟧ | Modalität CT | StudyDescription: CT Thorax Low Dose | Gerät: SOMATOM go.Top | Zuweiser: DR. ⟦PERSON:HUEMER SABINE⟧ | geb. ⟦DATE:19520417⟧",
     ("13:44", "CT Thorax Low Dose", "SOMATOM go.Top", "StudyDescription", "Modalität")),
    ("at07", "de",
     "Tumorboard Mamma, ⟦INSTITUTION:Brustgesundheitszentrum Kärnten⟧, Donnerstag, ⟦DATE:22. Jänner 2026⟧\nPat. ⟦PERSON:Renate Ogris⟧, 56 a, "
     "invasiv-duktales Karzinom, G2, ER 90 %, HER2 negativ, Ki-67 15 %. MRT: multizentrisch, BI-RADS 6. Empfehlung: Mastektomie, "
     "SLNB. Dokumentation: Mag. ⟦PERSON:Petra Lackner⟧.",
     ("BI-RADS 6", "HER2", "Ki-67", "SLNB", "Mastektomie", "56 a", "Tumorboard Mamma")),
    ("at08", "de",
     "Übergabe Nachtdienst Radiologie: Pat. ⟦PERSON:Lukas Ebner-Stift⟧ Zi. 208 – CT-Angio Circulus Willisi ohne Aneurysma. "
     "Pat. ⟦PERSON:Hedwig Url⟧ – Ileus-Frage, Befund folgt. Diensthabender: Ass.-Ärztin Dr. ⟦PERSON:Nora Fuchsbichler⟧, "
     "Piepser ⟦PHONE:731⟧.",
     ("Circulus Willisi", "Aneurysma", "Ileus", "Nachtdienst", "Zi. 208")),
    ("at09", "de",
     "Befundkopie an: Dr. ⟦PERSON:Harald Moosbrugger⟧, Facharzt für Orthopädie, ⟦ADDRESS:Marktstraße 22, 6850 Dornbirn⟧; "
     "⟦INSTITUTION:Reha Zentrum Montafon⟧\nMRT LWS: Spondylolisthesis L5/S1 Meyerding I, Pars-Defekt beidseits, "
     "Scheuermann-Residuen thorakolumbal.",
     ("Meyerding I", "L5/S1", "Scheuermann", "Pars-Defekt", "Spondylolisthesis")),
    ("at10", "de",
     "Ambulanztermin: Di, ⟦DATE:03.03.2026⟧, 08:45, Radiologie Ebene -1, Leitstelle ⟦PHONE:0512 504⟧-⟦PHONE:22881⟧\n"
     "Frau ⟦PERSON:Ilse Tschurtschenthaler⟧, bitte bringen Sie Ihre e-card und Vorbefunde von ⟦INSTITUTION:Dr. Plank Radiologie Wörgl⟧ mit. "
     "Nüchtern ab 6 Uhr.",
     ("08:45", "Ebene -1", "e-card", "Nüchtern ab 6 Uhr")),
    ("at11", "de",
     "Konsiliarbefund für ⟦INSTITUTION:Ordensklinikum⟧, Interne II\nPat.: ⟦PERSON:Gruber, Anna Maria⟧, geb. ⟦DATE:1.6.1944⟧\n"
     "CT Pulmonalis: segmentale Embolie Unterlappen re., RV/LV 0,9, Wells-Score laut Zuweiser 4,5. Antikoagulation mit Apixaban "
     "empfohlen.",
     ("Interne II", "Wells-Score", "Apixaban", "RV/LV 0,9", "Unterlappen", "CT Pulmonalis")),
    ("at12", "de",
     "Mammographie-Screening: Einladung Nr. ⟦ID:BKFP-93381204⟧\nFr. ⟦PERSON:Christa Haselsteiner⟧, ⟦ADDRESS:Kirchengasse 4/2/11, 1070 Wien⟧\n"
     "ACR B, BI-RADS 1 bds., Tomosynthese durchgeführt. Nächste Untersuchung 2028.\nBefundende Radiologin: Dr. ⟦PERSON:Barbara Eichinger-Schmid⟧, Zweitbefundung Dr. ⟦PERSON:Andreas Liebl⟧, Screening-Einheit ⟦INSTITUTION:Röntgeninstitut Mariahilf⟧.",
     ("Zweitbefundung", "ACR B", "BI-RADS 1", "Tomosynthese", "2028", "Mammographie-Screening")),
    ("at13", "de",
     "Nachtrag (OA Dr. ⟦PERSON:Brandstätter⟧, ⟦DATE:09.02.26⟧): Nach Durchsicht der Voraufnahmen aus ⟦INSTITUTION:Klinik Donaustadt⟧ "
     "(Serie 3/Bild 112) ist die Läsion in Leber-Segment VIII seit 2022 unverändert, typisch für Hämangiom. LI-RADS nicht anwendbar.",
     ("Serie 3/Bild 112", "Segment VIII", "2022", "Hämangiom", "LI-RADS", "Nachtrag")),
    ("at14", "de",
     "Patientin ⟦PERSON:Kristina Paget⟧ wird von Sachwalterin Mag. ⟦PERSON:Johanna Reisinger⟧ begleitet (Tel. ⟦PHONE:0664 1239 870⟧). "
     "Röntgen Becken: Morbus Paget des Os ilium links, keine Fraktur. DXA T-Score -2,7 an L1-L4. Befund an Hausarzt Dr. ⟦PERSON:Georg Trummer⟧, ⟦ADDRESS:Grazer Straße 9, 8010 Graz⟧.",
     ("Hausarzt", "Morbus Paget", "Os ilium", "T-Score", "L1-L4", "DXA")),
    ("at15", "de",
     "Rechnungsadresse: ⟦PERSON:Walter Kainz⟧, ⟦ADDRESS:Salzburger Straße 112, 5020 Salzburg⟧\nBVAEB Vers.-Nr. ⟦ID:4417 230561⟧\n"
     "Leistung: MRT Hüfte bds. mit Arthrographie, Gadolinium intraartikulär. Befund: Cam-Deformität, Labrumriss, Tönnis 1.",
     ("Cam-Deformität", "Labrumriss", "Tönnis 1", "Arthrographie", "Gadolinium")),
)

_CH = (
    ("ch01", "de",
     "Zuweisung: ⟦INSTITUTION:Hausarztpraxis Bärenplatz⟧, Dr. med. ⟦PERSON:Reto Flückiger⟧, ⟦ADDRESS:Bärenplatz 2, 3011 Bern⟧\n"
     "Pat.: ⟦PERSON:Zürcher, Verena⟧, AHV ⟦ID:756.4821.3390.17⟧\nCT Thorax: Milchglasinfiltrate bds., CO-RADS 5. "
     "Keine Lungenembolie.",
     ("CO-RADS 5", "Milchglasinfiltrate", "Lungenembolie", "CT Thorax")),
    ("ch02", "de",
     "Berichtskopie an ⟦INSTITUTION:Spital Männedorf⟧ sowie an Dr. ⟦PERSON:Corinne Bieri-Amstutz⟧, Fax ⟦PHONE:044 922 13 14⟧.\n"
     "MR Hirn: T2-FLAIR-Hyperintensitäten periventrikulär, McDonald-Kriterien 2017 für räumliche Dissemination erfüllt, "
     "keine KM-Anreicherung.",
     ("T2-FLAIR", "McDonald", "2017", "periventrikulär", "KM-Anreicherung")),
    ("ch03", "de",
     "Fallnummer ⟦ID:40019922731⟧ | Eintritt ⟦DATE:18.11.2025⟧ | Pat. ⟦PERSON:Sandro Rüegsegger⟧, 47-jährig\n"
     "Sonographie Abdomen: Leber vergrössert, Steatosis hepatis Grad II, Gallenblase unauffällig. Kontrolle in 6 Monaten "
     "bei ⟦INSTITUTION:Gastroenterologie Seefeld⟧.",
     ("47-jährig", "Steatosis hepatis", "Grad II", "Gallenblase", "Sonographie Abdomen")),
    ("ch04", "de",
     "Telefonat ⟦DATE:15.01.2026⟧ 17:05 mit Ehefrau ⟦PERSON:Rita Gasser⟧: Herr ⟦PERSON:Gasser⟧ ist im ⟦INSTITUTION:Alterszentrum Kehl⟧, "
     "⟦ADDRESS:5400 Baden⟧. Transport für MR Halswirbelsäule (HWK 5/6) organisiert. Rückfragen: Disposition ⟦PHONE:056 486 21 00⟧.",
     ("17:05", "HWK 5/6", "MR Halswirbelsäule", "Disposition")),
    ("ch05", "de",
     "Freundliche Grüsse\nDr. med. ⟦PERSON:Anouk Tschanz⟧, Leitende Ärztin\n⟦INSTITUTION:Radiologie Bethesda Spital Basel⟧\n"
     "⟦ADDRESS:Gellertstrasse 144, 4052 Basel⟧, T ⟦PHONE:+41 61 315 22 80⟧\n⟦EMAIL:anouk.tschanz@bethesda-spital.ch⟧\nDiese Nachricht ist vertraulich. Sekretariat Radiologie: Fr. ⟦PERSON:Heidi Sutter⟧, Mo–Fr 7:30–16:30.",
     ("7:30–16:30", "Sekretariat Radiologie", "Freundliche Grüsse", "Leitende Ärztin")),
    ("ch06", "de",
     "Tumorboard Urologie Mi ⟦DATE:04.02.2026⟧\n⟦PERSON:Ramadani, Besnik⟧, geb. ⟦DATE:1955⟧\nPSMA-PET/CT (⟦INSTITUTION:Nuklearmedizin Hirslanden⟧): "
     "Lymphknoten iliakal links, miTNM N1. Gleason 4+4. Empfehlung: ADT plus Radiotherapie, Vorstellung Radio-Onkologie.",
     ("PSMA-PET/CT", "miTNM", "Gleason 4+4", "ADT", "Radio-Onkologie", "iliakal")),
    ("ch07", "de",
     "Patientendaten;Name;Vorname;Geb;PLZ Ort;Kasse\n1;⟦PERSON:Bachmann⟧;⟦PERSON:Urs⟧;⟦DATE:1961-03-09⟧;⟦ADDRESS:6003 Luzern⟧;CSS\n"
     "2;⟦PERSON:Ferreira⟧;⟦PERSON:Joana⟧;⟦DATE:1990-07-22⟧;⟦ADDRESS:6010 Kriens⟧;Helsana\nUntersuchung: MR Knie, Osgood-Schlatter Status nach\nExport erstellt ⟦DATE:06.02.2026⟧ durch ⟦PERSON:mbaumann⟧ (RIS Centricity), ⟦INSTITUTION:Luzerner Kantonsspital⟧",
     ("RIS Centricity", "Osgood-Schlatter", "MR Knie", "Vorname", "Kasse")),
    ("ch08", "fr",
     "Lettre de sortie – Service de radiologie\nPatiente : Mme ⟦PERSON:Odile Chappuis⟧, née le ⟦DATE:12 avril 1933⟧, ⟦AGE:92⟧ ans\n"
     "Domicile : ⟦ADDRESS:Rue du Midi 8, 1003 Lausanne⟧\nScanner cérébral : AVC ischémique sylvien gauche, score ASPECTS 8. "
     "Médecin traitant : Dr ⟦PERSON:Lionel Vuilleumier⟧.",
     ("ASPECTS 8", "sylvien", "AVC ischémique", "Scanner cérébral", "Service de radiologie")),
    ("ch09", "fr",
     "Demande d'examen du ⟦DATE:3 mars 2026⟧ – ⟦INSTITUTION:HUG⟧, unité d'urgences\nNom : ⟦PERSON:Mbemba, Grâce⟧ – N° IPP ⟦ID:8800412375⟧\n"
     "IRM du genou : lésion de Hoffa, kyste de Baker, pas de rupture du LCA. Rapport dicté par Dr ⟦PERSON:Th. Morard⟧.",
     ("Hoffa", "kyste de Baker", "LCA", "IRM du genou", "unité d'urgences")),
    ("ch10", "fr",
     "Rendez-vous : lundi ⟦DATE:16 février⟧ à 10 h 15, ⟦INSTITUTION:Centre d'imagerie du Léman⟧, ⟦ADDRESS:Avenue de la Gare 12, 1110 Morges⟧. "
     "Merci d'apporter votre carte d'assuré (n° ⟦ID:80756001234567890123⟧). Contact : ⟦PHONE:021 804 77 10⟧.",
     ("10 h 15", "carte d'assuré", "Rendez-vous")),
    ("ch11", "fr",
     "Colloque multidisciplinaire – ⟦INSTITUTION:Hôpital de la Tour⟧\nM. ⟦PERSON:Jean-Baptiste Rossier⟧, 63 ans, adressé par sa fille "
     "⟦PERSON:Camille Rossier⟧. TDM thoraco-abdominale : masse rénale droite 4,2 cm, Bosniak IV, thrombus de la veine cave exclu.",
     ("Bosniak IV", "63 ans", "veine cave", "TDM thoraco-abdominale", "masse rénale")),
    ("ch12", "it",
     "Referto del ⟦DATE:21.01.2026⟧ – ⟦INSTITUTION:Ospedale Regionale di Lugano⟧, sede Civico\nPaziente: ⟦PERSON:Bernasconi Giuliana⟧, "
     "nata il ⟦DATE:5 settembre 1949⟧\nTC torace: nodulo solido LSD 9 mm, criteri Fleischner 2017, controllo a 3 mesi.",
     ("Fleischner", "2017", "LSD 9 mm", "TC torace", "nodulo solido")),
    ("ch13", "it",
     "Gentile collega dott. ⟦PERSON:Pedrazzini⟧,\nle trasmettiamo il referto della RM encefalo della sua paziente sig.ra ⟦PERSON:Lucia Ghirlanda⟧ "
     "(n. caso ⟦ID:ORBV-26-00981⟧): piccola malformazione di Chiari I, tonsille 6 mm sotto il forame magno. Tel. reparto ⟦PHONE:091 811 61 11⟧.",
     ("Chiari I", "forame magno", "RM encefalo", "tonsille")),
    ("ch14", "it",
     "Lista appuntamenti Radiologia – ⟦INSTITUTION:Clinica Sant'Anna⟧\n07:30 ⟦PERSON:Cattaneo, Mirko⟧ ECO addome\n"
     "08:00 ⟦PERSON:Delcò, Fiorenza⟧ MAMMO bilaterale\n08:30 ⟦PERSON:Zanetti, Aurelio⟧ RX colonna L1-S1\n09:00 ⟦PERSON:Guscetti, Noemi⟧ TC cranio, accompagnata dal marito ⟦PERSON:Fabio⟧\nTecnico di turno: Sig. ⟦PERSON:Rezzonico⟧, interno ⟦PHONE:4312⟧; RM 1.5T Achieva in manutenzione",
     ("RM 1.5T Achieva", "TC cranio", "07:30", "ECO addome", "MAMMO bilaterale", "L1-S1", "Radiologia")),
    ("ch15", "it",
     "Addendum del ⟦DATE:2 febbraio 2026⟧: confronto con TC esterna (⟦INSTITUTION:Centro Diagnostico Ticino⟧) del ⟦DATE:11/2024⟧. "
     "Linfonodo mediastinico 4R stabile, nessun versamento pleurico; PET con FDG non necessaria. Firmato: Dr.ssa ⟦PERSON:Valentina Lurati⟧, ⟦EMAIL:v.lurati@eoc-radiologia.ch⟧",
     ("FDG", "versamento pleurico", "4R", "Linfonodo mediastinico", "Addendum", "TC esterna")),
)

_UK = (
    ("uk01", "en",
     "RIS | Patient: ⟦PERSON:OKONKWO, Chinedu⟧ | DOB ⟦DATE:04/11/1972⟧ | NHS No ⟦ID:485 777 3456⟧ | Hosp No ⟦ID:RXH0091234⟧\n"
     "Exam: CT Colonography | Requester: Dr ⟦PERSON:F Haddow⟧ | Site: ⟦INSTITUTION:Royal Sussex⟧\n"
     "Findings: 8 mm sessile polyp in the sigmoid, C-RADS C2. No extracolonic lesion of note.",
     ("CT Colonography", "C-RADS C2", "sigmoid", "sessile polyp")),
    ("uk02", "en",
     "Dear Dr ⟦PERSON:Mahmood⟧,\nRe: Mrs ⟦PERSON:Beryl Hunter⟧, DOB ⟦DATE:12 March 1931⟧, ⟦ADDRESS:14 Cromwell Terrace, Whitby YO21 3PL⟧\n"
     "Thank you for referring this ⟦AGE:94⟧-year-old lady. CT head shows small vessel disease and an old left MCA infarct. "
     "No haemorrhage. Her daughter ⟦PERSON:Linda⟧ was present.",
     ("small vessel disease", "MCA", "haemorrhage", "infarct")),
    ("uk03", "en",
     "Handover 19:30 – Radiology registrar ⟦PERSON:Priya Raghunathan⟧ (bleep ⟦PHONE:4471⟧)\nBed 7, Ward 22: ⟦PERSON:Thomas Addison⟧ – CTPA "
     "negative for PE. Bed 12, AMU: ⟦PERSON:Gwen Prosser⟧ – USS abdo tomorrow 09:00, nil by mouth.",
     ("19:30", "Ward 22", "AMU", "CTPA", "09:00", "nil by mouth", "Bed 12")),
    ("uk04", "en",
     "MDT outcome – Upper GI, Tuesday ⟦DATE:10th February 2026⟧\nPatient: ⟦PERSON:Fergus McAllister⟧, CHI ⟦ID:1003564821⟧, 71M\n"
     "CT TAP: distal oesophageal tumour, Siewert II, cT3 N1. PET-CT at ⟦INSTITUTION:Western General⟧ requested. Key worker: ⟦PERSON:Morag Lindsay⟧ CNS.",
     ("Siewert II", "CT TAP", "PET-CT", "Upper GI", "71M", "cT3 N1")),
    ("uk05", "en",
     "From: ⟦EMAIL:imaging.bookings@nhs.net⟧\nSent: ⟦DATE:02 December 2025⟧ 14:51\nSubject: Appt – ⟦PERSON:Kaczmarek, Zofia⟧ – MRI IAMs\n"
     "Booked at ⟦INSTITUTION:Alliance Medical Preston⟧ 18:20. Please advise patient of gadolinium (Gadovist) use and eGFR result.",
     ("MRI IAMs", "Gadovist", "eGFR", "18:20", "gadolinium")),
    ("uk06", "en",
     "Findings: Compared with outside study from ⟦INSTITUTION:Spire Leeds⟧ dated ⟦DATE:March 2024⟧, the T11 wedge fracture is unchanged. "
     "Schmorl's nodes at T9 and T10. Bisphosphonate therapy advised per FRAX. Reported by Dr ⟦PERSON:Oluwaseun Adeyemi⟧, Consultant Radiologist.",
     ("T11", "Schmorl's nodes", "T9", "FRAX", "Consultant Radiologist", "Bisphosphonate")),
    ("uk07", "en",
     "Accession,NHS,Surname,Forename,DOB,Exam\n⟦ID:RWA2611845⟧,⟦ID:943 476 5919⟧,⟦PERSON:Wells⟧,⟦PERSON:Harriet⟧,⟦DATE:1958-02-19⟧,XR Chest PA\n"
     "⟦ID:RWA2611861⟧,⟦ID:401 023 2137⟧,⟦PERSON:Bhattacharya⟧,⟦PERSON:Anil⟧,⟦DATE:1966-10-01⟧,US Thyroid U3\n⟦ID:RWA2611877⟧,⟦ID:612 884 0935⟧,⟦PERSON:Nwachukwu-Reid⟧,⟦PERSON:Temitope⟧,⟦DATE:2004-05-30⟧,MRI Pelvis Perianal Fistula (Parks)",
     ("Parks", "Perianal Fistula", "XR Chest PA", "US Thyroid U3", "Accession", "Forename")),
    ("uk08", "en",
     "Addendum ⟦DATE:14/01/26⟧: Discussed by phone with Sister ⟦PERSON:Aoife Brennan⟧, Endoscopy, ext ⟦PHONE:6621⟧. "
     "Patient's carer Mr ⟦PERSON:Desmond Pryce⟧ confirms he takes apixaban and Crohn's disease is in remission. Barium swallow cancelled.",
     ("apixaban", "Crohn's disease", "Barium swallow", "Endoscopy")),
    ("uk09", "en",
     "cc: Mr ⟦PERSON:J. Ellingham⟧, Consultant Orthopaedic Surgeon, ⟦INSTITUTION:Nuffield Health Cheltenham⟧\n"
     "⟦INSTITUTION:Church Lane Surgery⟧, ⟦ADDRESS:Church Lane, Brackley NN13 7BT⟧\nMRI right hip: Garden IV subcapital fracture. Patient aged 82.",
     ("Garden IV", "subcapital", "aged 82", "Consultant Orthopaedic Surgeon", "MRI right hip")),
    ("uk10", "en",
     "Your appointment: Thursday ⟦DATE:5 March⟧ at 11:40, X-ray department, Level 2\nMs ⟦PERSON:Neha Chaudhry⟧\n"
     "⟦ADDRESS:Flat 3, 27 Albion Road, Stoke Newington, London N16 9PT⟧\nQueries: ⟦PHONE:020 7288 5012⟧ (Mon–Fri 9–5). Ref ⟦ID:APT-88312⟧.",
     ("11:40", "X-ray department", "Level 2", "Mon–Fri")),
    ("uk11", "en",
     "Outside imaging reviewed (⟦INSTITUTION:BMI The Alexandra⟧, MR knee ⟦DATE:22/09/2025⟧, images S6 I14-19): Baker's cyst ruptured, "
     "Hoffa fat pad oedema, ACL graft intact, Segond fragment not seen. Dictated by Dr ⟦PERSON:Siobhan Kearney⟧ / typed ⟦PERSON:gm⟧.",
     ("ACL graft", "Segond", "S6 I14-19", "Baker's cyst", "Hoffa", "fat pad oedema")),
    ("uk12", "en",
     "Kind regards,\nDr ⟦PERSON:Rhys ap Gwilym⟧ MBChB FRCR\nConsultant Neuroradiologist\n⟦INSTITUTION:Walton Centre⟧, ⟦ADDRESS:Lower Lane, Liverpool L9 7LJ⟧\n"
     "Secretary: ⟦PERSON:Janice⟧ ⟦PHONE:0151 556 3470⟧\n⟦EMAIL:rhys.apgwilym@nhs.net⟧\nThis e-mail and any attachments are confidential. If received in error, notify the sender and delete it. Neuroradiology MDT meets Wednesdays 08:00.",
     ("Neuroradiology MDT", "08:00", "FRCR", "Consultant Neuroradiologist", "Kind regards")),
    ("uk13", "en",
     "(0010,0010) PN ⟦PERSON:DOHERTY^MAIREAD⟧\n(0010,1010) AS 045Y\n(0008,0080) LO ⟦INSTITUTION:ALTNAGELVIN⟧\n(0008,0020) DA ⟦DATE:20251107⟧\n"
     "(0018,0015) CS CHEST\n(0008,103E) LO AX 1.25 LUNG\n(0018,0050) DS 1.25\n(0008,0090) PN ⟦PERSON:MCGUINNESS^COLM⟧\n(0010,0020) LO ⟦ID:H&C 3341097⟧\n(0018,1000) LO Revolution EVO",
     ("Revolution EVO", "AX 1.25 LUNG", "045Y", "(0018,0015)", "CHEST")),
    ("uk14", "en",
     "Clinical details: 34-year-old, known Ehlers-Danlos, query Graves' disease. Sister ⟦PERSON:Kirsty Dunlop⟧ has thyroid cancer. "
     "GP: Dr ⟦PERSON:Imran Siddiqui⟧, ⟦INSTITUTION:Govanhill Health Centre⟧. US thyroid: TIRADS 3 nodule right lobe.",
     ("34-year-old", "Ehlers-Danlos", "Graves' disease", "TIRADS 3", "right lobe")),
    ("uk15", "en",
     "Insurance: Bupa membership ⟦ID:71829304-01⟧, pre-auth ⟦ID:PA5510982⟧\nPatient ⟦PERSON:Lord, Sebastian⟧ attended ⟦DATE:8th Jan 2026⟧ "
     "for MRI L-spine on Philips Ingenia 1.5T: L5/S1 disc extrusion contacting the S1 root. Lasègue positive on the left per referrer Mr ⟦PERSON:Tobias Quayle⟧, ⟦INSTITUTION:Harley Street Spine Clinic⟧.",
     ("Lasègue", "Philips Ingenia 1.5T", "L5/S1", "S1 root", "disc extrusion", "MRI L-spine")),
)

_US = (
    ("us01", "en",
     "PATIENT: ⟦PERSON:ALVAREZ-QUINTERO, ROSALIND⟧  MRN: ⟦ID:00918374⟧  DOB: ⟦DATE:06/14/1963⟧  ACC#: ⟦ID:CT260114-0217⟧\n"
     "ORDERING: ⟦PERSON:MICHAEL T. OSEI⟧, MD\nEXAM: CT ABD/PELVIS W CONTRAST\nIMPRESSION: Acute appendicitis, Alvarado not provided. "
     "Appendicolith. No perforation.",
     ("CT ABD/PELVIS W CONTRAST", "Appendicolith", "Alvarado", "appendicitis")),
    ("us02", "en",
     "Comparison: Outside MRI from ⟦INSTITUTION:Desert Sky Imaging⟧, Scottsdale, dated ⟦DATE:Nov 3, 2024⟧. Findings consistent with "
     "Valley fever granuloma, stable. Follow-up per Fleischner. Called to Dr. ⟦PERSON:Nakamura⟧ at 15:42 on ⟦DATE:1/9/26⟧.",
     ("Valley fever", "granuloma", "Fleischner", "15:42")),
    ("us03", "en",
     "Phone note: Spoke with patient's wife, ⟦PERSON:Darlene Whitfield⟧, at ⟦PHONE:(614) 555-0187⟧. Husband ⟦PERSON:Earl Whitfield⟧ lives at "
     "⟦INSTITUTION:Maple Grove Assisted Living⟧. He is ⟦AGE:96⟧ and cannot lie flat for MRI; CT C-spine ordered instead. Canadian C-spine rule applies.",
     ("CT C-spine", "Canadian C-spine rule", "MRI", "lie flat")),
    ("us04", "en",
     "Electronically signed by: ⟦PERSON:Katherine J. Lindqvist⟧, MD on ⟦DATE:01/22/2026⟧ 08:13 AM\n⟦INSTITUTION:Northshore Radiology Associates⟧ | "
     "⟦ADDRESS:1200 W. Lake Cook Rd, Suite 310, Buffalo Grove, IL 60089⟧ | ⟦PHONE:847-555-0142⟧ | ⟦URL:https://northshorerad.example.com⟧",
     ("Electronically signed", "08:13 AM")),
    ("us05", "en",
     "Member: ⟦PERSON:Johnson, DeShawn K.⟧\nMember ID: ⟦ID:W284711936⟧  Group: ⟦ID:0072210⟧  Plan: Aetna PPO\nAuth #: ⟦ID:A26-0419981⟧ "
     "for MRI brain w/wo, CPT 70553. Dx: G43.109 migraine with aura.\nReferring office: ⟦INSTITUTION:Brookhaven Neurology Partners⟧, NPI ⟦ID:1497758823⟧, fax ⟦PHONE:404-555-0129⟧. Prior CT head 2019 at outside facility was normal.",
     ("CT head", "2019", "CPT 70553", "G43.109", "migraine with aura", "MRI brain w/wo")),
    ("us06", "en",
     "Tumor Board – ⟦INSTITUTION:Mercy St. Vincent⟧ – ⟦DATE:February 12th⟧\nPt: ⟦PERSON:Nguyen Thi Lan⟧, 58F, MRN ⟦ID:4471200⟧\n"
     "MRI pelvis: cervical carcinoma FIGO IIIC1r, parametrial invasion. PET at ⟦INSTITUTION:UTMC⟧ pending. Navigator ⟦PERSON:Becky Shaw⟧, RN.",
     ("FIGO IIIC1r", "parametrial", "58F", "MRI pelvis", "Navigator")),
    ("us07", "en",
     "MRN|Last|First|DOB|Exam|Room\n⟦ID:7782001⟧|⟦PERSON:Kowalski⟧|⟦PERSON:Stanley⟧|⟦DATE:19440302⟧|XR KNEE 3V|Rm 4\n"
     "⟦ID:7782019⟧|⟦PERSON:Begay⟧|⟦PERSON:Tsosie⟧|⟦DATE:19810917⟧|US RUQ|Rm 2\n⟦ID:7782033⟧|⟦PERSON:Hernández⟧|⟦PERSON:Marisol⟧|⟦DATE:19990611⟧|CT HEAD WO|Rm 1\nTech on shift: ⟦PERSON:J. Redcloud⟧ ext ⟦PHONE:3390⟧; Rm 3 (Canon Aquilion) down until 13:00",
     ("Canon Aquilion", "13:00", "XR KNEE 3V", "US RUQ", "CT HEAD WO", "Rm 4")),
    ("us08", "en",
     "Discharge summary: Mr. ⟦PERSON:Harold Lister⟧ was admitted ⟦DATE:12/28/25⟧ to the Stepdown Unit. CXR showed Kerley B lines; "
     "BNP 1820. Echo EF 30%. Follow-up with Dr. ⟦PERSON:Anjali Venkataraman⟧ at ⟦INSTITUTION:Heartland Cardiology⟧, ⟦PHONE:816-555-0193⟧ x⟦PHONE:204⟧.",
     ("Kerley B lines", "Stepdown Unit", "BNP 1820", "EF 30%", "CXR")),
    ("us09", "en",
     "ADDENDUM: Per Dr. ⟦PERSON:Golden⟧ (ED attending), patient ⟦PERSON:Marcus Bell⟧ has a Medtronic Azure pacemaker, MR Conditional. "
     "Scan performed on GE SIGNA Artist 1.5T in SureScan mode. Ottawa ankle rules negative.",
     ("Medtronic Azure", "MR Conditional", "GE SIGNA Artist 1.5T", "SureScan", "Ottawa ankle rules", "ED attending")),
    ("us10", "en",
     "Referral from ⟦INSTITUTION:Eastside Family Medicine⟧, ⟦ADDRESS:455 Pine St, Apt 2B, Eugene, OR 97401⟧ (patient address)\n"
     "Patient ⟦PERSON:Chloe Marchetti⟧, 9 y/o, limping. Mother ⟦PERSON:Dana Marchetti⟧ ⟦PHONE:541.555.0176⟧. XR hip: no SCFE; Perthes not excluded.",
     ("9 y/o", "SCFE", "Perthes", "XR hip")),
    ("us11", "en",
     "Veteran: ⟦PERSON:Raymond O. Tsinajinnie⟧  SSN: ⟦ID:xxx-xx-4417⟧  ICN ⟦ID:1012993847V556210⟧\n⟦INSTITUTION:VA Loma Linda⟧ Radiology, "
     "exam ⟦DATE:2026-01-30⟧. Low-dose CT lung screening: Lung-RADS 4A nodule RLL, 12 mm. Results to PACT team, Dr. ⟦PERSON:Yellowhorse⟧, and to caregiver (niece) ⟦PERSON:Shandiin Benally⟧ at ⟦PHONE:909-555-0171⟧.",
     ("PACT team", "Lung-RADS 4A", "RLL", "Low-dose CT lung screening", "12 mm")),
    ("us12", "en",
     "Please fax prior reports to ⟦PHONE:(303) 555-0164⟧ Attn: ⟦PERSON:Luz Ortega⟧, film library. Patient ⟦PERSON:Feliciano, Ana⟧ "
     "underwent CTA head/neck: 70% ICA stenosis per NASCET. Rocky Mountain spotted fever history noted.",
     ("NASCET", "ICA stenosis", "CTA head/neck", "Rocky Mountain spotted fever", "film library")),
    ("us13", "en",
     "Results e-mailed to ⟦EMAIL:jmorrisonmd@lakeviewortho.com⟧ and uploaded to ⟦URL:portal.summitimagingcenter.com⟧. Patient "
     "⟦PERSON:Bradley Chance⟧ reports fall on ⟦DATE:October 2nd⟧. Chance fracture of L1 with posterior ligamentous injury, TLICS 7.",
     ("Chance fracture", "L1", "TLICS 7", "posterior ligamentous")),
    ("us14", "en",
     "Mammo report – ⟦INSTITUTION:Women's Imaging Center at Crestview⟧\n⟦PERSON:Patricia Okafor-Sims⟧ | DOB ⟦DATE:Aug. 8, 1970⟧ | Acc ⟦ID:MG-25-331078⟧\n"
     "Heterogeneously dense (ACR C). BI-RADS 0, recall for spot compression views. Hologic 3Dimensions tomosynthesis.",
     ("ACR C", "BI-RADS 0", "Hologic 3Dimensions", "spot compression", "Heterogeneously dense")),
    ("us15", "en",
     "cc: ⟦PERSON:Sarah Abernathy⟧, NP; Dr. ⟦PERSON:Victor Baptiste⟧ (Pulmonology, ⟦INSTITUTION:St. Luke's⟧); Medical Records\n"
     "HRCT: UIP pattern, honeycombing at bases, consistent with IPF per ATS/ERS 2018. Patient is 67 and a former smoker since 1999.",
     ("UIP pattern", "honeycombing", "ATS/ERS", "2018", "1999", "Medical Records", "Pulmonology")),
)

_RAW = _DE + _AT + _CH + _UK + _US

EXCERPTS: list[Excerpt] = build_excerpts(_RAW)
