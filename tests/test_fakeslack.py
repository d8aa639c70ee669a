"""The fake Slack behaves like Slack for the real slack_sdk clients the bot uses."""

from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qs

import aiohttp
import pytest
from fakeslack import (
    APP_TOKEN,
    BOT_TOKEN,
    SIGNING_SECRET,
    AckTimeout,
    Call,
    FakeReply,
    FakeSlack,
    FakeSlackThread,
    app_home_opened_event,
    app_mention_event,
    block_actions_payload,
    dm_message_event,
    event_callback,
    interactive_form,
    sign_request,
    slash_command_form,
    text_input_state,
    view_submission_payload,
)
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import builtin_async_handlers
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import (
    FixedValueRetryIntervalCalculator,
)
from slack_sdk.signature import SignatureVerifier
from slack_sdk.socket_mode.aiohttp import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse
from slack_sdk.web.async_client import AsyncWebClient


@pytest.fixture
async def fake_slack() -> Any:
    """The fake with the bot added to C1, the channel these tests post in."""
    async with FakeSlack() as fake:
        fake.invite("C1")
        yield fake


@pytest.fixture
def fake_slack_thread() -> Any:
    with FakeSlackThread() as fake:
        fake.invite("C1")
        yield fake


def client_for(fake: FakeSlack, **kwargs: Any) -> AsyncWebClient:
    return AsyncWebClient(token=BOT_TOKEN, base_url=fake.api_url, **kwargs)


# ------------------------------------------------------------------------------ Web API


async def test_post_message_is_recorded_and_listed_in_history(fake_slack: FakeSlack) -> None:
    client = client_for(fake_slack)
    first = await client.chat_postMessage(channel="C1", text="你好")
    second = await client.chat_postMessage(
        channel="C1",
        text="fallback",
        blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": "*hi*"}}],
    )

    assert first["channel"] == "C1"
    assert float(second["ts"]) > float(first["ts"])
    assert [m["text"] for m in fake_slack.messages("C1")] == ["你好", "fallback"]
    assert fake_slack.messages("C1")[1]["blocks"][0]["text"]["text"] == "*hi*"
    call = fake_slack.calls("chat.postMessage")[0]
    assert call.token == BOT_TOKEN
    assert call.params == {"channel": "C1", "text": "你好"}

    history = await client.conversations_history(channel="C1", oldest=first["ts"], limit=10)
    assert [m["text"] for m in history["messages"]] == ["fallback"]
    newest_first = await client.conversations_history(channel="C1")
    assert [m["ts"] for m in newest_first["messages"]] == [second["ts"], first["ts"]]
    limited = await client.conversations_history(channel="C1", limit=1)
    assert limited["has_more"] is True and len(limited["messages"]) == 1


async def test_posting_to_a_user_lands_in_their_dm(fake_slack: FakeSlack) -> None:
    client = client_for(fake_slack)
    opened = await client.conversations_open(users="U42")
    posted = await client.chat_postMessage(channel="U42", text="hello")

    assert opened["channel"]["id"] == "DU42"
    assert posted["channel"] == "DU42"
    assert fake_slack.messages("DU42")[0]["text"] == "hello"


async def test_update_and_delete_change_the_stored_message(fake_slack: FakeSlack) -> None:
    client = client_for(fake_slack)
    posted = await client.chat_postMessage(channel="C1", text="draft")
    await client.chat_update(channel="C1", ts=posted["ts"], text="final")
    assert fake_slack.messages("C1")[0]["text"] == "final"

    await client.chat_delete(channel="C1", ts=posted["ts"])
    assert fake_slack.messages("C1") == []
    with pytest.raises(SlackApiError) as missing:
        await client.chat_update(channel="C1", ts=posted["ts"], text="again")
    assert missing.value.response["error"] == "message_not_found"


async def test_missing_token_is_not_authed(fake_slack: FakeSlack) -> None:
    client = AsyncWebClient(token=None, base_url=fake_slack.api_url)
    with pytest.raises(SlackApiError) as failure:
        await client.chat_postMessage(channel="C1", text="x")
    assert failure.value.response["error"] == "not_authed"


async def test_form_token_is_accepted(fake_slack: FakeSlack) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.post(
            fake_slack.api_url + "chat.postMessage",
            data={"token": BOT_TOKEN, "channel": "C1", "text": "form"},
        ) as response:
            body = await response.json()
    assert body["ok"] is True
    assert fake_slack.messages("C1")[0]["text"] == "form"


async def test_auth_users_groups_views_and_unknown_methods(fake_slack: FakeSlack) -> None:
    client = client_for(fake_slack)
    fake_slack.set_usergroup("S1", ["U1", "U2"])
    fake_slack.set_user("U7", locale="en-US")

    auth = await client.auth_test()
    members = await client.usergroups_users_list(usergroup="S1")
    user = await client.users_info(user="U7", include_locale=True)
    home = {"type": "home", "blocks": []}
    await client.views_publish(user_id="U1", view=home)
    modal = {"type": "modal", "title": {"type": "plain_text", "text": "工单"}, "blocks": []}
    opened = await client.views_open(trigger_id="123.abc", view=modal)
    await client.views_update(view_id=opened["view"]["id"], view=modal)
    await client.reactions_add(channel="C1", name="eyes", timestamp="1.000001")

    assert (auth["user_id"], auth["bot_id"], auth["team_id"]) == ("UBOT", "BBOT", "T1")
    assert members["users"] == ["U1", "U2"]
    assert user["user"]["locale"] == "en-US"
    assert fake_slack.home_view("U1")["type"] == "home"
    assert [v["method"] for v in fake_slack.views()] == [
        "views.publish",
        "views.open",
        "views.update",
    ]
    assert fake_slack.views("views.update")[0]["view_id"] == opened["view"]["id"]
    assert fake_slack.calls("reactions.add")[0].params["name"] == "eyes"
    with pytest.raises(SlackApiError) as unknown_group:
        await client.usergroups_users_list(usergroup="S404")
    assert unknown_group.value.response["error"] == "no_such_subteam"


async def test_ephemeral_messages_are_kept_apart(fake_slack: FakeSlack) -> None:
    client = client_for(fake_slack)
    await client.chat_postEphemeral(channel="C1", user="U1", text="only you")

    assert fake_slack.messages() == []
    assert fake_slack.ephemerals(user="U1")[0]["text"] == "only you"


async def test_files_upload_v2_end_to_end(fake_slack: FakeSlack) -> None:
    client = client_for(fake_slack)
    content = "vendor,total\n甲,1000000.00\n".encode()

    result = await client.files_upload_v2(
        channel="C1",
        content=content,
        filename="commission-2020-10.csv",
        title="2020-10",
        initial_comment="佣金汇总",
    )

    [upload] = fake_slack.uploads()
    assert upload.content == content
    assert (upload.filename, upload.channel, upload.initial_comment) == (
        "commission-2020-10.csv",
        "C1",
        "佣金汇总",
    )
    assert result["file"]["id"] == upload.file_id


async def test_response_url_posts_are_recorded(fake_slack: FakeSlack) -> None:
    url = fake_slack.make_response_url()
    other = fake_slack.make_response_url()
    async with aiohttp.ClientSession() as session:
        await session.post(url, json={"text": "done", "response_type": "ephemeral"})
        await session.post(other, json={"text": "elsewhere"})

    assert [r.params["text"] for r in fake_slack.responses(url)] == ["done"]
    assert len(fake_slack.responses()) == 2


# ------------------------------------------------------------------------------ faults


@pytest.fixture
def recorded_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the waits slack_sdk's retry handlers ask for, without waiting them out."""
    sleeps: list[float] = []
    real_sleep = asyncio.sleep

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        await real_sleep(0)

    monkeypatch.setattr(builtin_async_handlers, "asyncio", SimpleNamespace(sleep=sleep))
    return sleeps


async def test_429_carries_retry_after_and_the_retry_handler_honours_it(
    fake_slack: FakeSlack, recorded_sleeps: list[float]
) -> None:
    fake_slack.fail("chat.postMessage", status=429, retry_after=7, times=1)
    client = client_for(
        fake_slack, retry_handlers=[AsyncRateLimitErrorRetryHandler(max_retry_count=2)]
    )

    await client.chat_postMessage(channel="C1", text="after the wait")

    statuses = [c.status for c in fake_slack.calls("chat.postMessage")]
    assert statuses == [429, 200]
    assert fake_slack.calls("chat.postMessage")[0].response == {"ok": False, "error": "ratelimited"}
    assert len(recorded_sleeps) == 1 and 7 <= recorded_sleeps[0] < 8
    assert len(fake_slack.messages("C1")) == 1


async def test_429_without_a_retry_handler_surfaces_the_header(fake_slack: FakeSlack) -> None:
    fake_slack.fail("chat.postMessage", status=429, retry_after=3)
    client = client_for(fake_slack)

    with pytest.raises(SlackApiError) as failure:
        await client.chat_postMessage(channel="C1", text="x")

    assert failure.value.response.status_code == 429
    assert failure.value.response.headers["Retry-After"] == "3"
    assert fake_slack.messages() == []


async def test_500_is_retried_by_the_server_error_handler(fake_slack: FakeSlack) -> None:
    fake_slack.fail("chat.postMessage", status=500, times=2)
    handler = AsyncServerErrorRetryHandler(
        max_retry_count=2, interval_calculator=FixedValueRetryIntervalCalculator(0.0)
    )
    client = client_for(fake_slack, retry_handlers=[handler])

    await client.chat_postMessage(channel="C1", text="third time")

    assert [c.status for c in fake_slack.calls("chat.postMessage")] == [500, 500, 200]
    assert len(fake_slack.messages("C1")) == 1


async def test_slack_level_error_and_permanent_fault(fake_slack: FakeSlack) -> None:
    fake_slack.fail("chat.postMessage", status=200, error="channel_not_found", times=None)
    client = client_for(fake_slack)

    for _ in range(3):
        with pytest.raises(SlackApiError) as failure:
            await client.chat_postMessage(channel="C404", text="x")
        assert failure.value.response["error"] == "channel_not_found"
    fake_slack.calm()
    await client.chat_postMessage(channel="C1", text="now")
    assert [m["text"] for m in fake_slack.messages()] == ["now"]


async def test_hang_delays_only_the_named_method(fake_slack: FakeSlack) -> None:
    fake_slack.hang("chat.postMessage", seconds=30)
    client = client_for(fake_slack, timeout=1)

    # The client gives up (a timeout error) while other methods still answer.
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(client.chat_postMessage(channel="C1", text="x"), 0.3)
    assert (await client.auth_test())["ok"] is True


async def test_hook_counts_calls_and_can_answer_itself(fake_slack: FakeSlack) -> None:
    seen: list[str] = []
    enough = asyncio.Event()

    def count(call: Call) -> FakeReply | None:
        seen.append(call.params["text"])
        if len(seen) == 2:
            enough.set()
        if call.params["text"] == "blocked":
            return FakeReply({"ok": False, "error": "is_archived"})
        return None

    remove = fake_slack.on_call(count, method="chat.postMessage")
    client = client_for(fake_slack)
    await client.chat_postMessage(channel="C1", text="one")
    with pytest.raises(SlackApiError):
        await client.chat_postMessage(channel="C1", text="blocked")
    remove()
    await client.chat_postMessage(channel="C1", text="three")

    assert enough.is_set()
    assert seen == ["one", "blocked"]
    assert [m["text"] for m in fake_slack.messages()] == ["one", "three"]


async def test_chaos_is_reproducible_by_seed(fake_slack: FakeSlack) -> None:
    async def statuses(seed: int) -> list[int]:
        fake_slack.reset()
        fake_slack.chaos(rate_429=0.3, rate_500=0.2, seed=seed)
        client = client_for(fake_slack)
        for index in range(40):
            try:
                await client.chat_postMessage(channel="C1", text=str(index))
            except SlackApiError:
                pass
        return [c.status for c in fake_slack.calls("chat.postMessage")]

    first, again, other = await statuses(1), await statuses(1), await statuses(2)

    assert first == again != other
    assert {429, 500, 200} <= set(first)
    assert len(fake_slack.messages()) == other.count(200)


async def test_retry_handlers_deliver_every_message_exactly_once_under_chaos(
    fake_slack: FakeSlack, recorded_sleeps: list[float]
) -> None:
    fake_slack.chaos(rate_429=0.3, rate_500=0.2, seed=7)
    handlers = [
        AsyncRateLimitErrorRetryHandler(max_retry_count=20),
        AsyncServerErrorRetryHandler(
            max_retry_count=20, interval_calculator=FixedValueRetryIntervalCalculator(0.0)
        ),
    ]
    client = client_for(fake_slack, retry_handlers=handlers)

    for index in range(30):
        await client.chat_postMessage(channel="C1", text=str(index))

    assert [m["text"] for m in fake_slack.messages("C1")] == [str(i) for i in range(30)]
    statuses = [c.status for c in fake_slack.calls("chat.postMessage")]
    assert statuses.count(200) == 30 and statuses.count(429) == len(recorded_sleeps) > 0
    assert 500 in statuses


async def test_seeded_history_threads_and_inclusive_bounds(fake_slack: FakeSlack) -> None:
    client = client_for(fake_slack)
    parent = fake_slack.add_message("DU1", "question", user="U1", ts="100.000001")
    fake_slack.add_message("DU1", "reply", user="UBOT", ts="100.000002", thread_ts=parent["ts"])
    fake_slack.add_message("DU1", "later", user="U1", ts="101.000000")

    history = await client.conversations_history(channel="DU1", oldest="100.000001", inclusive=True)
    exclusive = await client.conversations_history(channel="DU1", oldest="100.000001")
    thread = await client.conversations_replies(channel="DU1", ts=parent["ts"])

    assert [m["text"] for m in history["messages"]] == ["later", "question"]
    assert [m["text"] for m in exclusive["messages"]] == ["later"]
    assert [m["text"] for m in thread["messages"]] == ["question", "reply"]


async def test_reset_forgets_calls_faults_and_messages(fake_slack: FakeSlack) -> None:
    client = client_for(fake_slack)
    await client.chat_postMessage(channel="C1", text="before")
    fake_slack.fail("chat.postMessage", status=500, times=None)

    fake_slack.reset()
    await client.chat_postMessage(channel="C1", text="after")

    assert [c.params["text"] for c in fake_slack.calls()] == ["after"]
    assert [m["text"] for m in fake_slack.messages()] == ["after"]


async def test_wait_for_times_out_with_a_useful_message(fake_slack: FakeSlack) -> None:
    await client_for(fake_slack).auth_test()
    with pytest.raises(
        TimeoutError, match=r"chat.postMessage, got 0; last calls: auth.test\(200\)"
    ):
        await fake_slack.wait_for("chat.postMessage", timeout=0.05)


# ------------------------------------------------------------------------------ Socket Mode


async def start_socket_client(fake: FakeSlack) -> tuple[SocketModeClient, list[SocketModeRequest]]:
    received: list[SocketModeRequest] = []
    client = SocketModeClient(
        app_token=APP_TOKEN,
        web_client=client_for(fake),
        ping_interval=0.2,
        auto_reconnect_enabled=True,
    )

    async def listener(socket_client: SocketModeClient, request: SocketModeRequest) -> None:
        received.append(request)
        payload = {"text": "pong"} if request.type == "slash_commands" else None
        await socket_client.send_socket_mode_response(
            SocketModeResponse(envelope_id=request.envelope_id, payload=payload)
        )

    client.socket_mode_request_listeners.append(listener)
    await client.connect()
    await fake.wait_connected()
    return client, received


async def test_socket_mode_client_connects_receives_and_acks(fake_slack: FakeSlack) -> None:
    client, received = await start_socket_client(fake_slack)
    try:
        event = dm_message_event("U1", "保证金多少")
        ack = await fake_slack.send_event(
            event, event_id="Ev1", retry_attempt=1, retry_reason="timeout"
        )
        command_ack = await fake_slack.send_envelope(
            "slash_commands", payload={"command": "/onboard", "text": "help", "user_id": "U1"}
        )
    finally:
        await client.close()

    assert fake_slack.calls("apps.connections.open")[0].token == APP_TOKEN
    assert received[0].type == "events_api"
    assert received[0].payload["event"]["text"] == "保证金多少"
    assert received[0].payload["event_id"] == "Ev1"
    assert (received[0].retry_attempt, received[0].retry_reason) == (1, "timeout")
    assert ack["envelope_id"] == received[0].envelope_id
    assert command_ack["payload"] == {"text": "pong"}
    assert len(fake_slack.acks()) == 2


async def test_unacked_envelope_raises_ack_timeout(fake_slack: FakeSlack) -> None:
    client = SocketModeClient(app_token=APP_TOKEN, web_client=client_for(fake_slack))
    await client.connect()
    try:
        with pytest.raises(AckTimeout, match="not acked"):
            await fake_slack.send_event(app_mention_event("U1", "hi"), timeout=0.2)
    finally:
        await client.close()


@pytest.mark.parametrize("send_disconnect", [True, False], ids=["disconnect-message", "bare-close"])
async def test_socket_mode_client_reconnects_after_a_drop(
    fake_slack: FakeSlack, send_disconnect: bool
) -> None:
    client, received = await start_socket_client(fake_slack)
    try:
        assert await fake_slack.drop_socket_connections(send_disconnect=send_disconnect) == 1
        await fake_slack.wait_connected(timeout=5, total=2)
        await fake_slack.send_event(dm_message_event("U1", "still there?"))
    finally:
        await client.close()

    assert len(fake_slack.calls("apps.connections.open")) >= 2
    assert received[-1].payload["event"]["text"] == "still there?"


async def test_app_token_is_required_for_socket_mode(fake_slack: FakeSlack) -> None:
    with pytest.raises(SlackApiError) as failure:
        await client_for(fake_slack).apps_connections_open(app_token=BOT_TOKEN)
    assert failure.value.response["error"] == "not_allowed_token_type"


# ------------------------------------------------------------------------------ threaded + HTTP


def test_threaded_fake_serves_sync_clients(fake_slack_thread: FakeSlackThread) -> None:
    from slack_sdk import WebClient

    client = WebClient(token=BOT_TOKEN, base_url=fake_slack_thread.api_url)
    client.chat_postMessage(channel="C1", text="from another thread")

    assert fake_slack_thread.api_url.endswith("/api/")
    assert fake_slack_thread.wait_for("chat.postMessage")[0].params["text"] == "from another thread"
    assert fake_slack_thread.messages("C1")[0]["text"] == "from another thread"


def test_signature_matches_slack_sdk_verifier() -> None:
    body = slash_command_form("/onboard", "status", "U1")
    headers = sign_request(body.encode(), SIGNING_SECRET, timestamp=1_700_000_000)
    verifier = SignatureVerifier(SIGNING_SECRET, clock=SimpleNamespace(now=lambda: 1_700_000_010))

    assert verifier.is_valid(
        body, headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"]
    )
    assert not verifier.is_valid(
        body + "x", headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"]
    )
    assert parse_qs(body)["command"] == ["/onboard"]


def test_payload_builders_have_slack_shapes() -> None:
    wrapped = event_callback(dm_message_event("U1", "hi"), event_id="Ev9")
    click = block_actions_payload("U1", "pick_market", "api")
    submitted = view_submission_payload(
        "U1", "ticket_form", text_input_state({"phone": "13800138000"}), private_metadata="7"
    )
    form = parse_qs(interactive_form(submitted))

    assert wrapped["type"] == "event_callback" and wrapped["event"]["channel_type"] == "im"
    assert wrapped["authorizations"][0]["user_id"] == "UBOT"
    assert click["actions"][0] == {
        **click["actions"][0],
        "action_id": "pick_market",
        "value": "api",
    }
    assert click["container"]["type"] == "message" and click["channel"]["id"] == "DU1"
    assert json.loads(form["payload"][0])["view"]["state"]["values"]["phone"]["value"]["value"] == (
        "13800138000"
    )
    assert app_mention_event("U1", "hi")["text"] == "<@UBOT> hi"


# ------------------------------------------------------------------------------ real Bolt


async def test_payload_builders_route_to_bolt_listeners_in_http_mode(fake_slack: FakeSlack) -> None:
    from slack_bolt.async_app import AsyncApp
    from slack_bolt.request.async_request import AsyncBoltRequest

    app = AsyncApp(client=client_for(fake_slack), signing_secret=SIGNING_SECRET)
    routed: list[tuple[str, str]] = []

    @app.command("/onboard")
    async def on_command(ack: Any, command: dict[str, Any]) -> None:
        await ack("ok")
        routed.append(("command", command["text"]))

    @app.action("pick_market")
    async def on_action(ack: Any, body: dict[str, Any]) -> None:
        await ack()
        routed.append(("action", body["actions"][0]["value"]))

    @app.view("ticket_form")
    async def on_view(ack: Any, view: dict[str, Any]) -> None:
        await ack(response_action="errors", errors={"phone": "bad"})
        routed.append(("view", view["state"]["values"]["phone"]["value"]["value"]))

    @app.event("message")
    async def on_message(event: dict[str, Any]) -> None:
        routed.append(("message", event["text"]))

    @app.event("app_mention")
    async def on_mention(event: dict[str, Any]) -> None:
        routed.append(("mention", event["text"]))

    @app.event("app_home_opened")
    async def on_home(event: dict[str, Any]) -> None:
        routed.append(("home", event["user"]))

    async def dispatch(body: str, content_type: str) -> Any:
        headers = {**sign_request(body), "Content-Type": content_type}
        return await app.async_dispatch(AsyncBoltRequest(body=body, headers=headers))

    form = "application/x-www-form-urlencoded"
    as_json = "application/json"
    submitted = view_submission_payload(
        "U1", "ticket_form", text_input_state({"phone": "123"}), private_metadata="7"
    )
    responses = [
        await dispatch(slash_command_form("/onboard", "status", "U1"), form),
        await dispatch(interactive_form(block_actions_payload("U1", "pick_market", "api")), form),
        await dispatch(interactive_form(submitted), form),
        await dispatch(json.dumps(event_callback(dm_message_event("U1", "你好"))), as_json),
        await dispatch(json.dumps(event_callback(app_mention_event("U1", "hi"))), as_json),
        await dispatch(json.dumps(event_callback(app_home_opened_event("U1"))), as_json),
    ]
    forged = await app.async_dispatch(
        AsyncBoltRequest(
            body=slash_command_form("/onboard", "x", "U1"),
            headers={**sign_request("other body"), "Content-Type": form},
        )
    )
    # Event listeners run after the ack, on their own task.
    await fake_slack.wait_until(lambda: len(routed) == 6, message="all six listeners ran")

    assert [r.status for r in responses] == [200] * 6
    assert json.loads(responses[2].body) == {
        "response_action": "errors",
        "errors": {"phone": "bad"},
    }
    assert forged.status == 401
    assert sorted(routed) == sorted(
        [
            ("command", "status"),
            ("action", "api"),
            ("view", "123"),
            ("message", "你好"),
            ("mention", "<@UBOT> hi"),
            ("home", "U1"),
        ]
    )


async def test_threaded_fake_serves_a_bot_on_another_loop(
    fake_slack_thread: FakeSlackThread,
) -> None:
    # The fake runs on its own thread and loop, the Socket Mode client on the test's loop: the
    # layout of a bot started by a benchmark or in a subprocess.
    received: list[str] = []
    client = SocketModeClient(
        app_token=APP_TOKEN,
        web_client=AsyncWebClient(token=BOT_TOKEN, base_url=fake_slack_thread.api_url),
    )

    async def listener(socket_client: SocketModeClient, request: SocketModeRequest) -> None:
        received.append(request.payload["event"]["text"])
        await socket_client.send_socket_mode_response(
            SocketModeResponse(envelope_id=request.envelope_id)
        )

    client.socket_mode_request_listeners.append(listener)
    await client.connect()
    try:
        await asyncio.to_thread(fake_slack_thread.wait_connected)
        ack = await asyncio.to_thread(fake_slack_thread.send_event, dm_message_event("U1", "同步"))
    finally:
        await client.close()

    assert received == ["同步"]
    assert fake_slack_thread.acks() == [ack]


# ------------------------------------------------------------------------------ strict like Slack


async def test_history_needs_the_scope_of_the_channel_type(fake_slack: FakeSlack) -> None:
    from slack_rules import manifest_scopes

    async with FakeSlack(scopes=manifest_scopes() - {"groups:history", "mpim:history"}) as fake:
        fake.invite("C1", "G1")
        fake.add_channel("G2", "mpim")
        client = client_for(fake)
        await client.conversations_history(channel="C1")  # channels:history: granted
        await client.conversations_history(channel="DU1")  # im:history: granted
        for channel, needed in (("G1", "groups:history"), ("G2", "mpim:history")):
            with pytest.raises(SlackApiError) as failure:
                await client.conversations_history(channel=channel)
            body = failure.value.response.data
            assert body["error"] == "missing_scope"
            assert body["needed"] == needed
            assert "channels:history" in body["provided"].split(",")


async def test_posting_or_reading_a_channel_the_bot_is_not_in_is_refused(
    fake_slack: FakeSlack,
) -> None:
    client = client_for(fake_slack)
    for call in (
        client.chat_postMessage(channel="CNEW", text="x"),
        client.conversations_history(channel="CNEW"),
    ):
        with pytest.raises(SlackApiError) as failure:
            await call
        assert failure.value.response["error"] == "not_in_channel"
    fake_slack.invite("CNEW")
    await client.chat_postMessage(channel="CNEW", text="now")
    await client.chat_postMessage(channel="DU9", text="DMs need no invitation")
    fake_slack.kick("CNEW")
    with pytest.raises(SlackApiError):
        await client.chat_postMessage(channel="CNEW", text="gone")


async def test_a_mention_arrives_only_from_a_channel_the_bot_joins(fake_slack: FakeSlack) -> None:
    client, _ = await start_socket_client(fake_slack)
    try:
        await fake_slack.send_event(app_mention_event("U1", "hi", channel="CMENTION"))
    finally:
        await client.close()
    assert "CMENTION" in fake_slack.bot_channels


def test_events_carry_text_the_way_slack_encodes_it() -> None:
    event = dm_message_event("U1", "账号 a@b.com & 公司 <A&B> 见 example.com 和 <@U2>")
    assert event["text"] == (
        "账号 <mailto:a@b.com|a@b.com> &amp; 公司 &lt;A&amp;B&gt; 见 "
        "<http://example.com|example.com> 和 <@U2>"
    )
    assert dm_message_event("U1", "A&B", encode=False)["text"] == "A&B"
    assert app_mention_event("U1", "A&B")["text"] == "<@UBOT> A&amp;B"


async def test_size_and_block_kit_limits(fake_slack: FakeSlack) -> None:
    client = client_for(fake_slack)
    long_section = {"type": "section", "text": {"type": "mrkdwn", "text": "x" * 2900}}
    with pytest.raises(SlackApiError) as failure:
        await client.chat_postMessage(channel="C1", text="t", blocks=[long_section] * 5)
    assert failure.value.response["error"] == "msg_blocks_too_long"
    too_long = {"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}
    too_many = [{"type": "divider"}] * 51
    select = {
        "type": "actions",
        "elements": [
            {
                "type": "static_select",
                "action_id": "s",
                "options": [{"text": {"type": "plain_text", "text": "y" * 76}, "value": "v"}],
            }
        ],
    }
    for blocks in ([too_long], too_many, [select]):
        with pytest.raises(SlackApiError) as failure:
            await client.chat_postMessage(channel="C1", text="t", blocks=blocks)
        assert failure.value.response["error"] == "invalid_blocks"
    modal = {"type": "modal", "title": {"type": "plain_text", "text": "x" * 25}, "blocks": []}
    with pytest.raises(SlackApiError):
        await client.views_open(trigger_id="1.2", view=modal)
    with pytest.raises(SlackApiError):
        await client.views_publish(user_id="U1", view={"type": "home", "blocks": too_many * 2})
    assert fake_slack.messages("C1") == []
    # Text is cut at 40,000 characters, not refused.
    await client.chat_postMessage(channel="C1", text="z" * 40_010)
    assert len(fake_slack.messages("C1")[0]["text"]) == 40_000


async def test_stored_but_answered_500_keeps_the_message(fake_slack: FakeSlack) -> None:
    client = client_for(fake_slack)
    fake_slack.fail("chat.postMessage", status=500, stored=True)
    with pytest.raises(SlackApiError) as failure:
        await client.chat_postMessage(channel="C1", text="kept")
    assert failure.value.response.status_code == 500
    assert [m["text"] for m in fake_slack.messages("C1")] == ["kept"]
