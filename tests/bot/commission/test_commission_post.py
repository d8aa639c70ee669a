"""Posting a month exactly once: DMs, overview + CSV, crash recovery, reruns, 429s."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from fakeslack import BOT_TOKEN, Call, FakeReply, FakeSlack
from slack_sdk.web.async_client import AsyncWebClient

from bot.commission.importer import import_csv
from bot.storage import open_db, utc_now
from handlers.commission.post import MARKER_EVENT, make_client, post_month

CHANNEL = "CCOMMISSION"
MONTH = "2020-10"
VENDORS = {f"服务商{i}": f"U{i:03d}" for i in range(1, 6)}  # linked to Slack users
UNLINKED = "未关联公司"


def settlement_csv() -> bytes:
    rows = ["order_id,vendor,category,amount,distribution,settled_on"]
    for i, vendor in enumerate([*VENDORS, UNLINKED], start=1):
        rows.append(f"W{i},{vendor},website,{i * 100000}.00,false,2020-10-0{i}")
        rows.append(f"S{i},{vendor},服务&代维,1000.50,true,2020-10-1{i}")
    rows.append("A1,服务商1,网站建设,400000,true,2020-10-20")  # 服务商1 website: 500k → tier 3
    rows.append("X1,服务商1,website,1,false,2020-11-01")  # another month, not posted
    return ("\n".join(rows) + "\n").encode()


def prepare(db: sqlite_utils.Database) -> None:
    import_csv(db, settlement_csv(), actor="test")
    for vendor, user in VENDORS.items():
        db.conn.execute(
            "INSERT INTO vendor_links (vendor, team_id, user_id, linked_by, linked_at)"
            " VALUES (?, 'T1', ?, 'test', ?)",
            (vendor, user, utc_now()),
        )


def dms(fake: FakeSlack) -> dict[str, list[dict[str, Any]]]:
    return {user: fake.messages("D" + user) for user in VENDORS.values()}


def assert_posted_exactly_once(fake: FakeSlack) -> None:
    for user, messages in dms(fake).items():
        assert len(messages) == 1, f"{user} got {len(messages)} DMs"
        assert messages[0]["metadata"]["event_type"] == MARKER_EVENT
    overview = fake.messages(CHANNEL)
    assert len(overview) == 1
    uploads = [u for u in fake.uploads() if u.channel == CHANNEL]
    assert sorted(u.filename for u in uploads) == [
        f"commission-{MONTH}.csv",
        f"commission-{MONTH}.png",
    ]
    assert all(upload.thread_ts == overview[0]["ts"] for upload in uploads)


@pytest.fixture
def db(fresh_db: sqlite_utils.Database) -> sqlite_utils.Database:
    database = fresh_db
    prepare(database)
    return database


async def test_dm_per_linked_vendor_and_overview_with_csv(
    fake_slack: FakeSlack, db: sqlite_utils.Database
) -> None:
    settings = fake_slack.settings(onboard_commission_channel=CHANNEL)
    report = await post_month(db, settings, make_client(settings), MONTH, pace_seconds=0)
    assert sorted(report.sent) == sorted(
        [*(f"vendor:{v}" for v in VENDORS), "overview", "overview-csv", "overview-chart"]
    )
    assert report.unlinked_vendors == [UNLINKED]
    assert_posted_exactly_once(fake_slack)

    first = fake_slack.messages("DU001")[0]["text"]
    assert "建站市场（网站建设）：应结算实收现金总额 500,000.00 元，其中分销 400,000.00 元" in first
    assert (
        "第3档，费率 10%；已按第1档 20% 预收 20,000.00 元，应收佣金 10,000.00 元，返还 10,000.00 元"
        in first
    )
    assert (
        "本月该类目应结算实收现金总额 50万元（含分销 40万元），达到第3档（50万元（含）及以上）"
        in first
    )
    assert "tier 3, rate 10%" in first
    assert "服务商2" not in first  # a vendor sees only its own figures

    overview = fake_slack.messages(CHANNEL)[0]["text"]
    assert all(vendor in overview for vendor in VENDORS)
    assert f"vendors not linked to a Slack user (no DM): {UNLINKED}" in overview
    content = fake_slack.uploads()[0].content.decode("utf-8-sig")
    assert fake_slack.uploads()[1].content.startswith(b"\x89PNG")
    assert content.splitlines()[0].startswith("vendor,category,month,status,total")
    assert f"{UNLINKED},website,2020-10,ok,600000.00,0.00,600000.00,3,0.10" in content
    assert "服务商1,website,2020-10,ok,500000.00,400000.00,100000.00,3,0.10,20000.00" in content

    states = db.conn.execute(
        "SELECT target, state, ts IS NOT NULL FROM commission_posts ORDER BY target"
    ).fetchall()
    assert all(state == "sent" and has_ts for _, state, has_ts in states)
    assert len(states) == len(VENDORS) + 3


async def test_second_run_posts_nothing(fake_slack: FakeSlack, db: sqlite_utils.Database) -> None:
    settings = fake_slack.settings(onboard_commission_channel=CHANNEL)
    client = make_client(settings)
    await post_month(db, settings, client, MONTH, pace_seconds=0)
    calls = len(fake_slack.calls("chat.postMessage"))
    again = await post_month(db, settings, client, MONTH, pace_seconds=0)
    assert again.sent == [] and len(again.already_sent) == len(VENDORS) + 3
    assert len(fake_slack.calls("chat.postMessage")) == calls
    assert fake_slack.calls("conversations.open") and len(fake_slack.uploads()) == 2
    assert_posted_exactly_once(fake_slack)


async def test_claimed_post_that_reached_slack_is_not_resent(
    fake_slack: FakeSlack, db: sqlite_utils.Database
) -> None:
    # The process died after Slack accepted the DM but before it recorded the ts.
    settings = fake_slack.settings(onboard_commission_channel=CHANNEL)
    client = make_client(settings)
    marker = f"{MONTH}|vendor:服务商3"
    db.conn.execute(
        "INSERT INTO commission_posts (month, target, vendor, channel, marker, state, claimed_at)"
        " VALUES (?, 'vendor:服务商3', '服务商3', 'DU003', ?, 'claimed', ?)",
        (MONTH, marker, utc_now()),
    )
    delivered = await client.chat_postMessage(
        channel="DU003",
        text="earlier run",
        metadata={"event_type": MARKER_EVENT, "event_payload": {"marker": marker}},
    )
    report = await post_month(db, settings, client, MONTH, pace_seconds=0)
    assert report.confirmed_after_crash == ["vendor:服务商3"]
    assert_posted_exactly_once(fake_slack)
    assert db.conn.execute(
        "SELECT state, ts, attempts FROM commission_posts WHERE target = 'vendor:服务商3'"
    ).fetchone() == ("sent", delivered["ts"], 2)


async def test_claimed_post_that_never_reached_slack_is_sent(
    fake_slack: FakeSlack, db: sqlite_utils.Database
) -> None:
    settings = fake_slack.settings(onboard_commission_channel=CHANNEL)
    db.conn.execute(
        "INSERT INTO commission_posts (month, target, vendor, channel, marker, state, claimed_at)"
        " VALUES (?, 'vendor:服务商3', '服务商3', 'DU003', ?, 'claimed', ?)",
        (MONTH, f"{MONTH}|vendor:服务商3", utc_now()),
    )
    report = await post_month(db, settings, make_client(settings), MONTH, pace_seconds=0)
    assert "vendor:服务商3" in report.sent
    assert_posted_exactly_once(fake_slack)


async def test_rate_limit_is_honoured_without_duplicates(
    fake_slack: FakeSlack, db: sqlite_utils.Database
) -> None:
    settings = fake_slack.settings(onboard_commission_channel=CHANNEL)
    fake_slack.fail("chat.postMessage", status=429, retry_after=0, times=2)
    await post_month(db, settings, make_client(settings), MONTH, pace_seconds=0)
    assert [c.status for c in fake_slack.calls("chat.postMessage")][:2] == [429, 429]
    assert_posted_exactly_once(fake_slack)


async def test_a_month_without_orders_posts_nothing(
    fake_slack: FakeSlack, db: sqlite_utils.Database
) -> None:
    settings = fake_slack.settings(onboard_commission_channel=CHANNEL)
    report = await post_month(db, settings, make_client(settings), "2020-12", pace_seconds=0)
    assert report.nothing_to_post
    assert fake_slack.calls("chat.postMessage") == []


async def test_pacing_one_message_per_second_per_channel(
    fake_slack: FakeSlack, db: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from handlers.commission import post as post_module

    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(post_module.asyncio, "sleep", fake_sleep)
    pacer = post_module._Pacer(1.0, clock=lambda: 100.0)
    await pacer.wait("C1")
    await pacer.wait("C2")
    await pacer.wait("C1")
    assert waits == [1.0]  # only the second message to the same channel waits


def _cli_env(fake: FakeSlack, db_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "ONBOARD_"))}
    env.update(fake.env())
    env.update({"ONBOARD_DB": str(db_path), "ONBOARD_COMMISSION_CHANNEL": CHANNEL})
    fake.invite(CHANNEL)  # /invite @onboard-bot, as docs/SLACK_SETUP.md says
    return env


async def _run_cli(env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "cli",
        "commission",
        "post",
        "--month",
        MONTH,
        env=env,
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_killed_poster_resumes_without_duplicates_or_gaps(
    fake_slack: FakeSlack, tmp_path: Path
) -> None:
    db_path = tmp_path / "onboard.db"
    database = open_db(db_path)
    prepare(database)
    database.close()
    env = _cli_env(fake_slack, db_path)

    # The 3rd DM reaches Slack, but its answer never comes back: the poster is killed while
    # waiting, so its row stays 'claimed' with no ts.
    hung = asyncio.Event()
    release = asyncio.Event()
    seen = 0

    async def deliver_then_hang(call: Call) -> FakeReply | None:
        nonlocal seen
        seen += 1
        if seen != 3:
            return None
        body = FakeSlack._api_post_message(fake_slack, call)
        hung.set()
        await release.wait()
        return FakeReply(body)

    remove = fake_slack.on_call(deliver_then_hang, "chat.postMessage")
    first = await _run_cli(env, tmp_path)
    try:
        await asyncio.wait_for(hung.wait(), 30)
    finally:
        first.kill()
        await first.wait()
        remove()
        release.set()
    assert sum(len(m) for m in dms(fake_slack).values()) == 3
    assert fake_slack.messages(CHANNEL) == []

    second = await _run_cli(env, tmp_path)
    out, err = await second.communicate()
    assert second.returncode == 0, err.decode()
    assert "中断后确认已送达 1 条" in out.decode()
    assert_posted_exactly_once(fake_slack)

    posts = len(fake_slack.calls("chat.postMessage"))
    third = await _run_cli(env, tmp_path)
    out, err = await third.communicate()
    assert third.returncode == 0, err.decode()
    assert "本次发送 0 条" in out.decode()
    assert len(fake_slack.calls("chat.postMessage")) == posts
    assert_posted_exactly_once(fake_slack)


async def test_cli_post_needs_a_token(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "ONBOARD_"))}
    env["ONBOARD_DB"] = str(tmp_path / "x.db")
    proc = await _run_cli(env, tmp_path)
    _, err = await proc.communicate()
    assert proc.returncode == 2
    assert "SLACK_BOT_TOKEN" in err.decode()


def test_posting_client_never_retries_by_itself() -> None:
    # 429 is waited out by the poster (_rate_limited); 5xx and dropped connections are
    # resolved by its claim → post → confirm, never by a blind retry of the client.
    from bot.config import Settings

    client = make_client(Settings(_env_file=None, slack_bot_token=BOT_TOKEN))
    assert isinstance(client, AsyncWebClient)
    assert client.retry_handlers == []
