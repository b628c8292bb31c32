"""
A real visitor in a real browser: headless Chromium, driven by Playwright.

Needs Debian's `chromium`. Without it the test is skipped with its reason, except in CI, where
`.ci/run` installs it and a skip counts as a failure.
"""

import io
import shutil

import pytest
from django.core.management import call_command

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def browser_page(live_server, monkeypatch):
    if not shutil.which("chromium"):
        pytest.skip("Chromium is not installed (Debian package 'chromium').")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
    # around it are still synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    call_command("load_la_clef", stdout=io.StringIO())
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page()
        page.console_errors = []
        page.on(
            "console",
            lambda message: message.type == "error" and page.console_errors.append(message.text),
        )
        page.on("pageerror", lambda error: page.console_errors.append(str(error)))
        yield page
        browser.close()


def test_a_visitor_switches_from_french_to_english(browser_page, live_server):
    page = browser_page
    page.goto(f"{live_server.url}/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text().lower() == "les archives de la clef"

    page.get_by_role("navigation", name="Langue").get_by_role("link", name="English").click()
    page.wait_for_url(f"{live_server.url}/en/")

    assert page.locator("html").get_attribute("lang") == "en"
    assert (
        page.get_by_role("navigation", name="Main")
        .get_by_role("link", name="History", exact=True)
        .is_visible()
    )
    assert page.console_errors == []


def test_the_first_tab_reaches_the_skip_link(browser_page, live_server):
    page = browser_page
    page.goto(f"{live_server.url}/en/history/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to content"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
