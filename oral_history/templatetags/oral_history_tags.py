from django import template

from oral_history import moments
from oral_history.public_recordings.playing import players

register = template.Library()


@register.filter
def moment_query(seconds):
    """`{{ segment.second|moment_query }}` -> "?t=65": a time link on the interview's own page."""
    return moments.query_at(seconds)


@register.simple_tag(takes_context=True)
def interview_players(context, interview, passages):
    """
    `{% interview_players interview passages as players %}`: what each recording's player plays
    for this reader (`oral_history.public_recordings.playing`), wherever the player is included
    (the interview's page, a screening's page for its talks).
    """
    return players(interview, passages, context["request"].user) if passages else []
