"""``crm-desktop``: start the desktop client."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point; the UI layer owns argument parsing and the Qt application."""
    from crm_desktop.ui.main import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
