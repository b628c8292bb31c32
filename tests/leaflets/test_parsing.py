"""The parser of leaflet text, on its own: the forms dates, films and guests take on leaflets."""

import datetime

import pytest

from leaflets.parsing import Line, parse_lines, parse_text

D = datetime.date
T = datetime.time


def one(text, **calendar):
    rows = parse_text(text, **calendar)
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(
    ("line", "date", "time"),
    [
        ("Mardi 14 mars 20h30", D(1995, 3, 14), T(20, 30)),
        ("mardi 14 mars à 20 h 30", D(1995, 3, 14), T(20, 30)),
        ("MARDI 14 MARS · 21H", D(1995, 3, 14), T(21, 0)),
        ("mar. 14 mars 20:30", D(1995, 3, 14), T(20, 30)),
        ("14 mars 1995", D(1995, 3, 14), None),
        ("1er avril, 18h", D(1995, 4, 1), T(18, 0)),
        ("14/03 20h30", D(1995, 3, 14), T(20, 30)),
        ("14.03.95", D(1995, 3, 14), None),
        ("14/03/1996", D(1996, 3, 14), None),
        ("Tuesday 14 March, 8:30 pm", D(1995, 3, 14), T(20, 30)),
        ("Tuesday, March 14 at 8 pm", D(1995, 3, 14), T(20, 0)),
        ("jeudi 16 février", D(1995, 2, 16), None),
        ("jeudi 16 fevrier", D(1995, 2, 16), None),
    ],
)
def test_a_date_in_the_forms_leaflets_use(line, date, time):
    row = one(f"{line}\nAttica", year=1995, month=3)
    assert (row.date, row.time) == (date, time)
    assert row.title == "Attica"


def test_a_month_heading_gives_month_and_year_to_the_days_below_it():
    rows = parse_text("AVRIL 1996\nmardi 2\nAttica\nMAI\nvendredi 3\nXala", year=1995)
    assert [row.date for row in rows] == [D(1996, 4, 2), D(1996, 5, 3)]


def test_the_year_comes_from_the_document_and_january_follows_december():
    rows = parse_text("DÉCEMBRE\n30/12\nAttica\n02/01\nXala", year=1995)
    assert [row.date for row in rows] == [D(1995, 12, 30), D(1996, 1, 2)]


def test_without_a_year_anywhere_the_date_is_left_empty_with_a_low_confidence():
    row = one("mardi 14 mars\nAttica")
    assert row.date is None
    assert row.confidence < 0.6


def test_a_weekday_alone_is_the_next_such_day_after_the_last_event_less_surely():
    rows = parse_text("mardi 14 mars 20h\nAttica\njeu. 20h30\nXala", year=1995)
    assert [(row.date, row.time) for row in rows] == [
        (D(1995, 3, 14), T(20, 0)),
        (D(1995, 3, 16), T(20, 30)),
    ]
    assert rows[1].confidence < rows[0].confidence


def test_a_weekday_that_does_not_fit_the_date_lowers_the_confidence():
    right = one("mardi 14 mars\nAttica", year=1995)
    wrong = one("lundi 14 mars\nAttica", year=1995)
    assert right.date == wrong.date == D(1995, 3, 14)
    assert wrong.confidence < right.confidence


def test_title_director_country_year_and_guests():
    row = one(
        "Mardi 14 mars 20h30\n"
        "ATTICA\n"
        "un film de Cinda Firestone (États-Unis, 1974)\n"
        "En présence de Cinda Firestone et Jean-Pierre Gorin\n",
        year=1995,
    )
    assert row.title == "ATTICA"
    assert row.director == "Cinda Firestone"
    assert (row.country, row.film_year) == ("États-Unis", 1974)
    assert row.guests == ["Cinda Firestone", "Jean-Pierre Gorin"]


@pytest.mark.parametrize(
    ("line", "director"),
    [
        ("de Claire Denis", "Claire Denis"),
        ("un film de Claire Denis", "Claire Denis"),
        ("Réalisé par Claire Denis", "Claire Denis"),
        ("a film by Claire Denis", "Claire Denis"),
        ("de Jean-Marie Straub et Danièle Huillet", "Jean-Marie Straub, Danièle Huillet"),
    ],
)
def test_the_director_in_its_forms(line, director):
    assert one(f"14/03\nBeau travail\n{line}", year=1999).director == director


@pytest.mark.parametrize(
    "phrase",
    ["en présence de", "Débat avec", "rencontre avec", "suivi d'un débat avec", "Q&A with"],
)
def test_the_guests_in_their_forms(phrase):
    row = one(f"14/03\nShoah\n{phrase} Nicole Brenez, Alice Diop", year=1995)
    assert row.guests == ["Nicole Brenez", "Alice Diop"]


def test_the_title_on_the_date_line_and_the_venue():
    row = one("18/03 à 21h — Shoah (France, 1985)\nLieu : Le mur de la rue Daubenton", year=1995)
    assert (row.date, row.time, row.title) == (D(1995, 3, 18), T(21, 0), "Shoah")
    assert row.film_year == 1985
    assert row.venue == "Le mur de la rue Daubenton"


def test_a_title_starting_with_de_is_a_title_not_a_director():
    row = one("14/03\nDe rouille et d'os\nde Jacques Audiard", year=2012)
    assert row.title == "De rouille et d'os"
    assert row.director == "Jacques Audiard"


def test_lines_before_the_first_date_are_not_events():
    rows = parse_text("CINÉMA LA CLEF\nProgramme du mois\nEntrée libre\n14/03\nXala", year=1995)
    assert [row.title for row in rows] == ["Xala"]


def test_a_row_without_a_title_is_kept_but_marked_unsure():
    row = one("14/03 20h30", year=1995)
    assert row.title == ""
    assert row.confidence <= 0.5


def test_the_region_is_the_union_of_the_lines_boxes_on_the_first_page():
    lines = [
        Line("14/03 20h30", (100, 200, 300, 230), 0.9, page=1),
        Line("Attica", (100, 240, 260, 280), 0.8, page=1),
        Line("de Cinda Firestone", (110, 290, 420, 320), 0.7, page=1),
        Line("en présence de Jean Rouch", (50, 10, 500, 40), 0.9, page=2),
    ]
    row = parse_lines(lines, year=1995)[0]
    assert row.region == (100, 200, 420, 320)
    assert row.confidence == pytest.approx(0.825)
    assert row.guests == ["Jean Rouch"]


def test_a_guests_line_broken_before_its_last_name_keeps_every_guest():
    row = one("Mardi 14 mars 20h30\nAttica\nDébat avec Nicole Brenez\net Alice Diop\n", year=1995)
    assert row.guests == ["Nicole Brenez", "Alice Diop"]


def test_a_line_starting_with_et_is_a_guest_only_after_the_guests():
    row = one("Mardi 14 mars 20h30\nAttica\nde Cinda Firestone\net Alice Diop\n", year=1995)
    assert (row.director, row.guests) == ("Cinda Firestone", [])


def test_the_country_and_year_on_a_line_of_their_own_belong_to_the_row():
    lines = [
        Line("Mardi 14 mars 20h30", (80, 100, 400, 130)),
        Line("Touki Bouki", (80, 140, 300, 175)),
        Line("un film de Djibril Diop Mambéty", (80, 180, 560, 210)),
        Line("(Sénégal, 1973)", (80, 220, 300, 250)),
        Line("21 rue de la Clef, Paris 5e", (80, 400, 500, 430)),
    ]
    (row,) = parse_lines(lines, year=1995)
    assert (row.director, row.country, row.film_year) == ("Djibril Diop Mambéty", "Sénégal", 1973)
    assert row.region == (80, 100, 560, 250)
