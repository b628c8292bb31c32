"""
The e-mails of a request: to editors when one arrives, to the researcher when it is decided.

Their text lives in templates/access_requests/email/ (a subject and a body each), rendered in the
language of the request for the researcher and in the site's language for editors. Addresses of
editors come from `ACCESS_REQUEST_NOTIFY`, or are every active superuser's.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def editor_addresses():
    if settings.ACCESS_REQUEST_NOTIFY:
        return list(settings.ACCESS_REQUEST_NOTIFY)
    users = get_user_model().objects.filter(is_active=True, is_superuser=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def send(name, context, to, language):
    """Render `email/<name>_subject.txt` and `email/<name>.txt` in `language` and send them."""
    with translation.override(language):
        subject = render_to_string(f"access_requests/email/{name}_subject.txt", context)
        body = render_to_string(f"access_requests/email/{name}.txt", context)
    # One line, its non-breaking spaces kept (French puts one before a colon).
    send_mail(" ".join(subject.splitlines()).strip(), body, None, to)


def notify_editors(access_request, admin_url):
    to = editor_addresses()
    if to:
        context = {"access_request": access_request, "admin_url": admin_url}
        send("new_request", context, to, settings.LANGUAGE_CODE)


def tell_approved(access_request, grant, *, interview, sign_in_url, page_url):
    context = {
        "access_request": access_request,
        "interview_title": interview.title,
        "grant": grant,
        "sign_in_url": sign_in_url,
        "page_url": page_url,
    }
    send("approved", context, [access_request.email], access_request.language)


def tell_refused(access_request, *, interview):
    context = {"access_request": access_request, "interview_title": interview.title}
    send("refused", context, [access_request.email], access_request.language)
