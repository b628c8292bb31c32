"""
What an interview's participants' consent allows it to be (issue 18), checked whenever it is
saved (`InterviewPage.clean`), so that saving says why it is refused:

- no more open than any participant's consent allows, the levels ordered public > embargoed >
  registered > closed. An embargo opens to the public by itself on its date, so it needs a
  consent to public access; closed is always allowed;
- a pseudonym chosen is a pseudonym given;
- what every reader of a listed interview reads of it (title, address, summary, narrative, the
  search engines' title and description) does not spell out the name of a participant who is
  not to be named in full, which would undo the pseudonym on the first line.

What is said in the recording is not read here: a name spoken aloud is withheld with a
restricted passage (docs/oral-history.md).
"""

import html

from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from base.access import AccessLevel
from oral_history.models.people import ConsentedAccess, PublicName
from oral_history.naming import unaccented

OPENNESS = {
    AccessLevel.CLOSED: 0,
    AccessLevel.REGISTERED: 1,
    AccessLevel.EMBARGOED: 2,
    AccessLevel.PUBLIC: 3,
}
ALLOWED = {
    ConsentedAccess.ARCHIVE_ONLY: OPENNESS[AccessLevel.CLOSED],
    ConsentedAccess.REGISTERED: OPENNESS[AccessLevel.REGISTERED],
    ConsentedAccess.PUBLIC: OPENNESS[AccessLevel.PUBLIC],
}
# The fields every reader of a listed interview reads, and how the message names them.
READ_BY_EVERYONE = ("title", "slug", "seo_title", "summary", "search_description", "body")


def allowed_text(consented):
    return {
        ConsentedAccess.REGISTERED: _("approved researchers only"),
        ConsentedAccess.ARCHIVE_ONLY: _("no access (archive only)"),
    }.get(consented, _("public access"))


def level_text(level):
    return {
        AccessLevel.PUBLIC: _("public"),
        AccessLevel.EMBARGOED: _("embargoed, since an embargo opens it to the public on its date"),
        AccessLevel.REGISTERED: _("open to approved researchers"),
    }[level]


def field_text(name):
    return {
        "title": _("The title"),
        "slug": _("The address (slug)"),
        "seo_title": _("The title for search engines"),
        "summary": _("The summary"),
        "search_description": _("The search description"),
        "body": _("The narrative"),
    }[name]


def words(text):
    """The text's words, comparable, with a space on each side: ' elsie arnold rosie '."""
    plain = unaccented(html.unescape(strip_tags(str(text or ""))))
    return f" {' '.join(''.join(c if c.isalnum() else ' ' for c in plain).split())} "


def problems(interview, participants):
    """{form field: [messages]} of what this interview may not be with these participants."""
    found = {}
    level = interview.access_level
    for participant in participants:
        if participant.person_id is None:
            continue
        name = participant.person.name
        consented = participant.consented_access
        if OPENNESS.get(level, 0) > ALLOWED.get(consented, 0):
            found.setdefault("access_level", []).append(
                _("%(name)s's consent allows %(allowed)s: this interview cannot be %(level)s.")
                % {"name": name, "allowed": allowed_text(consented), "level": level_text(level)}
            )
        if participant.public_name == PublicName.PSEUDONYM and not participant.pseudonym.strip():
            found.setdefault(NON_FIELD_ERRORS, []).append(
                _("%(name)s is to be named by a pseudonym: give the pseudonym.") % {"name": name}
            )
        if level != AccessLevel.CLOSED and participant.public_name != PublicName.FULL_NAME:
            for field in _fields_naming(interview, name):
                found.setdefault(field, []).append(
                    _(
                        "%(field)s names %(name)s, whose consent says how they are named: "
                        "%(choice)s. Take the name out, or close the interview."
                    )
                    % {
                        "field": field_text(field),
                        "name": name,
                        "choice": participant.get_public_name_display().lower(),
                    }
                )
    return found


def _fields_naming(interview, name):
    wanted = words(name)
    if wanted.strip() == "":
        return []
    return [field for field in READ_BY_EVERYONE if wanted in words(getattr(interview, field, ""))]
