import io

import httpx2
import pytest
from django.core.management import call_command
from oaipmh_scythe import Scythe

from search.signals import batch
from tests.harvesting.schemas import valid
from tests.harvesting.wsgi import WSGIInTheTestsTransaction


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
def scythe():
    """
    A real harvester (oaipmh-scythe) reading /oai/ through Django's WSGI application in this
    process, so that it sees the test's transaction: what it reads is what the site serves.
    """
    harvester = Scythe("http://testserver/oai/")
    transport = httpx2.WSGITransport(app=WSGIInTheTestsTransaction())
    harvester._client = httpx2.Client(transport=transport)
    yield harvester
    harvester.close()
