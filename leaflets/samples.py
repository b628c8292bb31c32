"""
Leaflets made from known programme text, for the tests and the measures (bench/leaflets.py):
a month of events laid out as La Clef's leaflets lay them out, in one column or in two or three
(lines too long for a column broken between a name and the next, never inside one), drawn by
Pillow in one of a few fonts, then worn like a scan (noise, a slight rotation, a low
resolution) when asked. Each comes with the events it shows, so that what Tesseract and the
parser read can be checked.
"""

import datetime
import random
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype")
FONTS = {
    "dejavu-sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "dejavu-serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "liberation-sans": (
        "liberation/LiberationSans-Regular.ttf",
        "liberation/LiberationSans-Bold.ttf",
    ),
    "liberation-serif": (
        "liberation/LiberationSerif-Regular.ttf",
        "liberation/LiberationSerif-Bold.ttf",
    ),
}
LAYOUTS = ("classic", "compact", "weekday")
EVENTS_PER_COLUMN = 4
FILMS = [
    ("Attica", "Cinda Firestone", "États-Unis", 1974),
    ("Beau travail", "Claire Denis", "France", 1999),
    ("Cléo de 5 à 7", "Agnès Varda", "France", 1962),
    ("Jeanne Dielman", "Chantal Akerman", "Belgique", 1975),
    ("La Jetée", "Chris Marker", "France", 1962),
    ("Le Mépris", "Jean-Luc Godard", "France", 1963),
    ("Les Glaneurs et la Glaneuse", "Agnès Varda", "France", 2000),
    ("Nénette et Boni", "Claire Denis", "France", 1996),
    ("Sans soleil", "Chris Marker", "France", 1983),
    ("Tokyo Story", "Yasujirō Ozu", "Japon", 1953),
    ("Le Chagrin et la Pitié", "Marcel Ophuls", "France", 1969),
    ("Chronique d'un été", "Jean Rouch", "France", 1961),
    ("La Maman et la Putain", "Jean Eustache", "France", 1973),
    ("Daughters of the Dust", "Julie Dash", "États-Unis", 1991),
    ("Touki Bouki", "Djibril Diop Mambéty", "Sénégal", 1973),
    ("Xala", "Ousmane Sembène", "Sénégal", 1975),
    ("Wanda", "Barbara Loden", "États-Unis", 1970),
    ("Salut les Cubains", "Agnès Varda", "France", 1963),
    ("Shoah", "Claude Lanzmann", "France", 1985),
    ("Le Joli Mai", "Chris Marker", "France", 1963),
]
GUESTS = [
    "Nicole Brenez",
    "Jean-Pierre Gorin",
    "Dominique Cabrera",
    "Mehdi Benallal",
    "Sylvie Lindeperg",
    "Alice Diop",
]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS_FR = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
GUEST_PHRASES = ("En présence de", "Débat avec", "Rencontre avec")


@dataclass
class Event:
    date: datetime.date
    time: datetime.time
    title: str
    director: str
    country: str
    year: int
    guests: list = field(default_factory=list)


@dataclass
class SampleLeaflet:
    image: Image.Image
    events: list
    year: int
    month: int
    font: str
    layout: str


def programme(seed, year, month, count=5):
    """`count` events of one month, on days a few apart, with guests now and then."""
    chance = random.Random(seed)  # noqa: S311 (a reproducible sample, not a secret)
    films = chance.sample(FILMS, count)
    day = chance.randint(1, 4)
    events = []
    for title, director, country, film_year in films:
        guests = chance.sample(GUESTS, chance.choice((0, 0, 1, 2)))
        time = datetime.time(chance.choice((18, 19, 20, 21)), chance.choice((0, 30)))
        events.append(
            Event(
                datetime.date(year, month, day), time, title, director, country, film_year, guests
            )
        )
        day += chance.randint(2, 5) if count <= 5 else chance.randint(1, 2)
    return events


def _clock(time):
    return f"{time.hour}h{time.minute:02d}" if time.minute else f"{time.hour}h"


def _guest_pieces(event, index):
    """The guests' line in pieces a line may break between, so that no name is cut."""
    phrase = GUEST_PHRASES[index % len(GUEST_PHRASES)]
    first, *others = event.guests
    return (f"{phrase} {first}", *(f"et {name}" for name in others))


def _header(year, month):
    return [
        (("CINÉMA LA CLEF",), True),
        (("Programme du mois",), False),
        ((), False),
        ((f"{MONTHS_FR[month - 1].upper()} {year}",), True),
    ]


FOOTER = [((), False), (("21 rue de la Clef, Paris 5e — entrée libre",), False)]


def _event_lines(event, index, layout, month, previous):
    """[(pieces, bold?)] of one event, preceded by a blank line; pieces are joined by spaces."""
    weekday = WEEKDAYS_FR[event.date.weekday()]
    details = f"({event.country}, {event.year})"
    lines = [((), False)]
    if layout == "classic":
        lines.append(((f"{weekday.capitalize()} {event.date.day} {MONTHS_FR[month - 1]}"
                       f" · {_clock(event.time)}",), False))  # fmt: skip
        lines.append(((event.title,), True))
        lines.append(((f"de {event.director}", details), False))
    elif layout == "compact":
        lines.append(((f"{event.date:%d/%m} {_clock(event.time)} —", event.title), True))
        lines.append(((f"un film de {event.director}", details), False))
    else:
        same_week = previous and (event.date - previous).days < 7
        day = f"{weekday[:3]}." if same_week else f"{weekday} {event.date.day}"
        lines.append(((f"{day.capitalize()} {_clock(event.time)}",), False))
        lines.append(((event.title,), True))
        lines.append(((f"un film de {event.director}", details), False))
    if event.guests:
        lines.append((_guest_pieces(event, index), False))
    return lines


def _events_lines(events, layout, month):
    """Each event's lines, in the order of the events."""
    blocks = []
    for index, event in enumerate(events):
        previous = events[index - 1].date if index else None
        blocks.append(_event_lines(event, index, layout, month, previous))
    return blocks


def _joined(lines):
    return [(" ".join(pieces), strong) for pieces, strong in lines]


def lines_for(events, layout, year, month):
    """[(text, bold?)] of a one-column leaflet: its header, a month heading, then each event."""
    lines = _header(year, month)
    for block in _events_lines(events, layout, month):
        lines += block
    return _joined(lines + FOOTER)


def draw(lines, font, width=1240):
    """The lines drawn in black on white, at about 150 dots per inch, as long as they need."""
    regular, bold = (str(FONT_DIR / name) for name in FONTS[font])
    fonts = {False: ImageFont.truetype(regular, 30), True: ImageFont.truetype(bold, 36)}
    height = 180 + sum(50 if text else 28 for text, _strong in lines)
    image = Image.new("L", (width, height), 255)
    pen = ImageDraw.Draw(image)
    y = 90
    for text, strong in lines:
        if text:
            pen.text((110, y), text, fill=0, font=fonts[strong])
        y += 50 if text else 28
    return image


# Multi-column pages: two columns on an A4 page upright, three on the panels of a folded A4
# sheet lying down, both at about 150 dots per inch, in a smaller type than one column's.
COLUMN_PAGES = {2: 1240, 3: 1754}
MARGIN = 80
GUTTER = 60
COLUMN_TYPE = {False: 26, True: 30}
COLUMN_LEADING = {True: 42, False: 22}


def _wrapped(pieces, font, width):
    """The pieces joined into as few lines as fit `width` pixels, breaking only between them."""
    lines = []
    for piece in pieces:
        if lines and font.getlength(f"{lines[-1]} {piece}") <= width:
            lines[-1] = f"{lines[-1]} {piece}"
        else:
            lines.append(piece)
    return lines


def _set(lines, fonts, width):
    """[(text, font)] of lines set in a column `width` wide; "" for a blank line."""
    typeset = []
    for pieces, strong in lines:
        if not pieces:
            typeset.append(("", None))
        typeset += [(text, fonts[strong]) for text in _wrapped(pieces, fonts[strong], width)]
    return typeset


def _column_height(typeset):
    return sum(COLUMN_LEADING[bool(text)] for text, _font in typeset)


def draw_columns(events, layout, year, month, font, columns):
    """
    A leaflet of `columns` columns: the header across the page, the events down the first
    column then the next (as many in each, the first ones taking one more), the address at the
    foot across the page.
    """
    regular, bold = (str(FONT_DIR / name) for name in FONTS[font])
    fonts = {strong: ImageFont.truetype(bold if strong else regular, size)
             for strong, size in COLUMN_TYPE.items()}  # fmt: skip
    width = COLUMN_PAGES[columns]
    column_width = (width - 2 * MARGIN - (columns - 1) * GUTTER) // columns
    blocks = _events_lines(events, layout, month)
    share, more = divmod(len(blocks), columns)
    cut, stacks = 0, []
    for column in range(columns):
        size = share + (column < more)
        stacks.append(_set([line for block in blocks[cut : cut + size] for line in block],
                           fonts, column_width))  # fmt: skip
        cut += size
    header = _set(_header(year, month), fonts, width - 2 * MARGIN)
    footer = _set(FOOTER, fonts, width - 2 * MARGIN)
    body = max(_column_height(stack) for stack in stacks)
    height = 2 * MARGIN + _column_height(header) + body + _column_height(footer)
    image = Image.new("L", (width, height), 255)
    pen = ImageDraw.Draw(image)

    def write(typeset, x, y):
        for text, face in typeset:
            if text:
                pen.text((x, y), text, fill=0, font=face)
            y += COLUMN_LEADING[bool(text)]
        return y

    top = write(header, MARGIN, MARGIN)
    for column, stack in enumerate(stacks):
        write(stack, MARGIN + column * (column_width + GUTTER), top)
    write(footer, MARGIN, top + body)
    return image


def wear(image, seed, *, noise=0.0, rotation=0.0, scale=1.0):
    """A scan's flaws: speckles (`noise`, the share of pixels), a tilt in degrees, less detail."""
    chance = random.Random(seed)  # noqa: S311 (a reproducible sample, not a secret)
    if rotation:
        image = image.rotate(rotation, resample=Image.Resampling.BILINEAR, fillcolor=255)
    if scale != 1.0:
        size = (int(image.width * scale), int(image.height * scale))
        image = image.resize(size, Image.Resampling.BILINEAR)
    if noise:
        pixels = image.load()
        for _ in range(int(image.width * image.height * noise)):
            x, y = chance.randrange(image.width), chance.randrange(image.height)
            pixels[x, y] = chance.choice((0, 90, 200))
        image = image.filter(ImageFilter.MedianFilter(1))
    return image


def leaflet(
    seed,
    *,
    font="dejavu-sans",
    layout="classic",
    worn=False,
    year=1995,
    month=3,
    count=None,
    columns=1,
):
    """
    A generated leaflet and its events: five events in one column, four a column in two or
    three columns unless `count` says; `worn` gives it a scan's flaws.
    """
    count = count or (5 if columns == 1 else EVENTS_PER_COLUMN * columns)
    events = programme(seed, year, month, count)
    if columns == 1:
        image = draw(lines_for(events, layout, year, month), font)
    else:
        image = draw_columns(events, layout, year, month, font, columns)
    if worn:
        chance = random.Random(seed)  # noqa: S311 (a reproducible sample, not a secret)
        image = wear(image, seed, noise=0.004, rotation=chance.uniform(-1.5, 1.5), scale=0.6)
    return SampleLeaflet(image, events, year, month, font, layout)


def sample_set(count, *, worn=False, columns=1):
    """`count` leaflets over the fonts and layouts, a different month each."""
    fonts = list(FONTS)
    return [
        leaflet(
            seed,
            font=fonts[seed % len(fonts)],
            layout=LAYOUTS[seed % len(LAYOUTS)],
            worn=worn,
            columns=columns,
            year=1990 + seed % 10,
            month=1 + seed % 12,
        )
        for seed in range(count)
    ]
