"""
What the import page gives editors to download, in their language: the columns' documentation
(rendered by templates/archive/admin/import_columns.html) and a template file to fill in.

The texts are interface strings (gettext), so that the French and English guides say the same
thing; docs/import-format.md says it for developers and must stay in step with them.
"""

import csv
import io

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from archive.programme.format import CLEAR_MARKERS, COLUMNS, EXPORTED_AT_COLUMN, NAME_COLUMNS

COLUMN_HELP = {
    "external_id": gettext_lazy(
        "Your identifier for the event (up to 100 characters). Re-imports match events by it; "
        "when it is empty, the event is matched by its date, venue and film."
    ),
    "date": gettext_lazy(
        "Required. YYYY, YYYY-MM or YYYY-MM-DD: the precision you know. For a span, its start."
    ),
    "date_end": gettext_lazy(
        "Only when the sources give a span rather than a date: its end, at its own precision."
    ),
    "time": gettext_lazy("HH:MM (24 h), only with a full date."),
    "event_type": gettext_lazy(
        "screening (the default), talk, open-air, festival, workshop, performance, exhibition "
        "or fundraiser."
    ),
    "title_fr": gettext_lazy("The event's own name in French, when its films do not name it."),
    "title_en": gettext_lazy("The event's own name in English."),
    "film_title": gettext_lazy(
        "The film shown, one row per film: an event that showed several films takes several "
        "rows with the same external_id. Matched to an existing film by title (and year), or "
        "created. A screening, talk or open-air row needs a film or a title."
    ),
    "original_title": gettext_lazy("Only used when the film is created."),
    "director": gettext_lazy(
        "Directors separated by semicolons; only used when the film is created."
    ),
    "film_year": gettext_lazy("Year of release; needed when several films share the title."),
    "country": gettext_lazy(
        "Countries of production, e.g. FR; BE; only used when the film is created."
    ),
    "series": gettext_lazy(
        "The programme strand, matched by its French or English title, or created."
    ),
    "venue": gettext_lazy("Matched by its French or English name, or created."),
    "guests": gettext_lazy(
        "Names separated by semicolons, each with an optional role in brackets: "
        "Claire Denis (director); Yann Gonzalez."
    ),
    "tags": gettext_lazy("Themes, separated by semicolons."),
    "notes_fr": gettext_lazy("What the sources say, in French."),
    "notes_en": gettext_lazy("What the sources say, in English."),
    "source": gettext_lazy("The document the row comes from, e.g. an article's title."),
    "name_fr": gettext_lazy(
        "Written by the exports (what the site calls the event) and skipped by the import."
    ),
    "name_en": gettext_lazy("The same in English; skipped by the import."),
    EXPORTED_AT_COLUMN: gettext_lazy(
        "Written by the exports: when the file was made. Leave it as it is: an event changed "
        "in the archive after that time is shown as a conflict, not overwritten."
    ),
}


def empty_cell_rule():
    """The rule for empty cells, in the active language, with the markers it accepts."""
    return _(
        "An empty cell leaves the event's field as it is (for a new event, the field stays "
        "empty). To clear a field, write %(markers)s in its cell (either word, in either "
        "language)."
    ) % {"markers": _(" or ").join(CLEAR_MARKERS)}


def column_guide():
    """[{name, required, help}] of every column the import reads, in the file's order."""
    return [
        {"name": name, "required": name == "date", "help": COLUMN_HELP[name]}
        for name in [*COLUMNS, EXPORTED_AT_COLUMN]
    ]


def template_csv():
    """
    A file to fill in: the header, comment rows (first cell beginning with #, which the
    import skips) that give the rules in the active language, and two example events.
    """
    columns = [name for name in COLUMNS if name not in NAME_COLUMNS]
    comments = [
        _("# Lines beginning with # are explanations: the import skips them."),
        "# " + empty_cell_rule(),
        _("# One row per film shown; the columns are described on the import page."),
    ]
    examples = [
        {
            "external_id": "exemple-001",
            "date": "1995-03-14",
            "time": "20:30",
            "event_type": "talk",
            "film_title": "Beau travail",
            "director": "Claire Denis",
            "film_year": "1999",
            "country": "FR",
            "venue": "La Clef",
            "guests": "Claire Denis (director)",
            "tags": _("debate"),
            "notes_fr": "Projection suivie d’un débat.",
            "notes_en": "A screening followed by a debate.",
            "source": _("Leaflet, March 1995"),
        },
        {
            "external_id": "exemple-002",
            "date": "1995-03",
            "event_type": "performance",
            "title_fr": "Concert sans film",
            "title_en": "A concert without a film",
            "venue": "La Clef",
            "notes_en": CLEAR_MARKERS[1],
        },
    ]
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    rows = csv.writer(output, lineterminator="\n")
    for comment in comments:
        rows.writerow([comment] + [""] * (len(columns) - 1))
    for example in examples:
        writer.writerow(example)
    return output.getvalue()
