"""
Formatted references, made by citeproc-py from published CSL styles.

The styles are the official CSL repository's `chicago-author-date.csl` (Chicago Manual of Style,
18th edition, author-date) and `apa.csl` (APA, 7th edition), shipped in `identifiers/styles/`
under their licence (CC BY-SA 3.0, see the README there); the locales (French typography: « »,
"3 mai 2019") are citeproc-py's own. A parsed style is kept for the life of the process: reading
one costs far more than formatting a reference.
"""

from functools import lru_cache
from pathlib import Path

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

STYLES_DIR = Path(__file__).resolve().parent.parent / "styles"
STYLES = {"chicago": _("Chicago (author-date)"), "apa": _("APA")}
FILES = {"chicago": "chicago-author-date.csl", "apa": "apa.csl"}
LOCALES = {"fr": "fr-FR", "en": "en-US"}


@lru_cache(maxsize=8)
def style(name, language):
    return CitationStylesStyle(
        str(STYLES_DIR / FILES[name]), locale=LOCALES.get(language, "en-US"), validate=False
    )


def bibliography(items, name, language, output=formatter.html):
    """The formatted references of CSL-JSON items, in the style `name` and `language`."""
    source = CiteProcJSON(items)
    references = CitationStylesBibliography(style(name, language), source, output)
    for item in items:
        references.register(Citation([CitationItem(item["id"])]))
    return [str(reference) for reference in references.bibliography()]


def formatted(item, name, language):
    """One item's reference as HTML; citeproc-py escapes the item's text, and adds only <i>."""
    return mark_safe(bibliography([item], name, language)[0])  # noqa: S308


def plain(item, name, language):
    return bibliography([item], name, language, formatter.plain)[0]
