"""Validation findings on parsed references."""

from __future__ import annotations

import datetime as dt

import pytest

from govdoc import parse, validate


@pytest.mark.parametrize(
    ("text", "issued", "codes"),
    [
        ("80/2015/QH13", None, []),
        ("80/2015/QH14", None, ["term-mismatch"]),
        ("30/2020/NĐ-CP", dt.date(2020, 3, 5), []),
        ("30/2020/NĐ-CP", dt.date(2021, 3, 5), ["year-mismatch"]),
        ("12/1930/NĐ-CP", None, ["implausible-year"]),
        ("12/2026/TT-BTNMT", None, ["issuer-not-existing"]),
        ("12/2025/TT-BTNMT", dt.date(2025, 2, 1), []),
        ("12/2025/TT-BTNMT", dt.date(2025, 6, 1), ["issuer-not-existing"]),
        ("01/2024/TT-BNNMT", None, ["issuer-not-existing"]),
        ("16/CT-TTg", None, []),
        ("17-NQ/CP", None, ["state-issuer-party-style"]),
        # District Party committees ended with the two-tier reform of 1 July 2025.
        ("12-KH/HU", dt.date(2024, 8, 1), []),
        ("12-KH/HU", dt.date(2025, 8, 1), ["issuer-not-existing"]),
        # After a known issuer, a code the registry lacks is the drafting unit ...
        ("4953/QĐ-BNN-TT", None, []),
        ("7134/QĐ-BCA-QLXNC", None, []),
        # ... but every code of a joint document is an issuer, and an unknown first code is unknown.
        ("03/2016/TTLT-BNV-XYZ", None, ["unknown-issuer"]),
        ("12/QĐ-XYZ-ABC", None, ["unknown-issuer", "unknown-issuer"]),
    ],
)
def test_findings(text: str, issued: dt.date | None, codes: list[str]) -> None:
    """Each rule of the numbering systems gives its finding, and only where it applies."""
    assert [p.code for p in validate(parse(text), issued=issued)] == codes


def test_merged_issuer_names_its_successor() -> None:
    """A ministry merged away in 2025 is reported with the body that took over."""
    [problem] = parse("05/2025/TT-BTTTT").problems(issued=dt.date(2025, 4, 1))
    assert "BKHCN" in problem.message
