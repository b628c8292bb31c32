"""The site's WSGI application for clients that are not Django's test client."""

from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections


class WSGIInTheTestsTransaction:
    """
    Django's WSGI application, answering inside the test's database transaction.

    A request served by the WSGI application itself (the harvester's, schemathesis's) would
    close the test's database connection when it starts and ends; on PostgreSQL that ends the
    test's transaction (SQLite in memory keeps it open anyway). Django's test client avoids it
    by unhooking `close_old_connections` around each of its own requests, and hooks it back
    afterwards, so unhooking it once for a whole test is not enough: this application does it
    around each request, reading the body before the hook comes back.
    """

    def __init__(self):
        self.handler = WSGIHandler()

    def __call__(self, environ, start_response):
        hooks = (signals.request_started, signals.request_finished)
        for signal in hooks:
            signal.disconnect(close_old_connections)
        try:
            response = self.handler(environ, start_response)
            try:
                return [b"".join(response)]
            finally:
                response.close()
        finally:
            for signal in hooks:
                signal.connect(close_old_connections)
