"""
The Elasticsearch engine (search/engines/elasticsearch.py), tested without a cluster, and with one.

No Elasticsearch server can run where these tests are written, so four things are pinned here
without one: the analysis and mapping in settings, the request bodies the engine builds (two of
them against stored files), what the engine sends to a server and how it reads the answers (a
local HTTP server that records each request and replays Elasticsearch 9 responses stored in
tests/fixtures/elasticsearch/), and how a failure surfaces. `TestLiveCluster` runs the same
searches on a real cluster; it is deselected unless ELASTICSEARCH_URL is set (docs/search.md).
"""

import datetime
import json
import os
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings as django_settings
from django.test import override_settings

from search.documents import Document
from search.engines import elasticsearch
from search.engines.elasticsearch import (
    FACET_NAMES,
    ElasticsearchEngine,
    SearchEngineError,
    document_source,
    index_body,
    query_body,
    suggest_body,
)
from tests.paths import FIXTURES

FIXTURES = FIXTURES / "elasticsearch"
INDEX = "laclef_test_documents"
TODAY = datetime.date(2025, 3, 14)
PUBLIC = ["public"]


def fixture(name):
    return json.loads((FIXTURES / name).read_text())


def response(name):
    return fixture(f"responses/{name}")


def as_json(body):
    """A body as Elasticsearch receives it (dates and tuples become strings and lists)."""
    return json.loads(json.dumps(body))


def analysis():
    return django_settings.SEARCH_INDEX_SETTINGS["settings"]["analysis"]


def analyser_filters(name):
    """The filter definitions of an analyser, in order (a built-in name stands for itself)."""
    defined = analysis()["filter"]
    return [defined.get(item, {"type": item}) for item in analysis()["analyzer"][name]["filter"]]


def filter_types(name):
    return [item["type"] for item in analyser_filters(name)]


def stemmers(name):
    return [item["language"] for item in analyser_filters(name) if item["type"] == "stemmer"]


def film(**changes):
    document = Document(
        type="film",
        source="archive.film:7",
        title="Beau travail",
        context="Claire Denis",
        body="La Légion étrangère à Djibouti.",
        extra_text="légionnaires",
        date=datetime.date(1999, 1, 1),
        date_precision="year",
    )
    document.add_date_facets()
    document.add_facet("person", "claire-denis", "Claire Denis")
    document.add_facet("series", "nuits-blanches", "Nuits blanches", "Sleepless nights")
    for name, value in changes.items():
        setattr(document, name, value)
    return document


# The analysis and the mapping -----------------------------------------------------------------


def test_the_french_analyser_removes_elisions_folds_accents_and_stems_lightly():
    filters = analyser_filters("archive_french")
    elision = next(item for item in filters if item["type"] == "elision")
    articles = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"}
    assert articles <= set(elision["articles"])
    assert elision["articles_case"] is True
    assert stemmers("archive_french") == ["light_french"]
    types = filter_types("archive_french")
    assert types.index("elision") < types.index("lowercase") < types.index("asciifolding")
    assert types.index("asciifolding") < types.index("stemmer")
    assert analysis()["analyzer"]["archive_french"]["tokenizer"] == "standard"


def test_the_english_analyser_drops_possessives_folds_accents_and_stems_lightly():
    assert stemmers("archive_english")[0] == "possessive_english"
    assert stemmers("archive_english")[-1] in ("light_english", "minimal_english")
    types = filter_types("archive_english")
    assert types.index("lowercase") < types.index("asciifolding") < len(types) - 1
    assert types[-1] == "stemmer"


def test_names_and_titles_are_also_indexed_folded_but_not_stemmed():
    assert filter_types("archive_folded") == ["elision", "lowercase", "asciifolding"]


def test_autocomplete_indexes_word_prefixes_and_searches_whole_typed_words():
    assert filter_types("archive_autocomplete")[-1] == "edge_ngram"
    assert "edge_ngram" not in filter_types("archive_autocomplete_search")
    assert {"elision", "asciifolding"} <= set(filter_types("archive_autocomplete_search"))


def test_every_analyser_the_mapping_names_is_defined():
    analysers = set(analysis()["analyzer"])
    named = []

    def walk(properties):
        for field in properties.values():
            named.extend(field[key] for key in ("analyzer", "search_analyzer") if key in field)
            walk(field.get("fields", {}))
            walk(field.get("properties", {}))

    walk(index_body()["mappings"]["properties"])
    assert named and set(named) <= analysers


def test_text_fields_are_indexed_folded_in_french_and_in_english():
    properties = index_body()["mappings"]["properties"]
    for name in ("title", "title_en", "context", "body", "extra_text"):
        assert properties[name]["analyzer"] == "archive_folded"
        assert {"french", "english"} <= set(properties[name]["fields"])
    assert "autocomplete" in properties["title"]["fields"]


def mapped(field):
    """The mapping of a dotted field name ('title.french', 'facets.value'), or None."""
    properties = index_body()["mappings"]["properties"]
    head, _, rest = field.partition(".")
    if head not in properties:
        return None
    mapping = properties[head]
    if rest:
        return mapping.get("fields", {}).get(rest) or mapping.get("properties", {}).get(rest)
    return mapping


def fields_used(body):
    """Every field a request body filters, matches, sorts or aggregates on."""
    found = set()

    def walk(node):
        if isinstance(node, list):
            for item in node:
                walk(item)
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            if key == "terms" and "field" in value:
                found.add(value["field"])
            elif key in ("term", "terms", "range"):
                found.update(name for name in value if name != "boost")
            elif key == "exists":
                found.add(value["field"])
            elif key == "multi_match":
                found.update(name.split("^")[0] for name in value["fields"])
            elif key == "nested":
                found.add(value["path"])
            elif key == "field" and isinstance(value, str):
                found.add(value)
            elif key == "sort":
                found.update(name for item in value for name in item if name != "_score")
            walk(value)

    walk(body)
    return found


def test_the_mapping_maps_every_field_the_engine_filters_sorts_or_aggregates_on():
    filters = {**dict.fromkeys(FACET_NAMES, "x"), "type": "film", "year": "1999"}
    dates = {"from": datetime.date(1990, 1, 1), "to": datetime.date(2000, 1, 1)}
    bodies = [
        query_body("beau", audiences=PUBLIC, language="fr", today=TODAY),
        query_body("", filters=filters, dates=dates, audiences=PUBLIC, language="en", today=TODAY),
        query_body("x", sort="date", audiences=PUBLIC, language="fr", today=TODAY),
        suggest_body("beau tr", audiences=PUBLIC, language="fr", today=TODAY, limit=8),
    ]
    used = set().union(*(fields_used(body) for body in bodies))
    assert {"type", "year", "date", "id", "audience", "locale", "available_from"} <= used
    assert {"facets", "facets.name", "facets.value", "title.autocomplete"} <= used
    assert [field for field in sorted(used) if mapped(field) is None] == []
    keywords = ["type", "locale", "audience", "facets.name", "facets.value", "facets.label"]
    assert {mapped(field)["type"] for field in keywords} == {"keyword"}
    assert mapped("facets")["type"] == "nested"
    assert mapped("date")["type"] == mapped("available_from")["type"] == "date"


def test_what_is_stored_for_a_document_fits_the_strict_mapping():
    assert index_body()["mappings"]["dynamic"] == "strict"
    source = as_json(document_source(41, film()))
    assert set(source) <= set(index_body()["mappings"]["properties"])
    assert source["id"] == 41
    assert source["object_id"] == 7
    assert source["type"] == "film"
    assert source["date"] == "1999-01-01"
    assert source["year"] == 1999
    assert source["available_from"] is None
    assert source["extra_text"] == "légionnaires"
    assert {"name": "person", "value": "claire-denis", "label": "Claire Denis", "label_en": ""} in (
        source["facets"]
    )
    assert {facet["name"] for facet in source["facets"]} == {"year", "decade", "person", "series"}


# The request bodies ---------------------------------------------------------------------------


def representative_search():
    return query_body(
        "l'occupation",
        filters={"type": "screening", "person": "claire-denis", "decade": "1990"},
        dates={"from": datetime.date(1990, 1, 1), "to": datetime.date(2000, 1, 1)},
        audiences=PUBLIC,
        language="fr",
        today=TODAY,
        sort="relevance",
        offset=20,
        limit=20,
    )


def test_a_representative_search_sends_the_stored_body():
    assert as_json(representative_search()) == fixture("search_body.json")


def test_a_representative_suggestion_sends_the_stored_body():
    body = suggest_body(
        "leos car", audiences=["public", "registered"], language="en", today=TODAY, limit=24
    )
    assert as_json(body) == fixture("suggest_body.json")


def test_words_must_all_match_across_the_folded_french_and_english_fields():
    body = query_body("celine sciamma", audiences=PUBLIC, language="fr", today=TODAY)
    (match,) = body["query"]["bool"]["must"]
    assert match["multi_match"]["query"] == "celine sciamma"
    assert match["multi_match"]["type"] == "cross_fields"
    assert match["multi_match"]["operator"] == "and"
    fields = match["multi_match"]["fields"]
    for name in ("title", "title.french", "title.english", "title_en.french"):
        assert f"{name}^{elasticsearch.TITLE_BOOST}" in fields
    for name in ("body", "body.french", "body.english", "context.french", "extra_text"):
        assert name in fields


def test_title_matches_rank_above_body_only_matches():
    body = query_body("occupation", audiences=PUBLIC, language="fr", today=TODAY)
    (tier,) = body["query"]["bool"]["should"]
    title_match = tier["constant_score"]["filter"]["multi_match"]
    assert tier["constant_score"]["boost"] == elasticsearch.TITLE_TIER >= 100_000
    assert title_match["operator"] == "and"
    assert {field.split(".")[0] for field in title_match["fields"]} == {"title", "title_en"}
    assert body["sort"] == [{"_score": {"order": "desc"}}, {"id": {"order": "asc"}}]
    assert body["track_total_hits"] is True
    assert body["_source"] is False


def test_filters_dates_audiences_language_and_embargoes_are_filters():
    body = as_json(representative_search())
    clauses = body["query"]["bool"]["filter"]
    assert {"terms": {"audience": ["public"]}} in clauses
    assert {"terms": {"locale": ["", "fr"]}} in clauses
    assert {"term": {"type": "screening"}} in clauses
    assert {"range": {"date": {"gte": "1990-01-01", "lt": "2000-01-01"}}} in clauses
    embargo = next(clause for clause in clauses if "bool" in clause)["bool"]
    assert embargo["minimum_should_match"] == 1
    assert {"range": {"available_from": {"lte": "2025-03-14"}}} in embargo["should"]
    person = as_json(elasticsearch.facet_filter("person", "claire-denis"))
    assert person in clauses
    assert person["nested"]["query"]["bool"]["filter"] == [
        {"term": {"facets.name": "person"}},
        {"term": {"facets.value": "claire-denis"}},
    ]
    year = query_body("", filters={"year": "1999"}, audiences=PUBLIC, language="fr", today=TODAY)
    assert {"term": {"year": 1999}} in year["query"]["bool"]["filter"]
    assert body["from"] == 20 and body["size"] == 20


def test_without_words_everything_filtered_is_listed_newest_first():
    body = query_body(
        "  ", filters={"tag": "cine-club"}, audiences=PUBLIC, language="en", today=TODAY
    )
    assert "must" not in body["query"]["bool"]
    assert body["sort"][0] == {"date": {"order": "desc", "missing": "_last"}}


def test_date_sorts_put_undated_documents_last():
    for sort, order in (("date", "asc"), ("-date", "desc")):
        body = query_body("godard", sort=sort, audiences=PUBLIC, language="fr", today=TODAY)
        assert body["sort"] == [
            {"date": {"order": order, "missing": "_last"}},
            {"id": {"order": "asc"}},
        ]


def test_facets_count_documents_per_value_with_their_labels():
    aggregations = query_body("x", audiences=PUBLIC, language="fr", today=TODAY)["aggs"]
    assert aggregations["types"]["terms"]["field"] == "type"
    per_facet = aggregations["facets"]["aggs"]
    assert aggregations["facets"]["nested"] == {"path": "facets"}
    assert set(per_facet) == set(FACET_NAMES)
    person = per_facet["person"]
    assert person["filter"] == {"term": {"facets.name": "person"}}
    values = person["aggs"]["values"]
    assert values["terms"]["field"] == "facets.value"
    assert values["aggs"]["documents"] == {"reverse_nested": {}}
    assert values["aggs"]["label"]["terms"]["field"] == "facets.label"
    assert per_facet["year"]["aggs"]["values"]["terms"]["order"] == {"_key": "desc"}
    without = query_body("x", audiences=PUBLIC, language="fr", today=TODAY, facets=False)
    assert "aggs" not in without


def test_a_page_past_the_result_window_asks_for_no_hits_rather_than_failing():
    body = query_body("x", offset=10_000, limit=20, audiences=PUBLIC, language="fr", today=TODAY)
    assert body["from"] + body["size"] <= elasticsearch.MAX_RESULT_WINDOW
    assert body["size"] == 0


def test_unknown_filters_and_sorts_are_refused():
    with pytest.raises(ValueError, match="colour"):
        query_body("x", filters={"colour": "red"}, audiences=PUBLIC, language="fr", today=TODAY)
    with pytest.raises(ValueError, match="title"):
        query_body("x", sort="title", audiences=PUBLIC, language="fr", today=TODAY)


def test_suggestions_match_title_prefixes_and_never_passages():
    body = suggest_body("Léos car", audiences=PUBLIC, language="fr", today=TODAY, limit=8)
    query = body["query"]["bool"]
    (match,) = query["must"]
    assert match["multi_match"]["fields"] == ["title.autocomplete", "title_en.autocomplete"]
    assert match["multi_match"]["operator"] == "and"
    assert query["must_not"] == [{"term": {"type": "passage"}}]
    assert {"terms": {"audience": ["public"]}} in query["filter"]
    assert body["size"] == 8


# Against a server that replays Elasticsearch's answers ----------------------------------------


class ReplayServer:
    """
    An HTTP server on 127.0.0.1 that answers like Elasticsearch 9 and records each request.

    `answer(method, path, status, body)` sets the response to a request; requests without an
    answer get a 500 that names them. `requests` holds (method, path, query, headers, body),
    the body parsed from JSON or NDJSON.
    """

    def __init__(self):
        self.answers = {}
        self.requests = []
        self.product_header = True
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def handle_any(self):
                url = urlsplit(self.path)
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length).decode() if length else ""
                if "ndjson" in (self.headers.get("content-type") or ""):
                    body = [json.loads(line) for line in raw.splitlines() if line]
                else:
                    body = json.loads(raw) if raw else None
                server.requests.append(
                    {
                        "method": self.command,
                        "path": url.path,
                        "query": {key: value[0] for key, value in parse_qs(url.query).items()},
                        "headers": {key.lower(): value for key, value in self.headers.items()},
                        "body": body,
                    }
                )
                status, answer = server.answers.get(
                    (self.command, url.path),
                    (500, {"error": f"no answer for {self.command} {url.path}"}),
                )
                payload = b"" if self.command == "HEAD" else json.dumps(answer).encode()
                self.send_response(status)
                self.send_header(
                    "Content-Type", "application/vnd.elasticsearch+json;compatible-with=9"
                )
                if server.product_header:
                    self.send_header("X-Elastic-Product", "Elasticsearch")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = handle_any

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def answer(self, method, path, status=200, body=None):
        self.answers[(method, path)] = (status, body if body is not None else {})

    def paths(self):
        return [(request["method"], request["path"]) for request in self.requests]


@pytest.fixture
def server(settings):
    replay = ReplayServer()
    replay.thread.start()
    settings.SEARCH_ELASTICSEARCH = {"URL": replay.url, "INDEX": INDEX, "TIMEOUT": 5}
    yield replay
    replay.httpd.shutdown()
    replay.httpd.server_close()


@pytest.fixture
def engine(server):
    return ElasticsearchEngine()


def test_create_index_sends_the_settings_and_mapping(server, engine):
    server.answer("PUT", f"/{INDEX}", body=response("create_index.json"))
    engine.create_index()
    (request,) = server.requests
    assert (request["method"], request["path"]) == ("PUT", f"/{INDEX}")
    assert request["body"] == as_json(django_settings.SEARCH_INDEX_SETTINGS)
    assert "compatible-with=9" in request["headers"]["content-type"]


def test_clear_deletes_the_index_and_creates_it_again_even_if_it_was_missing(server, engine):
    server.answer("DELETE", f"/{INDEX}", 404, response("index_not_found.json"))
    server.answer("PUT", f"/{INDEX}", body=response("create_index.json"))
    engine.clear()
    assert server.paths() == [("DELETE", f"/{INDEX}"), ("PUT", f"/{INDEX}")]


def test_write_indexes_documents_in_bulk_under_their_row_ids(server, engine, monkeypatch):
    monkeypatch.setattr(elasticsearch, "BULK_SIZE", 2)
    server.answer("HEAD", f"/{INDEX}")
    server.answer("PUT", f"/{INDEX}/_bulk", body=response("bulk_index.json"))
    documents = [(41, film()), (42, film(title="Chocolat")), (43, film(title="J'ai pas sommeil"))]
    engine.write(documents)
    assert server.paths() == [
        ("HEAD", f"/{INDEX}"),
        ("PUT", f"/{INDEX}/_bulk"),
        ("PUT", f"/{INDEX}/_bulk"),
    ]
    first, second = server.requests[1]["body"], server.requests[2]["body"]
    assert first[0::2] == [{"index": {"_id": "41"}}, {"index": {"_id": "42"}}]
    assert first[1] == as_json(document_source(41, film()))
    assert second == [{"index": {"_id": "43"}}, as_json(document_source(43, documents[2][1]))]
    assert "x-ndjson" in server.requests[1]["headers"]["content-type"]


def test_the_first_write_creates_a_missing_index_with_its_mapping(server, engine):
    server.answer("HEAD", f"/{INDEX}", 404)
    server.answer("PUT", f"/{INDEX}", body=response("create_index.json"))
    server.answer("PUT", f"/{INDEX}/_bulk", body=response("bulk_index.json"))
    engine.write([(41, film())])
    engine.write([(42, film())])
    assert server.paths() == [
        ("HEAD", f"/{INDEX}"),
        ("PUT", f"/{INDEX}"),
        ("PUT", f"/{INDEX}/_bulk"),
        ("PUT", f"/{INDEX}/_bulk"),
    ]
    assert server.requests[1]["body"]["mappings"]["dynamic"] == "strict"


def test_an_index_created_meanwhile_by_another_process_is_used(server, engine):
    server.answer("HEAD", f"/{INDEX}", 404)
    server.answer("PUT", f"/{INDEX}", 400, response("index_already_exists.json"))
    server.answer("PUT", f"/{INDEX}/_bulk", body=response("bulk_index.json"))
    engine.write([(41, film())])
    assert server.paths()[-1] == ("PUT", f"/{INDEX}/_bulk")


def test_creating_an_index_that_exists_is_a_clear_error(server, engine):
    server.answer("PUT", f"/{INDEX}", 400, response("index_already_exists.json"))
    with pytest.raises(SearchEngineError, match="could not create the index: 400 resource_already"):
        engine.create_index()


def test_delete_removes_documents_and_ignores_those_already_gone(server, engine):
    server.answer("HEAD", f"/{INDEX}")
    server.answer("PUT", f"/{INDEX}/_bulk", body=response("bulk_delete.json"))
    engine.delete([41, 99])
    assert server.requests[-1]["body"] == [{"delete": {"_id": "41"}}, {"delete": {"_id": "99"}}]


def test_a_refused_document_is_a_clear_error(server, engine):
    server.answer("HEAD", f"/{INDEX}")
    server.answer("PUT", f"/{INDEX}/_bulk", body=response("bulk_index_error.json"))
    with pytest.raises(SearchEngineError) as error:
        engine.write([(41, film()), (42, film())])
    message = str(error.value)
    assert "refused 1 of 2" in message
    assert "42: document_parsing_exception: [1:187] failed to parse field [date]" in message


def test_search_sends_the_query_and_reads_ids_totals_and_facets(server, engine):
    server.answer("POST", f"/{INDEX}/_search", body=response("search.json"))
    arguments = {
        "filters": {"type": "screening", "person": "claire-denis", "decade": "1990"},
        "dates": {"from": datetime.date(1990, 1, 1), "to": datetime.date(2000, 1, 1)},
        "audiences": PUBLIC,
        "language": "fr",
        "today": TODAY,
        "sort": "relevance",
        "offset": 20,
        "limit": 20,
    }
    found = engine.search("l'occupation", **arguments)
    (request,) = server.requests
    assert (request["method"], request["path"]) == ("POST", f"/{INDEX}/_search")
    assert request["body"] == fixture("search_body.json")
    assert found["total"] == 23
    assert found["ids"] == [41, 12, 45]
    assert found["types"] == {"screening": 20, "film": 2, "passage": 1}
    assert found["facets"] == {
        "decade": [("1990", "1990s", "", 15), ("1940", "1940s", "", 8)],
        "year": [("1999", "1999", "", 4), ("1944", "1944", "", 8)],
        "series": [("nuits-blanches", "Nuits blanches", "Sleepless nights", 5)],
        "person": [
            ("agnes-varda", "Agnès Varda", "", 12),
            ("claire-denis", "Claire Denis", "", 12),
            ("leos-carax", "Léos Carax", "", 3),
        ],
        "country": [("FR", "FR", "", 17)],
        "has": [("transcript", "transcript", "", 1)],
    }


def test_suggest_reads_ranked_ids(server, engine):
    server.answer("POST", f"/{INDEX}/_search", body=response("suggest.json"))
    ids = engine.suggest("leos car", audiences=PUBLIC, language="fr", today=TODAY, limit=8)
    assert ids == [45, 12]
    assert server.requests[0]["body"]["query"]["bool"]["must_not"] == [
        {"term": {"type": "passage"}}
    ]
    assert engine.suggest("  ", audiences=PUBLIC, language="fr", today=TODAY, limit=8) == []
    assert len(server.requests) == 1


def test_a_refused_query_is_a_clear_error(server, engine):
    server.answer("POST", f"/{INDEX}/_search", 400, response("parsing_error.json"))
    with pytest.raises(SearchEngineError) as error:
        engine.search("x", audiences=PUBLIC, language="fr", today=TODAY)
    message = str(error.value)
    assert f"index '{INDEX}'" in message
    assert "could not search: 400 x_content_parse_exception" in message
    assert "unknown field [operatr]" in message


def test_a_missing_index_is_a_clear_error(server, engine):
    server.answer("POST", f"/{INDEX}/_search", 404, response("index_not_found.json"))
    with pytest.raises(SearchEngineError, match=r"404 index_not_found_exception: no such index"):
        engine.search("x", audiences=PUBLIC, language="fr", today=TODAY)


def test_a_server_that_is_not_elasticsearch_is_refused(server, engine):
    server.product_header = False
    server.answer("POST", f"/{INDEX}/_search", body=response("suggest.json"))
    with pytest.raises(SearchEngineError, match="not Elasticsearch"):
        engine.search("x", audiences=PUBLIC, language="fr", today=TODAY)


def test_credentials_in_the_url_are_sent_but_never_shown(server, settings):
    address = server.url.replace("http://", "http://archive:s3cret@")
    settings.SEARCH_ELASTICSEARCH = {"URL": address, "INDEX": INDEX, "TIMEOUT": 5}
    server.answer("POST", f"/{INDEX}/_search", 400, response("parsing_error.json"))
    with pytest.raises(SearchEngineError) as error:
        ElasticsearchEngine().search("x", audiences=PUBLIC, language="fr", today=TODAY)
    assert server.requests[0]["headers"]["authorization"].startswith("Basic ")
    assert "s3cret" not in str(error.value)
    assert server.url in str(error.value)


def test_an_unreachable_cluster_is_a_clear_error(settings):
    from elasticsearch import Elasticsearch

    settings.SEARCH_ELASTICSEARCH = {"URL": "http://127.0.0.1:9", "INDEX": INDEX, "TIMEOUT": 2}
    client = Elasticsearch("http://127.0.0.1:9", max_retries=0)
    with pytest.raises(SearchEngineError, match="could not search: ConnectionError"):
        ElasticsearchEngine(client).search("x", audiences=PUBLIC, language="fr", today=TODAY)


def test_without_a_url_the_engine_says_how_to_configure_it(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.SEARCH_ELASTICSEARCH = {"URL": "", "INDEX": INDEX, "TIMEOUT": 5}
    with pytest.raises(ImproperlyConfigured, match="ELASTICSEARCH_URL"):
        ElasticsearchEngine()


# Against a real cluster -----------------------------------------------------------------------


def live_documents():
    """A few documents whose words test accents, elisions, stemming, ranking and access."""

    def document(pk, **fields):
        fields.setdefault("source", f"archive.film:{pk}")
        facets = fields.pop("facets", [])
        built = Document(**fields)
        built.add_date_facets()
        for facet in facets:
            built.add_facet(*facet)
        return pk, built

    return [
        document(
            1,
            type="film",
            title="Beau travail",
            context="Claire Denis",
            body="La Légion étrangère à Djibouti.",
            date=datetime.date(1999, 1, 1),
            facets=[("person", "claire-denis", "Claire Denis")],
        ),
        document(
            2,
            type="person",
            source="archive.person:2",
            title="Céline Sciamma",
            body="Réalisatrice de Portrait de la jeune fille en feu.",
        ),
        document(
            3,
            type="page",
            source="wagtailcore.page:3",
            locale="fr",
            title="L’Occupation et la Cinémathèque",
            body="Des séances clandestines.",
            date=datetime.date(1942, 5, 1),
        ),
        document(
            4,
            type="page",
            source="wagtailcore.page:4",
            locale="en",
            title="The Occupation years",
            body="Screenings during the war.",
            date=datetime.date(1942, 5, 1),
        ),
        document(
            5,
            type="screening",
            source="archive.screening:5",
            title="Les Amants du Pont-Neuf",
            context="Léos Carax",
            body="Projection suivie d'un débat.",
            date=datetime.date(1991, 10, 16),
            facets=[("person", "leos-carax", "Léos Carax")],
        ),
        document(
            6,
            type="screening",
            source="archive.screening:6",
            title="Lacombe Lucien",
            body="Un film sur l'occupation, deux projections.",
            date=datetime.date(1974, 1, 30),
        ),
        document(
            7,
            type="passage",
            source="oral_history.interview:7",
            title="Entretien avec une programmatrice",
            body="On parlait de Léos Carax et des projections de minuit.",
            speaker="A",
            start=12.5,
        ),
        document(
            8,
            type="passage",
            source="oral_history.interview:8",
            title="Entretien réservé",
            body="L'occupation du cinéma en 1968.",
            audience="registered",
        ),
        document(
            9,
            type="passage",
            source="oral_history.interview:9",
            title="Entretien sous embargo",
            body="L'occupation de la salle.",
            available_from=TODAY + datetime.timedelta(days=365),
        ),
    ]


@pytest.fixture(scope="module")
def live():
    """The engine on ELASTICSEARCH_URL, with live_documents() in an index of its own."""
    index = f"{django_settings.ELASTICSEARCH_INDEX_PREFIX}test_{uuid.uuid4().hex[:8]}"
    config = {"URL": os.environ["ELASTICSEARCH_URL"], "INDEX": index, "TIMEOUT": 30}
    with override_settings(SEARCH_ELASTICSEARCH=config):
        engine = ElasticsearchEngine()
    engine.clear()
    engine.write(live_documents())
    engine.refresh()
    yield engine
    engine.delete_index()


@pytest.mark.elasticsearch_live
class TestLiveCluster:
    """
    The engine on a real Elasticsearch 9 at ELASTICSEARCH_URL, in an index of its own that is
    deleted afterwards. Deselected without ELASTICSEARCH_URL (tests/conftest.py).
    """

    def search(self, live, text, language="fr", **options):
        options.setdefault("audiences", PUBLIC)
        return live.search(text, language=language, today=TODAY, **options)

    def test_accents_do_not_matter(self, live):
        assert self.search(live, "celine sciamma")["ids"] == [2]
        assert set(self.search(live, "leos carax")["ids"]) == {5, 7}

    def test_elided_and_plain_words_find_the_same_documents(self, live):
        plain = self.search(live, "occupation")
        assert set(plain["ids"]) == {3, 6}
        assert self.search(live, "l'occupation")["ids"] == plain["ids"]
        assert self.search(live, "l’occupation")["ids"] == plain["ids"]

    def test_title_matches_come_before_body_matches(self, live):
        assert self.search(live, "occupation")["ids"] == [3, 6]

    def test_plurals_and_singulars_match_in_both_languages(self, live):
        assert {5, 6, 7} <= set(self.search(live, "projections")["ids"])
        assert 5 in self.search(live, "projection")["ids"]
        assert self.search(live, "screening", language="en")["ids"] == [4]

    def test_language_audience_and_embargo_are_respected(self, live):
        assert 4 not in self.search(live, "occupation", language="fr")["ids"]
        assert 3 not in self.search(live, "occupation", language="en")["ids"]
        registered = self.search(live, "occupation", audiences=["public", "registered"])
        assert 8 in registered["ids"]
        assert 9 not in registered["ids"]

    def test_filters_and_facet_counts(self, live):
        found = self.search(live, "", filters={"person": "claire-denis"})
        assert found["ids"] == [1]
        assert found["facets"]["person"] == [("claire-denis", "Claire Denis", "", 1)]
        assert found["types"] == {"film": 1}
        dated = self.search(
            live, "", dates={"from": datetime.date(1990, 1, 1), "to": datetime.date(2000, 1, 1)}
        )
        assert dated["ids"] == [1, 5]
        decades = {value: count for value, _label, _label_en, count in dated["facets"]["decade"]}
        assert decades == {"1990": 2}

    def test_date_sort(self, live):
        assert self.search(live, "occupation", sort="date")["ids"] == [3, 6]
        assert self.search(live, "occupation", sort="-date")["ids"] == [6, 3]

    def test_suggestions_complete_title_words_but_never_passages(self, live):
        options = {"audiences": PUBLIC, "language": "fr", "today": TODAY, "limit": 8}
        assert live.suggest("beau tra", **options) == [1]
        assert live.suggest("celine sc", **options) == [2]
        assert 7 not in live.suggest("entretien", **options)
