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
    r"个人(实名|认证|身份)|个人(账号|帐号|号|名义)[^，,。？?]{0,6}(实名|认证)|\b(personal|individual)\b.{0,20}\b(verification|verified|real-?name"
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
    if _EITHER_OR.search(norm):
        # "is a personal account ok or must it be a company?" (black-box s61 D25: "No." to an
        # either-or): the option step 2 settles, said first.
        return company_not_personal(found)
    if _PERSONAL.search(norm) and _ASKS_MAY.search(norm):
        return replace(found, text=t("answers_realname_personal_no", found.lang) + found.text)
    return found


# Personal or company verification, asked as an either-or ("下一步是做个人实名还是企业实名",
# "personal or company verification?").
_EITHER_OR = lazy_compile(
    r"个人[^，,。？?]{0,6}还是[^，,。？?]{0,4}企业|企业[^，,。？?]{0,6}还是[^，,。？?]{0,4}个人"
    r"|个人[^。？?]{0,8}[，,]\s*还是[^，,。？?]{0,6}企业"
    r"|\b(personal|individual)\b[^,.?]{0,30}\bor\b[^,.?]{0,16}\b(company|enterprise|business"
    r"|corporate)\b|\b(company|enterprise|business|corporate)\b[^,.?]{0,30}\bor\b[^,.?]{0,12}"
    r"\b(personal|individual)\b"
)
# ("is a personal account ok or must it be a company?" — black-box s61 D25: "No.")
_VERIFICATION = lazy_compile(
    r"实名|认证|账号|账户|\b(verif\w*|real-?name|authenticat\w*|kyc|accounts?)\b"
)


def asks_personal_or_company(question: str) -> bool:
    """ "阿里云账号刚注册好，下一步是做个人实名还是企业实名": step 2 settles it (企业)."""
    norm = normalize(question)
    return bool(
        _EITHER_OR.search(norm) and _VERIFICATION.search(norm) and not _MEMBER_ACCOUNT.search(norm)
    )


def company_not_personal(found: Answer) -> Answer:
    """Step 2's entry with the option it settles first: the company's verification."""
    return replace(found, text=t("answers_realname_company_not_personal", found.lang) + found.text)


def personal_may_apply(question: str) -> bool:
    """ "我用个人账号做了实名，能直接申请入驻吗": a personal verification put to step 2's rule."""
    norm = normalize(question)
    return bool(
        _PERSONAL.search(norm)
        and _ASKS_MAY.search(norm)
        and not _EITHER_OR.search(norm)
        # ("our 1688 membership is personal": 零售通's member account, not step 2.)
        and not _MEMBER_ACCOUNT.search(norm)
    )


_MEMBER_ACCOUNT = lazy_compile(r"1688|中国站|会员|\b(membership|member account|alibaba\.com)\b")
