"""The README documents every CLI subcommand and every setting, and shows the two commands."""

from __future__ import annotations

import argparse
import re

from etl import cli, settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SETTINGS_START = ("<!-- settings-table: generated from etl/settings.py "
                  "(settings.markdown_table()) -->\n")
SETTINGS_END = "<!-- /settings-table -->"


def _choices(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices) if actions else {}


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    """Every command by name; a command's own subcommands by both words (`corrections log`)."""
    out: dict[str, argparse.ArgumentParser] = {}
    for name, sub in _choices(cli.build_parser()).items():
        nested = _choices(sub)
        out.update({f"{name} {n}": p for n, p in nested.items()} if nested else {name: sub})
    return out


def _command(usage: str) -> str:
    """The command words of a usage line: the lower-case words it starts with."""
    words = []
    for word in usage.split():
        if word.startswith("[") or not word.islower():
            break
        words.append(word)
    return " ".join(words)


def readme_cli_usages(text: str) -> dict[str, str]:
    """The usage cell of each row of the README's CLI reference table, by command name."""
    section = text.split("## CLI reference", 1)[1].split("\n\n**", 1)[0]
    usages = re.findall(r"^\| `([^`]+)` \|", section, flags=re.M)
    return {_command(u): u.replace("\\|", "|") for u in usages}


def usage_parts(usage: str) -> tuple[list[str], dict[str, set[str]]]:
    """Positionals and options of a usage line such as `export [--format a|b] [--out FILE]`:
    (["INPUT"], {"--format": {"a", "b"}, "--out": set()}); an option's word in capitals is its
    value's name, lower-case words separated by | are its choices."""
    groups = re.findall(r"\[([^\]]+)\]", usage)
    options: dict[str, set[str]] = {}
    for group in groups:
        flag, *value = group.split()
        options[flag] = set(value[0].split("|")) if value and value[0].islower() else set()
    words = re.sub(r"\[[^\]]+\]", "", usage).split()
    positionals = [w.rstrip(".") for w in words[len(_command(usage).split()):]]
    return positionals, options


def parser_parts(sub: argparse.ArgumentParser) -> tuple[list[str], dict[str, set[str]]]:
    positionals, options = [], {}
    for action in sub._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if action.option_strings:
            flag = max(action.option_strings, key=len)
            options[flag] = set(action.choices or ())
        else:
            positionals.append(action.metavar or action.dest.upper())
    return positionals, options


def test_every_subcommand_and_option_is_in_the_readme_with_the_same_names() -> None:
    subs = _subcommands()
    assert {name.split()[0] for name in subs} == set(cli.COMMANDS)
    usages = readme_cli_usages(README)
    assert set(usages) == set(subs), "README's CLI table and the parser list other commands"
    for name, sub in subs.items():
        assert usage_parts(usages[name]) == parser_parts(sub), name
        assert sub.description or sub.format_help(), name


def test_global_options_are_in_the_readme() -> None:
    parser = cli.build_parser()
    for action in parser._actions:
        if action.option_strings and not isinstance(action, argparse._HelpAction):
            for flag in action.option_strings:
                assert f"`{flag}`" in README, flag


def test_cli_table_check_can_fail() -> None:
    usages = readme_cli_usages(README)
    build = _subcommands()["build"]
    assert usage_parts(usages["build"]) == parser_parts(build)
    renamed = usage_parts(usages["build"].replace("--no-progress", "--quiet"))
    assert renamed != parser_parts(build)
    export = _subcommands()["export"]
    fewer_choices = usage_parts(usages["export"].replace("|parquet", ""))
    assert fewer_choices != parser_parts(export)
    assert usage_parts("load-parquet DIR [--db PATH]") != parser_parts(
        _subcommands()["load-parquet"])
    log = _subcommands()["corrections log"]
    assert usage_parts(usages["corrections log"]) == parser_parts(log)
    assert usage_parts(usages["corrections log"].replace(" [--key KEY]", "")) != parser_parts(log)
    assert "corrections" not in usages  # each of its subcommands has a row of its own


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


def test_reliability_names_tests_that_exist() -> None:
    """RELIABILITY.md names the test that holds each promise: every one must exist."""
    import ast

    text = (ROOT / "RELIABILITY.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", text))
    assert len(named) > 40
    missing = []
    for path, name in sorted(named):
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        defined = {n.name for n in ast.walk(tree)
                   if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        if name not in defined:
            missing.append(f"{path}::{name}")
    assert missing == []
