"""A personal (individual) real-name verification stated, and whether the account may apply
asked ("账号用的是个人认证，可以直接申请入驻吗", "our account only has personal verification — can
we apply?"), answered from step 2's entry (企业实名认证, not a personal one): 不能 / No first."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t

_REALNAME_ENTRY = "process.realname"
# A reply that already opens with its verdict.
_OPENS_WITH_VERDICT = lazy_compile(r"\s*(不|能|可以|no\b|yes\b)", re.IGNORECASE)
# The account's verification stated to be a personal one.
_PERSONAL = lazy_compile(
    r"个人(实名|认证|身份)|\b(personal|individual)\b.{0,20}\b(verification|verified|real-?name"
    r"|account)\b|\bverified (as an? )?(person|individual)\b"
)
# Whether the account may apply or join with it.
_ASKS_MAY = lazy_compile(
    r"能|可以|可不可以|行不行|行吗|\b(can|could|may|allowed|ok|okay|enough|able)\b"
)


def with_realname_verdict(question: str, found: Answer) -> Answer:
    """`found` with 不能 / No first when a personal verification is put to step 2's rule."""
    if found.out_of_scope or found.topic != _REALNAME_ENTRY:
        return found
    norm = normalize(question)
    if _OPENS_WITH_VERDICT.match(found.text):
        return found
    if _PERSONAL.search(norm) and _ASKS_MAY.search(norm):
        return replace(found, text=t("answers_realname_personal_no", found.lang) + found.text)
    return found
