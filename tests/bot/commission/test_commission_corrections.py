"""After posting: late orders, voids, amendments and aliases become corrections, each once."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils
from fakeslack import Call, FakeReply, FakeSlack

from bot.commission.corrections import changes_since_posted, posted_changes_notice
from bot.commission.importer import import_csv
from bot.commission.orders import OrderChangeError, amend_order, void_order
from bot.commission.summary import summarize_month
from bot.commission.vendors import AliasError, add_alias, fold_vendor_name, remove_alias
from bot.storage import open_db, utc_now
from handlers.commission.post import MARKER_EVENT, make_client, post_month

CHANNEL = "CCOMMISSION"
MONTH = "2020-10"
HEADER = "order_id,vendor,category,amount,distribution,settled_on\n"
# The seed's example: A公司 建站 1,000,000 of which 400,000 distribution → commission 60,000.
OCTOBER = (
    HEADER + "A1,A公司,website,600000.00,false,2020-10-05\n"
    "A2,A公司,website,400000.00,true,2020-10-06\n"
    "B1,B公司,website,100000.00,false,2020-10-07\n"
)
LATE = HEADER + "A3,A公司,website,50000.00,false,2020-10-30\n"


@pytest.fixture
def db(fresh_db: sqlite_utils.Database) -> sqlite_utils.Database:
    database = fresh_db
    import_csv(database, OCTOBER.encode(), actor="test")
    for vendor, user in (("A公司", "UA"), ("B公司", "UB")):
        database.conn.execute(
            "INSERT INTO vendor_links (vendor, team_id, user_id, linked_by, linked_at)"
            " VALUES (?, 'T1', ?, 'test', ?)",
            (vendor, user, utc_now()),
        )
    return database


def commission_of(db: sqlite_utils.Database, vendor: str) -> str:
    rows = summarize_month(db, MONTH, vendor)
    return str(sum(row.result.commission or 0 for row in rows))


async def post(fake: FakeSlack, db: sqlite_utils.Database):  # noqa: ANN201
    settings = fake.settings(onboard_commission_channel=CHANNEL)
    return await post_month(db, settings, make_client(settings), MONTH, pace_seconds=0)


async def test_late_order_is_announced_at_import_and_posted_once_as_a_correction(
    fake_slack: FakeSlack, db: sqlite_utils.Database
) -> None:
    await post(fake_slack, db)
    assert len(fake_slack.messages("DUA")) == 1 and len(fake_slack.messages(CHANNEL)) == 1
    overview_ts = fake_slack.messages(CHANNEL)[0]["ts"]

    report = import_csv(db, LATE.encode(), actor="test")
    notice = posted_changes_notice(db, {m for m, _, _ in report.per_month_vendor})
    assert "2020-10 已发布过" in notice and "A公司" in notice and "B公司" not in notice
    assert "佣金 ¥60,000.00 → ¥65,000.00" in notice
    assert "commission ¥60,000.00 → ¥65,000.00" in notice
    assert "commission post --month 2020-10" in notice

    again = await post(fake_slack, db)
    assert again.correction_rounds == [1]
    assert sorted(again.corrections) == ["correction-1:overview", "correction-1:vendor:A公司"]
    dms = fake_slack.messages("DUA")
    assert len(dms) == 2  # the monthly DM and exactly one correction
    correction = dms[1]
    assert correction["text"].startswith("*更正 #1：2020-10")
    assert "佣金 ¥60,000.00 → ¥65,000.00" in correction["text"]
    assert "返还 ¥60,000.00 → ¥65,000.00" in correction["text"]
    assert correction["metadata"]["event_type"] == MARKER_EVENT
    assert len(fake_slack.messages("DUB")) == 1  # B did not change: no correction
    channel = fake_slack.messages(CHANNEL)
    assert len(channel) == 2  # never a second summary: one reply in the overview's thread
    assert channel[1]["thread_ts"] == overview_ts
    assert "A公司" in channel[1]["text"] and "B公司" not in channel[1]["text"]
    assert len([u for u in fake_slack.uploads() if u.filename.endswith(".csv")]) == 1

    calls = len(fake_slack.calls("chat.postMessage"))
    third = await post(fake_slack, db)
    assert third.sent == [] and third.corrections == []
    assert len(fake_slack.calls("chat.postMessage")) == calls
    assert changes_since_posted(db, MONTH) == []
    assert "already sent" in third.text()


async def test_a_crashed_correction_round_resumes_without_duplicates(
    fake_slack: FakeSlack, db: sqlite_utils.Database
) -> None:
    await post(fake_slack, db)
    import_csv(db, LATE.encode(), actor="test")
    fake_slack.fail("chat.postMessage", status=500, times=1)  # the correction DM fails
    with pytest.raises(Exception):  # noqa: B017 - slack_sdk's error for a 500
        await post(fake_slack, db)
    # Meanwhile another late order: the open round is finished as decided, then a new round.
    import_csv(db, (HEADER + "A4,A公司,website,50000.00,false,2020-10-30\n").encode(), actor="t")
    await post(fake_slack, db)
    texts = [m["text"] for m in fake_slack.messages("DUA")]
    assert len(texts) == 3
    assert "更正 #1" in texts[1] and "¥60,000.00 → ¥65,000.00" in texts[1]
    assert "更正 #2" in texts[2] and "¥65,000.00 → ¥70,000.00" in texts[2]
    assert len(fake_slack.messages(CHANNEL)) == 3
    await post(fake_slack, db)
    assert len(fake_slack.messages("DUA")) == 3 and len(fake_slack.messages(CHANNEL)) == 3


async def test_void_and_amend_are_audited_and_corrected(
    fake_slack: FakeSlack, db: sqlite_utils.Database
) -> None:
    await post(fake_slack, db)
    change = void_order(db, "A2", reason="imported by mistake", actor="UFIN")
    assert change.month_posted and "commission post" in change.text()
    # A2 was distribution: the total falls to 600,000, still tier 3, commission unchanged —
    # but the settled total changed, so A is told.
    assert commission_of(db, "A公司") == "60000.00"
    amended = amend_order(db, "B1", amount="120,000.00", reason="bank statement", actor="UFIN")
    assert amended.after == {"amount_fen": 12_000_000, "distribution": 0}
    assert commission_of(db, "B公司") == "24000.00"

    audit = db.conn.execute(
        "SELECT actor, action, subject FROM audit_log WHERE action LIKE 'commission.%'"
        " AND action NOT IN ('commission.import', 'commission.post') ORDER BY id"
    ).fetchall()
    assert audit == [
        ("UFIN", "commission.void", "order:A2"),
        ("UFIN", "commission.amend", "order:B1"),
    ]
    reasons = db.conn.execute("SELECT reason FROM commission_order_changes ORDER BY id").fetchall()
    assert reasons == [("imported by mistake",), ("bank statement",)]

    report = await post(fake_slack, db)
    assert sorted(report.corrections) == [
        "correction-1:overview",
        "correction-1:vendor:A公司",
        "correction-1:vendor:B公司",
    ]
    assert "¥20,000.00 → ¥24,000.00" in fake_slack.messages("DUB")[1]["text"]

    # Re-importing the original file changes nothing: the void and the amendment stand.
    assert import_csv(db, OCTOBER.encode(), actor="test").new_orders == 0
    assert commission_of(db, "B公司") == "24000.00"
    assert changes_since_posted(db, MONTH) == []


def test_void_and_amend_refuse_bad_input(db: sqlite_utils.Database) -> None:
    with pytest.raises(OrderChangeError, match="no imported order"):
        void_order(db, "NOPE", reason="x", actor="U")
    with pytest.raises(OrderChangeError, match="give a reason"):
        void_order(db, "A1", reason="  ", actor="U")
    with pytest.raises(OrderChangeError, match="amount"):
        amend_order(db, "A1", amount="-5", reason="x", actor="U")
    with pytest.raises(OrderChangeError, match="yes/no"):
        amend_order(db, "A1", amount="5", distribution="maybe", reason="x", actor="U")
    void_order(db, "A1", reason="dup", actor="U")
    with pytest.raises(OrderChangeError, match="already voided"):
        void_order(db, "A1", reason="dup", actor="U")
    with pytest.raises(OrderChangeError, match="already voided"):
        amend_order(db, "A1", amount="5", reason="x", actor="U")


ONE_COMPANY = (
    HEADER + "C1,阿里云计算（北京）有限公司,website,105000.00,false,2020-10-05\n"
    "C2,阿里云计算(北京)有限公司,website,105000.00,false,2020-10-06\n"
)


def test_one_company_one_tier_when_names_fold_together(fresh_db: sqlite_utils.Database) -> None:
    import_csv(fresh_db, ONE_COMPANY.encode(), actor="test")
    rows = summarize_month(fresh_db, MONTH)
    # One tier-2 group (31,500), not two tier-1 groups of 21,000 (42,000); shown under one of
    # the file's spellings.
    assert [(r.result.tier, str(r.result.commission)) for r in rows] == [(2, "31500.00")]
    assert rows[0].vendor in {"阿里云计算（北京）有限公司", "阿里云计算(北京)有限公司"}
    assert fold_vendor_name(" ＡＢＣ Ltd ") == fold_vendor_name("abc ltd")


def test_staff_alias_merges_past_and_future_orders_and_can_be_undone(
    fresh_db: sqlite_utils.Database,
) -> None:
    import_csv(
        fresh_db,
        (
            HEADER + "C1,阿里云计算（北京）有限公司,website,105000.00,false,2020-10-05\n"
            "C2,Alibaba Cloud Beijing,website,105000.00,false,2020-10-06\n"
        ).encode(),
        actor="test",
    )
    assert str(sum(r.result.commission for r in summarize_month(fresh_db, MONTH))) == "42000.00"
    text = add_alias(fresh_db, "alibaba cloud  BEIJING", "阿里云计算(北京)有限公司", actor="UFIN")
    assert "Merged" in text
    rows = summarize_month(fresh_db, MONTH)
    assert [(r.vendor, r.result.tier, str(r.result.commission)) for r in rows] == [
        ("阿里云计算(北京)有限公司", 2, "31500.00")
    ]
    # Future orders under the alias count for the canonical vendor too.
    import_csv(
        fresh_db,
        (HEADER + "C3,Alibaba Cloud Beijing,website,1.00,false,2020-10-07\n").encode(),
        actor="t",
    )
    assert len(summarize_month(fresh_db, MONTH)) == 1
    assert summarize_month(fresh_db, MONTH, "ALIBABA cloud beijing")[0].orders == 3
    with pytest.raises(AliasError, match="already one vendor"):
        add_alias(fresh_db, "阿里云计算（北京）有限公司", "Alibaba Cloud Beijing", actor="UFIN")
    with pytest.raises(AliasError, match="control character"):
        add_alias(fresh_db, "X\nY", "Z", actor="UFIN")
    remove_alias(fresh_db, "Alibaba Cloud Beijing", actor="UFIN")
    assert len(summarize_month(fresh_db, MONTH)) == 2
    actions = [
        a
        for (a,) in fresh_db.conn.execute(
            "SELECT action FROM audit_log WHERE action LIKE 'vendor.%'"
        )
    ]
    assert actions == ["vendor.alias", "vendor.unalias"]
    with pytest.raises(AliasError, match="not an alias"):
        remove_alias(fresh_db, "Alibaba Cloud Beijing", actor="UFIN")


async def test_alias_after_posting_is_a_correction(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    import_csv(
        fresh_db,
        (
            HEADER + "C1,甲公司,website,105000.00,false,2020-10-05\n"
            "C2,甲公司北京分公司,website,105000.00,false,2020-10-06\n"
        ).encode(),
        actor="test",
    )
    await post(fake_slack, fresh_db)
    add_alias(fresh_db, "甲公司北京分公司", "甲公司", actor="UFIN")
    changes = changes_since_posted(fresh_db, MONTH)
    assert [(c.vendor, str(c.totals("new")["commission"])) for c in changes] == [
        ("甲公司", "31500.00"),
        ("甲公司北京分公司", "0.00"),
    ]
    report = await post(fake_slack, fresh_db)
    assert report.corrections == ["correction-1:overview"]  # neither vendor is linked
    thread_reply = fake_slack.messages(CHANNEL)[1]["text"]
    assert "¥21,000.00 → ¥31,500.00" in thread_reply


async def test_interrupted_monthly_post_then_late_orders(
    fake_slack: FakeSlack, db: sqlite_utils.Database
) -> None:
    settings = fake_slack.settings(onboard_commission_channel=CHANNEL)
    client = make_client(settings)
    # A's DM goes out, then every post fails: the monthly post is interrupted.
    seen = 0

    def after_first(call: Call) -> FakeReply | None:
        nonlocal seen
        seen += 1
        return None if seen == 1 else FakeReply({"ok": False, "error": "internal_error"}, 500)

    remove = fake_slack.on_call(after_first, "chat.postMessage")
    with pytest.raises(Exception):  # noqa: B017 - slack_sdk's error for a 500
        await post_month(db, settings, client, MONTH, pace_seconds=0)
    remove()
    assert len(fake_slack.messages("DUA")) == 1 and fake_slack.messages("DUB") == []
    # Late orders for both; then the post resumes.
    late = LATE + "B2,B公司,website,150000.00,false,2020-10-30\n"
    import_csv(db, late.encode(), actor="test")
    report = await post_month(db, settings, client, MONTH, pace_seconds=0)
    # B was never shown anything: its monthly DM has today's figures and no correction.
    b = fake_slack.messages("DUB")
    assert len(b) == 1 and "250,000.00 元" in b[0]["text"]
    # A saw the old figures: a correction follows the monthly post in the same run.
    a = fake_slack.messages("DUA")
    assert len(a) == 2 and "¥60,000.00 → ¥65,000.00" in a[1]["text"]
    assert report.correction_rounds == [1]
    assert sorted(report.corrections) == ["correction-1:overview", "correction-1:vendor:A公司"]


async def test_correction_texts_escape_vendor_markup(
    fake_slack: FakeSlack, fresh_db: sqlite_utils.Database
) -> None:
    import_csv(
        fresh_db,
        (HEADER + "X1,<!channel> & Co,website,100.00,false,2020-10-05\n").encode(),
        actor="t",
    )
    await post(fake_slack, fresh_db)
    import_csv(
        fresh_db,
        (HEADER + "X2,<!channel> & Co,website,100.00,false,2020-10-06\n").encode(),
        actor="t",
    )
    await post(fake_slack, fresh_db)
    reply = fake_slack.messages(CHANNEL)[1]["text"]
    assert "&lt;!channel&gt; &amp; Co" in reply and "<!channel>" not in reply


def test_cli_import_names_the_changed_vendors_of_a_posted_month(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.commission.corrections import figures_of, record_shown
    from cli.main import main

    db_path = tmp_path / "c.db"
    (tmp_path / "oct.csv").write_text(OCTOBER, "utf-8")
    (tmp_path / "late.csv").write_text(LATE, "utf-8")
    assert main(["commission", "import", str(tmp_path / "oct.csv"), "--db", str(db_path)]) == 0
    db = open_db(db_path)
    record_shown(db, MONTH, figures_of(summarize_month(db, MONTH)), 0)  # as posting does
    db.close()
    capsys.readouterr()
    assert main(["commission", "import", str(tmp_path / "late.csv"), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "2020-10 已发布过" in out and "A公司: 佣金 ¥60,000.00 → ¥65,000.00" in out
    assert "B公司" not in out.split("已发布过")[1]
