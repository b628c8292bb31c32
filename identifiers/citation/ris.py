"""
RIS from a CSL-JSON item, written by rispy, for EndNote, Zotero, Mendeley and the others that
import RIS. The types are the closest of RIS's: an interview is `SOUND` (a sound recording, as
Zotero writes it), an event `GEN`, a film `MPCT`, an image `ART`, a document `GEN`, a web page or
an entry `ELEC`; an interviewer is a secondary author (`A2`).
"""

import rispy
from rispy.writer import RisWriter

TYPES = {
    "interview": "SOUND",
    "song": "SOUND",
    "motion_picture": "MPCT",
    "graphic": "ART",
    "webpage": "ELEC",
    "entry": "ELEC",
}


def person(name):
    if "family" in name:
        return f"{name['family']}, {name.get('given', '')}".rstrip(", ")
    return name["literal"]


def date(item, variable):
    """RIS's dates: YYYY/MM/DD/ with the parts it knows."""
    parts = item.get(variable, {}).get("date-parts", [[]])[0]
    if not parts:
        return ""
    padded = [str(parts[0])] + [f"{part:02d}" for part in parts[1:]]
    return "/".join(padded + [""] * (3 - len(padded))) + "/"


def reference(item):
    authors = item.get("author", [])
    entry = {
        "type_of_reference": TYPES.get(item["type"], "GEN"),
        "id": item["id"],
        "title": item.get("title"),
        "authors": [person(name) for name in authors],
        "secondary_authors": [person(name) for name in item.get("interviewer", [])],
        "date": date(item, "issued"),
        "year": date(item, "issued")[:4],
        "publisher": item.get("publisher"),
        "place_published": item.get("event-place") or item.get("publisher-place"),
        "type_of_work": item.get("medium") or item.get("genre"),
        "name_of_database": item.get("archive"),
        "accession_number": item.get("archive_location"),
        "urls": [item["URL"]],
        "access_date": date(item, "accessed"),
        "language": item.get("language"),
        "abstract": item.get("abstract"),
    }
    return {tag: value for tag, value in entry.items() if value not in (None, "", [])}


class Writer(RisWriter):
    """RIS as EndNote and Zotero write it, without rispy's numbered line ("1.") before it."""

    def set_header(self, count):
        return ""


def dumps(item):
    return rispy.dumps([reference(item)], implementation=Writer)
