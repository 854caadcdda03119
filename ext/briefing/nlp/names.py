"""Person names: titles kept apart as roles, and short names joined to full names."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from .spans import word_set

# Words that make a title on their own (compared case-insensitively, without a final ".").
TITLE_HEADS = word_set(
    """president president-elect vice-president premier chancellor minister secretary
    secretary-general senator sen representative rep congressman congresswoman governor gov
    mayor ambassador envoy king queen prince princess emperor empress pope cardinal archbishop
    bishop reverend rev rabbi imam sheikh ayatollah general gen lieutenant lt colonel col major
    maj captain capt commander cmdr admiral adm sergeant sgt corporal cpl marshal officer
    detective inspector sheriff chief commissioner director chairman chairwoman chair ceo
    spokesman spokeswoman spokesperson speaker leader judge justice attorney prosecutor
    dr doctor professor prof sir dame lord lady baroness baron duke duchess coach manager
    councillor councilor cllr cr councilman councilwoman lawmaker legislator mp delegate
    superintendent
    commandant assemblyman assemblywoman alderman taoiseach tánaiste tanaiste emir adviser
    advisor director-general executive cfo coo cto founder co-founder economist analyst
    strategist striker midfielder defender goalkeeper winger batsman bowler opener skipper
    all-rounder wicketkeeper spinner bassist drummer guitarist singer vocalist frontman
    frontwoman rapper pianist violinist songwriter actor actress comedian novelist playwright
    chef fly-half centre-back full-back quarterback pitcher"""
)
# Titles that only ever stand before a person's name: an organisation span starting with one
# ("Assemblywoman Selena Torres") is a titled person the model mistyped.
PERSONAL_TITLES = word_set(
    """president senator sen representative rep congressman congresswoman assemblyman
    assemblywoman governor gov mayor king queen prince princess pope dr mr mrs ms cllr cr
    """
)
# Honorifics are stripped from names like titles but are not worth recording as a role.
# Malaysia's and Brunei's honorifics too ("Datuk Lin Yun Ling", "Tengku Zafrul Aziz").
HONORIFICS = word_set("mr mrs ms miss mx messrs mme mlle datuk dato dato' datin tun tengku tunku")
# Words that may stand before a title head inside the same title ("former U.S. President").
TITLE_MODIFIERS = word_set(
    """former late then acting interim incoming outgoing deputy vice assistant associate senior
    junior chief prime first foreign defence defense interior home finance health education
    justice state trade economy economic energy agriculture transport labour labor environment
    culture army navy naval air force police fire house senate majority minority republican
    democratic democrat conservative liberal labour opposition party supreme high court
    district federal national regional provincial executive managing crown grand ranking
    general attorney emeritus u.s. us uk u.k. un u.n. eu then-president ex security"""
)
# Title words that are also ordinary words when written in lowercase ("a major Trump donor").
_AMBIGUOUS_LOWERCASE = word_set("major general chair justice lady lord sir dame gen col")
_WORD = re.compile(r"\S+")
MAX_ROLE_WORDS = 6


def _norm(word: str) -> str:
    return word.strip("\"'\u2018\u2019“”(),").rstrip(".").lower()


def is_title_word(word: str) -> bool:
    key = _norm(word)
    if word[:1].islower() and key in _AMBIGUOUS_LOWERCASE:
        return False
    return key in TITLE_HEADS or key in HONORIFICS


def _is_modifier(word: str, is_place_word: Callable[[int, int], bool], start: int) -> bool:
    key = _norm(word)
    if key in TITLE_MODIFIERS or key in TITLE_HEADS:
        return True
    if key.startswith(("then-", "ex-")):
        return True
    # A country or nationality in front of the title: "U.S. President", "Texas Senator".
    return word[:1].isupper() and is_place_word(start, start + len(word))


def role_before(
    text: str, start: int, is_place_word: Callable[[int, int], bool]
) -> tuple[int, str | None]:
    """The title directly before a name starting at ``start``.

    Returns the start of the title (``start`` if there is none) and the title text, or None
    for no title or a bare honorific ("Mr.").
    """
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, max(0, start - 120), start)]
    words = words[-MAX_ROLE_WORDS - 4 :]
    if not words or text[words[-1][0] + len(words[-1][1]) : start].strip():
        return start, None
    if _ends_clause(words[-1][1]):
        return start, None
    head = _title_head(words)
    if head is None:
        return start, None
    first = head
    while first > 0:
        begin, word = words[first - 1]
        if _ends_clause(word) or not _is_modifier(word, is_place_word, begin):
            break
        first -= 1
    first = max(first, head - MAX_ROLE_WORDS + 1)
    role_start = words[first][0]
    role = text[role_start : words[-1][0] + len(words[-1][1])]
    return role_start, _role_or_none(role)


def _ends_clause(word: str) -> bool:
    """A word closing the previous sentence or clause ("police." but not "U.S.")."""
    if word.endswith((",", ";", ":", "!", "?")):
        return True
    return word.endswith(".") and word.count(".") == 1 and len(word.strip(".")) > 3


def _title_head(words: Sequence[tuple[int, str]]) -> int | None:
    """Index of the title word that the words before a name end with: the last word itself
    ("President"), or the title of an "X of Y" or "X to Y" title ("Secretary of State",
    "Speaker of the House", "Ambassador to the United Nations")."""
    last = len(words) - 1
    if is_title_word(words[last][1]):
        return last
    j = last
    while j > 0 and last - j < 3 and words[j][1][:1].isupper() and words[j][1].isalpha():
        j -= 1
    if j == last:
        return None
    if words[j][1] == "the":
        j -= 1
    if j >= 1 and words[j][1] in ("of", "to") and is_title_word(words[j - 1][1]):
        return j - 1  # "Secretary of State", "Ambassador to the United Nations"
    return None


def strip_leading_title(span: str) -> tuple[int, str | None]:
    """Split a title the model put inside a person span: "President Yoon" -> (10, "President").

    Returns the offset where the name starts within ``span`` and the title (None if none or
    only an honorific). At least one word is always left as the name.
    """
    words = [(m.start(), m.group()) for m in _WORD.finditer(span)]
    cut = 0
    last_title = -1
    while cut < len(words) - 1:
        word = words[cut][1]
        key = _norm(word)
        if key in TITLE_HEADS or key in HONORIFICS:
            last_title = cut
        elif key not in TITLE_MODIFIERS and not key.startswith(("then-", "ex-")):
            break
        cut += 1
    if last_title < 0:
        return 0, None
    cut = last_title + 1
    role = span[: words[last_title][0] + len(words[last_title][1])]
    return words[cut][0], _role_or_none(role)


def titled_person(span: str) -> bool:
    """Whether a span is a personal title and a name of two capitalised words or more."""
    words = span.split()
    if len(words) < 3 or _norm(words[0]) not in PERSONAL_TITLES or not words[0][:1].isupper():
        return False
    offset, _ = strip_leading_title(span)
    rest = span[offset:].split()
    return len(rest) >= 2 and all(w[:1].isupper() for w in rest)


def _role_or_none(role: str) -> str | None:
    role = role.strip(" ,()\"'\u2018\u2019“”")
    if not role or all(_norm(w) in HONORIFICS for w in role.split()):
        return None
    return role


@functools.lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """Words of a name for matching: hyphens split ("Kim Jong-un" -> kim, jong, un); accents
    and case are ignored ("Brudzinski" is "Brudziński", "Al-Quaety" is "al-Quaety")."""
    folded = unicodedata.normalize("NFKD", name.replace("\u2019", "'").casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return tuple(w.rstrip(".") for w in re.split(r"[\s\-\u2010]+", folded) if w.rstrip("."))


def is_subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    it = iter(long)
    return all(any(word == other for other in it) for word in short)


class NameIndex:
    """Name forms by word, so that the forms holding every word of a short name are found
    without comparing it with every form of the article."""

    def __init__(self, forms: Iterable[str] = ()) -> None:
        self.words: dict[str, tuple[str, ...]] = {}
        self._by_word: dict[str, list[str]] = {}
        for form in forms:
            self.add(form)

    def add(self, form: str) -> None:
        words = self.words.setdefault(form, name_words(form))
        for word in dict.fromkeys(words):
            self._by_word.setdefault(word, []).append(form)

    def holding(self, words: Sequence[str]) -> list[str]:
        """Forms added that contain every one of ``words`` (all forms for no words)."""
        if not words:
            return list(self.words)
        postings = [self._by_word.get(word, []) for word in set(words)]
        shortest = min(postings, key=len)
        needed = set(words)
        return [form for form in shortest if needed <= set(self.words[form])]


Fits = Callable[[tuple[str, ...], tuple[str, ...]], bool]  # (shorter words, longer words)


def join_to_longer(forms: dict[str, int], fits: Fits) -> dict[str, str]:
    """Map every form to the longer form it ``fits`` into (itself when none).

    Forms are taken longest first; when several longer names fit, the one mentioned most
    often so far wins, then the one introduced first (usually the subject of the story)."""
    first = {form: n for n, form in enumerate(forms)}
    words_of = {form: name_words(form) for form in first}
    root: dict[str, str] = {}
    index = NameIndex()
    mentions: dict[str, int] = {}  # root -> mentions of the forms joined to it so far
    for form in sorted(first, key=lambda f: (-len(words_of[f]), first[f])):
        words = words_of[form]
        candidates = {
            root[longer]
            for longer in index.holding(words)
            if len(words_of[longer]) > len(words) and fits(words, words_of[longer])
        }
        if candidates:
            root[form] = min(candidates, key=lambda r: (-mentions.get(r, 0), first[r]))
        else:
            root[form] = form
        index.add(form)
        mentions[root[form]] = mentions.get(root[form], 0) + forms.get(form, 0)
    return root


def join_short_names(forms: dict[str, int]) -> dict[str, str]:
    """Map every person name form to the full name it belongs to within one article.

    ``forms`` maps each form to its number of mentions, in order of first appearance. A form
    joins a longer form when its words appear in the longer one in order ("Trump" -> "Donald
    Trump", "Donald Trump" -> "Donald J. Trump"). When several full names fit ("Kim" with "Kim
    Jong-un" and "Kim Yo-jong"), the one mentioned most often wins, then the one introduced
    first (usually the subject of the story).
    """
    return join_to_longer(forms, is_subsequence)


_OF_BEFORE = re.compile(r"(\S+) of $")


def title_of_place(
    text: str, start: int, end: int, is_place_word: Callable[[int, int], bool]
) -> tuple[int, int, str] | None:
    """A person span that swallowed the place of an "X of Place" title.

    "Mayor of Koszalin Piotr Jedlinski" (with the model's span starting at "Koszalin") gives
    the role "Mayor of Koszalin" and the name "Piotr Jedlinski": returns (role start, name
    start, role). Only spans of three or more words are split, so that a two-word name stays.
    """
    before = _OF_BEFORE.search(text, max(0, start - 60), start)
    if before is None or not is_title_word(before.group(1)):
        return None
    words = list(_WORD.finditer(text, start, end))
    if len(words) < 3 or not words[0].group()[:1].isupper():
        return None
    role_start, role = role_before(text, before.end(1) + 1, is_place_word)
    if role is None:
        return None
    return role_start, words[1].start(), f"{role} of {words[0].group()}"


def join_org_names(
    forms: dict[str, int], generic: frozenset[str], qualifier: Callable[[Sequence[str]], bool]
) -> dict[str, str]:
    """Map organisation names to the longer name they stand for within one article.

    A form joins a longer one that only puts ``qualifier`` words in front of it ("Search and
    Rescue Agency" -> "National Search and Rescue Agency", but not "Democratic Party" ->
    "Christian Democratic Party"; only forms of two words or more, as a single word is too
    often a different body: "House" is not the "White House"), or that only adds ``generic``
    words after it ("Thai Raksa Chart" -> "Thai Raksa Chart Party").
    """

    def fits(words: tuple[str, ...], long_words: tuple[str, ...]) -> bool:
        qualified = (
            len(words) >= 2
            and long_words[-len(words) :] == words
            and qualifier(long_words[: -len(words)])
        )
        extended = long_words[: len(words)] == words and all(
            w.lower() in generic for w in long_words[len(words) :]
        )
        return qualified or extended

    return join_to_longer(forms, fits)
