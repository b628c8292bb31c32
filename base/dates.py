"""
Dates known to a year, a month or a day.

Historical programmes and sources rarely give a full date: La Clef's founding is known to the
year (1973), its first closure to the month (June 2009), the eviction to the day (1 March 2022).
A partial date is stored as the first day of its period plus a precision, so that it sorts and
filters like any date and is shown at exactly the precision that is known. Models store one
through `PartialDateMixin`.

Some sources give only a span: the occupation's nightly screenings ran from 2019 to 1 March 2022,
a festival "the following weeks" after an order. A record holds such a span as it is given
(`PartialDateSpanMixin`: the start, and an end with its own precision), rather than a date
picked inside it, and shows it as a range (`DateSpan`).
"""

import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

PARTIAL_DATE_RE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")


class DatePrecision(models.TextChoices):
    YEAR = "year", _("Year")
    MONTH = "month", _("Month")
    DAY = "day", _("Day")


DISPLAY_FORMATS = {
    DatePrecision.YEAR: "Y",
    DatePrecision.MONTH: "YEAR_MONTH_FORMAT",
    DatePrecision.DAY: "DATE_FORMAT",
}
ISO_LENGTHS = {DatePrecision.YEAR: 4, DatePrecision.MONTH: 7, DatePrecision.DAY: 10}


@dataclass(frozen=True, order=True)
class PartialDate:
    date: datetime.date
    precision: str

    @classmethod
    def parse(cls, value):
        """Read `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raise ValueError naming what is wrong."""
        match = PARTIAL_DATE_RE.match(value.strip())
        if not match:
            raise ValueError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.")
        year, month, day = match.group("year", "month", "day")
        if day:
            precision = DatePrecision.DAY
        elif month:
            precision = DatePrecision.MONTH
        else:
            precision = DatePrecision.YEAR
        try:
            date = datetime.date(int(year), int(month or 1), int(day or 1))
        except ValueError as error:
            raise ValueError(f"{value!r} is not a real date: {error}.") from error
        return cls(date=date, precision=precision)

    @property
    def sort_key(self):
        """
        Orders dates of mixed precision: by year, then month, then day, a less precise date
        coming after the more precise ones of its period ('June 2024' after '19 June 2024').
        """
        month = self.date.month if self.precision != DatePrecision.YEAR else 13
        day = self.date.day if self.precision == DatePrecision.DAY else 32
        return (self.date.year, month, day)

    def isoformat(self):
        return self.date.isoformat()[: ISO_LENGTHS[DatePrecision(self.precision)]]

    def display(self):
        """The date in the active language at its precision: '1973', 'juin 2009', '1 mars 2022'."""
        return date_format(self.date, DISPLAY_FORMATS[DatePrecision(self.precision)])

    def __str__(self):
        return self.display()


@dataclass(frozen=True)
class DateSpan:
    """
    A partial date, or the span from it to a later one, each at its own precision: '2019',
    '2019–2022', '2019 – 1 March 2022'.
    """

    start: PartialDate
    end: PartialDate | None = None

    def display(self):
        """The span in the active language; two years are joined tight, as '2019–2022'."""
        if self.end is None:
            return self.start.display()
        years = self.start.precision == self.end.precision == DatePrecision.YEAR
        return f"{self.start.display()}{'–' if years else ' – '}{self.end.display()}"

    def isoformat(self):
        """ISO 8601's interval when there is an end: '2019/2022-03-01'."""
        if self.end is None:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def __str__(self):
        return self.display()


def check_span(start, end):
    """Raise ValueError unless the partial date `end` comes after `start` (a span's two ends)."""
    if end.date < start.date or end_of(end) <= end_of(start):
        raise ValueError(f"The end {end.isoformat()} does not come after {start.isoformat()}.")


def end_of(partial):
    """The day after the last day of a partial date's period."""
    date = partial.date
    if partial.precision == DatePrecision.YEAR:
        return date.replace(year=date.year + 1)
    if partial.precision == DatePrecision.MONTH:
        return (date.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return date + datetime.timedelta(days=1)


def date_precision_field(default=DatePrecision.DAY):
    """The precision column of a partial date; `default` is the one thing models may change."""
    return models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=default,
        help_text=_("Year, month or day: exactly what the sources give, never more."),
    )


class PartialDateMixin(models.Model):
    """
    A record dated at the precision its sources give: `date_precision` beside the model's `date`,
    read together as `partial_date` (None while there is no date).

    `date` stays on each model because what it means is the model's own: a screening or a history
    event has a date by definition (NOT NULL), while a source, a file, an exhibition or an interview
    may be undated (NULL), and each field's help text says what the date is of (the opening, the
    publication, the making). One field here would need a switch between two column definitions
    under one name, which says less than the field written where it is meant. A model that
    defaults to another precision (sources, mostly dated to the year) redeclares
    `date_precision = date_precision_field(default=...)`.
    """

    date_precision = date_precision_field()

    class Meta:
        abstract = True

    @property
    def partial_date(self):
        return None if self.date is None else PartialDate(self.date, self.date_precision)


class PartialDateSpanMixin(PartialDateMixin):
    """
    A record that may span a period: `date_end` and `date_end_precision` beside the start, read
    together as `dates` (a `DateSpan`). Only the programme's events use it: the other dated
    records are single dates, and an end they never have would be two more columns to explain.

    A span is filed under its start: it sorts, and is counted by year, where it begins, so that
    each record is counted once; a filter on a range of dates can still find it anywhere within.
    """

    date_end = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_(
            "Only when the sources give a span (2019–2022, “the following weeks”): its last "
            "day, or the first day of its last month or year with the precision set. Empty for "
            "a single date."
        ),
    )
    date_end_precision = models.CharField(
        _("end date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        blank=True,
        help_text=_("Year, month or day of the end: exactly what the sources give."),
    )

    class Meta:
        abstract = True

    @property
    def partial_date_end(self):
        if self.date_end is None:
            return None
        return PartialDate(self.date_end, self.date_end_precision or DatePrecision.DAY)

    @property
    def dates(self):
        """The record's `DateSpan`: its date alone, or the span to its end."""
        return None if self.date is None else DateSpan(self.partial_date, self.partial_date_end)

    def clean(self):
        super().clean()
        if self.date_end is None:
            self.date_end_precision = ""
            return
        if not self.date_end_precision:
            self.date_end_precision = DatePrecision.DAY
        if self.date is not None:
            try:
                check_span(self.partial_date, self.partial_date_end)
            except ValueError as error:
                raise ValidationError(
                    {"date_end": _("The end of a span must come after its start.")}
                ) from error
