from search.models.documents import (
    DocumentType,
    SearchDocument,
    SearchEntry,
    SearchFacet,
    SearchFacetCode,
    SearchFacetLabel,
    SearchIndexVersion,
)
from search.models.hot_words import SearchHotPosting, SearchHotWord
from search.models.pages import SearchPage
from search.models.queries import SearchTermDay

__all__ = [
    "DocumentType",
    "SearchDocument",
    "SearchEntry",
    "SearchFacet",
    "SearchFacetCode",
    "SearchFacetLabel",
    "SearchHotPosting",
    "SearchHotWord",
    "SearchIndexVersion",
    "SearchPage",
    "SearchTermDay",
]
