"""
The closures of La Clef that the three source documents give (`load_la_clef` writes them,
`archive.programme.calendar.seeds`). Each cites one document (`SourceDocument`) and says in its
`source` what that document says; each date has the precision its source gives.

Where the sources disagree, the closure says so rather than choosing silently: the renovation
that followed the purchase was "expected to last a year" in the Madmoizelle article (so until
about the summer of 2025), while the encyclopedia article gives the announced reopening as
14 January 2026. The closure follows the later, more precise date, and cites the article that
dates its start. The occupation's end (eviction on 1 March 2022) is the same in the encyclopedia
article and on the fundraising page, which does not date it ("after we were eventually evicted").
The order to close of 31 January 2022 is not a closure: the occupants answered it with a
festival every day "during the following weeks".

French text has its no-break spaces (U+00A0 before a colon, U+202F before ; ! ? and in « »).
"""

import datetime

from archive.programme.models import SourceDocument
from base.dates import DatePrecision

CLOSURES = {
    "2009-refoundation": {
        "start": datetime.date(2009, 6, 1),
        "start_precision": DatePrecision.MONTH,
        "end": datetime.date(2010, 9, 1),
        "end_precision": DatePrecision.MONTH,
        "reason": (
            "Le cinéma ferme en juin 2009 et rouvre en septembre 2010 sous une nouvelle "
            "structure associative, dirigée par Raphaël Vion, avec le nom «\u202fLa Clef – L’Usage "
            "du monde\u202f»."
        ),
        "reason_en": (
            "The cinema closed in June 2009 and reopened in September 2010 with a new "
            "associative structure, directed by Raphaël Vion, as “La Clef – L’Usage du monde”."
        ),
        "source_document": SourceDocument.ENCYCLOPEDIA,
        "source": "History: “closed down in june 2009 and re-opened in September 2010”.",
    },
    "2018-before-occupation": {
        "start": datetime.date(2018, 1, 1),
        "start_precision": DatePrecision.YEAR,
        "end": datetime.date(2019, 1, 1),
        "end_precision": DatePrecision.YEAR,
        "reason": (
            "Le cinéma ferme en 2018, après l’annonce de la vente du bâtiment par le Groupe "
            "Caisse d’Épargne (2015)\u202f; l’occupation du collectif La Clef Revival commence "
            "en 2019."
        ),
        "reason_en": (
            "The cinema closed in 2018, after the Groupe Caisse d’Épargne announced the sale of "
            "the building (2015); the La Clef Revival collective’s occupation began in 2019."
        ),
        "source_document": SourceDocument.ENCYCLOPEDIA,
        "source": "History: “In 2018, the cinema was closed down”; Public occupation: “In 2019”.",
    },
    "2022-eviction": {
        "start": datetime.date(2022, 3, 2),
        "start_precision": DatePrecision.DAY,
        "end": datetime.date(2024, 6, 18),
        "end_precision": DatePrecision.DAY,
        "reason": (
            "Après l’expulsion du collectif par les CRS le 1er mars 2022, la salle reste fermée "
            "jusqu’à l’achat du bâtiment par Cinema Revival, le 19 juin 2024. Le collectif "
            "continue ses projections dans d’autres lieux culturels amis."
        ),
        "reason_en": (
            "After the riot police evicted the collective on 1 March 2022, the theatre stayed "
            "closed until Cinema Revival bought the building on 19 June 2024. The collective "
            "went on screening films in other friendly cultural venues."
        ),
        "source_document": SourceDocument.ENCYCLOPEDIA,
        "source": (
            "Public occupation: “On 1 March 2022 … evicted the collective”; Eviction: “On 19 "
            "June 2024, the building was sold to Cinema Revival … opened the cinema”."
        ),
    },
    "2024-renovation": {
        "start": datetime.date(2024, 7, 1),
        "start_precision": DatePrecision.MONTH,
        "end": datetime.date(2026, 1, 13),
        "end_precision": DatePrecision.DAY,
        "reason": (
            "Après une brève réouverture de quatre jours fin juin 2024, la salle ferme pour des "
            "travaux de mise aux normes estimés à 600\u202f000\u00a0euros. L’article de "
            "Madmoizelle les prévoyait pour un an\u202f; l’article encyclopédique date "
            "la réouverture annoncée du 14\u00a0janvier 2026, date retenue ici pour la fin."
        ),
        "reason_en": (
            "After a brief four-day reopening at the end of June 2024, the theatre closed for "
            "safety works estimated at €600,000. The Madmoizelle article expected them to last "
            "a year; the encyclopedia article gives the announced reopening as 14 January 2026, "
            "the date kept here for the end."
        ),
        "source_document": SourceDocument.MADMOIZELLE,
        "source": (
            "Madmoizelle: “The works are expected to last a year, during which the cinema will "
            "remain closed after a brief four-day reopening at the end of June.” The end: "
            "“La Clef (cinema)”, Re-opening."
        ),
    },
}
