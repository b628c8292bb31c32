"""
The people the exhibitions show to the public, registered with `archive.programme.visibility`
in `archive/apps.py`: the artists of a live exhibition page, and the artists of the artworks
shown on one (an artwork is shown on its exhibition's page in either language).
"""

from archive.exhibitions.models import Artwork, ExhibitionPage


def exhibition_artists():
    return ExhibitionPage.objects.live().filter(artists__isnull=False).values("artists")


def artwork_artists():
    shown = ExhibitionPage.objects.live().values("translation_key")
    return Artwork.objects.filter(exhibition__translation_key__in=shown).values("artist_id")


LINKS = {
    "exhibitions.artist": exhibition_artists,
    "exhibitions.artwork": artwork_artists,
}
