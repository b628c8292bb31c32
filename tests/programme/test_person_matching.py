"""
One rule matches a name to a person for every importer (`person_name_key`): the programme CSV
and the OHMS interviews find the same record for the same name.
"""

import pytest

from archive.factories import PersonFactory
from archive.programme.models import Person
from archive.programme.models.people import person_name_key


@pytest.mark.parametrize(
    ("written", "same_as"),
    [
        ("Claire Denis", "Claire Denis"),
        ("  claire   DENIS ", "Claire Denis"),
        ("Claire\tDenis", "Claire Denis"),
        ("CHANTAL AKERMAN", "Chantal Akerman"),
        ("straße", "STRASSE"),  # casefold, not lower: what a German spreadsheet may write
    ],
)
def test_names_differing_in_spacing_or_case_are_the_same_person(written, same_as):
    assert person_name_key(written) == person_name_key(same_as)


@pytest.mark.parametrize(
    ("written", "other"),
    [
        ("Claire Denis", "Claire Denis (director)"),
        ("Jean-Luc Godard", "Jean Luc Godard"),
        ("Agnès Varda", "Agnes Varda"),  # accents are part of a name
    ],
)
def test_other_differences_make_another_person(written, other):
    assert person_name_key(written) != person_name_key(other)


@pytest.mark.django_db
def test_by_name_key_reads_every_person_once_and_the_first_in_order_wins():
    first = PersonFactory(name="Claire Denis", sort_name="Denis, Claire")
    PersonFactory(name="claire denis", sort_name="Denis, Claire")  # a duplicate an editor made
    varda = PersonFactory(name="Agnès Varda", roles=["director"])
    people = Person.objects.by_name_key("roles")
    assert people[person_name_key("CLAIRE  DENIS")] == (first.pk, ["guest"])
    assert people[person_name_key("agnès varda")] == (varda.pk, ["director"])
    assert len(people) == 2
