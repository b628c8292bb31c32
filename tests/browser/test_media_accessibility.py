"""
The media pages and the exhibition pages in a real browser: they pass axe-core's WCAG 2.1 A and AA
rules with images, recordings and documents (public and restricted) in them, and the filters and
the download link work with JavaScript turned off.
"""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe

from archive.factories import ArchiveDocumentFactory, ArchiveImageFactory, ArchiveMediaFactory
from base.access import AccessLevel

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}


@pytest.fixture
def items(browser_page):
    return {
        "image": ArchiveImageFactory(title="Festival poster", description="A red poster"),
        "restricted_image": ArchiveImageFactory(
            title="Private photo", access_level=AccessLevel.REGISTERED
        ),
        "recording": ArchiveMediaFactory(title="Talk recording"),
        "document": ArchiveDocumentFactory(
            title="Festival leaflet",
            description="Handed out at the door.",
            date=datetime.date(1995, 3, 1),
            date_precision="month",
        ),
        "restricted_document": ArchiveDocumentFactory(
            title="Minutes",
            access_level=AccessLevel.EMBARGOED,
            embargo_until=datetime.date(2099, 1, 1),
        ),
    }


def test_the_media_and_exhibition_pages_pass_wcag_21_aa(browser_page, live_server, items):
    paths = ["/en/media/", "/fr/medias/", "/en/media/?kind=document"]
    for prefix in ("/en/media/", "/fr/medias/"):
        paths += [
            f"{prefix}images/{items['image'].pk}/",
            f"{prefix}images/{items['restricted_image'].pk}/",
            f"{prefix}av/{items['recording'].pk}/",
            f"{prefix}documents/{items['document'].pk}/",
            f"{prefix}documents/{items['restricted_document'].pk}/",
        ]
    paths += ["/en/exhibitions/palais-de-tokyo-2023/", "/fr/expositions/palais-de-tokyo-2023/"]
    axe = Axe()
    failures = []
    for device, (width, height) in WIDTHS.items():
        browser_page.set_viewport_size({"width": width, "height": height})
        for path in paths:
            browser_page.console_errors.clear()
            response = browser_page.goto(f"{live_server.url}{path}")
            assert response.status == 200, path
            results = axe.run(browser_page, options=WCAG_21_AA)
            if results.violations_count:
                failures.append(f"{device} {path}:\n{results.generate_report()}")
            # The test server does not publish MEDIA_ROOT (the web server does): public images
            # are missing here, which is not what this test is about.
            errors = [
                error
                for error in browser_page.console_errors
                if not error.startswith("Failed to load resource")
            ]
            if errors:
                failures.append(f"{device} {path}: {errors}")
    assert not failures, "\n\n".join(failures)


def test_filtering_and_downloading_work_without_javascript(browser_page, live_server, items):
    context = browser_page.context.browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/media/")
    page.get_by_label("Kind").select_option("document")
    page.get_by_role("button", name="Apply filters").click()
    assert "kind=document" in page.url
    assert page.locator(".media-card").count() == 2
    page.get_by_role("link", name="Festival leaflet").click()
    link = page.get_by_role("link", name="Download the document")
    assert link.get_attribute("href") == items["document"].url
    with page.expect_download() as download:
        link.click(modifiers=["Alt"])
    assert download.value.suggested_filename.endswith(".pdf")
    context.close()
