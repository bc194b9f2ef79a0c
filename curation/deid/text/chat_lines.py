"""Chat and messenger transcripts pasted into a report (round 20a): speakers and the names their messages give.

- **Speakers.** A line that opens with a name, maybe a platform tag before it ("[Teams]", "[WhatsApp]") and a time
  after it, then a colon: "Anjali R 07:52: ...", "[Teams] Lea S 10:14: ...", "Korbinian Aigner 06:48: ...". With
  a time or a platform tag, a listed given name or an initial after the name is enough ("Transport 10:20:"
  stays); a bare "Jonas: ..." / "Mathilde : ..." needs a name of the stricter given-name list (four letters or
  more on a single speaker line, three in a transcript of two speaker lines or more) and a message that opens in
  lower case, so that "Befund: ...", "An: Sekretariat", "Sun: Body – ..." and "Lieu: HFR ..." stay, and no
  measurement or anatomy heading (review of 20a: "Max: ca. 12 mm", "Pia: intakt" stay; word_shapes).
- **Names inside the messages** of a transcript (one speaker line found): a person to call ("ruf Hofstetter
  unter 3381 an", "appelle Vuilleumier au 4127", "call Okafor on 2291", "chiama Bernasconi al 4410"), with the
  extension after it as PHONE; the name of a duty role ("heute hat Hintergrund Wieczorek", "on call tonight:
  Brennan") as PERSON, replacing an institution read over the role and the name.

No word of a name may be a common, clinical, role or department word.
"""

from __future__ import annotations

import re

from curation.deid.text.common import UP, Hit, StartsAfter, words
from curation.deid.text.given_names import is_any_given_name, is_given_name
from curation.deid.text.names import NAME, is_plain_name_word
from curation.deid.text.word_shapes import HEADING_GIVEN_NAMES

SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?P<tag>\[[A-Za-z][\w .-]{{1,20}}\][ \t]*)?(?P<v>{NAME}(?:[ \t]+(?:{NAME}|[{UP}]\.?))?)"
    rf"(?:[ \t]+\(?(?P<time>[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:[ \t]?[AaPp][Mm])?)\)?)?[ \t]*:[ \t]+"
    rf"(?P<low>[a-zäöüàéèìò])?"
)
SPEAKER = StartsAfter(SPEAKER, holding=":")  # tried at the starts of lines with a colon (round 18 of speed)
# A call verb, the callee, a preposition and the extension.
CALLEE = re.compile(
    rf"(?<![\w-])(?:ruf(?:e|t)?|anrufen|telefonier\w*|appelle[rz]?|appeler|call|ring|phone|page|chiama(?:re)?|"
    rf"contatta(?:re)?)[ \t]+(?:bitte[ \t]+|please[ \t]+|dr\.?[ \t]+|Dr\.?[ \t]+)?(?P<v>{NAME})"
    rf"(?:[ \t]+(?:unter|auf|au|on|at|al|sur|via)[ \t]+(?P<ext>\d{{3,6}})(?![\w]|[.,]\d))?"
)
# A duty role and the name on duty: "Hintergrund Wieczorek", "on call tonight: Brennan".
ON_DUTY = re.compile(
    rf"(?<![\w-])(?:Hintergrund|Vordergrund|Dienstarzt|Dienstärztin|Dienst|OA-Dienst|Rufbereitschaft|"
    rf"[Oo]n[ \t-]call(?:[ \t]tonight|[ \t]today)?|[Bb]ackup|[Gg]arde|[Rr]eperibile|[Rr]eperibilità)"
    rf"[ \t]*:?[ \t]*(?P<v>{NAME})(?![\w'-])"
)


# Form and mail-header labels that are also given names of the lists ("Lieu: salle 3", "An: ...", "Art: Notfall").
_LABELS = words("""lieu ort date datum von an cc bcc by to from via art typ grund objet oggetto luogo motif motivo
sujet subject betreff""")


_SPACES = re.compile(r"[ \t]+")


def _plain(value: str) -> bool:
    for word in _SPACES.split(value):
        core = word.rstrip(".")
        if len(core) > 1 and not is_plain_name_word(core):
            return False
    return True


def speaker_hits(text: str) -> list[Hit]:
    """PERSON hits of chat speakers opening their lines (module doc)."""
    if ":" not in text:
        return []
    shaped = [m for m in SPEAKER.finditer(text) if _plain(m.group("v"))]
    out = []
    for m in shaped:
        parts = m.group("v").split()
        given = is_any_given_name(parts[0])
        initial = len(parts) == 2 and len(parts[1].rstrip(".")) == 1
        bare = (
            m.group("low") is not None
            and len(parts) == 1
            and is_given_name(parts[0])
            and (parts[0].lower() not in _LABELS)
            and (parts[0].lower() not in HEADING_GIVEN_NAMES)
            and (len(parts[0]) >= (3 if len(shaped) >= 2 else 4))
        )
        if ((m.group("time") or m.group("tag")) and (given or initial)) or bare:
            out.append(Hit(m.start("v"), m.end("v"), "PERSON", "cue"))
    return out


def with_chat_lines(text: str, hits: list[Hit]) -> list[Hit]:
    """`hits` with the speakers of a chat transcript and the names and extensions its messages give; an
    institution hit over a duty role and its name gives way to the person."""
    speakers = speaker_hits(text)
    if not speakers:
        return hits
    found = list(speakers)
    for m in CALLEE.finditer(text):
        if _plain(m.group("v")):
            found.append(Hit(m.start("v"), m.end("v"), "PERSON", "cue"))
            if m.group("ext"):
                found.append(Hit(m.start("ext"), m.end("ext"), "PHONE", "rule"))
    duty = [m for m in ON_DUTY.finditer(text) if _plain(m.group("v"))]
    found.extend(Hit(m.start("v"), m.end("v"), "PERSON", "cue") for m in duty)
    spans = [m.span() for m in duty]
    kept = [h for h in hits if h.label != "INSTITUTION" or not any(s <= h.start and h.end <= e for s, e in spans)]
    return kept + found
