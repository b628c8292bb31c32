"""
Which time ranges of an interview may be addressed and cited: those a visitor may hear, outside
every restricted passage in force (`oral_history.passages.active_redactions`). An interview whose
recording is not open to the visitor (registered, or embargoed until a later day) has no passage
addresses for them: the range would say what the withheld transcript holds.
"""

from oral_history.passages import active_redactions


def citable_range(interview, user, start, end, redactions=None):
    """May this user address and cite start–end (seconds)? `redactions`: the active ones."""
    if not (0 <= start < end) or not interview.is_open_to(user):
        return False
    if redactions is None:
        redactions = active_redactions(interview)
    return not any(redaction.covers(start, end) for redaction in redactions)
