"""The interview player in a real browser: seeking, following, searching, deep links."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture
def demo(tab):
    tab.goto(f"{tab.site_url}/fr/histoire-orale/demonstration/")
    tab.wait_for_function("document.querySelector('[data-player]').readyState >= 1", timeout=10_000)
    return tab


def test_clicking_a_time_seeks_and_marks_the_cue_being_spoken(demo):
    cue = demo.locator(".cue[data-start]").nth(3)
    start = float(cue.get_attribute("data-start"))
    cue.locator(".cue__time").click()
    demo.evaluate("document.querySelector('[data-player]').pause()")
    assert demo.evaluate("document.querySelector('[data-player]').currentTime") == pytest.approx(
        start, abs=0.5
    )
    demo.wait_for_function("document.querySelector('.cue[aria-current=true]') !== null")
    assert cue.get_attribute("aria-current") == "true"
    assert "?t=" in demo.url


def test_the_search_box_finds_words_without_their_accents(demo):
    demo.get_by_label("Chercher dans la transcription").fill("evidence")
    demo.wait_for_function("document.querySelectorAll('.cue mark').length > 0")
    assert demo.locator(".cue mark").first.inner_text() == "évidence"
    demo.get_by_role("button", name="Suivante").click()
    assert demo.locator("[data-status]").inner_text().startswith("1 / ")


def test_a_deep_link_starts_at_its_second(tab):
    tab.goto(f"{tab.site_url}/en/oral-history/demonstration/?t=17")
    tab.wait_for_function(
        "document.querySelector('[data-player]').currentTime >= 17", timeout=10_000
    )


def test_everything_is_reachable_with_the_keyboard(demo):
    demo.get_by_label("Chercher dans la transcription").focus()
    demo.keyboard.press("Tab")
    assert demo.evaluate("document.activeElement.textContent") == "Précédente"
    assert demo.console_errors == []
