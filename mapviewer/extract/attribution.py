"""Attribution: who the article says a claim comes from, and which actor is speaking.

In order: "according to X"; "X said/says/believes ..." before the claim; "what X called ..."
before it (a pronoun is the last speaker or the sentence subject); "..., X said." after it;
a quotation ("...," says X, or carried to the last named speaker); "..., saying" (the subject).
Otherwise the claim is the outlet's own narrative: "the article itself".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapviewer.extract.gazetteer import Gazetteer

ARTICLE = "the article itself"
_VERBS = (
    r"(?:said|says|say|told\s+[\w ]{0,20}?|believes?|believed|adds|added|stated|states|announced|"
    r"claimed|claims|argued|argues|noted|reported|reports|estimates?|wrote|writes|insisted|"
    r"explained|explains)"
)
_NP = r"(?:(?:the|a|an|[A-Z][\w.'’-]*|[a-z][\w'’-]*)\s+){0,7}?(?:[A-Z][\w.'’-]*|[a-z][\w'’-]+)"
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^,.;\"“”]+)")
_LEADING = re.compile(rf"(?:^|,\s+|^[^,]*,\s+)(?P<who>{_NP})(?:,[^,]*,)?\s+{_VERBS}\b")
_TRAILING = re.compile(
    rf",\s*(?P<who>{_NP})\s+{_VERBS}\b(?P<rest>[^,]*)(?:[.!?]?$|,\s+(?:although|though|but|while|as)\b)"
)
_ACCUSER = re.compile(
    rf"(?:^|,\s+)(?P<who>{_NP})\s+(?:have\s+|has\s+|had\s+)?accus(?:ed|es|e)\s+(?:[\w'’-]+\s+){{1,3}}?of\b"
)
_QUOTE_TAIL = re.compile(
    rf"[\"”]\s*,?\s*(?:{_VERBS})\s+(?P<who>[^,.]+)|[\"”]\s*,?\s*(?P<who2>{_NP})\s+{_VERBS}\b"
)
_SAYING = re.compile(r",\s+saying\b")
_INVERTED = re.compile(  # ", said X." -- but not ", said Turkey was ready to ..."
    rf",\s*{_VERBS}\s+(?P<who>[A-Z](?:(?!\b(?:was|were|is|are|had|has|have|would|will|could|to|that)\b)"
    r"[^,.])+)[.]?$"
)
_PRONOUNS = {"her", "him", "them", "he", "she", "they", "it"}
_NOT_SPEAKERS = re.compile(
    r"^(?:(?:which|who|whom|whose|what|that)\b.*|it|this|there|he|she|they)$", re.I | re.S
)
_SUBJECT_NP = re.compile(r"^(?:(?:[A-Z][\w.'’-]*|of|the)\s+)*[A-Z][\w.'’-]*")
_DATELINE = re.compile(r"^[^—–.]{0,60}\s[—–]\s*")
_CALLED = re.compile(
    r"\bwhat (?P<who>he|she|they|it|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s+"
    r"(?:called|calls|call|described as|describes as|termed|terms|labelled|labeled)\b"
)


def _subject_of(sentence: str) -> str | None:
    """The capitalised noun phrase that opens the sentence, after a dateline."""
    dateline = _DATELINE.match(sentence)
    m = _SUBJECT_NP.match(sentence[dateline.end() :] if dateline else sentence)
    return m.group() if m else None


@dataclass
class Attribution:
    """Who a claim comes from, as text, and the speaking person's actor id if known."""

    attributed_to: str = ARTICLE
    speaker: str | None = None


@dataclass
class Speakers:
    """The last named speaker, for quotations that run on and for "according to her"."""

    name: str | None = None
    person: str | None = None


def _clean(who: str) -> str:
    """The speaker phrase without openers, conjunctions and trailing auxiliaries, or "" when it is no
    speaker at all: "Israeli jets are (believed)" is a passive hedge, "a snub that is widely
    (reported)" a relative clause, "and" or "has" a fragment."""
    who = who.strip().rstrip(".")
    who = re.sub(r"^(?:[Oo]n the other hand|[Hh]owever|[Mm]eanwhile|[Ii]n other words),?\s+", "", who)
    who = _CONJUNCTION.sub("", who)
    if _PASSIVE_TAIL.search(who) or _RELATIVE_INSIDE.search(who):
        return ""
    who = _AUX_TAIL.sub("", who).strip()
    return "" if who.lower() in _FRAGMENTS else who


_CONJUNCTION = re.compile(r"^(?:and|but|or|yet|so|while)\b\s*", re.I)
_PASSIVE_TAIL = re.compile(r"\b(?:is|are|was|were|be|been|being)(?:\s+\w+ly)?$", re.I)
_AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|also|reportedly|widely|now|still|already|repeatedly|publicly|privately|"
    r"previously|later|once|often|long))+$",
    re.I,
)
_RELATIVE_INSIDE = re.compile(r"\s(?:that|which|who|whose)\s", re.I)
_FRAGMENTS = frozenset({"", "has", "have", "had", "and", "but", "it", "this", "there", "also"})


def _who(m: re.Match[str]) -> str:
    """The speaker group of a match (patterns name it ``who`` or ``who2``)."""
    for name in ("who", "who2"):
        if name in m.re.groupindex and m.group(name):
            return m.group(name)
    return ""


def _person_in(who: str, gazetteer: Gazetteer) -> str | None:
    for _, _, form in gazetteer.find(who):
        if form.person is not None:
            return form.person
    return None


def attribute(
    sentence: str,
    cue_at: int,
    gazetteer: Gazetteer,
    speakers: Speakers,
    *,
    in_quote: bool = False,
) -> Attribution:
    """The attribution of the claim whose cue is at ``cue_at`` in ``sentence``."""
    who: str | None = None
    m = _ACCORDING.search(sentence)
    if m:
        who = _clean(m.group("who")) or None
        if who is not None and who.lower() in _PRONOUNS and speakers.name:
            who = speakers.name
    if who is None:
        for m in _LEADING.finditer(sentence):
            if m.end() > cue_at:
                continue
            if m.group("who") in ("He", "She") and speakers.name:
                who = speakers.name  # "He said he had spoken to ...": the last person named
            elif not _NOT_SPEAKERS.match(m.group("who")):
                who = _clean(m.group("who")) or who
    if who is None:
        for m in _CALLED.finditer(sentence, 0, cue_at):
            who = m.group("who")
            if who in ("they", "it"):
                who = _subject_of(sentence) or who
            elif who in ("he", "she"):
                who = speakers.name or who
    if who is None:
        m = _ACCUSER.search(sentence, 0, cue_at)
        if m and m.end() <= cue_at:
            who = _clean(m.group("who")) or None
    if who is None:
        m = _SAYING.search(sentence, 0, cue_at)
        subj = _subject_of(sentence)
        if m and subj:
            who = subj
    if who is None:
        m = _QUOTE_TAIL.search(sentence) or _INVERTED.search(sentence)
        if m:
            who = _clean(_who(m)) or None
        else:
            m = _TRAILING.search(sentence, cue_at)
            if m and not _NOT_SPEAKERS.match(m.group("who")):
                who = _clean(m.group("who")) or None
    if who is None and in_quote and speakers.name:
        who = speakers.name
    if who is not None and who.lower() in ("he", "she") and speakers.name:
        who = speakers.name  # '"...," he said': the last person named
    if who is None or not who or _NOT_SPEAKERS.match(who):
        return Attribution()
    if who.lower() in _PRONOUNS:
        who = speakers.name or who
    person = _person_in(who, gazetteer) or (speakers.person if who == speakers.name else None)
    return Attribution(who, person)


def speaker_in(sentence: str, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """The speaker a sentence names ("..., Kurti said"), as text and person id, if any."""
    found = None
    for rx in (_QUOTE_TAIL, _INVERTED, _LEADING, _TRAILING):
        m = rx.search(sentence)
        if m:
            found = _who(m)
            break
    if not found or _NOT_SPEAKERS.match(found.strip()):
        return None
    name = _clean(found)
    if not name or name.lower() in _PRONOUNS:
        return None
    return name, _person_in(name, gazetteer)


def note_speaker(sentence: str, gazetteer: Gazetteer, speakers: Speakers) -> None:
    """Remember the last named speaker of a sentence (for quotes and "according to her")."""
    found = speaker_in(sentence, gazetteer)
    if found is not None:
        speakers.name, speakers.person = found
