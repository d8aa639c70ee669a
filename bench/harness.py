"""What the benchmarks and the reliability suite share: a bot process, a load generator, stats.

- `BotProcess` starts a server (the real `onboard-bot run --http`, the bare Bolt floor, or the
  console) as a real subprocess, times it to its first 200 on /healthz and to its "ready" log
  line, reads its peak RSS (VmHWM) and can SIGKILL it.
- `run_load` fires prepared Slack requests at a URL with bounded concurrency and records the
  time to each HTTP response (Slack's "ack").
- `machine_info` is the header every result in docs/PERFORMANCE.md carries.

The fake Slack comes from tests/fakeslack.py (put on sys.path here, as pytest does).
"""

from __future__ import annotations

import asyncio
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import aiohttp

REPO_ROOT = Path(__file__).resolve().parent.parent
TESTS_DIR = REPO_ROOT / "tests"
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

from fakeslack import (  # noqa: E402 - needs the sys.path entry above
    BOT_TOKEN,
    SIGNING_SECRET,
    sign_request,
)

PYTHON = sys.executable
BOT_COMMAND = [PYTHON, "-m", "cli"]
BARE_BOLT_SCRIPT = REPO_ROOT / "bench" / "bare_bolt_app.py"
SLACK_ACK_DEADLINE_S = 3.0
# Slack's Events API delivery ceiling: 30,000 events per workspace per app per hour.
SLACK_EVENTS_PER_SECOND_CEILING = 30_000 / 3600


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def read_proc_status_kib(pid: int, field_name: str) -> int | None:
    """A `kB` line of /proc/<pid>/status (VmHWM = peak RSS, VmRSS = current); None if gone."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1])
    return None


@dataclass
class BotProcess:
    """One server subprocess. Use as a context manager; `stop()` is safe to call twice."""

    command: list[str]
    env: dict[str, str]
    port: int | None = None
    ready_marker: str = "ready"
    log_path: Path = field(default_factory=lambda: Path(tempfile.mkstemp(suffix=".log")[1]))
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    healthy_after_s: float | None = None
    ready_line_after_s: float | None = None
    peak_rss_kib: int | None = None

    def start(self, *, timeout: float = 30.0, wait: bool = True) -> BotProcess:
        log_file = self.log_path.open("ab")
        self.started_at = time.perf_counter()
        self.process = subprocess.Popen(
            self.command,
            env=self.env,
            cwd=REPO_ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
        log_file.close()
        if wait and self.port is not None:
            self.wait_healthy(timeout=timeout)
        elif wait:
            self.ready_line_after_s = self.wait_for_log(self.ready_marker, timeout=timeout)
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_healthy(self, *, timeout: float = 30.0) -> float:
        """Poll GET /healthz until 200; also note when the "ready" line appeared in the log."""
        assert self.process is not None and self.port is not None
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"{self.command} exited with {self.process.returncode}:\n{self.log_text()}"
                )
            self._note_ready_line()
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                    sock.sendall(b"GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
                    head = sock.recv(64)
                if head.startswith(b"HTTP/1.") and b" 200 " in head[:16]:
                    self.healthy_after_s = time.perf_counter() - self.started_at
                    self._note_ready_line()
                    return self.healthy_after_s
            except OSError:
                pass
            time.sleep(0.005)
        raise TimeoutError(f"{self.command} not healthy within {timeout}s:\n{self.log_text()}")

    def wait_for_log(self, marker: str, *, timeout: float = 30.0) -> float:
        """Wait for `marker` in the output (Socket Mode and console have no /healthz)."""
        assert self.process is not None
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if marker.lower() in self.log_text().lower():
                return time.perf_counter() - self.started_at
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"{self.command} exited with {self.process.returncode}:\n{self.log_text()}"
                )
            time.sleep(0.005)
        raise TimeoutError(
            f"no {marker!r} from {self.command} within {timeout}s:\n{self.log_text()}"
        )

    def _note_ready_line(self) -> None:
        if self.ready_line_after_s is None and self.ready_marker in self.log_text().lower():
            self.ready_line_after_s = time.perf_counter() - self.started_at

    def sample_peak_rss(self) -> int | None:
        if self.process is not None and self.process.poll() is None:
            value = read_proc_status_kib(self.pid, "VmHWM")
            if value is not None:
                self.peak_rss_kib = max(self.peak_rss_kib or 0, value)
        return self.peak_rss_kib

    def is_alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL: no shutdown hook runs, exactly like a crash or an OOM kill."""
        if self.is_alive():
            assert self.process is not None
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is None:
            return
        self.sample_peak_rss()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def __enter__(self) -> BotProcess:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def bot_env(api_url: str, db_path: Path, **extra: str) -> dict[str, str]:
    """A clean environment for a bot subprocess: the fake's URL, test credentials, a temp DB."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SLACK_", "ONBOARD_"))
    }
    env.update(
        {
            "SLACK_API_URL": api_url,
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "ONBOARD_DB": str(db_path),
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra)
    return env


def http_bot(api_url: str, db_path: Path, **extra_env: str) -> BotProcess:
    port = free_port()
    return BotProcess(
        command=[*BOT_COMMAND, "run", "--http", "--port", str(port), "--host", "127.0.0.1"],
        env=bot_env(api_url, db_path, **extra_env),
        port=port,
    )


def bare_bolt(api_url: str, db_path: Path) -> BotProcess:
    port = free_port()
    return BotProcess(
        command=[PYTHON, str(BARE_BOLT_SCRIPT), "--port", str(port)],
        env=bot_env(api_url, db_path),
        port=port,
    )


# ------------------------------------------------------------------------------ requests


@dataclass(frozen=True)
class SlackRequest:
    """One request as Slack would send it to /slack/events (signed at send time)."""

    kind: str  # "message", "command", "action", or a fault label
    body: str
    content_type: str
    retry_num: int = 0
    event_id: str | None = None
    user: str | None = None
    extra_headers: tuple[tuple[str, str], ...] = ()
    sign: bool = True


def event_request(
    envelope: dict[str, Any], *, retry_num: int = 0, user: str | None = None
) -> SlackRequest:
    return SlackRequest(
        kind="message",
        body=json.dumps(envelope, ensure_ascii=False),
        content_type="application/json",
        retry_num=retry_num,
        event_id=envelope.get("event_id"),
        user=user,
    )


def form_request(kind: str, form_body: str, *, user: str | None = None) -> SlackRequest:
    return SlackRequest(
        kind=kind, body=form_body, content_type="application/x-www-form-urlencoded", user=user
    )


def request_headers(request: SlackRequest, secret: str = SIGNING_SECRET) -> dict[str, str]:
    headers = {"Content-Type": request.content_type}
    if request.sign:
        headers.update(sign_request(request.body.encode("utf-8"), secret))
    if request.retry_num:
        headers["X-Slack-Retry-Num"] = str(request.retry_num)
        headers["X-Slack-Retry-Reason"] = "http_timeout"
    headers.update(dict(request.extra_headers))
    return headers


@dataclass
class Outcome:
    request: SlackRequest
    status: int  # 0 = connection error
    latency_s: float
    body: str = ""


@dataclass
class LoadResult:
    outcomes: list[Outcome]
    elapsed_s: float

    @property
    def latencies_ms(self) -> list[float]:
        return [o.latency_s * 1000 for o in self.outcomes if o.status]

    def statuses(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for outcome in self.outcomes:
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
        return dict(sorted(counts.items()))

    @property
    def throughput(self) -> float:
        return len(self.outcomes) / self.elapsed_s if self.elapsed_s else 0.0


async def send_one(session: aiohttp.ClientSession, url: str, request: SlackRequest) -> Outcome:
    headers = request_headers(request)
    started = time.perf_counter()
    try:
        async with session.post(url, data=request.body.encode("utf-8"), headers=headers) as resp:
            body = await resp.text()
            return Outcome(request, resp.status, time.perf_counter() - started, body)
    except (TimeoutError, aiohttp.ClientError) as exc:
        return Outcome(request, 0, time.perf_counter() - started, repr(exc))


async def run_load(
    url: str, requests: Sequence[SlackRequest], *, concurrency: int, ordered_per_user: bool = False
) -> LoadResult:
    """Send every request with at most `concurrency` in flight; time each to its response.

    With `ordered_per_user`, one user's requests go one after another (a person types the next
    answer after reading the reply); different users still run concurrently.
    """
    connector = aiohttp.TCPConnector(limit=concurrency, force_close=False)
    timeout = aiohttp.ClientTimeout(total=60)
    outcomes: list[Outcome] = []
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        started = time.perf_counter()
        if ordered_per_user:
            lanes: dict[str, list[SlackRequest]] = {}
            for index, request in enumerate(requests):
                lanes.setdefault(request.user or f"anon{index}", []).append(request)
            gate = asyncio.Semaphore(concurrency)

            async def lane(items: list[SlackRequest]) -> None:
                for item in items:
                    async with gate:
                        outcomes.append(await send_one(session, url, item))

            await asyncio.gather(*(lane(items) for items in lanes.values()))
        else:
            queue: asyncio.Queue[SlackRequest] = asyncio.Queue()
            for request in requests:
                queue.put_nowait(request)

            async def worker() -> None:
                while not queue.empty():
                    outcomes.append(await send_one(session, url, queue.get_nowait()))

            await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return LoadResult(outcomes, elapsed)


# ------------------------------------------------------------------------------ statistics


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (no interpolation: p99 of 200 samples is the 198th)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-fraction * len(ordered) // 1))))
    return ordered[rank - 1]


def latency_summary(values_ms: Sequence[float]) -> dict[str, float]:
    return {
        "p50": percentile(values_ms, 0.50),
        "p99": percentile(values_ms, 0.99),
        "max": max(values_ms) if values_ms else float("nan"),
    }


def print_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Print (and return) a Markdown table, so results paste straight into docs/."""
    rendered = [[str(cell) for cell in row] for row in rows]
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rendered]
    text = "\n".join(lines)
    print(text)
    return text


def machine_info() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    total_kib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                total_kib = int(line.split()[1])
    except OSError:
        pass
    if total_kib:
        memory = f"{total_kib / 1024 / 1024:.1f} GiB"

    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "absent"

    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "python": platform.python_version(),
        "slack-bolt": version("slack-bolt"),
        "slack-sdk": version("slack-sdk"),
        "aiohttp": version("aiohttp"),
    }


def machine_line() -> str:
    info = machine_info()
    return (
        f"Machine: {info['nproc']} CPUs ({info['cpu']}), {info['memory']} RAM, "
        f"Python {info['python']}, slack-bolt {info['slack-bolt']}, "
        f"slack-sdk {info['slack-sdk']}, aiohttp {info['aiohttp']}"
    )
