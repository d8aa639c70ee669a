"""The floor for bench_http.py: a slack-bolt AsyncApp that only acks, served like the real bot.

Same framework, same aiohttp server, same signature check, same Web API client pointed at
SLACK_API_URL; no conversation core, no SQLite. Whatever latency the real bot adds on top of
this is ours, not Bolt's.

    SLACK_BOT_TOKEN=xoxb-… SLACK_SIGNING_SECRET=… SLACK_API_URL=http://127.0.0.1:N/api/ \
        python bench/bare_bolt_app.py --port 3100
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys

from aiohttp import web
from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

ANYTHING = re.compile(".*")


def build_bare_app(*, token: str, signing_secret: str, api_url: str) -> AsyncApp:
    app = AsyncApp(
        client=AsyncWebClient(token=token, base_url=api_url),
        signing_secret=signing_secret,
    )

    async def ack_only(ack: AsyncAck) -> None:
        await ack()

    async def ignore_event() -> None:
        return None

    app.event(ANYTHING)(ignore_event)
    app.command(ANYTHING)(ack_only)
    app.action(ANYTHING)(ack_only)
    app.view(ANYTHING)(ack_only)
    return app


def build_web_app(app: AsyncApp) -> web.Application:
    # The same aiohttp application Bolt builds for the real bot (handlers/runner.py), plus /healthz.
    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    web_app = app.web_app(path="/slack/events")
    web_app.router.add_get("/healthz", healthz)
    return web_app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=3100)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    app = build_bare_app(
        token=os.environ["SLACK_BOT_TOKEN"],
        signing_secret=os.environ["SLACK_SIGNING_SECRET"],
        api_url=os.environ.get("SLACK_API_URL", "https://slack.com/api/"),
    )

    async def announce(_: web.Application) -> None:
        print(f"bare bolt app ready on http://{args.host}:{args.port}", file=sys.stderr, flush=True)

    web_app = build_web_app(app)
    web_app.on_startup.append(announce)
    web.run_app(web_app, host=args.host, port=args.port, print=None, access_log=None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
