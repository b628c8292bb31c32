"""
Languages as the search's `language` facet shows them: one code per language whichever way a
record spells it (a film's 'fr', an interview's 'français' or 'French'), named in the visitor's
language. Without this, the same language was offered twice, as 'fr' and as 'français'.
"""

from functools import cache

from django.conf.locale import LANG_INFO
from django.utils import translation
from django.utils.translation import gettext


@cache
def _codes_by_name():
    """{'fr': 'fr', 'french': 'fr', 'français': 'fr', …} for every language Django names."""
    codes = {}
    for code, info in LANG_INFO.items():
        if "name" not in info:  # a variant that only points to another code
            continue
        with translation.override("fr"):
            french = gettext(info["name"])
        for name in (code, info["name"], info["name_local"], french):
            codes.setdefault(name.lower(), code)
    return codes


def language_code(name):
    """'français', 'French' or 'FR' -> 'fr'; a language Django does not know stays as written."""
    name = " ".join(name.split()).lower()
    return _codes_by_name().get(name, name)


def language_name(code, language):
    """'fr' -> 'French' for an English page, 'français' for a French one."""
    info = LANG_INFO.get(code, {})
    if "name" not in info:
        return code
    if language == "fr":
        with translation.override("fr"):
            return gettext(info["name"]).lower()
    return info["name"]
