"""
What a record looks like in the search index (`Document`), the helpers the domains' builders
share, and the one kind search indexes itself: the site's pages.

Each domain writes the builders of its own records in its `search_documents.py` and registers
them (`search.registry`). A builder takes a batch of records (fetched with a fixed number of
queries, whatever the batch size, so that an import's many thousands of screenings are indexed
in batches rather than one by one) and returns `Document`s. The access rules are applied by the
builders, once: closed material is never written, embargoed transcripts and passages under a
redaction that ends are written with the date they open, registered-only passages are marked for
approved researchers, drafts and private pages are never written.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from search import registry
from search.models.documents import Audience, DocumentType
from search.models.pages import SearchPage
from search.text import index_text

SPACES = re.compile(r"\s+")


@dataclass
class Document:
    type: str
    source: str
    title: str
    body: str = ""
    title_en: str = ""
    # The one language the title is written in, for a record titled in French, in English or in
    # both: a visitor of the other language sees it marked ("in French"). '' for a name, which
    # is in no language of its own (a film's title), or when both are written.
    title_language: str = ""
    context: str = ""
    locale: str = ""
    url: str = ""
    date: datetime.date | None = None
    date_precision: str = ""
    start: float | None = None
    speaker: str = ""
    audience: str = Audience.PUBLIC
    available_from: datetime.date | None = None
    facets: list = field(default_factory=list)  # (name, value, label, label_en)
    timings: list = field(default_factory=list)  # passages: (word index, seconds)
    extra_text: str = ""  # found but not shown: a film's directors on a screening, keywords…
    other_titles: str = ""  # found as titles but not shown: a film's original title

    @property
    def year(self):
        return self.date.year if self.date else None

    def analysed(self):
        """
        The title and the body as the engines index them (see `search.text`). A passage shows
        its interview's title but is found only by what was said and who said it: indexing the
        title too would put every passage of an interview (a hundred for an hour's talk) beside
        the interview itself, and ahead of it, for any search of that title.
        """
        if self.type == DocumentType.PASSAGE:
            title = ""
        else:
            title = index_text(self.title, self.title_en, self.other_titles)
        return title, index_text(self.context, self.body, self.extra_text)

    def add_facet(self, name, value, label=None, label_en=""):
        if value not in (None, ""):
            self.facets.append((name, str(value), str(label or value), label_en or ""))

    def add_date_facets(self):
        if self.date:
            self.add_facet("year", self.date.year)
            decade = self.date.year // 10 * 10
            self.add_facet("decade", decade, f"années {decade}", f"{decade}s")


def plain(text):
    return SPACES.sub(" ", strip_tags(str(text or ""))).strip()


def split_list(text):
    return [item.strip() for item in re.split(r"[;,]", text or "") if item.strip()]


# Pages ----------------------------------------------------------------------------------------


def page_text(page):
    """The text of a page's search fields other than its title (rich text and streams flattened)."""
    texts = []
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        value = search_field.get_value(page)
        values = value if isinstance(value, list | tuple) else [value]
        texts.extend(plain(item) for item in values if item)
    return " ".join(text for text in texts if text)


def page_documents(pages):
    """Live, public pages that no other kind claims (see `pages`), search pages excepted."""
    documents = []
    for page in pages:
        # The whole text is kept, summary first, so that an excerpt can show the matched words.
        texts = [page_text(page), *registry.page_texts(page)]
        date = getattr(page, "date", None)
        document = Document(
            type=DocumentType.PAGE,
            source=f"wagtailcore.page:{page.pk}",
            locale=page.locale.language_code,
            title=page.title,
            body=" ".join(text for text in texts if text),
            url=page.url or "",
            date=date if isinstance(date, datetime.date) else None,
        )
        document.add_date_facets()
        documents.append(document)
    return documents


def pages():
    return (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .not_type(*registry.claimed_pages(), SearchPage)
        .select_related("locale")
        .specific()
    )


registry.register(
    registry.Kind(registry.PAGES, pages, page_documents, order=30, document_type=DocumentType.PAGE)
)
