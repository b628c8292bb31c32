"""
What the exhibitions change in the search index besides their pages (which the generic pages
kind writes): an exhibition's artists and its artworks' artists are public while it is live
(`archive.exhibitions.public_links`), so publishing or unpublishing it, changing its artists or
an artwork's artist reindexes those people. Connected when the archive app is ready.
"""

from django.db.models.signals import post_save
from wagtail.signals import page_unpublished

from archive.exhibitions.models import Artwork, ExhibitionPage
from archive.programme.models import Person
from archive.programme.search_documents import (
    connect_people_m2m,
    connect_person_link,
    reindex_people,
)


def exhibition_people_changed(sender, instance, **kwargs):
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and "live" not in update_fields:
        return
    reindex_people(Person.objects.filter(exhibitions=instance.pk).values_list("pk", flat=True))
    artworks = Artwork.objects.filter(exhibition__translation_key=instance.translation_key)
    reindex_people(artworks.values_list("artist_id", flat=True))


connect_person_link(Artwork, "artist_id", "search-archive.artwork")
post_save.connect(
    exhibition_people_changed, sender=ExhibitionPage, dispatch_uid="search-people-exhibition"
)
page_unpublished.connect(
    exhibition_people_changed, sender=ExhibitionPage, dispatch_uid="search-people-exhibition-unpub"
)
connect_people_m2m(ExhibitionPage, "artists", "search-archive.exhibitionpage")
