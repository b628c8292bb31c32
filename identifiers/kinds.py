"""
What each kind of identifier points to: how a key finds its record, whether a visitor may know
the record exists, and where the record is shown in a language.

A visitor who may not know a record (a closed interview or media item, a person only a closed
interview names, a page not published) gets the same 404 as for a key never issued.
"""

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from wagtail.models import Locale, Page

from archive.media.models import ArchiveDocument, ArchiveImage, ArchiveMedia
from archive.media.views import listed_media
from archive.programme.models import Film, Person, Screening, Series, Venue
from base import sections
from oral_history.models import InterviewPage


def in_language(record, language):
    """A page's translation in the language, when it is published; any other record as it is."""
    if not isinstance(record, Page):
        return record
    locale = Locale.objects.filter(language_code=language).first()
    translation = record.get_translation_or_none(locale) if locale else None
    return translation.specific if translation is not None and translation.live else record


@dataclass(frozen=True)
class Kind:
    name: str
    model: Any
    section: str = ""  # the section page that shows the record, for records that are not pages
    route: str = ""  # its route below that page
    route_kwargs: Any = None  # the route's arguments for a record

    def find(self, key):
        """The record this key was issued to (also when the identifier was never written)."""
        queryset = self.model._default_manager
        if self.name == "event":
            return queryset.filter(external_id=key).first()
        if self.name == "interview" and not key.isdigit():
            return queryset.filter(external_id=key).order_by("pk").first()
        if not key.isdigit():
            return None
        found = queryset.filter(pk=int(key)).first()
        return found.specific if isinstance(found, Page) else found

    def is_known_to(self, record, user):
        """May this user know that the record exists (see its title, follow its address)?"""
        if self.name == "person":
            return Person.objects.visible_to(user).filter(pk=record.pk).exists()
        if self.name == "media":
            return listed_media(user).filter(pk=record.pk).exists()
        if isinstance(record, Page) and not record.live:
            return False
        is_listed_for = getattr(record, "is_listed_for", None)
        return is_listed_for(user) if is_listed_for else True

    def url(self, record, request, language):
        """The record's address in `language` on this site, or None when it has no page there."""
        if isinstance(record, Page):
            return in_language(record, language).get_url(request)
        locale = Locale.objects.filter(language_code=language).first()
        section = sections.section_page(self.section, locale.pk if locale else None)
        if section is None:
            return None
        base = section.get_url(request)
        if not self.route:
            # A venue has no page of its own: the listing filtered to it is its page.
            return f"{base}?{urlencode({self.name: record.slug})}"
        return base + section.reverse_subpage(self.route, kwargs=self.route_kwargs(record))


KINDS = {
    kind.name: kind
    for kind in (
        Kind("event", Screening, "archive", "screening", lambda r: {"screening_id": r.pk}),
        Kind("film", Film, "archive", "film", lambda r: {"slug": r.slug}),
        Kind("person", Person, "archive", "person", lambda r: {"slug": r.slug}),
        Kind("series", Series, "archive", "series", lambda r: {"slug": r.slug}),
        Kind("venue", Venue, "archive"),
        Kind("image", ArchiveImage, "media", "image", lambda r: {"pk": r.pk}),
        Kind("media", ArchiveMedia, "media", "av", lambda r: {"pk": r.pk}),
        Kind("document", ArchiveDocument, "media", "document", lambda r: {"pk": r.pk}),
        Kind("interview", InterviewPage),
        Kind("page", Page),
    )
}
