"""The search backend of the database in use: PostgreSQL's full text in production, SQLite's word-stem match in
development. Everything else in the app goes through `backend()`."""

from django.db import connection

from .base import SearchBackend


def backend() -> SearchBackend:
    if connection.vendor == "postgresql":
        from .postgres import PostgresBackend

        return PostgresBackend()
    from .sqlite import SQLiteBackend

    return SQLiteBackend()
