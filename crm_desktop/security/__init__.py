"""Key vault, OS keyring access and wipe."""
