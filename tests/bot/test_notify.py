"""The staff outbox: queued once per dedupe key, sent once, retried after a failure."""

from __future__ import annotations

import json
import time

import pytest
import sqlite_utils
from fakeslack import FakeSlack

from bot.conversation.types import Notification
from bot.notify import BACKOFF_MAX_SECONDS, enqueue_notifications, enqueue_unposted_handoffs
from handlers.app import build_client
from handlers.outbox_sender import flush_outbox


def _outbox(db: sqlite_utils.Database) -> list[tuple]:
    return [
        tuple(row)
        for row in db.conn.execute(
            "SELECT dedupe_key, kind, text, sent_at IS NOT NULL, attempts FROM outbox ORDER BY id"
        )
    ]


def test_same_dedupe_key_is_queued_once(fresh_db: sqlite_utils.Database) -> None:
    first = Notification("eligible", "A 符合 API市场", "eligible:T1:U1:api")
    assert enqueue_notifications(fresh_db, [first, first]) == 1
    assert enqueue_notifications(fresh_db, [first]) == 0
    assert _outbox(fresh_db) == [("eligible:T1:U1:api", "eligible", "A 符合 API市场", 0, 0)]


async def test_flush_sends_once_and_marks_sent(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    settings = fake_slack.settings(onboard_staff_channel="CSTAFF")
    client = build_client(settings)
    enqueue_notifications(fresh_db, [Notification("ticket_drafted", "工单已起草", "ticket:1")])
    assert await flush_outbox(fresh_db, settings, client) == 1
    assert await flush_outbox(fresh_db, settings, client) == 0
    assert [m["text"] for m in fake_slack.messages("CSTAFF")] == ["工单已起草"]
    assert _outbox(fresh_db) == [("ticket:1", "ticket_drafted", "工单已起草", 1, 1)]


async def test_failed_send_stays_queued_and_is_retried(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    settings = fake_slack.settings(onboard_staff_channel="CSTAFF")
    client = build_client(settings)
    fake_slack.fail("chat.postMessage", status=200, error="channel_not_found", times=1)
    enqueue_notifications(fresh_db, [Notification("eligible", "通知", "k1")])
    assert await flush_outbox(fresh_db, settings, client) == 0
    row = fresh_db.conn.execute("SELECT sent_at, attempts, last_error FROM outbox").fetchone()
    assert row[0] is None and row[1] == 1 and "channel_not_found" in row[2]
    # Backing off: not tried again at once, tried once the backoff has passed.
    assert await flush_outbox(fresh_db, settings, client) == 0
    later = time.time() + BACKOFF_MAX_SECONDS + 1
    assert await flush_outbox(fresh_db, settings, client, clock=lambda: later) == 1
    assert [m["text"] for m in fake_slack.messages("CSTAFF")] == ["通知"]


async def test_no_staff_channel_keeps_rows_waiting(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    settings = fake_slack.settings()
    enqueue_notifications(fresh_db, [Notification("eligible", "通知", "k1")])
    assert await flush_outbox(fresh_db, settings, build_client(settings)) == 0
    assert fake_slack.calls("chat.postMessage") == []
    assert _outbox(fresh_db) == [("k1", "eligible", "通知", 0, 0)]


async def test_unposted_handoffs_are_posted_once_and_marked(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    columns = {row[1] for row in fresh_db.conn.execute("PRAGMA table_info(handoffs)")}
    if not columns:
        pytest.skip("handoffs table (0003_answers) not migrated yet")
    fresh_db.conn.execute(
        "INSERT INTO handoffs (team_id, user_id, question, lang, created_at)"
        " VALUES ('T1', 'UV1', '发票怎么开？', 'zh', '2024-05-01T00:00:00')"
    )
    settings = fake_slack.settings(onboard_staff_channel="CSTAFF")
    client = build_client(settings)
    assert enqueue_unposted_handoffs(fresh_db) == 1
    assert await flush_outbox(fresh_db, settings, client) == 1
    assert enqueue_unposted_handoffs(fresh_db) == 0
    [message] = fake_slack.messages("CSTAFF")
    assert message["text"] == (
        ":raising_hand: 服务商 <@UV1> 请求人工协助（中文） / <@UV1> asks for a human (中文):\n发票怎么开？"
    )
    posted = fresh_db.conn.execute("SELECT posted_at FROM handoffs").fetchone()[0]
    assert posted is not None


# ---------------------------------------------------------------- vendor replies


class _CrashAfterSlackAccepts(BaseException):  # noqa: N818 - it is not an error, it is a kill
    """Stands in for SIGKILL between Slack's answer and the 'sent' mark: a BaseException,
    so nothing in the sender gets to record the outcome."""


def _crashing_client(settings):  # type: ignore[no-untyped-def]
    from handlers.app import build_outbox_client

    client = build_outbox_client(settings)
    original = client.chat_postMessage

    async def post_then_die(**kwargs):  # type: ignore[no-untyped-def]
        await original(**kwargs)
        raise _CrashAfterSlackAccepts

    client.chat_postMessage = post_then_die  # type: ignore[method-assign]
    return client


def _reply_rows(db: sqlite_utils.Database) -> list[tuple]:
    return [
        tuple(row)
        for row in db.conn.execute(
            "SELECT dedupe_key, sending_at IS NOT NULL, sent_at IS NOT NULL, sent_ts FROM outbox"
            " WHERE kind = 'reply' ORDER BY id"
        )
    ]


@pytest.mark.parametrize("thread_ts", [None, "1700000000.000100"])
async def test_reply_accepted_by_slack_before_a_crash_is_not_sent_again(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database, thread_ts: str | None
) -> None:
    from bot.notify import enqueue_reply
    from handlers.app import build_outbox_client

    settings = fake_slack.settings()
    if thread_ts:
        fake_slack.add_message("CPUBLIC", "请帮我看看", ts=thread_ts, user="UV1")
        fake_slack.invite("CPUBLIC")  # a mention thread: the bot is in the channel
    channel = "CPUBLIC" if thread_ts else "DUV1"
    enqueue_reply(
        fresh_db, dedupe_key="reply:Ev1", channel=channel, text="下一题", thread_ts=thread_ts
    )
    with pytest.raises(_CrashAfterSlackAccepts):
        await flush_outbox(fresh_db, settings, _crashing_client(settings))
    assert _reply_rows(fresh_db) == [("reply:Ev1", 1, 0, None)]

    # "Restart": a fresh sender finds the marked message instead of posting it again.
    assert await flush_outbox(fresh_db, settings, build_outbox_client(settings)) == 1
    posted = [m for m in fake_slack.messages(channel) if m.get("user") != "UV1"]
    assert [m["text"] for m in posted] == ["下一题"]
    assert posted[0]["metadata"]["event_payload"] == {"outbox_id": 1}
    assert len(fake_slack.calls("chat.postMessage")) == 1
    assert _reply_rows(fresh_db) == [("reply:Ev1", 1, 1, posted[0]["ts"])]
    lookup = "conversations.replies" if thread_ts else "conversations.history"
    assert len(fake_slack.calls(lookup)) == 1


async def test_reply_after_a_500_is_looked_up_then_sent_once(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    from bot.notify import enqueue_reply
    from handlers.app import build_outbox_client

    settings = fake_slack.settings()
    client = build_outbox_client(settings)
    enqueue_reply(fresh_db, dedupe_key="reply:Ev2", channel="DUV2", text="收到")
    fake_slack.fail("chat.postMessage", status=500, times=1)
    assert await flush_outbox(fresh_db, settings, client) == 0
    # A 500 may hide a delivered message: the row stays "sending" for a lookup.
    assert _reply_rows(fresh_db) == [("reply:Ev2", 1, 0, None)]
    later = time.time() + BACKOFF_MAX_SECONDS + 1
    assert await flush_outbox(fresh_db, settings, client, clock=lambda: later) == 1
    assert len(fake_slack.calls("conversations.history")) == 1
    assert [m["text"] for m in fake_slack.messages("DUV2")] == ["收到"]


async def test_rate_limited_reply_waits_for_retry_after_and_is_not_looked_up(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    from bot.notify import enqueue_reply
    from handlers.app import build_outbox_client

    settings = fake_slack.settings()
    client = build_outbox_client(settings)
    enqueue_reply(fresh_db, dedupe_key="reply:Ev3", channel="DUV3", text="好的")
    fake_slack.fail("chat.postMessage", status=429, retry_after=7, times=1)
    before = time.time()
    assert await flush_outbox(fresh_db, settings, client) == 0
    due, sending = fresh_db.conn.execute(
        "SELECT next_attempt_at, sending_at FROM outbox"
    ).fetchone()
    # Slack said 429, so it has no message: no lookup needed, and Retry-After is honoured.
    assert sending is None
    assert before + 7 <= due <= time.time() + 7.5
    assert await flush_outbox(fresh_db, settings, client, clock=lambda: before + 6) == 0
    assert await flush_outbox(fresh_db, settings, client, clock=lambda: due) == 1
    assert fake_slack.calls("conversations.history") == []
    assert [m["text"] for m in fake_slack.messages("DUV3")] == ["好的"]


async def test_one_channel_backing_off_does_not_hold_up_another(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    from bot.notify import enqueue_reply
    from handlers.app import build_outbox_client

    settings = fake_slack.settings()
    enqueue_reply(fresh_db, dedupe_key="reply:a1", channel="DUA", text="A1")
    enqueue_reply(fresh_db, dedupe_key="reply:a2", channel="DUA", text="A2")
    enqueue_reply(fresh_db, dedupe_key="reply:b1", channel="DUB", text="B1")
    fake_slack.fail("chat.postMessage", status=429, retry_after=30, times=1)
    client = build_outbox_client(settings)
    assert await flush_outbox(fresh_db, settings, client) == 1
    # DUA's first reply is backing off, and its second never overtakes it.
    assert [m["text"] for m in fake_slack.messages("DUA")] == []
    assert [m["text"] for m in fake_slack.messages("DUB")] == ["B1"]
    later = time.time() + 31
    assert await flush_outbox(fresh_db, settings, client, clock=lambda: later) == 2
    assert [m["text"] for m in fake_slack.messages("DUA")] == ["A1", "A2"]


async def test_reply_addressed_to_a_user_opens_the_dm(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    from bot.notify import enqueue_reply
    from handlers.app import build_outbox_client

    settings = fake_slack.settings()
    enqueue_reply(fresh_db, dedupe_key="reply:home", channel="UV9", text="欢迎")
    assert await flush_outbox(fresh_db, settings, build_outbox_client(settings)) == 1
    assert [m["text"] for m in fake_slack.messages("DUV9")] == ["欢迎"]
    assert fresh_db.conn.execute("SELECT posted_channel FROM outbox").fetchone()[0] == "DUV9"


async def test_handoff_queued_by_the_core_is_not_queued_twice(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    fresh_db.conn.execute(
        "INSERT INTO handoffs (team_id, user_id, question, lang, created_at)"
        " VALUES ('T1', 'UV1', '发票怎么开？', 'zh', '2024-05-01T00:00:00')"
    )
    handoff_id = fresh_db.conn.execute("SELECT id FROM handoffs").fetchone()[0]
    enqueue_notifications(
        fresh_db, [Notification("handoff", "UV1 请求人工协助", f"handoff:T1:{handoff_id}")]
    )
    assert enqueue_unposted_handoffs(fresh_db) == 0
    settings = fake_slack.settings(onboard_staff_channel="CSTAFF")
    assert await flush_outbox(fresh_db, settings, build_client(settings)) == 1
    assert len(fake_slack.messages("CSTAFF")) == 1
    assert fresh_db.conn.execute("SELECT posted_at FROM handoffs").fetchone()[0] is not None


# ---------------------------------------------------------------- staff texts (QA 3 and 4)


def _eligible(market: str, user: str = "UV1") -> Notification:
    return Notification(
        "eligible",
        f"服务商 {user} 符合{market}入驻条件",
        f"eligible:T1:{user}:{market}:hash",
        {"team_id": "T1", "user_id": user, "market": market, "deposit": 30000},
    )


def test_handoff_text_is_escaped_whole_and_names_the_vendor_as_a_mention(
    fresh_db: sqlite_utils.Database,
) -> None:
    question = "<!channel> 请帮忙看看 <@USTAFF> <b>x</b> & *bold* " + "长" * 600
    handoff = Notification(
        "handoff",
        f"服务商 UV1 请求人工协助: {question}",
        "handoff:T1:7",
        {"team_id": "T1", "user_id": "UV1", "handoff_id": 7, "question": question, "lang": "zh"},
    )
    assert enqueue_notifications(fresh_db, [handoff]) == 1
    [(_, _, text, _, _)] = _outbox(fresh_db)
    assert text == (
        ":raising_hand: 服务商 <@UV1> 请求人工协助（中文） / <@UV1> asks for a human (中文):\n"
        "&lt;!channel&gt; 请帮忙看看 &lt;@USTAFF&gt; &lt;b&gt;x&lt;/b&gt; &amp; *bold* "
        + "长"
        * 600
    )


def test_two_markets_eligible_in_one_turn_make_one_post_and_never_again(
    fresh_db: sqlite_utils.Database,
) -> None:
    assert enqueue_notifications(fresh_db, [_eligible("api"), _eligible("service")]) == 2
    lead_text = (
        ":white_check_mark: 服务商 <@UV1> 符合API市场、服务市场入驻条件 / "
        "vendor <@UV1> is eligible for: API Market, Service Market"
    )
    assert _outbox(fresh_db) == [
        ("eligible:T1:UV1:api:hash", "eligible", lead_text, 0, 0),
        ("eligible:T1:UV1:service:hash", "eligible", lead_text, 1, 0),
    ]
    # A later turn naming one market already announced and a new one: only the new one.
    assert enqueue_notifications(fresh_db, [_eligible("service"), _eligible("security")]) == 1
    assert _outbox(fresh_db)[-1] == (
        "eligible:T1:UV1:security:hash",
        "eligible",
        ":white_check_mark: 服务商 <@UV1> 符合安全市场入驻条件 / "
        "vendor <@UV1> is eligible for: Security Market",
        0,
        0,
    )


async def test_grouped_eligible_notifications_post_once(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    enqueue_notifications(fresh_db, [_eligible("api"), _eligible("service")])
    settings = fake_slack.settings(onboard_staff_channel="CSTAFF")
    assert await flush_outbox(fresh_db, settings, build_client(settings)) == 1
    assert await flush_outbox(fresh_db, settings, build_client(settings)) == 0
    [message] = fake_slack.messages("CSTAFF")
    assert "API市场、服务市场" in message["text"]


def test_ticket_notification_names_company_and_account_escaped_and_no_contact_data(
    fresh_db: sqlite_utils.Database,
) -> None:
    fields = {"company": "杭州<某某>科技有限公司", "phone": "13800138000"}
    fresh_db.conn.execute(
        "INSERT INTO tickets (team_id, user_id, markets_json, amount, fields_json, text, status,"
        " created_at) VALUES ('T1', 'UV1', '[\"api\"]', 30000, ?, 't', 'final', '2024-05-01')",
        (json.dumps(fields, ensure_ascii=False),),
    )
    drafted = Notification(
        "ticket_drafted",
        "plain",
        "ticket:T1:1",
        {
            "team_id": "T1",
            "user_id": "UV1",
            "ticket_id": 1,
            "amount": 30000,
            "markets": ["api"],
            "company": "杭州<某某>科技有限公司",
            "account": "<!channel>@example.com",
        },
    )
    enqueue_notifications(fresh_db, [drafted, _eligible("api")])
    texts = [row[2] for row in _outbox(fresh_db)]
    assert texts == [
        ":memo: 服务商 <@UV1>（杭州&lt;某某&gt;科技有限公司） 已确认转财务工单 #1（API市场，保证金 30,000 元）"
        " / vendor <@UV1>（杭州&lt;某某&gt;科技有限公司） confirmed deposit ticket #1 (API Market,"
        " deposit CNY 30,000)\n"
        "阿里云账号 / Aliyun account: &lt;!channel&gt;@example.com",
        ":white_check_mark: 服务商 <@UV1>（杭州&lt;某某&gt;科技有限公司） 符合API市场入驻条件 / "
        "vendor <@UV1>（杭州&lt;某某&gt;科技有限公司） is eligible for: API Market",
    ]
