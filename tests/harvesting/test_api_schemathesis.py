"""
schemathesis reads the API's OpenAPI description and calls every operation with generated
parameters (at most 10 examples each), through Django's WSGI application in this process: no
answer may be a server error or differ from what the description promises (status, content
type, body's schema).

Each operation's cases are drawn from its hypothesis strategy here rather than with
`schemathesis.pytest.from_fixture`, whose lazy loader reads a private attribute that pytest 9
no longer has.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from tests.harvesting.wsgi import WSGIInTheTestsTransaction

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
MAX_EXAMPLES = 10

pytestmark = pytest.mark.django_db


def test_every_operation_keeps_its_description(harvest_site):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIInTheTestsTransaction())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 20

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=MAX_EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def calls(case):
            case.call_and_validate(checks=CHECKS)

        calls()
