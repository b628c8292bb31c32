from search.models.documents import (
    DocumentType,
    SearchDocument,
    SearchEntry,
    SearchFacet,
    SearchFacetCode,
    SearchFacetLabel,
    SearchIndexVersion,
)
from search.models.pages import SearchPage
from search.models.queries import SearchTermDay

__all__ = [
    "DocumentType",
    "SearchDocument",
    "SearchEntry",
    "SearchFacet",
    "SearchFacetCode",
    "SearchFacetLabel",
    "SearchIndexVersion",
    "SearchPage",
    "SearchTermDay",
]
