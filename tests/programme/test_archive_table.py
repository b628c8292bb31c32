"""
The programme table's rows and the filters' options are built in Python for speed
(`screening_rows`, `facet_options`); their templates (includes/archive_screening_rows.html,
includes/archive_facet_options.html) are the readable definition of the markup. Both must give
the same HTML, escaping included, in every language.
"""

import datetime
import re

import pytest
from django.template import engines
from django.template.loader import render_to_string
from django.utils import translation

from archive.programme.listing.facets import Facet, Option
from archive.programme.models import Role, Screening, Series, Venue
from archive.programme.pages import ArchiveIndexPage

PYTHON_ROWS = (
    '{% load i18n archive_tags %}{% translate "Date" as label_date %}'
    '{% translate "Event" as label_event %}{% translate "Films" as label_films %}'
    '{% translate "Guests" as label_guests %}{% translate "Series and venue" as label_place %}'
    '{% translate "Sample" as label_sample %}{% translate "No film" as label_no_film %}'
    "{% screening_rows screenings date=label_date event=label_event films=label_films "
    "guests=label_guests place=label_place sample=label_sample no_film=label_no_film %}"
)
PYTHON_OPTIONS = "{% load archive_tags %}{% facet_options facet %}"


def without_layout(html):
    """The rows without the whitespace between rows and cells, which a browser does not show."""
    return re.sub(r"\s*(</?(?:tr|td)\b[^>]*>)\s*", r"\1", html.strip())


def events():
    """Events as `with_row_details` gives them, with every case a row has, and text to escape."""
    series = Series(slug="cine-club", title="Ciné-club <1>", title_en="Film club & co")
    french_only = Series(slug="seances", title="Séances & <co>", title_en="")
    venue = Venue(slug="salle", name='Salle "A"', name_en="")
    # (French title, English title) of each case, one of them a fallback in either language.
    titles = [("", ""), ("Le <Lac> des cygnes", "Swan & Lake"), ("Un atelier", ""), ("", "A span")]
    cases = [
        # (time, type, sample, series, venue, films, guests)
        (
            datetime.time(20, 30),
            "screening",
            False,
            series,
            venue,
            [
                ("attica", "Attica & <b>", 1974, ["Cinda Firestone"]),
                ("sicilia", "Sicilia!", None, []),
                ("two", "Deux", 1999, ["A", "B <c>"]),
            ],
            [("claire", "Claire Denis", Role.GUEST), ("x", "X & Y", Role.MODERATOR)],
        ),
        (None, "talk", True, None, venue, [], [("z", "Z", "Unknown Role")]),
        (None, "not-a-type", False, series, None, [("f", "F", 2001, [])], []),
        (datetime.time(9, 5), "festival", True, french_only, None, [], []),
    ]
    rows = []
    for n, (time, kind, sample, in_series, at_venue, films, guests) in enumerate(cases):
        screening = Screening(
            pk=100 + n,
            date=datetime.date(1990, 6, 21 + n),
            time=time,
            event_type=kind,
            is_sample=sample,
            series=in_series,
            venue=at_venue,
            title=titles[n][0],
            title_en=titles[n][1],
            date_end=datetime.date(1991, 1, 1) if n == 3 else None,
            date_end_precision="year" if n == 3 else "",
        )
        screening.row_films = films
        screening.row_guests = guests
        rows.append(screening)
    return rows


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_python_rows_are_the_rows_template(language):
    context = {
        "screenings": events(),
        "page": ArchiveIndexPage(),
        "archive_url": f"/{language}/archive/",
    }
    with translation.override(language):
        python = engines["django"].from_string(PYTHON_ROWS).render(context)
        template = render_to_string("includes/archive_screening_rows.html", context)
    assert python.count("<tr>") == 4
    assert without_layout(python) == without_layout(template)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_python_options_are_the_options_template(language):
    options = [
        Option("claire-denis", "Claire Denis", 12, selected=True),
        Option('a"b', "<Tom> & Jerry", 1000),
        Option("x", "x", 0),
    ]
    context = {"facet": Facet("person", "Person", "All people", options)}
    with translation.override(language):
        python = engines["django"].from_string(PYTHON_OPTIONS).render(context)
        template = render_to_string("includes/archive_facet_options.html", context)
    assert python.count("<option") == 3
    assert python == without_layout(template)
