"""
Which stretches of a recording are silenced, today and on each later day that a passage opens.

A passage withheld until a date is silenced until the eve of that date; on the day itself the
next state applies (`Redaction.is_active`). The states are read from the passages' dates alone,
so the page can choose the right version on every request without any job having run that day.
"""

import hashlib
import json
from dataclasses import dataclass

from base import access
from oral_history.passages import active_redactions

# Changing how versions are made (the filter, the fades) changes this, so every version is redone.
RECIPE = "silence-v1"


@dataclass(frozen=True)
class State:
    """The ranges silenced from `from_date` (None: today) until the next state."""

    from_date: object
    ranges: tuple

    def fingerprint(self, media, picture):
        data = {
            "recipe": RECIPE,
            "original": media.checksum or media.file.name,
            "type": media.type,
            "ranges": self.ranges,
            "picture": picture if media.type == "video" else "",
        }
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def merged(redactions):
    """The passages' ranges in order, overlapping or touching ones joined: ((start, end), ...)."""
    ranges = []
    for redaction in sorted(redactions, key=lambda r: (r.start, r.end)):
        if ranges and redaction.start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], redaction.end))
        else:
            ranges.append((redaction.start, redaction.end))
    return tuple(ranges)


def current(interview, on=None):
    """Today's state (or that of the day `on`)."""
    return State(None, merged(active_redactions(interview, on)))


def upcoming(interview, on=None):
    """Today's state and the state from each later day a passage opens, those with a silence."""
    on = on or access.today()
    redactions = list(interview.redactions.all())
    active = [r for r in redactions if r.is_active(on)]
    states = [State(None, merged(active))]
    for day in sorted({r.until for r in active if r.until is not None}):
        states.append(State(day, merged([r for r in active if r.is_active(day)])))
    return [state for state in states if state.ranges]
