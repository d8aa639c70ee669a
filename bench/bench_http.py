"""Ack latency and throughput of `onboard-bot run --http` next to a bare Bolt app (the floor).

    .venv/bin/python bench/bench_http.py [--burst 200] [--sustained 3000] [--concurrency 32]

Both servers run as real subprocesses against a fake Slack (tests/fakeslack.py) in this
process, each with a fresh temp database. The load is what Slack would send: signed DM message
events walking many distinct vendors through the eligibility questions, `/onboard` slash
commands and button clicks (block_actions), all on POST /slack/events.

Phases, each against both servers:
  warm-up    50 requests, not counted (first auth.test, imports, SQLite pages)
  burst      --burst distinct vendors, one request each, all in flight at once
  sustained  --sustained requests, at most --concurrency in flight, each vendor's messages in
             order (a person answers after the previous reply), as fast as the servers go

Ack latency is the time to the HTTP response (what Slack's 3-second deadline measures).
Replies: after the load, every DM message and button click must have produced exactly one
chat.postMessage in that vendor's DM, and every slash command one response_url post; the table
shows arrived vs expected, duplicates and how long the backlog took to drain after the last ack.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# bench/ is not a package, and the fake Slack lives beside the tests (as pytest sees it).
sys.path[:0] = [
    str(Path(__file__).resolve().parent),
    str(Path(__file__).resolve().parents[1] / "tests"),
]

from fakeslack import (  # noqa: E402
    FakeSlackThread,
    block_actions_payload,
    dm_message_event,
    event_callback,
    interactive_form,
    slash_command_form,
)
from harness import (  # noqa: E402 - bench/ is not a package
    SLACK_ACK_DEADLINE_S,
    SLACK_EVENTS_PER_SECOND_CEILING,
    BotProcess,
    LoadResult,
    SlackRequest,
    bare_bolt,
    event_request,
    form_request,
    http_bot,
    latency_summary,
    machine_line,
    print_table,
    run_load,
)

# What a vendor types, in walk-through order: start, pick markets, then answers of the kinds
# the eligibility questions take. Whatever step a vendor is at, each message gets one reply
# (an answer, a re-ask with the reason, or the next question), which is all the bench counts.
WALK_THROUGH_TEXTS = (
    "开始",
    "api",
    "是",
    "2018-03-01",
    "100万",
    "25",
    "有",
    "7x24",
    "3",
    "是",
    "是",
    "是",
)
BUTTON_VALUES = ("api", "yes", "no", "7x24", "continue")
STAFF_CHANNEL = "CSTAFF"


@dataclass
class Expected:
    dm_replies: Counter[str]  # channel -> chat.postMessage count
    responses: int


def build_mix(
    count: int, *, users: int, user_prefix: str, response_url: str
) -> tuple[list[SlackRequest], Expected]:
    """`count` requests: ~70 % DM messages, ~15 % slash commands, ~15 % button clicks."""
    requests: list[SlackRequest] = []
    dm_replies: Counter[str] = Counter()
    responses = 0
    step_of: Counter[str] = Counter()
    user_ids = [f"{user_prefix}{index:05d}" for index in range(users)]
    for index, user in zip(range(count), itertools.cycle(user_ids), strict=False):
        slot = index % 20
        if slot < 14:
            text = WALK_THROUGH_TEXTS[step_of[user] % len(WALK_THROUGH_TEXTS)]
            step_of[user] += 1
            envelope = event_callback(dm_message_event(user, text))
            requests.append(event_request(envelope, user=user))
            dm_replies[f"D{user}"] += 1
        elif slot < 17:
            word = "status" if slot % 2 else "help"
            body = slash_command_form("/onboard", word, user, response_url=response_url)
            requests.append(form_request("command", body, user=user))
            responses += 1
        else:
            value = BUTTON_VALUES[index % len(BUTTON_VALUES)]
            payload = block_actions_payload(user, "choice:0", value, channel=f"D{user}")
            requests.append(form_request("action", interactive_form(payload), user=user))
            dm_replies[f"D{user}"] += 1
    return requests, Expected(dm_replies, responses)


@dataclass
class PhaseResult:
    server: str
    phase: str
    load: LoadResult


@dataclass
class ReplyCheck:
    expected: int
    arrived: int
    lost: int
    duplicated: int
    responses_expected: int
    responses_arrived: int
    drain_s: float


def count_replies(
    fake: FakeSlackThread, channels: Counter[str], response_url: str
) -> tuple[Counter[str], int]:
    posted: Counter[str] = Counter()
    for call in fake.calls("chat.postMessage"):
        channel = str(call.params.get("channel", ""))
        if call.ok and channel in channels:
            posted[channel] += 1
    return posted, len(fake.responses(response_url))


def wait_for_replies(
    fake: FakeSlackThread,
    expected: Expected,
    response_url: str,
    *,
    timeout: float,
) -> ReplyCheck:
    """Wait until every expected reply arrived (or nothing moved for a while), then compare."""
    started = time.perf_counter()
    want = sum(expected.dm_replies.values())
    last_total, last_change = -1, time.perf_counter()
    while True:
        posted, responses = count_replies(fake, expected.dm_replies, response_url)
        total = sum(posted.values()) + responses
        now = time.perf_counter()
        if total != last_total:
            last_total, last_change = total, now
        done = sum(posted.values()) >= want and responses >= expected.responses
        if done or now - started > timeout or now - last_change > 10:
            break
        time.sleep(0.05)
    drain = time.perf_counter() - started
    time.sleep(0.5)  # anything arriving late now is a duplicate, not a straggler
    posted, responses = count_replies(fake, expected.dm_replies, response_url)
    lost = sum(max(0, n - posted[ch]) for ch, n in expected.dm_replies.items())
    duplicated = sum(max(0, posted[ch] - expected.dm_replies[ch]) for ch in posted)
    return ReplyCheck(
        expected=want,
        arrived=sum(posted.values()),
        lost=lost,
        duplicated=duplicated,
        responses_expected=expected.responses,
        responses_arrived=responses,
        drain_s=drain,
    )


def run_server(
    name: str, process: BotProcess, fake: FakeSlackThread, args: argparse.Namespace, *, tag: str
) -> tuple[list[PhaseResult], ReplyCheck, int | None]:
    url = process.url + "/slack/events"
    response_url = fake.make_response_url()
    warm, _ = build_mix(50, users=50, user_prefix=f"{tag}W", response_url=fake.make_response_url())
    asyncio.run(run_load(url, warm, concurrency=10))
    burst, burst_expected = build_mix(
        args.burst, users=args.burst, user_prefix=f"{tag}B", response_url=response_url
    )
    sustained, sustained_expected = build_mix(
        args.sustained, users=args.users, user_prefix=f"{tag}S", response_url=response_url
    )
    phases = [PhaseResult(name, "burst", asyncio.run(run_load(url, burst, concurrency=args.burst)))]
    process.sample_peak_rss()
    phases.append(
        PhaseResult(
            name,
            "sustained",
            asyncio.run(
                run_load(url, sustained, concurrency=args.concurrency, ordered_per_user=True)
            ),
        )
    )
    process.sample_peak_rss()
    combined = Expected(
        burst_expected.dm_replies + sustained_expected.dm_replies,
        burst_expected.responses + sustained_expected.responses,
    )
    check = ReplyCheck(0, 0, 0, 0, 0, 0, 0.0)
    if args.check_replies.get(name, False):
        check = wait_for_replies(fake, combined, response_url, timeout=args.drain_timeout)
    process.sample_peak_rss()
    return phases, check, process.peak_rss_kib


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--burst", type=int, default=200)
    parser.add_argument("--sustained", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument(
        "--users", type=int, default=250, help="distinct vendors in the sustained run"
    )
    parser.add_argument("--drain-timeout", type=float, default=120.0)
    parser.add_argument("--only", choices=("bot", "bare"), help="run one server only")
    args = parser.parse_args()
    args.check_replies = {"onboard-bot": True, "bare bolt": False}

    print(machine_line())
    results: list[PhaseResult] = []
    checks: dict[str, ReplyCheck] = {}
    rss: dict[str, int | None] = {}
    with FakeSlackThread() as fake, tempfile.TemporaryDirectory() as tmp:
        fake.invite(STAFF_CHANNEL)  # /invite @onboard-bot, as in docs/SLACK_SETUP.md
        servers = [
            ("bare bolt", bare_bolt(fake.api_url, Path(tmp) / "bare.db"), "X"),
            (
                "onboard-bot",
                http_bot(fake.api_url, Path(tmp) / "bot.db", ONBOARD_STAFF_CHANNEL=STAFF_CHANNEL),
                "U",
            ),
        ]
        for name, process, tag in servers:
            if args.only and (args.only == "bot") != (name == "onboard-bot"):
                continue
            with process:
                phases, check, peak = run_server(name, process, fake, args, tag=tag)
                results += phases
                checks[name] = check
                rss[name] = peak
                errors = process.log_text().count("Traceback")
                if errors:
                    print(f"!! {name}: {errors} tracebacks in its log ({process.log_path})")

    print()
    rows = []
    for result in results:
        summary = latency_summary(result.load.latencies_ms)
        rows.append(
            [
                result.server,
                result.phase,
                len(result.load.outcomes),
                " ".join(f"{status}×{n}" for status, n in result.load.statuses().items()),
                f"{summary['p50']:.1f}",
                f"{summary['p99']:.1f}",
                f"{summary['max']:.1f}",
                f"{result.load.throughput:.0f}",
            ]
        )
    rows.append(
        [
            "Slack",
            "deadline / ceiling",
            "",
            "",
            "",
            f"{SLACK_ACK_DEADLINE_S * 1000:.0f}",
            "",
            f"{SLACK_EVENTS_PER_SECOND_CEILING:.1f}",
        ]
    )
    print_table(
        [
            "server",
            "phase",
            "requests",
            "statuses",
            "ack p50 ms",
            "ack p99 ms",
            "ack max ms",
            "req/s",
        ],
        rows,
    )
    print()
    print_table(
        [
            "server",
            "replies expected",
            "arrived",
            "lost",
            "duplicated",
            "responses exp/arrived",
            "drain after last ack s",
            "peak RSS MB",
        ],
        [
            [
                name,
                check.expected,
                check.arrived,
                check.lost,
                check.duplicated,
                f"{check.responses_expected}/{check.responses_arrived}",
                f"{check.drain_s:.1f}",
                f"{(rss[name] or 0) / 1024:.0f}",
            ]
            for name, check in checks.items()
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
