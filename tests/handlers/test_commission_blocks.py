"""Commission Block Kit: literal dicts, Slack's limits through slack_sdk.models, and post_month."""

from __future__ import annotations

from typing import Any

import pytest
import sqlite_utils
from fakeslack import FakeSlack
from slack_sdk.models.blocks import Block
from slack_sdk.web.async_client import AsyncWebClient

from bot.commission.importer import import_csv
from bot.commission.summary import SummaryRow, summarize_month
from bot.storage import utc_now
from handlers.commission.post import post_month
from handlers.commission_blocks import (
    MAX_MESSAGE_BLOCKS,
    build_overview_blocks,
    build_vendor_summary_blocks,
)

# The seed's worked example (网站建设, 100万 of which 40万 distribution) plus a category
# without a rate (新零售) for the same vendor.
SEED_EXAMPLE_CSV = (
    "order_id,vendor,category,amount,distribution,settled_on\n"
    "W1,A公司,网站建设,600000.00,false,2020-10-05\n"
    "W2,A公司,网站建设,400000.00,true,2020-10-06\n"
    "N1,A公司,新零售,1234.50,false,2020-10-07\n"
)


@pytest.fixture
def db(fresh_db: sqlite_utils.Database) -> sqlite_utils.Database:
    database = fresh_db
    import_csv(database, SEED_EXAMPLE_CSV.encode(), actor="test")
    return database


def rows_of(db: sqlite_utils.Database) -> list[SummaryRow]:
    return summarize_month(db, "2020-10")


def assert_valid_for_slack(blocks: list[dict[str, Any]]) -> None:
    assert 0 < len(blocks) <= MAX_MESSAGE_BLOCKS
    for block in blocks:
        parsed = Block.parse(block)
        assert parsed is not None, block
        parsed.validate_json()  # raises SlackObjectFormationError past any limit
        assert parsed.to_dict() == block


def mrkdwn(text: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": text}


def test_vendor_blocks_for_the_seed_example(db: sqlite_utils.Database) -> None:
    blocks = build_vendor_summary_blocks("A公司", "2020-10", rows_of(db))
    assert_valid_for_slack(blocks)
    assert [block["type"] for block in blocks] == [
        "header",
        "section",
        "context",
        "section",
        "context",
        "context",
    ]
    assert blocks[0]["text"]["text"] == "2020-10 平台服务费月结 · Commission 2020-10 · A公司"
    new_retail, website = blocks[1], blocks[3]
    assert website == {
        "type": "section",
        "text": mrkdwn("*网站建设（建站市场 · Website Building Market）*"),
        "fields": [
            mrkdwn("*应结算实收现金总额 / Settled total*\n1,000,000.00 元"),
            mrkdwn("*其中分销 / Distribution*\n400,000.00 元"),
            mrkdwn("*计佣金额 / Commissionable*\n600,000.00 元"),
            mrkdwn("*档位 · 费率 / Tier · rate*\n第3档 · tier 3 · 10%"),
            mrkdwn("*已预收（第1档 20%） / Pre-charged (tier 1, 20%)*\n120,000.00 元"),
            mrkdwn("*应收佣金 / Commission*\n60,000.00 元"),
            mrkdwn("*返还 / Refund*\n60,000.00 元"),
        ],
    }
    assert blocks[4]["elements"][0]["text"] == (
        "本月该类目应结算实收现金总额 100万元（含分销 40万元），达到第3档（50万元（含）及以上）"
    )
    assert blocks[4]["elements"][1]["text"].startswith(
        "This month's settled cash total in this category is CNY 1,000,000.00"
    )
    # No rate in the policy: said so, never a made-up 0 % or commission figure.
    assert new_retail["fields"] == [
        mrkdwn("*应结算实收现金总额 / Settled total*\n1,234.50 元"),
        mrkdwn("*其中分销 / Distribution*\n0.00 元"),
        mrkdwn("*计佣金额 / Commissionable*\n1,234.50 元"),
        mrkdwn("*档位 · 费率 / Tier · rate*\n无费率 / no rate in the policy"),
    ]
    assert "分销订单不参与抽佣" in blocks[-1]["elements"][0]["text"]


def test_overview_blocks_totals_rows_and_unlinked(db: sqlite_utils.Database) -> None:
    blocks = build_overview_blocks("2020-10", rows_of(db), ["B&C <公司>"])
    assert_valid_for_slack(blocks)
    assert blocks[0]["text"]["text"] == "2020-10 平台服务费月结 / Commission summary 2020-10"
    assert blocks[1]["fields"] == [
        mrkdwn("*服务商 / Vendors*\n1"),
        mrkdwn("*总额 / Total*\n1,001,234.50 元"),
        mrkdwn("*佣金 / Commission*\n60,000.00 元"),
        mrkdwn("*返还 / Refund*\n60,000.00 元"),
    ]
    assert blocks[2] == {"type": "divider"}
    assert blocks[4]["text"]["text"] == "*A公司* · 网站建设（建站市场 · Website Building Market）"
    assert blocks[4]["fields"][0]["text"] == (
        "*总额 / Total*\n1,000,000.00 元（分销 / distribution 400,000.00 元）"
    )
    assert blocks[-1]["elements"][0]["text"].endswith("(no DM): B&amp;C &lt;公司&gt;")


def test_overview_of_many_rows_stays_within_fifty_blocks(fresh_db: sqlite_utils.Database) -> None:
    lines = ["order_id,vendor,category,amount,distribution,settled_on"]
    lines += [f"O{i},服务商{i:03d},website,{i}.00,false,2020-10-01" for i in range(1, 121)]
    import_csv(fresh_db, ("\n".join(lines) + "\n").encode(), actor="test")
    blocks = build_overview_blocks("2020-10", rows_of(fresh_db), ["未关联"])
    assert len(blocks) == MAX_MESSAGE_BLOCKS
    assert_valid_for_slack(blocks)
    shown = [b for b in blocks if b["type"] == "section" and "text" in b]
    assert len(shown) == 45
    assert blocks[-2]["elements"][0]["text"] == (
        "…… 其余 75 行见附件 CSV / 75 more rows in the attached CSV"
    )


def test_long_vendor_name_is_clipped_to_slack_limits(db: sqlite_utils.Database) -> None:
    blocks = build_vendor_summary_blocks("长" * 400, "2020-10", rows_of(db))
    assert_valid_for_slack(blocks)
    assert len(blocks[0]["text"]["text"]) == 150
    assert blocks[0]["text"]["text"].endswith("…")


async def test_post_month_sends_blocks_alongside_the_text(
    fake_slack: FakeSlack, db: sqlite_utils.Database
) -> None:
    db.conn.execute(
        "INSERT INTO vendor_links (vendor, team_id, user_id, linked_by, linked_at)"
        " VALUES ('A公司', 'T1', 'UA', 'test', ?)",
        (utc_now(),),
    )
    settings = fake_slack.settings(onboard_commission_channel="CCOMM")
    client = AsyncWebClient(token=settings.slack_bot_token, base_url=fake_slack.api_url)
    await post_month(db, settings, client, "2020-10", pace_seconds=0)

    [dm] = fake_slack.messages("DUA")
    assert dm["text"].startswith("*2020-10 云市场平台服务费（佣金）月结 · A公司*")
    assert dm["blocks"] == build_vendor_summary_blocks("A公司", "2020-10", rows_of(db))
    [overview] = fake_slack.messages("CCOMM")
    # The same title as the overview's blocks (it was "commission summary for 2020-10" here).
    assert overview["text"].startswith("*2020-10 平台服务费月结 / Commission summary 2020-10*")
    assert overview["blocks"] == build_overview_blocks("2020-10", rows_of(db), [])
