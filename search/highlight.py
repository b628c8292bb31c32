"""Matched words marked in titles and excerpts, compared as the index compares them."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.text import ELISION, STOP_WORDS, fold, stem

TOKEN = re.compile(r"\w+(?:['’]\w+)?", re.UNICODE)
EXCERPT_WORDS = 36


def _matches(token, terms, prefix):
    word = fold(ELISION.sub("", token))
    if not word or word in STOP_WORDS:
        return False
    stemmed = stem(word)
    if stemmed in terms:
        return True
    return bool(prefix) and stemmed.startswith(prefix)


def highlight(text, terms, prefix=None):
    """`text`, escaped, with every word matching one of `terms` (stems) wrapped in <mark>."""
    terms = set(terms)
    parts, last = [], 0
    for match in TOKEN.finditer(text or ""):
        if _matches(match.group(), terms, prefix):
            parts.append(escape(text[last : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            last = match.end()
    parts.append(escape((text or "")[last:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above


def first_match(words, terms):
    """The index of the first of `words` that matches, punctuation aside ("Attica,", "(1973)")."""
    terms = set(terms)
    return next(
        (
            i
            for i, word in enumerate(words)
            if any(_matches(token, terms, None) for token in TOKEN.findall(word))
        ),
        None,
    )


def excerpt(text, terms, length=EXCERPT_WORDS):
    """About `length` words of `text` around its first match, highlighted, with ellipses."""
    words = (text or "").split()
    if not words:
        return "", None
    position = first_match(words, terms)
    start = 0 if position is None else max(0, position - length // 3)
    chosen = " ".join(words[start : start + length])
    before = "… " if start else ""
    after = " …" if start + length < len(words) else ""
    return mark_safe(f"{before}{highlight(chosen, terms)}{after}"), position  # noqa: S308
