"""
The index segments a reader may be told of, each with where it ends: at the next segment, at the
next restricted passage, or at the end of the recording, whichever comes first, so that neither a
schema.org `Clip` nor a IIIF `Range` reaches into a withheld passage.
"""

from dataclasses import dataclass


@dataclass
class Span:
    segment: object
    start: float
    end: float | None
    labels: dict  # {'fr': [...], 'en': [...]}: the title and, if any, its translation


def other_language(language):
    return "en" if language == "fr" else "fr"


def labels(segment, language):
    """The segment's title in the interview's language and its translation (`title_alt`)."""
    titles = {language: [segment.title]}
    if segment.title_alt:
        titles[other_language(language)] = [segment.title_alt]
    return titles


def spans(passages, duration, language):
    """
    The visible segments of `passages` (`oral_history.passages.visible_passages`) in time
    order, with their ends; `language` is the interview's, in which its segments are titled.
    """
    segments = sorted(passages.segments, key=lambda segment: segment.start)
    stops = sorted([s.start for s in segments] + [r.start for r in passages.redactions])
    result = []
    for segment in segments:
        later = [stop for stop in stops if stop > segment.start]
        end = min(later) if later else duration
        end = end if end and end > segment.start else None
        result.append(Span(segment, segment.start, end, labels(segment, language)))
    return result


def withheld(all_segments, passages):
    """
    [(passage, number of segments it withholds)] for each active passage that withholds any:
    what a manifest may say of them (their times are public, their contents are not).
    """
    counts = []
    for redaction in passages.redactions:
        number = sum(1 for segment in all_segments if redaction.covers(segment.start))
        if number:
            counts.append((redaction, number))
    return counts
