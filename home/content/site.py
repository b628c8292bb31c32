"""Seed content for the home page and the section index pages, in English and French.

Plain data only: the loader `load_la_clef` reads it. Every fact comes from the three source
documents listed in `home/content/history.py`, and where they disagree the home page says so too
(docs/history-content.md). The French text carries its no-break spaces (base/typography.py).
"""

HOME = {
    "en": {
        "title": "La Clef Archive",
        "intro": (
            "<p>La Clef is an independent, non-profit associative cinema in the Latin Quarter of "
            "Paris, at 21, rue de la Clef and 34, rue Daubenton. An encyclopedia article dates "
            "its founding to 1973; Madmoizelle ties its birth to May 1968. A collective of "
            "volunteers occupied it from 2019 until its eviction on 1 March 2022 (three years by "
            "the encyclopedia's count, two and a half by the collective's), and on 19 June 2024 "
            "Cinema Revival, the endowment fund its occupants had turned to, bought the "
            "building.</p>"
            "<p>This site tells its story from those sources, saying where they disagree, and "
            "gathers the memory of the people who have kept its screen alive.</p>"
        ),
    },
    "fr": {
        "title": "Les archives de La Clef",
        "intro": (
            "<p>La Clef est un cinéma associatif, indépendant et à but non lucratif, installé "
            "dans le Quartier latin, au 21, rue de la Clef et au 34, rue Daubenton. Un article "
            "encyclopédique date sa fondation de 1973 ; Madmoizelle rattache sa naissance à "
            "Mai 68. Un collectif de bénévoles l'a occupé de 2019 à son expulsion, le 1er mars "
            "2022 (trois ans selon l'article encyclopédique, deux ans et demi selon le "
            "collectif), et le 19 juin 2024, Cinema Revival, le fonds de dotation auquel ses "
            "occupants avaient fait appel, a racheté le bâtiment.</p>"
            "<p>Ce site en retrace l'histoire à partir de ces sources, en disant où elles "
            "divergent, et rassemble la mémoire de celles et ceux qui ont fait vivre son "
            "écran.</p>"
        ),
    },
}

SECTION = {
    "en": {
        "title": "History",
        "slug": "history",
        "intro": (
            "<p>The story of La Clef, era by era, from its founding to the reopening announced "
            "for January 2026, told from three published sources that each chapter lists. Where "
            "they disagree, we say so, where the fact appears; where we offer our own reading, "
            "we say that too.</p>"
        ),
    },
    "fr": {
        "title": "Histoire",
        "slug": "histoire",
        "intro": (
            "<p>L'histoire de La Clef, époque par époque, de sa fondation à la réouverture "
            "annoncée pour janvier 2026, racontée à partir de trois sources publiées que chaque "
            "chapitre énumère. Lorsqu'elles divergent, nous le disons, là où le fait apparaît ; "
            "lorsque nous proposons notre propre lecture, nous le disons aussi.</p>"
        ),
    },
}
