"""What an export may take from the store: its columns, its rows within the EXPORT scopes, and
the values streamed a page at a time (no Qt).

Columns are field names only — the standard fields the role may see, in catalogue order, then
the visible custom attributes of the assignment the list is filtered to — because the server
grants a ticket for field names and refuses any other name (``unknown_field``). Rows are list
keys (store rowids) kept in list order, filtered by the same scope rules the server applies
(``crm_server.services.scope``), and read ``PAGE_ROWS`` at a time so memory stays flat
whatever the size of the export.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import stored_definitions
from crm_desktop.services.dataio.export_xlsx import ExportColumn
from crm_desktop.store import Store
from crm_protocol.custom_attributes import CustomAttributeDef
from crm_protocol.fields import FIELDS_BY_NAME, STANDARD_FIELDS
from crm_protocol.permissions import Permission, Scope

PAGE_ROWS = 500  # keys per query, for the scope filter and while streaming values


def title_as_name(name: str) -> str:
    """The default column title: the field name itself (the UI passes translated labels)."""
    return name


@dataclass(frozen=True, slots=True)
class ColumnSet:
    """The exportable columns of one list: names in order, and the custom attributes among
    them."""

    names: tuple[str, ...]
    definitions: tuple[CustomAttributeDef, ...] = ()

    def export_columns(self, titles: Callable[[str], str] = title_as_name) -> list[ExportColumn]:
        """The columns with their header and type; a custom attribute keeps its own label."""
        custom = {d.field_name: d for d in self.definitions}
        out = []
        for name in self.names:
            defn = custom.get(name)
            if defn is not None:
                out.append(ExportColumn(name, defn.label, defn.type))
            else:
                out.append(ExportColumn(name, titles(name), FIELDS_BY_NAME[name].type))
        return out


class ExportRows:
    """Columns, in-scope keys and streamed values of exports, for one signed-in user."""

    def __init__(self, store: Store, context: UserContext) -> None:
        self._store = store
        self._ctx = context

    # ------------------------------------------------------------------------- columns
    def columns(self, assignment_id: str | None = None) -> ColumnSet:
        """Every field the role may see: standard ones in catalogue order, then the visible
        custom attributes bound to ``assignment_id`` (none when the list spans assignments)."""
        policy = self._ctx.policy
        names = [f.name for f in STANDARD_FIELDS if policy.can_see(f.group)]
        defs = self._definitions(assignment_id)
        return ColumnSet(tuple(names + [d.field_name for d in defs]), defs)

    def _definitions(self, assignment_id: str | None) -> tuple[CustomAttributeDef, ...]:
        if assignment_id is None:
            return ()
        with self._store.connection() as conn:
            defs = stored_definitions(conn, assignment_id)
        return tuple(d for d in defs if self._ctx.policy.can_see(d.group))

    # ---------------------------------------------------------------------------- rows
    def scope_clause(self) -> tuple[str, dict[str, object]] | None:
        """SQL over ``customers AS c`` matching the EXPORT scopes; ``None`` when they cover
        every record. Own: the owner; assignment: as member, principal or coordinator; team:
        the owner's team."""
        scopes = self._ctx.policy.scopes(Permission.EXPORT)
        if Scope.ALL in scopes:
            return None
        parts: list[str] = []
        params: dict[str, object] = {"me": self._ctx.user_id}
        if Scope.OWN in scopes:
            parts.append("c.owner_id = :me")
        if Scope.ASSIGNMENT in scopes:
            parts.append(
                "c.assignment_id IN (SELECT assignment_id FROM assignment_members"
                " WHERE user_id = :me UNION SELECT id FROM assignments"
                " WHERE principal_id = :me OR coordinator_id = :me)"
            )
        if Scope.TEAM in scopes and self._ctx.team_id is not None:
            parts.append("c.owner_id IN (SELECT id FROM users WHERE team_id = :team)")
            params["team"] = self._ctx.team_id
        return ("(" + " OR ".join(parts) + ")" if parts else "0"), params

    def in_scope(self, keys: Sequence[int]) -> array[int]:
        """``keys`` (kept in order) of live customers within the EXPORT scopes."""
        clause = self.scope_clause()
        where, params = clause if clause is not None else ("1", {})
        out: array[int] = array("q")
        with self._store.connection() as conn:
            for start in range(0, len(keys), PAGE_ROWS):
                chunk = keys[start : start + PAGE_ROWS]
                marks = ", ".join(str(int(k)) for k in chunk)  # ints only: safe to inline
                sql = (
                    f"SELECT c.rowid FROM customers AS c WHERE c.rowid IN ({marks})"  # noqa: S608
                    f" AND c.deleted = 0 AND {where}"
                )
                found = {int(r[0]) for r in conn.execute(text(sql), params)}
                out.extend(int(k) for k in chunk if int(k) in found)
        return out

    def values(self, columns: ColumnSet, keys: Sequence[int]) -> Iterator[list[str | None]]:
        """The values of ``columns`` for ``keys``, in key order, a page per query.

        Rows deleted since the keys were taken are skipped (the export reports what it wrote).
        """
        custom_ids = {d.field_name: d.id for d in columns.definitions}
        stored = [n for n in columns.names if n not in custom_ids]
        # Where each value comes from: an index into the SELECT, or a custom attribute's id.
        sources: list[int | str] = [
            custom_ids[n] if n in custom_ids else 2 + stored.index(n) for n in columns.names
        ]
        select_list = "".join(f", c.{n}" for n in stored)
        for start in range(0, len(keys), PAGE_ROWS):
            chunk = keys[start : start + PAGE_ROWS]
            marks = ", ".join(str(int(k)) for k in chunk)
            sql = (
                f"SELECT c.rowid, c.id{select_list} FROM customers AS c"  # noqa: S608
                f" WHERE c.rowid IN ({marks}) AND c.deleted = 0"
            )
            with self._store.connection() as conn:
                found = {int(r[0]): tuple(r) for r in conn.execute(text(sql))}
                custom = _custom_values(conn, [r[1] for r in found.values()], custom_ids.values())
            for key in chunk:
                row = found.get(int(key))
                if row is None:
                    continue
                if not custom_ids:
                    yield list(row[2:])
                    continue
                yield [row[s] if isinstance(s, int) else custom.get((row[1], s)) for s in sources]


def _custom_values(
    conn: Connection, customer_ids: Sequence[str], def_ids: Iterable[str]
) -> Mapping[tuple[str, str], str | None]:
    """``(customer id, definition id) -> value`` for the wanted definitions."""
    wanted = list(def_ids)
    if not wanted or not customer_ids:
        return {}
    params: dict[str, object] = {f"c{n}": v for n, v in enumerate(customer_ids)}
    params.update({f"d{n}": v for n, v in enumerate(wanted)})
    customers = ", ".join(f":c{n}" for n in range(len(customer_ids)))
    defs = ", ".join(f":d{n}" for n in range(len(wanted)))
    sql = (
        "SELECT customer_id, def_id, value FROM customer_custom_values"  # noqa: S608 - bound
        f" WHERE customer_id IN ({customers}) AND def_id IN ({defs})"
    )
    return {(str(r[0]), str(r[1])): r[2] for r in conn.execute(text(sql), params)}
