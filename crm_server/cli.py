"""``crm-server``: init the database, create the first admin, load demo data, run, verify audit."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from crm_protocol.schemas import MIN_PASSWORD_LENGTH
from crm_server import audit, migrate
from crm_server.audit import AuditContext
from crm_server.config import Settings
from crm_server.db import make_engine
from crm_server.demo import is_loaded, load_demo
from crm_server.models import User
from crm_server.services.passwords import PasswordHasher
from crm_server.services.roles import seed_presets, set_user_roles

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def init_database(engine: Engine) -> None:
    """Migrate to the newest schema and (re)seed the built-in roles."""
    migrate.upgrade(engine)
    with Session(engine) as session:
        seed_presets(session)
        session.commit()


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _read_password(stdin_password: bool) -> str:
    if stdin_password or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat: "):
        raise ValueError("passwords_differ")
    return first


def cmd_create_admin(settings: Settings, engine: Engine, args: argparse.Namespace) -> int:
    """Create an administrator account (password from stdin or a prompt)."""
    try:
        password = _read_password(args.password_stdin)
    except ValueError:
        _err("error: passwords_differ")
        return EXIT_FAILED
    if len(password) < MIN_PASSWORD_LENGTH:
        _err(f"error: password_too_short (minimum {MIN_PASSWORD_LENGTH})")
        return EXIT_FAILED
    init_database(engine)
    login = args.login.strip().lower()
    with Session(engine) as session:
        if session.exec(select(User).where(col(User.login) == login)).first() is not None:
            _err("error: login_taken")
            return EXIT_FAILED
        user = User(
            login=login,
            display_name=args.display_name or login,
            password_hash=PasswordHasher(settings).hash(password),
        )
        session.add(user)
        session.flush()
        set_user_roles(session, user.id, ["administrator"])
        audit.record(session, "user_created", AuditContext(), object_type="user", object_id=user.id)
        session.commit()
    _out(f"created administrator {login}")
    return EXIT_OK


def cmd_demo(settings: Settings, engine: Engine, args: argparse.Namespace) -> int:
    """Load the demo organisation (once)."""
    init_database(engine)
    with Session(engine) as session:
        if is_loaded(session):
            _out("demo organisation already loaded")
            return EXIT_OK
        summary = load_demo(session, PasswordHasher(settings), customers=args.customers)
    _out(
        f"demo loaded: {summary.users} users (password 'demo'), {summary.assignments} "
        f"assignments, {summary.customers} customers, {summary.flagged} flagged"
    )
    return EXIT_OK


def cmd_run(settings: Settings, engine: Engine, args: argparse.Namespace) -> int:
    """Serve the API with uvicorn."""
    import uvicorn

    from crm_server.app import create_app

    init_database(engine)
    app = create_app(settings, engine)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", server_header=False)
    return EXIT_OK


def cmd_audit_verify(settings: Settings, engine: Engine, args: argparse.Namespace) -> int:
    """Check the audit hash chain; print OK or the first broken seq."""
    with Session(engine) as session:
        broken = audit.verify_chain(session)
    if broken is None:
        _out("OK")
        return EXIT_OK
    _out(f"BROKEN at seq {broken}")
    return EXIT_FAILED


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(prog="crm-server", description="CRM central server")
    parser.add_argument(
        "--database-url", help="overrides CRM_DATABASE_URL (default: SQLite in the data dir)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("init", help="create or migrate the database")
    admin = sub.add_parser("create-admin", help="create an administrator account")
    admin.add_argument("--login", required=True)
    admin.add_argument("--display-name")
    admin.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    demo = sub.add_parser("demo", help="load the demo organisation (password 'demo')")
    demo.add_argument("--customers", type=int, default=1000)
    run = sub.add_parser("run", help="serve the API")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8765)
    audit_cmd = sub.add_parser("audit", help="audit trail tools")
    audit_sub = audit_cmd.add_subparsers(dest="audit_command", required=True)
    audit_sub.add_parser("verify", help="check the hash chain")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``crm-server``."""
    args = build_parser().parse_args(argv)
    settings = Settings.from_env()
    if args.database_url:
        settings = replace(settings, database_url=args.database_url)
    engine = make_engine(settings.database_url)
    try:
        if args.command == "init":
            init_database(engine)
            _out("database ready")
            return EXIT_OK
        handlers = {
            "create-admin": cmd_create_admin,
            "demo": cmd_demo,
            "run": cmd_run,
            "audit": cmd_audit_verify,
        }
        return handlers[args.command](settings, engine, args)
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
