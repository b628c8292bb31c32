"""`load_la_clef` adds the programme facts of the sources, once, and keeps editors' changes."""

import io

import pytest
from django.core.management import call_command

from archive.programme.models import Film, Person, Screening, ScreeningGuest, Series, Venue


def load():
    out = io.StringIO()
    call_command("load_la_clef", stdout=out)
    return out.getvalue()


def state():
    return [
        sorted(Venue.objects.values_list("slug", "name", "name_en", "address")),
        sorted(Series.objects.values_list("slug", "title", "start_year", "end_year")),
        sorted(Person.objects.values_list("slug", "name", "roles", "source")),
        sorted(Film.objects.values_list("slug", "title", "year")),
        sorted(
            Screening.objects.values_list(
                "external_id", "date", "date_precision", "event_type", "venue__slug"
            )
        ),
        sorted(
            ScreeningGuest.objects.values_list("screening__external_id", "person__slug", "role")
        ),
    ]


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
        years = dict(Series.objects.values_list("slug", "start_year"))
        assert years == {
            "images-dailleurs": 1990,
            "seances-de-l-occupation": 2019,
            "festival-permanent-2022": 2022,
            "projections-sur-le-mur": None,
            "studio-34": None,
        }
        first_night = Screening.objects.get(external_id="laclef-2019-occupation-first-night")
        assert first_night.partial_date.isoformat() == "2019"
        assert [film.title for film in first_night.films.all()] == ["Attica"]
        swan_lake = Screening.objects.get(external_id="laclef-2019-swan-lake")
        assert swan_lake.event_type == "performance" and not swan_lake.films.exists()
        sale = Screening.objects.get(external_id="laclef-2023-11-palais-de-tokyo")
        assert sale.partial_date.isoformat() == "2023-11"
        assert sale.event_type == "exhibition"
        assert list(sale.tags.names()) == ["fundraiser"]
        assert sorted(sale.guests.values_list("name", flat=True)) == [
            "Alain Guiraudie",
            "David Lynch",
            "Orlan",
            "Philippe Katerine",
            "Pierre Huyghe",
            "Zineb Sedira",
        ]
        assert set(ScreeningGuest.objects.values_list("role", flat=True)) == {"artist"}

    def test_directors_who_came_to_debate_have_no_invented_events(self):
        load()
        for slug in ("claire-denis", "alain-cavalier", "celine-sciamma", "sophie-calle"):
            person = Person.objects.get(slug=slug)
            assert person.roles == ["director", "guest"]
            assert not person.screenings.exists()
        assert "Film Independent" in Person.objects.get(slug="leos-carax").source
        assert "encyclopedia" in Person.objects.get(slug="maud-alpi").source
        assert Screening.objects.count() == 3

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
        sale.notes = "Edited by an archivist."
        sale.save()

        output = load()

        venue.refresh_from_db()
        sale.refresh_from_db()
        assert venue.address == "13 avenue du Président Wilson, Paris"
        assert sale.notes == "Edited by an archivist."
        assert "archive:venue:palais-de-tokyo: kept (changed by an editor)" in output

    def test_a_deleted_record_stays_deleted(self):
        load()
        Screening.objects.get(external_id="laclef-2019-swan-lake").delete()
        load()
        assert not Screening.objects.filter(external_id="laclef-2019-swan-lake").exists()
