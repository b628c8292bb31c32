"""
How a participant of an interview is named to a reader: the one place that turns the public name
their consent chose (`InterviewParticipant.public_name`) into the label that every channel shows,
the page and its listing card, the transcript's speakers, the captions, the text and JSON
downloads and the search index, so that no channel can name someone another one hides.

- full name: the person's name (the page links it to the person's record);
- initials: "E. A." (each word's first letter; "Jean-Luc Godard" gives "J.-L. G.");
- pseudonym: the one their consent gives;
- not named: "Narrator 1", "Interviewer 1", in the reader's language, numbered among the unnamed
  participants of that role in the interview's order.

Editors (`wagtailadmin.access_admin`) read the real names and the transcript as it was imported;
everyone else reads the public labels. The search index, written once for every reader, holds
the public labels only.

A transcript cue's speaker is free text: "ARNOLD", "Elsie Arnold", "E. A.", "Mrs Arnold"… It is a
participant's when, compared without case, accents, spaces or punctuation, it is one of their
names (`Naming.speaker`): the full name, the sort name ("Arnold, Elsie"), the family name (the
sort name's part before its comma, or the last word), the first word of the name, the initials,
or the pseudonym. A speaker of a participant named in full is left as it is (today's transcripts
keep their "ARNOLD"); one of a participant who is not is replaced by their label. A speaker that
could be several participants (two Arnolds) is left as it is only if all of them are named in
full, and otherwise replaced by the role they share ("Narrator") or by "Speaker". A speaker that
matches nobody (a third voice, "Q") stays as it is.
"""

import unicodedata
from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from base.access import is_editor
from oral_history.models.people import ParticipantRole, PublicName

UNNAMED = {
    ParticipantRole.NARRATOR: _("Narrator %(number)s"),
    ParticipantRole.INTERVIEWER: _("Interviewer %(number)s"),
}


def unaccented(text):
    """The text without its accents, in lower case: 'Élsie' → 'elsie'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def comparable(text):
    """A name as names are compared, without case, accents, spaces or punctuation."""
    return "".join(char for char in unaccented(text) if char.isalnum())


def initials(name):
    """'Elsie Arnold' → 'E. A.'; 'Jean-Luc Godard' → 'J.-L. G.'; 'Ousmane' → 'O.'."""
    words = []
    for word in name.split():
        letters = [next((char for char in part if char.isalnum()), "") for part in word.split("-")]
        if any(letters):
            words.append("-".join(f"{letter.upper()}." for letter in letters if letter))
    return " ".join(words)


def family_name(person):
    """The sort name's part before its comma ('Denis, Claire' → 'Denis'), else the last word."""
    family, comma, _given = (person.sort_name or "").partition(",")
    if comma and family.strip():
        return family.strip()
    words = person.name.split()
    return words[-1] if words else ""


def names_of(participant):
    """Every spelling of a participant a transcript may use as its speaker, comparable."""
    person = participant.person
    words = person.name.split()
    spellings = [person.name, person.sort_name, family_name(person), participant.pseudonym]
    if len(words) > 1:
        spellings += [words[0], words[-1], initials(person.name)]
    return {comparable(spelling) for spelling in spellings if comparable(spelling)}


@dataclass
class Named:
    """A participant as one reader reads them: `in_full` when by their own name."""

    participant: object
    label: str
    in_full: bool
    url: str = ""  # their person page, when named in full and the caller links it

    @property
    def role_label(self):
        return self.participant.get_role_display()


class Naming:
    """How the participants of one interview are named to one reader (`reveal` for editors)."""

    def __init__(self, participants, reveal=False):
        self.reveal = reveal
        self.named = []
        unnamed = Counter()
        for participant in participants:
            choice = participant.public_name
            if reveal or choice == PublicName.FULL_NAME:
                named = Named(participant, participant.person.name, True)
            elif choice == PublicName.INITIALS:
                named = Named(participant, initials(participant.person.name), False)
            elif choice == PublicName.PSEUDONYM and participant.pseudonym.strip():
                named = Named(participant, participant.pseudonym.strip(), False)
            else:  # not named, or a pseudonym never given: named by nothing of theirs
                unnamed[participant.role] += 1
                template = UNNAMED.get(participant.role, UNNAMED[ParticipantRole.NARRATOR])
                named = Named(participant, template % {"number": unnamed[participant.role]}, False)
            self.named.append(named)
        self._by_spelling = {}
        for named in self.named:
            for spelling in names_of(named.participant):
                self._by_spelling.setdefault(spelling, []).append(named)

    def of_role(self, role):
        return [named for named in self.named if named.participant.role == role]

    def labels(self):
        return [named.label for named in self.named]

    def speaker(self, text):
        """A cue's speaker as this reader may read it (the rule is in the module's docstring)."""
        if self.reveal or not text:
            return text
        candidates = self._by_spelling.get(comparable(text), [])
        if all(named.in_full for named in candidates):
            return text
        if len(candidates) == 1:
            return candidates[0].label
        roles = {named.participant.role for named in candidates}
        if len(roles) == 1:
            return str(ParticipantRole(roles.pop()).label)
        return gettext("Speaker")

    def label_speakers(self, cues):
        """Give each cue its `speaker_label`, the speaker as this reader may read it."""
        for cue in cues:
            cue.speaker_label = self.speaker(cue.speaker)
        return cues


def naming_for(interview, user, participants=None):
    """The naming of this interview's participants (fetched unless given) for this user."""
    if participants is None:
        participants = interview.participants.select_related("person")
    return Naming(participants, reveal=is_editor(user))
