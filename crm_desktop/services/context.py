"""Who is working: the signed-in user and the policy the server last sent for them."""

from __future__ import annotations

from dataclasses import dataclass

from crm_protocol.policy import EffectivePolicy


@dataclass(frozen=True, slots=True)
class UserContext:
    """The signed-in user as the services need them.

    ``policy`` is the cached policy document from the server; the client uses it only to shape
    what it offers — the server enforces it again on every push.
    """

    user_id: str
    login: str
    policy: EffectivePolicy
    team_id: str | None = None
