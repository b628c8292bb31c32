"""
An interview as schema.org: an `AudioObject` (a `VideoObject` for a filmed one) whose `hasPart`
are `Clip`s, one per index segment.

What a page says here is read by anyone who gets the page, editors and granted researchers
included, so it is always the public's view: participants by their public label (a name in
full only when their consent gives it, `oral_history.naming`), segments and the file's address
only when the interview is open to anonymous visitors, and never a segment that starts inside an
active restricted passage. It reuses the view's `participants` and `passages`: the only query
is the one that tells whether anyone may fetch the recording (`restrictions.closed`).
"""

from django.contrib.auth.models import AnonymousUser

from archive.media.files import open_media
from linked_data.dicts import compact
from linked_data.schema_org.common import (
    absolute,
    iso_duration,
    partial,
    record_id,
    website_id,
)
from linked_data.schema_org.common import (
    language as current_language,
)
from linked_data.segments import spans
from oral_history.naming import Naming


def participants(context):
    """The participants as the public reads them, linked to their page when named in full."""
    request = context["request"]
    named = context.get("participants") or []
    urls = {entry.participant.pk: entry.url for entry in named}
    public = Naming([entry.participant for entry in named])
    people = []
    for entry in public.named:
        person = {"@type": "Person", "name": entry.label}
        if entry.in_full and urls.get(entry.participant.pk):
            url = absolute(request, urls[entry.participant.pk])
            person = {
                "@type": "Person",
                "@id": record_id(entry.participant.person),
                "url": url,
                "name": entry.label,
            }
        people.append({"@type": "Role", "roleName": str(entry.role_label), "contributor": person})
    return people


def clips(request, interview, passages, language):
    return [
        compact(
            {
                "@type": "Clip",
                "name": span.labels[language][0],
                "alternateName": next(
                    (titles[0] for code, titles in span.labels.items() if code != language), None
                ),
                "startOffset": span.start,
                "endOffset": span.end,
                "url": absolute(request, interview.url_at(span.start)),
            }
        )
        for span in spans(passages, interview.duration, language)
    ]


def interview(page, context):
    request = context["request"]
    language = current_language()  # the page is served under its own locale's prefix
    passages = context.get("passages")
    public = passages is not None and page.is_open_to(AnonymousUser())
    recordings = open_media(passages.recordings, AnonymousUser()) if public else []
    filmed = any(media.type == "video" for media in recordings)
    url = absolute(request, page.url)
    return compact(
        {
            "@type": "VideoObject" if filmed else "AudioObject",
            "@id": record_id(page),
            "url": url,
            "name": page.title,
            "description": page.summary,
            "dateCreated": partial(page.partial_date),
            "inLanguage": language,
            "duration": iso_duration(page.duration),
            "locationCreated": {"@type": "Place", "name": page.place} if page.place else None,
            "contributor": participants(context),
            "copyrightNotice": page.rights,
            "contentUrl": absolute(request, recordings[0].url) if recordings else None,
            "encodingFormat": recordings[0].sources[0]["type"] if recordings else None,
            "hasPart": clips(request, page, passages, language) if public else [],
            "isPartOf": {"@id": website_id(request)},
        }
    )
