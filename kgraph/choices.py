"""Closed sets of option values (query formats, entailments) that parse what a user typed."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from kgraph.errors import QueryError


class Choice(StrEnum):
    """A StrEnum whose :meth:`parse` names the valid values when the text is none of them.

    Subclasses say what they are and which option sets them with :meth:`described`.
    """

    @classmethod
    def described(cls) -> tuple[str, str]:
        """(what the values are, the CLI option that takes them), for messages."""
        raise NotImplementedError

    @classmethod
    def parse(cls, text: str) -> Self:
        """The value named ``text`` (case-insensitive).

        Raises:
            QueryError: unknown name; the message lists the valid ones.
        """
        try:
            return cls(text.strip().lower())
        except ValueError:
            what, option = cls.described()
            names = ", ".join(choice.value for choice in cls)
            raise QueryError(
                f"Unknown {what} '{text}'. Available: {names}",
                hint=f"Use {option} with one of: {names}",
            ) from None
