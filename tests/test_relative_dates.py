"""Relative date phrases read against the day an article was written (nlp/figures.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.nlp.figures import is_relative_date, resolve_relative_date

WRITTEN = dt.date(2024, 11, 6)  # a Wednesday


@pytest.mark.parametrize(
    ("phrase", "resolved"),
    [
        ("Wednesday", "Wednesday, 6 Nov 2024"),
        ("Monday", "Monday, 4 Nov 2024"),
        ("last Wednesday", "Wednesday, 30 Oct 2024"),
        ("next Tuesday", "Tuesday, 12 Nov 2024"),
        ("yesterday", "Tuesday, 5 Nov 2024"),
        ("Last month", "October 2024"),
        ("next year", "2025"),
        ("last week", "the week of 28 Oct 2024"),  # weeks are named by their Monday
        ("this week", "the week of 4 Nov 2024"),
        ("the next day", None),  # the day after the story's events, not after the writing
        ("the previous day", None),
        ("two and a half years ago", "about May 2022"),
        ("three days ago", "about Sunday, 3 Nov 2024"),
        ("in recent years", None),
    ],
)
def test_relative_phrases_resolve(phrase: str, resolved: str | None) -> None:
    assert is_relative_date(phrase)
    assert resolve_relative_date(phrase, WRITTEN) == resolved


@pytest.mark.parametrize("phrase", ["2007", "September", "5 March 2019", "March 5", "the 1990s"])
def test_absolute_dates_are_not_relative(phrase: str) -> None:
    assert not is_relative_date(phrase)
