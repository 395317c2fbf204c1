"""Reading the packaged data tables (``govdoc/data/*.csv``).

Each table is UTF-8 CSV with a header row. Lines starting with ``#`` before the header
carry provenance (sources, retrieval date) and are skipped. Empty cells become ``None``.
"""

from __future__ import annotations

import csv
import io
from importlib import resources

__all__ = ["read_table"]


def read_table(name: str) -> list[dict[str, str | None]]:
    """Return the rows of the packaged table ``name`` as dicts keyed by the header.

    >>> rows = read_table("doc_types.csv")
    >>> any(r["code"] == "CT" for r in rows)
    True
    """
    text = resources.files("govdoc.data").joinpath(name).read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    reader = csv.DictReader(io.StringIO(body))
    return [
        {key: (value.strip() or None) if value is not None else None for key, value in row.items()}
        for row in reader
    ]
