"""
French typography: the non-breaking spaces French text needs, put in where the writer typed an
ordinary space.

- a narrow no-break space (U+202F) before ``;`` ``!`` ``?``, after ``«`` and before ``»``;
- a no-break space (U+00A0) before ``:``, between a number and its unit (``2,7 M€``, ``6 h``,
  ``400 000 euros``, ``1 an``) and between the groups of a number (``5 000``), as Django's own
  French number format does.

`french(text)` works on plain text; `french_html(markup)` on the text between the tags only, never
inside a tag (so never in an attribute) nor inside ``<script>``, ``<style>``, ``<pre>``,
``<code>``, ``<kbd>``, ``<samp>``, ``<textarea>`` or a comment. Both only replace spaces that are
there, and never add one where the writer typed none: a URL (``https://…/?q=1``), a time
(``20:30``), English text on a French page (``Paris: this…``, ``5,000``, ``€2.7M``) contain no
space before the marks, so they are left as they are. Running either twice changes nothing.

The site applies it once, at render time: `base.middleware.FrenchTypographyMiddleware` passes
every HTML page served under ``/fr/`` through `french_html`, so page bodies, records (whatever
template shows them), interface strings from gettext and the text editors type in the admin are
all set the same way without a filter in each template, including templates other domains own.
A middleware sees only HTML text nodes, which is what a reader sees; places outside HTML (an
attribute such as the meta description, a plain-text export) use the ``typeset`` template filter
(`base.templatetags.typography`). Its cost is measured in docs/benchmarks.md.
"""

import re

NBSP = "\u00a0"
NNBSP = "\u202f"

# An ordinary space, a line break or a tab, or one of the two no-break spaces (so that a second
# pass replaces them with themselves).
_SPACE = "[ \t\r\n\u00a0\u202f]"

_BEFORE_TALL_MARK = re.compile(rf"{_SPACE}+(?=[;!?])")
_BEFORE_COLON = re.compile(rf"{_SPACE}+(?=:)")
_AFTER_OPENING_GUILLEMET = re.compile(rf"«{_SPACE}*")
_BEFORE_CLOSING_GUILLEMET = re.compile(rf"{_SPACE}*»")
# 5 000, 12 345 678: groups of three digits after one to three, not part of a longer number.
_GROUPED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])")
_GROUP_SEPARATOR = re.compile("[ \u202f]")
_UNITS = (
    "M€|k€|Md€|€|%|‰|h|min|km|kg|"
    "euros?|millions?|milliards?|ans?|"
    "mètres?|kilomètres?|heures?|minutes?"
)
_NUMBER_AND_UNIT = re.compile(rf"(?<=\d)[ \u202f]+(?=(?:{_UNITS})(?!\w))")
# 20 h 30: the minutes stay with the hour.
_HOUR_AND_MINUTES = re.compile(r"(?<=\d\u00a0h) (?=\d{2}(?!\d))")


def french(text):
    """Plain French text with its no-break spaces; idempotent."""
    if not text:
        return text
    text = _BEFORE_TALL_MARK.sub(NNBSP, text)
    text = _BEFORE_COLON.sub(NBSP, text)
    text = _AFTER_OPENING_GUILLEMET.sub("«" + NNBSP, text)
    text = _BEFORE_CLOSING_GUILLEMET.sub(NNBSP + "»", text)
    text = _GROUPED_NUMBER.sub(lambda match: _GROUP_SEPARATOR.sub(NBSP, match.group()), text)
    text = _NUMBER_AND_UNIT.sub(NBSP, text)
    return _HOUR_AND_MINUTES.sub(NBSP, text)


# What is not text: comments, CDATA, doctype and every tag with its attributes (quoted values may
# hold a ">"), and the elements whose content is code or is typed by the reader, kept whole.
_NOT_TEXT = re.compile(
    r"""
      <!--.*?-->
    | <!\[CDATA\[.*?\]\]>
    | <(?P<literal>script|style|pre|code|kbd|samp|textarea)\b(?:[^>"']|"[^"]*"|'[^']*')*>
        .*?</(?P=literal)\s*>
    | <[!/?]?[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>
    """,
    re.DOTALL | re.IGNORECASE | re.VERBOSE,
)
# A text node needs work only if it holds one of these.
_CANDIDATE = re.compile(r"[;:!?«»]|\d[ \u202f]")


def french_html(markup):
    """HTML whose text nodes are set with `french`; tags, attributes and code are untouched."""
    if not markup:
        return markup
    parts = []
    position = 0
    for match in _NOT_TEXT.finditer(markup):
        parts.append(_text_node(markup[position : match.start()]))
        parts.append(match.group())
        position = match.end()
    parts.append(_text_node(markup[position:]))
    return "".join(parts)


def _text_node(text):
    return french(text) if _CANDIDATE.search(text) else text
