"""
One search across the archive: the words, the filters, the ranked page of results and the facets.

Every parameter is in the URL (`q`, `type`, `year`, `from`, `to`, `decade`, `event`, `series`,
`person`, `venue`, `country`, `language`, `tag`, `has`, `sort`, `page`), so a search can be shared
and scripted (`format=json`, see docs/search.md). A page of results costs the same few queries
whatever the number of matches: the count with the facets (`search/facet_codes.py`), the names
of the facet values shown, the ranked ids (`search/ranking.py`, beside the count: `search/
parallel.py`), the twenty rows and the promoted results. The SQL here is what SQLite and
PostgreSQL read alike; what they spell differently is asked of the engine (`search/engines/`).
"""

import hashlib
import math
from functools import cached_property

from django.core.cache import cache
from django.db import connection
from django.db.models import Q

from base import access
from base.access import is_approved_researcher, is_editor
from base.dates import PartialDate, end_of
from search import facet_codes, hot_words, parallel, ranking, registry
from search.engines import SORTS, elasticsearch_engine, get_engine
from search.facet_codes import FACETS
from search.indexing import LABELLED_FACETS, index_version
from search.languages import language_name
from search.models import (
    DocumentType,
    SearchDocument,
    SearchEntry,
    SearchFacet,
    SearchFacetLabel,
)
from search.models.documents import Audience
from search.text import query_terms

PER_PAGE = 20
ANSWER_CACHE_SECONDS = 60 * 60
FACET_OPTIONS = 20
MAX_QUERY_LENGTH = 200
COLUMN_FILTERS = {"type": "d.type", "year": "d.year"}
COMMON_VALUE = 5_000


class ArchiveSearch:
    """The search of one request."""

    def __init__(self, params, user=None, language="en", today=None):
        self.language = language
        self.user = user
        self.today = today or access.today()
        self.query = (params.get("q") or "").strip()[:MAX_QUERY_LENGTH]
        self.terms = query_terms(self.query)
        self.errors = {}
        self.filters = {}
        for name in FACETS:
            value = (params.get(name) or "").strip()
            if value:
                self.filters[name] = value
        if "type" in self.filters and self.filters["type"] not in DocumentType.values:
            self.errors["type"] = self.filters.pop("type")
        for name in ("year", "decade"):
            if name in self.filters and not self.filters[name].isdigit():
                self.errors[name] = self.filters.pop(name)
        self.dates = {}
        for name in ("from", "to"):
            value = (params.get(name) or "").strip()
            if value:
                try:
                    self.dates[name] = PartialDate.parse(value)
                except ValueError:
                    self.errors[name] = value
        self.sort = params.get("sort") if params.get("sort") in SORTS else "relevance"
        self._ranking = None  # the page being ranked beside the count (search/parallel.py)
        try:
            self.page_number = max(1, int(params.get("page") or 1))
        except ValueError:
            self.page_number = 1

    # What is asked ---------------------------------------------------------------------------

    @property
    def is_active(self):
        """A search runs with words, or with filters alone (browsing everything by facet)."""
        return bool(self.terms or self.filters or self.dates)

    @property
    def only_common_words(self):
        return bool(self.query) and not self.terms

    @property
    def audiences(self):
        if is_editor(self.user) or is_approved_researcher(self.user):
            return [Audience.PUBLIC, Audience.REGISTERED]
        return [Audience.PUBLIC]

    def where(self, title_only=False, words=True):
        """
        FROM, WHERE and their parameters for the documents this search may return: those whose
        text has the words, or with `title_only`, whose title has them; without `words`, the
        entries `d` that its filters and the visitor's rights allow, whatever their text.
        """
        engine = get_engine()
        if self.terms and words:
            match = engine.matches(self.terms, title_only=title_only)
            sources = match["from"]
            conditions = [match["where"]]
            params = list(match["where_params"])
        else:
            match = None
            sources = f"{SearchEntry._meta.db_table} d"
            conditions, params = [], []
        visible, visible_params = self.visibility()
        conditions.append(visible)
        params.extend(visible_params)
        for name, value in self.filters.items():
            if name in COLUMN_FILTERS:
                conditions.append(f"{COLUMN_FILTERS[name]} = %s")
                params.append(int(value) if name == "year" else value)
            elif name == "decade":  # the years of the decade, from the indexed column
                conditions.append("d.year >= %s AND d.year < %s")
                params.extend([int(value), int(value) + 10])
            elif (name, value) in self.common_filter_codes:
                conditions.append(engine.contains("d.facet_codes"))
                params.append(facet_codes.encode([self.common_filter_codes[(name, value)]]))
            else:
                conditions.append(
                    "d.id IN (SELECT document_id FROM search_searchfacet "
                    "WHERE name = %s AND value = %s)"
                )
                params.extend([name, value])
        if "from" in self.dates:
            conditions.append("d.date >= %s")
            params.append(self.dates["from"].date)
        if "to" in self.dates:
            conditions.append("d.date < %s")
            params.append(end_of(self.dates["to"]))
        return match, sources, " AND ".join(conditions), params

    @cached_property
    def common_filter_codes(self):
        """
        {(name, value): code} of the facet values filtered on that COMMON_VALUE documents or
        more have, in a word search. The words' matches drive such a search and each one's
        entry is read anyway: its codes are looked at, rather than the value's documents
        collected first (the 75,000 of has=transcript). A rarer value's few documents are
        collected, and can drive the search.
        """
        if not self.terms:
            return {}
        common = [
            (name, value)
            for name, value in self.filters.items()
            if name in FACETS
            and name not in ("type", "year", "decade")
            and SearchFacet.objects.filter(name=name, value=value)[:COMMON_VALUE].count()
            == COMMON_VALUE
        ]
        return facet_codes.codes_of(common)

    def visibility(self):
        """The condition on entries `d` that this visitor may see them, today, in this language."""
        audiences = ", ".join(["%s"] * len(self.audiences))
        return (
            f"d.locale IN ('', %s) AND d.audience IN ({audiences}) "
            "AND (d.available_from IS NULL OR d.available_from <= %s)",
            [self.language, *self.audiences, self.today],
        )

    # Answers --------------------------------------------------------------------------------

    @cached_property
    def elasticsearch(self):
        """The answer of Elasticsearch for the requested page, when it is the engine."""
        engine = elasticsearch_engine()
        if engine is None or not self.is_active:
            return None
        dates = {}
        if "from" in self.dates:
            dates["from"] = self.dates["from"].date
        if "to" in self.dates:
            dates["to"] = end_of(self.dates["to"])
        return engine.search(
            self.query if self.terms else "",
            filters=self.filters,
            dates=dates,
            audiences=self.audiences,
            language=self.language,
            today=self.today,
            sort=self.sort,
            offset=(self.page_number - 1) * PER_PAGE,
            limit=PER_PAGE,
        )

    @cached_property
    def total(self):
        if not self.is_active:
            return 0
        if self.elasticsearch is not None:
            return self.elasticsearch["total"]
        return self._counted[0]

    @property
    def page_count(self):
        return max(1, math.ceil(self.total / PER_PAGE))

    @cached_property
    def results(self):
        """The current page of results, each with its facet values (for labels and filters)."""
        if not self.is_active or not self.total:
            return []
        number = min(self.page_number, self.page_count)
        if self.elasticsearch is not None:
            return self._results_for(self.elasticsearch["ids"])
        key = self._cache_key("page", number)
        ids = cache.get(key)
        if ids is None:
            if self._ranking is not None and number == self.page_number:
                ids = self._ranking.result()
            else:
                ids = self._page_ids((number - 1) * PER_PAGE)
            cache.set(key, ids, ANSWER_CACHE_SECONDS)
        return self._results_for(ids)

    def _page_ids(self, offset):
        if self.terms and self.sort == "relevance":
            return ranking.page(self, offset, PER_PAGE)
        _match, sources, where, params = self.where()
        # Oldest or newest first (also the order of a search by filters alone), undated last.
        direction = "ASC" if self.sort == "date" else "DESC"
        order = f"{get_engine().undated_last('d.date', direction)}, d.id"
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT d.id FROM {sources} WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s",  # noqa: S608
                [*params, PER_PAGE, offset],
            )
            return [row[0] for row in cursor.fetchall()]

    def _cache_key(self, part, *extra):
        """
        A key for this search's answers, valid until the index changes (`index_version`): a
        search made again (the next page, the other facets of the same words, a popular query)
        reads its count, facets and ids from the cache instead of matching again.
        """
        asked = (self.terms, sorted(self.filters.items()), sorted(self.dates.items()))
        asked += (self.audiences, self.language, self.today, self.sort, *extra)
        digest = hashlib.sha256(repr(asked).encode()).hexdigest()
        return f"search:{part}:{self._index_version}:{digest}"

    @cached_property
    def _index_version(self):
        return index_version()

    def _results_for(self, ids):
        documents = SearchDocument.objects.in_bulk(ids)
        return [documents[pk] for pk in ids if pk in documents]

    @cached_property
    def _counted(self):
        """
        (total, {facet: [(value, count)]}, {facet: number of values}) over every match, in one
        pass: the matches' facet codes come back joined into one string by the database and are
        counted with numpy (search/facet_codes.py), and only the values that can be shown are
        named.
        """
        key = self._cache_key("counts")
        counted = cache.get(key)
        if counted is None:
            # The page asked for is ranked meanwhile, in a worker thread (search/parallel.py).
            self._ranking = parallel.beside(self._page_ids, (self.page_number - 1) * PER_PAGE)
            hot = hot_words.counted(self)
            if hot is not None:
                total, codes = hot
            else:
                _match, sources, where, params = self.where()
                joined = get_engine().joined("d.facet_codes")
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT count(*), {joined} "  # noqa: S608
                        f"FROM {sources} WHERE {where}",
                        params,
                    )
                    total, codes = cursor.fetchone()
            counted = (total, *facet_codes.tally(codes, self.filters, FACET_OPTIONS))
            cache.set(key, counted, ANSWER_CACHE_SECONDS)
        hot_words.consider(self, counted[0])
        return counted

    @cached_property
    def facet_counts(self):
        """
        {facet name: [(value, label, count)]} over every match: the FACET_OPTIONS most frequent
        values (newest first for years and decades), and the selected one.
        """
        if not self.is_active or not self.total:
            return {}
        if self.elasticsearch is not None:
            counts = {
                name: [(value, n) for value, _label, _label_en, n in options]
                for name, options in self.elasticsearch["facets"].items()
            }
            counts["type"] = list(self.elasticsearch["types"].items())
            distinct = {}
        else:
            _total, counts, distinct = self._counted
        shown = {}
        for name in FACETS:
            options = counts.get(name)
            if not options:
                continue
            if name in ("year", "decade"):
                options.sort(key=lambda option: int(option[0]) if option[0].isdigit() else 0)
                options.reverse()
            else:
                options.sort(key=lambda option: (-option[1], option[0]))
            chosen = options[:FACET_OPTIONS]
            selected = self.filters.get(name)
            if selected and all(value != selected for value, _n in chosen):
                chosen = [option for option in options if option[0] == selected] + chosen
            shown[name] = chosen
            self.facet_more[name] = distinct.get(name, len(options)) - len(chosen)
        labels = self._labels(shown)
        return {
            name: [(value, labels.get((name, value), value), n) for value, n in options]
            for name, options in shown.items()
        }

    @cached_property
    def facet_more(self):
        """How many values of each facet are not shown."""
        return {}

    def _labels(self, shown):
        """How each shown value reads: record names from SearchFacetLabel, the rest as is."""
        labels = {}
        types = dict(DocumentType.choices)
        events = registry.facet_labels("event")
        for value, _n in shown.get("type", ()):
            labels[("type", value)] = str(types.get(value, value))
        for value, _n in shown.get("event", ()):
            labels[("event", value)] = str(events.get(value, value))
        for value, _n in shown.get("decade", ()):
            labels[("decade", value)] = f"années {value}" if self.language == "fr" else f"{value}s"
        for value, _n in shown.get("country", ()):
            labels[("country", value)] = value.upper()
        for value, _n in shown.get("language", ()):
            labels[("language", value)] = language_name(value, self.language)
        wanted = Q()
        for name in LABELLED_FACETS:
            if shown.get(name):
                wanted |= Q(name=name, value__in=[value for value, _n in shown[name]])
        if wanted:
            for name, value, label, label_en in SearchFacetLabel.objects.filter(wanted).values_list(
                "name", "value", "label", "label_en"
            ):
                labels[(name, value)] = label_en if self.language == "en" and label_en else label
        return labels


def suggest(query, user=None, language="en", limit=8):
    """Titles that start with what has been typed so far, best first (the autocomplete)."""
    search = ArchiveSearch({"q": query}, user=user, language=language)
    if not search.terms:
        return []
    elasticsearch = elasticsearch_engine()
    if elasticsearch is not None:
        ids = elasticsearch.suggest(
            query,
            audiences=search.audiences,
            language=language,
            today=search.today,
            limit=limit * 3,
        )
        return _unique_titles(ids, language, limit)
    engine = get_engine()
    match = engine.matches(search.terms, prefix=True, title_only=True)
    visible, visible_params = search.visibility()
    sql = (
        f"SELECT d.id FROM {match['from']} WHERE {match['where']} AND {visible} "  # noqa: S608
        f"AND d.type != %s ORDER BY {match['rank']}, {ranking.RECORDS_FIRST}, d.id LIMIT %s"
    )
    params = [
        *match["where_params"],
        *visible_params,
        DocumentType.PASSAGE,
        *match["rank_params"],
        limit * 3,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ids = [row[0] for row in cursor.fetchall()]
    return _unique_titles(ids, language, limit)


def _unique_titles(ids, language, limit):
    documents = SearchDocument.objects.in_bulk(ids)
    seen, suggestions = set(), []
    for pk in ids:
        document = documents.get(pk)
        title = document and (
            document.title_en if language == "en" and document.title_en else document.title
        )
        if title and (document.type, title) not in seen:
            seen.add((document.type, title))
            suggestions.append(document)
    return suggestions[:limit]
