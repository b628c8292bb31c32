"""
Every public page passes axe-core's WCAG 2.1 A and AA rules, at phone and desktop widths, in a
real browser (landmarks, labels, contrast, names of links and controls, language of the page).
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.conftest import SECTION_URLS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = [
    "/fr/",
    "/en/",
    *(url for urls in SECTION_URLS.values() for url in urls.values()),
    "/fr/histoire/2019-2022-occupation/",
    "/en/history/2022-2024-buying-la-clef/",
    "/en/search/?q=cinema",
    "/fr/histoire-orale/demonstration/",
    "/en/oral-history/demonstration-embargoed/",
    "/fr/accounts/login/",
]
NOT_FOUND = "/fr/page-qui-n-existe-pas/"
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}


def test_every_public_page_passes_wcag_21_aa(tab):
    axe = Axe()
    failures = []
    for device, (width, height) in WIDTHS.items():
        tab.set_viewport_size({"width": width, "height": height})
        for path in [*PAGES, NOT_FOUND]:
            tab.console_errors.clear()
            tab.goto(f"{tab.site_url}{path}")
            results = axe.run(tab, options=WCAG_21_AA)
            if results.violations_count:
                failures.append(f"{device} {path}:\n{results.generate_report()}")
            if path != NOT_FOUND and tab.console_errors:
                failures.append(f"{device} {path}: {tab.console_errors}")
    assert not failures, "\n\n".join(failures)
