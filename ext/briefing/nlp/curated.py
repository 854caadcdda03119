"""The editors' registry during resolution: curated names found in the text, alias lookups,
and suppressed false entities."""

from __future__ import annotations

from collections.abc import Sequence

from .entities import CuratedEntry
from .names import strip_leading_title
from .spans import find_word, is_acronym


class CuratedIndex:
    """Every curated name and alias, longest first, for matching and lookups.

    Matching in running text is whole-word and case-sensitive: capitalisation is part of a
    name ("Apple" the company, not "apple"). Looking up a model span's cleaned text is exact,
    then case-insensitive for forms that are not acronyms (headlines in capitals).
    """

    def __init__(self, registry: Sequence[CuratedEntry]) -> None:
        self.entries: dict[str, CuratedEntry] = {}
        self.forms: dict[str, CuratedEntry] = {}
        self.suppressed: set[str] = set()
        for entry in registry:
            self.entries.setdefault(entry.id, entry)
            for form in (entry.name, *entry.aliases):
                form = form.strip()
                if entry.type == "person":
                    # "President Yoon" is the name "Yoon" with a title: match the name, so the
                    # longer "Yoon Suk Yeol" still wins in "President Yoon Suk Yeol".
                    form = form[strip_leading_title(form)[0] :]
                if not form:
                    continue
                if entry.suppress:
                    self.suppressed.add(form)
                else:
                    self.forms.setdefault(form, entry)
        # An editor's suppression wins over another entry's alias of the same spelling.
        for form in self.suppressed:
            self.forms.pop(form, None)
        self._folded = {f.casefold(): e for f, e in self.forms.items() if not is_acronym(f)}
        self._suppressed_folded = {f.casefold() for f in self.suppressed if not is_acronym(f)}
        self._ordered = sorted(self.forms, key=lambda f: (-len(f), f))
        self._ordered_suppressed = sorted(self.suppressed, key=lambda f: (-len(f), f))

    def lookup(self, form: str) -> CuratedEntry | None:
        found = self.forms.get(form)
        if found is None and not is_acronym(form):
            found = self._folded.get(form.casefold())
        return found

    def is_suppressed(self, form: str) -> bool:
        return form in self.suppressed or (
            not is_acronym(form) and form.casefold() in self._suppressed_folded
        )

    def find(self, text: str) -> list[tuple[int, int, CuratedEntry]]:
        """Non-overlapping occurrences of curated forms in ``text``, longest form first."""
        taken: list[tuple[int, int, CuratedEntry]] = []
        for form in self._ordered:
            for start, end in find_word(text, form):
                if all(end <= s or start >= e for s, e, _ in taken):
                    taken.append((start, end, self.forms[form]))
        return sorted(taken, key=lambda t: (t[0], t[1]))

    def find_suppressed(self, text: str) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        for form in self._ordered_suppressed:
            found.extend(find_word(text, form))
        return sorted(found)
