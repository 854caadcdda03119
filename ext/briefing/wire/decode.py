"""Seed bytes to text: the one place a seed's encoding is checked.

A seed must be UTF-8 plain text. :func:`decode_seed` drops a byte-order mark, refuses binary
and UTF-16 files and invalid UTF-8 with a :class:`SeedError` that names the line and says how
to fix it, and normalises line endings so that every offset and line number later refers to
the same text.
"""

from __future__ import annotations

from typing import ClassVar

_BINARY_SAMPLE = 4096
_BINARY_CONTROL_SHARE = 0.30


class SeedError(Exception):
    """A seed that cannot be used at all."""

    _DEFAULTS: ClassVar[dict[str, str]] = {
        "seed_empty": "the file has no text: put the headline on the first line and "
        "paragraphs separated by blank lines below it",
        "seed_binary": "the file is not plain text: save the article as a UTF-8 .txt file",
        "seed_encoding": "the file is not valid UTF-8: re-save the file as UTF-8",
    }

    def __init__(self, subtype: str, line: int = 1, message: str | None = None) -> None:
        self.subtype = subtype
        self.line = line
        self.message = message or self._DEFAULTS.get(subtype, subtype)
        super().__init__(self.message)


def decode_seed(data: bytes) -> str:
    """Decode seed bytes into normalised text, raising :class:`SeedError` if unusable."""
    if data.startswith(b"\xef\xbb\xbf"):
        offset_shift, body = 3, data[3:]
    else:
        offset_shift, body = 0, data
    _check_binary(body)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _encoding_error(body, exc.start, offset_shift) from None
    text = normalise_newlines(text)
    if not text.strip():
        what = "is empty" if not text else "contains only whitespace"
        raise SeedError(
            "seed_empty",
            1,
            f"the file {what}: put the headline on the first line and paragraphs "
            "separated by blank lines below it",
        )
    return text


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF and drop a leading byte-order mark."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _check_binary(data: bytes) -> None:
    if b"\x00" in data:
        raise SeedError(
            "seed_binary",
            1,
            "the file contains NUL bytes, so it is binary or UTF-16 text: "
            "save the article as UTF-8 plain text",
        )
    sample = data[:_BINARY_SAMPLE]
    controls = sum(1 for b in sample if (b < 0x20 and b not in b"\t\n\r\f") or b == 0x7F)
    if sample and controls / len(sample) > _BINARY_CONTROL_SHARE:
        raise SeedError(
            "seed_binary",
            1,
            f"{controls} of the first {len(sample)} bytes are control characters, so this "
            "is not a text file: save the article as UTF-8 plain text",
        )


def _encoding_error(body: bytes, bad: int, shift: int) -> SeedError:
    # The prefix before the bad byte is valid UTF-8, so its decoded lines are exact.
    prefix = normalise_newlines(body[:bad].decode("utf-8"))
    line = prefix.count("\n") + 1
    return SeedError(
        "seed_encoding",
        line,
        f"not valid UTF-8 at byte offset {bad + shift} (line {line}, byte "
        f"0x{body[bad]:02x}): re-save the file as UTF-8",
    )
