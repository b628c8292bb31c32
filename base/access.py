"""
Who may see what: the access levels of interviews and media items, in one place.

- public: anyone;
- registered: logged-in researchers an editor has approved (put in the "Approved researchers"
  group, which carries the permission below);
- embargoed until a date: the listing and summary are public, the recording and transcript open
  by themselves on that date;
- closed: editors only; invisible to everyone else, in every channel.

A registered or embargoed page also opens to a user who holds an `AccessGrant` for it (or for one
of its translations) in force that day: an editor approved their request for so many days
(`access_requests`). Days are read from `today()` on every call, which tests move to cross a
grant's last day, so that an ended grant opens nothing without a job to run.

Editors (anyone who may use the Wagtail admin) see everything, so that they can check it.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from base.models.grants import AccessGrant

RESEARCHER_PERMISSION = "base.view_registered_material"
RESEARCHER_GROUP = "Approved researchers"


class ResearcherAccess(models.Model):
    """
    Holds the researchers' permission, which no one domain owns: interviews, media items and
    passages all open to it. A model without rows, as Wagtail's `Admin` holds `access_admin`.
    """

    class Meta:
        default_permissions = []
        permissions = [
            ("view_registered_material", _("Can hear and read material for approved researchers"))
        ]
        verbose_name = _("researcher access")

    def __str__(self):
        return str(self._meta.verbose_name)


class AccessLevel(models.TextChoices):
    PUBLIC = "public", _("Public")
    REGISTERED = "registered", _("Approved researchers only")
    EMBARGOED = "embargoed", _("Embargoed until a date")
    CLOSED = "closed", _("Closed")


def is_editor(user):
    return bool(user and user.is_active and user.has_perm("wagtailadmin.access_admin"))


def is_approved_researcher(user):
    return bool(user and user.is_authenticated and user.has_perm(RESEARCHER_PERMISSION))


def today():
    return timezone.localdate()


class AccessControlled(models.Model):
    """An access level and, for an embargo, the date on which the material opens by itself."""

    access_level = models.CharField(
        _("access"),
        max_length=10,
        choices=AccessLevel.choices,
        default=AccessLevel.PUBLIC,
        db_index=True,
        help_text=_("Who may hear and read this. Closed material is shown to editors only."),
    )
    embargo_until = models.DateField(
        _("embargoed until"),
        null=True,
        blank=True,
        help_text=_("For an embargo: the day the recording and transcript open to the public."),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.access_level == AccessLevel.EMBARGOED and not self.embargo_until:
            raise ValidationError({"embargo_until": _("An embargo needs the date it ends.")})

    def is_listed_for(self, user):
        """May the item's existence, title and summary be shown to this user?"""
        return self.access_level != AccessLevel.CLOSED or is_editor(user)

    def is_open_to(self, user, on=None):
        """May this user hear the recording and read the transcript (today, or on `on`)?"""
        on = on or today()
        return self.is_open_by_level(user, on) or (
            self.access_level != AccessLevel.CLOSED and self.is_granted_to(user, on)
        )

    def is_open_by_level(self, user, on=None):
        """`is_open_to` without grants: the level, the embargo's date, the researchers' group."""
        if is_editor(user):
            return True
        level = self.access_level
        if level == AccessLevel.PUBLIC:
            return True
        if level == AccessLevel.REGISTERED:
            return is_approved_researcher(user)
        if level == AccessLevel.EMBARGOED:
            return bool(self.embargo_until) and (on or today()) >= self.embargo_until
        return False

    def is_granted_to(self, user, on=None):
        """Does this user hold a grant in force on `on` for this page or one of its translations?"""
        if not isinstance(self, Page) or not (user and user.is_authenticated):
            return False
        grants = AccessGrant.objects.covering(user, on or today())
        return grants.filter(page__translation_key=self.translation_key).exists()


def granted_pages(user, on=None):
    """The pages (every translation) this user's grants open on `on`, today by default."""
    grants = AccessGrant.objects.covering(user, on or today())
    keys = Page.objects.filter(pk__in=grants.values("page_id")).values("translation_key")
    return Page.objects.filter(translation_key__in=keys)


def listed_q(user, prefix=""):
    """Filter for what a listing may show this user."""
    if is_editor(user):
        return Q()
    return ~Q(**{f"{prefix}access_level": AccessLevel.CLOSED})
