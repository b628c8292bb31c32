"""
``{{ value|typeset }}``: the active language's typography for text outside the HTML the
middleware reads (an attribute such as the meta description, a plain-text template).

Only French has rules (`base.typography.french`); in English the text is returned as it is. The
filter only turns spaces into no-break spaces, so text that was safe stays safe.
"""

from django import template
from django.utils.translation import get_language

from base.typography import french

register = template.Library()


@register.filter(is_safe=True)
def typeset(value):
    if (get_language() or "").startswith("fr"):
        return french(str(value))
    return value
