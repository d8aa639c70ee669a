"""Pure Block Kit builders: exact shapes and Slack's limits, cross-checked by slack_sdk.models."""

from __future__ import annotations

import json

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bot.conversation.types import Choice, MarketProgress, Progress, Reply
from bot.texts import VERDICT_MARKS, t
from handlers.blocks import (
    MAX_ACTIONS_ELEMENTS,
    MAX_LABEL_CHARS,
    MAX_MESSAGE_BLOCKS,
    MAX_MODAL_TITLE_CHARS,
    MAX_SECTION_CHARS,
    MAX_VIEW_BLOCKS,
    build_chosen_blocks,
    build_home_view,
    build_reply_blocks,
    build_ticket_modal,
    describe_progress,
    split_text,
    unnumbered_label,
)


def _validate_blocks(blocks: list[dict]) -> None:
    # slack_sdk raises SlackObjectFormationError on any limit it knows about.
    for block in Block.parse_all(blocks):
        block.validate_json()


def _progress(**overrides: object) -> Progress:
    values: dict = dict(
        lang="zh",
        step="verdict",
        markets=["api", "service"],
        answered=5,
        remaining=0,
        verdicts=[MarketProgress("api", "eligible"), MarketProgress("service", "not_eligible")],
        ticket_status="review",
        ticket_amount=60000,
    )
    values.update(overrides)
    return Progress(**values)  # type: ignore[arg-type]


def test_plain_reply_is_one_section_with_escaped_text() -> None:
    blocks = build_reply_blocks(Reply(text="保证金 <3万> & 退还"))
    assert blocks == [
        {"type": "section", "text": {"type": "mrkdwn", "text": "保证金 &lt;3万&gt; &amp; 退还"}}
    ]
    _validate_blocks(blocks)


def test_choices_become_numbered_buttons_with_their_values() -> None:
    reply = Reply(text="有营业执照吗？", choices=[Choice("yes", "是"), Choice("no", "否")])
    blocks = build_reply_blocks(reply)
    assert blocks[1] == {
        "type": "actions",
        "elements": [
            {
                "type": "button",
                "text": {"type": "plain_text", "text": "是", "emoji": True},
                "action_id": "choice:0",
                "value": "yes",
            },
            {
                "type": "button",
                "text": {"type": "plain_text", "text": "否", "emoji": True},
                "action_id": "choice:1",
                "value": "no",
            },
        ],
    }
    _validate_blocks(blocks)


def test_many_long_choices_are_split_into_actions_blocks_of_25_and_labels_cut_to_75() -> None:
    choices = [Choice(f"v{i}", f"选项{i} " + "长" * 100) for i in range(60)]
    blocks = build_reply_blocks(Reply(text="选一个", choices=choices))
    actions = [b for b in blocks if b["type"] == "actions"]
    assert [len(b["elements"]) for b in actions] == [25, 25, 10]
    labels = [e["text"]["text"] for b in actions for e in b["elements"]]
    assert max(len(label) for label in labels) == MAX_LABEL_CHARS
    assert labels[0].endswith("…")
    assert [e["action_id"] for b in actions for e in b["elements"]][-1] == "choice:59"
    assert all(len(b["elements"]) <= MAX_ACTIONS_ELEMENTS for b in actions)
    _validate_blocks(blocks)


def test_long_text_is_split_under_3000_chars_without_losing_any() -> None:
    text = "\n".join(f"第{i}行：" + "字" * 90 for i in range(200))
    blocks = build_reply_blocks(Reply(text=text))
    sections = [b["text"]["text"] for b in blocks]
    assert len(sections) > 1
    assert all(len(s) <= MAX_SECTION_CHARS for s in sections)
    assert "\n".join(sections) == text
    _validate_blocks(blocks)


def test_huge_text_is_capped_at_50_blocks_and_says_it_was_cut() -> None:
    blocks = build_reply_blocks(
        Reply(text="x" * (MAX_SECTION_CHARS * 80), choices=[Choice("a", "A")], lang="en")
    )
    assert len(blocks) == MAX_MESSAGE_BLOCKS
    assert blocks[-1]["type"] == "actions"
    assert blocks[-2]["text"]["text"].endswith("… (too long, truncated)")
    assert all(len(b["text"]["text"]) <= MAX_SECTION_CHARS for b in blocks[:-1])


def test_split_text_never_loses_a_character_without_line_breaks() -> None:
    text = "a" * 7001
    assert split_text(text) == ["a" * 3000, "a" * 3000, "a" * 1001]


def test_multi_select_reply_has_select_and_confirm_button() -> None:
    choices = [Choice("api", "API市场"), Choice("service", "服务市场")]
    blocks = build_reply_blocks(
        Reply(text="选择市场", choices=choices, multi_select=True, lang="en")
    )
    select, confirm = blocks[1]["elements"]
    assert select["type"] == "multi_static_select" and select["action_id"] == "multi_choice"
    assert [o["value"] for o in select["options"]] == ["api", "service"]
    assert confirm["action_id"] == "multi_submit" and confirm["text"]["text"] == "Confirm"
    _validate_blocks(blocks)


def test_ticket_form_reply_has_button_carrying_prefill() -> None:
    reply = Reply(text="请填写工单信息", form="ticket", form_values={"company": "某某公司"})
    button = build_reply_blocks(reply)[-1]["elements"][0]
    assert button["action_id"] == "open_ticket_form"
    assert json.loads(button["value"]) == {"lang": "zh", "values": {"company": "某某公司"}}


def test_ticket_form_prefill_too_long_for_a_button_is_dropped_not_cut() -> None:
    reply = Reply(text="t", form="ticket", form_values={"address": "路" * 3000})
    button = build_reply_blocks(reply)[-1]["elements"][0]
    assert json.loads(button["value"]) == {"lang": "zh", "values": {}}


def test_chosen_blocks_keep_text_drop_buttons_and_name_the_choice() -> None:
    blocks = build_chosen_blocks("有营业执照吗？", "是", "zh")
    assert blocks == [
        {"type": "section", "text": {"type": "mrkdwn", "text": "有营业执照吗？"}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "已选择: *是*"}]},
    ]
    _validate_blocks(blocks)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ticket_modal_has_five_inputs_keyed_by_field(lang: str) -> None:
    modal = build_ticket_modal({"phone": "13800138000"}, lang, '{"user": "U1"}')  # type: ignore[arg-type]
    assert modal["callback_id"] == "ticket_form"
    assert [b["block_id"] for b in modal["blocks"]] == [
        "account",
        "company",
        "address",
        "contact",
        "phone",
    ]
    assert [b["element"]["action_id"] for b in modal["blocks"]] == [
        "account",
        "company",
        "address",
        "contact",
        "phone",
    ]
    assert modal["blocks"][4]["element"]["initial_value"] == "13800138000"
    assert "initial_value" not in modal["blocks"][0]["element"]
    assert len(modal["title"]["text"]) <= MAX_MODAL_TITLE_CHARS
    assert modal["private_metadata"] == '{"user": "U1"}'
    View(**modal).validate_json()


def test_ticket_modal_labels_follow_the_language() -> None:
    zh = build_ticket_modal({}, "zh", "")
    en = build_ticket_modal({}, "en", "")
    assert [b["label"]["text"] for b in zh["blocks"]] == [
        "阿里云账号",
        "公司名称",
        "快递地址",
        "联系人",
        "电话",
    ]
    # The ticket tells finance the deposit is paid; it is no money-transfer ticket.
    assert zh["title"]["text"] == "转财务工单"
    assert en["title"]["text"] == "Deposit ticket (finance)"


def test_home_view_shows_markets_verdicts_ticket_and_buttons() -> None:
    view = build_home_view(_progress())
    assert view["type"] == "home"
    text = "\n".join(b["text"]["text"] for b in view["blocks"] if b["type"] == "section")
    # The same words as the conversation's verdict lines (status_* in bot/texts.py).
    assert "❌ 暂不符合入驻条件" in text and "✅ 符合入驻条件" in text
    assert "60,000 元" in text and "待确认" in text
    actions = [
        e["action_id"] for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    assert actions == ["home_start", "home_resume", "home_help"]
    View(**view).validate_json()


def test_home_view_for_a_new_vendor_has_no_resume() -> None:
    view = build_home_view(
        _progress(
            step="idle",
            markets=[],
            answered=0,
            verdicts=[],
            ticket_status="none",
            ticket_amount=None,
            lang="en",
        )
    )
    actions = [
        e["action_id"] for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    assert actions == ["home_start", "home_help"]
    intro = view["blocks"][1]["elements"][0]["text"]
    assert intro.startswith("I help vendors join the Alibaba Cloud Marketplace")
    assert "Messages tab" in intro
    text = view["blocks"][2]["text"]["text"]
    # The ticket's state in the chat's words ("status" in the conversation says the same).
    assert "none yet" in text and "not drafted" in text
    View(**view).validate_json()


def test_home_view_stays_under_100_blocks_with_many_verdicts() -> None:
    verdicts = [MarketProgress(f"m{i}", "incomplete") for i in range(500)]
    view = build_home_view(_progress(verdicts=verdicts))
    assert len(view["blocks"]) <= MAX_VIEW_BLOCKS
    View(**view).validate_json()


def test_yes_no_buttons_carry_the_numbers_the_question_invites() -> None:
    reply = Reply(
        text="有营业执照吗？\n请回答“是”或“否”（也可回复编号）。",
        choices=[Choice("yes", "是"), Choice("no", "否")],
    )
    labels = [e["text"]["text"] for e in build_reply_blocks(reply)[-1]["elements"]]
    assert labels == ["1. 是", "2. 否"]
    assert unnumbered_label("1. 是") == "是" and unnumbered_label("是") == "是"
    # A list with its own numbering keeps plain labels (its numbers need not follow buttons).
    own = Reply(text="如需修改，请回复编号", choices=[Choice("continue", "继续")])
    assert build_reply_blocks(own)[-1]["elements"][0]["text"]["text"] == "继续"


def test_ticket_text_is_a_code_block_and_the_text_fallback_is_untouched() -> None:
    ticket = (
        "入驻云市场已缴纳保证金叁万元，请转财务\n\n阿里云账号：a@b.com\n公司名称：A&B公司\n"
        "快递地址：杭州\n联系人：张三\n电话：13800138000"
    )
    reply = Reply(text=f"请核对工单：\n\n{ticket}\n\n没问题请确认。", choices=[Choice("c", "确认")])
    blocks = build_reply_blocks(reply)
    assert [b["text"]["text"] for b in blocks if b["type"] == "section"] == [
        "请核对工单：",
        "```" + ticket.replace("&", "&amp;") + "```",
        "没问题请确认。",
    ]
    assert reply.text.endswith("没问题请确认。")  # the Reply (the message's text) is unchanged
    _validate_blocks(blocks)


def test_note_goes_last_in_a_context_block() -> None:
    blocks = build_reply_blocks(Reply(text="你好", choices=[Choice("a", "A")]), note="提示 <x>")
    assert blocks[-1] == {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": "提示 &lt;x&gt;"}],
    }
    _validate_blocks(blocks)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("ticket_status", ["none", "drafting", "review", "final"])
def test_app_home_words_for_each_state_are_the_conversations(lang: str, ticket_status: str) -> None:
    """Same state, same words: App Home says what the chat's `status` and verdict lines say."""
    statuses = ["eligible", "not_eligible", "incomplete"]
    text = describe_progress(
        _progress(
            lang=lang,
            markets=["api", "service", "security"],
            verdicts=[
                MarketProgress(m, s)
                for m, s in zip(["api", "service", "security"], statuses, strict=True)
            ],
            ticket_status=ticket_status,
        )
    )
    assert t(f"ticket_status_{ticket_status}", lang) in text
    for status in statuses:
        assert f"{VERDICT_MARKS[status]} {t(f'verdict_word_{status}', lang)}" in text
