"""
The search box in a real browser (headless Chromium through Playwright): suggestions appear as
one types, the arrow keys move through them, Enter opens the chosen one, Escape closes them, and
without a choice Enter runs the search.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture
def search_box(tab):
    tab.goto(f"{tab.site_url}/en/search/")
    return tab.get_by_role("combobox", name="Search the archive")


def test_type_arrow_down_and_enter_opens_the_suggestion(tab, search_box):
    page = tab
    search_box.press_sequentially("sciam", delay=30)
    listbox = page.get_by_role("listbox", name="Suggestions")
    option = listbox.get_by_role("option", name="Céline Sciamma")
    option.wait_for()
    assert search_box.get_attribute("aria-expanded") == "true"

    page.keyboard.press("ArrowDown")

    assert option.get_attribute("aria-selected") == "true"
    assert search_box.get_attribute("aria-activedescendant") == option.get_attribute("id")
    assert page.evaluate("document.activeElement.id") == "search-q"

    page.keyboard.press("Enter")

    page.wait_for_url(f"{tab.site_url}/en/archive/people/celine-sciamma/")
    assert page.locator("h1").text_content().strip() == "Céline Sciamma"
    assert page.console_errors == []


def test_arrows_wrap_around_and_escape_closes(tab, search_box):
    page = tab
    search_box.press_sequentially("alain", delay=30)
    listbox = page.get_by_role("listbox", name="Suggestions")
    listbox.get_by_role("option").first.wait_for()
    options = listbox.get_by_role("option")
    count = options.count()
    assert count >= 2

    page.keyboard.press("ArrowUp")
    assert options.nth(count - 1).get_attribute("aria-selected") == "true"
    page.keyboard.press("ArrowDown")
    assert options.nth(0).get_attribute("aria-selected") == "true"

    page.keyboard.press("Escape")

    assert listbox.is_hidden()
    assert search_box.get_attribute("aria-expanded") == "false"
    assert search_box.get_attribute("aria-activedescendant") is None
    assert page.console_errors == []


def test_enter_without_a_choice_runs_the_search(tab, search_box):
    page = tab
    search_box.press_sequentially("attica", delay=30)
    page.get_by_role("listbox", name="Suggestions").get_by_role("option").first.wait_for()

    page.keyboard.press("Enter")

    page.wait_for_url(f"{tab.site_url}/en/search/?q=attica")
    assert page.get_by_role("heading", name="3 results for “attica”").is_visible()
    assert page.console_errors == []


def test_french_suggestions_on_the_french_page(tab):
    page = tab
    page.goto(f"{tab.site_url}/fr/recherche/")
    box = page.get_by_role("combobox", name="Rechercher dans les archives")
    box.press_sequentially("l'occup", delay=30)
    option = page.get_by_role("option", name="L'occupation", exact=True)
    option.wait_for()
    option.click()
    page.wait_for_url(f"{tab.site_url}/fr/histoire/2019-2022-occupation/")


WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.mark.parametrize("width", [390, 1280])
def test_results_facets_and_open_suggestions_pass_wcag_21_aa(tab, width):
    page = tab
    page.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    failures = []
    for path in (
        "/fr/recherche/?q=occupation",
        "/en/search/?q=horodatage",
        "/en/search/?tag=occupation&sort=date",
        "/fr/recherche/?q=zzzyxwv",
        "/en/search/?q=the",
    ):
        page.goto(f"{tab.site_url}{path}")
        results = axe.run(page, options=WCAG_21_AA)
        if results.violations_count:
            failures.append(f"{path}:\n{results.generate_report()}")
    box = page.get_by_role("combobox")
    box.fill("")
    box.press_sequentially("alain", delay=30)
    page.get_by_role("option").first.wait_for()
    page.keyboard.press("ArrowDown")
    results = axe.run(page, options=WCAG_21_AA)
    if results.violations_count:
        failures.append(f"suggestions open:\n{results.generate_report()}")
    assert not failures, "\n\n".join(failures)
    assert page.console_errors == []
