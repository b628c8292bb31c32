"""What every citation of the archive shares: its publisher, its address, the access date."""

from django.utils import timezone
from django.utils.translation import get_language

from base.dates import DatePrecision
from identifiers import key_of, kind_of, permanent_url

PUBLISHER = "La Clef Archive"
PLACE = "Paris"
RECORDS_LANGUAGE = "fr"  # the language the programme and the media library name records in


def date_parts(date, precision=DatePrecision.DAY):
    """A CSL date of a date known to the day, the month or the year."""
    parts = [date.year]
    if precision in (DatePrecision.MONTH, DatePrecision.DAY):
        parts.append(date.month)
    if precision == DatePrecision.DAY:
        parts.append(date.day)
    return {"date-parts": [parts]}


def partial(record):
    """The CSL date of a dated record (`PartialDateMixin`), or None when it has no date."""
    if not record.date:
        return None
    return date_parts(record.date, record.date_precision)


def name(full_name, sort_name=""):
    """
    A CSL name: family and given from the sort name ('Denis, Claire') when there is one, else a
    literal name, which styles print as it is rather than guessing which word is the family name.
    """
    family, comma, given = (sort_name or "").partition(",")
    if comma and family.strip() and given.strip():
        return {"family": family.strip(), "given": given.strip()}
    return {"literal": full_name}


def base_item(record, csl_type, title, **fields):
    """
    The fields of every item; None and empty values left out, as CSL-JSON expects. `language` is
    the item's own (a page's is the one it is written in, the active one), not the reader's.
    """
    today = timezone.localdate()
    item = {
        "id": f"{kind_of(record)}-{key_of(record)}",
        "type": csl_type,
        "title": title,
        "URL": permanent_url(record),
        "accessed": date_parts(today),
        "publisher": PUBLISHER,
        "publisher-place": PLACE,
        "language": fields.pop("language", None) or get_language(),
        **fields,
    }
    return {field: value for field, value in item.items() if value not in (None, "", [])}
