"""The two numbering systems of Vietnamese documents.

State documents put a slash after the number (``16/CT-TTg``, ``30/2020/NĐ-CP``,
``1234/BNV-CCVC``) under Nghị định 30/2020/NĐ-CP and the law on legal documents
(Luật 80/2015/QH13, Điều 10); Party documents put a hyphen after the number and a slash
before the issuer (``114-KL/TW``) under Hướng dẫn 36-HD/VPTW.
"""

from __future__ import annotations

import enum

__all__ = ["System"]


class System(enum.Enum):
    """Which numbering system a reference is written in."""

    STATE = "state"
    PARTY = "party"
