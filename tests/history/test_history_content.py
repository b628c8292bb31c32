"""
The seed history, checked as data: every event dated at a real precision, inside its chapter,
sourced, and told in both languages; the French text already set with its no-break spaces.
"""

import pytest

from archive.exhibitions import seeds as exhibition_seeds
from archive.media import seeds as media_seeds
from archive.programme import seeds as programme_seeds
from base.dates import PartialDate
from base.typography import french_html
from home.content.history import CHAPTERS, SOURCES
from home.content.site import HOME
from home.content.site import SECTION as HISTORY_SECTION
from oral_history import seeds as oral_history_seeds
from search import seeds as search_seeds

SECTIONS = [
    HISTORY_SECTION,
    programme_seeds.SECTION,
    oral_history_seeds.SECTION,
    exhibition_seeds.SECTION,
    media_seeds.SECTION,
    search_seeds.SECTION,
]

SOURCE_KEYS = {source["key"] for source in SOURCES}
EVENTS = [(chapter, event) for chapter in CHAPTERS for event in chapter["events"]]


@pytest.mark.parametrize(("chapter", "event"), EVENTS, ids=[e["key"] for _, e in EVENTS])
def test_every_event_is_dated_sourced_and_inside_its_chapter(chapter, event):
    date = PartialDate.parse(event["date"])
    first, last = chapter["period"]
    assert first <= date.date.year <= last
    assert event["sources"], "an event needs at least one source"
    assert set(event["sources"]) <= SOURCE_KEYS
    for language in ("fr", "en"):
        assert event["title"][language].strip()
        assert event["text"][language].strip()


def test_chapters_follow_each_other_without_gaps_and_have_unique_slugs():
    for previous, following in zip(CHAPTERS, CHAPTERS[1:], strict=False):
        assert following["period"][0] in (previous["period"][1], previous["period"][1] + 1)
    for language in ("fr", "en"):
        slugs = [chapter["slug"][language] for chapter in CHAPTERS]
        assert len(set(slugs)) == len(slugs)


def test_the_story_runs_from_the_founding_to_the_reopening():
    dates = [event["date"] for _, event in EVENTS]
    assert min(dates) == "1973"
    assert "2022-03-01" in dates  # the eviction
    assert "2024-06-19" in dates  # the purchase
    assert max(dates) == "2026-01-14"  # the reopening announced


@pytest.mark.parametrize("chapter", CHAPTERS, ids=[chapter["key"] for chapter in CHAPTERS])
def test_both_languages_tell_the_same_chapter(chapter):
    french = [block["type"] for block in chapter["body"]["fr"]]
    english = [block["type"] for block in chapter["body"]["en"]]
    assert french == english
    assert set(chapter["sources"]) <= SOURCE_KEYS
    for block in chapter["body"]["fr"] + chapter["body"]["en"]:
        value = block["value"]
        if block["type"] == "quote":
            assert value["source"] in SOURCE_KEYS
        if block["type"] == "key_figures":
            assert all(figure["source"] in SOURCE_KEYS for figure in value)
        if block["type"] == "disagreement":
            assert len(set(value["sources"])) >= 2


def test_home_and_sections_exist_in_both_languages():
    assert set(HOME) == {"fr", "en"}
    for section in SECTIONS:
        assert set(section) == {"fr", "en"}


def french_texts(value, french=False):
    """Every string under a "fr" key, as scripts/typeset_french_seeds.py finds them."""
    if isinstance(value, str):
        if french:
            yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from french_texts(item, french or key == "fr")
    elif isinstance(value, list | tuple):
        for item in value:
            yield from french_texts(item, french)


SEED_TEXT = {
    "history": [SOURCES, CHAPTERS],
    "home": [HOME, HISTORY_SECTION],
    "exhibitions": [exhibition_seeds.CONTENT, exhibition_seeds.SECTION],
}


@pytest.mark.parametrize("name", SEED_TEXT)
def test_the_french_seed_text_carries_its_no_break_spaces(name):
    texts = [text for value in SEED_TEXT[name] for text in french_texts(value)]
    assert texts
    untypeset = [text for text in texts if french_html(text) != text]
    assert not untypeset, (
        f"run .venv/bin/python -m scripts.typeset_french_seeds on the seed module: {untypeset[0]!r}"
    )
