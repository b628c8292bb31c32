"""
`{% json_ld object %}`: the object's schema.org description, as a
`<script type="application/ld+json">` in the page's head.

Escaped as Django's `json_script` escapes: `<`, `>` and `&` become `\\u003C`, `\\u003E`, `\\u0026`,
so that no text of a record (a title with `</script>`) can end the element; JSON readers read
them back as the same characters.
"""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from linked_data.schema_org import describe

register = template.Library()

ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def script(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag(takes_context=True)
def json_ld(context, obj):
    if obj is None or "request" not in context:
        return ""
    data = describe(obj, context.flatten())
    return script(data) if data else ""
