"""
What earlier versions of the programme loader wrote, so that running `load_la_clef` on a site
loaded by one of them brings each object no editor touched up to date, and leaves the others
(`base.seeding.Seeder.record`'s `earlier`).

Each entry gives, for an object's seed key, the values that differed from what the loader
writes now, in today's fields and as the migrations left them; a field the loader did not
manage then is at its empty value. Before the events had titles and two languages (migration
0012), the loader wrote no title, no span and no English notes: the notes it wrote were English,
and the migration moved them to `notes_en`; series were not marked as the archive's groupings,
and Attica had no synopsis. Before venues had a kind (migration 0015), the loader wrote none.
"""


def _untitled_event(english_notes):
    return {
        "title": "",
        "title_en": "",
        "date_end": None,
        "date_end_precision": "",
        "notes": "",
        "notes_en": english_notes,
    }


BEFORE_TITLES = {
    "archive:screening:laclef-2019-occupation-first-night": _untitled_event(
        "The first night of the occupation by the La Clef Revival collective: the film "
        "shown was Attica, about the Attica Prison riot."
    ),
    "archive:screening:laclef-2019-swan-lake": _untitled_event(
        "Later in 2019, striking workers of the Paris Opera Ballet performed Swan Lake at "
        "the occupied cinema."
    ),
    "archive:screening:laclef-2023-11-palais-de-tokyo": _untitled_event(
        "An art exhibition and sale to raise money for the purchase of the cinema. The "
        "artists in the exhibition included David Lynch, Alain Guiraudie, Philippe "
        "Katerine, Orlan, Pierre Huyghe and Zineb Sedira."
    ),
    "archive:series:images-dailleurs": {"title_en": ""},
    "archive:series:seances-de-l-occupation": {
        "is_archive_grouping": False,
        "description": (
            "Pendant l'occupation, les bénévoles proposaient chaque soir une séance à prix "
            "libre, souvent suivie d'un débat avec le ou la cinéaste."
        ),
        "description_en": (
            "During the occupation the volunteers offered an open-price screening every "
            "evening, often followed by a discussion with the film's director."
        ),
    },
    "archive:series:festival-permanent-2022": {
        "is_archive_grouping": False,
        "description": (
            "Après l'ordre de fermeture du 31 janvier 2022, le collectif a tenu un festival de "
            "cinéma permanent, de 6 h à 23 h chaque jour, pendant les semaines suivantes."
        ),
        "description_en": (
            "After the closure order of 31 January 2022 the collective held a permanent film "
            "festival, from 6 am to 11 pm every day, for the following weeks."
        ),
    },
    "archive:series:projections-sur-le-mur": {
        "is_archive_grouping": False,
        "description": (
            "Pendant le confinement lié au COVID-19, des films projetés régulièrement sur le mur "
            "extérieur du cinéma. Les sources ne les datent pas."
        ),
        "description_en": (
            "Films screened regularly on the cinema's outside wall during the COVID-19 "
            "lockdown. The sources do not date them."
        ),
    },
    "archive:series:studio-34": {"title_en": ""},
    "archive:film:attica": {"synopsis": "", "synopsis_en": ""},
}


# A venue before venues had a kind (migration 0015): the loader did not write one, and the
# migration gave each seed venue the kind the loader writes now, so nothing differs.
VENUE_BEFORE_KINDS = {}


def earlier(key):
    """What earlier loaders wrote for the object of `key`, for `Seeder.record(earlier=...)`."""
    versions = [BEFORE_TITLES[key]] if key in BEFORE_TITLES else []
    if key.startswith("archive:venue:"):
        versions.append(VENUE_BEFORE_KINDS)
    return versions
