"""
How well leaflets are read: precision and recall of dates, titles, directors and guests, the
rows read (by Tesseract for real, then the parser) being compared with the events a generated
leaflet shows (`leaflets.samples`, in one, two or three columns). Values
are compared as multisets per leaflet, accents, case and punctuation aside, so that a title is
right when it is read right, whatever row it lands in; a row's date is right when it is exactly
the event's day.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from leaflets import ocr
from leaflets.parsing import fold, parse_lines

FIELDS = ("dates", "titles", "directors", "guests")


def norm(text):
    return re.sub(r"[^\w]+", " ", fold(text)).strip()


def expected_values(events):
    return {
        "dates": Counter(event.date for event in events),
        "titles": Counter(norm(event.title) for event in events),
        "directors": Counter(norm(event.director) for event in events),
        "guests": Counter(norm(name) for event in events for name in event.guests),
    }


def read_values(rows):
    return {
        "dates": Counter(row.date for row in rows if row.date),
        "titles": Counter(norm(row.title) for row in rows if row.title),
        "directors": Counter(norm(row.director) for row in rows if row.director),
        "guests": Counter(norm(name) for row in rows for name in row.guests),
    }


@dataclass
class Score:
    """Counts of values read, expected and right, per field, over a set of leaflets."""

    read: Counter = field(default_factory=Counter)
    expected: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)

    def add(self, events, rows):
        expected, read = expected_values(events), read_values(rows)
        for name in FIELDS:
            self.read[name] += sum(read[name].values())
            self.expected[name] += sum(expected[name].values())
            self.right[name] += sum((read[name] & expected[name]).values())

    def precision(self, name):
        return self.right[name] / self.read[name] if self.read[name] else 0.0

    def recall(self, name):
        return self.right[name] / self.expected[name] if self.expected[name] else 0.0


def score_of(leaflets):
    """The score of generated leaflets, each read by Tesseract and parsed as an upload is."""
    score = Score()
    for leaflet in leaflets:
        rows = parse_lines(ocr.lines_of(ocr.read_words(leaflet.image)), year=leaflet.year)
        score.add(leaflet.events, rows)
    return score
