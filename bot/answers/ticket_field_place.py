"""Where one of the ticket's fields goes: "联系电话 139… 应该填在工单里的哪个位置", "公司名称写在
工单哪一栏", "where do I put our phone number in the ticket?".

The answer opens with the field's own line of the 问题描述 (rules/data/ticket.yaml's label, e.g.
“电话：”), then the description's lines in their order (step 6 of the guide).
"""

from __future__ import annotations

from bot.answers.knowledge import entry_by_id
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t
from rules.ticket import FIRST_LINE_TEMPLATE, PASTED_LABELS, TICKET_FIELD_DATA

_TICKET_ENTRY = "process.ticket"
# The ticket named: 工单, 问题描述, ticket, description.
_TICKET_WORDS = lazy_compile(r"工单|问题描述|\b(ticket|description)\b")
# Where something is written: 填在哪, 写在哪一栏, 哪个位置, "where do I put / enter".
_ASKS_PLACE = lazy_compile(
    r"(填|写|放|输入|填写)(在|到)?(哪|哪里|哪儿|什么地方|哪个位置|哪一栏|哪一行|哪一项|哪个框)"
    r"|(哪个|什么)(位置|地方|栏|框|字段)|哪一(栏|行|项)|在哪(里|儿)?(填|写)"
    r"|\bwhere (do|should|does|can|must) (i|we|it|the \w+|our \w+( \w+)?) (go|put|write|enter|fill|type|add)\b"
    r"|\bwhich (field|line|box|part|section)\b"
)


def _fields_named(norm: str) -> list[str]:
    names = []
    for name, labels in PASTED_LABELS.items():
        words = (*labels, *TICKET_FIELD_DATA[name].aliases, TICKET_FIELD_DATA[name].label_en)
        if any(normalize(word) in norm for word in words if len(word) > 1):
            names.append(name)
    return names


def field_place_answer(question: str, lang: Lang) -> Answer | None:
    """The field's line in the ticket's 问题描述, when where one field goes is asked."""
    norm = normalize(question)
    if not (_TICKET_WORDS.search(norm) and _ASKS_PLACE.search(norm)):
        return None
    named = _fields_named(norm)
    if "contact" in named and "phone" in named:
        # "联系电话": a phone number, not the contact person.
        named.remove("contact")
    if len(named) != 1:
        return None
    spec = TICKET_FIELD_DATA[named[0]]
    lines = t("list_separator", lang).join(
        t("answers_ticket_field_label", lang, label=data.label_zh, label_en=data.label_en)
        for data in TICKET_FIELD_DATA.values()
    )
    body = t(
        "answers_ticket_field_place",
        lang,
        label=spec.label_zh,
        lines=lines,
        first=FIRST_LINE_TEMPLATE.format(amount="X"),
    )
    entry = entry_by_id()[_TICKET_ENTRY]
    source = entry.source(lang)
    return Answer(with_source(body, source, lang), lang, True, entry.id, source, [])
