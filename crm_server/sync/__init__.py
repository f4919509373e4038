"""Server side of the sync protocol: push, pull, reconcile, live wake-ups, lease and wipe."""
