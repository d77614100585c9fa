"""The layout of etl/ holds: words and patterns live in etl/vocabulary, the stages import only
what lies before them, and only the storage package talks to the database (ARCHITECTURE.md).

Each rule is checked on the source (the AST), so a new module is covered as soon as it exists.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

ETL = ROOT / "etl"
# Data generators (etl/data/gen_regions.py, etl/vocabulary/rules/gen_rules.py) run once at
# development time with their own dependencies; they are no part of the ETL.
MODULES = sorted(p for p in ETL.rglob("*.py") if not p.name.startswith("gen_"))
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "findall", "finditer",
                "split"}


def _name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _area(module: str) -> str:
    """etl.vocabulary.common -> etl.vocabulary; etl.records -> etl.records; etl -> etl."""
    return ".".join(module.split(".")[:2])


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _regex_uses(tree: ast.Module) -> list[str]:
    """re.compile(...) anywhere, and re.<function>(literal pattern, ...)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "re":
            found += [f"line {node.lineno}: from re import {a.name}" for a in node.names
                      if a.name in RE_FUNCTIONS]
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                and node.func.attr in RE_FUNCTIONS):
            continue
        literal = bool(node.args) and isinstance(node.args[0], (ast.Constant, ast.JoinedStr))
        if node.func.attr == "compile" or literal:
            found.append(f"line {node.lineno}: re.{node.func.attr}")
    return found


def _imports(tree: ast.Module, module: str) -> set[str]:
    """The etl modules a module imports (`from etl import settings` is etl.settings)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.split(".")[0] == "etl"}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "etl":
                out |= {f"etl.{a.name}" if not a.name.startswith("__") else "etl"
                        for a in node.names}
            elif node.module.split(".")[0] == "etl":
                out.add(node.module)
    return out


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_regex_outside_the_vocabulary(path: Path) -> None:
    if _area(_name(path)) == "etl.vocabulary":
        return
    assert _regex_uses(_tree(path)) == [], (
        f"{path.relative_to(ROOT)} builds a regular expression: name it in etl/vocabulary/ "
        "(a module named for the stage that reads it) and import it from there"
    )


def test_the_regex_check_can_fail() -> None:
    bad = ast.parse('import re\nX = re.compile(r"a")\ny = re.sub("b", "", s)\nz = re.match(X, s)\n')
    assert _regex_uses(bad) == ["line 2: re.compile", "line 3: re.sub"]


# What each part of etl/ may import: the pure stages only the records, the vocabulary and
# themselves; the pipeline the two pure stages it joins; corrections (pure too) the extraction
# whose rules re-normalise a reviewer's parties; storage whatever it loads and applies.
ALLOWED_IMPORTS = {
    "etl.vocabulary": {"etl.vocabulary"},
    "etl.reading": {"etl.reading", "etl.records", "etl.vocabulary"},
    "etl.cleaning": {"etl.cleaning", "etl.records", "etl.vocabulary"},
    "etl.extraction": {"etl.extraction", "etl.records", "etl.vocabulary"},
    "etl.pipeline": {"etl.cleaning", "etl.extraction", "etl.records"},
    "etl.records": set(),
    "etl.errors": set(),
    "etl.corrections": {"etl.corrections", "etl.extraction", "etl.records", "etl.vocabulary",
                        "etl.errors"},
    "etl.storage": {"etl", "etl.storage", "etl.reading", "etl.pipeline", "etl.corrections",
                    "etl.records", "etl.errors", "etl.settings"},
}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_stages_import_only_what_comes_before_them(path: Path) -> None:
    area = _area(_name(path))
    if area not in ALLOWED_IMPORTS:  # etl, cli, settings, spark_job: the edges
        return
    wrong = {m for m in _imports(_tree(path), _name(path))
             if _area(m) not in ALLOWED_IMPORTS[area]}
    assert not wrong, f"{area} may not import {sorted(wrong)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_only_storage_talks_to_the_database(path: Path) -> None:
    if _area(_name(path)) == "etl.storage":
        return
    tree = _tree(path)
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import)
                for a in n.names}
    imported |= {n.module.split(".")[0] for n in ast.walk(tree)
                 if isinstance(n, ast.ImportFrom) and n.module}
    assert "duckdb" not in imported, f"{path.relative_to(ROOT)} imports duckdb"


SQL_STARTS = ("SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CREATE ", "DROP ", "WITH ")


def _sql_strings(tree: ast.Module) -> list[str]:
    """String literals that start an SQL statement (an f-string's literal parts included)."""
    return [f"line {n.lineno}: {n.value.strip()[:40]}" for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and n.value.lstrip().startswith(SQL_STARTS)]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_sql_only_in_storage(path: Path) -> None:
    if _area(_name(path)) == "etl.storage":
        return
    assert _sql_strings(_tree(path)) == [], f"{path.relative_to(ROOT)}: SQL belongs in etl/storage"


def test_the_sql_check_can_fail() -> None:
    bad = ast.parse('con.execute("SELECT 1")\ncon.execute(f"DELETE FROM {t}")\nx = "Selected"\n')
    assert len(_sql_strings(bad)) == 2


@pytest.mark.parametrize("stage", ["reading", "cleaning", "extraction", "storage"])
def test_every_stage_says_what_goes_in_and_what_comes_out(stage: str) -> None:
    doc = ast.get_docstring(_tree(ETL / stage / "__init__.py")) or ""
    first = doc.split("\n")[0]
    assert " in, " in first and " out" in first, first


def test_architecture_md_names_every_package_and_module() -> None:
    doc = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    for init in sorted(ETL.glob("*/__init__.py")):
        assert f"`{init.parent.name}/`" in doc, f"ARCHITECTURE.md: etl/{init.parent.name}/?"
        for module in sorted(init.parent.glob("*.py")):
            if module.name != "__init__.py" and not module.name.startswith("gen_"):
                assert f"`{module.stem}`" in doc, f"ARCHITECTURE.md does not name {module.stem}"
