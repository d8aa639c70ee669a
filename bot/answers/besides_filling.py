"""What else the application step asks besides filling in the form: "提交入驻申请的时候除了填信息还
要做什么", "apart from filling in the details, what else do I do when submitting the application?"
→ tick the agreement (勾选同意书) and click submit, the step's own action (step 3, sub-step v in
rules/data/process.yaml), never the step after it (the review, the contracts).
"""

from __future__ import annotations

from bot.answers.knowledge import sections, source_line
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

TOPIC = "process.agreement_checkbox"
# Besides filling in: 除了填信息, 填完资料还要, "apart from filling in the details".
_BESIDES_FILLING = lazy_compile(
    r"(除了|除去|除)(要)?(填|填写|写)(好|完)?(相关)?(信息|资料|内容|表|表格|申请表|材料)"
    r"|(填|填写)(完|好)(了)?(相关)?(信息|资料|内容|表|表格|申请表)(之后|以后|后)?[，,]?\s*还(要|得|需要)"
    r"|\b(besides|apart from|other than|aside from|except for|beyond|in addition to) "
    r"(just )?(filling|completing)( in| out)?\b"
    r"|\bafter (filling|completing)( in| out)? (the |all the )?(form|details|information|info|fields)\b"
    r".{0,40}\b(else|anything|what)\b"
)
# The application step, not the ticket's or the deposit's form.
_APPLYING = lazy_compile(r"申请|入驻|提交|\b(apply|applying|application|submit|submitting|join)\b")
_OTHER_FORM = lazy_compile(r"工单|保证金|押金|\b(ticket|deposit)\b")
# Asking what else there is to do.
_ASKS_ELSE = lazy_compile(
    r"还(要|得|需要|有)[^，,。？?]{0,6}(做|干|办|弄|注意|操作|点|勾)?(什么|啥|嘛|哪些|别的)"
    r"|\b(what else|anything else|what other|what more|else (do|should|must) (i|we))\b"
)


def besides_filling_answer(question: str, lang: Lang) -> Answer | None:
    """Tick the agreement and submit, when what else the application asks is asked."""
    norm = normalize(question)
    if not (_BESIDES_FILLING.search(norm) and _ASKS_ELSE.search(norm)):
        return None
    if not _APPLYING.search(norm) or _OTHER_FORM.search(norm):
        return None
    source = source_line(sections()["process"], None, lang)
    body = t("answers_besides_filling", lang)
    return Answer(with_source(body, source, lang), lang, True, TOPIC, source, [])
