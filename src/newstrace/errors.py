"""The NewstraceError family. Library code raises these; only the CLI prints and exits.

Each message is one line that says what went wrong, where (the file), and how to fix it.
"""
from __future__ import annotations


class NewstraceError(Exception):
    """Base class. ``path`` names the input the problem is about (``None`` when none)."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(NewstraceError):
    """An input cannot be read as an English news article (missing, empty, binary, not UTF-8,
    HTML without an article body, not English, too large)."""


class DateError(NewstraceError):
    """A date option or field is not a valid ISO date (YYYY-MM-DD)."""


class ModelMissingError(NewstraceError):
    """The spaCy English pipeline package is not installed."""
