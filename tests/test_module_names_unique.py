"""No module of the extractor binds the same top-level name twice: a second definition silently replaces the first,
so a rule written against the first (a pattern, a helper) would run the other one's logic."""
import ast
from pathlib import Path

import pytest

GEO = Path(__file__).resolve().parent.parent / "geo"
MODULES = sorted(GEO.glob("*.py")) + sorted((GEO / "extract").glob("*.py"))


def _top_level_names(tree):
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name, node.lineno
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    yield target.id, node.lineno
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            yield node.target.id, node.lineno


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(GEO)))
def test_no_top_level_name_is_bound_twice(path):
    seen, twice = {}, []
    for name, line in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))):
        if name in seen and name != "__all__":
            twice.append(f"{name} (lines {seen[name]} and {line})")
        seen.setdefault(name, line)
    assert not twice, f"{path.name} binds again: " + ", ".join(twice)


def test_the_check_sees_a_name_bound_twice():
    tree = ast.parse("A = 1\ndef f():\n    pass\nA = 2\n")
    names = [name for name, _ in _top_level_names(tree)]
    assert names.count("A") == 2
