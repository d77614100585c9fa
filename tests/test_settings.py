"""The one settings table (etl/settings.py): typed values from the environment, and every reader
goes through it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from etl import cli, settings
from tests.conftest import ROOT

# The code of each kind of reader (README column "read by").
READER_CODE = {
    settings.ETL: ["etl"],
    settings.DASHBOARD: ["dashboard.py", "dashboard_lib", "app_pages"],
    settings.CONSOLE: ["dashboard_lib", "app_pages"],
    settings.IMPORT: ["dashboard_lib", "app_pages"],
    settings.REVIEW: ["dashboard_lib", "app_pages"],
}


def _sources(*places: str) -> dict[Path, str]:
    out = {}
    for place in places:
        path = ROOT / place
        files = [path] if path.is_file() else sorted(path.rglob("*.py"))
        out.update({f: f.read_text(encoding="utf-8") for f in files})
    return out


def _reads(source: str, name: str) -> bool:
    """Whether the code asks the table for the setting (settings.get/get_int/raw, db_path)."""
    if name == "db" and "settings.db_path()" in source:
        return True
    return re.search(rf"settings\.(get|get_int|raw)\(\s*['\"]{name}['\"]", source) is not None


def test_defaults_and_types(monkeypatch: pytest.MonkeyPatch) -> None:
    for s in settings.SETTINGS:
        monkeypatch.delenv(s.env, raising=False)
    assert settings.get("workers") == 0
    assert settings.get("console_timeout_s") == 5.0
    assert settings.get("build_memory") == "512MB"
    assert settings.db_path() == ROOT / "data" / "tracker.duckdb"
    assert settings.get("upload_max_files") == 200


def test_environment_overrides_one_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_CONSOLE_MAX_ROWS", "7")
    monkeypatch.setenv("TRACKER_DB", "rel/x.duckdb")
    monkeypatch.setenv("TRACKER_UPLOAD_DIR", "/abs/uploads")
    monkeypatch.setenv("TRACKER_WORKERS", "  ")  # blank: the default
    assert settings.get("console_max_rows") == 7
    assert settings.get_int("workers") == 0
    assert settings.db_path() == ROOT / "rel" / "x.duckdb"  # relative to the repository
    assert settings.get("upload_dir") == Path("/abs/uploads")
    assert settings.get("table_max_rows") == 5000


@pytest.mark.parametrize("env,value", [("TRACKER_WORKERS", "two"),
                                       ("TRACKER_CONSOLE_TIMEOUT_S", "nan"),
                                       ("TRACKER_UPLOAD_MAX_MB", "1.5")])
def test_malformed_value_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, env: str,
                                          value: str) -> None:
    monkeypatch.setenv(env, value)
    name = env.removeprefix("TRACKER_").lower()
    with pytest.raises(settings.SettingError, match=f"{env}='{value}' is not a valid"):
        settings.get(name)


def test_malformed_value_stops_the_cli_with_a_message(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    monkeypatch.setenv("TRACKER_MAX_FILE_MB", "big")
    (tmp_path / "a.txt").write_text("正文", encoding="utf-8")
    code = cli.main(["build", str(tmp_path), "--db", str(tmp_path / "t.duckdb"), "--no-progress"])
    assert code == settings.SettingError.exit_code
    assert "TRACKER_MAX_FILE_MB='big' is not a valid integer" in capsys.readouterr().err


def test_every_setting_is_read_by_the_parts_that_declare_it() -> None:
    for s in settings.SETTINGS:
        assert s.readers and set(s.readers) <= set(settings.READERS), s.name
        for reader in s.readers:
            code = _sources(*READER_CODE[reader])
            assert any(_reads(src, s.name) for src in code.values()), (
                f"{s.env} is declared as read by the {reader}, but no code there reads it")


def test_only_the_settings_module_reads_tracker_variables() -> None:
    direct = re.compile(r"(environ\b[^\n]*|getenv\([^\n]*)['\"]TRACKER_")
    code = _sources("etl", "dashboard_lib", "app_pages", "dashboard.py")
    offenders = [str(p.relative_to(ROOT)) for p, src in code.items()
                 if direct.search(src) and p.name != "settings.py"]
    assert offenders == []
    assert not (ROOT / "dashboard_lib" / "settings.py").exists()  # one table, not two


def test_the_checks_can_fail() -> None:
    assert not _reads('settings.get("workerz")', "workers")
    assert _reads("n = settings.get_int('workers')", "workers")
    assert re.search(r"(environ\b[^\n]*|getenv\([^\n]*)['\"]TRACKER_",
                     'os.environ.get("TRACKER_X")')


def test_secret_settings_only_say_they_are_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_REVIEWERS", "alice:scrypt$32768$8$1$c2FsdA==$a2V5")
    monkeypatch.setenv("TRACKER_WORKERS", "3")
    assert settings.get("reviewers").startswith("alice:scrypt$")
    assert settings.shown("reviewers") == "(set)" and settings.shown("workers") == "3"
    monkeypatch.delenv("TRACKER_REVIEWERS")
    assert settings.shown("reviewers") == "" and settings.get("reviewers") is None
