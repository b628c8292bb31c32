"""People: one record per person, shared by every part of the archive."""

from django.db import models
from django.db.models import BooleanField, ExpressionWrapper, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model_string
from wagtail.models import RevisionMixin

from archive.programme import visibility
from base.access import is_editor
from base.i18n import in_language

from .base import SluggedRecord


class Role(models.TextChoices):
    """What a person did at La Clef; the same list serves a person's roles and a guest's role."""

    DIRECTOR = "director", _("Director")
    GUEST = "guest", _("Guest")
    ARTIST = "artist", _("Artist")
    PERFORMER = "performer", _("Performer")
    MODERATOR = "moderator", _("Moderator")
    NARRATOR = "narrator", _("Narrator")
    COLLECTIVE_MEMBER = "collective-member", _("Collective member")

    @classmethod
    def from_text(cls, text):
        """Read 'director', 'Collective member' or 'collective_member'; None when unknown."""
        code = "-".join(text.strip().lower().replace("_", " ").split())
        return cls(code) if code in cls.values else None


def person_name_key(name):
    """
    The one rule by which every importer (programme CSV, OHMS interviews) matches a name to a
    person: names are the same person when they differ only in spacing or case, so that
    "claire  DENIS" in a file is the "Claire Denis" of the archive rather than a second record.
    """
    return " ".join(name.split()).casefold()


class PersonQuerySet(models.QuerySet):
    def public(self):
        """
        The people a visitor may see: those at least one public record links to
        (`archive.programme.visibility`), in one query with its subqueries.
        """
        return self.filter(visibility.public_q())

    def indexed(self):
        """
        The people the search index holds: the public ones, and those a link will make public on
        a later day (`visibility.register(..., opening=)`), each annotated with `is_public` and
        `opens_N`, the first day each such link opens, so that their entry is written with the day
        the search may show it (`Document.available_from`).
        """
        days = {
            f"opens_{number}": Subquery(
                opening().filter(person_id=OuterRef("pk")).order_by("opens").values("opens")[:1]
            )
            for number, opening in enumerate(visibility.openings())
        }
        public = ExpressionWrapper(visibility.public_q(), output_field=BooleanField())
        return self.filter(visibility.public_q() | visibility.opening_q()).annotate(
            is_public=public, **days
        )

    def visible_to(self, user):
        """
        Editors see everyone, as everywhere on the site; everyone else the public people, each
        with the roles they may be shown in (`Person.shown_role_labels`), read in the same query.
        """
        if is_editor(user):
            return self
        shown = {
            f"shows_role_{number}": ExpressionWrapper(condition, output_field=BooleanField())
            for number, condition in enumerate(visibility.role_conditions().values())
        }
        return self.public().annotate(**shown)

    def by_name_key(self, *fields):
        """
        {`person_name_key` of a name: (pk, *fields)} for these people, read in one query. When
        several people share a key (two records that only an editor can tell apart), a name
        matches the first of them in the people's order: sort name, name, then the oldest.
        """
        people = {}
        rows = self.order_by("sort_name", "name", "pk").values_list("name", "pk", *fields)
        for name, *values in rows.iterator():
            people.setdefault(person_name_key(name), tuple(values))
        return people


class Person(RevisionMixin, SluggedRecord):
    """
    A director, a guest, an artist, a narrator or a member of the collective.

    Films, screenings, media items, artworks and oral-history interviews all link to the same
    record, so that a person's page gathers everything they are connected to. A person is shown
    to the public only through what may be shown (`PersonQuerySet.public`): someone named only in
    a closed interview has no page, no search entry and no facet value.
    """

    name = models.CharField(_("name"), max_length=255, help_text=_("As usually written."))
    sort_name = models.CharField(
        _("sort name"),
        max_length=255,
        blank=True,
        db_index=True,
        help_text=_("How the name is alphabetised, e.g. 'Denis, Claire'. Made from the name."),
    )
    roles = models.JSONField(
        _("roles"),
        default=list,
        blank=True,
        help_text=_("What this person has been at La Clef."),
    )
    biography = models.TextField(
        _("French biography"), blank=True, help_text=_("Two or three sentences, in French.")
    )
    biography_en = models.TextField(
        _("English biography"),
        blank=True,
        help_text=_("The same in English; each language shows the other when empty."),
    )
    portrait = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait the archive has the right to show."),
    )
    wikidata_id = models.CharField(
        _("Wikidata identifier"), max_length=20, blank=True, help_text=_("e.g. Q106509")
    )
    imdb_id = models.CharField(
        _("IMDb identifier"), max_length=20, blank=True, help_text=_("e.g. nm0219136")
    )

    slug_source_field = "name"

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["sort_name", "name"]

    def __str__(self):
        return self.name

    @property
    def public_from(self):
        """
        For a person of `PersonQuerySet.indexed`: None when public today, else the first day a
        link makes them public.
        """
        if getattr(self, "is_public", True):
            return None
        days = [getattr(self, f"opens_{n}", None) for n in range(len(visibility.openings()))]
        days = [day for day in days if day]
        return min(days) if days else None

    def save(self, *args, **kwargs):
        if not self.sort_name:
            self.sort_name = default_sort_name(self.name)
        super().save(*args, **kwargs)

    @property
    def display_biography(self):
        return in_language(self.biography, self.biography_en)

    @property
    def role_labels(self):
        return [Role(code).label for code in self.roles if code in Role.values]

    @property
    def shown_role_labels(self):
        """
        The roles a visitor may read: a role that only one kind of record gives (a narrator's,
        from interviews) only while such a record shows this person. Read from the annotations
        of `PersonQuerySet.visible_to`; editors, whose people have none, see every role.
        """
        withheld = {
            role
            for number, role in enumerate(visibility.role_conditions())
            if not getattr(self, f"shows_role_{number}", True)
        }
        return [
            Role(code).label for code in self.roles if code in Role.values and code not in withheld
        ]


def default_sort_name(name):
    """'Claire Denis' sorts as 'Denis, Claire'; a single word or a collective stays as it is."""
    parts = name.split()
    if len(parts) < 2:
        return name
    return f"{parts[-1]}, {' '.join(parts[:-1])}"
