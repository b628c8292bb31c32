"""
Consent decides how a narrator is named (issue 18, item 2).

Each participant's consent gives a public name (full name, initials, a pseudonym, not named) and
the most open access it allows. A visitor reads the participant only under that name: on the
interview page and its listing card, in the transcript's speakers, the captions, the text and
JSON downloads, the search and its suggestions; only a participant named in full is linked to,
and made public by the interview (their person page, search entry, suggestion, facet value).
Editors read the real names. An interview cannot be saved more open than a participant's consent
allows, and saving says why.

A person named or heard only in a restricted passage has no page until the passage opens; on
that day, in an interview open to the public, they appear, by themselves (issue 18, item 1).
"""

import datetime
import io
import json
import re

import pytest
import webvtt
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from archive.factories import FilmFactory, PersonFactory
from archive.programme.models import Person
from base.access import AccessLevel
from oral_history.factories import InterviewPageFactory, TranscriptCueFactory
from oral_history.models import (
    ConsentedAccess,
    InterviewPage,
    InterviewParticipant,
    PublicName,
    Redaction,
)
from oral_history.naming import Naming, initials
from tests.html import links, one, soup, text, texts
from tests.oral_history.test_people_visibility import (
    THROUGH_AN_INTERVIEW,
    channels,
    import_interview,
)

NARRATOR = "Elsie Arnold"
PSEUDONYM = "Margaret Lane"
LABELS = {
    PublicName.FULL_NAME: NARRATOR,
    PublicName.INITIALS: "E. A.",
    PublicName.PSEUDONYM: PSEUDONYM,
    PublicName.NOT_NAMED: "Narrator 1",
}
HIDDEN = [PublicName.INITIALS, PublicName.PSEUDONYM, PublicName.NOT_NAMED]
# The speakers as the transcript spells them: the interviewer, the narrator four ways (her
# surname, her full name, with another case and an accent, her initials), and a third voice.
SPOKEN = [
    ("DUNHAM", "Where did the shipyard send you first?"),
    ("ARNOLD", "To the riveting shop, on the night shift."),
    ("Elsie Arnold", "We were forty women on that shift."),
    ("ÉLSIE arnold", "The foreman called us his zanzibar crew."),
    ("E. A.", "Nobody believed we could weld."),
    ("ROSIE", "Tea is ready."),
]
THE_DAY = datetime.date(2031, 3, 1)


def make_interview(parent, public_name=PublicName.FULL_NAME, **options):
    """A public interview with Elsie Arnold as narrator, named as given, and David Dunham."""
    narrator = PersonFactory(name=NARRATOR, slug="elsie-arnold", roles=["narrator"])
    interviewer = PersonFactory(name="David Dunham", slug="david-dunham", roles=["interviewer"])
    page = InterviewPageFactory(
        parent=parent,
        locale=parent.locale,
        title="Memories of the shipyard",
        slug="memories-of-the-shipyard",
        summary="A welder remembers the night shift.",
        access_level=options.pop("access", AccessLevel.PUBLIC),
    )
    page.participants = [
        InterviewParticipant(
            person=narrator,
            role="narrator",
            public_name=public_name,
            pseudonym=PSEUDONYM if public_name == PublicName.PSEUDONYM else "",
            **options,
        ),
        InterviewParticipant(person=interviewer, role="interviewer"),
    ]
    page.save_revision().publish()
    for position, (speaker, said) in enumerate(SPOKEN):
        TranscriptCueFactory(
            interview=page, position=position, start=position * 10.0, speaker=speaker, text=said
        )
    return InterviewPage.objects.get(pk=page.pk)


@pytest.fixture
def interview(site_pages):
    return lambda public_name=PublicName.FULL_NAME, **options: make_interview(
        site_pages["oral_history"]["en"], public_name, **options
    )


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def people_shown(html, role="Narrator"):
    """The names under a role on the interview page, and the addresses they link to."""
    for row in soup(html).select(".interview-meta__people"):
        if text(row.find("dt")) == role:
            dd = row.find("dd")
            return text(dd), [href for href, _label in links(dd)]
    return None, []


def speakers_on_the_page(html):
    return texts(soup(html), ".cue__speaker")


def voices_in_captions(vtt):
    return [caption.voice for caption in webvtt.from_buffer(io.StringIO(vtt))]


def speakers_in_text(plain):
    return re.findall(r"^\[[\d:]+\] (.+?): ", plain, re.M)


def search(client, words):
    return client.get("/en/search/", {"q": words, "format": "json"}).json()


def through(found, page):
    """The results that lead to the interview (its entry, its passages)."""
    return [result for result in found["results"] if page.url in (result["url"] or "")]


def spoken_as(label):
    """The transcript's speakers when the narrator is not named in full: all are `label`."""
    return ["DUNHAM", label, label, label, label, "ROSIE"]


# What a visitor reads ------------------------------------------------------------------------


@pytest.mark.django_db
class TestAVisitorReadsTheNameTheConsentGives:
    @pytest.mark.parametrize("public_name", list(LABELS))
    def test_on_the_interview_page_linked_to_their_record_only_by_their_full_name(
        self, client, interview, public_name
    ):
        page = interview(public_name)
        html = client.get(page.url).content.decode()
        shown, linked = people_shown(html)
        assert shown == LABELS[public_name]
        if public_name == PublicName.FULL_NAME:
            assert linked == ["/en/archive/people/elsie-arnold/"]
        else:
            assert linked == []
            assert NARRATOR not in html
            assert "elsie-arnold" not in html
        assert people_shown(html, "Interviewer") == (
            "David Dunham",
            ["/en/archive/people/david-dunham/"],
        )

    def test_a_narrator_named_in_full_keeps_the_transcript_s_own_speakers(self, client, interview):
        page = interview(PublicName.FULL_NAME)
        assert speakers_on_the_page(client.get(page.url).content.decode()) == [
            speaker for speaker, _said in SPOKEN
        ]

    @pytest.mark.parametrize("public_name", HIDDEN)
    def test_each_spelling_of_a_hidden_narrator_as_speaker_becomes_their_label(
        self, client, interview, public_name
    ):
        page = interview(public_name)
        speakers = speakers_on_the_page(client.get(page.url).content.decode())
        assert speakers == spoken_as(LABELS[public_name])

    @pytest.mark.parametrize("public_name", HIDDEN)
    def test_in_the_captions_voices(self, client, interview, public_name):
        page = interview(public_name)
        vtt = body(client.get(f"{page.url}captions/")).decode()
        assert voices_in_captions(vtt) == spoken_as(LABELS[public_name])
        assert "Arnold" not in vtt

    @pytest.mark.parametrize("public_name", HIDDEN)
    def test_in_the_text_download(self, client, interview, public_name):
        page = interview(public_name)
        plain = body(client.get(f"{page.url}text/")).decode()
        assert speakers_in_text(plain) == spoken_as(LABELS[public_name])
        assert "Arnold" not in plain

    @pytest.mark.parametrize("public_name", list(LABELS))
    def test_in_the_json_download(self, client, interview, public_name):
        page = interview(public_name)
        data = json.loads(body(client.get(f"{page.url}json/")))
        assert data["participants"] == [
            {"name": LABELS[public_name], "role": "narrator"},
            {"name": "David Dunham", "role": "interviewer"},
        ]
        speakers = [cue["speaker"] for cue in data["transcript"]]
        if public_name == PublicName.FULL_NAME:
            assert speakers == [speaker for speaker, _said in SPOKEN]
        else:
            assert speakers == spoken_as(LABELS[public_name])
            assert "Arnold" not in json.dumps(data)

    @pytest.mark.parametrize("public_name", list(LABELS))
    def test_on_the_listing_card_and_as_a_narrator_to_filter_by(
        self, client, interview, public_name
    ):
        interview(public_name)
        listing = soup(client.get("/en/oral-history/"))
        assert texts(listing, ".interview-card__people") == [LABELS[public_name]]
        options = [option.get("value") for option in listing.select("#filter-narrator option")]
        filtered = soup(client.get("/en/oral-history/", {"narrator": "elsie-arnold"}))
        cards = texts(filtered, ".interview-card__title")
        if public_name == PublicName.FULL_NAME:
            assert "elsie-arnold" in options
            assert cards == ["Memories of the shipyard"]
        else:
            assert "elsie-arnold" not in options
            assert cards == []

    def test_the_search_finds_a_narrator_named_in_full_through_the_interview(
        self, client, interview
    ):
        page = interview(PublicName.FULL_NAME)
        found = search(client, "Arnold")
        assert through(found, page)
        assert "elsie-arnold" in {option["value"] for option in found["facets"]["person"]}

    @pytest.mark.parametrize("public_name", HIDDEN)
    def test_the_search_knows_a_hidden_narrator_only_by_their_label(
        self, client, interview, public_name
    ):
        page = interview(public_name)
        assert through(search(client, "Arnold"), page) == []
        assert through(search(client, "Elsie"), page) == []
        found = search(client, "zanzibar")
        passage = next(r for r in through(found, page) if r["type"] == "passage")
        assert passage["speaker"] == LABELS[public_name]
        assert "elsie-arnold" not in {option["value"] for option in found["facets"]["person"]}
        if public_name == PublicName.PSEUDONYM:
            found = through(search(client, PSEUDONYM), page)
            entry = next(result for result in found if result["type"] == "interview")
            assert entry["context"] == f"{PSEUDONYM}, David Dunham"

    def test_a_narrator_renamed_is_searched_under_their_new_initials(self, client, interview):
        page = interview(PublicName.INITIALS)
        narrator = page.participants.get(role="narrator").person
        narrator.name = "Elsie Baker"
        narrator.save()
        found = through(search(client, "shipyard"), page)
        entry = next(result for result in found if result["type"] == "interview")
        assert entry["context"] == "E. B., David Dunham"

    @pytest.mark.parametrize("public_name", HIDDEN)
    def test_no_suggestion_names_a_hidden_narrator(self, client, interview, public_name):
        interview(public_name)
        answer = client.get("/search/autocomplete/", {"q": "Elsie", "lang": "en"}).json()
        assert answer["suggestions"] == []


@pytest.mark.django_db
class TestThePersonRecordFollowsTheConsent:
    def test_a_narrator_named_in_full_is_public_through_the_interview(self, client, interview):
        page = interview(PublicName.FULL_NAME)
        narrator = page.participants.get(role="narrator").person
        assert channels(client, narrator) == THROUGH_AN_INTERVIEW

    @pytest.mark.parametrize("public_name", HIDDEN)
    def test_a_hidden_narrator_has_no_page_no_entry_no_suggestion_no_facet_value(
        self, client, interview, public_name
    ):
        page = interview(public_name)
        narrator = page.participants.get(role="narrator").person
        assert channels(client, narrator) == set()
        assert client.get("/en/archive/people/elsie-arnold/").status_code == 404
        assert b"elsie-arnold" not in body(client.get("/sitemap.xml"))

    def test_they_appear_when_named_in_full_and_leave_when_no_longer(self, client, interview):
        page = interview(PublicName.INITIALS)
        narrator = page.participants.get(role="narrator").person
        assert channels(client, narrator) == set()
        rename(page, PublicName.FULL_NAME)
        assert channels(client, narrator) == THROUGH_AN_INTERVIEW
        rename(page, PublicName.PSEUDONYM, PSEUDONYM)
        assert channels(client, narrator) == set()

    def test_a_director_keeps_their_page_but_is_not_called_a_narrator(self, client, interview):
        page = interview(PublicName.PSEUDONYM)
        narrator = page.participants.get(role="narrator").person
        narrator.roles = ["director", "narrator"]
        narrator.save()
        FilmFactory(title="Home Front", directors=[narrator])
        response = client.get("/en/archive/people/elsie-arnold/")
        assert response.status_code == 200
        assert text(one(soup(response), ".archive-record__date")) == "Director"
        assert "Memories of the shipyard" not in response.content.decode()


def rename(page, public_name, pseudonym=""):
    """As an editor does: change the narrator's public name and publish the revision."""
    page = InterviewPage.objects.get(pk=page.pk)
    participants = list(page.participants.all())
    narrator = next(p for p in participants if p.role == "narrator")
    narrator.public_name = public_name
    narrator.pseudonym = pseudonym
    page.participants = participants
    page.save_revision().publish()
    return page


# What editors read ---------------------------------------------------------------------------


@pytest.mark.django_db
class TestEditorsReadTheRealNames:
    @pytest.mark.parametrize("public_name", HIDDEN)
    def test_everywhere_on_the_site(self, admin_client, interview, public_name):
        page = interview(public_name)
        html = admin_client.get(page.url).content.decode()
        assert people_shown(html) == (NARRATOR, ["/en/archive/people/elsie-arnold/"])
        assert speakers_on_the_page(html) == [speaker for speaker, _said in SPOKEN]
        data = json.loads(body(admin_client.get(f"{page.url}json/")))
        assert data["participants"][0]["name"] == NARRATOR
        vtt = body(admin_client.get(f"{page.url}captions/")).decode()
        assert voices_in_captions(vtt) == [speaker for speaker, _said in SPOKEN]
        listing = soup(admin_client.get("/en/oral-history/"))
        assert texts(listing, ".interview-card__people") == [NARRATOR]
        assert listing.select('#filter-narrator option[value="elsie-arnold"]')
        assert admin_client.get("/en/archive/people/elsie-arnold/").status_code == 200

    def test_but_the_search_is_written_once_for_everyone_with_the_public_labels(
        self, admin_client, interview
    ):
        page = interview(PublicName.PSEUDONYM)
        assert through(search(admin_client, "Arnold"), page) == []
        assert through(search(admin_client, PSEUDONYM), page)


# Labels ------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestUnnamedParticipantsAreNumberedByRoleInTheReadersLanguage:
    def numbered(self, parent):
        people = [PersonFactory(name=f"Person {letter}") for letter in "ABC"]
        page = InterviewPageFactory(parent=parent, locale=parent.locale, slug="numbered")
        page.participants = [
            InterviewParticipant(person=people[0], public_name=PublicName.NOT_NAMED),
            InterviewParticipant(person=people[1], public_name=PublicName.NOT_NAMED),
            InterviewParticipant(
                person=people[2], role="interviewer", public_name=PublicName.NOT_NAMED
            ),
        ]
        page.save_revision().publish()
        return page

    def test_in_english(self, client, site_pages):
        page = self.numbered(site_pages["oral_history"]["en"])
        html = client.get(page.url).content.decode()
        assert people_shown(html)[0] == "Narrator 1, Narrator 2"
        assert people_shown(html, "Interviewer")[0] == "Interviewer 1"

    def test_in_french(self, client, site_pages):
        page = self.numbered(site_pages["oral_history"]["fr"])
        assert page.url.startswith("/fr/")
        html = client.get(page.url).content.decode()
        assert people_shown(html, "Narrateur ou narratrice")[0] == "Narrateur 1, Narrateur 2"
        assert people_shown(html, "Intervieweur")[0] == "Intervieweur 1"


class TestTheRuleThatMatchesASpeakerToAParticipant:
    """Compared without case, accents, spaces or punctuation, against each of their names."""

    def naming(self, *people):
        participants = [
            InterviewParticipant(
                person=Person(name=name, sort_name=sort_name),
                role=role,
                public_name=public_name,
                pseudonym=pseudonym,
            )
            for name, sort_name, role, public_name, pseudonym in people
        ]
        return Naming(participants)

    def test_initials(self):
        assert initials("Elsie Arnold") == "E. A."
        assert initials("Jean-Luc Godard") == "J.-L. G."
        assert initials("élise d'Orléans") == "É. D."

    @pytest.mark.parametrize(
        "speaker",
        [
            "ARNOLD",
            "Arnold",
            "Elsie Arnold",
            "ELSIE ARNOLD",
            "Élsie  Arnold",
            "Arnold, Elsie",
            "ELSIE",
            "E. A.",
            "EA",
            "Margaret Lane",
        ],
    )
    def test_every_name_of_a_participant_is_theirs(self, speaker):
        naming = self.naming(
            ("Elsie Arnold", "Arnold, Elsie", "narrator", PublicName.PSEUDONYM, PSEUDONYM)
        )
        assert naming.speaker(speaker) == PSEUDONYM

    @pytest.mark.parametrize("speaker", ["Q", "INTERVIEWER", "ROSIE", "Arnolds", ""])
    def test_a_speaker_that_matches_nobody_stays_as_it_is(self, speaker):
        naming = self.naming(
            ("Elsie Arnold", "Arnold, Elsie", "narrator", PublicName.NOT_NAMED, "")
        )
        assert naming.speaker(speaker) == speaker

    def test_a_family_name_with_a_particle_is_read_from_the_sort_name(self):
        naming = self.naming(
            ("Agnès de La Roche", "de La Roche, Agnès", "narrator", PublicName.INITIALS, "")
        )
        assert naming.speaker("DE LA ROCHE") == "A. D. L. R."
        assert naming.speaker("Roche") == "A. D. L. R."

    def test_a_speaker_that_could_be_two_participants(self):
        sisters = self.naming(
            ("Elsie Arnold", "Arnold, Elsie", "narrator", PublicName.NOT_NAMED, ""),
            ("Mary Arnold", "Arnold, Mary", "narrator", PublicName.FULL_NAME, ""),
            ("Ann Arnold", "Arnold, Ann", "interviewer", PublicName.FULL_NAME, ""),
        )
        assert sisters.speaker("MARY") == "MARY"
        assert sisters.speaker("ELSIE") == "Narrator 1"
        assert sisters.speaker("ARNOLD") == "Speaker"
        named = self.naming(
            ("Elsie Arnold", "Arnold, Elsie", "narrator", PublicName.FULL_NAME, ""),
            ("Mary Arnold", "Arnold, Mary", "narrator", PublicName.FULL_NAME, ""),
        )
        assert named.speaker("ARNOLD") == "ARNOLD"
        narrators = self.naming(
            ("Elsie Arnold", "Arnold, Elsie", "narrator", PublicName.INITIALS, ""),
            ("Mary Arnold", "Arnold, Mary", "narrator", PublicName.FULL_NAME, ""),
        )
        assert narrators.speaker("ARNOLD") == "Narrator"

    def test_editors_read_the_transcript_as_it_was_imported(self):
        participant = InterviewParticipant(
            person=Person(name="Elsie Arnold"), public_name=PublicName.NOT_NAMED
        )
        assert Naming([participant], reveal=True).speaker("ARNOLD") == "ARNOLD"


# Saving: consent decides how open the interview may be ----------------------------------------


def with_consent(page, consented_access, access, embargo=None, **fields):
    """The interview with its narrator's consent and access changed, validated as a save."""
    page = InterviewPage.objects.get(pk=page.pk)
    participants = list(page.participants.all())
    participants[0].consented_access = consented_access
    page.participants = participants
    page.access_level = access
    page.embargo_until = embargo
    for name, value in fields.items():
        setattr(page, name, value)
    return page


def refusal(page):
    """The messages saving this page gives, by field ({} when it saves)."""
    try:
        page.save_revision().publish()
    except ValidationError as error:
        return error.message_dict
    return {}


EMBARGO = datetime.date(2040, 1, 1)


@pytest.fixture
def in_english(settings):
    """Messages in English, in the admin as outside a request (the site's default is French)."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.mark.django_db
@pytest.mark.usefixtures("in_english")
class TestAnInterviewIsNoMoreOpenThanItsNarratorsConsent:
    @pytest.mark.parametrize(
        ("consented", "access", "saved"),
        [
            (ConsentedAccess.PUBLIC, AccessLevel.PUBLIC, True),
            (ConsentedAccess.PUBLIC, AccessLevel.EMBARGOED, True),
            (ConsentedAccess.REGISTERED, AccessLevel.PUBLIC, False),
            (ConsentedAccess.REGISTERED, AccessLevel.EMBARGOED, False),
            (ConsentedAccess.REGISTERED, AccessLevel.REGISTERED, True),
            (ConsentedAccess.REGISTERED, AccessLevel.CLOSED, True),
            (ConsentedAccess.ARCHIVE_ONLY, AccessLevel.REGISTERED, False),
            (ConsentedAccess.ARCHIVE_ONLY, AccessLevel.CLOSED, True),
        ],
    )
    def test_public_then_embargoed_then_registered_then_closed(
        self, interview, consented, access, saved
    ):
        embargo = EMBARGO if access == AccessLevel.EMBARGOED else None
        page = with_consent(interview(), consented, access, embargo)
        assert (refusal(page) == {}) is saved
        assert InterviewPage.objects.get(pk=page.pk).access_level == (
            access if saved else AccessLevel.PUBLIC
        )

    def test_saving_says_why_naming_the_narrator_and_what_their_consent_allows(self, interview):
        page = with_consent(interview(), ConsentedAccess.REGISTERED, AccessLevel.PUBLIC)
        assert refusal(page) == {
            "access_level": [
                "Elsie Arnold's consent allows approved researchers only: "
                "this interview cannot be public."
            ]
        }

    def test_an_embargo_needs_a_consent_to_public_access_since_it_opens_by_itself(self, interview):
        page = with_consent(interview(), ConsentedAccess.REGISTERED, AccessLevel.EMBARGOED, EMBARGO)
        assert refusal(page)["access_level"] == [
            "Elsie Arnold's consent allows approved researchers only: this interview cannot be "
            "embargoed, since an embargo opens it to the public on its date."
        ]

    def test_archive_only(self, interview):
        page = with_consent(interview(), ConsentedAccess.ARCHIVE_ONLY, AccessLevel.REGISTERED)
        assert refusal(page)["access_level"] == [
            "Elsie Arnold's consent allows no access (archive only): this interview cannot be "
            "open to approved researchers."
        ]

    def test_a_pseudonym_chosen_is_a_pseudonym_given(self, interview):
        page = rename(interview(), PublicName.FULL_NAME)
        participants = list(page.participants.all())
        participants[0].public_name = PublicName.PSEUDONYM
        page.participants = participants
        assert refusal(page) == {
            "__all__": ["Elsie Arnold is to be named by a pseudonym: give the pseudonym."]
        }

    def test_what_everyone_reads_of_the_interview_may_not_spell_out_a_hidden_name(self, interview):
        page = with_consent(
            interview(),
            ConsentedAccess.PUBLIC,
            AccessLevel.PUBLIC,
            title="Elsie ARNOLD remembers",
            slug="elsie-arnold-remembers",
        )
        participants = list(page.participants.all())
        participants[0].public_name = PublicName.INITIALS
        page.participants = participants
        problems = refusal(page)
        assert sorted(problems) == ["slug", "title"]
        assert problems["title"] == [
            "The title names Elsie Arnold, whose consent says how they are named: initials. "
            "Take the name out, or close the interview."
        ]
        page.access_level = AccessLevel.CLOSED
        assert refusal(page) == {}

    def test_interviews_imported_before_keep_saving_as_they_were(self, site_pages):
        page = import_interview("public")
        assert {(p.public_name, p.consented_access) for p in page.participants.all()} == {
            (PublicName.FULL_NAME, ConsentedAccess.PUBLIC)
        }
        assert refusal(InterviewPage.objects.get(pk=page.pk)) == {}


def the_form(response):
    """What a browser would post back from the page's edit form, field by field."""
    form = one(soup(response), "form#page-edit-form")
    data = {}
    for field in form.select("input[name], select[name], textarea[name]"):
        name = field["name"]
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = [option.get("value", "") for option in field.select("option[selected]")]
            if field.has_attr("multiple"):
                data[name] = chosen
            else:
                first = field.find("option")
                data[name] = chosen[0] if chosen else (first.get("value", "") if first else "")
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.get("type") not in ("submit", "button", "file", "image"):
            data[name] = field.get("value", "")
    return data


def publish_in_the_admin(admin_client, page, **changes):
    """An editor opens the interview, changes these fields and presses Publish."""
    url = f"/admin/pages/{page.pk}/edit/"
    data = {**the_form(admin_client.get(url)), **changes, "action-publish": "action-publish"}
    return admin_client.post(url, data)


@pytest.mark.django_db
@pytest.mark.usefixtures("in_english")
class TestTheAdminSaysWhy:
    def test_publishing_an_interview_more_open_than_the_consent_is_refused_with_the_reason(
        self, admin_client, interview
    ):
        page = interview(access=AccessLevel.REGISTERED, consented_access="registered")
        response = publish_in_the_admin(admin_client, page, access_level="public")
        assert response.status_code == 200
        errors = texts(soup(response), ".error-message")
        assert (
            "Elsie Arnold's consent allows approved researchers only: "
            "this interview cannot be public." in errors
        )
        assert InterviewPage.objects.get(pk=page.pk).access_level == AccessLevel.REGISTERED

    def test_in_french_for_a_french_editor(self, admin_client, interview, settings):
        settings.LANGUAGE_CODE = "fr"
        page = interview(access=AccessLevel.REGISTERED, consented_access="registered")
        response = publish_in_the_admin(admin_client, page, access_level="public")
        assert (
            "Le consentement de Elsie Arnold permet l’accès aux seuls chercheurs agréés : "
            "cet entretien ne peut pas être public." in texts(soup(response), ".error-message")
        )

    def test_the_consent_and_the_access_widened_together_are_saved(self, admin_client, interview):
        page = interview(access=AccessLevel.REGISTERED, consented_access="registered")
        response = publish_in_the_admin(
            admin_client,
            page,
            access_level="public",
            **{"participants-0-consented_access": "public"},
        )
        assert response.status_code == 302
        assert InterviewPage.objects.get(pk=page.pk).access_level == AccessLevel.PUBLIC

    def test_narrowing_the_consent_of_a_public_interview_is_refused(self, admin_client, interview):
        page = interview()
        response = publish_in_the_admin(
            admin_client, page, **{"participants-0-consented_access": "closed"}
        )
        assert response.status_code == 200
        assert (
            "Elsie Arnold's consent allows no access (archive only): "
            "this interview cannot be public." in texts(soup(response), ".error-message")
        )
        narrator = InterviewPage.objects.get(pk=page.pk).participants.get(role="narrator")
        assert narrator.consented_access == ConsentedAccess.PUBLIC

    def test_a_pseudonym_chosen_without_one_is_refused_under_the_field(
        self, admin_client, interview
    ):
        page = interview()
        response = publish_in_the_admin(
            admin_client, page, **{"participants-0-public_name": "pseudonym"}
        )
        assert response.status_code == 200
        assert "Give the pseudonym their consent asks for." in texts(
            soup(response), ".error-message"
        )

    def test_the_consent_fields_are_in_the_consent_group(self, admin_client, interview):
        page = interview()
        form = soup(admin_client.get(f"/admin/pages/{page.pk}/edit/"))
        for name in ("public_name", "pseudonym", "consented_access"):
            field = one(form, f'[name="participants-0-{name}"]')
            group = field.find_parent("fieldset") or field.find_parent("section")
            assert "Consent" in text(group), name

    def test_an_editor_names_the_people_heard_in_a_passage(self, admin_client, interview):
        page = interview()
        odile = PersonFactory(name="Odile Marchand", slug="odile-marchand")
        response = publish_in_the_admin(
            admin_client,
            page,
            **{
                "redactions-TOTAL_FORMS": "1",
                "redactions-0-start": "10",
                "redactions-0-end": "20",
                "redactions-0-until": "2040-01-01",
                "redactions-0-reason": "",
                "redactions-0-people": [str(odile.pk)],
                "redactions-0-ORDER": "1",
            },
        )
        assert response.status_code == 302, texts(soup(response), ".error-message")
        page = InterviewPage.objects.get(pk=page.pk)
        assert list(page.redactions.get().people.all()) == [odile]
        assert page.get_latest_revision().content["redactions"][0]["people"] == [odile.pk]


# Named only in restricted passages --------------------------------------------------------------


def move_clock_to(monkeypatch, day):
    """The day comes for every part of the site: pages, listings and search read this date."""
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)


def heard_in_a_passage(parent, until, access=AccessLevel.PUBLIC, embargo=None, **person):
    """Odile Marchand, named only in a passage withheld until `until` of a new interview."""
    odile = PersonFactory(name="Odile Marchand", slug="odile-marchand", **person)
    page = InterviewPageFactory(
        parent=parent,
        locale=parent.locale,
        title="A projectionist's evening",
        slug="a-projectionists-evening",
        access_level=access,
        embargo_until=embargo,
    )
    passage = Redaction(start=10, end=20, until=until)
    passage.people = [odile]
    page.redactions = [passage]
    page.save_revision().publish()
    return InterviewPage.objects.get(pk=page.pk), odile


THROUGH_A_PASSAGE = THROUGH_AN_INTERVIEW


@pytest.mark.django_db
class TestAPersonNamedOnlyInARestrictedPassage:
    def test_has_no_page_while_it_is_withheld_and_appears_on_the_day_it_opens(
        self, client, site_pages, monkeypatch
    ):
        _page, odile = heard_in_a_passage(site_pages["oral_history"]["en"], THE_DAY)
        assert channels(client, odile) == set()
        move_clock_to(monkeypatch, THE_DAY - datetime.timedelta(days=1))
        assert channels(client, odile) == set()
        move_clock_to(monkeypatch, THE_DAY)
        assert channels(client, odile) == THROUGH_A_PASSAGE
        assert client.get("/en/archive/people/odile-marchand/").status_code == 200

    def test_a_passage_withheld_for_good_never_shows_them(self, client, site_pages, monkeypatch):
        _page, odile = heard_in_a_passage(site_pages["oral_history"]["en"], None)
        move_clock_to(monkeypatch, datetime.date(2099, 1, 1))
        assert channels(client, odile) == set()

    @pytest.mark.parametrize("access", [AccessLevel.CLOSED, AccessLevel.REGISTERED])
    def test_an_open_passage_of_an_interview_closed_to_the_public_does_not_either(
        self, client, site_pages, access
    ):
        _page, odile = heard_in_a_passage(
            site_pages["oral_history"]["en"], datetime.date(2000, 1, 1), access
        )
        assert channels(client, odile) == set()

    def test_under_an_embargo_they_appear_when_both_the_passage_and_the_interview_open(
        self, client, site_pages, monkeypatch
    ):
        embargo = THE_DAY + datetime.timedelta(days=30)
        _page, odile = heard_in_a_passage(
            site_pages["oral_history"]["en"], THE_DAY, AccessLevel.EMBARGOED, embargo
        )
        move_clock_to(monkeypatch, THE_DAY)
        assert channels(client, odile) == set()
        move_clock_to(monkeypatch, embargo)
        assert channels(client, odile) == THROUGH_A_PASSAGE

    def test_an_open_passage_links_them_and_unlinking_them_hides_them_again(
        self, client, site_pages
    ):
        page, odile = heard_in_a_passage(site_pages["oral_history"]["en"], THE_DAY)
        assert channels(client, odile) == set()
        opened = datetime.date(2000, 1, 1)
        page = InterviewPage.objects.get(pk=page.pk)
        passage = page.redactions.get()
        passage.until = opened
        page.redactions = [passage]
        page.save_revision().publish()
        assert channels(client, odile) == THROUGH_A_PASSAGE
        page = InterviewPage.objects.get(pk=page.pk)
        passage = page.redactions.get()
        passage.people = []
        page.redactions = [passage]
        page.save_revision().publish()
        assert channels(client, odile) == set()
        page = InterviewPage.objects.get(pk=page.pk)
        again = Redaction(start=30, end=40, until=opened)
        again.people = [odile]
        page.redactions = [again]
        page.save_revision().publish()
        assert channels(client, odile) == THROUGH_A_PASSAGE
        page = InterviewPage.objects.get(pk=page.pk)
        page.redactions = []
        page.save_revision().publish()
        assert channels(client, odile) == set()

    def test_a_hidden_narrator_named_in_an_open_passage_of_their_interview_stays_hidden(
        self, client, interview
    ):
        page = interview(PublicName.NOT_NAMED)
        narrator = page.participants.get(role="narrator").person
        passage = Redaction(start=10, end=20, until=datetime.date(2000, 1, 1))
        passage.people = [narrator]
        page = InterviewPage.objects.get(pk=page.pk)
        page.redactions = [passage]
        page.save_revision().publish()
        assert channels(client, narrator) == set()


# The real OHMS file ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_real_ohms_transcript_s_arnold_becomes_her_initials(client, site_pages):
    """
    Elsie Arnold's interview, imported from OHMS, names her in its title and address: choosing
    initials is refused until they no longer do; then her turns as "ARNOLD" read "E. A.".
    """
    page = import_interview("public")
    participants = list(page.participants.all())
    participants[0].public_name = PublicName.INITIALS
    page.participants = participants
    assert sorted(refusal(page)) == ["slug", "title"]
    page.title = "Rosie the Riveter WWII American Home Front Oral History Project"
    page.slug = "rosie-the-riveter-interview"
    assert refusal(page) == {}
    page = InterviewPage.objects.get(pk=page.pk)
    turns = page.cues.filter(speaker="ARNOLD").count()
    data = json.loads(body(client.get(f"{page.url}json/")))
    speakers = [cue["speaker"] for cue in data["transcript"]]
    assert set(speakers) == {"DUNHAM", "E. A."}
    assert speakers.count("E. A.") == turns > 200
    plain = body(client.get(f"{page.url}text/")).decode()
    assert re.findall(r"^ARNOLD: ", plain, re.M) == []
    assert len(re.findall(r"^E\. A\.: ", plain, re.M)) == turns
    shown, linked = people_shown(client.get(page.url).content.decode())
    assert (shown, linked) == ("E. A.", [])
    assert channels(client, participants[0].person) == set()
