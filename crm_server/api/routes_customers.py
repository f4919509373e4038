"""``/customers``: list, get, create, update, delete, owner; verification and comments."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from crm_protocol.schemas import (
    CommentIn,
    CommentOut,
    CustomerCreate,
    CustomerOut,
    CustomerPage,
    CustomerUpdate,
    OwnerChange,
    OwnerHistoryOut,
    RejectRequest,
)
from crm_server.api.deps import PrincipalDep, SessionDep, SettingsDep
from crm_server.services import customers, verification
from crm_server.services.customers import ListQuery

router = APIRouter(tags=["customers"])


@router.get("/customers")
def list_customers(
    principal: PrincipalDep,
    session: SessionDep,
    settings: SettingsDep,
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int | None, Query(ge=1)] = None,
    sort: Annotated[str | None, Query(max_length=500)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    filter: Annotated[list[str] | None, Query(max_length=20)] = None,
    assignment_id: str | None = None,
    owner_id: str | None = None,
    verification_state: str | None = None,
) -> CustomerPage:
    """In-scope customers, visible fields only. ``filter=field:op:value`` (eq, prefix,
    contains, empty, notempty); ``sort=name,-city``; ``page_size`` is capped by the server."""
    size = min(page_size or settings.default_page_size, settings.max_page_size)
    query = ListQuery(
        page=page,
        page_size=size,
        filters=filter or (),
        sort=sort,
        q=q,
        assignment_id=assignment_id,
        owner_id=owner_id,
        verification_state=verification_state,
    )
    items, total = customers.list_customers(session, principal, query)
    return CustomerPage(items=items, total=total, page=page, page_size=size)


@router.post("/customers", status_code=201)
def create_customer(
    body: CustomerCreate, principal: PrincipalDep, session: SessionDep
) -> CustomerOut:
    """Create a customer owned by the caller."""
    return customers.create_customer(session, principal, body)


@router.get("/customers/{customer_id}")
def get_customer(customer_id: str, principal: PrincipalDep, session: SessionDep) -> CustomerOut:
    """One customer (404 when it is not in the caller's scope)."""
    return customers.get_customer(session, principal, customer_id)


@router.patch("/customers/{customer_id}")
def update_customer(
    customer_id: str, body: CustomerUpdate, principal: PrincipalDep, session: SessionDep
) -> CustomerOut:
    """Change some fields."""
    return customers.update_customer(session, principal, customer_id, body)


@router.delete("/customers/{customer_id}", status_code=204)
def delete_customer(customer_id: str, principal: PrincipalDep, session: SessionDep) -> Response:
    """Delete a customer (soft; devices learn it from the change log)."""
    customers.delete_customer(session, principal, customer_id)
    return Response(status_code=204)


@router.put("/customers/{customer_id}/owner")
def change_owner(
    customer_id: str, body: OwnerChange, principal: PrincipalDep, session: SessionDep
) -> CustomerOut:
    """Give the record to another owner."""
    return customers.change_owner(session, principal, customer_id, body.owner_id)


@router.get("/customers/{customer_id}/owners")
def owner_history(
    customer_id: str, principal: PrincipalDep, session: SessionDep
) -> list[OwnerHistoryOut]:
    """The record's owners over time."""
    return customers.owner_history(session, principal, customer_id)


@router.get("/verification/queue", tags=["verification"])
def verification_queue(
    principal: PrincipalDep,
    session: SessionDep,
    settings: SettingsDep,
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int | None, Query(ge=1)] = None,
) -> CustomerPage:
    """Records waiting for verification."""
    size = min(page_size or settings.default_page_size, settings.max_page_size)
    return verification.queue(session, principal, page, size)


@router.post("/customers/{customer_id}/verification/approve", tags=["verification"])
def approve(customer_id: str, principal: PrincipalDep, session: SessionDep) -> CustomerOut:
    """Approve a record."""
    return verification.approve(session, principal, customer_id)


@router.post("/customers/{customer_id}/verification/reject", tags=["verification"])
def reject(
    customer_id: str, body: RejectRequest, principal: PrincipalDep, session: SessionDep
) -> CustomerOut:
    """Reject a record per field with reason codes."""
    return verification.reject(session, principal, customer_id, body)


@router.get("/customers/{customer_id}/comments", tags=["verification"])
def comments(customer_id: str, principal: PrincipalDep, session: SessionDep) -> list[CommentOut]:
    """The record's operator–verifier thread."""
    return verification.comments(session, principal, customer_id)


@router.post("/customers/{customer_id}/comments", status_code=201, tags=["verification"])
def add_comment(
    customer_id: str, body: CommentIn, principal: PrincipalDep, session: SessionDep
) -> CommentOut:
    """Post to the record's thread."""
    return verification.add_comment(session, principal, customer_id, body.body)
