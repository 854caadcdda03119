"""Adverbials around a reporting verb: "said on Wednesday", "told reporters", "in a statement".

The patterns of time phrases, media, platforms and audiences, and the helpers that step over
them between a verb and what was said (or cut them off the end of a speaker phrase, "Trump on
Twitter" -> "Trump").
"""

from __future__ import annotations

import re

from briefing.nlp.claims.quotes import OPEN_QUOTES

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_TIME = (
    rf"(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:last|this|next|earlier\s+this|late|early)\s+)?"
    rf"(?:{_WEEKDAY}|yesterday|today|tonight|week|month|year|weekend|morning|afternoon|evening"
    rf"|night)(?:\s+(?:morning|afternoon|evening|night))?(?![\u2019'\w])"
    rf"|(?:on|in)\s+(?:(?:late|early|mid)[-\s])?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}})?)"
    rf"(?:,?\s+\d{{4}})?"
)
_MEDIUM = (
    r"statement|interview|press\s+release|release|post|tweet|speech|letter|address|broadcast"
    r"|report|briefing|conference|video|message|e-?mail|blog(?:\s+post)?|op-ed|column|filing"
    r"|memo|note|announcement|communiqu[ée]|remarks|comments|testimony|appearance|podcast"
)
_PLATFORM = (
    r"Twitter|X|Facebook|Instagram|Telegram|Weibo|YouTube|TikTok|social\s+media|television"
    r"|TV|radio|(?:state|national|local)\s+(?:television|TV|radio|media)|(?:its|his|her|their)"
    r"\s+(?:website|blog|account|channel)|the\s+(?:radio|phone|telephone)"
)
_AUDIENCE = (
    r"reporters|journalists|the\s+(?:press|media|public|nation|country|court|jury|audience|police"
    r"|crowd|parliament|assembly|congress|senate|committee)|(?:local|state|foreign|national"
    r"|international)\s+media|lawmakers|legislators|parliament|supporters|delegates"
)
# Adverbials between a verb and what was said: "said on Wednesday", "said in a statement".
_ADVERBIAL = re.compile(
    rf"""\s*,?\s*(?:
        (?:{_TIME})
      | in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\u2019'-]+\s+){{0,3}}?(?:{_MEDIUM})
        (?:\s+(?:on|to|with|for|from|released|issued|published|posted)
           \s+(?:the\s+)?(?:[A-Z][\w.&\u2019'-]*|{_WEEKDAY})
           (?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w.&\u2019'-]*)*)?
      | at\s+(?:a|an|the)\s+(?:[\w\u2019'-]+\s+){{0,3}}?(?:conference|briefing|meeting|rally|event
        |hearing|summit|ceremony|session|gathering)
      | (?:on|via|through|over)\s+(?:{_PLATFORM})
      | (?:to|in\s+remarks\s+to)\s+(?:{_AUDIENCE})
      | to\s+(?:the\s+)?[A-Z][\w.&\u2019'-]*(?:\s+[A-Z][\w.&\u2019'-]*)*
      | (?:through|via)\s+(?:a|an|his|her|its|their)\s+(?:spokes(?:man|woman|person)|lawyer
        |attorney|representative)
      | (?:also|further|later|repeatedly|publicly|separately|recently|previously|again|then
        |too|earlier|privately|officially|reportedly|once\s+again|then)
      | (?:after|before|during|following)\s+(?:the|his|her|its|their|a|an)\s+[\w-]+
      | [—\u2013]\s[^—\u2013"“”]{{1,80}}?\s[—\u2013]
    )(?=[\s,.;:!?"“”]|$)""",
    re.VERBOSE,
)
_TRAILING = re.compile(
    rf"""(?:\s+(?:{_TIME}
      | in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\u2019'-]+\s+){{0,3}}?(?:{_MEDIUM})
      | at\s+(?:a|an|the)\s+(?:[\w\u2019'-]+\s+){{0,3}}?(?:conference|briefing)
      | (?:on|via)\s+(?:{_PLATFORM})))+[\s,]*""",
    re.VERBOSE,
)
_ADDRESSEE = re.compile(
    rf"""\s*(?:
        (?:him|her|them|us|me|you|it)
      | (?:{_AUDIENCE})
      | (?:(?:the|a|an|his|her|its|their|our)\s+)?(?:(?!that\b)[a-z][\w\u2019'-]*\s+){{0,2}}?
        (?:reporters|journalists|press|media|public|crowd|audience|court|jury|parliament|lawmakers|legislators
        |newspaper|broadcaster|channel|station|agency|radio|television|outlet|network
        |supporters|residents|people|nation|country|delegates|students|officials
        |investigators|police|interviewer|guard|world|committee|hearing|inquiry|panel)
      | (?:[Tt]he\s+)?[A-Z][\w.&\u2019'-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w.&\u2019'-]*){{0,5}}
      | (?:the|a|an|his|her|its|their|our)\s+[a-z][\w-]*
    )(?=[\s,.;:!?"“”]|$)""",
    re.VERBOSE,
)


def skip_adverbials(text: str) -> str:
    while True:
        match = _ADVERBIAL.match(text)
        if not match or not match.group().strip(" ,"):
            return text
        text = text[match.end() :]


def skip_addressee(text: str) -> str:
    stripped = text.lstrip()
    if re.match(r"that\b", stripped) or stripped[:1] in OPEN_QUOTES + '",:':
        return text
    match = _ADDRESSEE.match(text)
    if not match:
        return text
    rest = text[match.end() :]
    # "told him to leave": an order, but keep the text — the finder reports what follows.
    return rest


def trailing_adverbial(speaker: str) -> int:
    """Length of the speaker text before a trailing "on Tuesday" / "in a statement"."""
    for match in re.finditer(r"\s+", speaker):
        rest = speaker[match.start() :]
        if re.search(r"(?<![A-Z])[a-z]+ed$", speaker[: match.start()]):
            continue  # "videos posted on social media": the adverbial belongs to the noun
        if _TRAILING.fullmatch(rest) or re.match(
            r"\s+(?:after|during|as|before|following|when|while)\b", rest
        ):
            return match.start()
    return len(speaker.rstrip(" ,"))
