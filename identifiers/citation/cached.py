"""
The formatted references of "Cite this", kept in Django's cache (Redis when REDIS_URL is set, so
every worker shares them).

citeproc-py takes longer to format a record's references than the rest of its page takes to be
made, and the references are a pure function of three things: the record's CSL item, the
language of the style's locale, and the style files. So they are kept under a digest of exactly
these. The item holds every field the references print: the record's own, those of the records
it names (a film's directors, an interview's narrators as their consent names them, an event's
venue) and the access date ("accessed <day>"). An edit, a rename, a new revision or the next day
makes another item, hence another key: the new citation is shown at once, by every worker, with
no version to read, no signal to listen to and nothing to invalidate. An entry no page asks for
any more simply expires.

The cache never decides who may see a citation: the item is built, and hashed, only once the
template tag has checked that the public may know the record, so a visitor can only ever read
the references of an item they were allowed to build.
"""

import hashlib
import json
from functools import lru_cache

import citeproc
from django.core.cache import cache
from django.utils.safestring import mark_safe

from identifiers.citation import styles

# The access date in the item changes the key every day: an entry is not worth keeping longer.
LIFETIME_SECONDS = 60 * 60 * 48


@lru_cache(maxsize=1)
def styles_fingerprint():
    """The style files and the formatter's version: a new style or citeproc-py is a new key."""
    digest = hashlib.sha256(citeproc.__version__.encode())
    for name in sorted(styles.FILES):
        digest.update((styles.STYLES_DIR / styles.FILES[name]).read_bytes())
    return digest.hexdigest()[:16]


def cache_key(item, language):
    content = json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)
    digest = hashlib.sha256(f"{styles_fingerprint()}\n{language}\n{content}".encode()).hexdigest()
    return f"citation:references:{language}:{digest}"


def formatted_references(item, language):
    """{style name: the item's reference as HTML} for every style, from the cache when kept."""
    key = cache_key(item, language)
    references = cache.get(key)
    if references is None:
        references = {name: str(styles.formatted(item, name, language)) for name in styles.STYLES}
        cache.set(key, references, LIFETIME_SECONDS)
    # citeproc-py escaped the item's text and added only <i> (`styles.formatted`).
    return {name: mark_safe(html) for name, html in references.items()}  # noqa: S308
