"""Factories for requests and grants, used by the tests."""

import datetime

import factory

from access_requests.models import AccessRequest
from base.models import AccessGrant


class AccessRequestFactory(factory.django.DjangoModelFactory):
    name = "Ada Lovelace"
    email = factory.Sequence(lambda n: f"researcher{n}@example.org")
    institution = "Université Paris 8"
    intended_use = "A thesis on associative cinemas in Paris."
    agreed_to_terms = True
    language = "en"

    class Meta:
        model = AccessRequest


class AccessGrantFactory(factory.django.DjangoModelFactory):
    starts_on = factory.LazyFunction(datetime.date.today)
    ends_on = factory.LazyAttribute(lambda grant: grant.starts_on + datetime.timedelta(days=89))

    class Meta:
        model = AccessGrant
