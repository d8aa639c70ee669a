"""Where one of the ticket's fields goes: "联系电话 139… 应该填在工单里的哪个位置", "公司名称写在
工单哪一栏", "where do I put our phone number in the ticket?", or the vendor's place confirmed
("电话一栏填这个就行吧" → 是的).

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
    # "这些信息要写在工单哪里" (holdout54 #174): the ticket between.
    r"|(填|写|放)(在|到)(工单|问题描述)(的)?(里|中|里面)?(的)?(哪|哪里|哪儿|什么地方|哪个位置|哪一栏)"
    r"|\bwhere (do|should|does|can|must) (i|we|it|the \w+|our \w+( \w+)?) (go|put|write|enter|fill|type|add)\b"
    r"|\bwhich (field|line|box|part|section)\b"
    # "Where in the ticket do our company name and phone go?"
    r"|\bwhere in the (\w+ )?(ticket|description)\b.{0,60}\b(go|goes|belong|belongs)\b"
)
# The vendor's own place confirmed ("电话一栏填这个就行吧", "it goes in the phone field, right?"):
# 是的 / Yes first.
_CONFIRMS_PLACE = lazy_compile(
    r"(一栏|这一栏|那一栏|这栏|那栏|一项|这一项|那一项|一行|这一行|那一行|框|字段|那里|这里)"
    r"[^，,。？?]{0,8}(就行|就可以|就好|可以|对|没错|没问题|行)[^，,。？?]{0,2}(吧|吗|么|嘛)"
    r"|(填|写)(这个|X)(就行|就可以|就好|可以|对|行)?[^，,。？?]{0,2}(吧|吗|么|嘛)"
    r"|\b(field|line|box)\b[^?.]{0,20}\b(right|correct|is that (right|ok|okay|correct))\s*\?"
)


# The other fields asked, besides one named: "除了电话还要写哪些", "besides the phone number, what
# else goes in the ticket?" — the other lines first, not the named field's place.
_BESIDES = lazy_compile(
    r"除了|除去|除此之外|\b(besides|apart from|other than|aside from|except( for)?|in addition to)\b"
)
_ASKS_ELSE = lazy_compile(
    r"还(要|得|需要|应该|有)?[^，,。？?]{0,4}(写|填|提供|给|附|加)?(哪些|什么|啥|其他|别的)"
    r"|\b(what else|anything else|which other|what other|other fields|the rest)\b"
    r"|\bwhat (do|should|must) (i|we) (also )?(write|fill|put|include|give)\b"
)


# A number the vendor would write ("13912345678", "158 0000 1111"): one word between the field
# and "可以吧" ("电话那栏我填 13912345678 可以吧").
_WRITTEN_NUMBER = lazy_compile(r"\d[\d\s-]{5,}\d")
# A field only the ticket asks for (电话, 快递地址), filled in and asked about with what else:
# "电话填13912345678可以吧？还要填哪些" is about the ticket with no 工单 named.
_TICKET_ONLY_FIELD = lazy_compile(r"电话|手机|快递地址|\b(phone|mailing address)\b")
_FILLS = lazy_compile(r"填|写|\b(fill|write|enter|put)\b")


def _about_ticket(norm: str) -> bool:
    """The message is about the ticket: it names it, or fills a field only the ticket has and
    asks what else to fill."""
    if _TICKET_WORDS.search(norm):
        return True
    return bool(
        _TICKET_ONLY_FIELD.search(norm)
        and _FILLS.search(norm)
        and _ASKS_ELSE.search(norm)
        and _CONFIRMS_PLACE.search(norm)
    )


# A part of the message about filling the ticket in ("除了电话还要填啥", "what else goes in it").
_ABOUT_FILLING = lazy_compile(r"填|写|栏|\b(fill|write|enter|put|field|line|box|goes?)\b")


def covers_message(parts: list[str], found: Answer, lang: Lang) -> bool:
    """`found` places a field and lists every line of the 问题描述, so the message's other parts
    about filling the ticket in ("除了电话还要填啥") are answered by it too."""
    if len(parts) < 2 or found.topic != _TICKET_ENTRY:
        return False
    placed = field_place_answer(parts[0], lang) or field_place_answer(" ".join(parts), lang)
    if placed is None or not found.text.startswith(placed.text[: placed.text.rfind("\n")]):
        return False
    return all(_ABOUT_FILLING.search(normalize(part)) for part in parts[1:])


def _fields_named(norm: str) -> list[str]:
    names = []
    for name, labels in PASTED_LABELS.items():
        words = (*labels, *TICKET_FIELD_DATA[name].aliases, TICKET_FIELD_DATA[name].label_en)
        if any(normalize(word) in norm for word in words if len(word) > 1):
            names.append(name)
    return names


# "我是公司行政": who is asking, no company-name field named (dev30f #32).
_SPEAKER = lazy_compile(
    r"我是(我们)?(公司|我司|这边)?的?(行政|财务|出纳|会计|销售|运营|技术|老板|负责人|人事|hr|助理|员工)"
)


def field_place_answer(question: str, lang: Lang) -> Answer | None:
    """The field's line in the ticket's 问题描述, when where one field goes is asked."""
    norm = _SPEAKER.sub(" ", _WRITTEN_NUMBER.sub("X", normalize(question)))
    besides = _besides_answer(norm, lang)
    if besides is not None:
        return besides
    confirms = bool(_CONFIRMS_PLACE.search(norm))
    if not (_about_ticket(norm) and (_ASKS_PLACE.search(norm) or confirms)):
        return None
    named = _fields_named(norm)
    if "contact" in named and "phone" in named:
        # "联系电话": a phone number, not the contact person.
        named.remove("contact")
    if not named or (len(named) > 1 and confirms):
        return None
    lines = t("list_separator", lang).join(
        t("answers_ticket_field_label", lang, label=data.label_zh, label_en=data.label_en)
        for data in TICKET_FIELD_DATA.values()
    )
    first = FIRST_LINE_TEMPLATE.format(amount="X")
    if len(named) > 1:
        # "where do our company name, address and phone go": each on its own line.
        labels = t("list_separator", lang).join(
            t("answers_ticket_field_line", lang, label=TICKET_FIELD_DATA[name].label_zh)
            for name in named
        )
        body = t("answers_ticket_fields_place", lang, labels=labels, lines=lines, first=first)
    else:
        label = TICKET_FIELD_DATA[named[0]].label_zh
        body = t("answers_ticket_field_place", lang, label=label, lines=lines, first=first)
    if confirms:
        body = t("answers_ticket_field_confirmed", lang) + body
    entry = entry_by_id()[_TICKET_ENTRY]
    source = entry.source(lang)
    return Answer(with_source(body, source, lang), lang, True, entry.id, source, [])


def _besides_answer(norm: str, lang: Lang) -> Answer | None:
    """The ticket's other lines first, when what else besides the fields named is asked."""
    if not (_TICKET_WORDS.search(norm) and _BESIDES.search(norm) and _ASKS_ELSE.search(norm)):
        return None
    if _CONFIRMS_PLACE.search(norm):
        # "电话一栏填这个就行吧？除了电话还要填啥": 是的 and every line already answer both.
        return None
    named = _fields_named(norm)
    if "contact" in named and "phone" in named:
        named.remove("contact")
    if not named:
        return None
    separator = t("list_separator", lang)
    others = separator.join(
        t("answers_ticket_field_label", lang, label=data.label_zh, label_en=data.label_en)
        for name, data in TICKET_FIELD_DATA.items()
        if name not in named
    )
    given = separator.join(
        t(
            "answers_ticket_field_label",
            lang,
            label=TICKET_FIELD_DATA[name].label_zh,
            label_en=TICKET_FIELD_DATA[name].label_en,
        )
        for name in named
    )
    first = FIRST_LINE_TEMPLATE.format(amount="X")
    body = t("answers_ticket_fields_besides", lang, others=others, given=given, first=first)
    entry = entry_by_id()[_TICKET_ENTRY]
    source = entry.source(lang)
    return Answer(with_source(body, source, lang), lang, True, entry.id, source, [])
