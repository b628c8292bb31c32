"""
`load_la_clef` adds the programme facts of the sources, once, at exactly their precision, and
keeps editors' changes; on a site an earlier loader filled, it brings what no editor touched up
to date.
"""

import io
import re

import pytest
from django.core.management import call_command
from django.utils.text import slugify

from archive.programme.models import Film, Person, Screening, ScreeningGuest, Series, Venue
from archive.programme.seed_data import (
    ENCYCLOPEDIA,
    FESTIVAL_SUPPORTERS,
    FUNDRAISING,
    MADMOIZELLE,
    SCREENINGS,
)
from archive.programme.seed_history import BEFORE_TITLES
from base.models import SeedRecord


def load():
    out = io.StringIO()
    call_command("load_la_clef", stdout=out)
    return out.getvalue()


def state():
    return [
        sorted(Venue.objects.values_list("slug", "name", "name_en", "address", "description")),
        sorted(
            Series.objects.values_list(
                "slug", "title", "title_en", "is_archive_grouping", "start_year", "end_year"
            )
        ),
        sorted(Person.objects.values_list("slug", "name", "roles", "source")),
        sorted(Film.objects.values_list("slug", "title", "year", "synopsis", "synopsis_en")),
        sorted(
            Screening.objects.values_list(
                "external_id",
                "date",
                "date_precision",
                "date_end",
                "date_end_precision",
                "event_type",
                "title",
                "title_en",
                "notes",
                "notes_en",
                "venue__slug",
            )
        ),
        sorted(
            ScreeningGuest.objects.values_list("screening__external_id", "person__slug", "role")
        ),
    ]


# Each event of the sources: its dates exactly as the source gives them (a span as "start/end"),
# its type and its source.
EVENTS = {
    "laclef-2019-occupation-first-night": ("2019", "screening", ENCYCLOPEDIA),
    "laclef-2019-swan-lake": ("2019", "performance", ENCYCLOPEDIA),
    "laclef-occupation-nightly-screenings": (
        "2019/2022-03-01",
        "talk",
        f"{ENCYCLOPEDIA}; {FUNDRAISING}",
    ),
    "laclef-occupation-wall-screenings": ("2019/2022-03-01", "screening", ENCYCLOPEDIA),
    "laclef-2022-permanent-festival": ("2022-01-31/2022-03-01", "festival", ENCYCLOPEDIA),
    "laclef-after-eviction-friendly-venues": ("2022-03-01/2024-06-19", "screening", ENCYCLOPEDIA),
    "laclef-after-eviction-open-air": ("2022-03-01/2024-06-19", "open-air", ENCYCLOPEDIA),
    "laclef-2023-11-palais-de-tokyo": ("2023-11", "exhibition", ENCYCLOPEDIA),
    "laclef-2024-06-19-public-screenings": ("2024-06-19", "screening", ENCYCLOPEDIA),
    "laclef-2024-06-four-day-reopening": ("2024-06", "screening", MADMOIZELLE),
    "laclef-occupation-studio-34": ("2019/2022-03-01", "workshop", ENCYCLOPEDIA),
    "laclef-occupation-tiny-escape": ("2019/2022-03-01", "workshop", ENCYCLOPEDIA),
    "laclef-2026-01-14-reopening": ("2026-01-14", "screening", ENCYCLOPEDIA),
}

# French typography: an ordinary space is never where a no-break space belongs (before : ; ! ?,
# inside « », between the groups of a number or before its unit).
MISPLACED_SPACES = re.compile(r" [:;!?»]|« |\d \d{3}\b|\d (?:h|euros?|M€)\b")


@pytest.mark.django_db
class TestProgrammeLoader:
    def test_the_facts_of_the_sources(self):
        load()
        assert set(Venue.objects.values_list("name", flat=True)) == {
            "La Clef",
            "Le mur extérieur de La Clef",
            "Palais de Tokyo",
            "Lieux culturels amis",
        }
        assert Venue.objects.get(slug="la-clef").address.startswith("34 rue Daubenton")
        first_night = Screening.objects.get(external_id="laclef-2019-occupation-first-night")
        assert [film.title for film in first_night.films.all()] == ["Attica"]
        swan_lake = Screening.objects.get(external_id="laclef-2019-swan-lake")
        assert swan_lake.event_type == "performance" and not swan_lake.films.exists()
        sale = Screening.objects.get(external_id="laclef-2023-11-palais-de-tokyo")
        assert list(sale.tags.names()) == ["fundraiser"]
        assert sorted(sale.guests.values_list("name", flat=True)) == [
            "Alain Guiraudie",
            "David Lynch",
            "Orlan",
            "Philippe Katerine",
            "Pierre Huyghe",
            "Zineb Sedira",
        ]
        assert set(sale.guest_links.values_list("role", flat=True)) == {"artist"}
        assert Film.objects.get(slug="attica").synopsis_en == "A film on the riot at Attica Prison."

    def test_every_event_the_sources_give_with_its_precision_and_source(self):
        load()
        events = {
            screening.external_id: (
                screening.dates.isoformat(),
                screening.event_type,
                screening.source,
            )
            for screening in Screening.objects.all()
        }
        assert events == EVENTS

    def test_a_span_is_held_as_the_source_gives_it_never_a_year_inside_it(self):
        load()
        nightly = Screening.objects.get(external_id="laclef-occupation-nightly-screenings")
        assert (nightly.date_precision, nightly.date_end_precision) == ("year", "day")
        assert nightly.year == 2019  # filed under its start
        festival = Screening.objects.get(external_id="laclef-2022-permanent-festival")
        assert "«\u202fles semaines suivantes\u202f»" in festival.notes

    def test_the_directors_the_sources_name_are_the_nightly_screenings_guests(self):
        load()
        nightly = Screening.objects.get(external_id="laclef-occupation-nightly-screenings")
        guests = list(nightly.guest_links.values_list("person__name", "role"))
        assert {role for _name, role in guests} == {"director"}
        assert [name for name, _role in guests] == [
            "Maud Alpi",
            "Sophie Calle",
            "Laurent Cantet",
            "Léos Carax",
            "Alain Cavalier",
            "Claire Denis",
            "Jean-Luc Godard",
            "Yann Gonzalez",
            "Vincent Macaigne",
            "Guillaume Massart",
            "Françoise Romand",
            "Céline Sciamma",
        ]
        assert "Film Independent" in Person.objects.get(slug="leos-carax").source
        assert "encyclopedia" in Person.objects.get(slug="maud-alpi").source

    def test_the_festival_s_supporters_are_its_guests(self):
        load()
        festival = Screening.objects.get(external_id="laclef-2022-permanent-festival")
        names = set(festival.guests.values_list("name", flat=True))
        assert names == {*FESTIVAL_SUPPORTERS, "Céline Sciamma", "Léos Carax"}
        assert Person.objects.get(slug="wang-bing").sort_name == "Wang Bing"

    def test_every_event_is_named_and_noted_in_both_languages_in_french_typography(self):
        load()
        for screening in Screening.objects.all():
            texts = [screening.title, screening.title_en, screening.notes, screening.notes_en]
            assert all(text.strip() for text in texts), screening.external_id
            for french in (screening.title, screening.notes):
                assert not MISPLACED_SPACES.search(french), (screening.external_id, french)
        for series in Series.objects.all():
            assert series.title_en and series.description_en, series.slug
            assert not MISPLACED_SPACES.search(series.description), series.slug

    def test_only_the_series_a_source_names_are_not_the_archive_s_groupings(self):
        load()
        groupings = dict(Series.objects.values_list("slug", "is_archive_grouping"))
        assert groupings == {
            "images-dailleurs": False,
            "studio-34": False,
            "tiny-escape": False,
            "seances-de-l-occupation": True,
            "festival-permanent-2022": True,
            "projections-sur-le-mur": True,
        }
        for series in Series.objects.filter(is_archive_grouping=True):
            assert "archive" in series.description_en and "archive" in series.description

    def test_every_record_cites_its_source(self):
        load()
        for model in (Venue, Series, Person, Film, Screening):
            assert not model.objects.filter(source="").exists(), model

    def test_running_again_changes_nothing(self):
        load()
        before = state()
        output = load()
        assert state() == before
        assert "created" not in output and "updated" not in output

    def test_an_editors_change_is_kept(self):
        load()
        venue = Venue.objects.get(slug="palais-de-tokyo")
        venue.address = "13 avenue du Président Wilson, Paris"
        venue.save()
        sale = Screening.objects.get(external_id="laclef-2023-11-palais-de-tokyo")
        sale.notes_en = "Edited by an archivist."
        sale.save()

        output = load()

        venue.refresh_from_db()
        sale.refresh_from_db()
        assert venue.address == "13 avenue du Président Wilson, Paris"
        assert sale.notes_en == "Edited by an archivist."
        assert "archive:venue:palais-de-tokyo: kept (changed by an editor)" in output

    def test_a_deleted_record_stays_deleted(self):
        load()
        Screening.objects.get(external_id="laclef-2019-swan-lake").delete()
        load()
        assert not Screening.objects.filter(external_id="laclef-2019-swan-lake").exists()


EARLIER_EVENTS = {
    "laclef-2019-occupation-first-night",
    "laclef-2019-swan-lake",
    "laclef-2023-11-palais-de-tokyo",
}


def the_site_an_earlier_loader_left():
    """
    The database of a site loaded before events had titles, once migration 0012 has run: the
    objects hold what the earlier loader wrote (`seed_history`), their ledger a fingerprint of
    the fewer fields it managed, and what it did not make is not there.
    """
    load()
    for key, values in BEFORE_TITLES.items():
        record = SeedRecord.objects.get(key=key)
        obj = record.content_type.get_object_for_this_type(pk=record.object_id)
        for name, value in values.items():
            setattr(obj, name, value)
        obj.save()
        record.fingerprint = "of the fields the earlier loader managed"
        record.save()
    new_events = set(SCREENINGS) - EARLIER_EVENTS
    new_keys = [f"archive:screening:{external_id}" for external_id in new_events]
    new_keys += ["archive:series:tiny-escape"]
    new_keys += [f"archive:person:{slugify(name)}" for name in FESTIVAL_SUPPORTERS]
    Screening.objects.filter(external_id__in=new_events).delete()
    Series.objects.filter(slug="tiny-escape").delete()
    Person.objects.filter(name__in=FESTIVAL_SUPPORTERS).delete()
    for key in new_keys:
        SeedRecord.objects.filter(key__startswith=key).delete()


@pytest.mark.django_db
class TestLoadingOnASiteAnEarlierLoaderFilled:
    def test_what_no_editor_touched_is_brought_up_to_date(self):
        the_site_an_earlier_loader_left()
        swan_lake = Screening.objects.get(external_id="laclef-2019-swan-lake")
        assert (swan_lake.title, swan_lake.notes) == ("", "")
        assert swan_lake.notes_en.startswith("Later in 2019, striking workers")

        output = load()

        swan_lake.refresh_from_db()
        assert swan_lake.title.startswith("Le Lac des cygnes")
        assert swan_lake.title_en.startswith("Swan Lake")
        assert swan_lake.notes.startswith("Plus tard dans l'année 2019")
        assert Series.objects.get(slug="projections-sur-le-mur").is_archive_grouping
        assert Film.objects.get(slug="attica").synopsis
        assert Screening.objects.count() == len(EVENTS)
        assert "kept" not in output
        again = load()
        assert "created" not in again and "updated" not in again

    def test_what_an_editor_changed_is_kept(self):
        the_site_an_earlier_loader_left()
        swan_lake = Screening.objects.get(external_id="laclef-2019-swan-lake")
        swan_lake.notes_en = "The ballet's strikers, by an archivist."
        swan_lake.save()
        series = Series.objects.get(slug="studio-34")
        series.description_en = "An editor's description."
        series.save()

        output = load()

        swan_lake.refresh_from_db()
        series.refresh_from_db()
        assert (swan_lake.title, swan_lake.notes_en) == (
            "",
            "The ballet's strikers, by an archivist.",
        )
        assert (series.title_en, series.description_en) == ("", "An editor's description.")
        assert "archive:screening:laclef-2019-swan-lake: kept (changed by an editor)" in output
        assert "archive:series:studio-34: kept (changed by an editor)" in output
        first_night = Screening.objects.get(external_id="laclef-2019-occupation-first-night")
        assert first_night.title_en == "First night of the occupation: Attica"
