"""DEV / training corpus of the learned token tagger (issue 14, deid-dev14y): facilities and addresses.

Written by a new author for the tagger's training and for rule work, without reading the scrubber, its docs,
bench/, any held-out corpus or the excerpt texts of the other dev corpora (only the docstrings of dev14v / dev14w /
dev14x, to write different texts). Short excerpts of running text and letters (referrals, transfers, outside
studies, reply letters, sign-offs, internal notes) whose emphasis is FACILITIES and ADDRESSES in every form
departments write them: hospitals known by short names, acronyms and nicknames (UK trusts and sites, Swiss
cantonal networks and acronyms, Austrian LKH / UKH / KH forms, German Klinikum / Kreisklinik / MVZ / Praxis /
Dres. forms, US VA sites, VAMC / CBOC, health systems, urgent-care and imaging chains), care homes and
residences (EMS, Alters- und Pflegeheim, Seniorenresidenz, care home, assisted living, Spitex / soins à
domicile), practices named by doctor, place or modality, French / Italian Swiss facilities (Hôpital, Clinique,
Centre d'imagerie, Ospedale, Clinica, Casa di cura, Casa anziani), insurers with member numbers; addresses with
and without postcode, house names, flats, c/o lines, "wohnhaft in", "à <town>", street + "in <town>", PO boxes
and Postfach. Also persons in sign-offs and greetings (first names alone, initials), pagers / bleeps / Sucher,
day-month dates without year and birth years. DE, AT, CH (German, French, Italian), UK and US habits.
Hard negatives are marked as keep-terms in the same sentences: departments and units beside facility names,
place-named diseases and classifications (Ann Arbor, Lugano, Glasgow, Rotterdam, Ghent, Montreal), eponyms,
ward names, scanner models, anatomy, levels, young ages and bare years.

Markup as tests/curation/deid/text/corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep-term that
must survive. Conventions: titles and salutations (Dr., Dr.ssa, Mme, Frau) and a leading "the" are outside the
span; a whole facility name is inside the span (with its town when the town is part of the name as written,
"Spital Bülach", "LKH Feldkirch"), a department next to it is not; a town written beside a facility, in
brackets or after "in" / "di" / "à", is its own ADDRESS span; each address line (house name, flat, street,
postcode + town, PO box) is its own ADDRESS span, "via" / "chemin" inside. An insurer or health-plan name is
neither PHI nor a keep-term (HIPAA lists beneficiary numbers, not plan names): only its member / policy number
is marked, as ID. A practice named only by its doctor keeps the doctor as PERSON. Pagers, bleeps and Sucher
numbers are PHONE. A birth year is DATE, a bare year of a history a keep-term. AGE marks only ages over 89.
Labels: PERSON, INSTITUTION, ADDRESS, DATE, PHONE, ID, AGE. Swiss French / Italian excerpts carry lang "fr" /
"it".

This is training data, not a held-out set. Each batch was measured once, right after it was written and
committed, with the scrubber of that moment and no spaCy layer, aggregates only (tests/dev14y/measure.py), in
two legs: rules only (tagger off) and rules + tagger (the default):

- BATCH1 (70 excerpts: 32 de, 24 en, 8 fr, 6 it; 203 PHI spans, 175 keep-terms):
  rules only: recall PERSON/DATE/ID 0.672, all labels 0.734 (INSTITUTION 57/79, ADDRESS 44/56, PERSON 21/28,
  DATE 9/19, ID 9/11, PHONE 8/9, AGE 1/1); keep 1.000 (175/175); over-redaction 5.2% (8 false hits of 155
  reported spans).
  with tagger: recall PERSON/DATE/ID 0.690, all labels 0.764 (INSTITUTION 60/79, ADDRESS 46/56, PERSON 22/28,
  the rest as rules only); keep 1.000 (175/175); over-redaction 5.6% (9 false hits of 161 reported spans).
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet, de, en, fr, it

BATCH1: tuple[Snippet, ...] = (
    de("Zuweisung aus dem [[INSTITUTION:KSW]] ({{Radiologie}}), Voraufnahme im [[INSTITUTION:Spital Bülach]] vom "
       "[[DATE:14.3.]] zum Vergleich. {{Morbus Scheuermann}} bekannt, {{Th8}} bis {{Th11}} keilförmig."),
    de("Patientin wohnhaft in [[ADDRESS:8404 Winterthur]], [[ADDRESS:Rosenbergstrasse 31]], betreut durch die "
       "[[INSTITUTION:Spitex Winterthur-Seen]]. Befund an Dr. [[PERSON:Gschwend]] ({{Hausarzt}}) per Post."),
    de("Der Patient lebt im [[INSTITUTION:Alters- und Pflegeheim Sonnmatt]] in [[ADDRESS:Niederuzwil]]; "
       "Transport durch den {{Rettungsdienst}}. {{Schenkelhalsfraktur}} rechts, {{Garden III}}."),
    de("Vorbefund aus dem [[INSTITUTION:LKH Feldkirch]], {{Abteilung für Unfallchirurgie}}, vom [[DATE:2. Mai]]. "
       "Keine {{Monteggia-Läsion}}, {{Radiusköpfchen}} intakt."),
    de("Kontrolle nach Osteosynthese im [[INSTITUTION:UKH Meidling]]; Pat. Jg. [[DATE:1961]], {{Weber B}} "
       "Fraktur links, {{Syndesmose}} stabil."),
    de("Überweisung aus dem [[INSTITUTION:Ordensklinikum Barmherzige Schwestern]] "
       "[[ADDRESS:Linz]], {{Interne II}}; Vorbefund im [[INSTITUTION:KH der Elisabethinen]]. "
       "{{Pleuraerguss}} beidseits."),
    de("Mitbeurteilung der Voraufnahmen der [[INSTITUTION:Kreisklinik Ebersberg]] sowie des [[INSTITUTION:MVZ "
       "Radiologie am Isartor]] ({{MRT}} {{Magnetom Vida}}). {{Baker-Zyste}} 3 cm."),
    de("Hausärztliche Versorgung durch die [[INSTITUTION:Praxis Dr. Hallmeier]], [[ADDRESS:Lindenweg 4]] in "
       "[[ADDRESS:Gröbenzell]]. {{Hashimoto-Thyreoiditis}} seit {{2014}}, {{TSH}} normal."),
    de("Versichert bei der AOK Bayern, Versichertennr. [[ID:K802113457]]; Kostenübernahme für {{PET-CT}} "
       "liegt vor. {{Hodgkin-Lymphom}}, {{Ann-Arbor}} {{Stadium IIA}}."),
    de("Mit freundlichen Grüssen\n[[PERSON:Ursina]] (Sekretariat {{Radiologie}})\ni.A. [[PERSON:M. Flury]]"),
    de("Rückfragen bitte an Dr. [[PERSON:Tanja Oberholzer]], Sucher [[PHONE:4471]], oder an die "
       "{{Notfallstation}} des [[INSTITUTION:KSBL]]. {{Lungenembolie}} beidseits zentral."),
    de("Der Patient (geb. [[DATE:1938]]) wurde aus der [[INSTITUTION:Seniorenresidenz Augustinum]] "
       "[[ADDRESS:Bad Soden]] zugewiesen; {{subdurales Hämatom}} rechts frontal, {{Mittellinienverlagerung}} "
       "4 mm."),
    de("Post bitte c/o [[PERSON:Sabine Kettler]], [[ADDRESS:Am Mühlbach 7a]], [[ADDRESS:83607 Holzkirchen]] "
       "(Tochter). {{Demenz}} vom {{Alzheimer-Typ}}, {{Hippocampusatrophie}} {{Scheltens 3}}."),
    de("Externe {{CT}} aus dem [[INSTITUTION:Klinikum Dritter Orden]] vom [[DATE:28.12.]]: {{Pankreatitis}} "
       "{{Balthazar E}}. Verlegung auf {{Station 6 Süd}}."),
    de("{{Mammographie}} im [[INSTITUTION:Brustzentrum Zürichsee]], Mitbefundung im [[INSTITUTION:Spital "
       "Männedorf]]. {{BI-RADS 4}} links, {{oberer äusserer Quadrant}}."),
    de("Pat. aus dem [[INSTITUTION:EMS Chlösterli]] in [[ADDRESS:Unterägeri]], Sturz am [[DATE:3. Jan.]]. "
       "{{Os pubis}} Fraktur, {{Beckenring}} stabil."),
    de("Vorbekannt {{Morbus Bechterew}}, Rheumatologie bei Dr. [[PERSON:Yilmaz-Brunner]] im "
       "[[INSTITUTION:Rheumazentrum Ostschweiz]]. {{Syndesmophyten}} {{L1}} bis {{L3}}."),
    de("Der Befund geht an: Gemeinschaftspraxis [[INSTITUTION:Dres. Kühn & Partner]], [[ADDRESS:Postfach 1123]], "
       "[[ADDRESS:94032 Passau]]. {{Osteoporose}}, {{T-Score}} -2,9."),
    de("Nachsorge im [[INSTITUTION:Tumorzentrum Oberfranken]]; Versichertennummer der Barmer "
       "[[ID:A415578902]]. {{Rektumkarzinom}} {{ypT2 N0}}, keine {{Lebermetastasen}}."),
    de("Hallo [[PERSON:Jonas]], bitte die Bilder aus dem [[INSTITUTION:Radiologie Zentrum Wetzikon]] noch "
       "einlesen, {{Sectra}} findet sie nicht. Gruss [[PERSON:Bea]]"),
    de("Aufnahme aus dem [[INSTITUTION:KH Hietzing]] ({{Neurologie}}), Pat. wohnhaft [[ADDRESS:Speisinger "
       "Straße 109]], [[ADDRESS:1130 Wien]]. {{Mediainfarkt}} links, {{ASPECTS}} 8."),
    de("Die Patientin ist [[AGE:93]] Jahre alt und lebt im [[INSTITUTION:Haus Edelweiss]] ({{betreutes "
       "Wohnen}}). {{Coxarthrose}} {{Kellgren-Lawrence}} 4, 6-jähriger Enkel begleitet."),
    de("Zur Zweitmeinung aus dem [[INSTITUTION:Herzzentrum Bad Krozingen]]. {{Ebstein-Anomalie}}, {{Fallot}} "
       "ausgeschlossen, {{rechter Ventrikel}} dilatiert."),
    de("Zuweisung: [[INSTITUTION:Hirslanden Klinik Aarau]], OA [[PERSON:Roth]]; Vorbilder im "
       "[[INSTITUTION:KSA]] vom [[DATE:7. Oktober]]. {{Chiari-Malformation}} Typ I, {{Tonsillentiefstand}} 8 mm."),
    de("Kontakt Ehemann [[PERSON:Reto Ammann]], Tel. [[PHONE:079 412 33 85]]. Die Pat. wohnt "
       "[[ADDRESS:Hinterdorf 12]], [[ADDRESS:9050 Appenzell]]. {{Polytrauma}}, {{ISS}} 22."),
    de("Krankenkasse Helsana, Versichertenkarte [[ID:80756012340015678]]; Unfallversicherer Suva, "
       "Schaden-Nr. [[ID:31.24.081774.6]]. {{Kahnbeinfraktur}} {{Herbert B2}}."),
    de("Befundkopie an das [[INSTITUTION:Marienhospital Stuttgart]] ist nicht nötig; Weiterbehandlung im "
       "[[INSTITUTION:RBK]]. {{Crohn}}-Befall des {{terminalen Ileums}}, {{MaRIA}} 14."),
    de("Frau [[PERSON:Lechner]] wurde vom [[INSTITUTION:Roten Kreuz Kufstein]] aus dem [[INSTITUTION:"
       "Wohn- und Pflegeheim Zell]] gebracht. {{Hüftprothese}} luxiert, {{Pfanne}} korrekt."),
    de("Praxis [[INSTITUTION:Orthopädie am Stachus]] (Dr. [[PERSON:Feuerecker]]) bittet um Befund bis "
       "[[DATE:Freitag, 16.8.]]. {{Hill-Sachs-Delle}}, {{Bankart-Läsion}}."),
    de("Die [[INSTITUTION:Privatklinik Wyss]] in [[ADDRESS:Münchenbuchsee]] meldet Vorbefund: {{Pneumonie}} im "
       "{{Unterlappen}} rechts, {{Kerley-B-Linien}}. Rückruf Pieper [[PHONE:235]]."),
    en("Referred from the [[INSTITUTION:Royal Free]] via the [[INSTITUTION:Whittington]] A&E; prior imaging at "
       "[[INSTITUTION:Barnet General]] on [[DATE:12 June]]. {{Crohn's disease}}, {{Montreal L3}}."),
    en("Lives at [[ADDRESS:Rose Cottage]], [[ADDRESS:Church Lane]], [[ADDRESS:Little Hadham]], "
       "[[ADDRESS:SG11 2DT]]. Known {{Paget's disease}} of the {{pelvis}}."),
    en("Resident of [[INSTITUTION:Beechwood Grange care home]], [[ADDRESS:Flat 3]], [[ADDRESS:Elm Road]], "
       "[[ADDRESS:Chelmsford]]. {{Colles fracture}}, {{dorsal angulation}} 25 degrees."),
    en("Patient transferred from the [[INSTITUTION:Bristol VAMC]] to the [[INSTITUTION:Asheville CBOC]] for "
       "follow-up. {{Hodgkin}} remission, {{Deauville}} 2."),
    en("Outside films from [[INSTITUTION:MedExpress]] urgent care and [[INSTITUTION:RadNet]] imaging on "
       "[[DATE:March 4th]]. {{Jones fracture}} of the fifth {{metatarsal}}."),
    en("Thanks, [[PERSON:Priya]]. Bleep [[PHONE:6621]] if any issues. - [[PERSON:JW]] ({{SpR}} {{radiology}})"),
    en("Member ID [[ID:XEH493017721]] (Blue Cross Blue Shield); prior authorization for {{MRI}} "
       "{{lumbar spine}} approved. {{L4-L5}} {{disc extrusion}}."),
    en("Dear Dr [[PERSON:Okonkwo]], thank you for referring this 7-year-old from [[INSTITUTION:Alder Hey]]. "
       "{{Perthes disease}}, {{Catterall}} group 3."),
    en("c/o [[PERSON:Margaret Henley]] (daughter), [[ADDRESS:27 Wellington Crescent]], [[ADDRESS:Ramsgate]] "
       "[[ADDRESS:CT11 8HL]]. {{Alzheimer's}} pattern, {{MTA score}} 3."),
    en("Previously scanned at [[INSTITUTION:Sloan Kettering]] and [[INSTITUTION:NYU Langone]]; "
       "{{Ewing sarcoma}} of the {{femur}}, {{Enneking}} IIB."),
    en("Patient born [[DATE:1942]], lives in [[INSTITUTION:Sunrise Assisted Living]] of [[ADDRESS:Fairfax]]. "
       "{{Parkinson's}}, {{DaTscan}} reduced {{putamen}} uptake."),
    en("From [[INSTITUTION:UCLH]] {{neuroradiology}} MDT: [[PERSON:Harriet]] and [[PERSON:Tomasz]] agree "
       "with {{Fazekas 2}} and {{CADASIL}} is unlikely."),
    en("Medicaid ID [[ID:GJ83310297]]; PCP at the [[INSTITUTION:Mercy clinic on Fifth]], Dr "
       "[[PERSON:Abernathy]]. {{Osgood-Schlatter}} in a 13-year-old."),
    en("Address on file: [[ADDRESS:PO Box 418]], [[ADDRESS:Bozeman, MT 59771]]. Imaging at [[INSTITUTION:"
       "Bozeman Health Deaconess]]. {{Lyme}} arthritis? {{Joint effusion}} only."),
    en("Seen at the [[INSTITUTION:Bay Pines VA]] on [[DATE:Nov 2]]; {{Agent Orange}} exposure noted. "
       "{{Hürthle cell}} nodule, {{TI-RADS}} 4, {{left lobe}}."),
    en("Regards, [[PERSON:S. Patel]] - [[INSTITUTION:Kaiser Permanente Oakland]] {{imaging services}}. "
       "{{GE Revolution}} CT, {{Hounsfield}} values within range."),
    en("Transfer from [[INSTITUTION:Addenbrooke's]] to [[INSTITUTION:Papworth]]; {{Marfan syndrome}}, "
       "{{aortic root}} 5.1 cm, {{Ghent}} criteria met."),
    en("His wife [[PERSON:Lorna]] phoned from [[ADDRESS:Kirkcaldy]]; GP is [[INSTITUTION:Links Medical "
       "Practice]]. {{Bell's palsy}}, {{facial nerve}} enhancement."),
    en("Policy number [[ID:UHC 918-442-071]] (UnitedHealthcare); the patient, 11 years old, seen at "
       "[[INSTITUTION:Children's Mercy]]. {{Kawasaki disease}}, {{coronary}} aneurysm."),
    en("Discharged to [[INSTITUTION:Brookdale Senior Living]], [[ADDRESS:2210 Maple Ave]], "
       "[[ADDRESS:Evanston]]. {{Wilms tumour}} history in childhood, {{1979}}."),
    en("Imaging from [[INSTITUTION:St George's]] ([[ADDRESS:Tooting]]) reviewed; {{Stanford type A}} dissection, "
       "{{DeBakey}} I. Contact on-call reg, bleep [[PHONE:7702]]."),
    en("Cheers, [[PERSON:Becky]]\n[[INSTITUTION:Southmead]] {{ultrasound}} team, {{Level 2}}, {{Gate 38}}"),
    fr("Patiente adressée par l'[[INSTITUTION:Hôpital de la Tour]] à [[ADDRESS:Meyrin]]; bilan antérieur au "
       "[[INSTITUTION:CHUV]] du [[DATE:8 mars]]. {{Maladie de Crohn}}, {{iléon terminal}}."),
    fr("Domiciliée [[ADDRESS:chemin des Vignes 14]], [[ADDRESS:1110 Morges]], suivie par les "
       "[[INSTITUTION:soins à domicile AVASAD]]. {{Fracture de Pouteau-Colles}}."),
    fr("Examen réalisé à la [[INSTITUTION:Clinique Cecil]], contrôle au [[INSTITUTION:Centre d'imagerie du "
       "Flon]]. {{Maladie de Paget}} {{osseuse}}, {{bassin}}."),
    fr("Le patient vit à l'[[INSTITUTION:EMS La Rosière]] à [[ADDRESS:Gimel]], né en [[DATE:1930]]. "
       "{{Hématome sous-dural}} chronique, médecin de garde bip [[PHONE:55 812]]."),
    fr("Assuré auprès du Groupe Mutuel, no d'assuré [[ID:756.4402.9981.07]]. {{Sclérose en plaques}}, "
       "critères de {{McDonald}} remplis."),
    fr("Bien à vous, Dr [[PERSON:A. Mercier]], [[INSTITUTION:HFR Fribourg]] site de [[ADDRESS:Riaz]]. {{Lésion de "
       "Hill-Sachs}}, {{glène}} normale."),
    fr("Transfert des [[INSTITUTION:HUG]] vers l'[[INSTITUTION:Hôpital du Valais]] ([[ADDRESS:Sion]]); {{syndrome de "
       "Budd-Chiari}}, {{veines sus-hépatiques}} thrombosées."),
    fr("Courrier à: Mme [[PERSON:Nicole Favre]], c/o [[INSTITUTION:Résidence Les Marronniers]], "
       "[[ADDRESS:2000 Neuchâtel]]. {{Gonarthrose}}, {{Ahlbäck}} 3."),
    it("Paziente inviata dall'[[INSTITUTION:Ospedale Civico]] di [[ADDRESS:Lugano]]; esami precedenti alla "
       "[[INSTITUTION:Clinica Sant'Anna]] del [[DATE:4 aprile]]. {{Morbo di Crohn}}, {{ileo terminale}}."),
    it("Residente alla [[INSTITUTION:Casa anziani Tusculum]] di [[ADDRESS:Arogno]], assicurata CSS "
       "n. [[ID:80756009911002]]. {{Frattura di Colles}}, {{radio distale}}."),
    it("Trasferimento dalla [[INSTITUTION:Casa di cura Santa Chiara]] ([[ADDRESS:Locarno]]) all'[[INSTITUTION:EOC]] "
       "di [[ADDRESS:Bellinzona]]; {{malattia di Parkinson}}, {{substantia nigra}} ridotta."),
    it("Cordiali saluti, Dr.ssa [[PERSON:Bianchi]], [[INSTITUTION:Studio radiologico Malcantone]], "
       "[[ADDRESS:via Cantonale 21]], [[ADDRESS:6987 Caslano]]. {{Spondilolistesi}} {{L5-S1}}."),
    it("Madre [[PERSON:Giulia Rezzonico]], tel. [[PHONE:091 923 45 70]]; bambino di 5 anni, "
       "{{osteocondrite}} di {{Perthes}}, {{testa femorale}} appiattita."),
    it("Visto all'[[INSTITUTION:IOSI]] il [[DATE:12 maggio]]; paziente nato nel [[DATE:1948]]. {{Linfoma di "
       "Hodgkin}}, {{Lugano}} {{stadio II}}."),
    de("Adresse: [[ADDRESS:Haus Sonnenhalde]], [[ADDRESS:Wohnung 2.3]], [[ADDRESS:Bergstrasse 40]], "
       "[[ADDRESS:7270 Davos Platz]]; Notfallkontakt Nichte [[PERSON:Corina Padrutt]] [[PHONE:081 413 02 66]]. "
       "Verlegung ins [[INSTITUTION:KSGR]] ({{Intensivstation}}). {{Lungenödem}}, {{Kerley}}-Linien."),
    de("Ambulante {{MRT}} im [[INSTITUTION:Diagnosticum Graz]] am [[DATE:19.11.]], Pat. wohnhaft in "
       "[[ADDRESS:Gleisdorf]], ÖGK-Versicherungsnr. [[ID:4127 150362]]. {{Morton-Neurom}} zwischen {{MT III}} "
       "und {{MT IV}}, {{Plantarfaszie}} unauffällig."),
    en("Sent from [[INSTITUTION:Wythenshawe]] to [[INSTITUTION:Salford Royal]] ({{neurosurgery}}); NOK "
       "[[PERSON:Dennis]] (husband), [[PHONE:0161 998 7320]], lives at [[ADDRESS:14 Moss Lane]], "
       "[[ADDRESS:Sale]] [[ADDRESS:M33 6GB]]. {{Glasgow}} Coma Scale 13, {{Rotterdam}} score 3."),
    en("Previous study at [[INSTITUTION:SimonMed]] ([[ADDRESS:Scottsdale]]) on [[DATE:August 21]], "
       "ordered by [[INSTITUTION:Banner Health]] urgent care; Aetna member [[ID:W2871346509]]. {{Baastrup}} "
       "disease, {{L3-L4}} and {{L4-L5}} {{spinous processes}}."),
)

BATCHES: dict[str, tuple[Snippet, ...]] = {"BATCH1": BATCH1}
