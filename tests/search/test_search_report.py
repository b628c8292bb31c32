"""
The editors' report of search terms: the most frequent queries of the last 30 days, and those
that found nothing, counted in the background and shown in Wagtail's Reports menu to the editors
who choose promoted results.
"""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from search import querylog
from search.models import SearchTermDay
from tests.html import soup

TERMS = reverse("search_terms_report")
EMPTY = reverse("search_empty_terms_report")


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def counts(db, today):
    """Searches of the last weeks, and older ones the report leaves out."""

    def day(days_ago, query, searches, empty=0):
        SearchTermDay.objects.create(
            query_string=query,
            day=today - datetime.timedelta(days=days_ago),
            searches=searches,
            empty_searches=empty,
        )

    day(0, "attica", 5)
    day(3, "attica", 4)
    day(29, "attica", 1)
    day(1, "godard", 7)
    day(2, "swan lake", 2, empty=2)
    day(0, "zanzibar", 1, empty=1)
    day(5, "zanzibar", 2, empty=2)
    day(30, "old question", 50, empty=50)
    day(400, "attica", 100)


@pytest.fixture
def editor(django_user_model):
    """An editor who manages promoted results, not an administrator."""
    user = django_user_model.objects.create_user("promoter", password="x")
    group = Group.objects.create(name="Promoters")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_searchpromotion"),
    )
    user.groups.add(group)
    return in_english(user)


def in_english(user):
    """The admin speaks the editor's chosen language (French by default): English here."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture(autouse=True)
def english_admin(admin_user):
    in_english(admin_user)


def rows(html):
    """(query, searches, found nothing) for each row of the report's table."""
    body = soup(html).find(id="listing-results").find_next("tbody")
    found = []
    for row in body.find_all("tr"):
        cells = [" ".join(cell.get_text(" ").split()) for cell in row.find_all("td")]
        found.append((cells[0], int(cells[1]), int(cells[2])))
    return found


@pytest.mark.django_db
def test_the_most_frequent_queries_of_the_last_30_days(admin_client, counts):
    response = admin_client.get(TERMS)
    assert response.status_code == 200
    html = response.content.decode()
    assert rows(html) == [
        ("attica", 10, 0),
        ("godard", 7, 0),
        ("zanzibar", 3, 3),
        ("swan lake", 2, 2),
    ]
    assert "Searches on the site" in html


@pytest.mark.django_db
def test_the_queries_that_found_nothing_separately(admin_client, counts):
    html = admin_client.get(EMPTY).content.decode()
    assert rows(html) == [("zanzibar", 3, 3), ("swan lake", 2, 2)]
    assert "Searches that found nothing" in html
    links = soup(html).select(f'a[href="{TERMS}"]')
    assert "Searches on the site" in [link.get_text() for link in links]


@pytest.mark.django_db
def test_each_query_links_to_the_public_search(admin_client, counts, site_pages):
    page = soup(admin_client.get(TERMS))
    assert page.select('a[href="/fr/recherche/?q=swan+lake"]')


@pytest.mark.django_db
def test_the_report_sorts_by_query_or_count(admin_client, counts):
    html = admin_client.get(TERMS, {"ordering": "query_string"}).content.decode()
    assert [row[0] for row in rows(html)] == ["attica", "godard", "swan lake", "zanzibar"]
    html = admin_client.get(EMPTY, {"ordering": "-total"}).content.decode()
    assert [row[0] for row in rows(html)] == ["zanzibar", "swan lake"]


@pytest.mark.django_db
def test_the_report_exports_to_csv(admin_client, counts):
    response = admin_client.get(TERMS, {"export": "csv"})
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0] == "Requête,Recherches,Recherches sans résultat"  # the admin speaks French
    assert lines[1:] == ["attica,10,0", "godard,7,0", "zanzibar,3,3", "swan lake,2,2"]


@pytest.mark.django_db
def test_an_empty_report_says_so(admin_client):
    html = admin_client.get(EMPTY).content.decode()
    assert "There are no results." in html


@pytest.mark.django_db
def test_editors_who_promote_results_see_the_report_in_the_menu(client, editor, counts):
    client.force_login(editor)
    assert client.get(TERMS).status_code == 200
    assert client.get(EMPTY).status_code == 200
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert TERMS in html
    assert EMPTY in html


@pytest.mark.django_db
def test_other_editors_and_visitors_do_not(client, django_user_model, counts):
    assert client.get(TERMS).status_code == 302
    user = django_user_model.objects.create_user("writer", password="x")
    group = Group.objects.create(name="Writers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    assert client.get(TERMS).status_code in (302, 403)
    assert client.get(EMPTY).status_code in (302, 403)
    assert TERMS not in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.django_db
def test_wagtails_own_search_terms_report_is_replaced(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailsearchpromotions:search_terms") not in html
    assert TERMS in html


def forget_earlier_searches():
    """The counts other tests' searches left on the queue, written and then deleted."""
    querylog.flush()
    SearchTermDay.objects.all().delete()


@pytest.mark.django_db
def test_searches_are_counted_without_a_write_during_the_search(client, site_pages, today):
    forget_earlier_searches()
    for query in ("Attica", "attica ", "zzzyxwv"):
        client.get("/en/search/", {"q": query})
    assert not SearchTermDay.objects.filter(query_string__in=["attica", "zzzyxwv"]).exists()

    assert querylog.flush() == 3

    counted = dict(SearchTermDay.objects.filter(day=today).values_list("query_string", "searches"))
    assert counted == {"attica": 2, "zzzyxwv": 1}
    assert SearchTermDay.objects.get(query_string="zzzyxwv").empty_searches == 1
    assert SearchTermDay.objects.get(query_string="attica").empty_searches == 0


@pytest.mark.django_db
def test_searches_are_added_to_the_days_count(client, site_pages, today):
    forget_earlier_searches()
    client.get("/en/search/", {"q": "godard"})
    querylog.flush()
    client.get("/fr/recherche/", {"q": "Godard", "format": "json"})
    querylog.flush()
    assert SearchTermDay.objects.get(query_string="godard", day=today).searches == 2
