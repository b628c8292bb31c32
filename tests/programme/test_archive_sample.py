"""`generate_sample_archive`: a marked, reproducible sample built from a real film list."""

import io

import pytest
from django.core.management import call_command

from archive.programme.models import Film, Person, Screening, Series, Venue


def generate(*args):
    call_command("generate_sample_archive", *args, stdout=io.StringIO(), stderr=io.StringIO())


def fingerprint():
    return list(
        Screening.objects.filter(is_sample=True)
        .order_by("external_id")
        .values_list(
            "external_id", "date", "date_precision", "event_type", "film_links__film__title"
        )
    )


@pytest.mark.django_db
class TestSampleArchive:
    def test_builds_marked_records_from_the_cannes_list(self):
        generate("--screenings", "200")
        assert Screening.objects.filter(is_sample=True).count() == 200
        assert Film.objects.filter(is_sample=True).count() == 1851
        assert Film.objects.filter(title="Anna and the King of Siam", year=1946).exists()
        for model in (Film, Person, Series, Venue):
            assert not model.objects.filter(is_sample=False).exists(), model

    def test_the_same_seed_gives_the_same_archive(self):
        generate("--screenings", "50", "--seed", "7")
        first = fingerprint()
        generate("--screenings", "50", "--seed", "7")
        assert fingerprint() == first
        generate("--screenings", "50", "--seed", "8")
        assert fingerprint() != first

    def test_delete_removes_only_the_samples(self, site_pages):
        real = Screening.objects.count()
        generate("--screenings", "20")
        generate("--delete")
        assert Screening.objects.count() == real
        assert not Film.objects.filter(is_sample=True).exists()
