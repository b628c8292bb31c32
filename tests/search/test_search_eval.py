"""
The relevance check of docs/search-eval.md: each researcher question finds its record among the
first five results, on the search page of each language the table lists.
"""

import re

import pytest

from tests.paths import PROJECT

EVAL = PROJECT / "docs" / "search-eval.md"
SEARCH_PAGES = {"fr": "/fr/recherche/", "en": "/en/search/"}
COLUMNS = ["#", "Question", "Lang", "Query", "Type", "Expected title", "Status"]
TOP = 5


def questions():
    """The rows of the table, as pytest parameters: one per question and language."""
    lines = [line.strip() for line in EVAL.read_text(encoding="utf-8").splitlines()]
    rows = [line for line in lines if line.startswith("|")]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    assert header == COLUMNS, f"{EVAL.name}: the table's columns must be {COLUMNS}"
    params = []
    for line in rows[2:]:
        row = dict(zip(COLUMNS, (cell.strip() for cell in line.strip("|").split("|")), strict=True))
        marks = []
        if row["Status"] == "known miss":
            marks = [pytest.mark.xfail(strict=True, reason=f"known miss #{row['#']}")]
        else:
            assert not row["Status"], f"row {row['#']}: unknown status {row['Status']!r}"
        for language in row["Lang"].split():
            params.append(
                pytest.param(
                    language,
                    row["Query"],
                    row["Type"],
                    row["Expected title"],
                    id=f"{row['#']}-{language}-{row['Query']}",
                    marks=marks,
                )
            )
    return params


QUESTIONS = questions()


def test_the_table_holds_at_least_25_questions_in_both_languages():
    numbers = {param.id.split("-")[0] for param in QUESTIONS}
    assert len(numbers) >= 25
    assert {param.values[0] for param in QUESTIONS} == {"fr", "en"}
    assert all(re.fullmatch(r"\d+", number) for number in numbers)


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "query", "kind", "title"), QUESTIONS)
def test_the_question_finds_its_record_in_the_first_five(
    client, search_site, language, query, kind, title
):
    response = client.get(SEARCH_PAGES[language], {"q": query, "format": "json"})
    # The table is typed with ordinary spaces; French titles carry their no-break spaces.
    top = [
        (result["type"], result["title"].replace("\u00a0", " ").replace("\u202f", " "))
        for result in response.json()["results"][:TOP]
    ]
    assert (kind, title) in top, f"{query!r} ({language}) found, in its first five: {top}"
