"""What an exhibition page shows besides its text: artists, artworks, the timeline, talks."""

from archive.programme.pages import ArchiveIndexPage
from base.access import listed_q
from oral_history.models import InterviewKind, InterviewPage


def exhibition_context(page, request):
    artists = list(page.artists.order_by("sort_name", "name"))
    archive = ArchiveIndexPage.objects.live().filter(locale_id=page.locale_id).first()
    base = archive.get_url(request) if archive else None
    artist_links = [
        (
            artist,
            base + archive.reverse_subpage("person", kwargs={"slug": artist.slug}) if base else "",
        )
        for artist in artists
    ]
    artworks = list(page.artworks())
    return {
        "artist_links": artist_links,
        "artworks": artworks,
        "timeline_url": _timeline_url(page, request),
        "talks": _talks(page, request),
    }


def _timeline_url(page, request):
    event = page.timeline_event()
    if event is None:
        return ""
    return f"{event.chapter.get_url(request)}#event-{event.pk}"


def _talks(page, request):
    """Recorded talks that followed a screening at the exhibition's venue, in its language."""
    if page.venue_id is None:
        return []
    return list(
        InterviewPage.objects.live()
        .public()
        .filter(listed_q(request.user))
        .filter(kind=InterviewKind.TALK, screening__venue_id=page.venue_id, locale=page.locale)
        .order_by("title")
    )
