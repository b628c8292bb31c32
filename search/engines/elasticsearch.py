"""
The public search on Elasticsearch 9, for when the archive outgrows its embedded engines.

The same `search.SearchDocument`s that SQLite and PostgreSQL index (`search/engines/`) are sent
to one Elasticsearch index, `settings.SEARCH_ELASTICSEARCH["INDEX"]`, with the analysis and the
mapping of `settings.SEARCH_INDEX_SETTINGS`. The rows stay in the database: Elasticsearch answers
which documents match, in what order and with what facet counts, and the page is drawn from the
rows, as on the embedded engines.

The request bodies are built by pure functions (`index_body`, `document_source`, `query_body`,
`suggest_body`) and the responses read by pure functions (`parse_search`, `parse_suggest`), so
that everything but the cluster itself is tested without one
(tests/search/test_search_elasticsearch.py; what has and has not been run against a live
cluster is in docs/search.md).

Analysis, in the cluster rather than in Python: every text field is indexed three ways,
`archive_folded` (elisions removed, lower case, accents folded), `.french` (the same with French
stop words and the light French stemmer) and `.english` (possessives, English stop words, the
minimal English stemmer), and the raw query is analysed by each. A document matches when every
word of the query is found in one of these ways (`cross_fields`, operator AND), as on the
embedded engines, where `search/text.py` does that analysis once in Python.
"""

import copy
import urllib.parse

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from search.engines.base import SORTS
from search.facet_codes import FACETS

# The facets (`search.facet_codes`) but the type, which is counted from its own field.
FACET_NAMES = tuple(name for name in FACETS if name != "type")
FILTER_NAMES = ("type", *FACET_NAMES)

# A document whose title (or English title) holds every word of the query gets TITLE_TIER on top
# of its score. Any other scores at most about 300 a query word (BM25's ceiling at a million
# documents, about 30, times TITLE_BOOST) and a query has at most 100 words (MAX_QUERY_LENGTH
# characters): title matches always come first, then each tier is ordered by score, as the
# embedded engines order them by rank.
TITLE_TIER = 100_000
TITLE_BOOST = 10
MAX_QUERY_LENGTH = 200
ANALYSED = ("", ".french", ".english")
TITLE_FIELDS = [f"{name}{sub}" for name in ("title", "title_en") for sub in ANALYSED]
TEXT_FIELDS = [f"{name}{sub}" for name in ("context", "body", "extra_text") for sub in ANALYSED]
AUTOCOMPLETE_FIELDS = ["title.autocomplete", "title_en.autocomplete"]

FACET_SIZE = 100
FACET_SIZES = {"year": 200, "decade": 50}
TYPE_BUCKETS = 20
BULK_SIZE = 500
# Elasticsearch's index.max_result_window: a page past it comes back empty, total and facets kept.
MAX_RESULT_WINDOW = 10_000
PASSAGE = "passage"


class SearchEngineError(Exception):
    """Elasticsearch could not be reached, or refused a request; the message says which and why."""


# Request bodies ------------------------------------------------------------------------------


def index_body():
    """The settings (analysis) and mappings the index is created with."""
    return copy.deepcopy(settings.SEARCH_INDEX_SETTINGS)


def document_source(pk, document):
    """What is stored for one `search.documents.Document` whose row has the primary key `pk`."""
    return {
        "id": pk,
        "type": str(document.type),
        "source": document.source,
        "object_id": int(document.source.rpartition(":")[2]),
        "locale": document.locale,
        "title": document.title,
        "title_en": document.title_en,
        "context": document.context,
        "body": document.body,
        "extra_text": document.extra_text,
        "date": document.date.isoformat() if document.date else None,
        "year": document.year,
        "start": document.start,
        "speaker": document.speaker,
        "audience": str(document.audience),
        "available_from": (
            document.available_from.isoformat() if document.available_from else None
        ),
        "facets": [
            {"name": name, "value": value, "label": label, "label_en": label_en}
            for name, value, label, label_en in dict.fromkeys(document.facets)
        ],
    }


def visibility_filters(*, audiences, language, today):
    """What a visitor may see: their audiences, their language or none, nothing not yet open."""
    return [
        {"terms": {"audience": [str(audience) for audience in audiences]}},
        {"terms": {"locale": ["", language]}},
        {
            "bool": {
                "should": [
                    {"bool": {"must_not": [{"exists": {"field": "available_from"}}]}},
                    {"range": {"available_from": {"lte": today.isoformat()}}},
                ],
                "minimum_should_match": 1,
            }
        },
    ]


def facet_filter(name, value):
    """Documents with this facet value, e.g. ('person', 'claire-denis')."""
    return {
        "nested": {
            "path": "facets",
            "query": {
                "bool": {
                    "filter": [
                        {"term": {"facets.name": name}},
                        {"term": {"facets.value": str(value)}},
                    ]
                }
            },
        }
    }


def filter_clauses(filters, dates):
    """The chosen facet values and date range, as `search.query.ArchiveSearch` applies them."""
    clauses = []
    for name, value in (filters or {}).items():
        if name not in FILTER_NAMES:
            raise ValueError(f"Unknown search filter {name!r}: expected one of {FILTER_NAMES}.")
        if name == "type":
            clauses.append({"term": {"type": str(value)}})
        elif name == "year":
            clauses.append({"term": {"year": int(value)}})
        else:
            clauses.append(facet_filter(name, value))
    dates = dates or {}
    if dates.get("from") or dates.get("to"):
        bounds = {}
        if dates.get("from"):
            bounds["gte"] = dates["from"].isoformat()
        if dates.get("to"):
            bounds["lt"] = dates["to"].isoformat()
        clauses.append({"range": {"date": bounds}})
    return clauses


def match_query(terms_text, fields):
    return {
        "multi_match": {
            "query": terms_text,
            "type": "cross_fields",
            "operator": "and",
            "fields": fields,
        }
    }


def facet_aggregations():
    """Document counts per type, and per value of each facet with its labels."""
    per_facet = {}
    for name in FACET_NAMES:
        terms = {"field": "facets.value", "size": FACET_SIZES.get(name, FACET_SIZE)}
        if name in ("year", "decade"):
            terms["order"] = {"_key": "desc"}
        per_facet[name] = {
            "filter": {"term": {"facets.name": name}},
            "aggs": {
                "values": {
                    "terms": terms,
                    "aggs": {
                        "documents": {"reverse_nested": {}},
                        "label": {"terms": {"field": "facets.label", "size": 1}},
                        "label_en": {"terms": {"field": "facets.label_en", "size": 1}},
                    },
                }
            },
        }
    return {
        "types": {"terms": {"field": "type", "size": TYPE_BUCKETS}},
        "facets": {"nested": {"path": "facets"}, "aggs": per_facet},
    }


def query_body(
    terms_text,
    *,
    filters=None,
    dates=None,
    audiences,
    language,
    today,
    sort="relevance",
    offset=0,
    limit=20,
    facets=True,
):
    """
    The `_search` body of one page of results. Without words, everything the filters allow is
    listed, newest first (as on the embedded engines); `sort` is "relevance", "date" or "-date".
    """
    if sort not in SORTS:
        raise ValueError(f"Unknown sort {sort!r}: expected one of {SORTS}.")
    terms_text = (terms_text or "").strip()[:MAX_QUERY_LENGTH]
    query = {
        "bool": {
            "filter": [
                *visibility_filters(audiences=audiences, language=language, today=today),
                *filter_clauses(filters, dates),
            ]
        }
    }
    if terms_text:
        title_fields = [f"{field}^{TITLE_BOOST}" for field in TITLE_FIELDS]
        query["bool"]["must"] = [match_query(terms_text, title_fields + TEXT_FIELDS)]
        query["bool"]["should"] = [
            {
                "constant_score": {
                    "filter": match_query(terms_text, TITLE_FIELDS),
                    "boost": TITLE_TIER,
                }
            }
        ]
    if sort == "relevance" and terms_text:
        order = [{"_score": {"order": "desc"}}]
    else:
        direction = "asc" if sort == "date" else "desc"
        order = [{"date": {"order": direction, "missing": "_last"}}]
    offset = min(max(0, offset), MAX_RESULT_WINDOW)
    body = {
        "query": query,
        "sort": [*order, {"id": {"order": "asc"}}],
        "from": offset,
        "size": max(0, min(limit, MAX_RESULT_WINDOW - offset)),
        "track_total_hits": True,
        "_source": False,
    }
    if facets:
        body["aggs"] = facet_aggregations()
    return body


def suggest_body(text, *, audiences, language, today, limit):
    """
    Titles that hold words starting with each word typed so far ("leos car" finds "Léos Carax"),
    whole-word matches first; transcript passages are never suggested.
    """
    text = text.strip()[:MAX_QUERY_LENGTH]
    return {
        "query": {
            "bool": {
                "must": [match_query(text, AUTOCOMPLETE_FIELDS)],
                "should": [{"multi_match": {"query": text, "fields": ["title", "title_en"]}}],
                "filter": visibility_filters(audiences=audiences, language=language, today=today),
                "must_not": [{"term": {"type": PASSAGE}}],
            }
        },
        "sort": [{"_score": {"order": "desc"}}, {"id": {"order": "asc"}}],
        "size": limit,
        "_source": False,
    }


# Responses -----------------------------------------------------------------------------------


def _first_key(aggregation):
    buckets = (aggregation or {}).get("buckets") or []
    return buckets[0]["key"] if buckets else ""


def parse_search(response):
    """{"total", "ids" (ranked), "facets": {name: [(value, label, label_en, count)]}, "types"}."""
    hits = response["hits"]
    aggregations = response.get("aggregations") or {}
    types = {
        bucket["key"]: bucket["doc_count"]
        for bucket in (aggregations.get("types") or {}).get("buckets", [])
    }
    facets = {}
    nested = aggregations.get("facets") or {}
    for name in FACET_NAMES:
        options = [
            (
                bucket["key"],
                _first_key(bucket.get("label")) or bucket["key"],
                _first_key(bucket.get("label_en")),
                bucket["documents"]["doc_count"],
            )
            for bucket in ((nested.get(name) or {}).get("values") or {}).get("buckets", [])
        ]
        if name in ("year", "decade"):
            options.sort(key=lambda option: option[0], reverse=True)
        else:
            options.sort(key=lambda option: (-option[3], option[1].lower()))
        if options:
            facets[name] = options
    return {
        "total": hits["total"]["value"],
        "ids": [int(hit["_id"]) for hit in hits["hits"]],
        "facets": facets,
        "types": types,
    }


def parse_suggest(response):
    return [int(hit["_id"]) for hit in response["hits"]["hits"]]


def describe(error):
    """The status, type and reason of an Elasticsearch error, or what stopped the connection."""
    body = getattr(error, "body", None)
    meta = getattr(error, "meta", None)
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        detail = body["error"]
        cause = (detail.get("root_cause") or [detail])[0]
        return f"{meta.status} {cause.get('type')}: {cause.get('reason')}"
    if meta is not None and hasattr(meta, "status"):
        return f"{meta.status} {getattr(error, 'message', error)}"
    return f"{type(error).__name__}: {error}"


def without_credentials(url):
    parts = urllib.parse.urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        parts = parts._replace(netloc=host)
    return urllib.parse.urlunsplit(parts)


# The engine ----------------------------------------------------------------------------------


class ElasticsearchEngine:
    """
    The public search's documents in Elasticsearch 9, when `ELASTICSEARCH_URL` is set.

    Wagtail's own `elasticsearch9` backend (WAGTAILSEARCH_BACKENDS) still serves the admin's
    page search; this engine serves the researchers' search over `search.SearchDocument`, with
    the same filters, facets and ranking as the embedded engines (title matches first, then
    score). See https://docs.wagtail.org/en/stable/topics/search/backends.html for the former.

    Interface (the database rows stay the source of what is shown; this answers which, in what
    order, with what counts):

    - `ElasticsearchEngine(client=None)`: settings.SEARCH_ELASTICSEARCH (URL, INDEX, TIMEOUT);
      a ready `elasticsearch.Elasticsearch` client may be passed instead of the URL.
    - `create_index()`, `delete_index()` (a missing index is not an error), `clear()` (delete and
      create again, so a rebuild also applies a changed mapping), `refresh()`.
    - `write([(pk, Document), …])` indexes in bulk under the row's primary key; `delete([pk, …])`.
      Both create the index first if it is missing, so that Elasticsearch never creates it on the
      fly with guessed mappings.
    - `search(terms_text, *, filters, dates, audiences, language, today, sort, offset, limit,
      facets=True)` -> {"total": int, "ids": [pk, …] ranked, "facets": {name: [(value, label,
      label_en, count)]}, "types": {type: count}}; `terms_text` is the query as typed, `filters`
      {name: value} over FILTER_NAMES, `dates` {"from": date, "to": exclusive end date}.
    - `suggest(text, *, audiences, language, today, limit)` -> [pk, …] ranked, no passages.

    Any refusal or failure of the cluster raises `SearchEngineError`, naming the index, the
    action and Elasticsearch's reason.
    """

    def __init__(self, client=None):
        config = settings.SEARCH_ELASTICSEARCH
        self.index = config["INDEX"]
        self.url = config.get("URL") or ""
        if client is None:
            if not self.url:
                raise ImproperlyConfigured(
                    "SEARCH_ELASTICSEARCH['URL'] is empty: set ELASTICSEARCH_URL to use "
                    "Elasticsearch."
                )
            from elasticsearch import Elasticsearch

            client = Elasticsearch(self.url, request_timeout=config.get("TIMEOUT", 10))
        self.client = client
        self._index_ready = False

    def _call(self, action, function, *args, **kwargs):
        from elasticsearch import ApiError, TransportError

        try:
            return function(*args, **kwargs)
        except (ApiError, TransportError) as error:
            where = without_credentials(self.url) if self.url else "Elasticsearch"
            raise SearchEngineError(
                f"Elasticsearch ({where}, index {self.index!r}) could not {action}: "
                f"{describe(error)}"
            ) from error

    # The index -------------------------------------------------------------------------------

    def create_index(self):
        body = index_body()
        self._call(
            "create the index",
            self.client.indices.create,
            index=self.index,
            settings=body["settings"],
            mappings=body["mappings"],
        )
        self._index_ready = True

    def delete_index(self):
        self._call(
            "delete the index",
            self.client.options(ignore_status=404).indices.delete,
            index=self.index,
        )
        self._index_ready = False

    def ensure_index(self):
        """Create the index if it is missing (another process may be creating it too)."""
        if self._index_ready:
            return
        if not self._call("check the index", self.client.indices.exists, index=self.index):
            try:
                self.create_index()
            except SearchEngineError as error:
                if "resource_already_exists_exception" not in str(error):
                    raise
        self._index_ready = True

    def clear(self):
        self.delete_index()
        self.create_index()

    def refresh(self):
        """Make what was just written searchable now rather than within a second."""
        self._call("refresh the index", self.client.indices.refresh, index=self.index)

    # Writing ---------------------------------------------------------------------------------

    def _bulk(self, action, operations):
        response = self._call(action, self.client.bulk, index=self.index, operations=operations)
        response = response.body
        if not response.get("errors"):
            return
        failures = []
        for item in response["items"]:
            kind, result = next(iter(item.items()))
            if "error" in result and not (kind == "delete" and result.get("status") == 404):
                error = result["error"]
                failures.append(f"{result.get('_id')}: {error.get('type')}: {error.get('reason')}")
        if failures:
            raise SearchEngineError(
                f"Elasticsearch (index {self.index!r}) refused {len(failures)} of "
                f"{len(response['items'])} operations to {action}; first: {failures[0]}"
            )

    def write(self, documents_with_ids):
        """Index (or replace) each `(pk, Document)`, BULK_SIZE documents a request."""
        pairs = list(documents_with_ids)
        if not pairs:
            return
        self.ensure_index()
        for start in range(0, len(pairs), BULK_SIZE):
            operations = []
            for pk, document in pairs[start : start + BULK_SIZE]:
                operations.append({"index": {"_id": str(pk)}})
                operations.append(document_source(pk, document))
            self._bulk("index documents", operations)

    def delete(self, ids):
        ids = list(ids)
        if not ids:
            return
        self.ensure_index()
        for start in range(0, len(ids), BULK_SIZE):
            operations = [{"delete": {"_id": str(pk)}} for pk in ids[start : start + BULK_SIZE]]
            self._bulk("delete documents", operations)

    # Reading ---------------------------------------------------------------------------------

    def search(
        self,
        terms_text,
        *,
        filters=None,
        dates=None,
        audiences,
        language,
        today,
        sort="relevance",
        offset=0,
        limit=20,
        facets=True,
    ):
        body = query_body(
            terms_text,
            filters=filters,
            dates=dates,
            audiences=audiences,
            language=language,
            today=today,
            sort=sort,
            offset=offset,
            limit=limit,
            facets=facets,
        )
        response = self._call("search", self.client.search, index=self.index, body=body)
        return parse_search(response.body)

    def suggest(self, text, *, audiences, language, today, limit):
        if not (text or "").strip():
            return []
        body = suggest_body(text, audiences=audiences, language=language, today=today, limit=limit)
        response = self._call("suggest titles", self.client.search, index=self.index, body=body)
        return parse_suggest(response.body)
