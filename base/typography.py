"""
French typography: the no-break spaces French text needs, where the writer typed an ordinary one.

- a narrow no-break space (U+202F) before ``;`` ``!`` ``?``, after ``«`` and before ``»``;
- a no-break space (U+00A0) before ``:``, between a number and its unit (``2,7 M€``, ``6 h``,
  ``400 000 euros``, ``1 an``) and between the groups of a number (``5 000``), as Django's own
  French number format does.

`french(text)` works on plain text; `french_html(markup)` on the text between the tags only, never
inside a tag (so never in an attribute) nor inside ``<script>``, ``<style>``, ``<pre>``,
``<code>``, ``<kbd>``, ``<samp>``, ``<textarea>`` or a comment. Both replace the spaces that are
there and add none, except inside guillemets (``«prix»``), which French always spaces: a URL
(``https://…/?q=1``), a time (``20:30``), English text on a French page (``Paris: this…``,
``5,000``, ``€2.7M``) hold no space before the marks, so they are left as they are. Running either
twice changes nothing.

Where it is applied, and why there: once, at render time, by
`base.middleware.FrenchTypographyMiddleware`, which passes every HTML page served under ``/fr/``
through `french_html`. One place reaches page bodies, records (whatever template shows them),
gettext's interface strings and what editors type, in templates every domain owns, and a new
template cannot forget it, where a filter would have to be written after every variable and
translated string of every template. A middleware reads only HTML text nodes, which is what a
reader sees; places outside them (an attribute such as the meta description, a plain-text
template) use the ``typeset`` filter (`base.templatetags.typography`). To stay cheap on a large
page, every pattern starts with a character class the regular expression engine skips to in C,
and a text node is read by the rules only when a quick test finds something for them; the cost is
measured in docs/benchmarks.md.
"""

import re

NBSP = "\u00a0"
NNBSP = "\u202f"

# An ordinary space, a line break or a tab, or one of the two no-break spaces (so that a second
# pass replaces them with themselves); a run of them is taken from its first character only (the
# look-behind after it), so that a long indentation costs one attempt.
_S = "[ \t\r\n\u00a0\u202f]"
_RUN = rf"{_S}(?<!{_S}{_S}){_S}*+"
_UNITS = (
    "M€|k€|Md€|€|%|‰|h|min|km|kg|"
    "euros?|millions?|milliards?|ans?|"
    "mètres?|kilomètres?|heures?|minutes?"
)
_DIGIT_AND_SPACE = re.compile("\\d[ \u00a0\u202f]")
_GROUP_SEPARATOR = re.compile("[ \u202f]")


def _grouped(match):
    return _GROUP_SEPARATOR.sub(NBSP, match.group())


# (a quick test, the rule, its replacement). The test starts with a rare character, which the
# regular expression engine skips to quickly; the rule, slower, only reads the texts that pass it.
_RULES = [
    (re.compile(rf"[;!?](?<={_S}[;!?])"), re.compile(rf"{_RUN}(?=[;!?])"), NNBSP),
    (re.compile(rf":(?<={_S}:)"), re.compile(rf"{_RUN}(?=:)"), NBSP),
    (re.compile("«"), re.compile(rf"«{_S}*+"), "«" + NNBSP),
    (re.compile("»"), re.compile(rf"{_RUN}»|»(?<!{_S}»)"), NNBSP + "»"),
    (
        _DIGIT_AND_SPACE,
        re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:[ \u00a0\u202f]\d{3})++(?!\d)"),
        _grouped,
    ),
    (
        _DIGIT_AND_SPACE,
        re.compile(rf"[ \u202f](?<=\d[ \u202f])[ \u202f]*+(?=(?:{_UNITS})(?!\w))"),
        NBSP,
    ),
    (_DIGIT_AND_SPACE, re.compile(r" (?<=\d[ \u00a0\u202f]h )(?=\d{2}(?!\d))"), NBSP),
]


# Whether a text needs any rule (most of a page's text nodes do not). It starts with one character
# class, which the regular expression engine skips to at C speed, not with alternatives.
_ANY = re.compile(rf"[;!?:«»0-9](?:(?<={_S}[;!?:])|(?<=[«»])|(?<=\d)[ \u00a0\u202f])")


def french(text):
    """Plain French text with its no-break spaces; idempotent."""
    if not text or text.isspace() or not _ANY.search(text):
        return text
    for test, rule, replacement in _RULES:
        if test.search(text):
            text = rule.sub(replacement, text)
    return text


# What is not text: comments, CDATA, the doctype, every tag with its attributes (a quoted value may
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


def french_html(markup):
    """HTML whose text nodes are set with `french`; tags, attributes and code are untouched."""
    if not markup or not _ANY.search(markup):
        return markup
    parts = []
    copied = position = 0
    for match in _NOT_TEXT.finditer(markup):
        start = match.start()
        if start > position and _ANY.search(markup, position, start):
            parts.append(markup[copied:position])
            parts.append(french(markup[position:start]))
            copied = start
        position = match.end()
    if _ANY.search(markup, position):
        parts.append(markup[copied:position])
        parts.append(french(markup[position:]))
        copied = len(markup)
    parts.append(markup[copied:])
    return "".join(parts)
