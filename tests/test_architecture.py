"""Dependencies point one way: the core never imports widgets or the views."""

from __future__ import annotations

import ast
from pathlib import Path

import privacy_gui.core
from privacy_gui.core import schema

CORE = Path(privacy_gui.core.__file__).parent
FORBIDDEN = ("privacy_gui.ui", "PySide6.QtWidgets", "PySide6.QtPrintSupport")


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_views_or_widgets() -> None:
    modules = sorted(CORE.glob("*.py"))
    assert len(modules) > 5
    for module in modules:
        bad = [n for n in imports_of(module) if n.startswith(FORBIDDEN)]
        assert not bad, f"{module.name} imports {bad}"


def test_every_schema_field_is_documented() -> None:
    doc = (Path(__file__).parent.parent / "docs" / "content-format.md").read_text()
    for name in schema.field_names() + schema.field_names(schema.PRODUCT_FIELDS):
        leaf = name.rsplit(".", 1)[-1]
        assert f"`{leaf}`" in doc, f"field {name} is not documented in docs/content-format.md"
