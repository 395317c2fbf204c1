"""What a text does with a document it cites.

:class:`Relation` labels the action: the text (or a document it names) *implements*,
*is based on*, *amends*, *replaces*, *repeals* or *guides* the cited document, or just
*mentions* it. The cue phrases live in ``data/relation_cues.csv``.
"""

from __future__ import annotations

import enum

__all__ = ["Relation"]


class Relation(enum.Enum):
    """What a text or a document does with a cited document."""

    IMPLEMENTS = "implements"  #: "triển khai thực hiện", "thực hiện"
    BASED_ON = "based_on"  #: "Căn cứ" clauses of a legal text
    AMENDS = "amends"  #: "sửa đổi, bổ sung"
    REPLACES = "replaces"  #: "thay thế"
    REPEALS = "repeals"  #: "bãi bỏ", "hết hiệu lực"
    GUIDES = "guides"  #: "hướng dẫn", "quy định chi tiết"
    MENTIONS = "mentions"  #: anything else
