"""
French typography (base/typography.py): each rule, what it must never touch, and the French
pages as a visitor receives them.
"""

import pytest
from bs4 import BeautifulSoup
from django.http import HttpResponse
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from base.middleware import FrenchTypographyMiddleware
from base.typography import NBSP, NNBSP, french, french_html
from home.models import HistoryChapterPage
from tests.conftest import SECTION_URLS

# ---------------------------------------------------------------------------- the rules, one by one


@pytest.mark.parametrize(
    ("typed", "typeset"),
    [
        ("Combien de temps ?", f"Combien de temps{NNBSP}?"),
        ("Enfin !", f"Enfin{NNBSP}!"),
        ("Paris ; Lyon", f"Paris{NNBSP}; Lyon"),
        ("Rechercher :", f"Rechercher{NBSP}:"),
        ("Source : l'article", f"Source{NBSP}: l'article"),
        ("« Economic and Social Council »", f"«{NNBSP}Economic and Social Council{NNBSP}»"),
        ("«prix libre»", f"«{NNBSP}prix libre{NNBSP}»"),
        ("5 000 donateurs", f"5{NBSP}000 donateurs"),
        ("400 000 euros", f"400{NBSP}000{NBSP}euros"),
        ("1 234 567", f"1{NBSP}234{NBSP}567"),
        ("2,7 M€", f"2,7{NBSP}M€"),
        ("600 000 €", f"600{NBSP}000{NBSP}€"),
        ("de 6 h à 23 h", f"de 6{NBSP}h à 23{NBSP}h"),
        ("à 20 h 30", f"à 20{NBSP}h{NBSP}30"),
        ("1 an de travaux", f"1{NBSP}an de travaux"),
        ("4,4 millions d'euros", f"4,4{NBSP}millions d'euros"),
        ("Combien\n    ?", f"Combien{NNBSP}?"),
    ],
)
def test_each_rule(typed, typeset):
    assert french(typed) == typeset


@pytest.mark.parametrize(
    "text",
    [
        "https://example.org/page?q=1&lang=fr#haut",
        "La séance commence à 20:30.",
        "Paris: this associative cinema saved after a struggle",
        "5,000 donors helped raise €400,000; €2.7M",
        "Save the last volunteer-run movie theater in Paris!",
        "en 1973, puis en 1981 et le 19 juin 2024",
        "21, rue de la Clef, 75005 Paris",
        "01 43 37 90 77",
        "6 heuristiques",
        "",
    ],
)
def test_what_has_no_space_before_the_marks_is_left_alone(text):
    assert french(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Combien ? « Assez » : 5 000 donateurs ; 2,7 M€ ! de 6 h à 23 h 30",
        f"Déjà{NBSP}: fait{NNBSP}; «{NNBSP}ici{NNBSP}»",
        "<p>Source : <a href='https://x.fr/?a=1'>lien</a> !</p>",
    ],
)
def test_running_it_twice_changes_nothing(text):
    assert french(french(text)) == french(text)
    assert french_html(french_html(text)) == french_html(text)


def test_markup_attributes_and_code_are_untouched():
    markup = (
        '<!DOCTYPE html><html lang="fr"><head><title>Accueil : La Clef</title>'
        "<style>a :hover { color: red ; }</style>"
        '<script>if (a ? b : c) { alert("x !"); }</script></head>'
        '<body><a href="/fr/recherche/?q=a b" title="Voir : tout ?">Voir : tout ?</a>'
        '<img alt="5 000 spectateurs" src="/x.png">'
        "<!-- note : ne pas toucher ! -->"
        "<pre>x : y ; 5 000</pre><code>a ? b : c</code>"
        "<textarea name='t'>Bonjour !</textarea>"
        '<p data-x="a > b ; c">Entre « guillemets » !</p></body></html>'
    )
    typeset = french_html(markup)
    assert typeset == markup.replace(
        "<title>Accueil : La Clef", f"<title>Accueil{NBSP}: La Clef"
    ).replace(">Voir : tout ?<", f">Voir{NBSP}: tout{NNBSP}?<").replace(
        ">Entre « guillemets » !<", f">Entre «{NNBSP}guillemets{NNBSP}»{NNBSP}!<"
    )


def test_a_mark_after_an_inline_element_gets_its_space():
    assert french_html("<cite>Madmoizelle</cite> ; <b>« <i>Images</i> »</b> ?") == (
        f"<cite>Madmoizelle</cite>{NNBSP}; <b>«{NNBSP}<i>Images</i>{NNBSP}»</b>{NNBSP}?"
    )


def test_entities_in_text_are_not_marks():
    assert french_html("L&#x27;Usage du monde &amp; autres") == (
        "L&#x27;Usage du monde &amp; autres"
    )


def test_the_filter_sets_french_only_in_french():
    template = Template("{% load typography %}{{ text|typeset }}")
    context = Context({"text": "Quatre jours : fin juin !"})
    with translation.override("fr"):
        assert template.render(context) == f"Quatre jours{NBSP}: fin juin{NNBSP}!"
    with translation.override("en"):
        assert template.render(context) == "Quatre jours : fin juin !"


# ------------------------------------------------------------------------------- the pages served

MARKS = ";:!?»"
FRENCH_PAGES = [
    "/fr/",
    SECTION_URLS["history"]["fr"],
    SECTION_URLS["history"]["fr"] + "2022-2024-rachat-de-la-clef/",
    SECTION_URLS["exhibitions"]["fr"] + "palais-de-tokyo-2023/",
    SECTION_URLS["search"]["fr"] + "?q=cin%C3%A9ma",
    SECTION_URLS["archive"]["fr"],
]


def visible_text(html):
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style", "pre", "code", "textarea"]):
        element.decompose()
    return soup.get_text()


@pytest.mark.django_db
@pytest.mark.parametrize("url", FRENCH_PAGES)
def test_a_french_page_has_no_ordinary_space_before_the_marks(client, loaded_site, url):
    response = client.get(url)
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    for mark in MARKS:
        assert f" {mark}" not in text, f"an ordinary space before {mark!r} on {url}"
    assert "« " not in text
    assert int(response["Content-Length"]) == len(response.content)


@pytest.mark.django_db
def test_the_french_page_is_typeset_and_the_english_one_is_not(client, loaded_site):
    french_page = visible_text(client.get(SECTION_URLS["history"]["fr"]).content.decode())
    english_page = visible_text(client.get(SECTION_URLS["history"]["en"]).content.decode())
    assert NNBSP in french_page and NBSP in french_page
    assert NNBSP not in english_page


def respond(path, content_type, body="Rechercher : « tout » ?"):
    request = RequestFactory().get(path)
    middleware = FrenchTypographyMiddleware(lambda request: HttpResponse(body, content_type))
    return middleware(request).content.decode()


@pytest.mark.parametrize(
    ("path", "content_type", "typeset"),
    [
        ("/fr/histoire/", "text/html; charset=utf-8", True),
        ("/en/history/", "text/html; charset=utf-8", False),
        ("/admin/pages/", "text/html; charset=utf-8", False),
        ("/fr/recherche/", "application/json", False),
        ("/fr/archives/programme.csv", "text/csv", False),
    ],
)
def test_only_french_html_pages_are_typeset(path, content_type, typeset):
    expected = f"Rechercher{NBSP}: «{NNBSP}tout{NNBSP}»{NNBSP}?"
    assert (respond(path, content_type) == expected) is typeset


@pytest.mark.django_db
def test_the_meta_description_is_typeset_through_the_filter(client, loaded_site):
    chapter = HistoryChapterPage.objects.get(locale__language_code="fr", slug="1973-1989-fondation")
    chapter.summary = "Un résumé : deux-points ; point-virgule et 5 000 donateurs !"
    chapter.save_revision().publish()
    page = BeautifulSoup(client.get(chapter.url).content, "html.parser")
    description = page.select_one('meta[name="description"]')["content"]
    assert description == french(chapter.summary) != chapter.summary
