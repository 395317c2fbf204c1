"""A bounded memo for the registries' lookups (private).

The finder asks the same few type words and codes thousands of times a text, and the
keys come from untrusted text, so the memo forgets everything once it holds ``limit``
answers: memory stays bounded whatever the input.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

__all__ = ["BoundedMemo"]

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedMemo(Generic[K, V]):
    """Remembers the answers of a pure ``lookup``.

    >>> calls = []
    >>> square = BoundedMemo(lambda n: calls.append(n) or n * n, limit=2)
    >>> square(3), square(3), calls
    (9, 9, [3])
    """

    __slots__ = ("_answers", "_limit", "_lookup")

    def __init__(self, lookup: Callable[[K], V], *, limit: int = 4096) -> None:
        self._lookup = lookup
        self._limit = limit
        self._answers: dict[K, V] = {}

    def __call__(self, key: K) -> V:
        try:
            return self._answers[key]
        except KeyError:
            if len(self._answers) >= self._limit:
                self._answers.clear()
            answer = self._answers[key] = self._lookup(key)
            return answer
