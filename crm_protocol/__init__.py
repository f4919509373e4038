"""What the desktop client and the server must agree on.

Pure Python: the field catalogue and field groups, roles, permissions, the policy evaluator,
validation codes, wire schemas and ``PROTOCOL_VERSION``. No Qt, no SQL engine, no HTTP
(enforced by import-linter).
"""

PROTOCOL_VERSION = 1
