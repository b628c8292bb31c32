"""A real visitor in a real browser: headless Chromium, driven by Playwright."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_a_visitor_switches_from_french_to_english(tab):
    page = tab
    page.goto(f"{tab.site_url}/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text().lower() == "les archives de la clef"

    page.get_by_role("navigation", name="Langue").get_by_role("link", name="English").click()
    page.wait_for_url(f"{tab.site_url}/en/")

    assert page.locator("html").get_attribute("lang") == "en"
    assert (
        page.get_by_role("navigation", name="Main")
        .get_by_role("link", name="History", exact=True)
        .is_visible()
    )
    assert page.console_errors == []


def test_the_first_tab_reaches_the_skip_link(tab):
    page = tab
    page.goto(f"{tab.site_url}/en/history/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to content"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_the_timeline_jumps_to_a_decade_from_the_keyboard_on_a_phone(tab):
    page = tab
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{tab.site_url}/en/history/")
    decades = page.get_by_role("navigation", name="Decades")
    decades.get_by_role("link", name="2020s").focus()
    page.keyboard.press("Enter")

    anchor = page.evaluate("location.hash")
    assert anchor.startswith("#event-")
    target = page.locator(anchor)
    assert "2022" in target.locator("time").get_attribute("datetime")
    box = target.bounding_box()
    assert 0 <= box["y"] < 844
    assert decades.is_visible()  # the decade bar stays on screen to jump again
