"""Hypothesis strategies for references, built from the packaged registries."""

from __future__ import annotations

from hypothesis import strategies as st

from govdoc import Reference, System, doc_types, issuers

_STATE_TYPES = sorted(
    t.code for t in doc_types().all
    if t.system is System.STATE and t.code and t.kind not in ("historic", "copy")
)
_PARTY_TYPES = sorted(t.code for t in doc_types().all if t.system is System.PARTY and t.code)
_STATE_ISSUERS = sorted(
    i.code for i in issuers().all
    if i.system is System.STATE and not i.code.startswith(("QH", "UBTVQH")) and i.code.isalnum()
    and doc_types().by_code(i.code, System.STATE) is None
)
_PARTY_ISSUERS = sorted(
    i.code for i in issuers().all
    if i.system is System.PARTY and i.code.isalnum() and doc_types().by_code(i.code, System.PARTY) is None
)
_UNITS = st.text(alphabet="ABCDEFGHKLMNPQRSTVX", min_size=2, max_size=5).filter(
    lambda u: issuers().by_code(u) is None
    and all(doc_types().by_code(u, s) is None for s in System)
)


@st.composite
def references(draw: st.DrawFn) -> Reference:
    """A reference of any system, from its parts."""
    number = draw(st.integers(min_value=1, max_value=99999))
    # a letter numbered in after a number ("473a/NQ-UBTVQH13"), now and then
    letter = draw(st.none() | st.none() | st.sampled_from("abcdđz"))
    shape = draw(st.sampled_from(["admin", "legal", "letter", "assembly", "party"]))
    if shape == "party":
        return Reference(system=System.PARTY, number=number, letter=letter,
                         type_code=draw(st.sampled_from(_PARTY_TYPES)),
                         issuers=(draw(st.sampled_from(_PARTY_ISSUERS)),))
    if shape == "assembly":
        term = draw(st.integers(min_value=11, max_value=16))
        return Reference(system=System.STATE, number=number, letter=letter, type_code=None,
                         issuers=(f"QH{term}",), year=draw(st.integers(2002, 2026)))
    issuer_codes = tuple(draw(st.lists(st.sampled_from(_STATE_ISSUERS), min_size=1, max_size=3,
                                       unique=True)))
    if shape == "letter":
        return Reference(system=System.STATE, number=number, letter=letter, type_code=None,
                         issuers=issuer_codes[:1], unit=draw(_UNITS))
    year = draw(st.integers(1990, 2026)) if shape == "legal" else None
    # a place in a numbered series ("66.7/2025/NQ-CP") is written before a year only
    sub_number = draw(st.none() | st.integers(1, 99)) if year is not None else None
    return Reference(system=System.STATE, number=number, sub_number=sub_number,
                     letter=letter if sub_number is None else None,
                     type_code=draw(st.sampled_from(_STATE_TYPES)), issuers=issuer_codes, year=year)
