"""
Embargoes lift, and restricted passages open, on their day (issue 18, item 4), with no rebuild
and no command: the day before, every channel withholds the material; on the day, every channel
gives it (page, transcript, captions, chapters, text, JSON, recording, search and its facets),
and the sitemap lists the interview throughout. The clock is moved with `base.access.today`,
the one clock every channel reads.
"""

import datetime

import pytest

from base.access import AccessLevel
from oral_history.factories import AudioFactory, InterviewPageFactory, TranscriptCueFactory
from oral_history.models import IndexSegment, InterviewRecording, Redaction
from tests.html import soup

THE_DAY = datetime.date(2031, 3, 1)
THE_DAY_BEFORE = THE_DAY - datetime.timedelta(days=1)
SECRET = "quokkasecret"


@pytest.fixture
def clock(monkeypatch):
    def move_to(day):
        monkeypatch.setattr("base.access.today", lambda: day)

    return move_to


def interview(site_pages, access=AccessLevel.PUBLIC, embargo=None, passage_until=None):
    english = site_pages["oral_history"]["en"]
    page = InterviewPageFactory(
        parent=english,
        locale=english.locale,
        title="Memories of the projection booth",
        access_level=access,
        embargo_until=embargo,
    )
    media = AudioFactory(access_level=access, embargo_until=embargo)
    page.recordings = [InterviewRecording(media=media)]
    page.segments = [IndexSegment(start=0, title="Opening"), IndexSegment(start=21, title=SECRET)]
    if passage_until:
        page.redactions = [Redaction(start=20, end=30, until=passage_until)]
    page.save_revision().publish()
    for position, words in enumerate(["Good evening.", f"The {SECRET} story.", "Good night."]):
        TranscriptCueFactory(
            interview=page,
            position=position,
            start=position * 20.0,
            end=position * 20 + 10,
            text=words,
        )
    page.media = media
    return page


def body(response):
    return (
        b"".join(response.streaming_content) if response.streaming else response.content
    ).decode()


def what_a_visitor_gets(client, page):
    """For each channel, whether it gives the withheld material to an anonymous visitor."""
    url = page.url
    found = client.get("/en/search/", {"q": SECRET, "format": "json"}).json()
    passages = client.get("/en/search/", {"q": "story", "format": "json", "type": "passage"}).json()
    return {
        "page": SECRET in soup(client.get(url)).main.get_text(),
        "player": soup(client.get(url)).find("audio") is not None,
        "captions": SECRET in body(client.get(f"{url}captions/")),
        "chapters": SECRET in body(client.get(f"{url}chapters/")),
        "text": SECRET in body(client.get(f"{url}text/")),
        "json": SECRET in body(client.get(f"{url}json/")),
        "recording": client.get(page.media.url).status_code == 200,
        "search": found["total"] > 0,
        "search facets": any(
            option["value"] == "transcript" for option in passages["facets"].get("has", [])
        ),
    }


@pytest.mark.django_db
class TestAnEmbargoEndingToday:
    def test_the_day_before_every_channel_withholds_it(self, client, site_pages, clock):
        page = interview(site_pages, AccessLevel.EMBARGOED, embargo=THE_DAY)
        clock(THE_DAY_BEFORE)
        assert what_a_visitor_gets(client, page) == dict.fromkeys(
            what_a_visitor_gets(client, page), False
        )

    def test_on_the_day_every_channel_gives_it(self, client, site_pages, clock):
        page = interview(site_pages, AccessLevel.EMBARGOED, embargo=THE_DAY)
        clock(THE_DAY_BEFORE)
        what_a_visitor_gets(client, page)  # whatever was cached the day before
        clock(THE_DAY)
        gets = what_a_visitor_gets(client, page)
        assert [channel for channel, given in gets.items() if not given] == []

    def test_the_sitemap_lists_it_on_both_days(self, client, site_pages, clock):
        page = interview(site_pages, AccessLevel.EMBARGOED, embargo=THE_DAY)
        for day in (THE_DAY_BEFORE, THE_DAY):
            clock(day)
            assert page.full_url in body(client.get("/sitemap.xml"))


@pytest.mark.django_db
class TestAPassageOpeningToday:
    def test_the_day_before_it_is_withheld_and_so_is_the_original(self, client, site_pages, clock):
        page = interview(site_pages, passage_until=THE_DAY)
        clock(THE_DAY_BEFORE)
        gets = what_a_visitor_gets(client, page)
        # The original holds the passage: it does not play (its public version would, issue 21).
        assert [channel for channel, given in gets.items() if given] == []
        notice = soup(client.get(page.url)).main.get_text()
        assert "Restricted passage" in notice and "March 1, 2031" in notice

    def test_on_the_day_every_channel_gives_it(self, client, site_pages, clock):
        page = interview(site_pages, passage_until=THE_DAY)
        clock(THE_DAY_BEFORE)
        what_a_visitor_gets(client, page)
        clock(THE_DAY)
        gets = what_a_visitor_gets(client, page)
        assert [channel for channel, given in gets.items() if not given] == []
        assert "Restricted passage" not in soup(client.get(page.url)).main.get_text()
