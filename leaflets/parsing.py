"""
Programme rows read from a leaflet's text: pure Python, no database, no Tesseract.

A leaflet lists events one after the other, each starting with its date ("mardi 14 janvier",
"14/01", "jeu. 20h30", "Tuesday 14 January"), then the film's title, its director ("de Claire
Denis", "un film de …"), its country and year in parentheses, its guests ("en présence de …",
"débat avec …", "rencontre avec …") and sometimes its venue. A month alone on its line ("MARS
1995") is a heading: it gives the month and year of the days below it; the year otherwise comes
from the document's own date. Each row keeps the lines it was read from, so that the region of
the scan (the union of their boxes) and a confidence (Tesseract's, lowered for every guess the
parser makes) can be shown to the editor who checks it.
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

MONTHS = {
    "janvier": 1, "janv": 1, "january": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "sept": 9, "september": 9, "sep": 9,
    "octobre": 10, "oct": 10, "october": 10,
    "novembre": 11, "nov": 11, "november": 11,
    "decembre": 12, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = {
    "lundi": 0, "lun": 0, "monday": 0, "mon": 0,
    "mardi": 1, "mar": 1, "tuesday": 1, "tue": 1, "tues": 1,
    "mercredi": 2, "mer": 2, "merc": 2, "wednesday": 2, "wed": 2,
    "jeudi": 3, "jeu": 3, "thursday": 3, "thu": 3, "thurs": 3,
    "vendredi": 4, "ven": 4, "vend": 4, "friday": 4, "fri": 4,
    "samedi": 5, "sam": 5, "saturday": 5, "sat": 5,
    "dimanche": 6, "dim": 6, "sunday": 6, "sun": 6,
}  # fmt: skip

_WEEKDAY = r"(?P<weekday>[a-z]{3,9})\.?,?"
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
TIME = re.compile(
    r"(?:(?<!\w)(?:à|a|at)\s+)?\b(?P<hour>[0-2]?\d)"
    r"(?:\s?(?:h|:)\s?(?P<minute>[0-5]\d)?(?:\s?(?P<half>[ap])\.?m\.?)?|\s?(?P<half_only>[ap])\.?m\.?)"
    r"(?!\w)",
    re.IGNORECASE,
)
# The forms a date takes, tried in this order on the accent-free, lower-case line.
DATE_FORMS = [
    re.compile(rf"^(?:{_WEEKDAY}\s+)?{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?\b"),
    re.compile(rf"^(?:{_WEEKDAY}\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b"),
    re.compile(
        rf"^(?:{_WEEKDAY}\s+)?(?P<day>[0-3]?\d)[/.](?P<month_number>[01]?\d)"
        r"(?:[/.](?P<year>(?:19|20)?\d\d))?\b"
    ),
    re.compile(rf"^{_WEEKDAY}\s+{_DAY}\b"),
    re.compile(rf"^{_WEEKDAY}(?=\s+(?:a\s+|at\s+)?[0-2]?\d\s?[h:])"),
]
HEADING = re.compile(rf"^{_MONTH}(?:\s+{_YEAR})?$")
DIRECTOR = re.compile(
    r"^(?:un\s+film\s+de|film\s+de|realise\s+par|realisation|a\s+film\s+by|directed\s+by|"
    r"de|by)\s*:?\s+(?P<rest>.+)$"
)
PARENTHESES = re.compile(r"\((?P<inside>[^()]*)\)")
FILM_YEAR = re.compile(r"\b(?P<year>(?:18|19|20)\d\d)\b")
GUESTS = re.compile(
    r"^(?:suivi\s+d'un\s+|suivie\s+d'un\s+)?(?:en\s+presence\s+de|debat\s+avec|rencontre\s+avec|"
    r"discussion\s+avec|in\s+the\s+presence\s+of|discussion\s+with|q\s?&\s?a\s+with|"
    r"followed\s+by\s+a\s+discussion\s+with|with\s+guests?)\s*:?\s+(?P<rest>.+)$"
)
# A guests' line broken before its last names: "Débat avec Alice Diop" / "et Nicole Brenez".
MORE_GUESTS = re.compile(r"^(?:et|and|&)\s+(?P<rest>.+)$")
VENUE = re.compile(r"^(?:lieu|salle|venue|ou|where)\s*:\s*(?P<rest>.+)$")
NAME_SEPARATORS = re.compile(r"\s*(?:,|;|\bet\b|\band\b|&)\s*")
EDGE_PUNCTUATION = " \t-–—:·|,;.«»\"'“”*"
# The confidence kept after each guess the parser makes.
GUESSED_WEEKDAY_DATE = 0.6
WEEKDAY_MISMATCH = 0.7
NO_YEAR = 0.5
NO_TITLE = 0.5


@dataclass
class Line:
    """A line of text with its box (left, top, right, bottom) and Tesseract's confidence, 0–1."""

    text: str
    box: tuple = (0, 0, 0, 0)
    confidence: float = 1.0
    page: int = 1


@dataclass
class Row:
    """A suggested programme row, with the lines it was read from."""

    date: datetime.date | None = None
    time: datetime.time | None = None
    title: str = ""
    director: str = ""
    country: str = ""
    film_year: int | None = None
    guests: list = field(default_factory=list)
    venue: str = ""
    lines: list = field(default_factory=list)
    guess: float = 1.0
    last_read: str = ""  # what the last line after the date gave: "guests", "director", …

    @property
    def region(self):
        page = self.lines[0].page if self.lines else 1
        boxes = [line.box for line in self.lines if line.page == page and line.box[2] > line.box[0]]
        if not boxes:
            return (0, 0, 0, 0)
        return (
            min(box[0] for box in boxes),
            min(box[1] for box in boxes),
            max(box[2] for box in boxes),
            max(box[3] for box in boxes),
        )

    @property
    def confidence(self):
        read = sum(line.confidence for line in self.lines) / len(self.lines) if self.lines else 0
        return round(read * self.guess, 3)

    @property
    def source_text(self):
        return "\n".join(line.text for line in self.lines)


def fold(text):
    """Lower case without accents, spaces made single: what the patterns read."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.lower().split())


def clean(text):
    return " ".join(text.split()).strip(EDGE_PUNCTUATION)


@dataclass
class _Calendar:
    """The month and year in force (from a heading or the document), and the last day read."""

    year: int | None
    month: int | None
    last: datetime.date | None = None


def _match_date(folded):
    """(match, form index) for a date at the start of the folded line, or (None, None)."""
    for index, form in enumerate(DATE_FORMS):
        match = form.match(folded)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("weekday") and groups["weekday"] not in WEEKDAYS:
            continue
        if groups.get("month") and groups["month"] not in MONTHS:
            continue
        return match, index
    return None, None


def _resolve_date(groups, calendar):
    """(date or None, guess factor) for a matched date, given the calendar in force."""
    weekday = WEEKDAYS.get(groups.get("weekday") or "")
    if groups.get("day") is None:
        if calendar.last is None or weekday is None:
            return None, NO_YEAR
        ahead = (weekday - calendar.last.weekday()) % 7 or 7
        return calendar.last + datetime.timedelta(days=ahead), GUESSED_WEEKDAY_DATE
    day = int(groups["day"])
    month = MONTHS.get(groups.get("month") or "") or (
        int(groups["month_number"]) if groups.get("month_number") else calendar.month
    )
    year = groups.get("year")
    if year:
        year = int(year) + (2000 if int(year) < 50 else 1900) if len(year) == 2 else int(year)
    else:
        year = calendar.year
    if not month or not year:
        return None, NO_YEAR
    if not groups.get("year") and calendar.month and month < calendar.month - 6:
        year += 1  # a January page after a December heading
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return None, NO_YEAR
    guess = 1.0 if weekday is None or weekday == date.weekday() else WEEKDAY_MISMATCH
    return date, guess


def _read_time(text):
    match = TIME.search(text)
    if not match or int(match["hour"]) > 23:
        return None, text
    hour = int(match["hour"])
    half = match["half"] or match["half_only"] or ""
    if half.lower() == "p" and hour < 12:
        hour += 12
    time = datetime.time(hour, int(match["minute"] or 0))
    return time, text[: match.start()] + " " + text[match.end() :]


def _names(text):
    return [clean(name) for name in NAME_SEPARATORS.split(text) if clean(name)]


def _read_film_details(row, text):
    """Country and year from "(France, 1999)" on a title or director line; the rest returned."""
    match = PARENTHESES.search(text)
    if not match:
        return text
    parts = [clean(part) for part in match["inside"].split(",")]
    for part in parts:
        year = FILM_YEAR.fullmatch(part)
        if year:
            row.film_year = int(year["year"])
        elif part and not re.search(r"\d", part):
            row.country = "; ".join(filter(None, [row.country, part]))
    return text[: match.start()] + text[match.end() :]


def _read_detail(row, line):
    """
    Put one line after the date line into the row, if it is its director, guests, venue, title
    or the film's country and year alone; True if it was, so that the row's region covers only
    the lines it was read from.
    """
    row.last_read = _detail(row, line)
    return bool(row.last_read)


def _detail(row, line):
    """What the line gives the row ("guests", "venue", …), or "" when it is none of them."""
    folded = fold(line.text)
    guests = GUESTS.match(folded) or (row.last_read == "guests" and MORE_GUESTS.match(folded))
    if guests:
        start = len(line.text) - len(guests["rest"])
        row.guests += _names(_original_tail(line.text, start))
        return "guests"
    venue = VENUE.match(folded)
    if venue:
        row.venue = clean(_original_tail(line.text, len(line.text) - len(venue["rest"])))
        return "venue"
    director = DIRECTOR.match(folded) if row.title else None
    if director and not row.director:
        rest = _original_tail(line.text, len(folded) - len(director["rest"]))
        row.director = ", ".join(_names(_read_film_details(row, rest)))
        return "director"
    rest = _read_film_details(row, line.text)
    text = clean(rest)
    if not row.title and text:
        row.title = text
        return "title"
    if rest != line.text and not text:
        return "details"
    return ""


def _original_tail(text, start):
    """The end of the original line from the folded line's offset (folding keeps lengths)."""
    normalised = " ".join(text.replace("’", "'").split())
    return normalised[max(start, 0) :]


def _start_row(line, match, form, calendar):
    row = Row(lines=[line])
    row.date, row.guess = _resolve_date(match.groupdict(), calendar)
    if row.date:
        calendar.last = row.date
    rest = _original_tail(line.text, match.end())
    row.time, rest = _read_time(rest)
    if form == len(DATE_FORMS) - 1 and row.time is None:
        row.guess *= NO_YEAR
    rest = clean(_read_film_details(row, rest))
    if rest:
        row.title = rest
    return row


def _heading(folded, calendar):
    """Is the line a month heading? Then it sets the calendar."""
    match = HEADING.match(folded)
    if not match or match["month"] not in MONTHS or match["month"] in WEEKDAYS:
        return False
    calendar.month = MONTHS[match["month"]]
    if match["year"]:
        calendar.year = int(match["year"])
    return True


def parse_lines(lines, *, year=None, month=None):
    """
    The rows a leaflet's lines describe. `year` and `month` are the document's own date (or
    None), used until a heading gives others.
    """
    calendar = _Calendar(year=year, month=month)
    rows = []
    current = None
    for line in lines:
        folded = fold(line.text)
        if not folded.strip(EDGE_PUNCTUATION):
            continue
        if _heading(folded, calendar):
            current = None
            continue
        match, form = _match_date(folded)
        if match:
            current = _start_row(line, match, form, calendar)
            rows.append(current)
            continue
        if current is not None and _read_detail(current, line):
            current.lines.append(line)
    for row in rows:
        if not row.title:
            row.guess *= NO_TITLE
    return rows


def parse_text(text, *, year=None, month=None):
    """`parse_lines` for plain text, one line a line (no boxes)."""
    return parse_lines([Line(line) for line in text.splitlines()], year=year, month=month)
