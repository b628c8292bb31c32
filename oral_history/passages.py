"""
What of an interview the public may hear and read, with restricted passages withheld.

Every public channel (the page, the captions, the exports, the search index) takes its cues and
segments from here, so that a redaction is applied in one place. The recordings listed are those
the user may hear: open by their own level, or by a grant on the interview.
"""

from dataclasses import dataclass, field

from archive.media.files import granted_media


@dataclass
class Passages:
    cues: list = field(default_factory=list)
    segments: list = field(default_factory=list)
    redactions: list = field(default_factory=list)
    recordings: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    items: list = field(default_factory=list)  # cues, with a notice where a passage is withheld

    @property
    def has_transcript(self):
        return bool(self.cues)


def active_redactions(interview, on=None):
    return [redaction for redaction in interview.redactions.all() if redaction.is_active(on)]


def visible_passages(interview, user=None, on=None):
    redactions = sorted(active_redactions(interview, on), key=lambda r: r.start)
    passages = Passages(redactions=redactions)
    noticed = set()
    for cue in interview.cues.all():
        covering = next((r for r in redactions if r.covers(cue.start, cue.end)), None)
        if covering is None:
            passages.cues.append(cue)
            passages.items.append(cue)
        elif covering.pk not in noticed:
            noticed.add(covering.pk)
            passages.items.append(covering)
    passages.segments = [
        segment
        for segment in interview.segments.all()
        if not any(r.covers(segment.start) for r in redactions)
    ]
    passages.recordings = [link.media for link in interview.recordings.select_related("media")]
    if user is not None:
        shut = [media for media in passages.recordings if not media.is_open_to(user)]
        opened = granted_media(shut, user)
        passages.recordings = [
            media for media in passages.recordings if media not in shut or media.pk in opened
        ]
    return passages
