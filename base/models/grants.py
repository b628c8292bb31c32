"""
Time-limited access to one restricted page, and the log of who was let in to what.

`base` owns them because `base.access` decides access for every domain: a grant names a page of
Wagtail's tree (an interview is a page), not a domain's model, and it covers that page's
translations, which are the same interview in another language. A grant is a span of days,
`starts_on` to `ends_on` inclusive, compared with `base.access.today()` on every request, so that
a grant that ended yesterday opens nothing today without a job or a rebuild.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AccessGrantQuerySet(models.QuerySet):
    def covering(self, user, on):
        """This user's grants in force on the day `on` (not revoked, `on` within their days)."""
        if not (user and user.is_authenticated):
            return self.none()
        return self.filter(
            user_id=user.pk, revoked_at__isnull=True, starts_on__lte=on, ends_on__gte=on
        )


class AccessGrant(models.Model):
    """One user may hear and read one restricted page (and its translations) for some days."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="access_grants",
    )
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"), help_text=_("The last day of access, included."))
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = AccessGrantQuerySet.as_manager()

    class Meta:
        verbose_name = _("access grant")
        verbose_name_plural = _("access grants")
        indexes = [models.Index(fields=["user", "ends_on"])]

    def __str__(self):
        return f"{self.user} · {self.page_id} · {self.starts_on}–{self.ends_on}"

    def is_in_force(self, on):
        return self.revoked_at is None and self.starts_on <= on <= self.ends_on


class AccessLogEntry(models.Model):
    """
    Who was let in to what, and when: every grant, refusal, revocation, sign-in by link and
    serving of restricted media, listed for editors. Titles are copied so that a line still
    reads after its page or item is gone.
    """

    class Action(models.TextChoices):
        GRANTED = "granted", _("Access granted")
        REFUSED = "refused", _("Request refused")
        REVOKED = "revoked", _("Access revoked")
        SIGNED_IN = "signed_in", _("Signed in by link")
        MEDIA_SERVED = "media_served", _("Restricted media served")

    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    action = models.CharField(_("what"), max_length=20, choices=Action.choices, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who acted: the editor who decided, or the researcher who was let in."),
    )
    email = models.EmailField(
        _("researcher's e-mail"),
        blank=True,
        help_text=_("The e-mail address of the researcher concerned."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    media_id = models.PositiveBigIntegerField(_("media item"), null=True, blank=True)
    title = models.CharField(_("object"), max_length=255, blank=True)
    detail = models.CharField(_("detail"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.get_action_display()} {self.title}"

    @classmethod
    def record(cls, action, *, user=None, email="", page=None, media=None, detail=""):
        """Write one line; `user` may be anonymous (then only the e-mail says who)."""
        if user is not None and not user.is_authenticated:
            user = None
        title = str(media.title if media is not None else page.title if page is not None else "")
        return cls.objects.create(
            action=action,
            user=user,
            email=email or (user.email if user else ""),
            page=page,
            media_id=media.pk if media is not None else None,
            title=title[:255],
            detail=str(detail)[:500],
        )
