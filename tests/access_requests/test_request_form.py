"""
A registered or embargoed interview offers "Request access": a form in both languages whose
errors are listed and tied to their fields, protected by CSRF, a honeypot and a rate limit, which
stores nothing it refuses and tells editors of what it accepts.
"""

import datetime

import pytest
from django.core import mail
from django.test import Client

from access_requests.models import AccessRequest
from base.access import AccessLevel
from tests.html import attrs, links, one, soup, text, texts

NBSP = "\u00a0"


def form_data(**changes):
    data = {
        "name": "Ada Lovelace",
        "email": "ada@example.org",
        "institution": "Université Paris 8",
        "intended_use": "A thesis on associative cinemas.",
        "agreed_to_terms": "on",
        "website": "",
    }
    data.update(changes)
    return data


def form_url(page, language="en"):
    return f"/{language}/access/request/{page.pk}/"


@pytest.fixture
def registered(make_interview):
    return make_interview(AccessLevel.REGISTERED, title="The projectionist")


@pytest.mark.django_db
class TestTheOffer:
    def test_a_registered_interview_offers_a_request_beside_the_log_in(self, client, registered):
        page = soup(client.get(registered.url))
        notice = one(page, ".access-notice")
        assert "Request access" in [label for _href, label in links(notice)]
        assert form_url(registered) in [href for href, _label in links(notice)]

    def test_so_does_an_embargoed_one_before_its_date(self, client, make_interview):
        page = make_interview(AccessLevel.EMBARGOED, embargo=datetime.date(2040, 1, 1))
        notice = one(soup(client.get(page.url)), ".access-notice")
        assert form_url(page) in [href for href, _label in links(notice)]

    def test_a_public_interview_does_not(self, client, make_interview):
        page = make_interview(AccessLevel.PUBLIC)
        assert "Request access" not in [label for _href, label in links(soup(client.get(page.url)))]


@pytest.mark.django_db
class TestTheForm:
    def test_it_names_the_interview_gives_the_terms_and_asks_five_things(self, client, registered):
        response = client.get(form_url(registered))
        page = soup(response)
        assert response.status_code == 200
        assert text(one(page, "h1")) == "Request access"
        assert "The projectionist" in text(one(page, ".page-header__intro"))
        assert texts(page, ".terms h2") == ["Terms of use"]
        assert texts(page, ".request-form__field label") == [
            "Your name",
            "Your e-mail address",
            "Institution",
            "Intended use",
            "I agree to the terms of use above.",
        ]
        assert one(page, "input[name=csrfmiddlewaretoken]")

    def test_the_honeypot_is_hidden_from_people_and_says_to_leave_it_empty(
        self, client, registered
    ):
        page = soup(client.get(form_url(registered)))
        trap = one(page, ".request-form__trap")
        assert trap["aria-hidden"] == "true"
        assert text(trap.label) == "Leave this field empty"
        assert one(trap, "input[name=website]")["tabindex"] == "-1"

    def test_it_is_in_french_with_french_typography(self, client, registered):
        page = soup(client.post(form_url(registered, "fr"), form_data(name="")))
        assert text(one(page, "h1")) == "Demander l’accès"
        assert texts(page, ".terms h2") == ["Conditions d’utilisation"]
        # Read as it is (tests.html.text would fold the non-breaking space into a space).
        error = one(page, ".error-summary li").get_text().strip()
        assert error == f"Votre nom{NBSP}: Indiquez votre nom."

    def test_its_menu_and_language_links_follow_the_french_page(self, client, registered):
        page = soup(client.get(form_url(registered, "fr")))
        menu = one(page, "nav.main-nav")
        assert "Histoire orale" in text(menu)
        assert all(href.startswith("/fr/") for href, _ in links(menu))
        switcher = {label.strip(): href for href, label in links(one(page, ".language-switcher"))}
        assert switcher["English"] == form_url(registered, "en")

    def test_a_request_is_kept_and_the_visitor_thanked(self, client, registered):
        response = client.post(form_url(registered), form_data(), follow=True)
        assert response.redirect_chain[-1][0] == f"{form_url(registered)}sent/"
        assert text(one(soup(response), "h1")) == "Request sent"
        request = AccessRequest.objects.get()
        assert (request.page_id, request.email, request.language, request.status) == (
            registered.pk,
            "ada@example.org",
            "en",
            "pending",
        )
        assert request.agreed_to_terms

    def test_editors_are_told_by_e_mail(self, client, registered, settings):
        settings.ACCESS_REQUEST_NOTIFY = ["archive@laclef.example"]
        client.post(form_url(registered), form_data())
        [message] = mail.outbox
        assert message.to == ["archive@laclef.example"]
        assert "Ada Lovelace" in message.subject
        request = AccessRequest.objects.get()
        assert f"/admin/access-requests/edit/{request.pk}/" in message.body
        assert "A thesis on associative cinemas." in message.body

    def test_without_a_list_the_superusers_are(self, client, registered, django_user_model):
        django_user_model.objects.create_superuser("boss", "boss@laclef.example", "x")
        django_user_model.objects.create_superuser(
            "gone", "gone@laclef.example", "x", is_active=False
        )
        client.post(form_url(registered), form_data())
        assert [message.to for message in mail.outbox] == [["boss@laclef.example"]]


@pytest.mark.django_db
class TestRefusedSubmissions:
    def test_errors_are_listed_at_the_top_and_tied_to_their_fields(self, client, registered):
        response = client.post(form_url(registered), form_data(email="nope", agreed_to_terms=""))
        page = soup(response)
        assert response.status_code == 400
        summary = one(page, ".error-summary")
        assert summary["role"] == "alert"
        assert texts(summary, "li") == [
            "Your e-mail address: Enter an e-mail address like name@example.org.",
            "I agree to the terms of use above.: Tick the box to agree to the terms of use.",
        ]
        assert attrs(summary, "a", "href") == ["#id_email", "#id_agreed_to_terms"]
        email = one(page, "#id_email")
        assert email["aria-invalid"] == "true"
        assert "id_email_error" in email["aria-describedby"].split()
        assert text(one(page, "#id_email_error")) == (
            "Error: Enter an e-mail address like name@example.org."
        )
        assert one(page, "#id_name")["value"] == "Ada Lovelace"  # what was typed is kept
        assert AccessRequest.objects.count() == 0
        assert mail.outbox == []

    def test_agreeing_to_the_terms_is_required(self, client, registered):
        data = form_data()
        del data["agreed_to_terms"]
        response = client.post(form_url(registered), data)
        assert texts(soup(response), ".request-form__error") == [
            "Error: Tick the box to agree to the terms of use."
        ]
        assert AccessRequest.objects.count() == 0

    def test_a_filled_honeypot_stores_and_sends_nothing(self, client, registered):
        response = client.post(form_url(registered), form_data(website="http://spam.example"))
        assert response.status_code == 400
        [error] = texts(soup(response), ".error-summary li")
        assert error.startswith("Your request was not sent: the field “Leave this field empty”")
        assert AccessRequest.objects.count() == 0
        assert mail.outbox == []

    def test_an_address_may_send_three_an_hour(self, client, registered, settings):
        settings.ACCESS_REQUEST_NOTIFY = ["archive@laclef.example"]
        for _ in range(3):
            assert client.post(form_url(registered), form_data()).status_code == 302
        response = client.post(form_url(registered), form_data(email="ADA@example.org"))
        assert response.status_code == 429
        [error] = texts(soup(response), ".error-summary li")
        assert "too many requests" in error
        assert AccessRequest.objects.count() == 3
        assert len(mail.outbox) == 3
        other = client.post(form_url(registered), form_data(email="grace@example.org"))
        assert other.status_code == 302

    def test_and_an_ip_address_so_many(self, client, registered, settings):
        settings.ACCESS_REQUEST_RATE_PER_IP = "2/h"
        for number in range(2):
            client.post(form_url(registered), form_data(email=f"r{number}@example.org"))
        response = client.post(form_url(registered), form_data(email="r9@example.org"))
        assert response.status_code == 429
        assert AccessRequest.objects.count() == 2

    def test_a_post_without_the_csrf_token_is_refused(self, registered):
        client = Client(enforce_csrf_checks=True)
        assert client.post(form_url(registered), form_data()).status_code == 403
        assert AccessRequest.objects.count() == 0


@pytest.mark.django_db
class TestWhereThereIsNoForm:
    @pytest.mark.parametrize(
        "access,embargo",
        [
            (AccessLevel.PUBLIC, None),
            (AccessLevel.CLOSED, None),
            (AccessLevel.EMBARGOED, datetime.date(2000, 1, 1)),  # open already
        ],
    )
    def test_public_closed_and_open_interviews_have_none(
        self, client, make_interview, access, embargo
    ):
        page = make_interview(access, embargo=embargo)
        assert client.get(form_url(page)).status_code == 404
        assert client.post(form_url(page), form_data()).status_code == 404
        assert AccessRequest.objects.count() == 0

    def test_nor_a_page_that_does_not_exist_or_is_not_restricted(self, client, site_pages):
        assert client.get("/en/access/request/999999/").status_code == 404
        assert client.get(form_url(site_pages["home"]["en"])).status_code == 404

    def test_nor_an_interview_the_visitor_may_open_already(self, admin_client, registered):
        assert admin_client.get(form_url(registered)).status_code == 404
