"""Who is calling: resolved once per request from the access token (``api.deps``)."""

from __future__ import annotations

from dataclasses import dataclass

from crm_protocol.permissions import Permission
from crm_protocol.policy import EffectivePolicy
from crm_server.audit import AuditContext
from crm_server.services.errors import forbidden


@dataclass(frozen=True, slots=True)
class Principal:
    """The signed-in user, their fresh effective policy and the request's audit context."""

    user_id: str
    login: str
    team_id: str | None
    policy: EffectivePolicy
    audit: AuditContext
    family_id: str | None = None

    def require(self, permission: Permission) -> None:
        """Refuse (403) unless the policy grants ``permission`` over some scope."""
        if not self.policy.allows(permission):
            raise forbidden()
