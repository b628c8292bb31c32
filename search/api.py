"""
What the domains may ask of the search index beyond registering their kinds (`search.registry`).

The index's tables are search's own: a domain that needs them (the programme listing's `?q=`, a
series renamed on thousands of events) calls one of these functions rather than joining them.
"""

from django.db.models import Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Replace

from search import facet_codes, registry
from search.engines import get_engine
from search.indexing import bump_index_version
from search.models.documents import SearchEntry, SearchFacet, SearchFacetLabel
from search.models.hot_words import SearchHotPosting
from search.text import query_terms


def matching_ids(kind_label, text):
    """
    The ids of the records of one kind whose documents contain the words of `text`, as a
    subquery (`Model.objects.filter(id__in=matching_ids(...))`): accents, elisions and plurals
    are handled as on the search page, and the cost is an index lookup rather than a scan of
    the records. Only common words ("the"): no records, as on the search page.
    """
    terms = query_terms(text)
    if not terms:
        return []
    match = get_engine().matches(terms)
    return RawSQL(  # noqa: S611 - the terms are parameters
        f"SELECT d.object_id FROM {match['from']} WHERE {match['where']} AND d.type = %s",  # noqa: S608
        [*match["where_params"], registry.kind_of(kind_label).document_type],
    )


def rename_facet_value(name, old, new, label, label_en=""):
    """
    A record that names thousands of documents (a series, a venue) was renamed from slug `old`
    to `new`, or only relabelled: its facet values are rewritten in a few UPDATEs rather than
    every document being built again.
    """
    bump_index_version()
    if old != new:
        documents = SearchFacet.objects.filter(name=name, value=old).values("document_id")
        codes = facet_codes.codes_for([(name, old), (name, new)])
        renamed = Replace(
            "facet_codes",
            Value(facet_codes.encode([codes[(name, old)]])),
            Value(facet_codes.encode([codes[(name, new)]])),
        )
        SearchEntry.objects.filter(pk__in=documents).update(facet_codes=renamed)
        SearchHotPosting.objects.filter(document__in=documents).update(facet_codes=renamed)
        SearchFacetLabel.objects.filter(name=name, value=old).delete()
    SearchFacet.objects.filter(name=name, value=old).update(value=new)
    SearchFacetLabel.objects.update_or_create(
        name=name, value=new, defaults={"label": label, "label_en": label_en}
    )


def remove_facet_value(name, value):
    """The record behind this facet value is gone: no document is filtered by it any more."""
    bump_index_version()
    SearchFacet.objects.filter(name=name, value=value).delete()
