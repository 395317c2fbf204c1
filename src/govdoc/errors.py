"""The errors govdoc raises on purpose.

Every error derives from :class:`GovdocError`; errors about user input also derive from
:class:`ValueError`, so ``except ValueError`` keeps working for callers who do not care
about the kind. Errors about a piece of text carry the text and the ``span`` of the
offending part, and render a caret line under it:

>>> from govdoc import parse
>>> parse("16/CX-TTg")
Traceback (most recent call last):
    ...
govdoc.errors.UnknownDocType: unknown document type code 'CX'
    16/CX-TTg
       ^^
"""

from __future__ import annotations

__all__ = [
    "GovdocError",
    "InvalidDate",
    "InvalidReference",
    "NotAReference",
    "RegistryError",
    "TextError",
    "UnknownDocType",
    "UnknownIssuer",
]


class GovdocError(Exception):
    """Base class of every error govdoc raises on purpose."""


class TextError(GovdocError, ValueError):
    """A piece of input text is wrong; ``span`` says where (indices into ``text``)."""

    def __init__(self, message: str, *, text: str, span: tuple[int, int]) -> None:
        super().__init__(message)
        self.message = message
        self.text = text
        start, end = span
        start = max(0, min(start, len(text)))
        self.span = (start, max(start, min(end, len(text))))

    def __str__(self) -> str:
        # One line of context is enough: show the line holding the span.
        line_start = self.text.rfind("\n", 0, self.span[0]) + 1
        line_end = self.text.find("\n", self.span[0])
        if line_end == -1:
            line_end = len(self.text)
        line = self.text[line_start:line_end]
        start = self.span[0] - line_start
        width = max(1, min(self.span[1], line_end) - self.span[0])
        return f"{self.message}\n    {line}\n    {' ' * start}{'^' * width}"

    def __reduce__(self) -> tuple[object, ...]:
        # The keyword-only __init__ does not pickle by default; multiprocessing needs it.
        return (_rebuild, (type(self), self.message, self.text, self.span))


def _rebuild(cls: type[TextError], message: str, text: str, span: tuple[int, int]) -> TextError:
    return cls(message, text=text, span=span)


class NotAReference(TextError):
    """The text is not a document reference at all (a fraction, a standard, a counter)."""


class InvalidReference(TextError):
    """The text looks like a document reference but is malformed."""


class UnknownDocType(InvalidReference):
    """The document type code is not one the system knows."""


class UnknownIssuer(InvalidReference):
    """The issuer code is not one the registry knows (and not a plausible unit code)."""


class InvalidDate(TextError):
    """A date expression is malformed or names a day that does not exist."""


class RegistryError(GovdocError):
    """A packaged data table is broken: a bug in govdoc, not in the caller's input."""
