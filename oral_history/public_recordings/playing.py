"""
What the player of an interview plays for a reader, decided on each request from today's
passages: the original when nothing is withheld today (a passage whose date has come brings it
back that day), the public version made for today's state when something is, or nothing yet
("being prepared") until that version is ready. Editors hear the original, told what visitors
hear.
"""

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from archive.media.files import granted_media
from base.access import is_editor
from oral_history.formats.base import format_clock
from oral_history.models.people import InterviewRecording
from oral_history.models.public_recordings import PublicRecording
from oral_history.public_recordings import states


@dataclass
class Player:
    media: object
    url: str = ""
    silenced: tuple = ()
    original: bool = False  # an editor hears the original of a silenced recording
    version: object = None

    @property
    def preparing(self):
        return not self.url

    @property
    def silenced_clocks(self):
        """Each silenced stretch as the page writes it, '0:28–0:32'."""
        return [f"{format_clock(start)}–{format_clock(end)}" for start, end in self.silenced]


def public_url(version):
    return reverse("public_recording", args=[version.pk, version.filename])


def players(interview, passages, user):
    """One `Player` per recording of `passages`; one query when a passage is withheld today."""
    state = states.State(None, states.merged(passages.redactions))
    recordings = passages.recordings
    if not state.ranges:
        return [Player(media, media.url) for media in recordings]
    if is_editor(user):
        return [Player(media, media.url, state.ranges, original=True) for media in recordings]
    fingerprints = {
        media.pk: state.fingerprint(media, interview.silenced_picture) for media in recordings
    }
    ready = {
        version.media_id: version
        for version in PublicRecording.objects.filter(
            interview=interview,
            state=PublicRecording.State.READY,
            fingerprint__in=fingerprints.values(),
        )
        if version.fingerprint == fingerprints[version.media_id] and version.file
    }
    found = []
    for media in recordings:
        version = ready.get(media.pk)
        url = public_url(version) if version else ""
        found.append(Player(media, url, state.ranges, version=version))
    return found


def may_hear(interview, media, user):
    """May this user hear `media` as part of `interview` (by the page's and the item's rules)?"""
    if not (interview.live and interview.is_listed_for(user) and interview.is_open_to(user)):
        return False
    if not InterviewRecording.objects.filter(interview=interview, media=media).exists():
        return False
    return media.is_open_to(user) or media.pk in granted_media([media], user)


def is_public(interview, media):
    anonymous = AnonymousUser()
    return interview.is_open_to(anonymous) and media.is_open_to(anonymous)
