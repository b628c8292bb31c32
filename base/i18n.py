"""
Choosing between a record's French and English texts.

A record's texts are written in French, in English, or in both. A visitor reads the text in
their language when there is one, and otherwise the other one, marked as such (`in_language`):
the page says which language it is in (`lang`) and shows a notice ("in French"), so that no
French text passes for English or the reverse.
"""

from dataclasses import dataclass

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

LANGUAGES = ("fr", "en")
# The notice beside a text shown in the other language, by the text's language.
FALLBACK_NOTICES = {"fr": _("in French"), "en": _("in English")}


def visitor_language():
    """'en' on English pages, 'fr' everywhere else."""
    return "en" if (get_language() or "").startswith("en") else "fr"


@dataclass(frozen=True)
class Localized:
    """
    A text as a visitor reads it: `language` is the text's own ('' for what has none, such as a
    film's title), and `is_fallback` says it is not in the visitor's language. It prints as its
    text and is false when empty, so that templates use it as the text itself.
    """

    text: str
    language: str = ""
    is_fallback: bool = False

    def __str__(self):
        return self.text

    def __bool__(self):
        return bool(self.text)

    @property
    def notice(self):
        """'in French' beside a French text on an English page; '' when not a fallback."""
        return str(FALLBACK_NOTICES[self.language]) if self.is_fallback else ""


def in_language(french, english, language=None):
    """
    The text in `language` (the visitor's by default) when there is one, else the other
    language's, marked as a fallback; an empty `Localized` when neither is written.
    """
    language = language or visitor_language()
    texts = {"fr": french, "en": english}
    other = "fr" if language == "en" else "en"
    if texts[language]:
        return Localized(texts[language], language)
    if texts[other]:
        return Localized(texts[other], other, is_fallback=True)
    return Localized("", language)


def written_in(*shown):
    """
    The one language a record's text is written in, from what each language's visitors are
    shown (`in_language`'s answers): the language of the one that is the other's fallback, or ''
    when both languages are written or the text is in none.
    """
    fallbacks = [text for text in shown if text.is_fallback]
    return fallbacks[0].language if fallbacks else ""


def localized(french, english):
    """
    A name in the visitor's language, or in the other, without a notice: for the labels of
    options and links, where a name left untranslated (a venue, a series) is its name.
    """
    return in_language(french, english).text
