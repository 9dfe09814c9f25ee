"""A request thread keeps its database connection, and its durability settings, for the next."""

import pytest
from django.db import close_old_connections, connection


@pytest.mark.django_db(transaction=True)
def test_the_connection_outlives_a_request_and_keeps_full_sync():
    connection.ensure_connection()
    opened = connection.connection
    close_old_connections()  # what Django runs as each request ends
    connection.ensure_connection()
    assert connection.connection is opened
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA synchronous")
            assert cursor.fetchone()[0] == 2  # FULL: still durable against power loss
