"""Chapter pages: the story of each era, its dates, its sources, and the way to the next one."""

import re

import pytest

from home.content.history import CHAPTERS, SOURCES
from home.models import HistoryChapterPage, HistoryEvent
from tests.html import soup

CASES = [(chapter, language) for chapter in CHAPTERS for language in ("fr", "en")]
HISTORY_URLS = {"fr": "/fr/histoire/", "en": "/en/history/"}


def chapter_url(chapter, language):
    return f"{HISTORY_URLS[language]}{chapter['slug'][language]}/"


def text_of(html):
    """
    The page's text, a space between elements and its runs of white space made single; the
    no-break spaces of French typography are kept, as the seed text has them too.
    """
    return " ".join(re.split(r"[ \t\n\r\f]+", soup(html).get_text(" ").strip()))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("chapter", "language"), CASES, ids=[f"{c['key']}-{lang}" for c, lang in CASES]
)
def test_every_chapter_renders_in_both_languages(client, site_pages, chapter, language):
    response = client.get(chapter_url(chapter, language))
    assert response.status_code == 200
    html = response.content.decode()
    text = text_of(html)
    assert chapter["title"][language] in text
    assert "{}–{}".format(*chapter["period"]) in text
    for event in chapter["events"]:
        assert event["title"][language] in text
    for block in chapter["body"][language]:
        if block["type"] == "heading":
            assert block["value"] in text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("chapter", "language"), CASES, ids=[f"{c['key']}-{lang}" for c, lang in CASES]
)
def test_every_chapter_ends_with_the_sources_it_cites(client, site_pages, chapter, language):
    heading = soup(client.get(chapter_url(chapter, language))).find(id="sources-title")
    sources_section = "".join(heading.find_all_next(string=True))  # the heading and what follows
    cited = set(chapter["sources"]) | {key for e in chapter["events"] for key in e["sources"]}
    for source in SOURCES:
        shown = source["title"] in sources_section
        assert shown == (source["key"] in cited), source["key"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_chapters_lead_to_each_other_in_story_order(client, site_pages, language):
    for position, chapter in enumerate(CHAPTERS):
        page = soup(client.get(chapter_url(chapter, language)))
        previous = [link["href"] for link in page.select('[rel~="prev"][href]')]
        following = [link["href"] for link in page.select('[rel~="next"][href]')]
        if position == 0:
            assert previous == []
        else:
            assert previous[0] == chapter_url(CHAPTERS[position - 1], language)
        if position == len(CHAPTERS) - 1:
            assert following == []
        else:
            assert following[0] == chapter_url(CHAPTERS[position + 1], language)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "slug", "words"),
    [
        ("en", "1973-1989", ["May 1968", "1973"]),
        ("en", "2010-2018", ["Economic and Social Council of Savings Bank Île-de-France"]),
        ("en", "2019-2022-occupation", ["two and a half years", "1 March 2022"]),
        ("en", "2022-2024-buying-la-clef", ["for months", "for the past 4 years"]),
        ("en", "2024-2026", ["A year of works?", "open-price", "pay what you can", "free"]),
        ("fr", "1973-1989", ["Mai 68", "1973"]),
        ("fr", "2010-2018", ["Economic and Social Council of Savings Bank Île-de-France"]),
        ("fr", "2019-2022-occupation", ["deux ans et demi"]),
        ("fr", "2022-2024-rachat", ["depuis des mois", "quatre ans"]),
        ("fr", "2024-2026", ["Un an de travaux\u202f?", "open-price", "pay what you can"]),
    ],
)
def test_the_known_disagreements_are_shown(client, site_pages, language, slug, words):
    page = HistoryChapterPage.objects.get(locale__language_code=language, slug__startswith=slug)
    asides = soup(client.get(page.url).content.decode()).select("aside.disagreement")
    text = text_of("".join(str(aside) for aside in asides))
    for word in words:
        assert word in text


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "separator"), [("en", "; "), ("fr", "\u202f; ")])
def test_the_sources_compared_are_listed_in_the_language_s_typography(
    client, site_pages, language, separator
):
    page = HistoryChapterPage.objects.get(
        locale__language_code=language, slug__startswith="2019-2022-occupation"
    )
    html = soup(client.get(page.url).content.decode())
    compared = [p for p in html.select("aside.disagreement .disagreement__sources") if p.cite]
    lists = [p for p in compared if len(p.select("cite")) > 1]
    assert lists, "a disagreement compares two sources"
    for listing in lists:
        between = [cite.next_sibling for cite in listing.select("cite")[:-1]]
        assert between == [separator] * len(between)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "figures"),
    [("en", ["€2.7M", "5,000", "€400,000", "€600,000"]), ("fr", ["2,7\u00a0M€", "5\u00a0000"])],
)
def test_the_key_figures_are_shown_with_their_source(client, site_pages, language, figures):
    pages = [
        soup(client.get(page.url))
        for page in HistoryChapterPage.objects.filter(locale__language_code=language)
    ]
    values = [value.get_text() for page in pages for value in page.select("dd.key-figure__value")]
    for figure in figures:
        assert any(figure in value for value in values), figure
    assert sum(len(page.select(".key-figure__source")) for page in pages) == len(values)


@pytest.mark.django_db
def test_a_quotation_names_who_said_it_and_where(client, site_pages):
    page = HistoryChapterPage.objects.get(locale__language_code="en", slug__contains="occupation")
    quote = soup(client.get(page.url)).select("figure.block-quote")[0]
    assert quote.select("blockquote")
    assert any(cite.get_text().startswith("Cinéma La Clef") for cite in quote.select("cite"))


@pytest.mark.django_db
def test_the_language_switcher_leads_to_the_translated_chapter(client, site_pages):
    page = soup(client.get("/fr/histoire/2019-2022-occupation/"))
    assert page.select('a[href="/en/history/2019-2022-occupation/"][lang="en"]')


@pytest.mark.django_db
def test_a_chapter_costs_the_same_with_more_events(client, site_pages, django_assert_num_queries):
    page = HistoryChapterPage.objects.get(locale__language_code="en", slug__contains="1973")
    client.get(page.url)
    with django_assert_num_queries(CHAPTER_QUERIES):
        client.get(page.url)
    source = page.sources.first()
    for year in range(1974, 1989):
        event = HistoryEvent.objects.create(
            chapter=page, date=f"{year}-01-01", date_precision="year", title="x", text="y"
        )
        event.sources.add(source)
    with django_assert_num_queries(CHAPTER_QUERIES):
        client.get(page.url)


# Routing and navigation are remembered with the page tree (base/page_tree.py: its version);
# the parent's title and siblings, the events and their sources, the chapter's own sources, and
# the sources chosen in each kind of body block.
CHAPTER_QUERIES = 1 + 5
