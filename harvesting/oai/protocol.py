"""
The six verbs of OAI-PMH 2.0 (https://www.openarchives.org/OAI/openarchivesprotocol.html) and
every error they may answer.

`respond(arguments, context)` takes the request's arguments as {name: [values]} and gives the
response's XML tree. Two errors the protocol defines are never answered, since what they report
cannot happen here: `noSetHierarchy` (the repository has sets, one per kind) and
`noMetadataFormats` (every record is offered in oai_dc).
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db.models import F
from django.utils import timezone

from harvesting import description, kinds
from harvesting.models import Tombstone

from . import paging, tokens, xml

FORMATS = {
    "oai_dc": ("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", xml.OAI_DC),
}
# The arguments each verb accepts: (required, optional, exclusive).
VERBS = {
    "Identify": (set(), set(), None),
    "ListMetadataFormats": (set(), {"identifier"}, None),
    "ListSets": (set(), set(), "resumptionToken"),
    "GetRecord": ({"identifier", "metadataPrefix"}, set(), None),
    "ListIdentifiers": ({"metadataPrefix"}, {"from", "until", "set"}, "resumptionToken"),
    "ListRecords": ({"metadataPrefix"}, {"from", "until", "set"}, "resumptionToken"),
}
DAY, SECOND = "%Y-%m-%d", "%Y-%m-%dT%H:%M:%SZ"


class ProtocolError(Exception):
    """An OAI-PMH error: its code (badArgument...) and what went wrong, for the harvester."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Context:
    """What a response needs besides the arguments: the time, the base URL, record links."""

    base_url: str
    links: object
    now: datetime = None

    def __post_init__(self):
        self.now = self.now or timezone.now()


def checked(arguments):
    """(verb, {argument: value}) when the verb and its arguments are legal, else ProtocolError."""
    verbs = arguments.get("verb", [])
    if len(verbs) != 1 or verbs[0] not in VERBS:
        raise ProtocolError("badVerb", "The verb is missing, repeated or not one of OAI-PMH's.")
    verb = verbs[0]
    required, optional, exclusive = VERBS[verb]
    given = {name: values for name, values in arguments.items() if name != "verb"}
    repeated = sorted(name for name, values in given.items() if len(values) != 1)
    if repeated:
        raise ProtocolError("badArgument", f"Repeated argument: {', '.join(repeated)}.")
    given = {name: values[0] for name, values in given.items()}
    allowed = required | optional | ({exclusive} if exclusive else set())
    unknown = sorted(set(given) - allowed)
    if unknown:
        raise ProtocolError("badArgument", f"Illegal argument for {verb}: {', '.join(unknown)}.")
    if exclusive and exclusive in given:
        if len(given) > 1:
            raise ProtocolError("badArgument", f"{exclusive} is an exclusive argument.")
        return verb, given
    missing = sorted(required - set(given))
    if missing:
        raise ProtocolError("badArgument", f"Missing argument: {', '.join(missing)}.")
    return verb, given


def parse_date(value, name):
    """(moment, granularity) of a `from` or `until`, in one of the two granularities allowed."""
    for granularity in (DAY, SECOND):
        try:
            return datetime.strptime(value, granularity).replace(tzinfo=UTC), granularity
        except ValueError:
            continue
    raise ProtocolError(
        "badArgument", f"{name} is not a date like 2024-03-01 or 2024-03-01T12:00:00Z."
    )


def window(given):
    """The list request's kind and datestamp range, `until` included to its day or second."""
    kind = given.get("set")
    start = end = None
    granularities = set()
    if "from" in given:
        start, granularity = parse_date(given["from"], "from")
        granularities.add(granularity)
    if "until" in given:
        until, granularity = parse_date(given["until"], "until")
        granularities.add(granularity)
        end = until + (timedelta(days=1) if granularity == DAY else timedelta(seconds=1))
    if len(granularities) > 1:
        raise ProtocolError("badArgument", "from and until must have the same granularity.")
    if start and end and start >= end:
        raise ProtocolError("badArgument", "from is later than until.")
    if kind is not None and kind not in kinds.KINDS:
        raise ProtocolError("noRecordsMatch", f"There is no set {kind!r}.")
    return paging.Window(kind, start, end)


def check_format(prefix):
    if prefix not in FORMATS:
        raise ProtocolError("cannotDisseminateFormat", f"{prefix!r} is not offered: use oai_dc.")


def parse_identifier(value):
    """(kind, key) of one of this repository's identifiers, or idDoesNotExist."""
    if value.startswith(xml.IDENTIFIER_PREFIX):
        kind, _, key = value[len(xml.IDENTIFIER_PREFIX) :].partition("/")
        if kind in kinds.KINDS and key:
            return kind, key
    raise ProtocolError("idDoesNotExist", f"{value!r} is not an identifier of this repository.")


def find_item(value):
    """The live record or the tombstone an identifier names, as a paging.Item."""
    kind, key = parse_identifier(value)
    stream, record = kinds.find(kind, key)
    if record is not None:
        return paging.Item(kind, key, record.stamp_value, stream, record)
    tombstone = Tombstone.objects.filter(kind=kind, key=key).first()
    if tombstone is not None:
        return paging.Item(kind, key, tombstone.datestamp)
    raise ProtocolError("idDoesNotExist", f"{value!r} is not an identifier of this repository.")


def identify(root, given, context):
    element = xml.sub(root, "Identify")
    xml.sub(element, "repositoryName", "La Clef Archive")
    xml.sub(element, "baseURL", context.base_url)
    xml.sub(element, "protocolVersion", "2.0")
    xml.sub(element, "adminEmail", "archive@laclef.example")
    xml.sub(element, "earliestDatestamp", xml.datestamp(earliest()))
    xml.sub(element, "deletedRecord", "persistent")
    xml.sub(element, "granularity", "YYYY-MM-DDThh:mm:ssZ")


def earliest():
    """The oldest datestamp of any record or tombstone (one indexed query per source)."""
    found = []
    for _stream, rows in paging.sources(paging.Window()):
        oldest = rows.annotate(first=F(kinds.STAMP)).order_by(kinds.STAMP)
        found.append(oldest.values_list("first", flat=True).first())
    found = [stamp for stamp in found if stamp]
    return min(found) if found else kinds.EPOCH


def list_metadata_formats(root, given, context):
    if "identifier" in given:
        find_item(given["identifier"])
    element = xml.sub(root, "ListMetadataFormats")
    for prefix, (schema, namespace) in FORMATS.items():
        entry = xml.sub(element, "metadataFormat")
        xml.sub(entry, "metadataPrefix", prefix)
        xml.sub(entry, "schema", schema)
        xml.sub(entry, "metadataNamespace", namespace)


def list_sets(root, given, context):
    if "resumptionToken" in given:
        raise ProtocolError("badResumptionToken", "The list of sets is never cut in pages.")
    element = xml.sub(root, "ListSets")
    for spec, name in kinds.KINDS.items():
        entry = xml.sub(element, "set")
        xml.sub(entry, "setSpec", spec)
        xml.sub(entry, "setName", name)


def get_record(root, given, context):
    item = find_item(given["identifier"])
    check_format(given["metadataPrefix"])
    element = xml.sub(root, "GetRecord")
    xml.record(element, item, elements(item, context))


def elements(item, context):
    if item.deleted:
        return []
    return description.describe(
        item.stream, item.record, context.links.urls(item.stream, item.record)
    )


def list_items(verb):
    """ListIdentifiers or ListRecords: a page of the list, then its resumption token."""

    def respond(root, given, context):
        if "resumptionToken" in given:
            try:
                state = tokens.loads(given["resumptionToken"], verb)
            except tokens.BadToken as error:
                raise ProtocolError("badResumptionToken", str(error)) from error
            frame = paging.Window(state.kind, state.start, state.end)
        else:
            check_format(given["metadataPrefix"])
            frame = window(given)
            size = paging.count(frame)
            state = tokens.Resumption(
                verb,
                given["metadataPrefix"],
                frame.kind,
                frame.start,
                frame.end,
                (0, None, None),
                0,
                size,
            )
        items, following = paging.page(frame, state.position)
        if not items:
            raise ProtocolError("noRecordsMatch", "No record matches these arguments.")
        element = xml.sub(root, verb)
        for item in items:
            if verb == "ListRecords":
                xml.record(element, item, elements(item, context))
            else:
                xml.header(element, item)
        if following is not None or state.cursor:
            attributes = {"completeListSize": str(state.size), "cursor": str(state.cursor)}
            if following is None:
                xml.sub(element, "resumptionToken", **attributes)
            else:
                state.position, state.cursor = following, state.cursor + len(items)
                attributes["expirationDate"] = xml.datestamp(tokens.expiry())
                xml.sub(element, "resumptionToken", tokens.dumps(state), **attributes)

    return respond


HANDLERS = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "GetRecord": get_record,
    "ListIdentifiers": list_items("ListIdentifiers"),
    "ListRecords": list_items("ListRecords"),
}


def respond(arguments, context):
    """The response to a request's arguments: its verb's, or the error it deserves."""
    try:
        verb, given = checked(arguments)
    except ProtocolError as error:
        root = xml.envelope(context.now, context.base_url, {})
        xml.sub(root, "error", error.message, code=error.code)
        return root
    root = xml.envelope(context.now, context.base_url, {"verb": verb, **given})
    try:
        HANDLERS[verb](root, given, context)
    except ProtocolError as error:
        # After badArgument the request is echoed without arguments, which were not legal.
        echoed = {} if error.code == "badArgument" else {"verb": verb, **given}
        root = xml.envelope(context.now, context.base_url, echoed)
        xml.sub(root, "error", error.message, code=error.code)
    return root
