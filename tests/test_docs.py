"""The README documents every CLI subcommand and every setting, and shows the two commands."""

from __future__ import annotations

import argparse

from etl import cli, settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SETTINGS_START = ("<!-- settings-table: generated from etl/settings.py "
                  "(settings.markdown_table()) -->\n")
SETTINGS_END = "<!-- /settings-table -->"


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices)


def test_every_subcommand_has_help_and_is_in_the_readme() -> None:
    subs = _subcommands()
    assert set(subs) == set(cli.COMMANDS)
    for name, sub in subs.items():
        assert sub.description or sub.format_help(), name
        assert f"`{name}" in README, f"README does not document `{name}`"


def readme_settings_table(text: str) -> str | None:
    if SETTINGS_START not in text or SETTINGS_END not in text:
        return None
    return text.split(SETTINGS_START, 1)[1].split(SETTINGS_END, 1)[0]


def test_readme_settings_table_is_the_declared_one() -> None:
    shown = readme_settings_table(README)
    assert shown == settings.markdown_table(), (
        "README's settings table differs from etl/settings.py; replace it with:\n"
        + settings.markdown_table())


def test_settings_table_check_can_fail() -> None:
    row = "| `TRACKER_UPLOAD_MAX_FILES` | integer | `200` |"
    assert row in settings.markdown_table()
    edited = README.replace(row, row.replace("`200`", "`500`"))
    assert readme_settings_table(edited) != settings.markdown_table()
    assert readme_settings_table(README.replace(SETTINGS_END, "")) is None


def test_help_shows_every_setting() -> None:
    text = cli.build_parser().format_help()
    for s in settings.SETTINGS:
        assert f"{s.env}={s.default}" in text and s.help in text, s.env


def test_readme_shows_the_two_commands() -> None:
    assert "make run" in README and "make test" in README
