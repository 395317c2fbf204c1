"""Validation of parsed references against the numbering rules and the registries.

Findings are :class:`govdoc.reference.Problem` values with a machine-readable ``code``:

======================  ==============================================================
``unknown-type``        the type code is not a document type of the reference's system
``unknown-issuer``      an issuer code the registry does not know (after a known issuer, a
                        code of a document that is not joint is its drafting unit: not checked)
``implausible-year``    a year before 1945 or after next year
``year-mismatch``       the year in the symbol differs from the issue date's year
``term-mismatch``       a National Assembly term that does not cover the year (80/2015/QH14)
``issuer-not-existing`` the issuer did not exist at the issue date (names its successor)
``party-issuer-state-style`` a Party body's code in a State-style symbol, or the reverse
======================  ==============================================================

>>> from govdoc import parse
>>> [p.code for p in validate(parse("80/2015/QH14"))]
['term-mismatch']
>>> import datetime
>>> problem = validate(parse("12/2025/TT-BTNMT"), issued=datetime.date(2025, 6, 1))[0]
>>> problem.code, "successor is 'BNNMT'" in problem.message
('issuer-not-existing', True)
"""

from __future__ import annotations

import datetime as dt

from govdoc._grammar import ASSEMBLY_CODE
from govdoc.dates import assembly_term
from govdoc.doctypes import doc_types
from govdoc.issuers import Issuer, issuers
from govdoc.reference import Problem, Reference
from govdoc.systems import System

__all__ = ["validate"]

_FIRST_YEAR = 1945


def _assembly_years(term: int) -> tuple[int, int] | None:
    """First and last calendar year of a National Assembly term (the terms table)."""
    found = assembly_term(f"QH{term}")
    if found is None:
        return None
    end = found.end.year if found.end else dt.date.today().year + 1
    return found.start.year, end


def _issuer_problems(code: str, ref: Reference, issued: dt.date | None) -> list[Problem]:
    term = ASSEMBLY_CODE.fullmatch(code)
    if term is not None:
        years = _assembly_years(int(term.group(1)))
        if years and ref.year is not None and not years[0] <= ref.year <= years[1]:
            return [Problem("term-mismatch",
                            f"{code!r} is term {term.group(1)}, which ran {years[0]}–{years[1]}, "
                            f"not in {ref.year}")]
        return []
    found: Issuer | None = issuers().by_code(code, ref.system)
    if found is None:
        if ref.type_code is None and ref.system is System.STATE and ref.unit is None:
            return [Problem("unknown-issuer", f"issuer code {code!r} is not in the registry")]
        if ref.type_code is not None:
            return [Problem("unknown-issuer", f"issuer code {code!r} is not in the registry")]
        return []
    problems: list[Problem] = []
    if found.system is not ref.system:
        problems.append(Problem("party-issuer-state-style" if found.system is System.PARTY
                                else "state-issuer-party-style",
                                f"{code!r} is a {found.system.value} body but the symbol is "
                                f"written in the {ref.system.value} style"))
    existed = found.exists_on(issued) if issued else (
        found.existed_in(ref.year) if ref.year else True)
    if not existed:
        when = issued.isoformat() if issued else f"in {ref.year}"
        on = "on " if issued else ""
        message = f"issuer {code!r} ({found.name}) did not exist {on}{when}"
        successor = issuers().successor_of(found)
        if successor is not None:
            message += f"; its successor is {successor.code!r} ({successor.name})"
        problems.append(Problem("issuer-not-existing", message))
    return problems


def validate(ref: Reference, /, *, issued: dt.date | None = None) -> list[Problem]:
    """Check ``ref`` against the rules; ``issued`` is the issue date where it is known."""
    problems: list[Problem] = []
    if ref.type_code and doc_types().by_code(ref.type_code, ref.system) is None:
        problems.append(Problem("unknown-type",
                                f"{ref.type_code!r} is not a {ref.system.value} document type"))
    # The Democratic Republic's first legal documents date from 1945.
    latest = max((issued or dt.date.today()).year, dt.date.today().year) + 1
    if ref.year is not None and not _FIRST_YEAR <= ref.year <= latest:
        problems.append(Problem("implausible-year", f"year {ref.year} is implausible"))
    if ref.year is not None and issued is not None and issued.year != ref.year:
        problems.append(Problem("year-mismatch",
                                f"the symbol says {ref.year} but the document is dated "
                                f"{issued.isoformat()}"))
    for index, code in enumerate(ref.issuers):
        if index and _drafting_unit(code, ref):
            continue
        problems += _issuer_problems(code, ref, issued)
    return problems


def _drafting_unit(code: str, ref: Reference) -> bool:
    """Whether a later code names the unit that drafted the document, not a second issuer:
    "4953/QĐ-BNN-TT" is the ministry's decision, drafted by its Cục Trồng trọt. Only joint
    documents ("03/2016/TTLT-BNV-BTC") list several issuers."""
    joint = ref.doc_type is not None and " liên " in f" {ref.doc_type.name.casefold()} "
    return (not joint and issuers().by_code(ref.issuers[0], ref.system) is not None
            and ASSEMBLY_CODE.fullmatch(code) is None and issuers().by_code(code, ref.system) is None)
