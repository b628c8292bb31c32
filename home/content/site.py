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

SECTIONS = {
    "history": {
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
    },
    "archive": {
        "en": {
            "title": "Archive",
            "slug": "archive",
            "intro": (
                "<p>This section is where records of La Clef's programmes are catalogued: the "
                "films shown, the screenings and the documents that go with them. Records are "
                "added as they are described.</p>"
            ),
        },
        "fr": {
            "title": "Archives",
            "slug": "archives",
            "intro": (
                "<p>Cette rubrique accueille les traces de la programmation de La Clef : films "
                "projetés, séances et documents qui les accompagnent. Les fiches y sont ajoutées "
                "au fil de leur description.</p>"
            ),
        },
    },
    "oral_history": {
        "en": {
            "title": "Oral history",
            "slug": "oral-history",
            "intro": (
                "<p>Interviews and recorded talks with the people who have made La Clef: "
                "volunteers, audiences, projectionists and the filmmakers who came to discuss "
                "their films after the screening.</p>"
            ),
        },
        "fr": {
            "title": "Histoire orale",
            "slug": "histoire-orale",
            "intro": (
                "<p>Entretiens et rencontres enregistrées avec celles et ceux qui ont fait La "
                "Clef : bénévoles, spectateurs, projectionnistes, et cinéastes venus débattre "
                "de leurs films après la séance.</p>"
            ),
        },
    },
    "exhibitions": {
        "en": {
            "title": "Exhibitions",
            "slug": "exhibitions",
            "intro": (
                "<p>Online exhibitions devoted to moments in La Clef's life, such as the art "
                "exhibition and sale held at the Palais de Tokyo in November 2023 to help buy the "
                "cinema.</p>"
            ),
        },
        "fr": {
            "title": "Expositions",
            "slug": "expositions",
            "intro": (
                "<p>Des expositions en ligne consacrées aux grands moments de La Clef, comme "
                "l'exposition-vente d'œuvres d'art organisée au Palais de Tokyo en novembre 2023 "
                "pour financer le rachat du cinéma.</p>"
            ),
        },
    },
    "media": {
        "en": {
            "title": "Media",
            "slug": "media",
            "intro": (
                "<p>Photographs, posters, leaflets and recordings kept by the archive, each with "
                "its date, its author and the terms on which it may be shown. Some items are "
                "described here while their files stay open only to approved researchers.</p>"
            ),
        },
        "fr": {
            "title": "Médias",
            "slug": "medias",
            "intro": (
                "<p>Photographies, affiches, tracts et enregistrements conservés par les archives, "
                "chacun avec sa date, son auteur et les conditions de sa diffusion. Certains sont "
                "décrits ici alors que leurs fichiers restent réservés aux chercheurs "
                "autorisés.</p>"
            ),
        },
    },
    "search": {
        "en": {
            "title": "Search",
            "slug": "search",
            "intro": (
                "<p>Search the whole site: the history pages, programme records, interviews and "
                "exhibitions.</p>"
            ),
        },
        "fr": {
            "title": "Recherche",
            "slug": "recherche",
            "intro": (
                "<p>Rechercher dans l'ensemble du site : pages d'histoire, fiches de "
                "programmation, entretiens et expositions.</p>"
            ),
        },
    },
}
