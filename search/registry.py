"""
The kinds of record the search index holds, as each domain registers them.

Search knows no domain: each app says, in its own `search_documents.py` imported from its
`AppConfig.ready`, which records it indexes (a `Kind`), which page models those records are
(so that the generic pages kind leaves them out), how a facet's values read, and what else a
page's text holds. Search collects what is registered here and knows nothing else of the domains.
"""

from dataclasses import dataclass

# The generic kind: every live public page that no other kind claims (`search/documents.py`).
PAGES = "wagtailcore.page"

_kinds = {}
_facet_labels = {}
_page_texts = []


@dataclass(frozen=True)
class Kind:
    """
    A kind of record. `label` names its documents' source ("archive.film:12"); `queryset()`
    fetches its records and `build(records)` writes them down as `search.documents.Document`s;
    a rebuild writes the kinds by increasing `order`. `pages` are the page models whose pages
    this kind indexes; `document_type` is the one type of document it writes, when it writes one
    (`search.api.matching_ids`). A kind whose documents are moments of a recording gives
    `url_at(url, seconds)`, the address that starts it there, and `clock(seconds)`, how that
    moment reads.
    """

    label: str
    queryset: object
    build: object
    order: int = 100
    pages: tuple = ()
    document_type: str = ""
    url_at: object = None
    clock: object = None

    def source(self, pk):
        return f"{self.label}:{pk}"


def register(kind):
    """Add `kind`, or replace the kind of that label."""
    _kinds[kind.label] = kind
    return kind


def kinds():
    """Every registered kind, in the order a rebuild writes them."""
    return sorted(_kinds.values(), key=lambda kind: kind.order)


def kind_of(label):
    return _kinds[label]


def labels():
    return frozenset(_kinds)


def kind_of_source(source):
    """The kind of a document's source ("oral_history.interview:12"), or None."""
    return _kinds.get(source.partition(":")[0])


def claimed_pages(excluding=PAGES):
    """The page models that a kind other than `excluding` indexes."""
    return [model for kind in kinds() if kind.label != excluding for model in kind.pages]


def page_kind(page_class):
    """The label of the kind that indexes pages of this class (the generic kind by default)."""
    for kind in kinds():
        if kind.label != PAGES and any(issubclass(page_class, model) for model in kind.pages):
            return kind.label
    return PAGES


def register_facet_labels(name, choices):
    """How the values of facet `name` read: Django `choices` ((value, label), …), lazy or not."""
    _facet_labels[name] = dict(choices)


def facet_labels(name):
    """{value: label} for facet `name`, as registered (labels may be lazy translations)."""
    return _facet_labels.get(name, {})


def register_page_text(page_model, text):
    """`text(page)` gives more of a page's text to index (a list of strings), beside its fields."""
    _page_texts.append((page_model, text))


def page_texts(page):
    """What the registered `register_page_text` functions add to this page's text."""
    return [item for model, text in _page_texts if isinstance(page, model) for item in text(page)]
