"""Names after a verb of communication: who a finding was discussed with, telephoned to or reported to
("Befund telefonisch an Lea Brunner übermittelt", "Rücksprache mit Urs Kälin", "discussed with Rachel
Kowalski", "I informed Sandra Velasquez", "Spoke to Owen Pritchard", "discuté avec Mme X", "informato il Sig.
X"), calls and messages ("Anruf von X", "message left for X"), and French and Italian relatives ("son fils
Julien X", "la figlia Marta X"). A department or team stands in the same place ("Rücksprache mit
Neurochirurgie", "discussed with the ED team"), so the name is taken only with a title, or as two name words or
more of which the first is a listed given name.
"""

from __future__ import annotations

import re

from curation.deid.text.common import Hit, literal_starts
from curation.deid.text.given_names import is_given_name
from curation.deid.text.names import NAME_SEQ, TITLE, trim_person

# Searched in the lower-cased text (a plain alternation runs from its literal starts, see text_common: no optional
# prefix, and a literal space, so that every start is a whole word or phrase).
COMMUNICATION_VERB = literal_starts(re.compile(
    r"(?:besprochen|rücksprache|telefonat|telefonisch|per telefon|kommuniziert|übermittelt|mitgeteilt|"
    r"durchgegeben|weitergeleitet) (?:mit|an)|informiert|verständigt|"
    r"discussed with|spoke (?:to|with)|spoken (?:to|with)|talked (?:to|with)|telephoned to|phoned to|"
    r"communicated to|conveyed to|relayed to|paged|informed|notified|"
    r"discutée? avec|communiquée? à|transmise? à|informée?|"
    r"discusso con|discussa con|comunicat[oa] a|informat[oa]|"
    # Calls and messages: "Anruf von Sabine Keller", "per Mail an X", "message left for X", "and with X".
    r"anruf von|rückruf (?:von|an)|e-mail an|mail an|message left for|left a message for|voicemail for|"
    r"and with|und mit|"
    # French and Italian relatives (the German and English ones are signature labels, see text_names).
    r"fils|fille|époux|épouse|mari|frère|sœur|soeur|figlio|figlia|marito|moglie|fratello|sorella"))
# Articles between the verb and the name belong to neither ("informato il Sig. X", "discussed with the").
CONTACT_NAME = re.compile(rf"[ \t]+(?:(?:the|die|den|der|dem|la|il|le|lo)[ \t]+)?"
                          rf"(?P<t>(?:{TITLE}[ \t]?)*)[ \t]*(?P<v>{NAME_SEQ})")


def contact_hits(text: str, lowered: str) -> list[Hit]:
    """PERSON hits of the names right after a verb of communication (`lowered` is text.lower(), same length)."""
    hits: list[Hit] = []
    for verb in COMMUNICATION_VERB.finditer(lowered):
        if verb.start() and lowered[verb.start() - 1].isalpha():
            continue
        m = CONTACT_NAME.match(text, verb.end())
        if m is None:
            continue
        parts = m.group("v").split()
        if not (m.group("t").strip() or (len(parts) >= 2 and is_given_name(parts[0]))):
            continue
        trimmed = trim_person(text, m.start("v"), m.end("v"))
        if trimmed:
            hits.append(Hit(trimmed[0], trimmed[1], "PERSON", "rule"))
    return hits
