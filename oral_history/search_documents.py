"""
How interviews are searched: an interview's own entry, and its transcript cut into passages of
one speaker, each found at its moment of the recording (`?t=`, `oral_history.moments`).

The access rules are applied here, once: closed interviews are never written, embargoed
transcripts and passages under a redaction that ends are written with the date they open,
registered-only passages are marked for approved researchers, passages redacted for good are
never written. Registered with the search service (`search.registry`) when the app is ready.

Participants are written as their consent names them (`oral_history.naming`, the public labels
in the interview's language): the entry's people and the passages' speakers are the labels, and
only a participant named in full is a person facet, so that no one finds through the interview
the real name of someone it does not name.

The people of an interview are public only while it is listed and names them in full, and the
people of a passage once it has opened (`oral_history.public_links`): opening or closing an
interview, changing its participants or a passage's people or dates reindexes them.
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils import translation
from wagtail.signals import page_unpublished
from wagtailmedia.models import get_media_model

from archive.programme.models import Person
from archive.programme.search_documents import (
    connect_people_m2m,
    connect_person_link,
    reindex_people,
)
from base import access
from base.access import AccessLevel
from oral_history import moments
from oral_history.formats.base import format_clock
from oral_history.models import (
    InterviewPage,
    InterviewParticipant,
    InterviewRecording,
    Redaction,
    TranscriptCue,
)
from oral_history.naming import Naming
from oral_history.passages import active_redactions
from search import registry
from search.documents import Document, plain, split_list
from search.languages import language_code
from search.models.documents import Audience, DocumentType
from search.signals import schedule

PASSAGE_WORDS = 80


def interviews():
    return (
        InterviewPage.objects.live()
        .public()
        .select_related("locale")
        .prefetch_related("participants__person", "tags", "redactions", "cues")
    )


def interview_documents(interviews, today=None):
    """An interview's own entry (unless closed), and its transcript passages as it allows."""
    today = today or access.today()
    documents = []
    for interview in interviews:
        if interview.access_level == AccessLevel.CLOSED:
            continue
        url = interview.url or ""
        with translation.override(interview.locale.language_code):
            naming = Naming(interview.participants.all())
        has_transcript = interview.cues.exists()
        entry = Document(
            type=DocumentType.INTERVIEW,
            source=f"oral_history.interview:{interview.pk}",
            locale=interview.locale.language_code,
            title=interview.title,
            context=", ".join(naming.labels()),
            body=" ".join(text for text in (interview.summary, plain(interview.body)) if text),
            url=url,
            date=interview.date,
            date_precision=interview.date_precision,
        )
        entry.add_date_facets()
        for named in naming.named:
            if named.in_full:
                person = named.participant.person
                entry.add_facet("person", person.slug, person.name)
        for language in split_list(interview.languages):
            entry.add_facet("language", language_code(language))
        for tag in interview.tags.all():
            entry.add_facet("tag", tag.slug, tag.name)
        if interview.recordings.exists():
            entry.add_facet("has", "recording")
        if has_transcript:
            entry.add_facet("has", "transcript")
        documents.append(entry)
        redactions = active_redactions(interview)
        with translation.override(interview.locale.language_code):
            documents.extend(passage_documents(interview, entry, redactions, today, naming))
    return documents


def passage_documents(interview, entry, redactions, today, naming):
    """
    Consecutive cues of one speaker, about PASSAGE_WORDS words each, with their timings; the
    speaker as `naming` gives it to every reader.
    """
    audience = Audience.PUBLIC
    opens = None
    if interview.access_level == AccessLevel.REGISTERED:
        audience = Audience.REGISTERED
    elif interview.access_level == AccessLevel.EMBARGOED and interview.embargo_until > today:
        opens = interview.embargo_until

    def passage(cues, speaker, hidden_until):
        words = []
        timings = []
        for cue in cues:
            timings.append((len(words), cue.start))
            words.extend(cue.text.split())
        start = cues[0].start
        dates = [d for d in (opens, hidden_until) if d]
        document = Document(
            type=DocumentType.PASSAGE,
            source=entry.source,
            locale=entry.locale,
            title=interview.title,
            context=speaker,
            body=" ".join(words),
            url=entry.url,
            date=entry.date,
            date_precision=entry.date_precision,
            start=start,
            speaker=speaker,
            audience=audience,
            available_from=max(dates) if dates else None,
            timings=timings,
        )
        document.facets = [f for f in entry.facets if f[0] != "has"] + [
            ("has", "transcript", "transcript", "")
        ]
        return document

    documents = []
    group, group_words, group_hidden = [], 0, None
    for cue in interview.cues.all():
        covering = next((r for r in redactions if r.covers(cue.start, cue.end)), None)
        if covering is not None and not covering.until:
            hidden = "never"
        else:
            hidden = covering.until if covering else None
        if group and (
            cue.speaker != group[0].speaker
            or group_words >= PASSAGE_WORDS
            or hidden != group_hidden
        ):
            if group_hidden != "never":
                documents.append(passage(group, naming.speaker(group[0].speaker), group_hidden))
            group, group_words = [], 0
        group.append(cue)
        group_words += len(cue.text.split())
        group_hidden = hidden
    if group and group_hidden != "never":
        documents.append(passage(group, naming.speaker(group[0].speaker), group_hidden))
    return documents


def cues_changed(sender, instance, **kwargs):
    schedule("oral_history.interview", [instance.interview_id])


def _recordings_people(media_ids):
    """The people related to these media items (an interview's recordings)."""
    items = get_media_model().objects.filter(pk__in=media_ids, related_people__isnull=False)
    return items.values_list("related_people", flat=True)


def interview_access_changed(sender, instance, **kwargs):
    """
    An interview opened, closed, was published or unpublished: its participants are public or
    not (`oral_history.public_links`), and so are its recordings, which a closed interview
    leaves out of every listing (`oral_history.media_restrictions`), and their people. A
    revision saved as a draft changes neither.
    """
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and not {"live", "access_level"} & set(update_fields):
        return
    participants = InterviewParticipant.objects.filter(interview_id=instance.pk)
    reindex_people(participants.values_list("person_id", flat=True))
    reindex_people(_passage_people(Redaction.objects.filter(interview_id=instance.pk)))
    recordings = InterviewRecording.objects.filter(interview_id=instance.pk)
    schedule(get_media_model()._meta.label_lower, recordings.values_list("media_id", flat=True))
    reindex_people(_recordings_people(recordings.values("media_id")))


def _passage_people(redactions):
    """The people named or heard in these restricted passages."""
    through = Redaction.people.through.objects.filter(redaction__in=redactions)
    return through.values_list("person_id", flat=True)


def person_saved(sender, instance, **kwargs):
    """A participant renamed: their interviews' entries hold their name or their initials."""
    links = InterviewParticipant.objects.filter(person_id=instance.pk)
    schedule("oral_history.interview", links.values_list("interview_id", flat=True))


def passage_changed(sender, instance, **kwargs):
    """A passage's dates saved: its people are public from another day, or no longer."""
    reindex_people(_passage_people([instance.pk]))


def remember_passage_people(sender, instance, **kwargs):
    instance._search_old_people = list(_passage_people([instance.pk]))


def passage_deleted(sender, instance, **kwargs):
    """A passage taken away (its people's rows go with it, without `m2m_changed`)."""
    reindex_people(getattr(instance, "_search_old_people", []))


def recording_changed(sender, instance, **kwargs):
    """A recording given to an interview or taken from it: that media item and its people."""
    schedule(get_media_model()._meta.label_lower, [instance.media_id])
    reindex_people(_recordings_people([instance.media_id]))


registry.register(
    registry.Kind(
        "oral_history.interview",
        interviews,
        interview_documents,
        order=40,
        pages=(InterviewPage,),
        url_at=moments.url_at,
        clock=format_clock,
    )
)
post_save.connect(
    cues_changed, sender=TranscriptCue, dispatch_uid="search-oral_history.transcriptcue-save"
)
post_delete.connect(
    cues_changed, sender=TranscriptCue, dispatch_uid="search-oral_history.transcriptcue-delete"
)
connect_person_link(InterviewParticipant, "person_id", "search-oral_history.participant")
connect_people_m2m(Redaction, "people", "search-oral_history.redaction")
post_save.connect(passage_changed, sender=Redaction, dispatch_uid="search-people-redaction-save")
post_save.connect(person_saved, sender=Person, dispatch_uid="search-oral_history.person-save")
pre_delete.connect(
    remember_passage_people, sender=Redaction, dispatch_uid="search-people-redaction-pre-delete"
)
post_delete.connect(passage_deleted, sender=Redaction, dispatch_uid="search-people-redaction-del")
post_save.connect(
    interview_access_changed, sender=InterviewPage, dispatch_uid="search-people-interview-save"
)
page_unpublished.connect(
    interview_access_changed, sender=InterviewPage, dispatch_uid="search-people-interview-unpub"
)
for signal in (post_save, post_delete):
    signal.connect(
        recording_changed,
        sender=InterviewRecording,
        dispatch_uid=f"search-people-interview-recording-{signal is post_save}",
    )
