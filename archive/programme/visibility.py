"""
Which people the public may see: a person is shown when at least one public thing links to them
(a film they directed, an event they were a guest of, a listed image, recording or document, an
exhibition's artwork, an interview listed to the public in which they take part). A person linked
only to closed interviews, or to nothing public, has no page, no search entry and no facet value.

Each domain knows its own links: the programme and the media library register theirs in
`archive/apps.py`, the domains above the programme (the oral history, the exhibitions) in their
`AppConfig.ready`, so that the programme decides who is public without importing them, as
`archive.media.restrictions` does for recordings. `Person.objects.public()` applies them.
"""

from django.db.models import Q

_links = {}


def register(name, linked):
    """
    `linked()` gives the ids of the people that one kind of public record links to, as a values
    queryset of one column (it is used as a subquery, so that no channel reads it in a query of
    its own). Registering a name again replaces its links.
    """
    _links[name] = linked


def public_q():
    """Filter for the people at least one public record links to (nobody if none is registered)."""
    condition = Q(pk__in=[])
    for linked in _links.values():
        condition |= Q(pk__in=linked())
    return condition
