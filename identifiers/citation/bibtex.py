"""
BibTeX from a CSL-JSON item, for BibTeX and biblatex users (JabRef, Zotero's and Mendeley's
importers read it too). Classic BibTeX has no entry type for an interview, an event or a film,
so they are `@misc`, as Zotero exports them; a web page or an entry is `@online` (biblatex),
which BibTeX reads as `@misc`. Special characters are escaped and names that are not split into
family and given are braced, so that BibTeX prints them as they are.
"""

from identifiers.citation.common import PUBLISHER

ENTRY_TYPES = {"webpage": "online", "entry": "online"}
SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def escape(text):
    return "".join(SPECIAL.get(char, char) for char in str(text))


def person(name):
    if "family" in name:
        return f"{escape(name['family'])}, {escape(name.get('given', ''))}".rstrip(", ")
    return "{" + escape(name["literal"]) + "}"


def names(item, variable):
    return " and ".join(person(name) for name in item.get(variable, []))


def plain_names(item, variable):
    """Names for a note's text, which is escaped as a whole."""
    people = item.get(variable, [])
    return ", ".join(name.get("literal") or f"{name['given']} {name['family']}" for name in people)


def date(item, variable):
    parts = item.get(variable, {}).get("date-parts", [[]])[0]
    return "-".join(f"{part:02d}" if index else str(part) for index, part in enumerate(parts))


def fields(item):
    issued = date(item, "issued")
    note = item.get("medium") or item.get("genre") or ""
    if item.get("interviewer"):
        note = f"{note}; interviewer: {plain_names(item, 'interviewer')}".lstrip("; ")
    return {
        "author": names(item, "author"),
        "title": item.get("title"),
        "date": issued,
        "year": issued[:4],
        "howpublished": PUBLISHER,
        "organization": item.get("archive"),
        "address": item.get("event-place") or item.get("publisher-place"),
        "note": note,
        "url": item.get("URL"),
        "urldate": date(item, "accessed"),
        "langid": {"fr": "french", "en": "english"}.get(item.get("language"), ""),
    }


def dumps(item):
    """One BibTeX entry, keyed by the item's id (its kind and key: `interview-OH-001`)."""
    entry_type = ENTRY_TYPES.get(item["type"], "misc")
    lines = [f"@{entry_type}{{{item['id']},"]
    for field, value in fields(item).items():
        if value:
            text = value if field in ("author",) else escape(value)
            lines.append(f"  {field} = {{{text}}},")
    lines.append("}")
    return "\n".join(lines) + "\n"
