"""
The OAI-PMH repository at /oai/: every verb and every error, each response validated against
OAI-PMH.xsd with oai_dc inside; a whole harvest by oaipmh-scythe, across more than a thousand
records; deleted records; from and until; what is never harvested; the queries of a page.
"""

import datetime

import pytest
from django.core import signing
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import etree
from oaipmh_scythe.exceptions import NoRecordsMatch

from archive.factories import ArchiveImageFactory, PersonFactory
from archive.programme.models import Person, Screening
from base.access import AccessLevel
from harvesting.models import Tombstone
from harvesting.oai import tokens
from oral_history.models import InterviewPage
from oral_history.models.people import InterviewParticipant, PublicName
from tests.harvesting.schemas import valid

NS = {
    "oai": "http://www.openarchives.org/OAI/2.0/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
PREFIX = "oai:laclef-archive:"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site(harvest_site):
    """Every test reads the loaded site (its changes are rolled back after it)."""


def error_of(document):
    errors = document.findall("oai:error", NS)
    return errors[0].get("code") if errors else None


def identifiers(document):
    return [element.text for element in document.iterfind(".//oai:header/oai:identifier", NS)]


def texts(document, path):
    return [element.text for element in document.iterfind(path, NS)]


def bulk_events(number):
    """`number` events in one statement (bulk_create sets updated_at, not the derived year)."""
    day = datetime.date(1990, 1, 1)
    events = [
        Screening(external_id=f"bulk-{n:05d}", date=day + datetime.timedelta(days=n), year=1990)
        for n in range(number)
    ]
    Screening.objects.bulk_create(events, batch_size=500)


def public_interview():
    return InterviewPage.objects.live().filter(access_level=AccessLevel.PUBLIC).first()


def publish(page):
    page.save_revision().publish()


# The verbs


def test_identify(oai):
    document = oai(verb="Identify")
    assert texts(document, ".//oai:protocolVersion") == ["2.0"]
    assert texts(document, ".//oai:deletedRecord") == ["persistent"]
    assert texts(document, ".//oai:granularity") == ["YYYY-MM-DDThh:mm:ssZ"]
    assert texts(document, ".//oai:baseURL") == ["http://testserver/oai/"]


def test_list_metadata_formats(oai):
    document = oai(verb="ListMetadataFormats")
    assert texts(document, ".//oai:metadataPrefix") == ["oai_dc"]
    film = identifiers(oai(verb="ListIdentifiers", metadataPrefix="oai_dc", set="film"))[0]
    assert texts(oai(verb="ListMetadataFormats", identifier=film), ".//oai:metadataPrefix") == [
        "oai_dc"
    ]


def test_list_sets_one_per_kind(oai):
    sets = texts(oai(verb="ListSets"), ".//oai:setSpec")
    assert sets == ["event", "film", "person", "series", "venue", "interview", "media", "chapter"]


def test_every_kind_is_harvested_and_described(oai):
    for kind in ("event", "film", "person", "series", "venue", "interview", "media", "chapter"):
        document = oai(verb="ListRecords", metadataPrefix="oai_dc", set=kind)
        assert error_of(document) is None, kind
        found = identifiers(document)
        assert found and all(item.startswith(f"{PREFIX}{kind}/") for item in found)
        assert document.findall(".//dc:title", NS), kind


def test_get_record(oai):
    event = Screening.objects.get(external_id="laclef-2019-occupation-first-night")
    identifier = f"{PREFIX}event/{event.external_id}"
    document = oai(verb="GetRecord", identifier=identifier, metadataPrefix="oai_dc")
    assert identifiers(document) == [identifier]
    links = texts(document, ".//dc:identifier")
    assert any(link.endswith(f"/fr/archives/screenings/{event.pk}/") for link in links)
    assert any(link.endswith(f"/en/archive/screenings/{event.pk}/") for link in links)


def test_post_is_answered_as_get(client):
    response = client.post("/oai/", {"verb": "Identify"})
    assert b"<Identify>" in response.content


# Every error the protocol defines


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        ({}, "badVerb"),
        ({"verb": "Harvest"}, "badVerb"),
        ({"verb": ["Identify", "Identify"]}, "badVerb"),
        ({"verb": "Identify", "set": "film"}, "badArgument"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": ["oai_dc", "oai_dc"]}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "yesterday"}, "badArgument"),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2020-01-02",
                "until": "2020-01-01",
            },
            "badArgument",
        ),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2020-01-01",
                "until": "2020-01-01T00:00:00Z",
            },
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "resumptionToken": "x", "metadataPrefix": "oai_dc"},
            "badArgument",
        ),
        ({"verb": "GetRecord", "identifier": f"{PREFIX}film/1"}, "badArgument"),
        ({"verb": "ListRecords", "resumptionToken": "forged"}, "badResumptionToken"),
        ({"verb": "ListSets", "resumptionToken": "forged"}, "badResumptionToken"),
        ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
        ({"verb": "ListIdentifiers", "metadataPrefix": "mods"}, "cannotDisseminateFormat"),
        (
            {"verb": "GetRecord", "identifier": f"{PREFIX}film/999999", "metadataPrefix": "oai_dc"},
            "idDoesNotExist",
        ),
        (
            {"verb": "GetRecord", "identifier": "oai:elsewhere:1", "metadataPrefix": "oai_dc"},
            "idDoesNotExist",
        ),
        ({"verb": "ListMetadataFormats", "identifier": f"{PREFIX}person/x"}, "idDoesNotExist"),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2999-01-01"},
            "noRecordsMatch",
        ),
        (
            {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": "novels"},
            "noRecordsMatch",
        ),
    ],
)
def test_errors(client, arguments, code):
    response = client.get("/oai/", arguments)
    document = valid(response.content)
    assert error_of(document) == code
    request = document.find("oai:request", NS)
    if code in ("badVerb", "badArgument"):
        assert dict(request.attrib) == {}, "the request is echoed without its illegal arguments"


def test_cannot_disseminate_format_of_a_record(oai):
    film = identifiers(oai(verb="ListIdentifiers", metadataPrefix="oai_dc", set="film"))[0]
    document = oai(verb="GetRecord", identifier=film, metadataPrefix="marc21")
    assert error_of(document) == "cannotDisseminateFormat"


def test_tampered_expired_and_foreign_tokens_are_refused(oai):
    bulk_events(150)
    document = oai(verb="ListIdentifiers", metadataPrefix="oai_dc", set="event")
    token = document.find(".//oai:resumptionToken", NS).text
    tampered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    assert error_of(oai(verb="ListIdentifiers", resumptionToken=tampered)) == "badResumptionToken"
    assert error_of(oai(verb="ListRecords", resumptionToken=token)) == "badResumptionToken"
    later = timezone.now() + tokens.LIFETIME + datetime.timedelta(minutes=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(signing.time, "time", later.timestamp)
        assert error_of(oai(verb="ListIdentifiers", resumptionToken=token)) == "badResumptionToken"
    assert error_of(oai(verb="ListIdentifiers", resumptionToken=token)) is None


# A whole harvest with a real harvester


def test_scythe_harvests_everything_across_pages(oai, scythe):
    bulk_events(1_150)
    records = list(scythe.list_records(metadata_prefix="oai_dc"))
    found = [record.header.identifier for record in records]
    assert len(found) == len(set(found)), "no record twice"
    events = {item for item in found if item.startswith(f"{PREFIX}event/bulk-")}
    assert len(events) == 1_150
    first = oai(verb="ListRecords", metadataPrefix="oai_dc")
    token = first.find(".//oai:resumptionToken", NS)
    assert int(token.get("completeListSize")) == len(found)
    assert token.get("cursor") == "0"
    kinds = {item[len(PREFIX) :].split("/")[0] for item in found}
    assert kinds == {"event", "film", "person", "series", "venue", "interview", "media", "chapter"}
    assert all(record.metadata.get("title") for record in records if not record.deleted)


def test_every_page_is_valid_and_the_last_token_is_empty(oai):
    bulk_events(250)
    document = oai(verb="ListRecords", metadataPrefix="oai_dc", set="event")
    cursors = []
    while True:
        token = document.find(".//oai:resumptionToken", NS)
        cursors.append(int(token.get("cursor")))
        if not token.text:
            break
        document = oai(verb="ListRecords", resumptionToken=token.text)
    assert cursors == [0, 100, 200]
    assert token.get("expirationDate") is None


# Deleted records


def test_an_interview_closed_is_reported_deleted_for_good(oai, scythe):
    interview = public_interview()
    identifier = f"{PREFIX}interview/{interview.pk}"
    interview.access_level = AccessLevel.CLOSED
    publish(interview)
    listed = oai(verb="ListIdentifiers", metadataPrefix="oai_dc", set="interview")
    header = [h for h in listed.iterfind(".//oai:header", NS) if h[0].text == identifier]
    assert header and header[0].get("status") == "deleted"
    record = oai(verb="GetRecord", identifier=identifier, metadataPrefix="oai_dc")
    assert record.find(".//oai:header", NS).get("status") == "deleted"
    assert record.find(".//oai:metadata", NS) is None
    harvested = {r.header.identifier: r for r in scythe.list_records(set_="interview")}
    assert harvested[identifier].deleted
    # Opened again, it is a record again, and no longer deleted.
    interview.access_level = AccessLevel.PUBLIC
    publish(interview)
    record = oai(verb="GetRecord", identifier=identifier, metadataPrefix="oai_dc")
    assert record.find(".//oai:header", NS).get("status") is None


def test_unpublished_and_deleted_records_are_reported_deleted(oai):
    interview = public_interview()
    interview.unpublish()
    event = Screening.objects.get(external_id="laclef-2019-occupation-first-night")
    event.delete()
    deleted = oai(verb="ListIdentifiers", metadataPrefix="oai_dc")
    status = {h[0].text: h.get("status") for h in deleted.iterfind(".//oai:header", NS)}
    assert status[f"{PREFIX}interview/{interview.pk}"] == "deleted"
    assert status[f"{PREFIX}event/laclef-2019-occupation-first-night"] == "deleted"


def test_a_closed_interview_never_public_leaves_no_trace(oai):
    closed = InterviewPage.objects.filter(access_level=AccessLevel.CLOSED)
    assert closed.exists()
    for interview in closed:
        publish(interview)
    assert not Tombstone.objects.filter(kind="interview").exists()
    everything = identifiers(oai(verb="ListIdentifiers", metadataPrefix="oai_dc", set="interview"))
    assert not {f"{PREFIX}interview/{page.pk}" for page in closed} & set(everything)


# from and until


def test_from_and_until(oai):
    old = timezone.now() - datetime.timedelta(days=400)
    Screening.objects.all().update(updated_at=old)
    fresh = Screening.objects.get(external_id="laclef-2019-occupation-first-night")
    fresh.notes = "Revised."
    fresh.save()
    today = timezone.now().strftime("%Y-%m-%d")
    found = identifiers(
        oai(verb="ListIdentifiers", metadataPrefix="oai_dc", set="event", **{"from": today})
    )
    assert found == [f"{PREFIX}event/{fresh.external_id}"]
    day = old.strftime("%Y-%m-%d")
    until = identifiers(
        oai(verb="ListIdentifiers", metadataPrefix="oai_dc", set="event", until=day)
    )
    assert f"{PREFIX}event/{fresh.external_id}" not in until
    assert len(until) == Screening.objects.count() - 1
    second = old.strftime("%Y-%m-%dT%H:%M:%SZ")
    both = oai(
        verb="ListIdentifiers",
        metadataPrefix="oai_dc",
        set="event",
        **{"from": second, "until": second},
    )
    assert len(identifiers(both)) == Screening.objects.count() - 1


# What is never harvested


def test_closed_interviews_and_their_people_are_never_harvested(oai, scythe):
    closed = InterviewPage.objects.filter(access_level=AccessLevel.CLOSED).first()
    secret = PersonFactory(name="Personne Secrète")
    InterviewParticipant.objects.create(interview=closed, person=secret, sort_order=0)
    public = public_interview()
    shy = PersonFactory(name="Narratrice Discrète")
    InterviewParticipant.objects.create(
        interview=public, person=shy, public_name=PublicName.INITIALS, sort_order=0
    )
    publish(public)
    content = "".join(record.raw for record in scythe.list_records()).encode()
    assert closed.title.encode() not in content
    assert b"Personne Secr" not in content
    assert b"Narratrice Discr" not in content
    assert f"{PREFIX}person/{secret.pk}" not in identifiers(
        oai(verb="ListIdentifiers", metadataPrefix="oai_dc", set="person")
    )
    assert not Person.objects.public().filter(pk=secret.pk).exists()
    record = oai(
        verb="GetRecord", identifier=f"{PREFIX}interview/{public.pk}", metadataPrefix="oai_dc"
    )
    assert "N. D." in texts(record, ".//dc:creator")


def test_no_transcript_text_is_harvested(oai):
    interview = public_interview()
    spoken = [cue.text for cue in interview.cues.all()]
    document = oai(
        verb="GetRecord", identifier=f"{PREFIX}interview/{interview.pk}", metadataPrefix="oai_dc"
    )
    content = " ".join(element.text or "" for element in document.iter())
    assert spoken and not any(text in content for text in spoken)


# The queries of a page


def test_a_page_costs_the_same_queries_wherever_it_is(client):
    bulk_events(450)
    costs = []
    token = None
    for _page in range(4):
        arguments = {"verb": "ListRecords"}
        if token:
            arguments["resumptionToken"] = token
        else:
            arguments |= {"metadataPrefix": "oai_dc", "set": "event"}
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/oai/", arguments)
        costs.append(len(queries))
        token = valid(response.content).find(".//oai:resumptionToken", NS).text
    # The first page counts the list (one count per source); the others never.
    assert costs[1] == costs[2] == costs[3]
    assert costs[1] <= 5, costs
    assert costs[0] <= costs[1] + 3, costs


def test_scythe_sees_oai_errors(scythe):
    with pytest.raises(NoRecordsMatch):
        list(scythe.list_records(metadata_prefix="oai_dc", from_="2999-01-01"))


def test_a_media_item_closed_is_reported_deleted(oai):
    image = ArchiveImageFactory(title="Affiche de 1975")
    identifier = f"{PREFIX}media/image-{image.pk}"
    record = oai(verb="GetRecord", identifier=identifier, metadataPrefix="oai_dc")
    assert "Affiche de 1975" in texts(record, ".//dc:title")
    image.access_level = AccessLevel.CLOSED
    image.save()
    record = oai(verb="GetRecord", identifier=identifier, metadataPrefix="oai_dc")
    assert record.find(".//oai:header", NS).get("status") == "deleted"
    assert b"Affiche de 1975" not in etree.tostring(record)
