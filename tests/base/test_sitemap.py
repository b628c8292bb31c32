"""The sitemap lists the published pages of every language, and nothing else."""

import re

import pytest

from tests.conftest import SECTION_URLS


def locations(client):
    return {
        re.sub(r"^https?://[^/]+", "", loc)
        for loc in re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap.xml").content.decode())
    }


@pytest.mark.django_db
def test_lists_both_languages(client, site_pages):
    found = locations(client)
    assert {"/fr/", "/en/"} <= found
    for urls in SECTION_URLS.values():
        assert {urls["fr"], urls["en"]} <= found


@pytest.mark.django_db
def test_leaves_out_unpublished_pages(client, site_pages):
    site_pages["archive"]["en"].unpublish()
    assert "/en/archive/" not in locations(client)
