"""The programme records themselves: slugs, names, dates, roles and what they display."""

import datetime

import pytest
from django.db import IntegrityError
from django.utils import translation

from archive.programme.format import parse_guest, split_list
from archive.programme.models import EventType, Person, Role, Screening, Series, Venue
from archive.programme.models.base import unique_slug
from base.dates import DatePrecision, PartialDate, end_of


@pytest.mark.django_db
class TestRecords:
    def test_a_person_gets_a_unique_slug_and_a_sort_name(self):
        first = Person.objects.create(name="Claire Denis")
        second = Person.objects.create(name="Claire Denis")
        assert (first.slug, second.slug) == ("claire-denis", "claire-denis-2")
        assert first.sort_name == "Denis, Claire"
        assert Person.objects.create(name="Orlan").sort_name == "Orlan"

    def test_slugs_are_unique(self):
        Venue.objects.create(name="La Clef", slug="la-clef")
        with pytest.raises(IntegrityError):
            Venue.objects.create(name="Autre", slug="la-clef")

    def test_a_screening_keeps_its_year_and_gets_an_identifier(self):
        screening = Screening.objects.create(
            date=datetime.date(2009, 6, 1), date_precision=DatePrecision.MONTH
        )
        assert screening.year == 2009
        assert screening.external_id.startswith("lc-")
        assert screening.partial_date == PartialDate(datetime.date(2009, 6, 1), "month")
        with translation.override("en"):  # the site's default language is French
            assert str(screening) == "2009-06 · Screening"
        assert screening.event_type == EventType.SCREENING

    def test_series_years(self):
        assert Series(title="a", start_year=1990).years == "1990–"
        assert Series(title="b", start_year=2019, end_year=2022).years == "2019–2022"
        assert Series(title="c", start_year=2022, end_year=2022).years == "2022"
        assert Series(title="d").years == ""


def test_names_are_shown_in_the_visitors_language(settings):
    from django.utils import translation

    venue = Venue(name="Le mur extérieur de La Clef", name_en="The outside wall of La Clef")
    with translation.override("en"):
        assert venue.display_name == "The outside wall of La Clef"
    with translation.override("fr"):
        assert venue.display_name == "Le mur extérieur de La Clef"
    with translation.override("en"):
        assert Venue(name="Palais de Tokyo").display_name == "Palais de Tokyo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("director", Role.DIRECTOR),
        ("Collective member", Role.COLLECTIVE_MEMBER),
        ("collective_member", Role.COLLECTIVE_MEMBER),
        ("dancer", None),
    ],
)
def test_roles_are_read_from_plain_words(text, expected):
    assert Role.from_text(text) == expected


def test_guest_cells_and_lists():
    assert parse_guest("Claire Denis (director)") == ("Claire Denis", "director")
    assert parse_guest("  Yann   Gonzalez ") == ("Yann Gonzalez", None)
    assert split_list("a; b;; c ") == ["a", "b", "c"]


def test_unique_slug_uses_a_set_of_taken_slugs():
    taken = {"attica"}
    assert unique_slug("Attica", taken) == "attica-2"
    assert unique_slug("", taken, "film") == "film"
    assert "attica-2" in taken


@pytest.mark.parametrize(
    ("value", "end"),
    [
        ("2019", "2020-01-01"),
        ("2019-12", "2020-01-01"),
        ("2020-02", "2020-03-01"),
        ("2019-05-02", "2019-05-03"),
    ],
)
def test_a_to_filter_includes_the_whole_period(value, end):
    assert end_of(PartialDate.parse(value)).isoformat() == end
