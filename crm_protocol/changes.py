"""What a mutation changed, announced once so every view can refresh itself (Anki's OpChanges).

Every service call that writes, and every applied sync batch, returns one ``Changes``; views
look at the parts they show and ignore the rest.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    """The parts of the data a mutation touched."""

    customers: frozenset[str] = frozenset()  # ids of customers created or changed
    customers_removed: frozenset[str] = frozenset()  # ids of customers gone (deleted, out of scope)
    assignments: bool = False
    users: bool = False
    verification: bool = False
    outbox: bool = False  # local changes waiting to be pushed
    policy: bool = False  # the signed-in user's effective policy
    conflicts: bool = False  # sync conflicts waiting for the user

    @classmethod
    def none(cls) -> Changes:
        """Nothing changed."""
        return cls()

    def merge(self, other: Changes) -> Changes:
        """Everything either value says changed."""
        return Changes(
            customers=self.customers | other.customers,
            customers_removed=self.customers_removed | other.customers_removed,
            assignments=self.assignments or other.assignments,
            users=self.users or other.users,
            verification=self.verification or other.verification,
            outbox=self.outbox or other.outbox,
            policy=self.policy or other.policy,
            conflicts=self.conflicts or other.conflicts,
        )

    __or__ = merge

    def __bool__(self) -> bool:
        return bool(
            self.customers
            or self.customers_removed
            or self.assignments
            or self.users
            or self.verification
            or self.outbox
            or self.policy
            or self.conflicts
        )
