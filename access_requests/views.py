"""
The public side: the request form of a restricted page, its confirmation, and the sign-in link.

The form exists only for a live page whose level is registered or embargoed and that the visitor
cannot already open: a public or closed page, or one open to them, answers 404. A submission is
refused, with nothing stored and nothing sent, when its honeypot is filled or when its IP address
or e-mail address has sent too many (django-ratelimit, `ACCESS_REQUEST_RATE_PER_IP` and
`ACCESS_REQUEST_RATE_PER_ADDRESS`).
"""

import logging
from smtplib import SMTPException

from django.conf import settings
from django.contrib.auth import login
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_ratelimit.core import is_ratelimited
from wagtail.models import Page

from access_requests import emails
from access_requests.decisions import page_in
from access_requests.forms import AccessRequestForm
from access_requests.tokens import grant_for
from base import access
from base.access import AccessControlled, AccessLevel
from base.models import AccessLogEntry

logger = logging.getLogger(__name__)

REQUESTABLE = (AccessLevel.REGISTERED, AccessLevel.EMBARGOED)
SIGN_IN_BACKEND = "django.contrib.auth.backends.ModelBackend"


def requestable_page(request, page_id):
    """The page whose access this visitor may ask for, or 404."""
    page = Page.objects.live().filter(pk=page_id).specific().first()
    if (
        not isinstance(page, AccessControlled)
        or page.access_level not in REQUESTABLE
        or page.is_open_to(request.user)
    ):
        raise Http404
    return page


def _address_key(group, request):
    return request.POST.get("email", "").strip().lower()


def _limited(request, key, rate):
    return is_ratelimited(
        request, group=f"access_request:{key}", key=key, rate=rate, method="POST", increment=True
    )


@never_cache
def request_access(request, page_id):
    page = requestable_page(request, page_id)
    form = AccessRequestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.honeypot_filled():
            form.add_error(
                None,
                _(
                    "Your request was not sent: the field “Leave this field empty” was filled in. "
                    "Empty it and send the form again."
                ),
            )
            status = 400
        elif _limited(request, "ip", settings.ACCESS_REQUEST_RATE_PER_IP) or (
            form.is_valid()
            and _limited(request, _address_key, settings.ACCESS_REQUEST_RATE_PER_ADDRESS)
        ):
            form.errors.clear()
            form.add_error(
                None,
                _(
                    "Your request was not sent: too many requests have come from this address "
                    "in the last hour. Please try again later."
                ),
            )
            status = 429
        elif form.is_valid():
            access_request = form.save(commit=False)
            access_request.page = page
            access_request.language = get_language()
            access_request.save()
            _notify(request, access_request)
            return redirect("access_requests:sent", page_id=page.pk)
        else:
            status = 400
    return TemplateResponse(
        request,
        "access_requests/request_form.html",
        {"interview": page_in(page, get_language()), "form": form},
        status=status,
    )


def _notify(request, access_request):
    """Tell editors; a request is kept even if the mail cannot be sent (it is in the admin)."""
    admin_url = request.build_absolute_uri(
        reverse("access_requests_admin:edit", args=[access_request.pk])
    )
    try:
        emails.notify_editors(access_request, admin_url)
    except (OSError, SMTPException):
        logger.exception("Editors could not be told of access request %s", access_request.pk)


@never_cache
def request_sent(request, page_id):
    page = requestable_page(request, page_id)
    return TemplateResponse(
        request,
        "access_requests/request_sent.html",
        {"interview": page_in(page, get_language())},
    )


@never_cache
def sign_in(request, token):
    """
    Log the grant's researcher in and open the interview, in the language of the link. A link
    whose grant ended, was revoked or has not begun signs no one in. Editors and staff sign in
    with their password only: a link sent by e-mail never opens the admin.
    """
    grant = grant_for(token)
    if grant is None:
        raise Http404
    user = grant.user
    usable = (
        grant.is_in_force(access.today())
        and user.is_active
        and not (user.is_staff or user.is_superuser or access.is_editor(user))
    )
    if not usable:
        return TemplateResponse(
            request, "access_requests/link_expired.html", {"grant": grant}, status=410
        )
    login(request, user, backend=SIGN_IN_BACKEND)
    AccessLogEntry.record(AccessLogEntry.Action.SIGNED_IN, user=user, page=grant.page)
    return redirect(page_in(grant.page, get_language()).url)
