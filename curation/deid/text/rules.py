"""Pattern rules for PHI in German and English report text: the entry point `rule_hits`.

Each rule yields `Hit`s (offsets into the input text). Rules favour recall on the PHI that reports
really carry; they are split by concept: person names (`text_names`), addresses and institutions
(`text_places`), dates (`text_dates`, which also shifts them); ids, phone numbers, e-mails and ages over
89 are here. The clinical words that look like PHI (eponyms, scores, image references) are protected
separately in `text_keep.py` and win over every rule.
"""

from __future__ import annotations

import datetime as dt
import re

from curation.deid.text.address_parts import address_part_hits
from curation.deid.text.alias_ids import alias_id_hits
from curation.deid.text.ambulance_services import ambulance_service_hits
from curation.deid.text.blocks import block_hits
from curation.deid.text.bracket_places import bracket_place_hits
from curation.deid.text.brand_networks import acronym_after_hits, brand_network_hits, without_service_tails
from curation.deid.text.brand_positions import brand_position_hits
from curation.deid.text.brand_sites import brand_site_hits
from curation.deid.text.care_services import care_service_hits
from curation.deid.text.case_refs import case_ref_hits
from curation.deid.text.chat_lines import with_chat_lines
from curation.deid.text.check_digits import check_digit_hits
from curation.deid.text.coded_ids import coded_id_hits
from curation.deid.text.common import (
    MEASURE_UNITS,
    TEXT_GATES,
    UP,
    Gated,
    Hit,
    RunBeforeLiteral,
    TextContext,
    context_for,
    current,
    gated_hits,
    literal_starts,
    lowered_text,
)
from curation.deid.text.contact_names import contact_name_hits
from curation.deid.text.contacts import contact_hits
from curation.deid.text.credential_names import credential_name_hits
from curation.deid.text.crew_names import crew_name_hits
from curation.deid.text.cue_names import cue_name_hits, former_name_hits
from curation.deid.text.date_lines import date_line_hits
from curation.deid.text.dicom_dump import dump_fields
from curation.deid.text.edi import edi_hits
from curation.deid.text.facilities import facility_hits, with_adjectives
from curation.deid.text.facility_joins import facility_edge_hits, with_facility_edges
from curation.deid.text.fields import address_field_hits, address_unit_hits, table_hits
from curation.deid.text.foreign_addresses import foreign_address_hits
from curation.deid.text.foreign_hospitals import foreign_hospital_hits
from curation.deid.text.given_pairs import given_pair_hits
from curation.deid.text.hl7 import hl7_hits
from curation.deid.text.home_addresses import address_column_hits, home_address_hits
from curation.deid.text.house_names import acronym_after_person_hits, house_name_hits, with_house_tails
from curation.deid.text.incident_places import incident_place_hits
from curation.deid.text.keyed_exports import keyed_hits
from curation.deid.text.keywordless_sites import keywordless_site_hits
from curation.deid.text.known_sites import known_site_hits
from curation.deid.text.label_values import ID_LABEL_WORD, ended_at_fields, label_hits
from curation.deid.text.legal_bodies import legal_body_hits
from curation.deid.text.legal_forms import legal_form_hits
from curation.deid.text.log_logins import log_login_hits
from curation.deid.text.log_names import log_name_hits
from curation.deid.text.login_cues import bracketed_login_hits, prose_login_hits
from curation.deid.text.machine_names import caret_name_hits
from curation.deid.text.mail_forms import obfuscated_email_hits
from curation.deid.text.message_ends import message_end_hits
from curation.deid.text.mobile_sites import mobile_site_hits
from curation.deid.text.name_lines import name_line_hits
from curation.deid.text.name_shapes import degree_surname_hits, name_shape_hits
from curation.deid.text.name_tails import name_tail_hits
from curation.deid.text.name_variants import dob_line_name_hits, variant_hits
from curation.deid.text.names import NOT_NAME_WORDS, person_hits, quoted_nickname_hits, trim_name, with_suffixes
from curation.deid.text.ocr_digits import covers_token, digit_view
from curation.deid.text.org_forms import org_form_hits
from curation.deid.text.outside_sites import outside_site_hits
from curation.deid.text.particle_names import particle_name_hits
from curation.deid.text.path_parts import path_hits
from curation.deid.text.permit_ids import permit_id_hits
from curation.deid.text.phone_forms import phone_form_hits
from curation.deid.text.places import place_hits
from curation.deid.text.propagate import propagated_hits
from curation.deid.text.public_bodies import public_body_hits
from curation.deid.text.ranks import rank_hits
from curation.deid.text.ref_ids import ref_id_hits
from curation.deid.text.reply_headers import reply_header_hits
from curation.deid.text.residence_towns import residence_town_hits
from curation.deid.text.rooms import names_before_rooms
from curation.deid.text.rosters import with_rosters
from curation.deid.text.service_names import service_name_hits
from curation.deid.text.service_sites import service_site_hits
from curation.deid.text.sign_offs import sign_off_hits
from curation.deid.text.signer_names import signer_hits
from curation.deid.text.site_acronyms import site_acronym_hits
from curation.deid.text.site_forms import modality_town_hits, site_form_hits, widened_sites
from curation.deid.text.site_towns import site_town_hits
from curation.deid.text.slope_places import slope_place_hits
from curation.deid.text.spoken_forms import spoken_hits
from curation.deid.text.subject_initials import subject_initial_hits
from curation.deid.text.subject_names import subject_name_hits
from curation.deid.text.tables import table_cell_hits
from curation.deid.text.towns import town_hits
from curation.deid.text.transfer_towns import transfer_town_hits
from curation.deid.text.unannounced import unannounced_hits, without_rota_days
from curation.deid.text.unit_sites import trimmed_edges, unit_site_hits
from curation.deid.text.user_names import user_name_hits
from curation.deid.text.worklist_rows import worklist_row_hits

__all__ = ["NOT_NAME_WORDS", "Hit", "rule_hits", "trim_name"]

_ID_LABELS = (r"(?:Pat(?:ienten)?\.?[-\s]?(?:Nr|ID|Nummer)\.?|Patienten-?(?:nummer|ID)|Fall-?(?:[Nn]r|[Nn]ummer)\.?|"
              r"Auftrags-?(?:Nr|nummer)\.?|Accession(?:\s?(?:No\.?|number|Nr\.?))?|Acc(?:\.|t\.?)?(?:\s?(?:No|Nr)\.?)?|MRN|"
              r"Case\s(?:No\.?|number)|Medical record number|"
              r"ACCESSION(?:\s(?:NO\.?|NUMBER|#))?|ACC\.?(?:\s?(?:NO|#))?|Untersuchungs-?(?:Nr|nummer)\.?|Aufnahme-?Nr\.?|"
              r"Versicherten-?(?:Nr|nummer)\.?|Vers\.-?(?:Nr|Nummer)\.?|Versichertenkarte(?:n-?(?:Nr|nummer)\.?)?|Versicherungs-?(?:Nr|nummer)\.?|(?:SV|KV|AHV|SVNR|VSNR)-?Nr\.?|"
              r"Sozialversicherungs-?(?:Nr|nummer)\.?|Aufnahme-?nummer|Insurance\s(?:ID|No\.?|number)|"
              r"SSN|NHS\s(?:No\.?|number)|NHS(?=\s\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d))|"
              r"OPG\s(?:ref(?:erence)?\.?|[Nn]o\.?|number)|"
              r"H&C(?:\s(?:No\.?|[Nn]umber))?|Member\sID|ID|SVNR|VSNR|Az\.|Aktenzeichen|Claim\s(?:No\.?|number|#)|"
              r"Policy(?:\s(?:No\.?|number|#))?|Group\s(?:No\.?|number|#)|Subscriber(?:\sID)?|TIN|NPI|"
              r"USt-?IdNr\.?|Steuer-?(?:Nr|nummer)\.?|St\.-?Nr\.?|UID|Aufnahme-?[Zz]ahl|Aufn\.-?Zl\.|"
              r"Hosp(?:ital|\.)?\s(?:No\.?|Nr\.?|number|#)|Unit\s(?:No\.?|number)|Numero\spaziente|N[°o]\.?\s(?:AVS|patient|dossier)|"
              # Insurance cards and memberships: "e-card 1234 050672", "membership 88031774-02", "Policy no.".
              r"(?<![\w])[Ee]-?[Cc]ard(?:-?(?:Nr|Nummer)\.?)?|[Mm]embership(?:\s(?:[Nn]o\.?|[Nn]umber|#|ID))?|"
              r"[Mm]ember\s(?:[Nn]o\.?|[Nn]umber|#)|Mitglieds-?(?:Nr|nummer)\.?|"
              r"(?:[Pp]olicy|[Cc]laim|[Gg]roup|[Ii]nsurance|[Ss]ubscriber)\s(?:no\.?|number|ref\.?|#)|"
              # Approvals: "pre-authorisation PA/5519203", "Prior auth #", "Kostengutsprache-Nr.".
              r"(?:[Pp]re-?|[Pp]rior\s)?[Aa]uthori[sz]ation(?:\s(?:[Nn]o\.?|[Nn]umber|#|code|ref\.?))?|"
              r"(?:[Pp]re-?|[Pp]rior\s)[Aa]uth(?:\.|\s(?:[Nn]o\.?|#|code|ref\.?))?|"
              # Letter references: "Our ref: AK/RAD/0441", "Ihr Zeichen: BG-77/2025".
              r"(?:[Oo]ur|[Yy]our)\sref(?:erence)?\.?|(?:Unser|Ihr)e?\s(?:Zeichen|Aktenzeichen)|"
              # US VA / Medicare labels.
              r"ICN|MBI|Medicare\s(?:ID|[Nn]o\.?|[Nn]umber|MBI)|"
              # An insurance group number after the bare word (round 12): "Group 0448127-02", "Grp: 88312".
              r"Gr(?:ou)?p\.?(?=[ \t]*[:#]?[ \t]*[A-Z]{0,3}-?\d{4}))")
_ID_LABEL_WORD = re.compile(_ID_LABELS)


def is_id_label(word: str) -> bool:
    """Whether `word` alone is an ID label of the labelled-ID rules here or of the header fields
    (label_values): "SVNR", "MBI", "H&C" (the site-acronym rules ask, so that no ID label is read as a site)."""
    return _ID_LABEL_WORD.fullmatch(word) is not None or ID_LABEL_WORD.fullmatch(word) is not None


ID_PATTERNS = (
    # A labelled value may carry one inner space ("SV-Nr. 1234 031256", "NHS No 943 476 5919").
    # A plan or register prefix before the digits belongs to it ("Policy: HMO 77412093").
    # A number written in spaced digit groups is one value ("Fallnummer: 40 118 207", "Fall-Nr. 3 112 448 907"),
    # with a letter prefix too ("Patienten-ID: AB 123 456", "Hospital number: M 1234567").
    re.compile(_ID_LABELS + r"\s*[:#]?\s*(?P<v>(?:\d{1,4}(?:[ ]\d{2,4}){2,5}(?:[ -]\d)?|"
               r"[A-Z]{1,4}[ ]\d{2,4}(?:[ ]\d{2,4}){1,4}|[A-Z]{1,3}[ ]\d{5,})(?!\d|[.,]\d|[ ]\d)|"
               r"(?:[A-Z]{2,4}[ ](?=\d{4}))?[A-Z0-9][A-Z0-9/_.-]{1,}\d[A-Z0-9]*"
               r"(?:[ ]\d{3,}){0,2}"
               r"(?:-[A-Z]{1,4}\b)?)"),
    # US SSN (also masked but for its last four, round 12: "xxx-xx-6618", "***-**-0419"), Swiss AHV.
    re.compile(r"(?<![\w*#-])(?P<v>(?:\d{3}|[xX]{3}|\*{3}|#{3})-(?:\d{2}|[xX]{2}|\*{2}|#{2})-\d{4}|"
               r"756\.\d{4}\.\d{4}\.\d{2})(?![\w-])"),
    # URLs identify a patient's record as well as a number does.
    re.compile(r"(?P<v>\b(?:https?://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:!?])"),
    re.compile(r"(?<![\w-])(?P<v>[A-Z]{1,6}[-_]?\d{5,}[A-Z0-9]*)(?![\w-])"),
    re.compile(r"(?<![\w.,-])(?P<v>\d{6,})(?![\w]|[.,]\d)"),
    # Bare domains and their paths ("mychart.northbayhealth.org", "share.pacsview.net/s/8821"): a word, a dot
    # and a common top-level domain; not a file name, an abbreviation or the host of an e-mail address.
    re.compile(r"(?<![\w@./-])(?P<v>[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:org|com|net|edu|gov|ch|de|at|uk|"
               r"health|info|io)(?:/[^\s<>\"')\]]*[^\s<>\"')\].,;:!?])?)(?![\w@-])"),
    # DICOM UIDs written into a report.
    re.compile(r"(?<![\w.])(?P<v>[12]\.\d+(?:\.\d+){4,})(?![\w.])"),
    # A case number after the bare word "Fall" ("Fall 2024-004817"): six digits or more, so "Fall 2" stays.
    re.compile(r"(?<![\w-])Fall[ \t]*:?[ \t]*(?P<v>\d[\d/-]{4,}\d)(?![\w-])"),
    # Any "<word>-Nr." / "<word>nr." / "<word>nummer" / "<word> No." label before a code ("Mitgliedsnr. 4471203",
    # "Einsatz-Nr. 2023-1107-0412", "Befundnummer 88120"): four digits or more (checked in rule_hits); a letter
    # prefix and up to three more digit groups belong to it ("BG-Nr. BG 4451/25/0073", "Vertragspartner-Nr. 0413
    # 77"), not a size ("Befund-Nr. 1234 5 mm").
    re.compile(r"(?:-Nr(?<=[^\W\d_]-Nr)|Nr(?<=[^\W\d_]Nr)|nr(?<=[^\W\d_]{3}nr)(?=\.)|-?[Nn]ummer|"
               r"[ \t]No(?<=\w[ \t]No)|[ \t]#(?<=\w[ \t]#))"
               r"\.?[ \t]*:?[ \t]*(?P<v>(?:[A-Z]{1,4}[ ](?=\d))?[A-Z0-9][A-Z0-9/_.-]*\d[A-Z0-9]*"
               r"(?:[ ]\d{2,6}(?![\w.,]|[ \t]?[a-zµ%])){0,3})(?![\w-])"),
    # Specimen and lab numbers with a year: "E24/1187", "H-23/004417".
    re.compile(r"(?P<v>[A-Z](?<![\w/-][A-Z])[A-Z]{0,2}-?\d{2}/\d{3,7})(?![\w/-])"),
    # German pension insurance numbers: "12 150385 M 123" (area, birth date, initial, serial).
    re.compile(r"(?P<v>\d(?<![\w.,/-]\d)\d[ \t]?\d{6}[ \t]?[A-Z][ \t]?\d{3})(?![\w-])"),
    # Accessions with a date-like head: "20231107-0088", "20230915-117", "20240311CT-0042", one span.
    re.compile(r"(?P<v>[12](?<![\w/.-][12])[09]\d{6}(?:-?[A-Z]{1,4})?-\d{2,8})(?![\w-])"),
    # Austrian and German file numbers ("Zahl", "Zl.", "KH-Zl.", "GZ", "Geschäftszahl", "Aktenzahl"): a value
    # with a slash and four digits in a row ("2025/18342", "UV-2025/4471/03"), so that "Zahl der Herde 3" and
    # "Zahl: 3/12" stay.
    # (Each label word first and its look-behind after it: the pattern runs from its literal starts.)
    re.compile(r"(?:Zl\.(?<![^\W\d_]Zl\.)|Zahl(?<![^\W\d_]Zahl)|GZ(?<![^\W\d_]GZ)|Gz\.(?<![^\W\d_]Gz\.)|"
               r"Geschäftszahl|Geschäftszeichen|Aktenzahl)"
               r"[ \t]*:?[ \t]*(?P<v>(?=(?:[A-Z]{1,4}[- ]?)?[\d/-]*\d{4})(?:[A-Z]{1,4}[- ]?)?\d[\d-]*/[\dA-Z/-]*\d)"
               r"(?![\w/-])"),
    # The last digits of a number said to identify a caller (round 11): "SSN last 4 8813", "Last4: 6623", "last four
    # digits: 0931", "letzte vier Ziffern 4410", "ends in 4410", "ending in 5027" (these two after an ID word before,
    # checked in rule_hits: "a duct ending in 2 branches").
    re.compile(r"(?:(?:[Ll]ast|LAST)[ \t]?(?:4|four|FOUR)(?:[ \t](?:digits?|DIGITS?))?"
               r"(?:[ \t]of[ \t](?:the[ \t]|his[ \t]|her[ \t])?[\w#.-]+(?:[ \t](?:no\.?|number|#|ID))?)?|"
               r"(?:end(?:s|ing)[ \t]in|endet[ \t]auf|"
               r"endend[ \t]auf|se[ \t]terminant[ \t]par|finissant[ \t]par|che[ \t]termina[ \t]con)|"
               r"[Ll]etzten?[ \t](?:4|vier)[ \t]Ziffern)[ \t]*(?:is|are|sind|lauten)?[ \t]*[:=#]?[ \t]*"
               r"(?P<v>\d{4})(?![\w]|[.,]\d|[ \t]?(?:mm|cm|ml|mg|%))"),
    # A one-time code that opens a shared study or portal (round 11): "access code KX7-42QM", "Zugangscode 73 91
    # 48", "code d'accès: 7731", "PIN code 4471"; groups of capitals and digits with one digit at least.
    re.compile(r"(?:(?:[Aa]ccess|ACCESS|[Oo]ne-time|[Ss]hare|[Ss]ecurity|[Vv]erification|[Pp]ortal|PIN|[Ll]ink)[ \t-]"
               r"(?:code|Code|CODE|key|passcode|password|PIN)|[Pp]asscode|[Zz]ugangs-?[Cc]ode|[Ff]reigabe-?[Cc]ode|"
               r"Zugangsschlüssel|[Cc]ode[ \t]d['’]accès|[Cc]odice[ \t](?:di[ \t]accesso|d['’]accesso))"
               r"(?:[ \t]+(?:is|ist|est|è|lautet))?[ \t]*[:=#]?[ \t]*"
               r"(?P<v>(?=[A-Za-z0-9 -]{0,20}\d)[A-Z0-9]{2,}(?:[- ][A-Z0-9]{2,}){0,3}|[a-z0-9]{4,12}(?<=\d))"
               r"(?![\w-])"),
    # Implant and device batch numbers (round 16c): "LOT 4KX2291B", "Lot: AB12C345", "LOT# K21Z0874",
    # "Charge 2291-04", "Ch.-B. 84412", "lotto 7731AX", "batch no. B44120": four characters or more with a digit
    # (not "a lot of", "Lot 3"); a device's lot is an identifier (HIPAA's device and serial numbers).
    re.compile(r"(?<![\w-])(?:LOT|[Ll]ot(?:to)?|[Cc]harge(?:n-?[Nn]r\.?)?|Ch\.-?(?:B|Nr)\.|[Bb]atch)"
               r"(?:[ \t]?(?:#|[Nn]o\.?|[Nn]r\.?|[Nn]umber))?[ \t]*[:#]?[ \t]*"
               r"(?P<v>(?=[A-Z0-9-]{0,20}\d)[A-Z0-9][A-Z0-9-]{2,}[A-Z0-9])(?![\w-])"),
    # A file reference of capitals, a slash and five digits or more (round 16c): "ref ABC/338012", "RAD/204518",
    # "KLM/338012/2" (not an image reference "S4/B37", a level "C5/6" or a specimen "E24/1187").
    re.compile(r"(?P<v>[A-Z](?<![\w/][A-Z])[A-Z]{1,4}/\d{5,}(?:/\d{1,4})?)(?![\w/])"),
    # A US Medicaid / Medi-Cal client index number (round 16c): "CIN 91234567A", "Medi-Cal CIN: 95544321F",
    # "Medicaid ID AB12345C" (not a cervical neoplasia grade "CIN 2/3").
    re.compile(r"(?<![\w-])(?:CIN|Medi-[Cc]al|Medicaid)(?:[ \t](?:CIN|ID|[Nn]o\.?|[Nn]umber|#))?[ \t]*[:#]?[ \t]*"
               r"(?P<v>\d{8}[A-Z]|(?=[A-Z0-9]{0,14}\d)(?=[A-Z0-9]{0,14}[A-Z])[A-Z0-9]{8,14})(?![\w-])"),
)

PHONE_PATTERNS = (
    re.compile(r"(?i:tel(?:efon)?|fax|telefax|phone|tel\.-nr|durchwahl|pager|piepser|mobil|handy)\.?\s*:?\s*"
               r"(?:(?i:intern|interne|interno|int\.)[ \t]*:?[ \t]*)?(?P<v>[+-]?\(?\d[\d /()-]{2,}\d)"),
    re.compile(r"(?i:nebenstelle|apparat|cell|mobile)\.?\s*:?\s*(?P<v>[+-]?\(?\d[\d /()-]{2,}\d)"),
    # Pagers and in-house radios take three digits: "Piepser 662", "bleep 3341", "DECT 23310".
    # Also in-house extensions: "Kl. 4412" (Klappe), "Nst. 2201", "DW 31", "Piep 31", "Durchwahl 12", "DW -2231",
    # "Nebenstelle-Nr. 22" (a unit after the digits makes them a size).
    re.compile(r"(?<![\w-])(?:[Pp]ager|[Pp]iepser|[Pp]ieper|[Pp]iep|Funk|DECT|Sucher|[Bb]leep|[Bb]ip(?:eur)?|"
               r"[Cc]ercapersone|Vocera|Klappe|Kl\.|"
               r"Nst\.|Nebenst\.|Nebenstelle|Apparat|DW|Dw\.|Durchw\.|Durchwahl)\.?(?:-?Nr\.?|[ \t](?:no\.?|#))?"
               r"[ \t]*:?[ \t]*-?[ \t]*"
               # A dialling prefix before the extension (round 16c, Austrian "Kl. 24381-22710"): one number.
               r"(?P<v>\d{2,3}[ ]\d{2,3}(?![ \t]?[./-]?\d)|\d[ ]\d{3}(?![ \t]?[./-]?\d)|\d{3,6}-\d{3,6}|"
               r"\d{1,2}-\d{3,4}|\d{2,6})"
               r"(?![\d]|[.,]\d|[ \t]?(?:mm|cm|ml|mg|%|x\b))"),
    # A short internal number after "intern(e/o)": "interne 6912", "Tel. intern 4471" (three to five digits).
    # Also two pairs with a space inside (Swiss "int. 34 12", round 16c).
    re.compile(r"(?<![\w-])(?:[Ii]ntern[eo]?|[Ii]nt\.)[ \t]*:?[ \t]*(?P<v>\d\d[ ]\d\d(?![ \t]?[./-]?\d)|\d{3,5})"
               r"(?![\w]|[.,]\d|[ \t]?(?:mm|cm|ml|mg|%))"),
    # A pager as a verb: "page me on 4408", "bleep me at 6634", "please bleep 2231", "bitte piepsen unter 318".
    # ("page" only before "me" / "on" / "at" or after "please": "see page 123" is a page).
    re.compile(r"(?<![\w-])(?:[Pp]age(?=[ \t]+(?:me|us|him|her|them|on|at|via)\b)|(?<=[Pp]lease[ \t])page|"
               r"(?<=[Pp]ls[ \t])page|[Bb]leep|[Pp]iepsen|[Aa]npiepsen|"
               # A call verb before "unter" (round 20b): "ruf unter 3471 an", "rufen Sie bitte unter 2210 an".
               r"(?:[Aa]n)?[Rr]uf(?:en|t)?(?:[ \t]+(?:Sie|uns|mich|bitte|gerne|gern|jederzeit)){0,2}"
               r"(?=[ \t]+unter[ \t]))"
               r"(?:[ \t]+(?:me|us|him|her|them|mich|uns))?"
               r"(?:[ \t]+(?:on|at|via|unter|auf))?[ \t]*:?[ \t]*(?P<v>\d{3,6})(?![\d]|[.,]\d)"),
    # German extension "App. 2231" (capital A: "app." in English prose is no phone word).
    re.compile(r"(?<![\w])App\.?(?:-?Nr\.?)?[ \t]*:?[ \t]*(?P<v>\d{2,6})(?![\w])"),
    # US local numbers "555-0148" (seven digits; not a dose range "250-1200 mg", not a year "2019-2023").
    re.compile(rf"(?P<v>[2-9](?<![\w/.,:-][2-9])\d{{2}}-\d{{4}})(?![\w-]|[.,]\d|[ \t]?(?:{MEASURE_UNITS})\b)"),
    re.compile(r"(?<![\w+])(?P<v>\+\d{1,3}[\d /()-]{6,}\d)"),
    # International numbers dialled with 00 and a bracketed trunk zero: "0043 (0)1 40400-12345".
    re.compile(r"(?<![\w+])(?P<v>00\d{1,3}[ \t]?\(0\)[ \t]?\d[\d /-]{4,}\d)"),
    re.compile(r"(?<![\w(])(?P<v>(?:1[-. ])?(?:\(\d{3}\)\s?\d{3}[-. ]\d{4}|\d{3}(?P<s>[-. ])\d{3}(?P=s)\d{4})"
               r"(?:\s?(?:ext\.?|x)\s?\d{1,5})?)(?![\w-])"),
    # The literal "0" or "x" comes first and the look-behind after it ("0(?<![\w/.,]0)"): `re` then skips
    # ahead to the literal (~30x faster than a leading look-behind, same matches).
    re.compile(r"(?P<v>0(?<![\w/.,]0)\d{2,5}(?:[ /-]|\s/\s)\d{3,}(?:[ -]\d{2,})*)(?![\w/])"),
    # German numbers written in small groups ("0751 / 56 23 90", "0711 / 8 89 12-0"): 8 digits or more
    # (checked in rule_hits), on one line.
    re.compile(r"(?P<v>0(?<![\w/.,]0)\d{2,5}[ \t]?/?[ \t]?\d{1,4}(?:[ \t-]\d{1,5}){1,4})(?![\w/])"),
    # Vienna's one-digit area code "01" with a number and a hyphenated extension: "01 40400-73120", "01/53114-2208"
    # (seven digits or more with an extension, eight without, checked in rule_hits: "01/2024" is a month).
    # Round 19a: the number in small spaced groups, then the extension ("01/330 46 00-217"; groups need it).
    re.compile(r"(?P<v>01(?<![\w/.,]01)(?:[ \t]?/[ \t]?|[ \t])\d{3,8}"
               r"(?:(?:[ \t]\d{2,4}){1,3}[ \t]?-[ \t]?\d{1,5}|(?:[ \t]?-[ \t]?\d{1,5})?))(?![\w/]|[.,]\d)"),
    # Extensions: "x4410", "extension 4-5512", "ext. 2231".
    re.compile(r"(?P<v>x(?<!\wx)\d{3,5})(?![\w])"),
    re.compile(r"(?<![A-Za-z])[Ee]xt(?:ension)?\.?[ \t]*:?[ \t]*(?P<v>\d[\d-]{2,}\d)"),
    # An extension label, then the place it rings, then the digits (round 11): "Durchwahl der Leitstelle 4471",
    # "Nebenstelle Anmeldung 2203", "Apparat der Anmeldung ist 2200" (one or two capitalised words between).
    re.compile(r"(?<![\w-])(?:Durchwahl|Nebenstelle|Apparat|Klappe)(?:[ \t]+(?:der|des|im|vom|von|in[ \t]der))?"
               r"(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]+){1,2}[ \t]*(?:ist|lautet|:)?[ \t]*(?P<v>\d{2,6})"
               r"(?![\d]|[.,]\d|[ \t]?(?:mm|cm|ml|mg|%))"),
    # A short extension with a hyphen after a room word (round 11): "ring the reporting room on 4-7712",
    # "im Befundungsraum 2-3384", "salle de lecture: 3-4410" (a room number has no hyphen: "Room 401" is a place).
    # A pager word, a team and a grade before the digits (round 12): "Bleep ortho reg 4417", "bleep medical SHO
    # 2290", "Piepser Chirurgie Dienstarzt 318".
    re.compile(r"(?<![\w-])(?:[Bb]leep|[Pp]ager|[Pp]age|[Pp]iep(?:ser)?|[Ff]unk|DECT|[Bb]ip)"
               r"(?:[ \t]+(?:the[ \t]+)?[A-Za-zÄÖÜäöü&/-]{2,20}){0,2}?[ \t]+"
               r"(?i:reg|registrar|sho|spr|str|fy[12]|f[12]|ct[1-3]|st[1-8]|cons|consultant|resident|fellow|intern|"
               r"house[ \t]officer|on-?call|oa|aa|assistenzarzt|oberarzt|dienstarzt|interne)\.?"
               r"[ \t]*(?:[:#]|on|at|no\.?)?[ \t]*(?P<v>\d{3,6})(?![\d]|[.,]\d)"),
    re.compile(r"(?:room|Room|ROOM|raum|Raum|salle|sala|desk|Desk|office|Office|Büro|Sekretariat|[Ll]eitstelle)"
               r"(?![\w-])(?:[ \t]+(?:de[ \t]+\w+|on|at|unter|auf|is|ist|no\.?|#))?[ \t]*:?[ \t]*"
               r"(?P<v>\d{1,2}-\d{3,4})(?![\w-]|[.,]\d|[ \t]?(?:mm|cm|ml|mg|%))"),
    # A number to call back after "Rückruf" (round 23b): "Rückruf 01 277 00 4812", "Rückruf unter 0316 385 12044", in
    # two groups or more (Vienna's "01" in small groups has no shape of its own); "Rückruf erfolgt am 12. März",
    # "Rückruf 14 Uhr" stay. A number to dial opens with "0" or "+" and has seven digits or more: times, ranges and
    # dates stay ("Rückruf 14 30 Uhr", "Rückruf 10-12 Uhr", "Rückruf 02 03 2025 erfolgt"; mend 23b).
    re.compile(r"(?<![\w-])(?:[Rr]ückruf(?:nummer)?|RÜCKRUF)(?:[ \t]+(?:unter|an|auf|bitte))?[ \t]*:?[ \t]*"
               r"(?![0-3]?\d[ \t./-][01]?\d[ \t./-](?:19|20)\d\d(?!\d))(?=\+?0?(?:[ \t/-]?\d){7})"
               r"(?P<v>(?:\+|0)\d{1,4}(?:[ \t/-]\d{2,6}){1,4})"
               r"(?![\w]|[.,]\d|[ \t]?(?:mm|cm|ml|mg|%|Uhr|h\b|Tage|Mal))"),
    # A bracketed area code (round 14b): "(0732) 7806-2145", "(089) 4400 73-118"; seven digits or more (rule_hits).
    re.compile(r"(?P<v>\(0\d{2,5}\)[ \t]?\d{2,}(?:[ \t/-]\d{1,5}){0,4})(?![\w/]|[.,]\d)"),
)
# A bare extension after a name in brackets: "(Dr. Meyer, 2290)".
EXTENSION_AFTER_NAME = re.compile(r",[ \t]*(?P<v>\d{3,5})[ \t]*\)")
# An extension right after a number: "0117 923 0000 ext 4471", "+43 316 385 12345 DW -217", "... x2240".
EXTENSION_AFTER_PHONE = re.compile(r"[ \t]*(?:[Ee]xt(?:ension)?\.?|x|DW|Dw\.|Durchwahl|App\.?|Kl\.|Nst\.|"
                                   r"[Ii]ntern[eo]?|int\.|poste)[ \t]*:?[ \t]*-?\d{1,6}(?![\w]|[.,]\d)")
# A hyphenated extension suffix after a number in groups (round 14b): "07242 / 350 66 - 214", "02732 55 66 - 20",
# "0732/7806-2145/2146" (an alternative extension after a slash): one PHONE span with the number; not a time or a
# size range after it ("8 - 18 Uhr", "- 12 mm").
HYPHEN_EXTENSION = re.compile(r"[ \t]?-[ \t]?\d{1,5}(?:[ \t]?/[ \t]?\d{1,5})*"
                              r"(?![\w]|[.,:]\d|[ \t]?(?:Uhr|h\b|hrs?\b|am\b|pm\b|mm|cm|ml|mg|%|x\b|Jahre|years|"
                              # (Round 14 review: a count of time or times, "0732 7806 - 2 Stunden".)
                              r"Std|Stunden|Tage|Wochen|Monate|Minuten|[Mm]in\b|[Mm]al\b|hours|days|weeks|months|"
                              r"minutes|times))")
# An age over 89 right after a name: "Frau Hilde Berger, 93, lebt allein", "Mr. Vu (91)"; also after a bracketed
# aside to the name (round 23b: "Eleni Dimitriou (<the name in Greek>), 101, DOB", "Kim Le (goes by Kim), 97,").
AGE_AFTER_NAME = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\)(?=,))?"
                            r"[ \t]*(?:,[ \t]*|\()(?P<v>9\d|1[01]\d)(?:\)|(?=[ \t]*[,;.](?!\d)))")

EMAIL_PATTERN = re.compile(r"(?P<v>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")

AGE_PATTERNS = (
    # Not an isotope's mass number: "Tc-99m", "Tc99m" (a chemical symbol before it).
    # (Round 16c: a header's zero-padded age, "092Y F", with its zero.)
    re.compile(r"(?<!\d)(?<![A-Z][a-z]-)(?<![A-Z][a-z])(?P<v>0?9\d|1[0-4]\d)(?=\s?-?\s?(?:jährige?[rnms]?|jähr\.|Jahre?n?\b|J\.|years?\b|-years?-old|"
               r"year-old|y/o|y\.\s?o\.|yo\b|yrs?\b|a\b|ans\b|anni\b|-?jährig|"
               # A mis-decoded or transliterated umlaut (round 15c): "95-jÃ¤hriger", "91-jaehrige", "92-jahrig".
               r"-?j(?:Ã¤|ae|a)hrig|"
               # "(93 y)", "93 y," (round 12).
               r"y(?=[ \t]*[),;]))|[MFWmfw](?![\w])|"
               # A header's age and sex (round 16c): "94Y M", "101Y/F", "93 Y  W" (a sex letter after the "Y").
               r"[ \t]?Y(?=[ \t]{0,3}[/,]?[ \t]{0,3}[MFWD](?![\w])))"),
    # "im 93. Lebensjahr" (the ordinal of the year of life).
    re.compile(r"(?<!\d)(?P<v>9\d|1[0-4]\d)\.[ \t]?(?:Lebensjahr|Lj\.?|LJ)"),
    # An age in brackets right after a birth date: "DOB 1 Mar 1930 (94)", "geb. 1931 (93)".
    re.compile(r"(?:19|20)\d\d[ \t]?\((?P<v>9\d|1[0-4]\d)\)"),
    # Italian "età 92", "Età: 97", "di età 94", "di anni 93" (round 15c).
    re.compile(r"(?<![A-Za-z])(?:(?i:alter|age|aged|im alter von)|[Ee]tà|[Ee]ta'|di[ \t]anni)\s*:?\s*"
               r"(?P<v>9\d|1[0-4]\d)(?!\d|[ \t]?(?:%|mm|cm|ml|mg|kg))"),
)

# A header line's age and sex token (round 16c): "94Y M", "092Y/F", "88J W".
_AGE_SEX = re.compile(r"\d[YyJj][ \t]*/?[ \t]*[MFWD](?![\w])")
# The name opening such a line, in capitals, before a field gap: "ROSSI ANNA  94Y F  CT HEAD".
_NAME_BEFORE_AGE_SEX = re.compile(rf"(?m)^[ \t]*(?P<v>[{UP}]{{2,}}(?:[-'][{UP}]{{2,}})?"
                                  rf"(?:,?[ \t][{UP}]{{2,}}(?:-[{UP}]{{2,}})?){{1,2}})(?:[ \t]{{2,}}|\t)[ \t]*"
                                  rf"\d{{1,3}}[ \t]?[YyJj][ \t]*/?[ \t]*[MFWD](?![\w])")


def _header_name_hits(text: str) -> list[Hit]:
    """PERSON hits of a capitals name opening a header line before its age and sex ("HUBER ANNA  092Y F")."""
    if _AGE_SEX.search(text) is None:
        return []
    return [Hit(m.start("v"), m.end("v"), "PERSON", "cue") for m in _NAME_BEFORE_AGE_SEX.finditer(text)
            if not any(w.lower() in NOT_NAME_WORDS for w in re.split(r"[ \t,]+", m.group("v")))]


# A birth year alone ("geb. 1931", "Jg. 1946", "(*1946)", "YOB 1958"): a date of birth, PHI at any age (round
# 10; before it only years that made the patient older than 89 were taken). Other bare years stay.
# The label alternation runs from its literal starts; "*" (one character) in a pattern of its own, which `re`
# skips ahead to.
BIRTH_YEAR = literal_starts(re.compile(r"(?:geb\.|geboren|Jg\.|Jahrgang|Geburtsjahr|born|YOB|DOB|D\.O\.B\.?|"
                                       r"[Yy]ear\sof\sbirth|\(b\.|né(?:e)?\sen|nat[oa]\snel|"
                                       r"[Aa]nnée\sde\snaissance|[Aa]nno\sdi\snascita)[ \t]*:?[ \t]*"
                                       r"(?:(?:im[ \t]Jahr|in)[ \t]+)?(?P<v>(?:19|20)\d\d)(?!\d|[.,/-]\d)"))
STAR_YEAR = re.compile(r"(?<![\w*)])\*[ \t]?(?P<v>(?:19|20)\d\d)(?!\d|[.,/-]\d)")
_BIRTH_NEEDLES = ("geb", "Jg.", "Jahrgang", "Geburtsjahr", "born", "YOB", "DOB", "D.O.B", "of birth", "(b.", "né",
                  "nato", "nata", "naissance", "nascita")
# Both looked for in the shared needle pass over the text (common.TEXT_GATES).
_BIRTH_GATE = TEXT_GATES.register(_BIRTH_NEEDLES)
# A team's cohort, not the patient's birth (round 20b): "U16-Kader, Jg. 2010-Mannschaft", "Jahrgang 2009 der
# Jugendauswahl": "Jg." / "Jahrgang" with a squad word in its clause or a team word joined after the year.
_COHORT_LABEL = re.compile(r"(?:Jg\.|Jahrgang)[ \t]*:?[ \t]*\Z")
_TEAM_BEFORE = re.compile(r"(?<![\w])(?:Kader|Mannschaft|Team|Jugend\w*|Junior\w*|U[ -]?1\d|U[ -]?2[0-3]|Auswahl|"
                          r"Squad|Verein|Spieler\w*|Trainingsgruppe)(?![\w])[^.;\n]{0,40}\Z")
_TEAM_AFTER = re.compile(r"-?(?:Mannschaft|Team|Kader|Auswahl|Jahrgang|Junioren|Trainingsgruppe)\b|[ \t]+(?:der|des|im)"
                         r"[ \t]+(?:Jugend|Junioren|Mannschaft|Auswahl|Kader|Team)")


def _team_cohort(text: str, start: int, end: int) -> bool:
    """True for a year after "Jg." / "Jahrgang" that names a team's cohort."""
    label = _COHORT_LABEL.search(text, max(0, start - 12), start)
    return bool(label) and bool(_TEAM_BEFORE.search(text, max(0, label.start() - 60), label.start())
                                or _TEAM_AFTER.match(text, end))
_STAR_GATE = TEXT_GATES.register(("*",))

# Letter+digit codes in hyphenated groups ("RX-55-01927-B", "RQ24-00817", "FN-2209-338"): a letter and four
# digits or more (checked in rule_hits), so that COVID-19, C5-C6 or L4-S1 stay.
HYPHEN_CODE = re.compile(r"(?<![\w-])(?P<v>[A-Z0-9]+(?:-[A-Z0-9]+)+)(?![\w-])")
_HYPHEN_SCANNER = literal_starts(HYPHEN_CODE)
# A training grade opening a role after a name (round 12): no facility head before a specialty word.
_GRADE_SPECIALTY = re.compile(r"(?:ST[1-8]|FY[12]|CT[1-3]|SpR|StR|SHO|F[12]|AiW)[ \t]+[A-Z]")
# An ISO date and the hour of its time ("2025-02-11T09"): a date (dates.py), no code.
_ISO_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d\Z")


# Needles of each rule (see text_common.Gated), in the order of the pattern tuples; "" runs it always.
# Specimen numbers (ID_PATTERNS[9]) are found from their slash: tried only in the run of letters, digits and "-"
# before it.
_TLDS = (".org", ".com", ".net", ".edu", ".gov", ".ch", ".de", ".at", ".uk", ".health", ".info", ".io")
# Bare domains (ID_PATTERNS[5]) are found from their top-level domain: tried only in the run before it.
_ID_SCANNERS = {5: RunBeforeLiteral(ID_PATTERNS[5], _TLDS, ".-", at_anchor=False),
                9: RunBeforeLiteral(ID_PATTERNS[9], ("/",), "-", at_anchor=False),
                16: RunBeforeLiteral(ID_PATTERNS[16], ("/",), "", at_anchor=False)}
_ID_RULES = tuple(Gated(_ID_SCANNERS.get(i) or literal_starts(p), n, i != 8)
                  for i, (p, n) in enumerate(zip(ID_PATTERNS, (
    ("nr", "id", "nummer", "accession", "acc", "mrn", "case", "record", "ssn", "nhs", "opg", "insurance", "az.",
     "aktenz",
     "claim", "policy", "group", "subscriber", "tin", "npi", "h&c", "ust", "steuer", "st.", "uid", "aufnahme", "aufn.",
     "hosp", "unit", "numero", "n°", "no avs", "no. avs", "card", "member", "mitglied", "auth", "icn", "mbi",
     "medicare", "vers.", "our ref", "your ref", "zeichen"),
    ("",), ("http", "www."), ("",), ("",), _TLDS, ("",), ("fall",), ("Nr", "nr.", "ummer", " No", "#"), ("/",),
    ("versich", "rv-", "rv ", "rv:", "sv-", "sv ", "sv:", "renten", "sozial"), ("-",),
    ("zl.", "zahl", "gz", "geschäftsz"), ("last 4", "last4", "last four", "ends in", "ending in", "endet auf",
                                          "endend auf",
                                          "terminant par", "finissant par", "termina con", "vier ziffern",
                                          "4 ziffern"),
    ("access", "one-time", "share code", "share key", "security code", "verification code", "portal code",
     "pin code", "pin-code", "link code", "passcode", "zugangs", "freigabe", "code d", "codice"),
    ("lot", "charge", "ch.-", "ch.b", "ch.n", "batch"), ("/",), ("cin", "medi-cal", "medicaid")),
    strict=True)))
_PARTIAL_DIGITS = _ID_RULES[13]  # "last 4 8813", "ends in 4410"
_ENDS_IN = re.compile(r"(?:end(?:s|ing)[ \t]in|endet[ \t]auf|endend[ \t]auf|terminant[ \t]par|finissant[ \t]par|"
                      r"termina[ \t]con)[ \t]*(?:is|are|sind|lauten)?[ \t]*[:=#]?[ \t]*\Z")
# An ID word before "ends in" / "ending in": the digits are the end of a number ("card that ends in 4410").
_ID_WORD_BEFORE = re.compile(r"(?<![\w])(?i:ssn|social|member|card|karte|account|konto|policy|polizze|id|number|"
                             r"no\.|nr\.|nummer|mrn|numéro|numero|insurance|versicherung|phone|telefon|handy|mobile)\b")
_LABELLED_CODE = _ID_RULES[8]
_PHONE_RULES = tuple(Gated(literal_starts(p), n, True) for p, n in zip(PHONE_PATTERNS, (
    ("tel", "fax", "phone", "durchwahl", "pager", "piepser", "mobil", "handy", "ext"),
    ("nebenstelle", "apparat", "cell", "mobile"),
    ("ager", "iep", "funk", "dect", "sucher", "leep", "bip", "cercapersone", "vocera",
     "kl.", "klappe", "nst.", "nebenst.", "dw ", "dw:",
     "durchw.", "durchwahl", "nebenstelle", "apparat", "dw-", "dw.", "dw\t"),
    ("intern", "int."), ("page", "leep", "piepsen", "ruf"), ("app",), ("-",), ("+",), ("(0)",), ("",), ("",), ("",),
    ("01",), ("x",), ("ext",), ("durchwahl", "nebenstelle", "apparat", "klappe"),
    ("leep", "ager", "page", "iep", "funk", "dect", "bip"),
    tuple(f"{w}{c}" for w in ("room", "raum", "salle", "sala", "desk", "office", "büro", "sekretariat", "leitstelle")
          for c in " :\t"), ("rückruf",), ("(0",)),
    strict=True))
_GROUPED_PHONE = _PHONE_RULES[11]
_VIENNA_PHONE = _PHONE_RULES[12]
_BRACKETED_PHONE = _PHONE_RULES[-1]
_UNLABELLED_PHONES = _PHONE_RULES[6:15]  # number shapes without a phone word before them
# A device's catalogue label before a number (round 16c): "REF 0113-0-100", "Cat. No. 0702-24-110".
_CATALOGUE_BEFORE = re.compile(r"(?<![\w-])(?:REF|[Cc]at(?:alogue|alog)?\.?[ \t]?(?:[Nn]o\.?|#))[ \t]*:?[ \t]*\Z")
# Found from each "@" (the address starts where the run of name characters before it starts).
_EMAIL_RULE = Gated(RunBeforeLiteral(EMAIL_PATTERN, ("@",), "_.+-", at_anchor=False), ("@",))
_TEMPERATURE_BEFORE = re.compile(r"temp|fever|febril|fieber|°")
_AGE_RULES = tuple(Gated(literal_starts(p), n, low) for p, (n, low) in zip(AGE_PATTERNS, (
    (("",), False), (("Lebensjahr", "Lj", "LJ"), False), (("(",), False),
    (("alter", "age", "età", "eta'", "di anni"), True)),
    strict=True))
# A person's age said with a verb (round 12): "The patient is 91;", "she was 94 and", "Patientin ist 96,". The
# number is searched first (rare), the person and verb in the 30 characters before it.
_AGE_AFTER_VERB = re.compile(r"(?<![\w.,])(?P<v>9\d|1[0-4]\d)(?=[ \t]*(?:[;,.!)]|$|and\b|und\b|but\b|with\b|et\b))"
                             r"(?![ \t]*[.,]\d)", re.M)
_AGE_AFTER_VERB = literal_starts(_AGE_AFTER_VERB)  # its digit first: not tried at every position (round 15)
_PERSON_VERB_BEFORE = re.compile(
    r"(?<![\w])(?:[Pp]atient(?:in|e)?|[Pp]t|[Ss]he|[Hh]e|[Hh]usband|[Ww]ife|[Mm]other|[Ff]ather|[Ll]ady|[Gg]entleman|"
    r"[Mm]an|[Ww]oman|[Ss]ie|[Ee]r|[Ii]l|[Ee]lle)[ \t]+(?:is|was|turns|turned|ist|war|wird|est)"
    r"[ \t]+(?:now[ \t]+|jetzt[ \t]+|nun[ \t]+)?\Z")


def rule_hits(text: str, ctx: TextContext | None = None) -> list[Hit]:
    """Every rule hit in `text` except dates (those need parsing: see text_dates.py); `ctx`: the text's
    context (common.TextContext: its shared passes), the current one or a new one when not given."""
    with current(text, ctx):
        return _rule_hits(text)


def _id_hits(text: str, lowered: str) -> tuple[list[Hit], list[Hit]]:
    """The ID rules' hits, and those after an ID label."""
    hits: list[Hit] = []
    labelled: list[Hit] = []
    for rule in _ID_RULES:
        for h in gated_hits(rule, text, lowered, "ID"):
            if rule is _PARTIAL_DIGITS and _ENDS_IN.search(lowered, max(0, h.start - 30), h.start) and not (
                    _ID_WORD_BEFORE.search(text, max(0, h.start - 60), h.start)):
                continue
            if rule is not _LABELLED_CODE or sum(c.isdigit() for c in text[h.start:h.end]) >= 4:
                hits.append(h)
                if rule is _ID_RULES[0]:
                    labelled.append(h)
    return hits, labelled


def _rule_hits(text: str) -> list[Hit]:
    lowered = lowered_text(text)
    hits = person_hits(text, lowered)
    hits.extend(name_line_hits(text, lowered))
    hits.extend(crew_name_hits(text))  # crews, care teams and companions by role (round 20a)
    hits.extend(spoken_hits(text))  # uncorrected dictation: spoken titles, spellings, digits, dates (round 20a)
    hits.extend(table_hits(text, lowered))
    hits.extend(table_cell_hits(text))
    hits.extend(sign_off_hits(text, lowered))
    hits.extend(signer_hits(text, lowered))  # dated signatures, given names in a role's cell (round 19a)
    hits.extend(subject_name_hits(text))  # a child's given name opening an appointment sentence (round 19a)
    hits.extend(message_end_hits(text))  # a writer's name ending a message, a given name before an extension
    hits.extend(name_shape_hits(text))  # hyphenated given names, "<Name>-Team", a given name before an age (21a)
    hits.extend(log_name_hits(text))  # quoted inverted names, schedule rows, role cells of logs (round 21a)
    if len(lowered) == len(text):
        hits.extend(user_name_hits(text, lowered))
        hits.extend(contact_hits(text, lowered))
        hits.extend(unannounced_hits(text, lowered))
        hits.extend(cue_name_hits(text, lowered))
        hits.extend(rank_hits(text, lowered))
        hits.extend(reply_header_hits(text, lowered))
        hits.extend(prose_login_hits(text, lowered))  # "with d.oconnor", "con f.castelli" (round 21a)
        hits.extend(credential_name_hits(text, lowered))  # "sabine krauter, md", "whitlock rn" (fix round 22)
        hits.extend(subject_initial_hits(text, lowered))  # "Initialen M.-K. B.", "initials RJT" (round 21a)
        hits = without_rota_days(text, hits)
    hits.extend(contact_name_hits(text))  # contact, consent, page, billing, newborn and script forms (round 16a)
    # labelled: values after an ID label: no unlabelled phone shape inside them ("Fall-Nr. 51 004 773")
    ids, labelled = _id_hits(text, lowered)
    hits.extend(ids)
    view, tokens = context_for(text).memo(digit_view, digit_view)  # (rules and dates share one view per call)
    if tokens:  # OCR noise in digit groups (ocr_digits.py): the IDs that cover a mapped letter
        with current(view, context_for(view)):
            hits.extend(h for h in _id_hits(view, lowered_text(view))[0] if covers_token(h.start, h.end, tokens))
    hits.extend(check_digit_hits(text))
    hits.extend(case_ref_hits(text, lowered))
    hits.extend(coded_id_hits(text, lowered))  # coded values, bPKs, call signs, extension brackets (round 18c)
    hits.extend(permit_id_hits(text, lowered))  # residence documents, claim, run and job numbers (round 20b)
    hits.extend(alias_id_hits(text, lowered))  # aliases of unidentified patients (round 23b)
    hits.extend(ref_id_hits(text))  # reference, serial, examination and file numbers (round 21b)
    hits.extend(phone_form_hits(text, lowered))  # internal numbers, tel: URIs, bracketed US numbers (round 21b)
    hits.extend(residence_town_hits(text))  # towns of residence, birth, letters, relatives (round 21b)
    for code in _HYPHEN_SCANNER.finditer(text):
        value = code.group("v")
        if (sum(c.isdigit() for c in value) >= 4 and any(c.isalpha() for c in value)
                and not _ISO_DATE_TIME.match(value)):
            hits.append(Hit(code.start(), code.end(), "ID", "rule"))
    for rule in _PHONE_RULES:
        for h in gated_hits(rule, text, lowered, "PHONE"):
            if rule in _UNLABELLED_PHONES and (any(i.start <= h.start and h.end <= i.end for i in labelled)
                                               or _CATALOGUE_BEFORE.search(text, max(0, h.start - 16), h.start)):
                continue  # (round 16c: a device's catalogue number, "REF 0113-0-100", is no phone)
            value = text[h.start:h.end]
            if rule is _GROUPED_PHONE and sum(c.isdigit() for c in value) < 8:
                continue
            if rule is _VIENNA_PHONE and sum(c.isdigit() for c in value) < (7 if "-" in value else 8):
                continue
            if rule is _BRACKETED_PHONE and sum(c.isdigit() for c in value) < 7:
                continue
            if value.count(")") > value.count("("):  # "Tel. 6602) 02:31": the bracket closes the number
                h = Hit(h.start, h.start + len(value[:value.index(")")].rstrip(" /-")), "PHONE", "rule")
            # The extension (its word, or a hyphen after a number of six digits or more) is part of the number.
            if (m := EXTENSION_AFTER_PHONE.match(text, h.end)) or (
                    sum(c.isdigit() for c in value) >= 6 and (m := HYPHEN_EXTENSION.match(text, h.end))):
                h = Hit(h.start, m.end(), "PHONE", "rule")
            hits.append(h)
    for h in [h for h in hits if h.label == "PERSON"]:
        if m := EXTENSION_AFTER_NAME.match(text, h.end):
            hits.append(Hit(m.start("v"), m.end("v"), "PHONE", "rule"))
        if m := AGE_AFTER_NAME.match(text, h.end):
            hits.append(Hit(m.start("v"), m.end("v"), "AGE", "rule"))
    hits.extend(gated_hits(_EMAIL_RULE, text, lowered, "EMAIL"))
    hits.extend(obfuscated_email_hits(text, lowered))  # "name(at)host.de", "name AT host DOT com" (round 24a)
    hits.extend(place_hits(text, lowered))
    hits.extend(address_field_hits(text, lowered))
    hits.extend(facility_hits(text, lowered))
    hits.extend(known_site_hits(text))
    hits.extend(outside_site_hits(text))
    hits.extend(unit_site_hits(text, lowered))
    hits.extend(site_form_hits(text, lowered))
    hits.extend(org_form_hits(text, lowered))
    hits.extend(brand_site_hits(text))
    hits.extend(legal_form_hits(text))
    hits.extend(public_body_hits(text))
    hits.extend(legal_body_hits(text, lowered))
    hits.extend(ambulance_service_hits(text, lowered))  # UK ambulance services by their acronym (round 24b)
    hits.extend(brand_position_hits(text))
    hits.extend(service_site_hits(text, lowered))
    hits.extend(brand_network_hits(text, lowered))  # brands, networks and services (round 18b)
    hits.extend(house_name_hits(text))  # whole names: university institutes, partners, "of the" (round 19b)
    hits.extend(foreign_hospital_hits(text, lowered))  # Czech, Polish, Croatian, Hungarian, Turkish ... (round 19b)
    hits.extend(care_service_hits(text))  # palliative, advocacy, home-care brands, schools, spas (round 19b)
    hits.extend(bracket_place_hits(text))  # "home (<Town>)", "(<Town>, ST)", "Standort <Town>", AE titles
    hits.extend(service_name_hits(text, lowered))  # language services, clubs, schools, employers (round 20b)
    hits.extend(keywordless_site_hits(text))  # advocacies, labs, air ambulances, interpreters (round 21b)
    hits = with_house_tails(text, widened_sites(text, with_adjectives(text, hits)))
    hits = without_service_tails(text, trimmed_edges(text, hits))
    hits.extend(facility_edge_hits(text))  # practices named by their doctor, all-caps trusts (round 21b)
    hits = with_facility_edges(text, hits)  # heads, tails and joined parts of facility names (round 21b)
    hits.extend(site_acronym_hits(text, lowered, hits))
    hits.extend(acronym_after_hits(text, hits))
    hits.extend(acronym_after_person_hits(text, hits))  # "Dr. <Name> (<ACR>)", "Service de santé de l'<ACR>"
    if "," in text:  # a training grade and specialty after a name is a role ("Callum Brodie, ST2 Radiology")
        hits = [h for h in hits if h.label != "INSTITUTION" or not _GRADE_SPECIALTY.match(text, h.start)
                or not text[max(0, h.start - 4):h.start].rstrip(" \t").endswith(",")]
    hits.extend(modality_town_hits(text, lowered))
    hits.extend(dump_fields(text)[0])  # exported forms: the field says what its value is
    hits.extend(hl7_hits(text))
    hits.extend(worklist_row_hits(text))  # capitals names and the accession of pipe rows (round 19a)
    hits.extend(edi_hits(text))  # X12 / EDI segments (round 16c)
    hits.extend(caret_name_hits(text))  # caret names outside dumps (round 16a)
    hits.extend(keyed_hits(text, lowered))  # JSON, key=value, dictation / ticket logins (keyed_exports)
    hits.extend(path_hits(text))  # names, IDs and dates in export folders and file names (round 24a)
    hits.extend(log_login_hits(text))  # logins opening log entries and chat lines (round 24a)
    hits.extend(label_hits(text, lowered))
    hits.extend(town_hits(text, hits))
    hits.extend(site_town_hits(text, hits))  # towns closing a site's, a doctor's or a street's slot (round 25)
    hits.extend(transfer_town_hits(text, lowered))
    hits.extend(incident_place_hits(text, lowered))
    hits.extend(date_line_hits(text))  # the town of a letter's place-and-date line (round 18c)
    hits.extend(slope_place_hits(text, lowered))  # runs, huts and alps of a mountain-sport accident
    hits.extend(mobile_site_hits(text, lowered))
    hits.extend(foreign_address_hits(text, lowered))
    hits.extend(home_address_hits(text, hits))
    hits.extend(address_column_hits(text))
    hits.extend(block_hits(text, hits))
    hits.extend(address_unit_hits(text, hits))
    hits.extend(address_part_hits(text, hits))  # parts before a postcode, partial postcodes (round 25)
    this_year = dt.date.today().year
    fired = TEXT_GATES.fired(text)
    for rule, gate in ((BIRTH_YEAR, _BIRTH_GATE), (STAR_YEAR, _STAR_GATE)):
        if gate in fired:
            hits.extend(Hit(m.start("v"), m.end("v"), "DATE", "rule") for m in rule.finditer(text)
                        if int(m.group("v")) <= this_year and not _team_cohort(text, m.start("v"), m.end("v")))
    hits.extend(Hit(m.start("v"), m.end("v"), "AGE", "rule") for m in _AGE_AFTER_VERB.finditer(text)
                if _PERSON_VERB_BEFORE.search(text, max(0, m.start() - 30), m.start()))
    for rule in _AGE_RULES:
        for h in gated_hits(rule, text, lowered, "AGE"):
            if not _TEMPERATURE_BEFORE.search(lowered, max(0, h.start - 24), h.start):  # "febrile to 101F"
                hits.append(h)
    hits.extend(_header_name_hits(text))
    hits = names_before_rooms(text, with_suffixes(text, ended_at_fields(text, hits)))
    hits.extend(quoted_nickname_hits(text, hits))
    hits.extend(bracketed_login_hits(text, hits))  # "Aoife Brennan (abrennan)" (round 21a)
    hits.extend(degree_surname_hits(text, hits))  # "Meera Das, MD": the surname the trim left (round 21a)
    if len(lowered) == len(text):
        hits.extend(given_pair_hits(text, lowered, hits))  # "Parents: Chloe and Duncan Fraser", "Hi Priya," (21a)
    hits.extend(dob_line_name_hits(text))  # a full name opening a line before a birth date (round 20a)
    hits.extend(variant_hits(text, hits))  # a second spelling of a named person in brackets (round 20a)
    hits.extend(name_tail_hits(text, hits))  # the fourth word of a long cue-found name (round 18c)
    hits.extend(particle_name_hits(text, hits))  # "Fatima bint Abdullah", "Dos Santos Ferreira" (fix round 23a)
    hits.extend(former_name_hits(text, lowered, hits))
    hits = with_rosters(text, hits)  # positions of boards, rotas and staff lists (round 18a)
    hits = with_chat_lines(text, hits)  # chat speakers and the names their messages give (round 20a)
    if len(lowered) == len(text):
        hits.extend(propagated_hits(text, lowered, hits))
    return hits
