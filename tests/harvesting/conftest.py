import io

import httpx2
import pytest
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.db import close_old_connections
from oaipmh_scythe import Scythe

from search.signals import batch
from tests.harvesting.schemas import valid


@pytest.fixture(scope="module")
def harvest_site(loaded_site, django_db_blocker):
    """The La Clef content with its demonstration interviews (public, closed, embargoed)."""
    with django_db_blocker.unblock(), batch():
        call_command("load_la_clef", "--with-samples", stdout=io.StringIO())


@pytest.fixture
def oai(client):
    """oai(verb=..., ...): the response to a GET of /oai/, parsed after it is found valid."""

    def request(**arguments):
        response = client.get("/oai/", arguments)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/xml")
        return valid(response.content)

    return request


@pytest.fixture
def connections_kept_open():
    """
    A request served by the WSGI application itself (the harvester's, schemathesis's) must not
    close the test's database connection when it starts or ends, as Django's test client
    ensures for its own requests: on PostgreSQL that would end the test's transaction (SQLite
    in memory keeps it open anyway).
    """
    for signal in (signals.request_started, signals.request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (signals.request_started, signals.request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def scythe(connections_kept_open):
    """
    A real harvester (oaipmh-scythe) reading /oai/ through Django's WSGI application in this
    process, so that it sees the test's transaction: what it reads is what the site serves.
    """
    harvester = Scythe("http://testserver/oai/")
    harvester._client = httpx2.Client(transport=httpx2.WSGITransport(app=WSGIHandler()))
    yield harvester
    harvester.close()
