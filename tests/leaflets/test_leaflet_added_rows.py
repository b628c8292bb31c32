"""
A row the reading missed, as an editor adds it on the review screen: an empty row under the
suggested ones (no JavaScript: it is posted with them), its errors by its fields, the lines of
the scan it is printed on as its region, and the whole leaflet confirmed with it or not at all.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from archive.factories import FilmFactory, ScreeningFactory
from archive.programme.models import Screening
from leaflets.models import Suggestion
from leaflets.ocr import lines_of
from tests.html import one, soup, text, texts
from tests.leaflets.review_screen import formset_data, review

pytestmark = pytest.mark.django_db

XALA = {
    "new-date": "1995-03-28",
    "new-time": "20:30",
    "new-title": "Xala",
    "new-director": "Ousmane Sembène",
    "new-country": "Sénégal",
    "new-film_year": "1975",
    "new-guests": "Alice Diop; Nicole Brenez",
    "new-venue": "Grande salle",
}


def post(client, leaflet, page, **changes):
    return client.post(f"/admin/leaflets/{leaflet.pk}/", formset_data(page, **changes))


def added_rows():
    return Suggestion.objects.filter(added_in_review=True)


class TestTheEmptyRow:
    def test_the_review_screen_ends_with_an_empty_row_every_field_labelled(
        self, editor_client, read_leaflet
    ):
        page = review(editor_client, read_leaflet)
        row = one(page, "fieldset#row-new")
        assert text(row.legend) == "A row the reading missed"
        names = [field["name"] for field in row.select("input[name], select[name]")]
        assert names == [
            "new-date",
            "new-time",
            "new-title",
            "new-director",
            "new-country",
            "new-film_year",
            "new-guests",
            "new-venue",
            "new-first_line",
            "new-last_line",
        ]
        for field in row.select("input[name], select[name]"):
            assert field.get("value", "") == ""
            assert page.select_one(f"label[for='{field['id']}']"), field["name"]
            assert not field.has_attr("tabindex")
        assert row.select_one("button[type=submit]").get_text(strip=True) == "Add this row"

    def test_the_lines_offered_are_the_lines_read_on_each_page(self, editor_client, read_leaflet):
        page = review(editor_client, read_leaflet)
        read = lines_of(read_leaflet.pages.get().words)
        group = one(page, "select[name='new-first_line'] optgroup")
        assert group["label"] == "Page 1"
        options = group.select("option")
        assert [option["value"] for option in options] == [f"1:{i}" for i in range(len(read))]
        assert text(options[0]) == f"1. {read[0].text}"

    def test_left_empty_it_adds_nothing(self, editor_client, read_leaflet):
        page = review(editor_client, read_leaflet)
        response = post(editor_client, read_leaflet, page, save="1")
        assert response.status_code == 302
        assert not added_rows().exists()
        assert Suggestion.objects.count() == 2


class TestAddingARow:
    def test_a_row_added_is_kept_with_its_region_and_edited_like_the_others(
        self, editor_client, read_leaflet
    ):
        page = review(editor_client, read_leaflet)
        read = lines_of(read_leaflet.pages.get().words)
        last = len(read) - 1
        chosen = {"new-first_line": f"1:{last - 1}", "new-last_line": f"1:{last}"}
        response = post(editor_client, read_leaflet, page, **XALA, **chosen, save="add")
        assert response.status_code == 302
        assert not Screening.objects.exists()

        added = added_rows().get()
        assert (added.date, added.time, added.title, added.director) == (
            datetime.date(1995, 3, 28),
            datetime.time(20, 30),
            "Xala",
            "Ousmane Sembène",
        )
        assert (added.country, added.film_year, added.venue) == ("Sénégal", 1975, "Grande salle")
        assert added.guest_names == ["Alice Diop", "Nicole Brenez"]
        assert added.decision == "accept"
        boxes = [read[last - 1].box, read[last].box]
        assert (added.left, added.top, added.right, added.bottom) == (
            min(box[0] for box in boxes),
            min(box[1] for box in boxes),
            max(box[2] for box in boxes),
            max(box[3] for box in boxes),
        )
        assert added.source_text == f"{read[last - 1].text}\n{read[last].text}"

        page = soup(editor_client.get(f"/admin/leaflets/{read_leaflet.pk}/"))
        assert "The row you added is kept with the others" in text(page)
        third = one(page, "fieldset#row-3")
        assert text(third.legend).startswith("Row 3 · added in review")
        assert third.select_one("input[name='rows-2-title']")["value"] == "Xala"
        assert [link["href"] for link in page.select("svg a")] == ["#row-1", "#row-2", "#row-3"]
        assert one(page, "fieldset#row-new input[name='new-title']").get("value", "") == ""

        page_data = formset_data(page, **{"rows-2-title": "Xala (copie restaurée)", "save": "1"})
        editor_client.post(f"/admin/leaflets/{read_leaflet.pk}/", page_data)
        assert added_rows().get().title == "Xala (copie restaurée)"
        assert added_rows().count() == 1

    def test_a_row_added_without_lines_has_no_region_on_the_scan(self, editor_client, read_leaflet):
        post(editor_client, read_leaflet, review(editor_client, read_leaflet), **XALA, save="add")
        added = added_rows().get()
        assert (added.region_width, added.region_height, added.source_text) == (0, 0, "")
        page = review(editor_client, read_leaflet)
        assert one(page, "fieldset#row-3 input[name='rows-2-title']")["value"] == "Xala"
        assert [link["href"] for link in page.select("svg a")] == ["#row-1", "#row-2"]

    def test_the_row_added_is_confirmed_with_the_others(self, editor_client, read_leaflet, sample):
        page = review(editor_client, read_leaflet)
        response = post(editor_client, read_leaflet, page, **XALA, confirm="1")
        assert response.status_code == 302
        read_leaflet.refresh_from_db()
        assert read_leaflet.state == "confirmed"
        days = [event.date for event in sample.events] + [datetime.date(1995, 3, 28)]
        assert list(Screening.objects.order_by("date").values_list("date", flat=True)) == days
        event = Screening.objects.get(date=datetime.date(1995, 3, 28))
        film = event.film_links.get().film
        assert (film.title, film.year, film.countries) == ("Xala", 1975, "Sénégal")
        assert [link.person.name for link in film.director_links.all()] == ["Ousmane Sembène"]
        assert [link.person.name for link in event.guest_links.all()] == [
            "Alice Diop",
            "Nicole Brenez",
        ]
        assert (event.time, event.venue.name) == (datetime.time(20, 30), "Grande salle")
        assert event.image_links.get().image == read_leaflet.image
        assert added_rows().get().screening == event

    def test_a_row_added_for_an_event_the_archive_has_is_merged_into_it(
        self, editor_client, read_leaflet
    ):
        film = FilmFactory(title="Xala", year=1975)
        existing = ScreeningFactory(date=datetime.date(1995, 3, 28), time=None, films=[film])
        page = review(editor_client, read_leaflet)
        post(editor_client, read_leaflet, page, **XALA, confirm="1")
        assert Screening.objects.count() == 3  # the two rows read, and the existing event
        existing.refresh_from_db()
        assert existing.time == datetime.time(20, 30)
        assert [link.film for link in existing.film_links.all()] == [film]
        assert added_rows().get().screening == existing


class TestNothingHalfSaved:
    def test_when_another_row_is_incomplete_nothing_is_saved_and_the_row_stays_typed(
        self, editor_client, read_leaflet
    ):
        page = review(editor_client, read_leaflet)
        response = post(
            editor_client, read_leaflet, page, **XALA, **{"rows-1-title": "", "confirm": "1"}
        )
        assert response.status_code == 200
        page = soup(response)
        assert texts(page, "[role=alert] li") == ["Row 2: the title is missing."]
        assert one(page, "[role=alert] li a")["href"] == "#id_rows-1-title"
        title = one(page, "#id_rows-1-title")
        assert title["aria-invalid"] == "true"
        assert "id_rows-1-title-error" in title["aria-describedby"].split()
        assert text(one(page, "#id_rows-1-title-error")) == "Row 2: the title is missing."
        assert one(page, "input[name='new-title']")["value"] == "Xala"
        assert not Screening.objects.exists()
        assert not added_rows().exists()
        assert Suggestion.objects.get(order=1).title != ""
        read_leaflet.refresh_from_db()
        assert read_leaflet.state == "read"

    def test_a_row_added_without_its_date_is_refused_by_its_field(
        self, editor_client, read_leaflet
    ):
        page = review(editor_client, read_leaflet)
        changes = {**XALA, "new-date": "", "rows-0-title": "Attica (version restaurée)"}
        response = post(editor_client, read_leaflet, page, **changes, confirm="1")
        assert response.status_code == 200
        page = soup(response)
        assert texts(page, "[role=alert] li") == ["The row you add, Date: This field is required."]
        assert one(page, "[role=alert] li a")["href"] == "#id_new-date"
        date = one(page, "#id_new-date")
        assert date["aria-invalid"] == "true"
        assert date["aria-describedby"] == "id_new-date-error"
        assert text(one(page, "#id_new-date-error")) == "This field is required."
        assert not added_rows().exists()
        assert not Suggestion.objects.filter(title="Attica (version restaurée)").exists()
        assert not Screening.objects.exists()

    def test_the_lines_must_run_forward_on_one_page(self, editor_client, read_leaflet):
        page = review(editor_client, read_leaflet)
        backwards = {"new-first_line": "1:3", "new-last_line": "1:1"}
        response = post(editor_client, read_leaflet, page, **XALA, **backwards, save="add")
        assert text(one(soup(response), "#id_new-last_line-error")) == (
            "The last line comes before the first."
        )
        alone = {"new-last_line": "1:1"}
        response = post(editor_client, read_leaflet, page, **XALA, **alone, save="add")
        assert text(one(soup(response), "#id_new-first_line-error")) == (
            "Choose the first line too, or neither."
        )
        assert not added_rows().exists()


class TestWhenTheReadingFoundNoRow:
    def test_the_editor_can_still_add_the_leaflets_events(self, editor_client, read_leaflet):
        Suggestion.objects.all().delete()
        page = review(editor_client, read_leaflet)
        assert "No programme row was found in this text." in text(page)
        post(editor_client, read_leaflet, page, **XALA, confirm="1")
        assert list(Screening.objects.values_list("date", flat=True)) == [
            datetime.date(1995, 3, 28)
        ]


class TestInFrench:
    def test_the_empty_row_and_its_errors_are_in_the_editor_s_language(
        self, editor_client, read_leaflet
    ):
        profile = UserProfile.get_for_user(get_user_model().objects.get(username="editor"))
        profile.preferred_language = "fr"
        profile.save()
        page = review(editor_client, read_leaflet)
        row = one(page, "fieldset#row-new")
        assert text(row.legend) == "Une ligne que la lecture a manquée"
        assert text(one(row, "label[for='id_new-first_line']")) == "De la ligne"
        assert row.select_one("button[type=submit]").get_text(strip=True) == "Ajouter cette ligne"
        response = post(editor_client, read_leaflet, page, **{**XALA, "new-title": ""})
        assert text(one(soup(response), "#id_new-title-error")) == "Champ requis."
        summary = [item.get_text() for item in soup(response).select("[role=alert] li")]
        assert summary == ["La ligne que vous ajoutez, Titre du film\u00a0: Champ requis."]
