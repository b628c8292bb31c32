"""
A CDN in front of the site is told to forget a programme record's pages when the record
changes, and the pages a restriction opens on the day it ends.

Wagtail's front-end cache (wagtail.contrib.frontend_cache, `WAGTAILFRONTENDCACHE`, set from
`FRONTEND_CACHE_BACKEND`) purges a page when it is published or unpublished, but an event, a
film, a person, a series or a venue is not a page: the archive's routable page shows it at an
address of its own in each language. So a save or a delete of one of them purges, in one batch
when the writer's transaction commits: its address in French and in English (before and after the
save, so that a film whose slug changed leaves no page at its old address), its permanent
address (/id/…), and for an event its day, month and year in the calendar of each language, which
name or count it. The listing is not purged: every filter and page of it is an address of its
own, so the pages showing a record are unbounded; a CDN keeps them at most `s-maxage`.

An embargo that ends or a restricted passage that opens changes pages with no save to signal it:
`manage.py purge_opened_pages`, run each day after midnight (docs/production.md), purges the
pages of what opened: the record in both languages, its permanent address, and for an interview
its narrators' and interviewers' pages (a person an interview names may become public with it),
the oral history listing, the interview's captions, chapters, transcripts and manifest, and its
recordings' pages in the media library with theirs. Nothing is sent when no front-end cache is
configured.
"""

from urllib.parse import urljoin

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Locale, Page

from archive.programme.addresses import SEGMENTS
from archive.programme.models import Film, Person, Screening, Series, Venue
from base import access, sections
from base.access import AccessControlled, AccessLevel
from base.dates import DatePrecision
from identifiers import kind_of, permanent_url
from identifiers.kinds import KINDS, in_language
from oral_history.models import InterviewPage, Redaction

RECORDS = (Screening, Film, Person, Series, Venue)


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def languages():
    return [code for code, _name in settings.LANGUAGES]


def section_in(name, language):
    """The live section page `name` in a language, or None when it has none."""
    locale = Locale.objects.filter(language_code=language).first()
    return sections.section_page(name, locale.pk) if locale else None


def section_url(name, language):
    """The absolute address of a section page in a language, or None when it has none."""
    section = section_in(name, language)
    return section.get_full_url() if section is not None else None


def record_urls(record):
    """Every address of a record or a page in both languages, and its permanent address."""
    kind = KINDS[kind_of(record)]
    urls = {permanent_url(record)}
    for language in languages():
        if isinstance(record, Page):
            url = in_language(record, language).get_full_url()
        else:
            base = section_url(kind.section, language)
            url = urljoin(base, kind.url(record, None, language)) if base else None
        if url:
            urls.add(url)
    if isinstance(record, Screening):
        urls |= calendar_urls(record)
    return urls


def calendar_urls(event):
    """The event's day, month and year in the calendar of each language, as far as it is dated."""
    if not event.date:
        return set()
    date = event.date
    parts = [str(date.year)]
    if event.date_precision in (DatePrecision.MONTH, DatePrecision.DAY):
        parts.append(f"{date.month:02d}")
    if event.date_precision == DatePrecision.DAY:
        parts.append(f"{date.day:02d}")
    urls = set()
    for language in languages():
        base = section_url("archive", language)
        if base is None:
            continue
        calendar = f"{base}{SEGMENTS['calendar'][language]}/"
        urls |= {calendar + "".join(f"{part}/" for part in parts[:n]) for n in range(1, 4)}
    return urls


def purge(urls):
    """Purge the addresses in one batch, when the transaction commits (and only with a CDN)."""
    if configured() and urls:
        batch = sorted(urls)
        transaction.on_commit(lambda: purge_urls_from_cache(batch))


def remember_old_urls(sender, instance, raw=False, **kwargs):
    """Before a save: the addresses the record has now, which the save may change."""
    if raw or not configured() or instance.pk is None:
        return
    old = sender._default_manager.filter(pk=instance.pk).first()
    instance._cdn_old_urls = record_urls(old) if old is not None else set()


def record_saved(sender, instance, raw=False, **kwargs):
    if not raw and configured():
        purge(getattr(instance, "_cdn_old_urls", set()) | record_urls(instance))


def record_deleted(sender, instance, **kwargs):
    if configured():
        purge(record_urls(instance))


def connect():
    for model in RECORDS:
        uid = f"cdn-{model._meta.label_lower}"
        pre_save.connect(remember_old_urls, sender=model, dispatch_uid=f"{uid}-before")
        post_save.connect(record_saved, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(record_deleted, sender=model, dispatch_uid=f"{uid}-delete")


def opened_between(since, until):
    """What the public may see from a day after `since` up to `until`, having been restricted."""
    for model in apps.get_models():
        if not issubclass(model, AccessControlled) or model._meta.proxy:
            continue
        embargoes = model._default_manager.filter(
            access_level=AccessLevel.EMBARGOED, embargo_until__gt=since, embargo_until__lte=until
        )
        if issubclass(model, Page):
            embargoes = embargoes.live()
        yield from embargoes
    passages = Redaction.objects.filter(until__gt=since, until__lte=until)
    yield from InterviewPage.objects.live().filter(
        pk__in=passages.values("interview_id"), access_level=AccessLevel.PUBLIC
    )


def opened_urls(since, until):
    urls = set()
    for record in opened_between(since, until):
        if kind_of(record) is None:
            continue
        urls |= record_urls(record)
        if isinstance(record, InterviewPage):
            for participant in record.participants.select_related("person"):
                urls |= record_urls(participant.person)
            urls |= record_urls(record.get_parent().specific)
            urls |= interview_parts_urls(record)
    return urls


INTERVIEW_PARTS = ("captions", "chapters", "text", "pdf", "json")
RECORDING_PARTS = ("av", "captions", "transcript", "transcript_pdf")


def interview_parts_urls(interview):
    """
    What else an interview shows at addresses of its own: its captions, chapters, transcripts
    and JSON in both languages, its IIIF manifest, and each of its recordings' pages in the media
    library (the recording, its captions and transcripts) with their IIIF manifests.
    """
    root = interview.get_site().root_url
    urls = {root + reverse("iiif_interview", kwargs={"page_id": interview.pk})}
    for language in languages():
        version = in_language(interview, language)
        base = version.get_full_url()
        if base:
            urls |= {base + version.reverse_subpage(name).lstrip("/") for name in INTERVIEW_PARTS}
    media_ids = list(interview.recordings.values_list("media_id", flat=True))
    libraries = [section_in("media", language) for language in languages()] if media_ids else []
    for pk in media_ids:
        urls.add(root + reverse("iiif_media", kwargs={"pk": pk}))
        for library in filter(None, libraries):
            base = library.get_full_url()
            urls |= {
                base + library.reverse_subpage(name, kwargs={"pk": pk}).lstrip("/")
                for name in RECORDING_PARTS
            }
    return urls


def purge_opened(since, until=None):
    """Purge the pages of what opened after `since`, up to `until` (today); the addresses."""
    until = until or access.today()
    urls = sorted(opened_urls(since, until)) if configured() else []
    if urls:
        purge_urls_from_cache(urls)
    return urls
