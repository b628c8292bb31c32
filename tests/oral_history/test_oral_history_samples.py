"""`load_la_clef --with-samples`: demonstrations a newcomer can play, labelled as such."""

import io

import pytest
from django.core.management import call_command

from oral_history.models import InterviewPage, PublicRecording
from oral_history.public_recordings.planning import plan
from oral_history.public_recordings.tasks import make
from tests.html import soup


def load():
    out = io.StringIO()
    call_command("load_la_clef", "--with-samples", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_samples_cover_each_access_rule_and_a_restricted_passage():
    load()
    samples = InterviewPage.objects.filter(is_demonstration=True, locale__language_code="fr")
    assert sorted(samples.values_list("access_level", flat=True)) == [
        "closed",
        "embargoed",
        "public",
    ]
    public = samples.get(access_level="public")
    assert public.redactions.count() == 1
    assert public.cues.count() == 8
    assert public.duration == pytest.approx(40.96, abs=0.1)
    assert InterviewPage.objects.filter(is_demonstration=True).count() == 6  # in both languages


@pytest.mark.django_db
def test_loading_samples_twice_changes_nothing():
    load()
    output = load()
    assert "created" not in output and "updated" not in output


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("/fr/histoire-orale/demonstration/", "Ce n’est pas un témoignage"),
        ("/en/oral-history/demonstration/", "It is not a testimony"),
    ],
)
def test_the_demonstration_says_it_is_not_a_testimony(client, url, label):
    load()
    # Its restricted passage is silent in the version it plays, made as the worker makes it.
    for page in InterviewPage.objects.filter(is_demonstration=True):
        for pk in plan(page.pk):
            if PublicRecording.objects.get(pk=pk).from_date is None:
                make(pk)
    html = client.get(url).content.decode()
    assert soup(html).select('p.demo-notice[role="note"]')
    assert label in html
    assert "<audio" in html
