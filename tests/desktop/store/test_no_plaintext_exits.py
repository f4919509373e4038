"""SECURITY.md T6: no code path in the app can write the customer base out in plaintext.

An AST scan of the application packages. What is a finding:

- importing ``sqlite3`` (it ignores ``PRAGMA key`` and writes plaintext), directly or through
  ``importlib.import_module`` / ``__import__``;
- calling ``.set_trace_callback(`` (it records ``PRAGMA key`` with the key), ``.backup(`` or
  ``.iterdump(`` (plaintext copies);
- ``echo=`` / ``echo_pool=`` with a true value (the SQL log would carry the key pragma);
- in a string (docstrings excluded): ``VACUUM INTO``, ``ATTACH … KEY``, ``sqlcipher_export(``,
  assigning ``cipher_use_hmac`` or ``cipher_plaintext_header_size`` (or their ``cipher_default_``
  forms), ``temp_store = FILE`` or ``= 1``, and the ``pysqlcipher`` dialect (sqlalchemy#13230);
- a ``sqlite://`` URL (any driver) in ``crm_desktop`` or ``crm_protocol``. The one allowed form
  is ``create_engine("sqlite://", creator=…)`` — no path, our own keyed creator — inside
  ``crm_desktop/store/``. ``crm_server`` is exempt from the URL rule only: its embedded
  database is a plain SQLite file by design (DESIGN §6; the server is the trusted party). So
  is ``crm_desktop/demo_server.py``, which runs that server for ``--demo`` on a throw-away
  database of demo data (DESIGN §7); it holds no customer base.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
APP_PACKAGES = ("crm_protocol", "crm_desktop", "crm_server")
URL_RULE_PACKAGES = ("crm_protocol", "crm_desktop")
URL_RULE_EXEMPT_FILES = ("crm_desktop/demo_server.py",)
CREATOR_ENGINE_DIR = "crm_desktop/store/"

BANNED_CALLS = {"set_trace_callback", "backup", "iterdump"}
BANNED_ECHO = {"echo", "echo_pool"}
BANNED_SQL = {
    "vacuum_into": re.compile(r"\bVACUUM\s+INTO\b", re.IGNORECASE),
    "attach_key": re.compile(r"\bATTACH\b.*\bKEY\b", re.IGNORECASE | re.DOTALL),
    "sqlcipher_export": re.compile(r"\bsqlcipher_export\s*\(", re.IGNORECASE),
    "cipher_use_hmac": re.compile(r"\bcipher_(default_)?use_hmac\s*=", re.IGNORECASE),
    "plaintext_header": re.compile(r"\bcipher_(default_)?plaintext_header_size\s*=", re.IGNORECASE),
    "temp_store_file": re.compile(r"\btemp_store\s*=\s*['\"]?(FILE|1)\b", re.IGNORECASE),
    "pysqlcipher": re.compile(r"\bpysqlcipher\b", re.IGNORECASE),
}
SQLITE_URL = re.compile(r"^\s*sqlite(\+\w+)?://", re.IGNORECASE)


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    if isinstance(node.func, ast.Name):
        return node.func.id
    return None


def _is_true(node: ast.expr) -> bool:
    return not (isinstance(node, ast.Constant) and not node.value)


def _docstring_nodes(tree: ast.AST) -> set[int]:
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


def _allowed_url_nodes(tree: ast.AST, rel_path: str) -> set[int]:
    if not rel_path.startswith(CREATOR_ENGINE_DIR):
        return set()
    allowed = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and _call_name(node) == "create_engine"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value == "sqlite://"
            and any(k.arg == "creator" for k in node.keywords)
        ):
            allowed.add(id(node.args[0]))
    return allowed


def findings(source: str, rel_path: str) -> list[str]:
    """Every plaintext exit in ``source`` (a file at ``rel_path`` from the repository root)."""
    tree = ast.parse(source)
    found: list[str] = []
    skip = _docstring_nodes(tree)
    allowed_urls = _allowed_url_nodes(tree, rel_path)
    url_rule = rel_path.startswith(URL_RULE_PACKAGES) and rel_path not in URL_RULE_EXEMPT_FILES

    def report(node: ast.AST, rule: str) -> None:
        found.append(f"{rel_path}:{getattr(node, 'lineno', 0)}: {rule}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "sqlite3":
                    report(node, "import sqlite3")
        elif isinstance(node, ast.ImportFrom):
            if (node.module or "").split(".")[0] == "sqlite3":
                report(node, "import sqlite3")
        elif isinstance(node, ast.Call):
            name = _call_name(node)
            if name in BANNED_CALLS:
                report(node, f".{name}(")
            if (
                name in {"import_module", "__import__"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and str(node.args[0].value).split(".")[0] == "sqlite3"
            ):
                report(node, "import sqlite3")
            for keyword in node.keywords:
                if keyword.arg in BANNED_ECHO and _is_true(keyword.value):
                    report(node, f"{keyword.arg}=<true>")
        elif (
            isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
        ):
            for rule, pattern in BANNED_SQL.items():
                if pattern.search(node.value):
                    report(node, rule)
            if url_rule and SQLITE_URL.match(node.value) and id(node) not in allowed_urls:
                report(node, "sqlite:// URL")
    return found


def _app_files() -> list[Path]:
    files = []
    for package in APP_PACKAGES:
        files += [p for p in (ROOT / package).rglob("*.py") if "__pycache__" not in p.parts]
    return sorted(files)


def test_app_code_has_no_plaintext_exit() -> None:
    files = _app_files()
    assert any(p.name == "engine.py" for p in files)  # the scan does see the store
    problems = []
    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        problems += findings(path.read_text(encoding="utf-8"), rel)
    assert problems == []


@pytest.mark.parametrize(
    ("snippet", "rule"),
    [
        ("import sqlite3", "import sqlite3"),
        ("import sqlite3.dbapi2 as d", "import sqlite3"),
        ("from sqlite3 import connect", "import sqlite3"),
        ("importlib.import_module('sqlite3')", "import sqlite3"),
        ("conn.set_trace_callback(print)", ".set_trace_callback("),
        ("conn.backup(other)", ".backup("),
        ("'\\n'.join(conn.iterdump())", ".iterdump("),
        ("create_engine(url, echo=True)", "echo=<true>"),
        ("create_engine(url, echo='debug')", "echo=<true>"),
        ("create_engine(url, echo_pool=True)", "echo_pool=<true>"),
        ("sql = 'VACUUM INTO ?'", "vacuum_into"),
        ("sql = \"ATTACH DATABASE 'p.db' AS p KEY ''\"", "attach_key"),
        ("sql = \"SELECT sqlcipher_export('p')\"", "sqlcipher_export"),
        ("sql = 'PRAGMA cipher_use_hmac = OFF'", "cipher_use_hmac"),
        ("sql = 'PRAGMA cipher_plaintext_header_size = 32'", "plaintext_header"),
        ("sql = 'PRAGMA cipher_default_plaintext_header_size=32'", "plaintext_header"),
        ("sql = 'PRAGMA temp_store = FILE'", "temp_store_file"),
        ("sql = 'pragma temp_store=1'", "temp_store_file"),
        ("url = 'sqlite+pysqlcipher://:pw@/x.db'", "pysqlcipher"),
        ("url = f'sqlite:///{path}'", "sqlite:// URL"),
        ("url = 'sqlite://'", "sqlite:// URL"),
        ("create_engine('sqlite:///x.db', creator=make)", "sqlite:// URL"),
    ],
)
def test_each_rule_fires(snippet: str, rule: str) -> None:
    assert any(f.endswith(rule) for f in findings(snippet, "crm_desktop/store/engine.py"))


def test_what_is_allowed() -> None:
    ok = (
        '"""Docstrings may say VACUUM INTO and sqlite+pysqlcipher://."""\n'
        "create_engine('sqlite://', creator=make, echo=False)\n"
        "sql = 'PRAGMA temp_store = MEMORY'\n"
        "name = settings['cipher_plaintext_header_size']\n"
    )
    assert findings(ok, "crm_desktop/store/engine.py") == []
    # The creator form is allowed only inside the store package.
    assert findings(ok, "crm_desktop/services/x.py") == [
        "crm_desktop/services/x.py:2: sqlite:// URL"
    ]
    # The server's own embedded database may use a SQLite URL (DESIGN §6)…
    assert findings("url = f'sqlite:///{p}'", "crm_server/config.py") == []
    assert findings("url = f'sqlite:///{d}'", "crm_desktop/demo_server.py") == []
    # …but every other rule holds there too.
    assert findings("import sqlite3", "crm_server/db.py") == ["crm_server/db.py:1: import sqlite3"]
