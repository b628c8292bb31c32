"""
CSL items of the site's pages: a history chapter, an exhibition, a section. Each is a `webpage`
of the archive, dated by its first publication, and titled as the visitor's language titles it.
"""

from identifiers.citation.common import base_item, date_parts


def page(page):
    published = page.first_published_at
    return base_item(
        page,
        "webpage",
        page.title,
        issued=date_parts(published.date()) if published else None,
        abstract=getattr(page, "summary", ""),
    )
