"""A piece of a holiday's name the model spans on its own is no entity ("Super" of "Super
Tuesday")."""

from __future__ import annotations

import pytest

from briefing.nlp.junk import never_entity


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        ("States vote on Super Tuesday next week.", "Super", True),
        ("Shops opened on Good Friday morning.", "Good", True),
        ("Shares of Super Micro rose.", "Super", False),
        ("Tuesday Reed won the race.", "Reed", False),
    ],
)
def test_pieces_of_holidays(text: str, piece: str, expected: bool) -> None:
    start = text.index(piece)
    assert never_entity(text, start, start + len(piece)) is expected
