"""Who the speaker is: the entities a speaker names, and one speaker per person or office.

A speaker *is* an entity mention when a mention heads it ("Pelosi", "President Yoon Suk
Yeol", "Smith, the CEO"), or is written like a name found elsewhere in the article; it is
*about* another entity it merely contains ("South Korea's presidential office"). Across an
article, a bare "the official" takes the fuller description it refers back to, and two
spellings of one office are one speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefing.nlp.claims.model import Claim, MentionLike

_ENTITY_TYPES = frozenset(("person", "org", "group", "place"))


def trim_speaker(text: str, start: int, end: int) -> int:
    """End of the speaker without a trailing aside: "Sadiq Khan (no relation)" -> "Sadiq Khan"."""
    match = re.search(r"\s*\(\s*[a-z][^()]*\)$", text[start:end])
    return start + match.start() if match and match.start() > 0 else end


def name_forms(mentions: Iterable[MentionLike]) -> dict[str, str]:
    """Surface forms of the article's named mentions -> entity, when unambiguous.

    The model misses some repeated mentions ("Pelosi told the public"); a speaker written
    exactly like a form found elsewhere in the article still names that entity.  A person's
    last name counts as a form too.
    """
    forms: dict[str, set[str]] = {}
    for m in mentions:
        if m.type not in _ENTITY_TYPES:
            continue
        name = " ".join(m.text.split())
        keys = {name}
        if m.type == "person" and " " in name:
            keys.add(name.rsplit(" ", 1)[1])
        for key in keys:
            forms.setdefault(key, set()).add(m.entity)
    return {k: next(iter(v)) for k, v in forms.items() if len(v) == 1 and len(k) > 1}


def speaker_entities(
    text: str,
    start: int,
    end: int,
    mentions: Iterable[MentionLike],
    forms: dict[str, str] | None = None,
) -> tuple[str | None, str | None]:
    """(speaker_entity, speaker_about) for the speaker text[start:end]."""
    inside = sorted(
        (
            m
            for m in mentions
            if m.type in _ENTITY_TYPES and start <= m.start and m.end <= end and m.start < m.end
        ),
        key=lambda m: m.start,
    )
    head: MentionLike | None = None
    # The head of each comma segment is its last word; a mention ending there is the speaker.
    seg_start = start
    for seg_end in [*(i for i in range(start, end) if text[i] == ","), end]:
        segment = text[seg_start:seg_end]
        core_end = seg_start + len(segment.rstrip(" .,)"))
        for m in inside:
            if m.start >= seg_start and _same_end(text, m.end, core_end):
                lead = text[seg_start : m.start].lower()
                if not re.search(r"\b(?:of|for|at|from|in|on|with|by|to|under)\b", lead):
                    head = m
                    break
        if head is not None:
            break
        seg_start = seg_end + 1
    entity = head.entity if head else None
    if entity is None and forms:
        entity = _entity_by_form(text[start:end], forms, inside)
    about = next((m.entity for m in inside if m.entity != entity), None)
    return entity, about


def _entity_by_form(
    speaker: str, forms: dict[str, str], inside: Sequence[MentionLike]
) -> str | None:
    """The entity whose known form ends a comma segment of the speaker ("President Erdogan")."""
    for segment in speaker.split(","):
        core = " ".join(segment.split()).rstrip(" .)")
        if re.search(r"\b(?:of|for|at|from|in|on|with|by|to|under)\b", core.lower()):
            continue
        for form, entity in forms.items():
            if core == form or core.endswith(" " + form):
                lead = core[: len(core) - len(form)]
                # Only titles may precede: capitalised words ("President", "Chancellor").
                if all(w[:1].isupper() for w in lead.split()) and not any(
                    m.entity != entity and m.type == "person" for m in inside
                ):
                    return entity
    return None


def _same_end(text: str, mention_end: int, core_end: int) -> bool:
    if mention_end == core_end:
        return True
    # A bracketed abbreviation after the name: "the Federal Security Service (FSB)".
    between = text[mention_end:core_end]
    return bool(re.fullmatch(r"\s*\([^()]*\)?", between)) and core_end > mention_end


# "the official", "The spokesman", "the senior official": a definite description without a
# name, which refers back to an earlier, fuller one.
_BACK_REFERENCE = re.compile(r"(?i:the)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)")
_FULLER = r"\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w\u2019'-]+\s+){{0,5}}?{head})\b"
_POSSESSIVE = re.compile(r"(.+?)(?:\u2019s|'s)\s+(.+)")


def resolve_speakers(
    parts: Sequence[tuple[str, str]],
    claims: Sequence[Claim],
    mentions: Sequence[MentionLike] = (),
) -> list[Claim]:
    """Speakers as a reader should see them, within one article.

    A bare definite description ("the official") takes the latest earlier fuller description
    with the same head noun, from an earlier claim or the text before it ("a high-ranking
    South Korean official"), with its entities. "The company", "the lender", "the Detroit
    automaker" is an organisation of the article's ``mentions``: the latest one before it in
    its paragraph, else the one named most often before it. Two spellings of one office
    ("South Korea's presidential office", "The South Korean presidential office") are one
    speaker, shown as first written.
    """
    resolved: list[Claim] = []
    offices: dict[str, Claim] = {}
    for claim in claims:
        claim = _organisation_referred(parts, claim, mentions) or _refer_back(
            parts, claim, resolved
        )
        key = office_key(claim.speaker)
        if key is not None:
            first = offices.setdefault(key, claim)
            if first is not claim:
                claim = replace(
                    claim,
                    speaker=first.speaker,
                    speaker_entity=claim.speaker_entity or first.speaker_entity,
                    speaker_about=first.speaker_about,
                )
        resolved.append(claim)
    return resolved


def _refer_back(parts: Sequence[tuple[str, str]], claim: Claim, earlier: list[Claim]) -> Claim:
    match = _BACK_REFERENCE.fullmatch(claim.written)
    if match is None or claim.speaker_entity is not None:
        return claim
    head = match.group(1).split()[-1]
    for before in reversed(earlier):
        words = before.written.split()
        if (
            words[-1] == head
            and len(words) > len(claim.written.split())
            and not (_BACK_REFERENCE.fullmatch(before.written))
        ):
            return replace(
                claim,
                speaker=before.speaker,
                speaker_entity=before.speaker_entity,
                speaker_about=before.speaker_about,
            )
    # The fuller description may not be a claim of its own: "A senior official, who asked
    # not to be named, ..." earlier in the article.
    pattern = re.compile(_FULLER.format(head=re.escape(head)))
    text_before = [text for _, text in parts[: claim.part]]
    text_before.append(parts[claim.part][1][: claim.sentence_start])
    found = None
    for text in text_before:
        for hit in pattern.finditer(text):
            found = hit.group(0)
    if found is None:
        return claim
    return replace(claim, speaker=" ".join(found.split()))


# "the company", "The lender", "the Detroit automaker", "the German carmaker": one
# organisation named before, by what it is.
_ORGANISATION_REFERENCE = re.compile(
    r"(?i:the)\s+(?:[A-Z][\w.-]*\s+)?(?:[a-z][\w-]*\s+)?(?P<noun>[a-z]+)"
)


def _organisation_referred(
    parts: Sequence[tuple[str, str]], claim: Claim, mentions: Sequence[MentionLike]
) -> Claim | None:
    from briefing.nlp.kinds import ORG_NOUNS

    match = _ORGANISATION_REFERENCE.fullmatch(claim.written)
    if match is None or claim.speaker_entity is not None or match["noun"] not in ORG_NOUNS:
        return None
    text = parts[claim.part][1]
    at = text.find(claim.written, claim.sentence_start, claim.sentence_end)
    speaker_start = at if at >= 0 else claim.sentence_start
    before = sorted(
        (m for m in mentions if m.type == "org" and (m.part, m.end) <= (claim.part, speaker_start)),
        key=lambda m: (m.part, m.start),
    )
    candidates = [m for m in before if m.part == claim.part]
    if not candidates and before:
        counts = Counter(m.entity for m in before)
        most = max(counts.values())
        first = next(m.entity for m in before if counts[m.entity] == most)
        candidates = [m for m in before if m.entity == first]
    if not candidates:
        return None
    chosen = candidates[-1]  # the latest mention: body text, as the article last wrote it
    return replace(claim, speaker=chosen.text, speaker_entity=chosen.entity, speaker_about=None)


def office_key(speaker: str) -> str | None:
    """ "South Korea's presidential office" and "the South Korean presidential office" ->
    "south korea presidential office": a country's body, however its country is written."""
    from briefing.nlp.variants import demonym_country, lookup

    text = " ".join(speaker.split())
    text = re.sub(r"^(?:the|The)\s+", "", text)
    possessive = _POSSESSIVE.fullmatch(text)
    if possessive is not None:
        variant = lookup(possessive.group(1))
        rest = possessive.group(2)
        if variant is not None and rest.islower():
            return f"{variant.name} {rest}".casefold()
        return None
    words = text.split()
    for cut in range(min(3, len(words) - 1), 0, -1):
        found = demonym_country(" ".join(words[:cut]))
        rest = " ".join(words[cut:])
        if found is not None and rest.islower():
            variant = lookup(found[1])
            return f"{variant.name if variant else found[1]} {rest}".casefold()
    return None
