"""The database's files are private (0600) and storage faults are named, not tracebacks."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from bot.storage import open_db, save_profile
from cli.main import main


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_database_and_its_wal_files_are_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual default: files would be 0644 without the fix
    try:
        path = tmp_path / "bot.db"
        db = open_db(path)
        save_profile(db, "T1", "U1", {"team_size": 20}, actor="U1")  # -wal/-shm now exist
        files = [p for p in tmp_path.iterdir() if p.name.startswith("bot.db")]
        assert {p.name for p in files} >= {"bot.db", "bot.db-wal", "bot.db-shm"}
        assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
        db.conn.close()
    finally:
        os.umask(old)


def test_existing_world_readable_database_is_restricted_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    open_db(path).conn.close()
    path.chmod(0o644)
    db = open_db(path)
    assert _mode(path) == 0o600
    save_profile(db, "T1", "U1", {"team_size": 1}, actor="U1")
    assert _mode(tmp_path / "old.db-wal") == 0o600
    db.conn.close()


@pytest.mark.parametrize("problem", ["corrupt", "directory", "under_a_file"])
@pytest.mark.parametrize(
    "command", [["commission", "summary", "--month", "2020-10"], ["console", "--user", "U1"]]
)
def test_unusable_database_is_exit_2_with_a_message(
    problem: str,
    command: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if problem == "corrupt":
        path = tmp_path / "bot.db"
        path.write_bytes(b"this is not a database" * 300)
    elif problem == "directory":
        path = tmp_path / "bot.db"
        path.mkdir()
    else:
        (tmp_path / "file").write_text("x")
        path = tmp_path / "file" / "sub" / "bot.db"
    monkeypatch.setattr("sys.stdin", io.StringIO("开始\n"))
    assert main(["--db", str(path), *command]) == 2
    err = capsys.readouterr().err
    # A read command on a path that cannot exist says so first (nothing is created there).
    named = ("cannot use the database" in err and "数据库不可用" in err) or (
        "数据库文件不存在" in err and "nothing was created" in err
    )
    assert named and str(path) in err
    assert "Traceback" not in err
