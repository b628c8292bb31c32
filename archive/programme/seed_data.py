"""
The programme facts of La Clef's three source documents, as `load_la_clef` writes them
(`archive.programme.seeds`).

Every venue, event and person is in a source, and each record cites it (titles as in the seed
documents' README); every date has exactly the precision its source gives, and an event a
source gives only as a span ("every evening" of the occupation, "the following weeks") holds
that span rather than a date picked inside it. Series are of two kinds: those a source names
(Images d'Ailleurs, Studio 34, Tiny Escape), and groupings the archive makes of events no
source names as a series, which are marked as such (`is_archive_grouping`) and say so. The
titles and notes are the archive's own words, in French and in English; French text has its
no-break spaces (U+00A0 before a colon, U+202F before ; ! ? and inside « »). Only La Clef
itself is a cinema among the venues: the outside wall, the Palais de Tokyo and the friendly
cultural venues (which the sources do not name) are other places.
"""

import datetime

from archive.programme.models import EventType, Role
from archive.programme.models.places import VenueKind
from base.dates import DatePrecision

ENCYCLOPEDIA = "“La Clef (cinema)”, encyclopedia article"
FUNDRAISING = (
    "“Cinéma La Clef — Save the last volunteer-run movie theater in Paris!”, "
    "Film Independent fiscal sponsorship page"
)
MADMOIZELLE = (
    "“Paris: this associative cinema saved after a struggle supported by Scorsese, Tarantino "
    "and Sciamma”, Madmoizelle, 2024"
)

# The occupation, as the encyclopedia article dates it: from 2019 to the eviction of 1 March
# 2022 (the fundraising page says "two and a half years"). Events the sources place in it without
# a date of their own hold this span.
OCCUPATION = {
    "date": datetime.date(2019, 1, 1),
    "date_precision": DatePrecision.YEAR,
    "date_end": datetime.date(2022, 3, 1),
    "date_end_precision": DatePrecision.DAY,
}
# Between the eviction and the purchase of the building, where the encyclopedia article places
# what the collective did in other places, without dates.
AFTER_EVICTION = {
    "date": datetime.date(2022, 3, 1),
    "date_precision": DatePrecision.DAY,
    "date_end": datetime.date(2024, 6, 19),
    "date_end_precision": DatePrecision.DAY,
}


def on(date, precision):
    """A single date, at its precision: no span."""
    return {"date": date, "date_precision": precision, "date_end": None, "date_end_precision": ""}


VENUES = {
    "la-clef": {
        "kind": VenueKind.CINEMA,
        "name": "La Clef",
        "name_en": "",
        "address": "34 rue Daubenton / 21 rue de la Clef, Paris",
        "description": "Le cinéma associatif du Quartier latin, fondé en 1973.",
        "description_en": "The associative cinema of the Latin Quarter, founded in 1973.",
        # The founding year is the encyclopedia's; the Latin Quarter is Madmoizelle's.
        "source": f"{ENCYCLOPEDIA}; {MADMOIZELLE}",
    },
    "mur-exterieur-la-clef": {
        "kind": VenueKind.OTHER,
        "name": "Le mur extérieur de La Clef",
        "name_en": "The outside wall of La Clef",
        "address": "",
        "description": (
            "Pendant le confinement lié au COVID-19, les occupants projetaient régulièrement des "
            "films sur le mur extérieur du cinéma."
        ),
        "description_en": (
            "During the COVID-19 lockdown the occupants regularly screened films on the "
            "cinema's outside wall."
        ),
        "source": ENCYCLOPEDIA,
    },
    "palais-de-tokyo": {
        "kind": VenueKind.OTHER,
        "name": "Palais de Tokyo",
        "name_en": "",
        "address": "",  # no source gives it
        "description": (
            "Lieu de l'exposition-vente d'œuvres d'art organisée en novembre 2023 pour financer "
            "le rachat du cinéma."
        ),
        "description_en": (
            "Where an art exhibition and sale was held in November 2023 to raise money to buy "
            "the cinema."
        ),
        "source": ENCYCLOPEDIA,
    },
    "lieux-culturels-amis": {
        "kind": VenueKind.OTHER,
        "name": "Lieux culturels amis",
        "name_en": "Friendly cultural venues",
        "address": "",
        "description": (
            "Après l'expulsion, le collectif a poursuivi ses projections dans divers lieux "
            "culturels amis, que les sources ne nomment pas."
        ),
        "description_en": (
            "After the eviction the collective went on screening films in various friendly "
            "cultural venues, which the sources do not name."
        ),
        "source": ENCYCLOPEDIA,
    },
}

SERIES = {
    "images-dailleurs": {
        "title": "Images d'Ailleurs",
        "title_en": "Images d'Ailleurs",
        "is_archive_grouping": False,
        "start_year": 1990,
        "end_year": None,
        "description": (
            "Projet fondé en 1990 à La Clef par le cinéaste Sanvi Panou pour montrer des films "
            "d'Afrique et d'Amérique du Sud."
        ),
        "description_en": (
            "A project founded at La Clef in 1990 by the filmmaker Sanvi Panou to show films "
            "from Africa and South America."
        ),
        "source": ENCYCLOPEDIA,
    },
    "seances-de-l-occupation": {
        "title": "Les séances du soir de l'occupation",
        "title_en": "The occupation's nightly screenings",
        "is_archive_grouping": True,
        "start_year": 2019,
        "end_year": 2022,
        "description": (
            "Les séances que les bénévoles proposaient chaque soir de l'occupation, à prix "
            "libre, souvent suivies d'un débat avec le ou la cinéaste. Les sources les décrivent "
            "sans en faire une série nommée\u00a0: ce regroupement et son titre sont ceux de "
            "l'archive."
        ),
        "description_en": (
            "The screenings the volunteers offered every evening of the occupation, at an open "
            "price, often followed by a discussion with the director. The sources describe them "
            "without naming them as a series: the grouping and its title are the archive's."
        ),
        "source": f"{ENCYCLOPEDIA}; {FUNDRAISING}",
    },
    "festival-permanent-2022": {
        "title": "Le festival permanent de 2022",
        "title_en": "The permanent festival of 2022",
        "is_archive_grouping": True,
        "start_year": 2022,
        "end_year": 2022,
        "description": (
            "Le festival de cinéma que le collectif a tenu de 6\u00a0h à 23\u00a0h chaque jour, "
            "dans les semaines qui ont suivi l'ordre de fermeture du 31 janvier 2022. La source "
            "parle d'un «\u202ffestival de cinéma permanent\u202f» sans lui donner de nom\u00a0: "
            "le titre est celui de l'archive."
        ),
        "description_en": (
            "The film festival the collective held from 6 am to 11 pm every day in the weeks "
            "after the closure order of 31 January 2022. The source speaks of a “permanent film "
            "festival” without naming it: the title is the archive's."
        ),
        "source": ENCYCLOPEDIA,
    },
    "projections-sur-le-mur": {
        "title": "Les projections sur le mur du confinement",
        "title_en": "The lockdown wall screenings",
        "is_archive_grouping": True,
        "start_year": None,
        "end_year": None,
        "description": (
            "Les films que les occupants projetaient régulièrement sur le mur extérieur du "
            "cinéma pendant le confinement lié au COVID-19. Les sources ne les datent pas et ne "
            "leur donnent pas de nom\u00a0: ce regroupement et son titre sont ceux de l'archive."
        ),
        "description_en": (
            "The films the occupants screened regularly on the cinema's outside wall during the "
            "COVID-19 lockdown. The sources neither date nor name them: the grouping and its "
            "title are the archive's."
        ),
        "source": ENCYCLOPEDIA,
    },
    "studio-34": {
        "title": "Studio 34",
        "title_en": "Studio 34",
        "is_archive_grouping": False,
        "start_year": None,
        "end_year": None,
        "description": (
            "Programme lancé par le collectif pour aider de jeunes cinéastes à réaliser des "
            "courts métrages."
        ),
        "description_en": (
            "A programme launched by the collective to help young filmmakers make short films."
        ),
        "source": ENCYCLOPEDIA,
    },
    "tiny-escape": {
        "title": "Tiny Escape",
        "title_en": "Tiny Escape",
        "is_archive_grouping": False,
        "start_year": None,
        "end_year": None,
        "description": (
            "Atelier régulier que le collectif a lancé pendant l'occupation pour les enfants du "
            "quartier."
        ),
        "description_en": (
            "A regular workshop the collective started during the occupation for the "
            "neighbourhood's children."
        ),
        "source": ENCYCLOPEDIA,
    },
}

FILMS = {
    "attica": {
        "title": "Attica",
        "synopsis": "Un film sur la mutinerie de la prison d'Attica.",
        "synopsis_en": "A film on the riot at Attica Prison.",
        "source": ENCYCLOPEDIA,
    },
}

# The directors who came to talk after the occupation's screenings, as each source names them.
DEBATE_DIRECTORS = [
    (name, ENCYCLOPEDIA)
    for name in (
        "Françoise Romand",
        "Yann Gonzalez",
        "Guillaume Massart",
        "Vincent Macaigne",
        "Maud Alpi",
        "Laurent Cantet",
        "Claire Denis",
        "Alain Cavalier",
    )
] + [
    (name, FUNDRAISING)
    for name in ("Céline Sciamma", "Léos Carax", "Jean-Luc Godard", "Sophie Calle")
]
# The artists who came to support the occupants during the permanent festival, by the
# encyclopedia article; Céline Sciamma and Leos Carax are already among the directors.
FESTIVAL_SUPPORTERS = ["John Carpenter", "Frederick Wiseman", "Wang Bing", "Adèle Haenel"]
PALAIS_DE_TOKYO_ARTISTS = [
    "David Lynch",
    "Alain Guiraudie",
    "Philippe Katerine",
    "Orlan",
    "Pierre Huyghe",
    "Zineb Sedira",
]
# Names whose family name comes first, sorted as they are written.
SORT_NAMES = {"Wang Bing": "Wang Bing"}


def by_family_name(names):
    return sorted(names, key=lambda name: SORT_NAMES.get(name, name.split()[-1]))


SCREENINGS = {
    "laclef-2019-occupation-first-night": {
        **on(datetime.date(2019, 1, 1), DatePrecision.YEAR),
        "event_type": EventType.SCREENING,
        "title": "Première soirée de l'occupation\u00a0: Attica",
        "title_en": "First night of the occupation: Attica",
        "series": "seances-de-l-occupation",
        "venue": "la-clef",
        "notes": (
            "Le soir où le collectif La Clef Revival entame l'occupation du bâtiment, il projette "
            "Attica, un film sur la mutinerie de la prison d'Attica."
        ),
        "notes_en": (
            "On the evening the La Clef Revival collective began occupying the building, it "
            "showed Attica, a film on the riot at Attica Prison."
        ),
        "source": ENCYCLOPEDIA,
        "films": ["attica"],
        "guests": [],
        "tags": ["occupation"],
    },
    "laclef-2019-swan-lake": {
        **on(datetime.date(2019, 1, 1), DatePrecision.YEAR),
        "event_type": EventType.PERFORMANCE,
        "title": "Le Lac des cygnes par les grévistes du Ballet de l'Opéra de Paris",
        "title_en": "Swan Lake by the striking workers of the Paris Opera Ballet",
        "series": None,
        "venue": "la-clef",
        "notes": (
            "Plus tard dans l'année 2019, des salariés du Ballet de l'Opéra de Paris alors en "
            "grève dansent Le Lac des cygnes dans le cinéma occupé."
        ),
        "notes_en": (
            "Later in the year 2019, Paris Opera Ballet workers then on strike danced Swan Lake "
            "in the occupied cinema."
        ),
        "source": ENCYCLOPEDIA,
        "films": [],
        "guests": [],
        "tags": ["occupation"],
    },
    "laclef-occupation-nightly-screenings": {
        **OCCUPATION,
        "event_type": EventType.TALK,
        "title": "Une séance à prix libre chaque soir de l'occupation",
        "title_en": "An open-price screening every evening of the occupation",
        "series": "seances-de-l-occupation",
        "venue": "la-clef",
        "notes": (
            "Tout au long de l'occupation, les bénévoles proposent chaque soir une séance à prix "
            "libre, avec un film différent à chaque fois, choisi de préférence parmi les films "
            "peu vus ou autoproduits. Le plus souvent, le ou la cinéaste vient ensuite débattre "
            "avec la salle. L'article encyclopédique nomme Maud Alpi, Laurent Cantet, Alain "
            "Cavalier, Claire Denis, Yann Gonzalez, Vincent Macaigne, Guillaume Massart et "
            "Françoise Romand\u202f; la page de collecte du collectif, Sophie Calle, Léos Carax, "
            "Jean-Luc Godard et Céline Sciamma. Aucune de ces soirées n'est datée\u00a0: la "
            "période est celle de l'occupation, de 2019 à l'expulsion du 1er mars 2022 "
            "(«\u202fdeux ans et demi\u202f», selon la page de collecte)."
        ),
        "notes_en": (
            "Throughout the occupation the volunteers offered an open-price screening every "
            "evening, with a different film each time, chosen mostly among rarely seen or "
            "self-produced films. More often than not the director then came to talk it over "
            "with the room. The encyclopedia article names Maud Alpi, Laurent Cantet, Alain "
            "Cavalier, Claire Denis, Yann Gonzalez, Vincent Macaigne, Guillaume Massart and "
            "Françoise Romand; the collective's fundraising page, Sophie Calle, Léos Carax, "
            "Jean-Luc Godard and Céline Sciamma. None of these evenings is dated: the span is "
            "the occupation's, from 2019 to the eviction of 1 March 2022 (“two and a half "
            "years”, according to the fundraising page)."
        ),
        "source": f"{ENCYCLOPEDIA}; {FUNDRAISING}",
        "films": [],
        "guests": [
            (name, Role.DIRECTOR) for name in by_family_name(name for name, _s in DEBATE_DIRECTORS)
        ],
        "tags": ["occupation"],
    },
    "laclef-occupation-wall-screenings": {
        **OCCUPATION,
        "event_type": EventType.SCREENING,
        "title": "Des films projetés sur le mur extérieur pendant le confinement",
        "title_en": "Films screened on the outside wall during the lockdown",
        "series": "projections-sur-le-mur",
        "venue": "mur-exterieur-la-clef",
        "notes": (
            "Pendant le confinement lié au COVID-19, les occupants projettent régulièrement des "
            "films sur le mur extérieur du cinéma, ce qui attire l'attention de la presse. La "
            "source ne les date pas plus précisément que l'occupation, pendant laquelle elle "
            "les place (2019 – 1er mars 2022)."
        ),
        "notes_en": (
            "During the COVID-19 lockdown the occupants regularly showed films on the cinema's "
            "outside wall, which drew the attention of the press. The source dates them no "
            "more precisely than the occupation, in which it places them (2019 – 1 March 2022)."
        ),
        "source": ENCYCLOPEDIA,
        "films": [],
        "guests": [],
        "tags": ["occupation"],
    },
    "laclef-2022-permanent-festival": {
        "date": datetime.date(2022, 1, 31),
        "date_precision": DatePrecision.DAY,
        "date_end": datetime.date(2022, 3, 1),
        "date_end_precision": DatePrecision.DAY,
        "event_type": EventType.FESTIVAL,
        "title": "Le festival permanent, de 6\u00a0h à 23\u00a0h chaque jour",
        "title_en": "The permanent festival, from 6 am to 11 pm every day",
        "series": "festival-permanent-2022",
        "venue": "la-clef",
        "notes": (
            "Le 31 janvier 2022, les autorités ordonnent la fermeture du cinéma pour que sa "
            "vente à Groupe SOS puisse se conclure. Le collectif y répond en tenant un festival "
            "de cinéma sans interruption, ouvert tous les jours de 6\u00a0h à 23\u00a0h, dans "
            "les semaines qui suivent. Le public grandit, et de nombreux artistes viennent "
            "soutenir le projet des occupants, parmi lesquels Leos Carax, John Carpenter, Adèle "
            "Haenel, Céline Sciamma, Wang Bing et Frederick Wiseman, ainsi que des groupes "
            "militants. La source dit seulement «\u202fles semaines suivantes\u202f»\u00a0: la "
            "période va de l'ordre de fermeture à l'expulsion du 1er mars 2022, qui met fin à "
            "l'occupation."
        ),
        "notes_en": (
            "On 31 January 2022 the authorities ordered the cinema closed so that its sale to "
            "Groupe SOS could go through. The collective answered by holding a film festival "
            "without a break, open every day from 6 am to 11 pm, in the weeks that followed. "
            "The audience grew, and many artists came to back the occupants' project, among "
            "them Leos Carax, John Carpenter, Adèle Haenel, Céline Sciamma, Wang Bing and "
            "Frederick Wiseman, along with activist groups. The source says only “the following "
            "weeks”: the span runs from the closure order to the eviction of 1 March 2022, which "
            "ended the occupation."
        ),
        "source": ENCYCLOPEDIA,
        "films": [],
        "guests": [
            (name, Role.GUEST)
            for name in by_family_name([*FESTIVAL_SUPPORTERS, "Céline Sciamma", "Léos Carax"])
        ],
        "tags": ["occupation"],
    },
    "laclef-after-eviction-friendly-venues": {
        **AFTER_EVICTION,
        "event_type": EventType.SCREENING,
        "title": "Projections dans des lieux culturels amis après l'expulsion",
        "title_en": "Screenings in friendly cultural venues after the eviction",
        "series": None,
        "venue": "lieux-culturels-amis",
        "notes": (
            "Chassé du bâtiment le 1er mars 2022, le collectif de bénévoles continue de "
            "montrer des films, accueilli par divers lieux culturels amis que la source ne nomme "
            "pas. Elle ne les date pas non plus\u00a0: elle les place entre l'expulsion et le "
            "rachat du bâtiment, le 19 juin 2024."
        ),
        "notes_en": (
            "Driven out of the building on 1 March 2022, the volunteers' collective went on "
            "showing films, taken in by various friendly cultural venues the source does not "
            "name. Nor does it date them: it places them between the eviction and the purchase "
            "of the building on 19 June 2024."
        ),
        "source": ENCYCLOPEDIA,
        "films": [],
        "guests": [],
        "tags": [],
    },
    "laclef-after-eviction-open-air": {
        **AFTER_EVICTION,
        "event_type": EventType.OPEN_AIR,
        "title": "Projections en plein air pour financer le rachat",
        "title_en": "Open-air screenings to raise money for the purchase",
        "series": None,
        "venue": None,
        "notes": (
            "Parmi les actions menées pour réunir l'argent du rachat, le collectif organise des "
            "projections en plein air, en plus de l'exposition-vente du Palais de Tokyo. La "
            "source ne donne ni lieu ni date\u00a0: elle les place entre l'expulsion du 1er "
            "mars 2022 et le rachat du 19 juin 2024."
        ),
        "notes_en": (
            "Among the ways the collective raised the money to buy the cinema were screenings "
            "in the open air, besides the Palais de Tokyo exhibition and sale. The source gives "
            "neither place nor date: it places them between the eviction of 1 March 2022 and "
            "the purchase of 19 June 2024."
        ),
        "source": ENCYCLOPEDIA,
        "films": [],
        "guests": [],
        "tags": ["fundraiser"],
    },
    "laclef-2023-11-palais-de-tokyo": {
        **on(datetime.date(2023, 11, 1), DatePrecision.MONTH),
        "event_type": EventType.EXHIBITION,
        "title": "L'exposition-vente d'art du Palais de Tokyo pour le rachat",
        "title_en": "The Palais de Tokyo art exhibition and sale for the purchase",
        "series": None,
        "venue": "palais-de-tokyo",
        "notes": (
            "Une exposition-vente d'œuvres d'art pour réunir l'argent du rachat du cinéma. "
            "Parmi les artistes exposés, dans l'ordre alphabétique\u00a0: Alain Guiraudie, "
            "Pierre Huyghe, Philippe Katerine, David Lynch, Orlan et Zineb Sedira."
        ),
        "notes_en": (
            "An art exhibition and sale to raise the money to buy the cinema. Among the artists "
            "shown, in alphabetical order: Alain Guiraudie, Pierre Huyghe, Philippe Katerine, "
            "David Lynch, Orlan and Zineb Sedira."
        ),
        "source": ENCYCLOPEDIA,
        "films": [],
        "guests": [(name, Role.ARTIST) for name in PALAIS_DE_TOKYO_ARTISTS],
        "tags": ["fundraiser"],
    },
    "laclef-2024-06-19-public-screenings": {
        **on(datetime.date(2024, 6, 19), DatePrecision.DAY),
        "event_type": EventType.SCREENING,
        "title": "Des séances publiques après le rachat du 19 juin 2024",
        "title_en": "Public screenings after the purchase of 19 June 2024",
        "series": None,
        "venue": "la-clef",
        "notes": (
            "Le 19 juin 2024, Cinema Revival achète le bâtiment pour 2,7\u00a0M€, et La Clef "
            "Revival ouvre la salle au public pour des séances. L'article encyclopédique donne "
            "ce même jour pour l'achat et pour l'ouverture\u202f; Madmoizelle parle d'une courte "
            "réouverture de quatre jours à la fin du mois de juin, sans dire s'il s'agit des "
            "mêmes séances."
        ),
        "notes_en": (
            "On 19 June 2024 Cinema Revival bought the building for €2.7M, and La Clef Revival "
            "let the public into the theatre for screenings. The encyclopedia article gives "
            "that one day for the purchase and for the opening; Madmoizelle tells of a short "
            "reopening of four days late in June, without saying whether these are the same "
            "screenings."
        ),
        "source": ENCYCLOPEDIA,
        "films": [],
        "guests": [],
        "tags": [],
    },
    "laclef-2024-06-four-day-reopening": {
        **on(datetime.date(2024, 6, 1), DatePrecision.MONTH),
        "event_type": EventType.SCREENING,
        "title": "La réouverture de quatre jours de la fin juin",
        "title_en": "The four-day reopening at the end of June",
        "series": None,
        "venue": "la-clef",
        "notes": (
            "Avant une année de travaux estimés à 600\u00a0000\u00a0euros, pendant laquelle le "
            "cinéma restera fermé, Madmoizelle annonce une courte réouverture de quatre jours "
            "à la fin du mois de juin. L'article, qui rend compte du rachat de 2024, n'en donne "
            "pas les jours."
        ),
        "notes_en": (
            "Before a year of works estimated at 600,000 euros, during which the cinema would "
            "stay closed, Madmoizelle announced a short reopening of four days late in June. "
            "The article, which reports the 2024 purchase, does not give the days."
        ),
        "source": MADMOIZELLE,
        "films": [],
        "guests": [],
        "tags": [],
    },
    "laclef-occupation-studio-34": {
        **OCCUPATION,
        "event_type": EventType.WORKSHOP,
        "title": "Studio 34, pour aider de jeunes cinéastes à tourner des courts métrages",
        "title_en": "Studio 34, helping young filmmakers make short films",
        "series": "studio-34",
        "venue": None,
        "notes": (
            "Pendant l'occupation, le collectif lance Studio 34, un programme qui aide de "
            "jeunes cinéastes à réaliser leurs courts métrages. La source ne le date pas plus "
            "précisément que l'occupation (2019 – 1er mars 2022)."
        ),
        "notes_en": (
            "During the occupation the collective started Studio 34, a programme that helps "
            "young filmmakers make their short films. The source dates it no more precisely "
            "than the occupation (2019 – 1 March 2022)."
        ),
        "source": ENCYCLOPEDIA,
        "films": [],
        "guests": [],
        "tags": ["occupation"],
    },
    "laclef-occupation-tiny-escape": {
        **OCCUPATION,
        "event_type": EventType.WORKSHOP,
        "title": "Tiny Escape, l'atelier des enfants du quartier",
        "title_en": "Tiny Escape, the neighbourhood children's workshop",
        "series": "tiny-escape",
        "venue": None,
        "notes": (
            "Le collectif lance aussi Tiny Escape, un atelier qui réunit régulièrement les "
            "enfants du quartier, à côté d'un fanzine, de radios diffusées en ligne depuis le "
            "bâtiment, d'expositions, de pièces de théâtre et de concerts. La source le place "
            "pendant l'occupation (2019 – 1er mars 2022), sans date."
        ),
        "notes_en": (
            "The collective also started Tiny Escape, a workshop bringing the neighbourhood's "
            "children together regularly, alongside a fanzine, radio stations broadcasting "
            "online from the building, exhibitions, plays and concerts. The source places it "
            "during the occupation (2019 – 1 March 2022), without a date."
        ),
        "source": ENCYCLOPEDIA,
        "films": [],
        "guests": [],
        "tags": ["occupation"],
    },
    "laclef-2026-01-14-reopening": {
        **on(datetime.date(2026, 1, 14), DatePrecision.DAY),
        "event_type": EventType.SCREENING,
        "title": "La réouverture annoncée pour le 14 janvier 2026",
        "title_en": "The reopening announced for 14 January 2026",
        "series": None,
        "venue": "la-clef",
        "notes": (
            "Après le rachat, les bénévoles entreprennent la rénovation du cinéma, confiée pour "
            "une part à des professionnels et menée pour le reste par le nouveau propriétaire et "
            "ses soutiens, puis annoncent sa réouverture pour le 14 janvier 2026. La source "
            "donne la date annoncée, non le récit de la journée."
        ),
        "notes_en": (
            "After the purchase the volunteers set about renovating the cinema, partly through "
            "professionals, the rest led by the new owner and its supporters, then announced its "
            "reopening for 14 January 2026. The source gives the date announced, not an account "
            "of the day."
        ),
        "source": ENCYCLOPEDIA,
        "films": [],
        "guests": [],
        "tags": [],
    },
}
