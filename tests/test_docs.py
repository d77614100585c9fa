"""The README documents every CLI subcommand and every setting, and shows the two commands."""

from __future__ import annotations

import argparse

from etl import cli, settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


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


def test_every_setting_is_documented() -> None:
    for s in settings.SETTINGS:
        assert f"`{s.env}`" in README, s.env


def test_readme_shows_the_two_commands() -> None:
    assert "make run" in README and "make test" in README
