"""
"Cite this" and the citation `<meta>` tags, from the record a page shows.

Both read the record from the template's context: a programme record (`record`), a media item
(`item`) or the page itself. Nothing is shown for what the public may not know (a closed
interview or media item, a person only a closed interview names, an unpublished page), even to
an editor looking at it, so that a citation copied from the admin's preview cannot name it.
The item is built once per record and language and shared by both tags. It costs no query but
on a recording's page (one: whether another domain's restriction hides it) and on a person's
page seen by an editor (one: whether the person is public); an interview's participants and
restricted passages are those its page has read already (`participants`, `passages`). The
formatted references, the slow part, come from the cache when the same item was formatted
before (`identifiers.citation.cached`).
"""

from django import template
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils.translation import get_language

from base.access import is_editor
from identifiers import key_of, kind_of, permanent_url
from identifiers.citation import cached, csl_item, styles
from identifiers.citation.oral_history import passage_url
from identifiers.kinds import KINDS
from identifiers.passages import citable_range
from oral_history.formats.base import format_clock

register = template.Library()
MEDIA_KINDS = ("image", "media", "document")


def cited_record(context):
    record = context.get("record")
    if record is not None and kind_of(record):
        return record
    item = context.get("item")
    if item is not None and kind_of(item) in MEDIA_KINDS:
        return item
    page = context.get("page")
    return page if page is not None and kind_of(page) else None


def is_public(record, context):
    """
    May the public know the record? A person's page is served only to those who may see the
    person, and for anyone but an editor that means a public person (`Person.visible_to`).
    """
    request = context.get("request")
    if kind_of(record) == "person" and request is not None and not is_editor(request.user):
        return True
    return KINDS[kind_of(record)].is_known_to(record, AnonymousUser())


def page_participants(record, context):
    """An interview page's participants, as its page read them (`named_participants`)."""
    named = context.get("participants")
    if kind_of(record) != "interview" or named is None:
        return None
    return [entry.participant for entry in named]


def citation(context):
    """The cited record and its CSL item in the active language, or (None, None)."""
    record = cited_record(context)
    if record is None:
        return None, None
    cache = record.__dict__.setdefault("_citations", {})
    language = get_language()
    if language not in cache:
        item = None
        if is_public(record, context):
            item = csl_item(record, participants=page_participants(record, context))
        cache[language] = item
    return record, cache[language]


def downloads(record, language, query=""):
    """(format, address) of the three downloads of a record's citation."""
    kwargs = {"kind": kind_of(record), "key": key_of(record)}
    return [
        (
            label,
            reverse("citation_download", kwargs={**kwargs, "extension": extension})
            + f"?lang={language}{query}",
        )
        for label, extension in (("CSL-JSON", "csl.json"), ("BibTeX", "bib"), ("RIS", "ris"))
    ]


def passages_of(record, context, language):
    """Each index segment of an interview the visitor may hear, as a citable range."""
    passages = context.get("passages")
    if kind_of(record) != "interview" or not passages or not record.is_open_to(AnonymousUser()):
        return []
    segments = list(passages.segments)
    if not segments:
        return []
    ends = [segment.start for segment in segments[1:]] + [record.duration or 0]
    redactions = passages.redactions  # the active ones, read by the page
    ranges = []
    for segment, end in zip(segments, ends, strict=True):
        start, end = int(segment.start), int(end)
        if citable_range(record, AnonymousUser(), start, end, redactions):
            ranges.append(
                {
                    "title": segment.title,
                    "clock": f"{format_clock(start)}–{format_clock(end)}",
                    "url": passage_url(record, start, end),
                    "downloads": downloads(record, language, f"&start={start}&end={end}"),
                }
            )
    return ranges


@register.inclusion_tag("identifiers/cite_this.html", takes_context=True)
def cite_this(context):
    record, item = citation(context)
    if item is None:
        return {"item": None}
    language = get_language()
    formatted = cached.formatted_references(item, language)
    return {
        "item": item,
        "permanent_url": permanent_url(record),
        "references": [
            {"name": name, "label": label, "html": formatted[name]}
            for name, label in styles.STYLES.items()
        ],
        "downloads": downloads(record, language),
        "passages": passages_of(record, context, language),
        "lang": language,
    }


@register.inclusion_tag("identifiers/citation_meta.html", takes_context=True)
def citation_meta(context):
    """Highwire Press (Google Scholar, Zotero) and Dublin Core tags of the cited record."""
    record, item = citation(context)
    if item is None:
        return {"item": None}
    authors = item.get("author", [])
    issued = item.get("issued", {}).get("date-parts", [[]])[0]
    return {
        "item": item,
        "authors": [
            name.get("literal") or f"{name['family']}, {name.get('given', '')}" for name in authors
        ],
        "date": "/".join(str(part) for part in issued),
        "iso_date": "-".join(f"{part:02d}" for part in issued),
        "permanent_url": permanent_url(record),
    }
