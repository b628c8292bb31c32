"""
A list request's records, a page at a time, by keyset: never OFFSET.

The records of every stream the request asks for (one kind, or all), then the tombstones, are
read in the order of (datestamp, id); a page remembers the stream it stopped in and the last
(datestamp, id) it gave, and the next page reads on from there with an indexed range. So page
1,000 costs what page 1 costs, and the memory of a whole harvest is one page's.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import F, Q

from harvesting import kinds
from harvesting.models import Tombstone

PAGE_SIZE = 100


@dataclass
class Window:
    """What a list request asks for: a kind (set) or all, and a datestamp range, bounds included."""

    kind: str | None = None
    start: datetime | None = None
    end: datetime | None = None  # exclusive

    def filter(self, queryset, stamp):
        if self.start is not None:
            queryset = queryset.filter(**{f"{stamp}__gte": self.start})
        if self.end is not None:
            queryset = queryset.filter(**{f"{stamp}__lt": self.end})
        return queryset


@dataclass(frozen=True)
class Item:
    """One line of a list: a record of a stream, or a tombstone (`record` None)."""

    kind: str
    key: str
    datestamp: datetime
    stream: object = None
    record: object = None

    @property
    def deleted(self):
        return self.record is None


def tombstones(window):
    rows = Tombstone.objects.all()
    if window.kind:
        rows = rows.filter(kind=window.kind)
    return kinds.stamped(rows, "datestamp")


def sources(window):
    """The request's streams, then its tombstones: (stream or None, dated queryset)."""
    found = [(stream, stream.rows()) for stream in kinds.streams_of(window.kind)]
    found.append((None, tombstones(window)))
    return [(stream, window.filter(rows, kinds.STAMP)) for stream, rows in found]


def count(window):
    """completeListSize: one count per source, asked on the first page only."""
    return sum(rows.count() for _stream, rows in sources(window))


def _item(stream, row):
    if stream is None:
        return Item(row.kind, row.key, row.datestamp)
    return Item(stream.kind, stream.key(row), row.stamp_value, stream, row)


def _after(rows, last_stamp, last_id):
    if last_stamp is None:
        return rows
    return rows.filter(
        Q(**{f"{kinds.STAMP}__gt": last_stamp}) | Q(**{kinds.STAMP: last_stamp, "pk__gt": last_id})
    )


def page(window, position=(0, None, None), size=PAGE_SIZE):
    """
    (items, next position or None) from `position` = (source index, last datestamp, last id).

    A page never ends where nothing follows: when it is full at the end of a source, the sources
    after it are asked whether they hold anything, so that no request answers an empty list.
    """
    index, last_stamp, last_id = position
    items = []
    found = sources(window)
    while index < len(found):
        stream, rows = found[index]
        rows = _after(rows, last_stamp, last_id)
        wanted = size - len(items)
        if wanted == 0:
            if rows.exists():
                return items, (index, last_stamp, last_id)
        else:
            rows = rows.annotate(stamp_value=F(kinds.STAMP)).order_by(kinds.STAMP, "pk")
            batch = list(rows[: wanted + 1])
            if len(batch) > wanted:
                batch = batch[:wanted]
                items += [_item(stream, row) for row in batch]
                return items, (index, batch[-1].stamp_value, batch[-1].pk)
            items += [_item(stream, row) for row in batch]
        index, last_stamp, last_id = index + 1, None, None
    return items, None
