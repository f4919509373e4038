"""The one module that knows SQLCipher: engine, self-test, migrations."""
