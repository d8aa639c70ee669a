"""Pure Block Kit builders: data in, Slack JSON out. No I/O, no Slack client.

Slack's limits (checked by tests, and by `slack_sdk.models` when built as objects): 50 blocks per
message, 100 per modal/Home, 3,000 characters per section text, 75 per button/option label,
25 elements per actions block, 24 characters for a modal title.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from bot.conversation.types import Choice, Lang, Progress, Reply
from bot.i18n import KIND_HINTS
from bot.slack_text import escape_mrkdwn
from rules.markets import market_label
from rules.ticket import TICKET_FIELDS

MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_SECTION_CHARS = 3000
MAX_LABEL_CHARS = 75
MAX_ACTIONS_ELEMENTS = 25
MAX_SELECT_OPTIONS = 100
MAX_BUTTON_VALUE_CHARS = 2000
MAX_MODAL_TITLE_CHARS = 24
MAX_PRIVATE_METADATA_CHARS = 3000
MAX_OPTION_VALUE_CHARS = 150
MAX_HEADER_CHARS = 150
MAX_INPUT_LABEL_CHARS = 2000
# Slack refuses a message whose blocks hold more than about 12,000 characters
# (msg_blocks_too_long). One message's text gets at most this many (escaped) characters; the
# rest goes into the next message. The margin leaves room for buttons and a note.
MESSAGE_TEXT_BUDGET = 9000

TICKET_TEXT_START = "入驻云市场已缴纳保证金"
TICKET_TEXT_LAST_LINE = "电话："
_NUMBERED_LABEL = re.compile(r"^\d+\. ")
# Question kinds whose hint says "or the option's number" for options in button order.
_NUMBERED_KINDS = ("bool", "industry")

CHOICE_ACTION_PREFIX = "choice:"
MULTI_SELECT_ACTION = "multi_choice"
MULTI_SUBMIT_ACTION = "multi_submit"
OPEN_TICKET_FORM_ACTION = "open_ticket_form"
TICKET_FORM_CALLBACK = "ticket_form"
HOME_START_ACTION = "home_start"
HOME_RESUME_ACTION = "home_resume"
HOME_HELP_ACTION = "home_help"

TICKET_FIELD_LABELS: dict[str, dict[Lang, str]] = {
    "account": {"zh": "阿里云账号", "en": "Alibaba Cloud account"},
    "company": {"zh": "公司名称", "en": "Company name"},
    "address": {"zh": "快递地址", "en": "Mailing address"},
    "contact": {"zh": "联系人", "en": "Contact person"},
    "phone": {"zh": "电话", "en": "Phone (mainland China)"},
}

_TEXTS: dict[str, dict[Lang, str]] = {
    "confirm": {"zh": "确定", "en": "Confirm"},
    "choose": {"zh": "请选择（可多选）", "en": "Choose (several allowed)"},
    "fill_form": {"zh": "填写工单信息", "en": "Fill in the ticket form"},
    # The ticket tells finance the deposit is paid (入驻云市场已缴纳保证金…，请转财务): no transfer.
    "modal_title": {"zh": "转财务工单", "en": "Deposit ticket (finance)"},
    "submit": {"zh": "提交", "en": "Submit"},
    "cancel": {"zh": "取消", "en": "Cancel"},
    "chosen": {"zh": "已选择", "en": "You chose"},
    "truncated": {"zh": "…（内容过长，已截断）", "en": "… (too long, truncated)"},
    "home_title": {"zh": "云市场服务商入驻", "en": "Cloud Marketplace onboarding"},
    "home_intro": {
        "zh": "我帮助服务商入驻阿里云云市场：检查各市场的入驻条件、计算保证金、起草转财务工单的文字。"
        "请在上方的「消息」标签页与我对话，或点击下方按钮开始。",
        "en": "I help vendors join the Alibaba Cloud Marketplace: check each market's entry "
        "conditions, work out the deposit and draft the deposit ticket for finance. Chat with "
        "me in the Messages tab above, or press a button below to begin.",
    },
    "start": {"zh": "开始", "en": "Start"},
    "resume": {"zh": "继续", "en": "Resume"},
    "help": {"zh": "帮助", "en": "Help"},
    "markets": {"zh": "已选择的市场", "en": "Markets checked"},
    "none": {"zh": "暂无", "en": "none yet"},
    "verdicts": {"zh": "资格结论", "en": "Verdicts"},
    "ticket": {"zh": "保证金工单", "en": "Deposit ticket"},
    "answered": {
        "zh": "已回答 {answered} 题，剩余 {remaining} 题",
        "en": "{answered} answered, {remaining} to go",
    },
}
_VERDICT_WORDS: dict[str, dict[Lang, str]] = {
    "eligible": {"zh": "✅ 符合条件", "en": "✅ eligible"},
    "not_eligible": {"zh": "❌ 不符合", "en": "❌ not eligible"},
    "incomplete": {"zh": "… 信息不全", "en": "… incomplete"},
}
_TICKET_WORDS: dict[str, dict[Lang, str]] = {
    "none": {"zh": "未开始", "en": "not started"},
    "drafting": {"zh": "填写中", "en": "being filled in"},
    "review": {"zh": "待确认", "en": "waiting for your review"},
    "final": {"zh": "已完成", "en": "final"},
}

HELP_TEXT: dict[Lang, str] = {
    "zh": (
        "我可以帮你入驻阿里云云市场：\n"
        "• 判断你的公司符合哪些市场的入驻条件（回答几个问题即可）\n"
        "• 计算需缴纳的保证金，并生成缴纳后提交的转财务工单的文字\n"
        "• 回答入驻流程、保证金、平台服务费等问题\n"
        "直接给我发消息即可，例如「开始」或「保证金交多少」。"
        "命令：`/onboard start` 开始，`/onboard status` 查看进度，`/onboard help` 帮助。"
    ),
    "en": (
        "I help you join the Alibaba Cloud Marketplace:\n"
        "• check which markets your company qualifies for (a few questions)\n"
        "• work out the deposit and draft the text of the deposit ticket (to finance)\n"
        "• answer questions about the joining steps, the deposit and the commission\n"
        "Just message me, e.g. “start” or “How much is the deposit?”. "
        "Commands: `/onboard start`, `/onboard status`, `/onboard help`."
    ),
}


def text_for(key: str, lang: Lang) -> str:
    return _TEXTS[key][lang]


def truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def split_text(text: str, limit: int = MAX_SECTION_CHARS) -> list[str]:
    """Cut into pieces of at most `limit` chars, preferring line breaks, never losing text."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut])
        rest = rest[cut:].lstrip("\n")
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def _section(text: str) -> dict[str, Any]:
    # Slack rejects an empty section text; a lone space keeps the block valid.
    return {"type": "section", "text": {"type": "mrkdwn", "text": text or " "}}


def _plain(text: str, limit: int = MAX_LABEL_CHARS) -> dict[str, Any]:
    return {"type": "plain_text", "text": truncate(text, limit) or " ", "emoji": True}


def _button(text: str, action_id: str, value: str, *, primary: bool = False) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": _plain(text),
        "action_id": action_id,
        "value": value[:MAX_BUTTON_VALUE_CHARS],
    }
    if primary:
        button["style"] = "primary"
    return button


def build_text_sections(text: str, lang: Lang, max_blocks: int) -> list[dict[str, Any]]:
    """Sections holding `text`, at most `max_blocks`; the last says so when text was cut."""
    pieces = split_text(escape_mrkdwn(text))
    if len(pieces) > max_blocks:
        pieces = pieces[:max_blocks]
        marker = "\n" + text_for("truncated", lang)
        pieces[-1] = pieces[-1][: MAX_SECTION_CHARS - len(marker)] + marker
    return [_section(piece) for piece in pieces]


def build_choice_blocks(
    choices: Sequence[Choice], *, multi_select: bool, lang: Lang, numbered: bool = False
) -> list[dict[str, Any]]:
    """Buttons (or a multi-select) for `choices`; `numbered` labels buttons "1. 是" when the
    question invites replying with an option's number."""
    if not choices:
        return []
    if multi_select:
        options = [
            {"text": _plain(choice.label), "value": choice.value[:MAX_OPTION_VALUE_CHARS]}
            for choice in choices[:MAX_SELECT_OPTIONS]
        ]
        return [
            {
                "type": "actions",
                "block_id": "multi_choice",
                "elements": [
                    {
                        "type": "multi_static_select",
                        "action_id": MULTI_SELECT_ACTION,
                        "placeholder": _plain(text_for("choose", lang)),
                        "options": options,
                    },
                    _button(text_for("confirm", lang), MULTI_SUBMIT_ACTION, "submit", primary=True),
                ],
            }
        ]
    buttons = [
        _button(
            f"{index + 1}. {choice.label}" if numbered else choice.label,
            f"{CHOICE_ACTION_PREFIX}{index}",
            choice.value,
        )
        for index, choice in enumerate(choices)
    ]
    return [
        {"type": "actions", "elements": buttons[start : start + MAX_ACTIONS_ELEMENTS]}
        for start in range(0, len(buttons), MAX_ACTIONS_ELEMENTS)
    ]


def form_button_value(form_values: Mapping[str, str], lang: Lang) -> str:
    """What the "fill the form" button carries so the modal opens prefilled."""
    value = json.dumps({"lang": lang, "values": dict(form_values)}, ensure_ascii=False)
    if len(value) > MAX_BUTTON_VALUE_CHARS:
        # Too long to carry: the modal opens empty rather than with cut-off values.
        value = json.dumps({"lang": lang, "values": {}})
    return value


def invites_numbers(text: str) -> bool:
    """The question says its options (in button order) may be answered by number: the
    yes/no and industry hints. Lists with their own numbering (the answers on file, markets)
    are not meant: their numbers need not follow the buttons."""
    return any(hint in text for kind in _NUMBERED_KINDS for hint in KIND_HINTS[kind])


def unnumbered_label(label: str) -> str:
    """A clicked button's label without the "1. " that `build_choice_blocks` put in front."""
    return _NUMBERED_LABEL.sub("", label, count=1)


def ticket_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the deposit-ticket text inside a reply (SPEC decision 8: from
    入驻云市场已缴纳保证金 to the end of its 电话： line), or None when there is none."""
    start = text.find(TICKET_TEXT_START)
    if start < 0:
        return None
    phone = text.find(TICKET_TEXT_LAST_LINE, start)
    if phone < 0:
        return start, len(text)
    line_end = text.find("\n", phone)
    return start, len(text) if line_end < 0 else line_end


def build_message_sections(text: str, lang: Lang, max_blocks: int) -> list[dict[str, Any]]:
    """Text sections; the ticket text, if any, in a code block of its own so it copies exactly."""
    span = ticket_span(text)
    if span is None or span[1] - span[0] > MAX_SECTION_CHARS - 8:
        return build_text_sections(text, lang, max_blocks)
    start, end = span
    before, ticket, after = text[:start].rstrip("\n"), text[start:end], text[end:].lstrip("\n")
    code = _section(f"```{escape_mrkdwn(ticket)}```")
    head = build_text_sections(before, lang, max_blocks) if before else []
    tail = build_text_sections(after, lang, max_blocks) if after else []
    if len(head) + 1 + len(tail) > max_blocks:
        return build_text_sections(text, lang, max_blocks)
    return [*head, code, *tail]


def build_reply_blocks(reply: Reply, *, note: str | None = None) -> list[dict[str, Any]]:
    """The core's `Reply` as one message: text sections, then buttons / select / form button;
    `note` (an adapter's hint, e.g. to @mention the bot in a thread) in a context block last."""
    controls = build_choice_blocks(
        reply.choices,
        multi_select=reply.multi_select,
        lang=reply.lang,
        numbered=invites_numbers(reply.text),
    )
    if reply.form == "ticket":
        controls.append(
            {
                "type": "actions",
                "block_id": "ticket_form",
                "elements": [
                    _button(
                        text_for("fill_form", reply.lang),
                        OPEN_TICKET_FORM_ACTION,
                        form_button_value(reply.form_values, reply.lang),
                        primary=True,
                    )
                ],
            }
        )
    if note:
        controls.append(
            {
                "type": "context",
                "elements": [
                    {"type": "mrkdwn", "text": truncate(escape_mrkdwn(note), MAX_SECTION_CHARS)}
                ],
            }
        )
    controls = controls[: MAX_MESSAGE_BLOCKS - 1]
    sections = build_message_sections(reply.text, reply.lang, MAX_MESSAGE_BLOCKS - len(controls))
    return sections + controls


def split_for_messages(text: str, budget: int = MESSAGE_TEXT_BUDGET) -> list[str]:
    """`text` in parts whose escaped length fits one message, cut between paragraphs, else
    between lines, else anywhere; nothing is lost and the parts keep their order."""
    if len(escape_mrkdwn(text)) <= budget:
        return [text]
    parts: list[str] = []
    current = ""
    for paragraph in text.split("\n\n"):
        candidate = f"{current}\n\n{paragraph}" if current else paragraph
        if len(escape_mrkdwn(candidate)) <= budget:
            current = candidate
            continue
        if current:
            parts.append(current)
        current = ""
        for line in paragraph.split("\n"):
            candidate = f"{current}\n{line}" if current else line
            if len(escape_mrkdwn(candidate)) <= budget:
                current = candidate
                continue
            if current:
                parts.append(current)
            current = line
            while len(escape_mrkdwn(current)) > budget:
                # A single line longer than a message: cut it (escaping at most quintuples).
                cut = budget // 5
                parts.append(current[:cut])
                current = current[cut:]
    if current:
        parts.append(current)
    return parts


def build_reply_messages(
    reply: Reply, *, note: str | None = None
) -> list[tuple[str, list[dict[str, Any]]]]:
    """The core's `Reply` as one message, or several when its text is too long for one:
    (plain text, blocks) each; buttons and the note go on the last, so the vendor answers
    below everything they were shown."""
    parts = split_for_messages(reply.text)
    messages: list[tuple[str, list[dict[str, Any]]]] = [
        (part, build_message_sections(part, reply.lang, MAX_MESSAGE_BLOCKS)) for part in parts[:-1]
    ]
    last = replace(reply, text=parts[-1])
    last_text = f"{last.text}\n\n{note}" if note else last.text
    messages.append((last_text, build_reply_blocks(last, note=note)))
    return messages


def build_chosen_blocks(text: str, chosen_label: str, lang: Lang) -> list[dict[str, Any]]:
    """The clicked message without its buttons (no double click), noting what was picked."""
    sections = build_text_sections(text, lang, MAX_MESSAGE_BLOCKS - 1)
    note = f"{text_for('chosen', lang)}: *{escape_mrkdwn(chosen_label)}*"
    return sections + [
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": truncate(note, MAX_SECTION_CHARS)}],
        }
    ]


def build_ticket_modal(
    form_values: Mapping[str, str], lang: Lang, private_metadata: str
) -> dict[str, Any]:
    """The five ticket fields (block_id = action_id = field name) for `views.open`."""
    blocks = []
    for name in TICKET_FIELDS:
        element: dict[str, Any] = {
            "type": "plain_text_input",
            "action_id": name,
            "multiline": name == "address",
        }
        initial = form_values.get(name)
        if initial:
            element["initial_value"] = initial
        blocks.append(
            {
                "type": "input",
                "block_id": name,
                "label": _plain(TICKET_FIELD_LABELS[name][lang], MAX_INPUT_LABEL_CHARS),
                "element": element,
            }
        )
    return {
        "type": "modal",
        "callback_id": TICKET_FORM_CALLBACK,
        "title": _plain(text_for("modal_title", lang), MAX_MODAL_TITLE_CHARS),
        "submit": _plain(text_for("submit", lang), MAX_MODAL_TITLE_CHARS),
        "close": _plain(text_for("cancel", lang), MAX_MODAL_TITLE_CHARS),
        "private_metadata": private_metadata[:MAX_PRIVATE_METADATA_CHARS],
        "blocks": blocks,
    }


def describe_progress(progress: Progress) -> str:
    """Where the vendor stands, as text (`/onboard status` and the Home tab)."""
    lang = progress.lang
    lines = []
    markets = ", ".join(market_label(m, lang) for m in progress.markets) or text_for("none", lang)
    lines.append(f"*{text_for('markets', lang)}*: {markets}")
    if progress.answered or progress.remaining:
        lines.append(
            text_for("answered", lang).format(
                answered=progress.answered, remaining=progress.remaining
            )
        )
    if progress.verdicts:
        lines.append(f"*{text_for('verdicts', lang)}*:")
        lines += [
            f"• {market_label(v.market, lang)}: {_VERDICT_WORDS[v.status][lang]}"
            for v in progress.verdicts
        ]
    ticket = f"*{text_for('ticket', lang)}*: {_TICKET_WORDS[progress.ticket_status][lang]}"
    if progress.ticket_amount is not None:
        ticket += (
            f" — {progress.ticket_amount:,} 元"
            if lang == "zh"
            else f" — CNY {progress.ticket_amount:,}"
        )
    lines.append(ticket)
    return "\n".join(lines)


def build_home_view(progress: Progress, journey: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """The App Home tab: progress, verdicts, ticket, and start / resume / help buttons; then
    the joining journey's blocks when it has started (handlers.journey_blocks)."""
    lang = progress.lang
    header = {"type": "header", "text": _plain(text_for("home_title", lang), MAX_HEADER_CHARS)}
    buttons = [
        _button(
            text_for("start", lang), HOME_START_ACTION, "start", primary=progress.step == "idle"
        )
    ]
    if progress.step not in {"idle", "done"}:
        buttons.append(
            _button(text_for("resume", lang), HOME_RESUME_ACTION, "resume", primary=True)
        )
    buttons.append(_button(text_for("help", lang), HOME_HELP_ACTION, "help"))
    actions = {"type": "actions", "block_id": "home_actions", "elements": buttons}
    intro = {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": text_for("home_intro", lang)}],
    }
    room = MAX_VIEW_BLOCKS - 4 - len(journey)
    sections = build_text_sections(describe_progress(progress), lang, room)
    blocks = [header, intro, *sections, {"type": "divider"}, actions, *journey]
    return {"type": "home", "blocks": blocks}
