"""
What an editor's decision does: approving creates (or reuses) the researcher's account and a
grant for so many days from today, refusing records the reason, revoking ends a grant at once.
Each writes its line in the access log and e-mails the researcher.

A researcher's account is keyed by e-mail address. A new one has no usable password, is not staff
and is in no group: the grant alone opens the one interview, and the sign-in link is the way in.
"""

import datetime
import logging
from dataclasses import dataclass
from smtplib import SMTPException

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale

from access_requests import emails, tokens
from access_requests.models import AccessRequest
from base import access
from base.models import AccessGrant, AccessLogEntry

logger = logging.getLogger(__name__)
MAIL_ERRORS = (OSError, SMTPException)


@dataclass
class Approval:
    grant: AccessGrant
    sign_in_url: str
    mailed: bool


def page_in(page, language):
    """The page's translation in `language`, or the page itself."""
    locale = Locale.objects.filter(language_code=language).first()
    translation_ = page.get_translation_or_none(locale) if locale else None
    return (translation_ or page).specific


def researcher_account(email, name):
    """The user with this e-mail address, or a new one who can sign in only by link."""
    users = get_user_model()
    user = users.objects.filter(email__iexact=email).order_by("pk").first()
    if user is not None:
        return user
    username, number = email.lower()[:150], 1
    while users.objects.filter(username=username).exists():
        number += 1
        username = f"{email.lower()[:140]}-{number}"
    user = users(username=username, email=email, first_name=name[:150])
    user.set_unusable_password()
    user.save()
    return user


def sign_in_path(grant, language):
    with translation.override(language):
        return reverse("access_requests:sign_in", args=[tokens.make_token(grant)])


def approve(access_request, *, days, editor, build_url):
    """
    Grant the request for `days` days from today (today counts as the first) and e-mail the
    researcher their sign-in link. `build_url` makes an absolute address of a path. The grant
    stands even if the e-mail cannot be sent (`Approval.mailed`): the editor can pass the link on.
    """
    starts_on = access.today()
    ends_on = starts_on + datetime.timedelta(days=days - 1)
    with transaction.atomic():
        user = researcher_account(access_request.email, access_request.name)
        grant = AccessGrant.objects.create(
            user=user,
            page=access_request.page,
            starts_on=starts_on,
            ends_on=ends_on,
            granted_by=editor,
        )
        access_request.status = AccessRequest.Status.APPROVED
        access_request.grant = grant
        access_request.decided_by = editor
        access_request.decided_at = timezone.now()
        access_request.save()
        AccessLogEntry.record(
            AccessLogEntry.Action.GRANTED,
            user=editor,
            email=access_request.email,
            page=access_request.page,
            detail=f"{starts_on.isoformat()} – {ends_on.isoformat()}",
        )
    language = access_request.language
    sign_in_url = build_url(sign_in_path(grant, language))
    interview = page_in(access_request.page, language)
    page_url = build_url(interview.url)
    try:
        emails.tell_approved(
            access_request, grant, interview=interview, sign_in_url=sign_in_url, page_url=page_url
        )
    except MAIL_ERRORS:
        logger.exception("The approval of access request %s could not be sent", access_request.pk)
        return Approval(grant, sign_in_url, mailed=False)
    return Approval(grant, sign_in_url, mailed=True)


def refuse(access_request, *, reason, editor):
    """Refuse with a reason, which the researcher is sent; False if the e-mail failed."""
    with transaction.atomic():
        access_request.status = AccessRequest.Status.REFUSED
        access_request.reason = reason
        access_request.decided_by = editor
        access_request.decided_at = timezone.now()
        access_request.save()
        AccessLogEntry.record(
            AccessLogEntry.Action.REFUSED,
            user=editor,
            email=access_request.email,
            page=access_request.page,
            detail=reason,
        )
    try:
        emails.tell_refused(
            access_request, interview=page_in(access_request.page, access_request.language)
        )
    except MAIL_ERRORS:
        logger.exception("The refusal of access request %s could not be sent", access_request.pk)
        return False
    return True


def revoke(access_request, *, editor):
    """End an approved request's grant now: its pages shut and its link stops working."""
    grant = access_request.grant
    with transaction.atomic():
        if grant is not None and grant.revoked_at is None:
            grant.revoked_at = timezone.now()
            grant.save(update_fields=["revoked_at"])
        access_request.status = AccessRequest.Status.REVOKED
        access_request.save(update_fields=["status"])
        AccessLogEntry.record(
            AccessLogEntry.Action.REVOKED,
            user=editor,
            email=access_request.email,
            page=access_request.page,
        )
