"""
Resumption tokens: where a list stopped, signed so that a harvester cannot forge one.

The token carries the request (verb, format, set, from, until), the keyset position
(`paging.page`), the cursor and the list's size counted on the first page; it is signed with
the site's secret (`django.core.signing`, salted) and expires after a day. A token that was
changed, is from another verb or has expired is a `badResumptionToken`.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core import signing
from django.utils import timezone

SALT = "harvesting.oai.resumption"
LIFETIME = timedelta(days=1)


class BadToken(Exception):
    pass


@dataclass
class Resumption:
    verb: str
    prefix: str
    kind: str | None
    start: datetime | None
    end: datetime | None
    position: tuple
    cursor: int
    size: int


def _stamp(value):
    return value.isoformat() if value else None


def _unstamp(value):
    return datetime.fromisoformat(value) if value else None


def dumps(state):
    index, stamp, last_id = state.position
    payload = [
        state.verb,
        state.prefix,
        state.kind,
        _stamp(state.start),
        _stamp(state.end),
        index,
        _stamp(stamp),
        last_id,
        state.cursor,
        state.size,
    ]
    return signing.dumps(payload, salt=SALT, compress=True)


def loads(token, verb):
    try:
        payload = signing.loads(token, salt=SALT, max_age=LIFETIME)
        (token_verb, prefix, kind, start, end, index, stamp, last_id, cursor, size) = payload
        if token_verb != verb:
            raise BadToken("This token belongs to another verb.")
        return Resumption(
            verb,
            prefix,
            kind,
            _unstamp(start),
            _unstamp(end),
            (int(index), _unstamp(stamp), last_id),
            int(cursor),
            int(size),
        )
    except signing.SignatureExpired as error:
        raise BadToken("This resumption token has expired.") from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise BadToken("This resumption token is not one this repository issued.") from error


def expiry():
    return timezone.now() + LIFETIME
