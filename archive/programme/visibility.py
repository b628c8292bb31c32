"""
Which people the public may see: a person is shown when at least one public thing links to them
(a film they directed, an event they were a guest of, a listed image, recording or document, an
exhibition's artwork, an interview listed to the public in which they take part). A person linked
only to closed interviews, or to nothing public, has no page, no search entry and no facet value.

Each domain knows its own links: the programme and the media library register theirs in
`archive/apps.py`, the domains above the programme (the oral history, the exhibitions) in their
`AppConfig.ready`, so that the programme decides who is public without importing them, as
`archive.media.restrictions` does for recordings. `Person.objects.public()` applies them.

A link may open by itself on a later day (a restricted passage that ends): every channel that
asks `public()` sees it on that day, since the day is read in the query; the search index, which
is written beforehand, holds such a person with that day (`Person.objects.indexed`).
"""

from django.db.models import Q

_links = {}
_openings = {}


def register(name, linked, roles=(), opening=None):
    """
    `linked()` gives the ids of the people that one kind of public record links to, as a values
    queryset of one column (it is used as a subquery, so that no channel reads it in a query of
    its own). `roles` are the person's roles (`Role` codes) that only this kind of record gives,
    shown only to those it shows publicly: "narrator" comes from interviews, and a director named
    in a closed interview is not called a narrator. `opening()`, for a link that opens by itself
    on a later day, gives the people it will link and that day, as a values queryset of
    ("person_id", "opens"). Registering a name again replaces it.
    """
    _links[name] = (linked, tuple(roles))
    if opening is None:
        _openings.pop(name, None)
    else:
        _openings[name] = opening


def public_q():
    """Filter for the people at least one public record links to (nobody if none is registered)."""
    condition = Q(pk__in=[])
    for linked, _roles in _links.values():
        condition |= Q(pk__in=linked())
    return condition


def role_conditions():
    """{role: filter for the people shown in that role} for the roles a kind of link claims."""
    conditions = {}
    for linked, roles in _links.values():
        for role in roles:
            conditions[role] = conditions.get(role, Q(pk__in=[])) | Q(pk__in=linked())
    return conditions


def opening_q():
    """Filter for the people a link will make public on a later day (nobody if none is)."""
    condition = Q(pk__in=[])
    for opening in _openings.values():
        condition |= Q(pk__in=opening().values("person_id"))
    return condition


def openings():
    """The registered `opening()` callables, each a values queryset of ("person_id", "opens")."""
    return list(_openings.values())
