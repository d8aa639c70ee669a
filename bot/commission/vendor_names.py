"""Vendor identity: the one place where a vendor's name is folded into its grouping key.

Finance files spell one company several ways: `阿里云计算（北京）有限公司` (full-width brackets,
as typed in Chinese input methods) and `阿里云计算(北京)有限公司`, stray or doubled spaces,
`ACME` and `Acme`. Commission tiers are per vendor, so two spellings counted apart would put
one company in a lower tier twice instead of a higher tier once. Orders therefore carry
`vendor_key = fold_vendor_name(vendor)` (migration 0008) and every summary groups by that key;
the first spelling seen is kept for display (`commission_vendor_names`).

Folding is deliberately mechanical (no fuzzy merging): names that are merely *similar* are
reported at import (`similar_vendor_names`) for staff to decide, never merged silently.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Invisible characters that survive NFKC and change nothing a person can see: zero-width
# space/joiners, word joiner, BOM. (Control characters are refused at import, not folded.)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


@lru_cache(maxsize=65_536)
def fold_vendor_name(name: str) -> str:
    """The grouping key of a vendor name: NFKC (full-width → half-width, compatibility forms),
    every whitespace removed (Chinese names have no meaningful spaces; `A 公司` is `A公司`),
    invisible characters removed, then casefolded.

    >>> fold_vendor_name("阿里云计算（北京）有限公司") == fold_vendor_name("阿里云计算(北京)有限公司")
    True
    >>> fold_vendor_name(" ＡＣＭＥ  Ltd ")
    'acmeltd'
    """
    normal = unicodedata.normalize("NFKC", name).translate(_INVISIBLE)
    return "".join(normal.split()).casefold()
