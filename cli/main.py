"""`onboard-bot` command line (SPEC "Commands"). `python -m cli` and `python -m bot` are the same.

Exit codes: 0 success, 2 bad input (a message on stderr naming the field or row; nothing
written). Each subcommand lives in its own module in this package; this file only parses
arguments, loads settings once and dispatches, importing only the chosen subcommand's module
(so `onboard-bot ask` never loads Slack, aiohttp, matplotlib or openpyxl).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from cli.common import EXIT_BAD_INPUT, EXIT_BROKEN_PIPE, BadInput

# The rules are pydantic models, and pydantic's first model looks through every installed
# package's entry points for pydantic plugins: about 0.05 s of CPU on each start, a tenth of
# `onboard-bot ask`. The project uses no pydantic plugin; an operator who does sets
# PYDANTIC_DISABLE_PLUGINS themselves, and that value is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

if TYPE_CHECKING:
    from bot.ask_settings import AskSettings
    from bot.config import Settings


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="SQLite database file (default: $ONBOARD_DB, else ./onboard.db)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onboard-bot",
        description=(
            "Alibaba Cloud Marketplace (云市场) vendor onboarding bot: eligibility for the "
            "markets, the deposit-transfer ticket, onboarding answers and monthly commission."
        ),
    )
    _add_db(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser(
        "run",
        help="run the Slack bot (Socket Mode; --http for HTTP mode; console if no tokens)",
        description=(
            "Socket Mode when SLACK_BOT_TOKEN and SLACK_APP_TOKEN are set. --http serves "
            "POST /slack/events and GET /healthz (needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET). "
            "With no Slack credentials at all it starts the console chat instead."
        ),
    )
    _add_db(run)
    run.add_argument("--http", action="store_true", help="serve Slack's HTTP mode")
    run.add_argument("--port", type=int, default=3000, help="HTTP port (default 3000)")
    run.add_argument("--host", default="0.0.0.0", help="HTTP bind address (default 0.0.0.0)")

    console = sub.add_parser(
        "console",
        help="chat with the bot in this terminal (also reads piped stdin)",
        description="The same conversations as in Slack, one line in, the reply out.",
    )
    _add_db(console)
    console.add_argument(
        "--user", default="console-user", help="who is typing (default console-user)"
    )
    console.add_argument("--staff", action="store_true", help="allow staff slash commands as lines")

    ask = sub.add_parser("ask", help="one answer from the onboarding knowledge base")
    _add_db(ask)
    ask.add_argument("question", help='e.g. "保证金交多少" or "How is commission calculated?"')

    elig = sub.add_parser(
        "eligibility",
        help="verdict per market from a vendor profile (JSON)",
        description=(
            "Evaluate a vendor profile (JSON object, SPEC 'Vendor profile') against the entry "
            "conditions of the chosen markets (all markets by default)."
        ),
    )
    _add_db(elig)
    elig.add_argument("--answers", required=True, metavar="FILE.json", help="the vendor profile")
    elig.add_argument(
        "--market",
        action="append",
        default=None,
        metavar="ID",
        help="market id or name (repeatable; default all): api, software, service, website, data, "
        "new_retail, security, enterprise, solution, iot, devops, retail_link",
    )
    elig.add_argument("--as-of", metavar="YYYY-MM-DD", help="evaluation date (default today)")
    elig.add_argument("--json", action="store_true", help="machine-readable output (SPEC format)")

    ticket = sub.add_parser(
        "ticket",
        help="print the deposit-transfer ticket text (工单 问题描述)",
        description=(
            "Prints the text to paste into 工单 > 财务类 > 资金管理 > 创建工单, with the deposit for "
            "the given markets in 大写."
        ),
    )
    _add_db(ticket)
    ticket.add_argument(
        "--market",
        action="append",
        required=True,
        metavar="ID",
        help="market id or name (repeatable)",
    )
    ticket.add_argument("--account", required=True, help="阿里云账号")
    ticket.add_argument("--company", required=True, help="公司名称")
    ticket.add_argument("--address", required=True, help="快递地址")
    ticket.add_argument("--contact", required=True, help="联系人")
    ticket.add_argument("--phone", required=True, help="电话 (mainland China)")

    commission = sub.add_parser("commission", help="settlement import and monthly commission")
    csub = commission.add_subparsers(dest="commission_command", metavar="ACTION")
    imp = csub.add_parser(
        "import", help="import settlement rows from a CSV or .xlsx file (all or nothing)"
    )
    _add_db(imp)
    imp.add_argument("file", metavar="FILE.csv|FILE.xlsx")
    summ = csub.add_parser("summary", help="a month's commission per vendor and category")
    _add_db(summ)
    summ.add_argument("--month", required=True, metavar="YYYY-MM")
    summ.add_argument("--vendor", metavar="V")
    summ.add_argument("--json", action="store_true", help="same as --format json")
    summ.add_argument(
        "--format", choices=("table", "csv", "json", "xlsx"), help="output format (table)"
    )
    summ.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout")
    summ.add_argument("--chart", metavar="FILE.png", help="also write a PNG chart of the month")
    post = csub.add_parser("post", help="post a month's summaries to Slack (never twice)")
    _add_db(post)
    post.add_argument("--month", required=True, metavar="YYYY-MM")
    void = csub.add_parser("void", help="void an imported order (it no longer counts)")
    _add_db(void)
    void.add_argument("order_id", metavar="ORDER_ID")
    void.add_argument("--reason", required=True, help="why (kept in the audit log)")
    amend = csub.add_parser("amend", help="correct an imported order's amount/distribution")
    _add_db(amend)
    amend.add_argument("order_id", metavar="ORDER_ID")
    amend.add_argument("--amount", required=True, help="the correct amount (CNY)")
    amend.add_argument("--distribution", help="是/否 (true/false); unchanged if not given")
    amend.add_argument("--reason", required=True, help="why (kept in the audit log)")

    vendor = sub.add_parser(
        "vendor", help="vendors: aliases that merge spellings; erase a vendor's personal data"
    )
    vsub = vendor.add_subparsers(dest="vendor_command", metavar="ACTION")
    alias = vsub.add_parser("alias", help="count NAME's orders (past and future) as CANONICAL's")
    _add_db(alias)
    alias.add_argument("name", metavar="NAME")
    alias.add_argument("canonical", metavar="CANONICAL")
    unalias = vsub.add_parser("unalias", help="undo an alias")
    _add_db(unalias)
    unalias.add_argument("name", metavar="NAME")
    aliases = vsub.add_parser("aliases", help="list the aliases")
    _add_db(aliases)
    erase = vsub.add_parser(
        "erase",
        help="erase a vendor's personal data from every table (the audit log keeps that it did)",
    )
    _add_db(erase)
    erase.add_argument(
        "target", metavar="USER_ID_OR_COMPANY", help="Slack user id, linked vendor name or company"
    )
    purge = sub.add_parser(
        "purge",
        help="forget stored event bodies and sent messages older than the retention period",
    )
    _add_db(purge)
    purge.add_argument(
        "--days", type=int, default=None, help="retention in days (default $ONBOARD_RETENTION_DAYS)"
    )
    return parser


def _dispatch(args: argparse.Namespace) -> Callable[[argparse.Namespace, Any], int]:
    # Imports are lazy so `onboard-bot ticket` does not pay for Slack's import time.
    if args.command == "run":
        from cli.run import cmd_run

        return cmd_run
    if args.command == "console":
        from cli.console import cmd_console

        return cmd_console
    if args.command == "ask":
        from cli.ask import cmd_ask

        return cmd_ask
    if args.command == "eligibility":
        from cli.rules import cmd_eligibility

        return cmd_eligibility
    if args.command == "ticket":
        from cli.rules import cmd_ticket

        return cmd_ticket
    if args.command == "commission":
        from cli import commission as commission_cli

        return {
            "import": commission_cli.cmd_import,
            "summary": commission_cli.cmd_summary,
            "post": commission_cli.cmd_post,
            "void": commission_cli.cmd_void,
            "amend": commission_cli.cmd_amend,
        }[args.commission_command]
    if args.command == "vendor":
        if args.vendor_command == "erase":
            from cli.privacy import cmd_vendor_erase

            return cmd_vendor_erase
        from cli import commission as commission_cli

        return commission_cli.cmd_vendor
    if args.command == "purge":
        from cli.privacy import cmd_purge

        return cmd_purge
    raise AssertionError(args.command)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # No subcommand: the README's "run" experience.
        args = parser.parse_args(["run", *(argv or [])])
    if args.command == "commission" and args.commission_command is None:
        parser.parse_args(["commission", "--help"])
    if args.command == "vendor" and args.vendor_command is None:
        parser.parse_args(["vendor", "--help"])
    if args.command != "ask":
        return _run(args)
    # A one-off answer: what it imports and builds lives until the process ends, so the cyclic
    # garbage collector's passes over it (several, as the heap grows) free nothing; they were
    # about 6 % of `onboard-bot ask` (docs/PERFORMANCE.md). Reference counting still frees.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(args)
    finally:
        if collecting:
            gc.enable()


def _run(args: argparse.Namespace) -> int:
    try:
        settings = _load_settings(args)
    except Exception as exc:
        # pydantic is imported only for a bad setting: `ask` with good ones never needs it.
        from pydantic import ValidationError

        if not isinstance(exc, ValidationError):
            raise
        for error in exc.errors():
            field = ".".join(str(part) for part in error["loc"]).upper()
            print(f"onboard-bot: configuration {field}: {error['msg']}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        code = _dispatch(args)(args, settings)
        # Flush here, not at interpreter exit, so a closed pipe is caught below.
        sys.stdout.flush()
        return code
    except BadInput as exc:
        print(f"onboard-bot: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except Exception as exc:
        # Imported here, not at the top: bot.storage pulls in sqlite_utils, which commands
        # such as `ticket` never need.
        from bot.storage import StorageUnavailable

        if isinstance(exc, StorageUnavailable):
            print(f"onboard-bot: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        raise


def _load_settings(args: argparse.Namespace) -> Settings | AskSettings:
    if args.command == "ask":
        # `ask` needs only the time zone: read without pydantic-settings, a tenth of its
        # start-up (bot/ask_settings.py).
        from bot.ask_settings import load_ask_settings

        return load_ask_settings()
    from bot.config import load_settings

    return load_settings(onboard_db=getattr(args, "db", None))


def _reader_went_away() -> int:
    """The reader of our output left (`… | head -3`): stop quietly, the way the Python docs
    recommend: point stdout at devnull so the interpreter's final flush cannot raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout without a file descriptor (tests' StringIO)
        pass
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
