"""
The whole cycle in a real browser: a visitor asks for an embargoed interview, an editor signs in
to the admin and approves it, the researcher opens the link from the e-mail and hears and reads
the interview; with the clock past the grant's last day, it is shut again. The form, with its
errors, passes axe-core's WCAG 2.1 AA rules.
"""

import datetime
import io
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.core.management import call_command
from wagtail.users.models import UserProfile

from base import access
from oral_history.models import InterviewPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
LINK = re.compile(r"https?://\S+/access/sign-in/\S+/")
ADMIN = re.compile(r"https?://\S+/admin/access-requests/edit/\d+/")


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_superuser(
        "editor", "editor@laclef.example", "a long editor password"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def test_request_approve_listen_and_expire(browser_page, live_server, editor, monkeypatch):
    call_command("load_la_clef", "--with-samples", stdout=io.StringIO())
    interview = InterviewPage.objects.get(
        is_demonstration=True, access_level="embargoed", locale__language_code="en"
    )
    today = datetime.date.today()
    monkeypatch.setattr(access, "today", lambda: today)
    mail.outbox.clear()
    visitor = browser_page

    # A visitor finds the embargoed interview shut, with a way to ask.
    visitor.goto(f"{live_server.url}{interview.url}")
    assert visitor.locator("audio").count() == 0
    visitor.get_by_role("link", name="Request access").click()
    visitor.get_by_role("button", name="Send the request").click()
    summary = visitor.get_by_role("alert")
    assert "Enter your name." in summary.inner_text()
    results = Axe().run(visitor, options=WCAG_21_AA)
    assert not results.violations_count, results.generate_report()
    visitor.get_by_label("Your name").fill("Ada Lovelace")
    visitor.get_by_label("Your e-mail address").fill("ada@example.org")
    visitor.get_by_label("Institution").fill("Université Paris 8")
    visitor.get_by_label("Intended use").fill("A thesis on associative cinemas.")
    visitor.get_by_label("I agree to the terms of use above.").check()
    visitor.get_by_role("button", name="Send the request").click()
    assert visitor.get_by_role("heading", level=1).text_content().strip() == "Request sent"

    # The editor is told, signs in to the admin and approves for the default 90 days.
    [notice] = mail.outbox
    assert notice.to == ["editor@laclef.example"]
    admin = visitor.context.browser.new_context().new_page()
    admin.goto(ADMIN.search(notice.body).group(0))
    admin.locator("#id_username").fill("editor")
    admin.locator("#id_password").fill("a long editor password")
    admin.locator("button[type=submit]").click()
    admin.wait_for_url(ADMIN)
    assert "A thesis on associative cinemas." in admin.locator("main").inner_text()
    assert admin.get_by_label("Days of access").input_value() == "90"
    admin.locator("button[value=approve]").click()
    admin.wait_for_url(re.compile(r"/admin/access-requests/$"))
    assert "Access granted until" in admin.locator(".messages").inner_text()

    # The researcher opens the link from the e-mail: signed in, the interview plays.
    approval = mail.outbox[-1]
    assert approval.to == ["ada@example.org"]
    visitor.goto(LINK.search(approval.body).group(0))
    assert visitor.url == f"{live_server.url}{interview.url}"
    player = "document.querySelector('[data-player]')"
    visitor.wait_for_function(f"{player}.readyState >= 1", timeout=10_000)
    cue = visitor.locator(".cue[data-start]").nth(2)
    assert cue.inner_text().strip()
    start = float(cue.get_attribute("data-start"))
    cue.locator(".cue__time").click()
    visitor.evaluate(f"{player}.pause()")
    assert visitor.evaluate(f"{player}.currentTime") == pytest.approx(start, abs=0.5)
    recording = visitor.locator("audio").get_attribute("src").split("#")[0]
    assert visitor.request.get(f"{live_server.url}{recording}").status == 200

    # The day after the grant's last day: nothing opens, and the link signs no one in.
    monkeypatch.setattr(access, "today", lambda: today + datetime.timedelta(days=90))
    visitor.reload()
    assert visitor.locator("audio").count() == 0
    assert visitor.get_by_role("link", name="Request access").is_visible()
    assert visitor.request.get(f"{live_server.url}{recording}").status == 404
    visitor.goto(LINK.search(approval.body).group(0))
    heading = visitor.get_by_role("heading", level=1).text_content().strip()
    assert heading == "This link no longer opens the interview"
    # The refused form (400) and the spent link (410) answer with their status on purpose.
    assert [
        error for error in visitor.console_errors if "Failed to load resource" not in error
    ] == []
