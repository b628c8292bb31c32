"""
How words are compared: the same analysis for what is indexed and for what is asked.

Researchers type "celine sciamma" for Céline Sciamma, "l'occupation" or "occupation", "talks" for
"talk", in French or English. Both engines of the embedded configuration (SQLite FTS5 and
PostgreSQL full text) are given text that has already been through `terms()`: lower case, accents
folded, French elisions removed, common words dropped and plurals reduced to a light stem. Doing
it once in Python, rather than in each engine's own analyser, means that both engines find exactly
the same things, which the tests pin; Elasticsearch does the same with its own analysers
(`search/engines/elasticsearch.py`).

The stemmer is deliberately light (plural and a few inflected endings in both languages): an
aggressive stemmer merges names ("Lynch" and "lynching"), which hurts an archive more than a
missed conjugation.
"""

import re
import unicodedata

ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\w)", re.IGNORECASE)
WORD = re.compile(r"[a-z0-9]+")
GLUED = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]\w+", re.IGNORECASE)

STOP_WORDS = frozenset(
    """
    a an and are as at be but by for from has have in is it its of on or that the this to was
    were will with
    au aux avec ce ces dans de des du elle en et est il ils je la le les leur lui mais me meme mes
    ne nos notre nous ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos
    votre vous y
    """.split()  # noqa: SIM905 - a word list is easier to read and edit as text
)

# The first ending that fits is replaced; "ss" and "us" are kept ("class", "campus").
ENDINGS = (
    ("eaux", "eau"),
    ("aux", "al"),
    ("ss", "ss"),
    ("us", "us"),
    ("s", ""),
)


def fold(text):
    """Lower case without accents: 'Léos Carax' -> 'leos carax'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).replace(
        "œ", "oe"
    )


def stem(word):
    if len(word) <= 3 or word.isdigit():
        return word
    for ending, replacement in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: len(word) - len(ending)] + replacement
    return word


def words(text):
    """The folded words of a text, elisions removed, in order (stop words kept)."""
    return WORD.findall(fold(ELISION.sub("", text or "")))


def terms(text):
    """The indexed form of a text: the stems of its words that are not stop words."""
    return [
        stem(word)
        for word in words(text)
        if word not in STOP_WORDS and (len(word) > 1 or word.isdigit())
    ]


def glued_elisions(text):
    """'d'Épargne' -> ['depargne']: how an elided word is typed without its apostrophe."""
    return [
        stem(fold(match.group(0).replace("'", "").replace("’", "")))
        for match in GLUED.finditer(text or "")
    ]


def index_text(*texts):
    """The indexed form of texts: their terms, and their elided words also glued to the article."""
    return " ".join(
        term for text in texts if text for term in [*terms(text), *glued_elisions(text)]
    )


def query_terms(query):
    """
    The stems a query asks for. A query made only of common words ("the", "de la") keeps them
    out too: it returns nothing, and the page says why, rather than every record.
    """
    return list(dict.fromkeys(terms(query)))
