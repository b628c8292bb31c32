from django import template

from oral_history import moments

register = template.Library()


@register.filter
def moment_query(seconds):
    """`{{ segment.second|moment_query }}` -> "?t=65": a time link on the interview's own page."""
    return moments.query_at(seconds)
