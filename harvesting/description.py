"""
What a record says to a harvester or an API client: simple Dublin Core elements.

Each kind says what the public page says, never more: an interview names its participants as
the page names them (`oral_history.naming`: initials, pseudonyms, "Narrator 1"), and nothing of
its transcript, so a restricted passage has nothing to leak through; a person is described only
if public (the stream's rows are `Person.objects.public()`). Elements are (name, text, language)
with the language None when the text is not in one (dates, identifiers).
"""

from oral_history.naming import Naming

PUBLISHER = "La Clef Archive"


def _text(name, value, language=None):
    return [(name, str(value), language)] if value not in (None, "") else []


def _split(value):
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def event(record):
    films = [link.film for link in record.film_links.all()]
    title = " / ".join(film.title for film in films) or record.get_event_type_display()
    elements = [
        ("title", f"{record.partial_date.isoformat()} · {title}", "fr"),
        ("type", "Event", None),
        ("date", record.partial_date.isoformat(), None),
        *_text("description", record.notes, "fr"),
        *[("relation", str(film), None) for film in films],
        *[("subject", tag.name, None) for tag in record.tags.all()],
    ]
    if record.venue:
        elements += _text("coverage", record.venue.name, "fr")
    if record.series:
        elements += _text("relation", record.series.title, "fr")
    return elements


def film(record):
    return [
        ("title", record.title, None),
        *_text("title", record.original_title),
        *[("creator", link.person.name, None) for link in record.director_links.all()],
        *_text("date", record.year),
        ("type", "MovingImage", None),
        *_text("description", record.synopsis, "fr"),
        *[("language", language, None) for language in _split(record.languages)],
        *[("coverage", country, None) for country in _split(record.countries)],
        *[("subject", tag.name, None) for tag in record.tags.all()],
    ]


def person(record):
    return [
        ("title", record.name, None),
        ("type", "Person", None),
        *_text("description", record.biography, "fr"),
    ]


def series(record):
    return [
        ("title", record.title, "fr"),
        *_text("title", record.title_en, "en"),
        ("type", "Collection", None),
        *_text("date", record.years),
        *_text("description", record.description, "fr"),
        *_text("description", record.description_en, "en"),
    ]


def venue(record):
    return [
        ("title", record.name, "fr"),
        *_text("title", record.name_en, "en"),
        ("type", "Place", None),
        *_text("coverage", record.address),
        *_text("description", record.description, "fr"),
        *_text("description", record.description_en, "en"),
    ]


def interview(record):
    language = record.locale.language_code
    naming = Naming(record.participants.all())
    elements = [
        ("title", record.title, language),
        ("type", "Sound", None),
        *_text("date", record.partial_date.isoformat() if record.date else ""),
        *_text("description", record.summary, language),
        *_text("coverage", record.place),
        *_text("rights", record.rights, language),
        *[("language", spoken, None) for spoken in _split(record.languages)],
        *[("subject", tag.name, None) for tag in record.tags.all()],
    ]
    for named in naming.named:
        element = "creator" if named.participant.role == "narrator" else "contributor"
        elements.append((element, named.label, None))
    return elements


def media(record):
    kind = {"image": "StillImage", "audio": "Sound", "video": "MovingImage"}
    return [
        ("title", record.title, None),
        ("type", kind.get(getattr(record, "type", "image"), "Text"), None),
        *_text("creator", record.creator),
        *_text("date", record.partial_date.isoformat() if record.date else ""),
        *_text("rights", record.rights),
        *_text("contributor", record.credit),
    ]


def chapter(record):
    language = record.locale.language_code
    return [
        ("title", record.title, language),
        ("type", "Text", None),
        *_text("date", f"{record.period_start}/{record.period_end or ''}".rstrip("/")),
        *_text("description", record.summary, language),
        ("language", language, None),
    ]


DESCRIBE = {
    "event": event,
    "film": film,
    "person": person,
    "series": series,
    "venue": venue,
    "interview": interview,
    "media": media,
    "chapter": chapter,
}


def describe(stream, record, urls):
    """The record's Dublin Core elements, its addresses as identifiers, the publisher last."""
    elements = DESCRIBE[stream.kind](record)
    elements += [("identifier", url, None) for url in urls]
    elements.append(("publisher", PUBLISHER, None))
    return elements
