"""
One search finds every kind of record, and shows each as a researcher needs it: pages, events,
films, people, series, media items, interviews and transcript passages, the passage with its
speaker, its time and a link that starts the recording at that second.
"""

import re

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from archive.factories import ArchiveImageFactory, ScreeningFactory
from oral_history.factories import InterviewPageFactory, TranscriptCueFactory
from search.indexing import reindex
from tests.html import marks_ending_headings, one, soup


def found(client, path, query, **params):
    return client.get(path, {"q": query, "format": "json", **params}).json()["results"]


def first_of_type(results, kind):
    return next(result for result in results if result["type"] == kind)


RECORDS = [
    ("/en/search/", "attica", "film", "Attica", r"/en/archive/films/attica/"),
    ("/fr/recherche/", "attica", "film", "Attica", r"/fr/archives/films/attica/"),
    (
        "/en/search/",
        "swan lake",
        "screening",
        "Swan Lake by the striking workers of the Paris Opera Ballet",
        r"/en/archive/screenings/\d+/",
    ),
    (
        "/fr/recherche/",
        "lac des cygnes",
        "screening",
        "Le Lac des cygnes par les grévistes du Ballet de l'Opéra de Paris",
        r"/fr/archives/screenings/\d+/",
    ),
    ("/en/search/", "zineb sedira", "person", "Zineb Sedira", r"/en/archive/people/zineb-sedira/"),
    (
        "/fr/recherche/",
        "images d'ailleurs",
        "series",
        "Images d'Ailleurs",
        r"/fr/archives/series/images-dailleurs/",
    ),
    (
        "/en/search/",
        "lockdown wall",
        "series",
        "The lockdown wall screenings",
        r"/en/archive/series/projections-sur-le-mur/",
    ),
    (
        "/fr/recherche/",
        "sanvi panou",
        "page",
        "Les années Images d'Ailleurs",
        r"/fr/histoire/1990-2009-images-dailleurs/",
    ),
    (
        "/en/search/",
        "palais de tokyo",
        "page",
        "Palais de Tokyo, November 2023: the art sale for La Clef",
        r"/en/exhibitions/palais-de-tokyo-2023/",
    ),
    (
        "/fr/recherche/",
        "voix de synthèse",
        "media",
        "Démonstration : le lecteur d'entretiens (voix de synthèse)",
        r"/fr/medias/av/\d+/",
    ),
    (
        "/en/search/",
        "interview player",
        "interview",
        "Demonstration: the interview player",
        r"/en/oral-history/demonstration/",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("path", "query", "kind", "title", "url"), RECORDS)
def test_each_kind_of_record_is_found_with_its_address(
    client, search_site, path, query, kind, title, url
):
    results = found(client, path, query)
    result = next(r for r in results if r["type"] == kind and r["title"] == title)
    assert re.fullmatch(rf"http://testserver{url}", result["url"])
    assert client.get(result["url"]).status_code == 200


@pytest.mark.django_db
def test_a_passage_shows_its_interview_speaker_and_time_and_links_to_that_second(
    client, search_site
):
    passage = first_of_type(found(client, "/fr/recherche/", "horodatage"), "passage")
    assert passage["title"] == "Démonstration : le lecteur d'entretiens"
    assert passage["speaker"] == "INVITÉ"
    assert passage["start"] == 17
    assert passage["url"] == "http://testserver/fr/histoire-orale/demonstration/?t=17"
    assert "horodatage" in passage["excerpt"]

    page = soup(client.get("/fr/recherche/", {"q": "horodatage"}))
    item = page.select("li.result.result--passage")[0]
    assert item.select('a[href="/fr/histoire-orale/demonstration/?t=17"]')
    assert "0:00:17" in item.get_text()
    assert "INVITÉ" in item.get_text()
    assert "horodatage" in [mark.get_text() for mark in item.select("mark")]


@pytest.mark.django_db
def test_the_link_of_a_long_passage_lands_on_the_cue_where_the_word_is_said(
    client, search_site, site_pages
):
    parent = site_pages["oral_history"]["en"]
    interview = InterviewPageFactory(parent=parent, locale=parent.locale, title="A long answer")
    texts = ["We opened the doors.", "Then came the lawyers.", "And the zanzibar, at last."]
    for position, text in enumerate(texts):
        TranscriptCueFactory(
            interview=interview, position=position, start=60.0 + position * 7, text=text
        )
    reindex("oral_history.interview", [interview.pk])

    passage = first_of_type(found(client, "/en/search/", "zanzibar"), "passage")

    assert passage["start"] == 74
    assert passage["url"].endswith("/?t=74")
    assert passage["speaker"] == "NARRATOR"


@pytest.mark.django_db
def test_a_photograph_is_found_by_its_title(client, search_site):
    image = ArchiveImageFactory(title="Façade de la rue Daubenton")
    reindex(get_image_model()._meta.label_lower, [image.pk])

    result = first_of_type(found(client, "/en/search/", "facade daubenton"), "media")

    assert result["title"] == "Façade de la rue Daubenton"
    assert result["url"] == f"http://testserver/en/media/images/{image.pk}/"


@pytest.mark.django_db
def test_a_document_is_found_by_its_title(client, search_site):
    """Documents are media items of the archive (listed in the media section and the sitemap)."""
    document = get_document_model().objects.create(
        title="Programme de la semaine du zanzibar",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="programme.pdf"),
    )
    call_command("update_index", "--public-only", verbosity=0)

    results = found(client, "/fr/recherche/", "zanzibar")

    assert [r["url"] for r in results] == [f"http://testserver/fr/medias/documents/{document.pk}/"]


@pytest.mark.django_db
def test_one_search_mixes_kinds_and_every_link_opens(client, search_site):
    results = found(client, "/en/search/", "occupation")
    assert {"page", "screening", "series"} <= {result["type"] for result in results}
    for result in results:
        assert client.get(result["url"]).status_code == 200, result


@pytest.mark.django_db
def test_matched_words_are_highlighted_in_titles_and_excerpts(client, search_site):
    page = soup(client.get("/en/search/", {"q": "sciamma"}))
    assert "Sciamma" in marks_ending_headings(page)
    firsts = [excerpt.find(True) for excerpt in page.select(".result__excerpt")]
    assert ("mark", "Sciamma") in [(tag.name, tag.get_text()) for tag in firsts if tag]


@pytest.mark.django_db
def test_results_are_counted_and_numbered_by_page(client, search_site):
    html = client.get("/en/search/", {"q": "attica"}).content.decode()
    assert "3 results for “attica”" in html
    assert one(soup(html), "ol.results__list")["start"] == "1"


@pytest.mark.django_db
def test_only_the_pages_of_the_visitors_language_are_found(client, search_site):
    english = found(client, "/en/search/", "occupation", type="page")
    french = found(client, "/fr/recherche/", "occupation", type="page")
    assert all("/en/" in result["url"] for result in english)
    assert all("/fr/" in result["url"] for result in french)
    assert "http://testserver/en/history/2019-2022-occupation/" in [r["url"] for r in english]


@pytest.mark.django_db
def test_says_so_when_nothing_matches(client, search_site):
    html = client.get("/fr/recherche/", {"q": "zzzyxwv"}).content.decode()
    assert "0 résultat pour «\u202fzzzyxwv\u202f»" in html
    assert "Rien ne correspond à ces mots" in html


@pytest.mark.django_db
def test_says_so_when_the_words_are_too_common(client, search_site):
    html = client.get("/en/search/", {"q": "the of and"}).content.decode()
    assert "These words are too common to search for on their own" in html
    assert not soup(html).select(".results__list")


@pytest.mark.django_db
def test_the_search_form_is_labelled_and_offers_suggestions(client, search_site):
    page = soup(client.get("/en/search/"))
    labels = [label.get_text() for label in page.select('label[for="search-q"]')]
    assert "Search the archive" in labels
    assert page.select('[role="search"]')
    assert page.select('[role="combobox"]')
    assert page.select('[data-autocomplete-url="/search/autocomplete/"]')


@pytest.mark.django_db
def test_what_is_typed_or_stored_is_never_taken_as_html(client, search_site):
    image = ArchiveImageFactory(title="<script>alert('zanzibar')</script>")
    reindex(get_image_model()._meta.label_lower, [image.pk])

    for query in (
        "zanzibar",
        "<script>alert('zanzibar')</script>",
        '"><img src=x onerror=alert(1)>',
    ):
        html = client.get("/en/search/", {"q": query}).content.decode()
        assert "<script>alert" not in html
        assert "<img src=x" not in html
    html = client.get("/en/search/", {"q": "zanzibar"}).content.decode()
    assert "&lt;script&gt;alert(&#x27;<mark>zanzibar</mark>&#x27;)&lt;/script&gt;" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "title", "written", "marked"),
    [
        ("/en/search/", "Nuit zanzibar des bénévoles", "fr", "in French"),
        ("/fr/recherche/", "Zanzibar night of the volunteers", "en", "en anglais"),
    ],
)
def test_an_event_titled_in_one_language_is_marked_in_the_other(
    client, search_site, path, title, written, marked
):
    french, english = (title, "") if written == "fr" else ("", title)
    ScreeningFactory(title=french, title_en=english)

    result = first_of_type(found(client, path, "zanzibar"), "screening")
    heading = one(soup(client.get(path, {"q": "zanzibar"})), ".result--screening h3")

    assert result["title"] == title
    assert result["title_language"] == written
    assert heading.a["lang"] == written
    assert heading.select_one(".archive-fallback").get_text() == f"({marked})"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/search/", "/fr/recherche/"])
def test_a_title_in_both_languages_or_a_film_s_name_is_not_marked(client, search_site, path):
    ScreeningFactory(title="Nuit zanzibar", title_en="Zanzibar night")

    for query, kind in (("zanzibar", "screening"), ("attica", "film")):
        result = first_of_type(found(client, path, query), kind)
        heading = one(soup(client.get(path, {"q": query})), f".result--{kind} h3")
        assert result["title_language"] is None
        assert not heading.a.has_attr("lang")
        assert heading.select_one(".archive-fallback") is None
