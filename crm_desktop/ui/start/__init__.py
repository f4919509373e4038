"""The start screens: server address, sign in / unlock, and the initial sync's progress."""
