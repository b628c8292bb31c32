"""
What each kind of record looks like in the search index, and what of it the public may find.

Each builder takes a batch of records (fetched with a fixed number of queries, whatever the batch
size, so that the 100,000 screenings of an import are indexed in minutes) and returns `Document`s.
The access rules are applied here, once: closed material is never written, embargoed transcripts
and passages under a redaction that ends are written with the date they open, registered-only
passages are marked for approved researchers, drafts and private pages are never written.
"""

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.html import strip_tags
from wagtail.search import index

from base.access import AccessLevel
from search.languages import language_code
from search.models import DocumentType
from search.models.documents import Audience
from search.text import index_text

PASSAGE_WORDS = 80
SPACES = re.compile(r"\s+")


@dataclass
class Document:
    type: str
    source: str
    title: str
    body: str = ""
    title_en: str = ""
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


def _series_titles(series):
    return [series.title, series.title_en] if series else []


# Programme records ----------------------------------------------------------------------------


def screening_documents(screenings):
    from archive.programme.models import (
        EventType,
        FilmDirector,
        ScreeningFilm,
        ScreeningGuest,
        ScreeningTag,
    )

    screenings = list(screenings.select_related("series", "venue"))
    ids = [screening.pk for screening in screenings]
    films = defaultdict(list)
    for row in (
        ScreeningFilm.objects.filter(screening_id__in=ids)
        .order_by("sort_order", "id")
        .values_list(
            "screening_id",
            "film_id",
            "film__title",
            "film__original_title",
            "film__countries",
            "film__languages",
        )
    ):
        films[row[0]].append(row[1:])
    directors = defaultdict(list)
    for film_id, slug, name in (
        FilmDirector.objects.filter(film_id__in={f[0] for rows in films.values() for f in rows})
        .order_by("sort_order", "id")
        .values_list("film_id", "person__slug", "person__name")
    ):
        directors[film_id].append((slug, name))
    guests = defaultdict(list)
    for screening_id, slug, name in (
        ScreeningGuest.objects.filter(screening_id__in=ids)
        .order_by("sort_order", "id")
        .values_list("screening_id", "person__slug", "person__name")
    ):
        guests[screening_id].append((slug, name))
    tags = defaultdict(list)
    for screening_id, slug, name in ScreeningTag.objects.filter(
        content_object_id__in=ids
    ).values_list("content_object_id", "tag__slug", "tag__name"):
        tags[screening_id].append((slug, name))

    event_labels = {language: _labels(EventType, language) for language in ("fr", "en")}
    documents = []
    for screening in screenings:
        shown = films[screening.pk]
        people = [person for film in shown for person in directors[film[0]]]
        people = list(dict.fromkeys(people + guests[screening.pk]))
        title, title_en = _screening_titles(screening, shown, event_labels)
        document = Document(
            type=DocumentType.SCREENING,
            source=f"archive.screening:{screening.pk}",
            title=title,
            title_en=title_en,
            context=", ".join(name for _slug, name in people),
            body=screening.notes,
            extra_text=" ".join(
                filter(None, [*(film[2] for film in shown), *_series_titles(screening.series)])
            ),
            url=f"@archive:screening:{screening.pk}",
            date=screening.date,
            date_precision=screening.date_precision,
        )
        document.add_date_facets()
        document.add_facet(
            "event",
            screening.event_type,
            event_labels["fr"][screening.event_type],
            event_labels["en"][screening.event_type],
        )
        if screening.series:
            series = screening.series
            document.add_facet("series", series.slug, series.title, series.title_en)
        if screening.venue:
            venue = screening.venue
            document.add_facet("venue", venue.slug, venue.name, venue.name_en)
        for slug, name in people:
            document.add_facet("person", slug, name)
        for film in shown:
            for country in split_list(film[3]):
                document.add_facet("country", country.upper())
            for language in split_list(film[4]):
                document.add_facet("language", language_code(language))
        for slug, name in tags[screening.pk]:
            document.add_facet("tag", slug, name)
        documents.append(document)
    return documents


def _labels(choices, language):
    """The labels of `choices` in one language, whatever language the indexing runs in."""
    with translation.override(language):
        return {value: str(label) for value, label in choices.choices}


def _screening_titles(screening, shown, event_labels):
    """
    The films shown, as on the record's page; an event without films (a performance, an
    exhibition) is named by its type and venue in each language: "Spectacle, La Clef".
    """
    films = " / ".join(film[1] for film in shown)
    if films:
        return films, ""
    venue = screening.venue
    titles = []
    for language in ("fr", "en"):
        label = event_labels[language][screening.event_type]
        place = venue and (venue.name_en if language == "en" and venue.name_en else venue.name)
        titles.append(f"{label}, {place}" if place else label)
    return titles[0], titles[1] if titles[1] != titles[0] else ""


def film_documents(films):
    from archive.programme.models import FilmDirector, FilmTag

    films = list(films)
    ids = [film.pk for film in films]
    directors = defaultdict(list)
    for film_id, slug, name in (
        FilmDirector.objects.filter(film_id__in=ids)
        .order_by("sort_order", "id")
        .values_list("film_id", "person__slug", "person__name")
    ):
        directors[film_id].append((slug, name))
    tags = defaultdict(list)
    for film_id, slug, name in FilmTag.objects.filter(content_object_id__in=ids).values_list(
        "content_object_id", "tag__slug", "tag__name"
    ):
        tags[film_id].append((slug, name))
    documents = []
    for film in films:
        document = Document(
            type=DocumentType.FILM,
            source=f"archive.film:{film.pk}",
            title=film.title,
            other_titles=film.original_title if film.original_title != film.title else "",
            context=", ".join(name for _slug, name in directors[film.pk]),
            body=film.synopsis,
            url=f"@archive:film:{film.slug}",
            date=datetime.date(film.year, 1, 1) if film.year else None,
            date_precision="year" if film.year else "",
        )
        document.add_date_facets()
        for slug, name in directors[film.pk]:
            document.add_facet("person", slug, name)
        for country in split_list(film.countries):
            document.add_facet("country", country.upper())
        for language in split_list(film.languages):
            document.add_facet("language", language_code(language))
        for slug, name in tags[film.pk]:
            document.add_facet("tag", slug, name)
        documents.append(document)
    return documents


def person_documents(people):
    documents = []
    for person in people:
        document = Document(
            type=DocumentType.PERSON,
            source=f"archive.person:{person.pk}",
            title=person.name,
            body=person.biography,
            url=f"@archive:person:{person.slug}",
        )
        document.add_facet("person", person.slug, person.name)
        documents.append(document)
    return documents


def series_documents(all_series):
    documents = []
    for series in all_series:
        document = Document(
            type=DocumentType.SERIES,
            source=f"archive.series:{series.pk}",
            title=series.title,
            title_en=series.title_en,
            body=series.description,
            extra_text=series.description_en,
            url=f"@archive:series:{series.slug}",
            date=datetime.date(series.start_year, 1, 1) if series.start_year else None,
            date_precision="year" if series.start_year else "",
        )
        document.add_date_facets()
        document.add_facet("series", series.slug, series.title, series.title_en)
        documents.append(document)
    return documents


# Media ----------------------------------------------------------------------------------------


def media_documents(items, route):
    """
    Images, audio/video or documents, shown at the media page's `route` ("image", "av",
    "document"); closed items are not written (see the module doc).
    """
    documents = []
    for item in items:
        if getattr(item, "access_level", AccessLevel.PUBLIC) == AccessLevel.CLOSED:
            continue
        document = Document(
            type=DocumentType.MEDIA,
            source=f"{item._meta.label_lower}:{item.pk}",
            title=item.title,
            body=plain(getattr(item, "description", "")),
            context=getattr(item, "creator", ""),
            url=f"@media:{route}:{item.pk}",
            date=getattr(item, "date", None),
            date_precision=getattr(item, "date_precision", ""),
        )
        document.add_date_facets()
        for person in item.related_people.all() if hasattr(item, "related_people") else ():
            document.add_facet("person", person.slug, person.name)
        for series in item.related_series.all() if hasattr(item, "related_series") else ():
            document.add_facet("series", series.slug, series.title, series.title_en)
        for tag in item.tags.all():
            document.add_facet("tag", tag.slug, tag.name)
        if route == "av":
            document.add_facet("has", "recording")
        documents.append(document)
    return documents


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
    """Live, public pages other than interviews (see `interview_documents`) and search pages."""
    from home.models import HistoryChapterPage

    documents = []
    for page in pages:
        # The whole text is kept, summary first, so that an excerpt can show the matched words.
        texts = [page_text(page)]
        if isinstance(page, HistoryChapterPage):
            texts.extend(plain(f"{event.title}. {event.text}") for event in page.events.all())
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


def interview_documents(interviews, today=None):
    """An interview's own entry (unless closed), and its transcript passages as it allows."""
    from oral_history.passages import active_redactions

    today = today or datetime.date.today()
    documents = []
    for interview in interviews:
        if interview.access_level == AccessLevel.CLOSED:
            continue
        url = interview.url or ""
        narrators = [link.person for link in interview.participants.all()]
        has_transcript = interview.cues.exists()
        entry = Document(
            type=DocumentType.INTERVIEW,
            source=f"oral_history.interview:{interview.pk}",
            locale=interview.locale.language_code,
            title=interview.title,
            context=", ".join(person.name for person in narrators),
            body=" ".join(text for text in (interview.summary, plain(interview.body)) if text),
            url=url,
            date=interview.date,
            date_precision=interview.date_precision,
        )
        entry.add_date_facets()
        for person in narrators:
            entry.add_facet("person", person.slug, person.name)
        for language in split_list(interview.languages):
            entry.add_facet("language", language_code(language))
        for tag in interview.tags.all():
            entry.add_facet("tag", tag.slug, tag.name)
        if interview.recordings.exists():
            entry.add_facet("has", "recording")
        if has_transcript:
            entry.add_facet("has", "transcript")
        documents.append(entry)
        documents.extend(passage_documents(interview, entry, active_redactions(interview), today))
    return documents


def passage_documents(interview, entry, redactions, today):
    """Consecutive cues of one speaker, about PASSAGE_WORDS words each, with their timings."""
    audience = Audience.PUBLIC
    opens = None
    if interview.access_level == AccessLevel.REGISTERED:
        audience = Audience.REGISTERED
    elif interview.access_level == AccessLevel.EMBARGOED and interview.embargo_until > today:
        opens = interview.embargo_until

    def passage(cues, hidden_until):
        words = []
        timings = []
        for cue in cues:
            timings.append((len(words), cue.start))
            words.extend(cue.text.split())
        start = cues[0].start
        dates = [d for d in (opens, hidden_until) if d]
        document = Document(
            type=DocumentType.PASSAGE,
            source=entry.source,
            locale=entry.locale,
            title=interview.title,
            context=cues[0].speaker,
            body=" ".join(words),
            url=entry.url,
            date=entry.date,
            date_precision=entry.date_precision,
            start=start,
            speaker=cues[0].speaker,
            audience=audience,
            available_from=max(dates) if dates else None,
            timings=timings,
        )
        document.facets = [f for f in entry.facets if f[0] != "has"] + [
            ("has", "transcript", "transcript", "")
        ]
        return document

    documents = []
    group, group_words, group_hidden = [], 0, None
    for cue in interview.cues.all():
        covering = next((r for r in redactions if r.covers(cue.start, cue.end)), None)
        if covering is not None and not covering.until:
            hidden = "never"
        else:
            hidden = covering.until if covering else None
        if group and (
            cue.speaker != group[0].speaker
            or group_words >= PASSAGE_WORDS
            or hidden != group_hidden
        ):
            if group_hidden != "never":
                documents.append(passage(group, group_hidden))
            group, group_words = [], 0
        group.append(cue)
        group_words += len(cue.text.split())
        group_hidden = hidden
    if group and group_hidden != "never":
        documents.append(passage(group, group_hidden))
    return documents
