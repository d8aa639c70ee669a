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
from bot.i18n import KIND_HINTS, TICKET_FIELD_EXAMPLES, TICKET_FIELD_LABELS
from bot.slack_text import escape_mrkdwn
from bot.texts import VERDICT_MARKS, pick, t
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


def help_text(lang: Lang) -> str:
    """`/onboard help`: the conversation's help (one text for both) and the slash commands."""
    return t("help", lang) + "\n" + t("slack.commands", lang)


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
        marker = "\n" + t("slack.truncated", lang)
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
                        "placeholder": _plain(t("slack.choose", lang)),
                        "options": options,
                    },
                    _button(t("slack.confirm", lang), MULTI_SUBMIT_ACTION, "submit", primary=True),
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
                        t("slack.fill_form", reply.lang),
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
    note = f"{t('slack.chosen', lang)}: *{escape_mrkdwn(chosen_label)}*"
    return sections + [
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": truncate(note, MAX_SECTION_CHARS)}],
        }
    ]


def _field_label(name: str, lang: Lang) -> str:
    """The field's name as the chat asks for it, capitalised as a form label in English."""
    label = pick(TICKET_FIELD_LABELS[name], lang)
    return label[:1].upper() + label[1:]


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
        # The chat's example for the field ("a mainland China number, e.g. 13800138000").
        element["placeholder"] = _plain(pick(TICKET_FIELD_EXAMPLES[name], lang), 150)
        initial = form_values.get(name)
        if initial:
            element["initial_value"] = initial
        blocks.append(
            {
                "type": "input",
                "block_id": name,
                "label": _plain(_field_label(name, lang), MAX_INPUT_LABEL_CHARS),
                "element": element,
            }
        )
    return {
        "type": "modal",
        "callback_id": TICKET_FORM_CALLBACK,
        "title": _plain(t("slack.modal_title", lang), MAX_MODAL_TITLE_CHARS),
        "submit": _plain(t("slack.submit", lang), MAX_MODAL_TITLE_CHARS),
        "close": _plain(t("slack.cancel", lang), MAX_MODAL_TITLE_CHARS),
        "private_metadata": private_metadata[:MAX_PRIVATE_METADATA_CHARS],
        "blocks": blocks,
    }


def describe_progress(progress: Progress) -> str:
    """Where the vendor stands, as text (`/onboard status` and the Home tab)."""
    lang = progress.lang
    lines = []
    markets = ", ".join(market_label(m, lang) for m in progress.markets) or t(
        "progress.none_yet", lang
    )
    lines.append(f"*{t('slack.markets', lang)}*: {markets}")
    if progress.answered or progress.remaining:
        lines.append(
            t("slack.answered", lang, answered=progress.answered, remaining=progress.remaining)
        )
    if progress.verdicts:
        lines.append(f"*{t('progress.verdicts', lang)}*:")
        lines += [
            f"• {market_label(v.market, lang)}: {VERDICT_MARKS[v.status]} {t(f'verdict_word_{v.status}', lang)}"
            for v in progress.verdicts
        ]
    ticket = f"*{t('slack.ticket', lang)}*: {t(f'ticket_status_{progress.ticket_status}', lang)}"
    if progress.ticket_amount is not None:
        ticket += t("slack.ticket_amount", lang, amount=progress.ticket_amount)
    lines.append(ticket)
    return "\n".join(lines)


def build_home_view(progress: Progress, journey: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """The App Home tab: progress, verdicts, ticket, and start / resume / help buttons; then
    the joining journey's blocks when it has started (handlers.journey_blocks)."""
    lang = progress.lang
    header = {"type": "header", "text": _plain(t("slack.home_title", lang), MAX_HEADER_CHARS)}
    buttons = [
        _button(t("slack.start", lang), HOME_START_ACTION, "start", primary=progress.step == "idle")
    ]
    if progress.step not in {"idle", "done"}:
        buttons.append(_button(t("slack.resume", lang), HOME_RESUME_ACTION, "resume", primary=True))
    buttons.append(_button(t("slack.help", lang), HOME_HELP_ACTION, "help"))
    actions = {"type": "actions", "block_id": "home_actions", "elements": buttons}
    intro = {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": t("slack.home_intro", lang)}],
    }
    room = MAX_VIEW_BLOCKS - 4 - len(journey)
    sections = build_text_sections(describe_progress(progress), lang, room)
    blocks = [header, intro, *sections, {"type": "divider"}, actions, *journey]
    return {"type": "home", "blocks": blocks}
