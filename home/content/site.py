"""Seed content for the home page and the section index pages, in English and French.

Plain data only: the loader `load_la_clef` reads it. Every fact comes from the three source
documents listed in `home/content/history.py`.
"""

HOME = {
    "en": {
        "title": "La Clef Archive",
        "intro": (
            "<p>La Clef is an independent, non-profit associative cinema in the Latin Quarter of "
            "Paris, at 21 rue de la Clef and 34 rue Daubenton. Founded in 1973, it was occupied by "
            "a collective of volunteers from 2019 to 2022, then bought by that collective's "
            "endowment fund, Cinema Revival, in June 2024.</p>"
            "<p>This site tells its story and gathers the memory of the people who have kept its "
            "screen alive.</p>"
        ),
    },
    "fr": {
        "title": "Les archives de La Clef",
        "intro": (
            "<p>La Clef est un cinéma associatif, indépendant et à but non lucratif, installé au "
            "cœur du Quartier latin, au 21, rue de la Clef et au 34, rue Daubenton. Fondé en 1973, "
            "il a été occupé par un collectif de bénévoles de 2019 à 2022, avant d'être racheté en "
            "juin 2024 par Cinema Revival, le fonds de dotation de ce collectif.</p>"
            "<p>Ce site en retrace l'histoire et rassemble la mémoire de celles et ceux qui ont "
            "fait vivre son écran.</p>"
        ),
    },
}

SECTION = {
    "en": {
        "title": "History",
        "slug": "history",
        "intro": (
            "<p>The story of La Clef from its founding in 1973 to its reopening, told era by "
            "era from published sources. Where those sources disagree, we say so.</p>"
        ),
    },
    "fr": {
        "title": "Histoire",
        "slug": "histoire",
        "intro": (
            "<p>L'histoire de La Clef, de sa fondation en 1973 à sa réouverture, racontée "
            "époque par époque à partir des sources publiées. Lorsque celles-ci divergent, "
            "nous le signalons.</p>"
        ),
    },
}
