"""Linking a portal page: wrap each document reference in its visible text in a link.

A publishing pipeline hands :func:`annotate` a finished page and a link target (a URL
template or a function); every reference in the page's visible text comes back wrapped in
``<a class="govdoc-ref" href="…" data-govdoc-id="…">``. The page is edited as a string,
at the exact offsets :func:`govdoc.html.visible_text` maps back to the raw HTML, rather
than re-serialised by a parser: every byte outside the inserted tags stays as it was
(attributes, comments, scripts, white space, entity spellings), which is what makes the
output reviewable as a diff and the operation idempotent.

Nothing is inserted inside an existing link, a form control, ``<title>``, ``<textarea>``,
``<script>``, ``<style>``, a comment, an attribute or SVG/MathML content. The only new
text is the anchor tags, and their attribute values are escaped, so no page text and no
href can inject markup.

>>> page = "<p>Theo Chỉ thị số 16/CT-TTg ngày 16/5/2016.</p>"
>>> print(annotate(page, href="/van-ban/{canonical}"))  # doctest: +NORMALIZE_WHITESPACE
<p>Theo <a class="govdoc-ref" href="/van-ban/16/CT-TTg"
    data-govdoc-id="vn/state/ttg/ct/2016/16">Chỉ thị số 16/CT-TTg</a> ngày 16/5/2016.</p>
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Callable, Collection
from html import escape
from urllib.parse import quote

from govdoc.find import extract
from govdoc.html import MAX_HTML_CHARS, VisibleText, visible_text
from govdoc.identity import identify, text_scope
from govdoc.mention import Kind, Mention

__all__ = ["CSS_CLASS", "FIELDS", "annotate", "document_id", "render_href"]

#: The class every link :func:`annotate` adds carries.
CSS_CLASS = "govdoc-ref"
#: The fields an href template may use.
FIELDS = frozenset({"canonical", "year", "number", "type_code", "issuers", "id"})

Href = str | Callable[[Mention], str | None]

# Inline elements that may sit inside a link; a reference split only by these (and
# balanced within it) gets one link around the whole span.
_PHRASING = frozenset({
    "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
    "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
    "time", "tt", "u", "var", "wbr",
})
_VOID = frozenset({"wbr"})
# Schemes a link must never carry (checked after the browser's own clean-up of the URL).
_UNSAFE_SCHEME = re.compile(r"(?:javascript|vbscript|data|file):", re.IGNORECASE)
_URL_JUNK = re.compile(r"[\x00-\x20]")


def document_id(mention: Mention, *, scope: str = "local") -> str | None:
    """The identifier of a mention's document, from :mod:`govdoc.identity` (a symbol
    without a year or Party term, or with a local issuer, gets an id that holds only in
    ``scope``), or None for an anaphor that refers to nothing. :func:`annotate` reads the
    whole page instead, so a mention can borrow the year another one states.

    >>> [m] = extract("Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ")
    >>> document_id(m)
    'vn/state/ttg/ct/2016/16'
    """
    [found] = identify([mention], scope=scope)
    return None if found is None else str(found.id)


def _check_template(template: str) -> frozenset[str]:
    """The fields a template uses; ValueError for anything but plain known fields."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:
        raise ValueError(f"bad href template {template!r}: {error}") from None
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if field not in FIELDS or spec or conversion:
            raise ValueError(f"bad href template {template!r}: unknown field {{{field}}}; "
                             f"use {', '.join(sorted(FIELDS))}")
    return frozenset(field for _literal, field, _spec, _conv in parsed if field)


def render_href(template: str, mention: Mention, *, doc_id: str | None = None) -> str | None:
    """Fill an href template for a mention; None when the mention lacks a field it uses.

    ``{canonical}``, ``{number}``, ``{type_code}``, ``{issuers}`` and ``{year}`` need a
    numbered reference (``{year}`` is empty when neither the symbol nor the stated date
    gives one); ``{id}`` is ``doc_id``, by default :func:`document_id`. Every value is
    percent-encoded (UTF-8); ``{canonical}`` keeps its ``/``, ``{id}`` its ``/`` and ``~``.

    >>> [m] = extract("Thông tư liên tịch số 03/2016/TTLT-BNV-BTC")
    >>> render_href("https://portal.example/{year}/{type_code}/{number}?ban-hanh={issuers}", m)
    'https://portal.example/2016/TTLT/03?ban-hanh=BNV-BTC'
    >>> render_href("/van-ban/{canonical}", m), render_href("/id/{id}", m)
    ('/van-ban/03/2016/TTLT-BNV-BTC', '/id/vn/state/bnv-btc/ttlt/2016/3')
    """
    used = _check_template(template)
    ref = mention.reference
    if doc_id is None and "id" in used:
        doc_id = document_id(mention)
    if (ref is None and used - {"id"}) or (doc_id is None and "id" in used):
        return None
    values = {"id": quote(doc_id or "", safe="/~")}
    if ref is not None:
        year = ref.year if ref.year is not None else (mention.date.year if mention.date else None)
        values.update(
            canonical=quote(str(ref), safe="/"),
            year="" if year is None else str(year),
            number=ref.padded_number,
            type_code=quote(ref.type_code or "", safe=""),
            issuers=quote("-".join(ref.issuers), safe=""),
        )
    return template.format_map(values)


def _anchor(href: str, doc_id: str | None, css_class: str) -> str:
    if _UNSAFE_SCHEME.match(_URL_JUNK.sub("", href)):
        raise ValueError(f"refusing to link to {href[:60]!r}: unsafe URL scheme")
    parts = [f'<a class="{escape(css_class)}" href="{escape(href)}"']
    if doc_id is not None:
        parts.append(f' data-govdoc-id="{escape(doc_id)}"')
    return "".join(parts) + ">"


def _link_span(vt: VisibleText, tag_starts: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The span one link can go around for the text ``raw[start:end]``: widened over inline
    tags that open just before it or close just after it, so every tag inside is closed
    inside; None when markup inside is not inline or does not nest."""
    tags = vt._tags
    lo = bisect.bisect_left(tag_starts, start)
    hi = bisect.bisect_left(tag_starts, end)
    stack: list[str] = []
    closed_early: list[str] = []  # closing tags inside whose opening tag is before start
    for tag in tags[lo:hi]:
        if tag.name not in _PHRASING:
            return None
        if not tag.closing:
            if tag.name not in _VOID:
                stack.append(tag.name)
        elif stack:
            if stack.pop() != tag.name:
                return None
        else:
            closed_early.append(tag.name)
    for name in closed_early:
        lo -= 1
        if lo < 0 or tags[lo].end != start or tags[lo].closing or tags[lo].name != name:
            return None
        start = tags[lo].start
    while stack:
        if hi >= len(tags) or tags[hi].start != end or not tags[hi].closing or tags[hi].name != stack.pop():
            return None
        end = tags[hi].end
        hi += 1
    return start, end


def _trimmed(raw: str, start: int, end: int) -> tuple[int, int]:
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def _joined(pieces: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Linkable pieces of text, adjacent ones (text next to a character reference) joined."""
    spans: list[tuple[int, int]] = []
    for start, end, linkable in pieces:
        if not linkable:
            continue
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def annotate(
    html: str,
    href: Href,
    *,
    kinds: Collection[Kind] = (Kind.REFERENCE,),
    css_class: str = CSS_CLASS,
    max_chars: int = MAX_HTML_CHARS,
) -> str:
    """The page with each reference in its visible text wrapped in a link.

    ``href`` is a template (fields :data:`FIELDS`, see :func:`render_href`) or a function
    of the :class:`~govdoc.Mention` returning the URL, or None to leave it unlinked.
    ``kinds`` says which mentions are offered (numbered references by default; a template
    only links mentions that have a canonical symbol). A reference split by inline markup
    gets one link around it, or, when the markup does not nest inside a link, one link per
    piece of its text. A reference already inside a link is left alone, so annotating an
    annotated page changes nothing.

    >>> page = '<i title="Kết luận 114-KL/TW">Kết luận <b>114-KL/TW</b> ngày 14/7/2015</i>'
    >>> print(annotate(page, href=lambda m: f"/kl/{m.reference.number}"))  # doctest: +NORMALIZE_WHITESPACE
    <i title="Kết luận 114-KL/TW"><a class="govdoc-ref" href="/kl/114"
        data-govdoc-id="vn/party/tw/kl/xi/114">Kết luận <b>114-KL/TW</b></a> ngày 14/7/2015</i>
    """
    if isinstance(href, str):
        _check_template(href)
    vt = visible_text(html, max_chars=max_chars)
    raw = vt.raw
    tag_starts = [tag.start for tag in vt._tags]
    # Insertions as (raw offset, 0 for a closing tag / 1 for an opening one, text): a link
    # closing at an offset goes before one opening there.
    inserts: list[tuple[int, int, str]] = []
    floor = 0
    mentions = extract(vt.text)
    identities = identify(mentions, scope=text_scope(vt.text))
    for mention, identity in zip(mentions, identities, strict=True):
        if mention.kind not in kinds:
            continue
        doc_id = None if identity is None else str(identity.id)
        start, end = vt.raw_span(mention.start, mention.end)
        pieces = list(vt._pieces(mention.start, mention.end))
        if start < floor or not pieces or not all(linkable or raw[s:e].isspace() for s, e, linkable in pieces):
            continue  # inside a link already, a form control, …; or overlapping
        target = render_href(href, mention, doc_id=doc_id) if isinstance(href, str) else href(mention)
        if target is None:
            continue
        opening = _anchor(target, doc_id, css_class)
        whole = _link_span(vt, tag_starts, start, end)
        if whole is not None and whole[0] < floor:
            whole = None
        spans = [whole] if whole is not None else [_trimmed(raw, s, e) for s, e in _joined(pieces)]
        for s, e in spans:
            if s < e:
                inserts.append((s, 1, opening))
                inserts.append((e, 0, "</a>"))
        floor = max(end, spans[-1][1])
    if not inserts:
        return html
    inserts.sort(key=lambda item: (item[0], item[1]))
    out: list[str] = []
    at = 0
    for offset, _order, tag in inserts:
        out.append(raw[at:offset])
        out.append(tag)
        at = offset
    out.append(raw[at:])
    return "".join(out)
