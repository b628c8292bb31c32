"""Seed content of the history section, in English and French.

Written from the three source documents listed in `SOURCES` (kept beside the project, in
../shared/seeds/), in our own words (tests/history/test_sources_guard.py), following
docs/history-content.md:

- every date, name, figure and quotation is in one of them, and the text or the item's sources
  say which; what none of them says is not written, and what is our own reading says so ("our
  reading", "notre lecture");
- where they disagree, the disagreement is stated where the fact appears: in the chapter's
  "The sources disagree" box, and in the summary and timeline entry that carry the fact;
- names are spelled as the site's person records spell them (Léos Carax), whatever the source.

The French text carries its no-break spaces (base/typography.py), checked by
tests/history/test_history_content.py. Plain data only: the loader `load_la_clef` reads it.
"""

SOURCES = [
    {
        "key": "encyclopedia",
        "title": "La Clef (cinema)",
        "publisher": {"en": "Encyclopedia article", "fr": "Article d'encyclopédie"},
        "date": "",
        "url": "",
        "note": {
            "en": (
                "An undated encyclopedia article giving a dated history of La Clef, from its "
                "founding in 1973 to the reopening the collective announced for 14 January 2026."
            ),
            "fr": (
                "Article encyclopédique non daté qui retrace l'histoire de La Clef, date par "
                "date, de sa fondation en 1973 à la réouverture que le collectif annonce pour le "
                "14 janvier 2026."
            ),
        },
    },
    {
        "key": "film-independent",
        "title": "Cinéma La Clef — Save the last volunteer-run movie theater in Paris!",
        "publisher": {
            "en": "Film Independent (fiscal sponsorship page)",
            "fr": "Film Independent (page de parrainage fiscal)",
        },
        "date": "",
        "url": "",
        "note": {
            "en": (
                "The undated fundraising page of the La Clef Revival collective, hosted by Film "
                "Independent's fiscal sponsorship programme, which presents the project, the "
                "occupation in the collective's own words and the members of its two committees."
            ),
            "fr": (
                "Page de collecte non datée du collectif La Clef Revival, hébergée par le "
                "programme de parrainage fiscal de Film Independent : le collectif y présente "
                "son projet, raconte l'occupation à la première personne et nomme les membres "
                "de ses deux comités."
            ),
        },
    },
    {
        # The key is older than what we know of the article, which carries no date; it stays,
        # so that a site loaded before keeps one record for it.
        "key": "madmoizelle-2024",
        "title": (
            "Paris: this associative cinema saved after a struggle supported by Scorsese, "
            "Tarantino and Sciamma"
        ),
        "publisher": {"en": "Madmoizelle", "fr": "Madmoizelle"},
        "date": "",
        "url": "",
        "note": {
            "en": (
                "An undated Madmoizelle news article, read here in an English translation, which "
                "reports the collective's purchase of the cinema as recent and gives figures on "
                "the fundraising, the patrons and the renovation still to come. The translation "
                "once renders the cinema's name as “The button”."
            ),
            "fr": (
                "Article d'actualité de Madmoizelle, non daté, consulté dans une traduction "
                "anglaise : il présente le rachat du cinéma par le collectif comme récent et "
                "donne les chiffres de la collecte, les noms des mécènes et le coût des travaux "
                "à venir. La traduction rend une fois le nom du cinéma par « The button »."
            ),
        },
    },
]

CHAPTERS = [
    # ------------------------------------------------------------------ 1973-1989
    {
        "key": "founding",
        "slug": {"en": "1973-1989-founding", "fr": "1973-1989-fondation"},
        "title": {"en": "The founding years", "fr": "Les années de fondation"},
        "period": (1973, 1989),
        "summary": {
            "en": (
                "The encyclopedia article has Claude Frank-Forter found La Clef in 1973, to "
                "promote underrepresented filmmakers at affordable prices; Madmoizelle ties its "
                "birth to May 1968. In 1981, with the film industry in recession across France, "
                "the Groupe Caisse d'Épargne buys the cinema."
            ),
            "fr": (
                "Selon l'article encyclopédique, Claude Frank-Forter fonde La Clef en 1973 pour "
                "défendre des cinéastes peu représentés, à des tarifs accessibles ; Madmoizelle "
                "rattache sa naissance à Mai 68. En 1981, alors que le cinéma traverse une "
                "récession dans toute la France, le groupe Caisse d'Épargne rachète la salle."
            ),
        },
        "body": {
            "en": [
                {"type": "heading", "value": "A cinema with a purpose"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Madmoizelle and the collective's fundraising page both place La Clef "
                        "in the Latin Quarter of Paris; the encyclopedia article gives its "
                        "address, 21, rue de la Clef and 34, rue Daubenton. According to that "
                        "article, Claude Frank-Forter founded the cinema in 1973 with two aims: "
                        "to show filmmakers who were underrepresented, and to keep its prices "
                        "affordable.</p>"
                    ),
                },
                {"type": "heading", "value": "May 1968, according to Madmoizelle"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The Madmoizelle article, which carries no date, gives La Clef "
                        "another origin: the revolts and strikes of May 1968, out of which, it "
                        "says, the theatre grew into a stronghold of independent and associative "
                        "cinema. It calls the place one of culture and of resistance.</p>"
                    ),
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "1968 or 1973?",
                        "text": (
                            "<p>Madmoizelle says the cinema was born of the May 1968 movement; "
                            "the encyclopedia article dates its founding by Claude Frank-Forter "
                            "to 1973. Our reading is that the two need not contradict each "
                            "other, one naming the political climate La Clef came from, the "
                            "other the year it was founded. But neither source says what "
                            "happened between 1968 and 1973, so the question stays open.</p>"
                        ),
                        "sources": ["madmoizelle-2024", "encyclopedia"],
                    },
                },
                {"type": "heading", "value": "A recession and a new owner"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In 1981, the encyclopedia article relates, the film industry was in "
                        "recession throughout France, and Claude Frank-Forter sold La Clef to the "
                        "Groupe Caisse d'Épargne. The same article has the group announce, in "
                        "2015, that it would sell the building; Madmoizelle names another holder "
                        "of the walls, the “Economic and Social Council of Savings Bank "
                        "Île-de-France” (see the chapter on 2010–2018).</p>"
                        "<p>The sources say nothing else about the 1980s.</p>"
                    ),
                },
            ],
            "fr": [
                {"type": "heading", "value": "Un cinéma engagé dès l'origine"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Madmoizelle et la page de collecte du collectif situent toutes deux "
                        "La Clef dans le Quartier latin, à Paris ; l'article encyclopédique "
                        "donne son adresse, au 21, rue de la Clef et au 34, rue Daubenton. "
                        "D'après cet article, Claude Frank-Forter fonde le cinéma en 1973 avec "
                        "une double ambition : montrer des cinéastes trop peu représentés, et "
                        "garder des tarifs abordables.</p>"
                    ),
                },
                {"type": "heading", "value": "Mai 68, selon Madmoizelle"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L'article de Madmoizelle, qui ne porte pas de date, donne à La Clef "
                        "une autre origine : les révoltes et les grèves de Mai 68, dont la salle "
                        "serait issue pour devenir, écrit-il, un bastion du cinéma indépendant "
                        "et associatif. Il y voit un lieu de culture autant que de "
                        "résistance.</p>"
                    ),
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "1968 ou 1973 ?",
                        "text": (
                            "<p>Madmoizelle fait naître le cinéma du mouvement de Mai 68 ; "
                            "l'article encyclopédique date de 1973 sa fondation par Claude "
                            "Frank-Forter. Notre lecture est que les deux ne se contredisent "
                            "pas forcément, l'une évoquant le climat politique dont La Clef est "
                            "issue, l'autre l'année de sa création. Mais aucune des sources ne "
                            "dit ce qui s'est passé entre 1968 et 1973 : la question reste "
                            "ouverte.</p>"
                        ),
                        "sources": ["madmoizelle-2024", "encyclopedia"],
                    },
                },
                {"type": "heading", "value": "La crise, puis un nouveau propriétaire"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>En 1981, rapporte l'article encyclopédique, le secteur du cinéma "
                        "traverse une récession dans toute la France, et Claude Frank-Forter "
                        "cède La Clef au groupe Caisse d'Épargne. Le même article fait annoncer "
                        "au groupe, en 2015, la mise en vente de l'immeuble ; Madmoizelle nomme "
                        "un autre détenteur des murs (voir le chapitre 2010–2018).</p>"
                        "<p>Les sources ne disent rien d'autre des années 1980.</p>"
                    ),
                },
            ],
        },
        "sources": ["encyclopedia", "madmoizelle-2024", "film-independent"],
        "events": [
            {
                "key": "founded",
                "date": "1973",
                "title": {
                    "en": "Claude Frank-Forter founds La Clef",
                    "fr": "Claude Frank-Forter fonde La Clef",
                },
                "text": {
                    "en": (
                        "According to the encyclopedia article, Claude Frank-Forter opens La "
                        "Clef to promote underrepresented filmmakers and to keep prices "
                        "affordable. Madmoizelle ties the cinema's birth to May 1968."
                    ),
                    "fr": (
                        "Selon l'article encyclopédique, Claude Frank-Forter crée La Clef pour "
                        "défendre des cinéastes peu représentés et proposer des tarifs "
                        "abordables. Madmoizelle rattache la naissance du cinéma à Mai 68."
                    ),
                },
                "sources": ["encyclopedia", "madmoizelle-2024"],
            },
            {
                "key": "sold-to-caisse-d-epargne",
                "date": "1981",
                "title": {
                    "en": "Sale to the Groupe Caisse d'Épargne",
                    "fr": "Vente au groupe Caisse d'Épargne",
                },
                "text": {
                    "en": (
                        "With the film industry in recession throughout France, the Groupe "
                        "Caisse d'Épargne buys the cinema from Claude Frank-Forter."
                    ),
                    "fr": (
                        "Face à la récession qui frappe le cinéma dans toute la France, Claude "
                        "Frank-Forter vend la salle au groupe Caisse d'Épargne."
                    ),
                },
                "sources": ["encyclopedia"],
            },
        ],
    },
    # ------------------------------------------------------------------ 1990-2009
    {
        "key": "images-dailleurs",
        "slug": {"en": "1990-2009-images-dailleurs", "fr": "1990-2009-images-dailleurs"},
        "title": {"en": "The Images d'Ailleurs years", "fr": "Les années Images d'Ailleurs"},
        "period": (1990, 2009),
        "summary": {
            "en": (
                "In 1990 the filmmaker Sanvi Panou founds the Images d'Ailleurs project at La "
                "Clef, to show films from Africa and South America. The cinema closes in June "
                "2009."
            ),
            "fr": (
                "En 1990, le cinéaste Sanvi Panou fonde à La Clef le projet Images d'Ailleurs, "
                "pour montrer des films d'Afrique et d'Amérique du Sud. La salle ferme en juin "
                "2009."
            ),
        },
        "body": {
            "en": [
                {"type": "heading", "value": "Images from elsewhere"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In 1990, the encyclopedia article says, the filmmaker Sanvi Panou "
                        "founded a project at La Clef called <i>Images d'Ailleurs</i> "
                        "(literally “images from elsewhere”), whose aim was to present films "
                        "from Africa and South America.</p>"
                    ),
                },
                {"type": "heading", "value": "A place of discovery"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Madmoizelle does not say which years it means, but it describes La "
                        "Clef as a place of discovery that for years showed rare, little-known "
                        "films made outside the West, often by directors it calls anti-racist, "
                        "feminist and anti-imperialist.</p>"
                        "<p>On its fundraising page, the La Clef Revival collective presents La "
                        "Clef as a historic cinema of the Latin Quarter, devoted in particular "
                        "to the work of less-represented auteurs from Africa and Latin America: "
                        "a legacy it means to keep for future generations by buying, restoring "
                        "and reopening the theatre. Where the encyclopedia article speaks of "
                        "South America, the collective's page speaks of Latin America.</p>"
                    ),
                },
                {"type": "heading", "value": "The lights go out in 2009"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In June 2009 the cinema closed. The encyclopedia article gives no "
                        "reason, and none of the three documents says what became of Images "
                        "d'Ailleurs afterwards. La Clef reopened fifteen months later, in "
                        "September 2010.</p>"
                    ),
                },
            ],
            "fr": [
                {"type": "heading", "value": "Des images venues d'ailleurs"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>En 1990, indique l'article encyclopédique, le cinéaste Sanvi Panou "
                        "fonde à La Clef le projet <i>Images d'Ailleurs</i>, qui se donne pour "
                        "but de présenter des films d'Afrique et d'Amérique du Sud.</p>"
                    ),
                },
                {"type": "heading", "value": "Un lieu de découvertes"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Madmoizelle ne précise pas de quelles années il parle, mais décrit "
                        "La Clef comme un lieu de découverte qui, pendant des années, a montré "
                        "des films rares et méconnus, tournés hors de l'Occident, souvent par "
                        "des cinéastes qu'il dit antiracistes, féministes et "
                        "anti-impérialistes.</p>"
                        "<p>Sur sa page de collecte, le collectif La Clef Revival présente La "
                        "Clef comme un cinéma historique du Quartier latin, voué en particulier "
                        "aux œuvres d'auteurs d'Afrique et d'Amérique latine moins souvent mis "
                        "en avant : un héritage qu'il entend transmettre aux générations futures "
                        "en rachetant, restaurant et rouvrant la salle. Là où l'article "
                        "encyclopédique parle d'Amérique du Sud, la page du collectif évoque "
                        "l'Amérique latine.</p>"
                    ),
                },
                {"type": "heading", "value": "L'écran s'éteint en 2009"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>En juin 2009, le cinéma ferme ses portes. L'article encyclopédique "
                        "n'en donne pas la raison, et aucun des trois documents ne dit ce "
                        "qu'est devenu Images d'Ailleurs par la suite. La Clef rouvre quinze "
                        "mois plus tard, en septembre 2010.</p>"
                    ),
                },
            ],
        },
        "sources": ["encyclopedia", "madmoizelle-2024", "film-independent"],
        "events": [
            {
                "key": "images-dailleurs-founded",
                "date": "1990",
                "title": {
                    "en": "Sanvi Panou launches Images d'Ailleurs",
                    "fr": "Sanvi Panou lance Images d'Ailleurs",
                },
                "text": {
                    "en": (
                        "The filmmaker Sanvi Panou founds the Images d'Ailleurs project at La "
                        "Clef, to present films from Africa and South America."
                    ),
                    "fr": (
                        "Le cinéaste Sanvi Panou fonde à La Clef le projet Images d'Ailleurs, "
                        "consacré aux films d'Afrique et d'Amérique du Sud."
                    ),
                },
                "sources": ["encyclopedia"],
            },
            {
                "key": "closed-2009",
                "date": "2009-06",
                "title": {"en": "The cinema closes", "fr": "Fermeture de la salle"},
                "text": {
                    "en": "La Clef shuts its doors in June 2009.",
                    "fr": "La Clef ferme ses portes en juin 2009.",
                },
                "sources": ["encyclopedia"],
            },
        ],
    },
    # ------------------------------------------------------------------ 2010-2018
    {
        "key": "usage-du-monde",
        "slug": {"en": "2010-2018-lusage-du-monde", "fr": "2010-2018-l-usage-du-monde"},
        "title": {
            "en": "A new start: L'Usage du monde",
            "fr": "L'Usage du monde, un nouveau départ",
        },
        "period": (2010, 2018),
        "summary": {
            "en": (
                "La Clef reopens in September 2010 as La Clef – L'Usage du monde, still devoted "
                "to world cinema. In 2015 the Groupe Caisse d'Épargne announces that it will "
                "sell the building, and in 2018 the cinema closes. Madmoizelle names another "
                "holder of the walls."
            ),
            "fr": (
                "La Clef rouvre en septembre 2010 sous le nom de La Clef – L'Usage du monde, "
                "toujours tournée vers le cinéma du monde. En 2015, le groupe Caisse d'Épargne "
                "annonce la vente de l'immeuble ; en 2018, la salle ferme. Madmoizelle nomme un "
                "autre détenteur des murs."
            ),
        },
        "body": {
            "en": [
                {"type": "heading", "value": "Reopening in 2010"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>La Clef reopened in September 2010, after more than a year closed, "
                        "with a new associative structure; the encyclopedia article names "
                        "Raphaël Vion as its director.</p>"
                        "<p>The cinema also took a new name, <i>La Clef – L'Usage du monde</i>, "
                        "after a book by Nicolas Bouvier, which the article calls by an English "
                        "title, <i>The Way of the World</i>, and it went on presenting world "
                        "cinema. The sources say nothing of the films shown "
                        "in these years.</p>"
                    ),
                },
                {"type": "heading", "value": "The building goes up for sale"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In 2015, according to the encyclopedia article, the Groupe Caisse "
                        "d'Épargne, which had bought the cinema in 1981, announced that it "
                        "would sell the building that housed it. In 2018 the cinema closed; the "
                        "article does not say why. The following year, a collective moved in to "
                        "reopen it.</p>"
                    ),
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "Who owned the walls?",
                        "text": (
                            "<p>The encyclopedia article has the Groupe Caisse d'Épargne buy "
                            "the cinema in 1981 and announce the sale of the building in 2015; "
                            "after that it speaks only of “the owner”, without naming it. "
                            "Madmoizelle, in the English translation we have, says that until "
                            "the purchase it reports, the walls belonged to the “Economic and "
                            "Social Council of Savings Bank Île-de-France”, and it counts the "
                            "Caisse d'Épargne among the patrons of that purchase. Neither "
                            "source says whether, or when, the building passed from the one to "
                            "the other.</p>"
                        ),
                        "sources": ["encyclopedia", "madmoizelle-2024"],
                    },
                },
            ],
            "fr": [
                {"type": "heading", "value": "La réouverture de 2010"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>La Clef rouvre en septembre 2010, après plus d'un an de fermeture, "
                        "dotée d'une nouvelle structure associative ; l'article encyclopédique "
                        "nomme Raphaël Vion à sa direction.</p>"
                        "<p>La salle change aussi de nom et devient <i>La Clef – L'Usage du "
                        "monde</i>, d'après un livre de Nicolas Bouvier, que l'article cite "
                        "sous un titre anglais, <i>The Way of the World</i>, et continue de "
                        "présenter le cinéma du monde. Les sources ne "
                        "disent rien des films projetés ces années-là.</p>"
                    ),
                },
                {"type": "heading", "value": "L'immeuble mis en vente"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>En 2015, selon l'article encyclopédique, le groupe Caisse d'Épargne, "
                        "qui avait acheté le cinéma en 1981, annonce son intention de vendre "
                        "l'immeuble qui l'abrite. En 2018, le cinéma ferme ; l'article ne dit "
                        "pas pourquoi. L'année suivante, un collectif s'y installe pour le "
                        "rouvrir.</p>"
                    ),
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "À qui appartenaient les murs ?",
                        "text": (
                            "<p>L'article encyclopédique fait acheter le cinéma par le groupe "
                            "Caisse d'Épargne en 1981, puis lui fait annoncer la vente de "
                            "l'immeuble en 2015 ; ensuite, il ne parle plus que du "
                            "« propriétaire », sans le nommer. Madmoizelle, dans la traduction "
                            "anglaise dont nous disposons, écrit que jusqu'au rachat qu'il "
                            "annonce, les murs étaient détenus par l'« Economic and Social "
                            "Council of Savings Bank Île-de-France », et compte la Caisse "
                            "d'Épargne parmi les mécènes de ce rachat. Aucune des deux sources "
                            "ne dit si, ni quand, l'immeuble est passé de l'un à l'autre.</p>"
                        ),
                        "sources": ["encyclopedia", "madmoizelle-2024"],
                    },
                },
            ],
        },
        "sources": ["encyclopedia", "madmoizelle-2024"],
        "events": [
            {
                "key": "reopened-2010",
                "date": "2010-09",
                "title": {
                    "en": "La Clef reopens as La Clef – L'Usage du monde",
                    "fr": "La Clef rouvre sous le nom de La Clef – L'Usage du monde",
                },
                "text": {
                    "en": (
                        "The cinema reopens with a new associative structure and Raphaël Vion as "
                        "its director. Renamed after a book by Nicolas Bouvier (The Way of the "
                        "World, in the article), it goes on presenting world cinema."
                    ),
                    "fr": (
                        "La salle rouvre avec une nouvelle structure associative, sous la "
                        "direction de Raphaël Vion. Rebaptisée d'après un livre de Nicolas "
                        "Bouvier (The Way of the World, dans l'article), elle reste tournée vers "
                        "le cinéma du monde."
                    ),
                },
                "sources": ["encyclopedia"],
            },
            {
                "key": "sale-announced",
                "date": "2015",
                "title": {
                    "en": "The Caisse d'Épargne puts the building up for sale",
                    "fr": "La Caisse d'Épargne met l'immeuble en vente",
                },
                "text": {
                    "en": (
                        "The Groupe Caisse d'Épargne announces that it will sell the building "
                        "that houses the cinema. Madmoizelle names another holder of the walls, "
                        "the “Economic and Social Council of Savings Bank Île-de-France”."
                    ),
                    "fr": (
                        "Le groupe Caisse d'Épargne annonce qu'il va vendre l'immeuble qui "
                        "abrite le cinéma. Madmoizelle nomme un autre détenteur des murs, "
                        "l'« Economic and Social Council of Savings Bank Île-de-France »."
                    ),
                },
                "sources": ["encyclopedia", "madmoizelle-2024"],
            },
            {
                "key": "closed-2018",
                "date": "2018",
                "title": {"en": "The cinema closes", "fr": "Fermeture du cinéma"},
                "text": {
                    "en": "La Clef closes its doors once again.",
                    "fr": "La Clef ferme de nouveau ses portes.",
                },
                "sources": ["encyclopedia"],
            },
        ],
    },
    # ------------------------------------------------------------------ 2019-2022
    {
        "key": "occupation",
        "slug": {"en": "2019-2022-occupation", "fr": "2019-2022-occupation"},
        "title": {"en": "The occupation", "fr": "L'occupation"},
        "period": (2019, 2022),
        "summary": {
            "en": (
                "In 2019 the La Clef Revival collective occupies the closed cinema and shows a "
                "film every night, often with its director there. The occupation ends with the "
                "eviction of 1 March 2022: after three years, says the encyclopedia article; "
                "the collective speaks of two and a half."
            ),
            "fr": (
                "En 2019, le collectif La Clef Revival occupe le cinéma fermé et y montre un "
                "film chaque soir, souvent en présence de son auteur. L'occupation prend fin "
                "avec l'expulsion du 1er mars 2022 : au bout de trois ans, selon l'article "
                "encyclopédique ; de deux ans et demi, selon le collectif."
            ),
        },
        "body": {
            "en": [
                {"type": "heading", "value": "Taking back the screen"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In 2019, the encyclopedia article relates, what it calls “a local "
                        "radical group”, which named itself the La Clef Revival Collective, "
                        "moved into the building, meaning to reopen the cinema and to run it "
                        "democratically. On the first night the occupants showed <i>Attica</i>, "
                        "about the riot at Attica prison. Later that year, striking workers of "
                        "the Paris Opera Ballet staged an action there, dancing <i>Swan "
                        "Lake</i>.</p>"
                    ),
                },
                {"type": "heading", "value": "A film every night"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Volunteers put on a screening every evening, at what the "
                        "encyclopedia article calls “open-price” (the sources use three "
                        "different words for what a seat cost: see the last chapter), and the "
                        "collective says it showed a different film each night. More often "
                        "than not, the article adds, the director stayed after the film to "
                        "debate with the audience, in support of the cinema. It names, among "
                        "many others, Françoise Romand, Yann Gonzalez, Guillaume Massart, "
                        "Vincent Macaigne, Maud Alpi, Laurent Cantet, Claire Denis and Alain "
                        "Cavalier; the collective's page names Céline Sciamma, Léos Carax, "
                        "Jean-Luc Godard and Sophie Calle. The programme, the article says, "
                        "favoured films that are little seen or that their makers produced "
                        "themselves.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "text": (
                            "It was truly an exhilarating time, where moviegoers and filmmakers "
                            "gathered around a film, a conversation or a drink."
                        ),
                        "attribution": "La Clef Revival collective, fundraising page",
                        "source": "film-independent",
                    },
                },
                {"type": "heading", "value": "More than a cinema"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>According to the encyclopedia article, the collective also started "
                        "Studio 34, a programme helping young filmmakers to make short films, "
                        "and the Tiny Escape, a regular workshop for the neighbourhood's "
                        "children, along with a fanzine, web radios run from the building, "
                        "exhibitions, theatre and music.</p>"
                        "<p>During the COVID-19 lockdown the occupants began to show films "
                        "regularly on the building's outside wall, which drew the attention of "
                        "the press. According to the same article, they also set out to buy the "
                        "cinema themselves, by crowdfunding through an endowment fund dedicated "
                        "to it, Cinema Revival.</p>"
                    ),
                },
                {"type": "heading", "value": "Closure order and a permanent festival"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The public mobilised, and the threat grew. The encyclopedia article "
                        "reports that a buyer, Groupe SOS, agreed a price of €4.4M with the "
                        "owner (it does not say when), and that the authorities ordered the "
                        "closure on 31 January 2022 so that the sale could be concluded. In the "
                        "weeks that followed, the collective answered with a permanent film "
                        "festival, every day from 6 a.m. to 11 p.m.</p>"
                        "<p>The audience grew, and many artists came to back the occupants' "
                        "project, the article says, with activist groups: among them John "
                        "Carpenter, Céline Sciamma, Frederick Wiseman, Wang Bing, Léos Carax "
                        "(spelled “Leos” by the encyclopedia article and by Madmoizelle) and "
                        "Adèle Haenel.</p>"
                        "<p>On 1 March 2022, officers of the Compagnies Républicaines de "
                        "Sécurité (CRS) raided the building and expelled the collective: the "
                        "occupation was over.</p>"
                    ),
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "How long did the occupation last?",
                        "text": (
                            "<p>On its fundraising page the collective says it occupied the "
                            "cinema for “two and a half years”. The encyclopedia article dates "
                            "the start to 2019 and the eviction to 1 March 2022, and has the "
                            "occupation end after three years. Neither gives the day it began, "
                            "so the two counts cannot be checked against each other.</p>"
                        ),
                        "sources": ["film-independent", "encyclopedia"],
                    },
                },
            ],
            "fr": [
                {"type": "heading", "value": "Rallumer l'écran"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>En 2019, rapporte l'article encyclopédique, ce qu'il appelle « un "
                        "groupe radical local », qui se baptise La Clef Revival Collective, "
                        "s'installe dans le bâtiment pour rouvrir le cinéma et le faire "
                        "fonctionner démocratiquement. Le premier soir, les occupants projettent "
                        "<i>Attica</i>, consacré à la mutinerie de la prison "
                        "d'Attica. Plus tard dans l'année, des grévistes du Ballet de l'Opéra "
                        "de Paris y mènent une action en dansant <i>Le Lac des cygnes</i>.</p>"
                    ),
                },
                {"type": "heading", "value": "Un film chaque soir"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Chaque soir, les bénévoles proposent une séance à ce que l'article "
                        "encyclopédique appelle « open-price », le prix libre (les sources "
                        "emploient trois mots différents pour le prix d'une place : voir le "
                        "dernier chapitre), et le collectif dit avoir montré un film différent "
                        "tous les soirs. Le plus souvent, ajoute l'article, le ou la cinéaste "
                        "reste après la projection pour débattre avec le public, en soutien au "
                        "cinéma. Il cite, parmi bien d'autres, Françoise Romand, Yann Gonzalez, "
                        "Guillaume Massart, Vincent Macaigne, Maud Alpi, Laurent Cantet, Claire "
                        "Denis et Alain Cavalier ; la page du collectif nomme Céline Sciamma, "
                        "Léos Carax, Jean-Luc Godard et Sophie Calle. La programmation, selon "
                        "l'article, privilégie les films peu vus ou autoproduits.</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "text": (
                            "Ce fut une période vraiment exaltante, où spectateurs et cinéastes "
                            "se retrouvaient autour d'un film, d'une discussion ou d'un verre."
                        ),
                        "attribution": "Collectif La Clef Revival, page de collecte (traduction)",
                        "source": "film-independent",
                    },
                },
                {"type": "heading", "value": "Bien plus qu'un cinéma"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Selon l'article encyclopédique, le collectif lance aussi Studio 34, un "
                        "programme qui aide de jeunes cinéastes à réaliser des courts métrages, "
                        "et le Tiny Escape, un atelier régulier pour les enfants du quartier, "
                        "ainsi qu'un fanzine, des webradios animées depuis le bâtiment, des "
                        "expositions, du théâtre et de la musique.</p>"
                        "<p>Pendant le confinement lié au COVID-19, les occupants se mettent à "
                        "projeter régulièrement des films sur le mur extérieur du bâtiment, ce "
                        "qui attire l'attention de la presse. Selon le même article, ils "
                        "entreprennent aussi de racheter eux-mêmes le cinéma, grâce à un "
                        "financement participatif et à un fonds de dotation qui lui est dédié, "
                        "Cinema Revival.</p>"
                    ),
                },
                {"type": "heading", "value": "Ordre de fermeture et festival permanent"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le public se mobilise, et la menace se précise. L'article "
                        "encyclopédique rapporte qu'un acheteur, le Groupe SOS, s'est accordé "
                        "avec le propriétaire sur un prix de 4,4 M€ (il ne dit pas quand), et "
                        "que les autorités ont ordonné la fermeture le 31 janvier 2022 pour que "
                        "la vente puisse se conclure. Dans les semaines qui suivent, le "
                        "collectif répond par un festival de cinéma permanent, tous les jours "
                        "de 6 h à 23 h.</p>"
                        "<p>Le public grandit, et de nombreux artistes viennent soutenir le "
                        "projet des occupants, dit l'article, aux côtés de collectifs "
                        "militants : parmi eux John Carpenter, Céline Sciamma, Frederick "
                        "Wiseman, Wang Bing, Léos Carax (écrit « Leos » par l'article "
                        "encyclopédique et par Madmoizelle) et Adèle Haenel.</p>"
                        "<p>Le 1er mars 2022, des agents des Compagnies républicaines de "
                        "sécurité (CRS) font irruption dans le bâtiment et en expulsent le "
                        "collectif : l'occupation est terminée.</p>"
                    ),
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "Combien de temps a duré l'occupation ?",
                        "text": (
                            "<p>Sur sa page de collecte, le collectif dit avoir occupé le cinéma "
                            "pendant deux ans et demi. L'article encyclopédique fait commencer "
                            "l'occupation en 2019, date l'expulsion du 1er mars 2022 et la dit "
                            "achevée au bout de trois ans. Aucun des deux ne donne le jour où "
                            "elle a commencé : les deux décomptes ne peuvent pas être vérifiés "
                            "l'un par l'autre.</p>"
                        ),
                        "sources": ["film-independent", "encyclopedia"],
                    },
                },
            ],
        },
        "sources": ["encyclopedia", "film-independent", "madmoizelle-2024"],
        "events": [
            {
                "key": "occupation-begins",
                "date": "2019",
                "title": {
                    "en": "La Clef Revival occupies the cinema",
                    "fr": "La Clef Revival occupe le cinéma",
                },
                "text": {
                    "en": (
                        "The La Clef Revival collective moves into the building, meaning to run "
                        "the cinema again, democratically. Its first film is Attica, about the "
                        "Attica prison riot."
                    ),
                    "fr": (
                        "Le collectif La Clef Revival investit le bâtiment pour faire revivre le "
                        "cinéma selon un fonctionnement démocratique. Son premier film est "
                        "Attica, consacré à la mutinerie de la prison d'Attica."
                    ),
                },
                "sources": ["encyclopedia"],
            },
            {
                "key": "swan-lake",
                "date": "2019",
                "title": {
                    "en": "Striking Paris Opera Ballet workers perform Swan Lake",
                    "fr": "Les grévistes du Ballet de l'Opéra dansent Le Lac des cygnes",
                },
                "text": {
                    "en": (
                        "Later in the year, striking workers of the Paris Opera Ballet dance "
                        "Swan Lake in the occupied cinema."
                    ),
                    "fr": (
                        "Plus tard dans l'année, des grévistes du Ballet de l'Opéra de Paris "
                        "dansent Le Lac des cygnes dans le cinéma occupé."
                    ),
                },
                "sources": ["encyclopedia"],
            },
            {
                "key": "closure-order",
                "date": "2022-01-31",
                "title": {
                    "en": "Closure ordered for the sale to Groupe SOS",
                    "fr": "Fermeture ordonnée pour la vente au Groupe SOS",
                },
                "text": {
                    "en": (
                        "The encyclopedia article gives this date for the closure the "
                        "authorities ordered so that the sale to Groupe SOS, agreed with the "
                        "owner at €4.4M, could be concluded. The collective answers with a "
                        "permanent festival, from 6 a.m. to 11 p.m. daily, for weeks."
                    ),
                    "fr": (
                        "L'article encyclopédique donne cette date pour la fermeture ordonnée "
                        "par les autorités afin que la vente au Groupe SOS, convenue avec le "
                        "propriétaire à 4,4 M€, puisse se conclure. Le collectif riposte par un "
                        "festival permanent, de 6 h à 23 h chaque jour, pendant des semaines."
                    ),
                },
                "sources": ["encyclopedia"],
            },
            {
                "key": "eviction",
                "date": "2022-03-01",
                "title": {
                    "en": "The CRS evict the collective",
                    "fr": "Les CRS expulsent le collectif",
                },
                "text": {
                    "en": (
                        "Officers of the Compagnies Républicaines de Sécurité raid the cinema "
                        "and expel La Clef Revival. The encyclopedia article says the occupation "
                        "ends after three years; the collective's page speaks of two and a half."
                    ),
                    "fr": (
                        "Les Compagnies républicaines de sécurité font irruption dans le cinéma "
                        "et expulsent La Clef Revival. L'occupation a duré trois ans selon "
                        "l'article encyclopédique, deux ans et demi selon le collectif."
                    ),
                },
                "sources": ["encyclopedia", "film-independent"],
            },
        ],
    },
    # ------------------------------------------------------------------ 2022-2024
    {
        "key": "purchase",
        "slug": {"en": "2022-2024-buying-la-clef", "fr": "2022-2024-rachat-de-la-clef"},
        "title": {"en": "Buying La Clef", "fr": "Le rachat de La Clef"},
        "period": (2022, 2024),
        "summary": {
            "en": (
                "Evicted, the collective keeps screening in friendly venues, reaches a sales "
                "agreement on 26 April 2023 and raises the money; on 19 June 2024, Cinema "
                "Revival buys the building for €2.7M. The fight had lasted months, says "
                "Madmoizelle; four years, says the collective."
            ),
            "fr": (
                "Expulsé, le collectif continue ses projections dans des lieux amis, obtient un "
                "accord de vente le 26 avril 2023 et réunit les fonds ; le 19 juin 2024, Cinema "
                "Revival achète le bâtiment pour 2,7 millions d'euros. La lutte a duré des mois "
                "selon Madmoizelle, quatre ans selon le collectif."
            ),
        },
        "body": {
            "en": [
                {"type": "heading", "value": "After the eviction"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The sale to Groupe SOS, for which the closure had been ordered, was "
                        "never concluded, the encyclopedia article notes. Later in March 2022, "
                        "Danielle Simonnet, a municipal councillor, put a motion to the Council "
                        "of Paris that the city should buy the cinema and let the collective "
                        "carry on; the city's executive turned it down.</p>"
                        "<p>Out of the building, the volunteers went on showing films in "
                        "friendly cultural venues, the article says. The collective's "
                        "fundraising page presents the eviction as the start of a new chapter, "
                        "in which it prepared its own bid for the cinema; the encyclopedia "
                        "article had already placed the first steps towards a purchase during "
                        "the occupation, with the Cinema Revival fund.</p>"
                    ),
                },
                {"type": "heading", "value": "A sales agreement"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Artists spoke up for the project, the public stayed mobilised, and "
                        "talks began with the owner of the building; on 26 April 2023, the "
                        "encyclopedia article says, a sales agreement was reached with the "
                        "collective; Martin Scorsese, it adds, voiced his support. The "
                        "collective's "
                        "page credits the agreement to the backing of well-known people of "
                        "cinema, David Lynch, John Carpenter and Martin Scorsese among them; "
                        "Scorsese, it says, wrote an open letter and recorded a video for the "
                        "collective. Madmoizelle lists Céline Sciamma, Martin Scorsese, David "
                        "Lynch and Quentin Tarantino among the filmmakers the cinema "
                        "mobilised.</p>"
                    ),
                },
                {"type": "heading", "value": "Raising the money"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Among the fundraising activities, the encyclopedia article names "
                        "open-air screenings and an art exhibition and sale at the Palais de "
                        "Tokyo in November 2023, with artists including David Lynch, Alain "
                        "Guiraudie, Philippe Katerine, Orlan, Pierre Huyghe and Zineb "
                        "Sedira.</p>"
                        "<p>Madmoizelle, which cites the Huffington Post, counts the Caisse "
                        "d'Épargne, Martin Scorsese and David Lynch among the patrons, and says "
                        "that 5,000 donors contributed to the €400,000 raised; among them, it "
                        "adds, were Léos Carax, Céline Sciamma, Agnès Jaoui and Mathieu "
                        "Amalric.</p>"
                    ),
                },
                {"type": "heading", "value": "19 June 2024: the sale"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>On 19 June 2024, according to the encyclopedia article, Cinema "
                        "Revival became the owner of the building, for €2.7M, and La Clef "
                        "Revival opened its doors for public screenings. Madmoizelle gives the "
                        "same price but no date, and has the collective itself make the "
                        "purchase, without naming Cinema Revival; for the article, the last "
                        "associative cinema in Paris now belonged to community cinema rather "
                        "than to the banking sector. It also announces “a brief four-day "
                        "reopening at the end of June”, before the works. Our reading is that "
                        "this is the opening the encyclopedia article describes, which would "
                        "date the Madmoizelle article to 2024.</p>"
                        "<p>Groupe SOS had agreed €4.4M with the owner; no source explains why "
                        "the price finally paid was lower.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": [
                        {
                            "value": "€2.7M",
                            "label": "paid by Cinema Revival for the building, 19 June 2024",
                            "source": "encyclopedia",
                        },
                        {
                            "value": "5,000",
                            "label": "donors, according to Madmoizelle",
                            "source": "madmoizelle-2024",
                        },
                        {
                            "value": "€400,000",
                            "label": "raised with their help, according to Madmoizelle",
                            "source": "madmoizelle-2024",
                        },
                        {
                            "value": "€4.4M",
                            "label": "agreed with Groupe SOS, undated; a sale never concluded",
                            "source": "encyclopedia",
                        },
                    ],
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "How long did the fight last?",
                        "text": (
                            "<p>Madmoizelle says the fight to regain the walls had lasted “for "
                            "months”. The collective's fundraising page, which is undated, says "
                            "its members have been fighting “for the past 4 years”. The "
                            "encyclopedia article's dates run from the start of the occupation, "
                            "in 2019, to the purchase of 19 June 2024.</p>"
                        ),
                        "sources": ["madmoizelle-2024", "film-independent", "encyclopedia"],
                    },
                },
            ],
            "fr": [
                {"type": "heading", "value": "Après l'expulsion"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>La vente au Groupe SOS, pour laquelle la fermeture avait été "
                        "ordonnée, n'est jamais conclue, note l'article encyclopédique. Plus "
                        "tard en mars 2022, la conseillère municipale Danielle Simonnet présente "
                        "au Conseil de Paris une motion pour que la Ville rachète le cinéma et "
                        "laisse le collectif poursuivre ; l'exécutif municipal la rejette.</p>"
                        "<p>Privés de leur salle, les bénévoles continuent de montrer des films "
                        "dans des lieux culturels amis, dit l'article. La page de collecte du "
                        "collectif présente l'expulsion comme le début d'un nouveau chapitre, "
                        "celui de sa propre offre de rachat ; l'article encyclopédique "
                        "situait déjà les premières démarches en vue d'un achat pendant "
                        "l'occupation, avec le fonds Cinema Revival.</p>"
                    ),
                },
                {"type": "heading", "value": "Un accord de vente"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Des artistes prennent la parole pour le projet, la mobilisation ne "
                        "faiblit pas et des négociations s'ouvrent avec le propriétaire du "
                        "bâtiment ; le 26 avril 2023, selon l'article encyclopédique, un accord de "
                        "vente est conclu avec le collectif ; Martin Scorsese, ajoute-t-il, lui "
                        "apporte son soutien. La page du collectif attribue cet accord à l'appui "
                        "de figures du cinéma, parmi lesquelles David Lynch, John Carpenter et "
                        "Martin Scorsese ; celui-ci, dit-elle, a écrit une lettre ouverte et "
                        "enregistré une vidéo pour le collectif. Madmoizelle cite Céline Sciamma, "
                        "Martin Scorsese, David Lynch et Quentin Tarantino parmi les cinéastes que "
                        "le cinéma a mobilisés.</p>"
                    ),
                },
                {"type": "heading", "value": "Réunir les fonds"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Parmi les actions de collecte, l'article encyclopédique cite des "
                        "projections en plein air et une exposition-vente d'œuvres d'art au "
                        "Palais de Tokyo en novembre 2023, avec notamment David Lynch, Alain "
                        "Guiraudie, Philippe Katerine, Orlan, Pierre Huyghe et Zineb "
                        "Sedira.</p>"
                        "<p>Madmoizelle, qui cite le Huffington Post, compte la Caisse "
                        "d'Épargne, Martin Scorsese et David Lynch parmi les mécènes, et écrit "
                        "que 5 000 donateurs ont contribué aux 400 000 euros réunis ; parmi eux, "
                        "ajoute-t-il, Léos Carax, Céline Sciamma, Agnès Jaoui et Mathieu "
                        "Amalric.</p>"
                    ),
                },
                {"type": "heading", "value": "19 juin 2024 : la vente"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le 19 juin 2024, selon l'article encyclopédique, Cinema Revival "
                        "devient propriétaire du bâtiment, pour 2,7 millions d'euros, et La Clef "
                        "Revival ouvre la salle à des projections publiques. Madmoizelle donne le "
                        "même prix, mais pas de date, et fait acheter le cinéma par le collectif "
                        "lui-même, sans nommer Cinema Revival ; pour le magazine, la dernière "
                        "salle associative de Paris appartient désormais au cinéma associatif "
                        "plutôt qu'au secteur bancaire. Il évoque aussi une brève réouverture de "
                        "quatre jours à la fin du mois de juin, avant les travaux. Notre lecture "
                        "est qu'il s'agit de l'ouverture dont parle l'article encyclopédique, ce "
                        "qui daterait l'article de Madmoizelle de 2024.</p><p>Le Groupe SOS "
                        "s'était accordé sur 4,4 M€ avec le propriétaire ; aucune source "
                        "n'explique pourquoi le prix finalement payé est plus bas.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": [
                        {
                            "value": "2,7 M€",
                            "label": "payés par Cinema Revival pour le bâtiment, le 19 juin 2024",
                            "source": "encyclopedia",
                        },
                        {
                            "value": "5 000",
                            "label": "donateurs, selon Madmoizelle",
                            "source": "madmoizelle-2024",
                        },
                        {
                            "value": "400 000 €",
                            "label": "réunis avec leur aide, selon Madmoizelle",
                            "source": "madmoizelle-2024",
                        },
                        {
                            "value": "4,4 M€",
                            "label": (
                                "convenus avec le Groupe SOS, sans date ; vente jamais conclue"
                            ),
                            "source": "encyclopedia",
                        },
                    ],
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "Combien de temps a duré la lutte ?",
                        "text": (
                            "<p>Madmoizelle écrit que la lutte pour reprendre les murs durait "
                            "« depuis des mois » (« for months », dans la traduction). La page "
                            "de collecte du collectif, qui n'est pas datée, dit que ses "
                            "membres se battent depuis quatre ans (« for the past 4 years »). "
                            "Les dates de l'article encyclopédique vont du début de "
                            "l'occupation, en 2019, au rachat du 19 juin 2024.</p>"
                        ),
                        "sources": ["madmoizelle-2024", "film-independent", "encyclopedia"],
                    },
                },
            ],
        },
        "sources": ["encyclopedia", "film-independent", "madmoizelle-2024"],
        "events": [
            {
                "key": "council-motion-rejected",
                "date": "2022-03",
                "title": {
                    "en": "Council of Paris motion rejected",
                    "fr": "Rejet d'une motion au Conseil de Paris",
                },
                "text": {
                    "en": (
                        "Later in the month of the eviction, the councillor Danielle Simonnet "
                        "asks the Council of Paris to buy the cinema so that the collective can "
                        "go on; the city's executive rejects the motion. The sale to Groupe SOS "
                        "is never concluded."
                    ),
                    "fr": (
                        "Plus tard dans le mois de l'expulsion, la conseillère municipale "
                        "Danielle Simonnet demande que le Conseil de Paris rachète le cinéma "
                        "pour que le collectif puisse continuer ; l'exécutif municipal rejette "
                        "la motion. La vente au Groupe SOS, elle, ne se fera jamais."
                    ),
                },
                "sources": ["encyclopedia"],
            },
            {
                "key": "sales-agreement",
                "date": "2023-04-26",
                "title": {
                    "en": "Sales agreement with the collective",
                    "fr": "Accord de vente avec le collectif",
                },
                "text": {
                    "en": (
                        "Talks with the owner of the building end in a sales agreement with the "
                        "La Clef Revival collective, which its fundraising page says it signed."
                    ),
                    "fr": (
                        "Les négociations avec le propriétaire du bâtiment aboutissent à un "
                        "accord de vente avec le collectif La Clef Revival, qui dit l'avoir "
                        "signé sur sa page de collecte."
                    ),
                },
                "sources": ["encyclopedia", "film-independent"],
            },
            {
                "key": "palais-de-tokyo",
                "date": "2023-11",
                "title": {
                    "en": "Art exhibition and sale at the Palais de Tokyo",
                    "fr": "Exposition-vente au Palais de Tokyo",
                },
                "text": {
                    "en": (
                        "Among the fundraising activities for the purchase, an art exhibition "
                        "and sale at the Palais de Tokyo, with artists including David Lynch, "
                        "Alain Guiraudie, Philippe Katerine, Orlan, Pierre Huyghe and Zineb "
                        "Sedira."
                    ),
                    "fr": (
                        "Parmi les actions de collecte pour le rachat, une exposition-vente "
                        "d'œuvres d'art au Palais de Tokyo, avec notamment David Lynch, Alain "
                        "Guiraudie, Philippe Katerine, Orlan, Pierre Huyghe et Zineb Sedira."
                    ),
                },
                "sources": ["encyclopedia"],
            },
            {
                "key": "purchase",
                "date": "2024-06-19",
                "title": {
                    "en": "Cinema Revival buys the building for €2.7M",
                    "fr": "Cinema Revival achète le bâtiment pour 2,7 M€",
                },
                "text": {
                    "en": (
                        "The building is sold for €2.7M to Cinema Revival, the endowment fund "
                        "dedicated to the occupants' purchase. Madmoizelle gives the same "
                        "price, paid, it says, by the collective."
                    ),
                    "fr": (
                        "Le bâtiment est vendu pour 2,7 M€ à Cinema Revival, le fonds de "
                        "dotation dédié au rachat voulu par les occupants. Madmoizelle donne le "
                        "même prix, payé, écrit-il, par le collectif."
                    ),
                },
                "sources": ["encyclopedia", "madmoizelle-2024"],
            },
            {
                "key": "four-day-reopening",
                "date": "2024-06",
                "title": {
                    "en": "Four days open before the works",
                    "fr": "Quatre jours d'ouverture avant les travaux",
                },
                "text": {
                    "en": (
                        "After the sale, La Clef Revival opens the cinema for public screenings "
                        "(encyclopedia article); Madmoizelle announces four days of opening at "
                        "the end of June, after which the cinema would close for its works. "
                        "The year is the encyclopedia's: Madmoizelle gives none."
                    ),
                    "fr": (
                        "Après la vente, La Clef Revival ouvre la salle à des projections "
                        "publiques (article encyclopédique) ; Madmoizelle évoque une brève "
                        "réouverture de quatre jours à la fin du mois de juin, après laquelle le "
                        "cinéma fermerait pour travaux. L'année vient de l'article "
                        "encyclopédique : Madmoizelle n'en donne pas."
                    ),
                },
                "sources": ["encyclopedia", "madmoizelle-2024"],
            },
        ],
    },
    # ------------------------------------------------------------------ 2024-2026
    {
        "key": "reopening",
        "slug": {"en": "2024-2026-reopening", "fr": "2024-2026-reouverture"},
        "title": {
            "en": "Renovation, reopening and shared governance",
            "fr": "Travaux, réouverture et gouvernance partagée",
        },
        "period": (2024, 2026),
        "summary": {
            "en": (
                "Once bought, La Clef needs safety work that Madmoizelle puts at €600,000 and "
                "expects to last a year; the encyclopedia article has the collective announce "
                "the reopening for 14 January 2026. The cinema is to be run as a commons by a "
                "cooperative of its users; the sources describe the price of a seat in three "
                "ways."
            ),
            "fr": (
                "Une fois rachetée, La Clef doit engager des travaux de mise en sécurité que "
                "Madmoizelle estime à 600 000 euros et à un an ; selon l'article "
                "encyclopédique, le collectif annonce la réouverture pour le 14 janvier 2026. "
                "Le lieu doit être géré en commun par une coopérative d'usagers ; les sources "
                "décrivent de trois façons le prix d'une place."
            ),
        },
        "body": {
            "en": [
                {"type": "heading", "value": "Worn walls, tired seats"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>There was still a long way to go, Madmoizelle warned: the cinema's "
                        "walls were worn and its seats tired, and the renovation it needed to "
                        "meet safety regulations was estimated at €600,000. The article "
                        "expected the works to last a year, with the cinema shut throughout "
                        "after its brief four-day reopening.</p>"
                        "<p>According to the encyclopedia article, after the purchase the "
                        "volunteers started the renovation, partly with professionals, the "
                        "rest under the lead of the new owner and its supporters. The "
                        "collective then announced that La Clef would reopen on 14 January "
                        "2026; the article "
                        "says no more about the works, nor whether the cinema reopened that "
                        "day.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": [
                        {
                            "value": "€600,000",
                            "label": "estimated cost of the safety renovation",
                            "source": "madmoizelle-2024",
                        },
                        {
                            "value": "1 year",
                            "label": "expected length of the works, according to Madmoizelle",
                            "source": "madmoizelle-2024",
                        },
                    ],
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "A year of works?",
                        "text": (
                            "<p>Madmoizelle expected the works to last a year. The encyclopedia "
                            "article gives 14 January 2026 for the reopening the collective "
                            "announced, nearly nineteen months after the sale of 19 June 2024. "
                            "If the Madmoizelle article dates from June 2024, as the four "
                            "days of opening it announces for the end of June suggest (our "
                            "reading), the works took longer than it expected; neither source "
                            "says why.</p>"
                        ),
                        "sources": ["madmoizelle-2024", "encyclopedia"],
                    },
                },
                {"type": "heading", "value": "What the new owners promise"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The new owners, Madmoizelle reports, mean to keep the militant, "
                        "collective spirit of the cinema; they promise to involve the public in "
                        "planning and organising screenings, and to keep free sessions, which "
                        "the article calls rare in the cinema world. The collective's "
                        "fundraising page sets out a vision that goes further:</p>"
                        "<ul>"
                        "<li>inclusive, accessible screenings at “pay what you can” prices;</li>"
                        "<li>artist residencies;</li>"
                        "<li>post-production facilities;</li>"
                        "<li>educational workshops, free and open to all.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "Free, “pay what you can” or open price?",
                        "text": (
                            "<p>The three sources describe the price of a seat in three ways. "
                            "The encyclopedia article says the occupation's nightly screenings "
                            "were at “open-price”; the collective's fundraising page wants "
                            "“pay what you can” screenings; Madmoizelle reports the new "
                            "owners' promise to keep “free sessions”. Our reading is that they "
                            "may describe one practice in different words, but none of them "
                            "says so, and none gives a price.</p>"
                        ),
                        "sources": ["encyclopedia", "film-independent", "madmoizelle-2024"],
                    },
                },
                {"type": "heading", "value": "A commons run by its users"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The collective says it runs the project by equitable, shared "
                        "governance, and one member of its professionals committee, the "
                        "researcher Eric Arrivé, is a specialist of the legal forms that allow "
                        "property to be held in common. The fundraising page puts the goal in "
                        "these words:</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "text": (
                            "The goal is not simply to buy the cinema, but to protect it durably "
                            "from real estate speculation and to entrust its management to a "
                            "cooperative of users, who will administer it with complete "
                            "independence."
                        ),
                        "attribution": "La Clef Revival, fundraising page",
                        "source": "film-independent",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The page names the directors of two committees. The "
                        "<b>Professionals Committee</b>:</p>"
                        "<ul>"
                        "<li>Eric Arrivé, researcher, specialist of the legal forms of common "
                        "property;</li>"
                        "<li>Céline Sciamma, screenwriter and director, whose experience of "
                        "independent work and of other ways of producing films is to help the "
                        "artist residencies;</li>"
                        "<li>Laurent Tenzer, who has helped run Cinema Nova in Brussels from its "
                        "start: a cinema volunteers have run for twenty years, and a model for "
                        "the La Clef project;</li>"
                        "<li>Jean-Marc Zekri, who runs the Reflet Médicis, an arthouse cinema of "
                        "the Latin Quarter with a long history, and knows how public support "
                        "for independent cinemas works.</li>"
                        "</ul>"
                        "<p>The <b>Users Committee</b>:</p>"
                        "<ul>"
                        "<li>Victor Billet, co-founder of the SMAC productions collective, where "
                        "he produces films;</li>"
                        "<li>Claire-Emmanuelle Blot, film programmer (at the Entrevues festival "
                        "in Belfort, among others), who also works on the Directors' "
                        "Fortnight's press relations;</li>"
                        "<li>Chloé Folens, doctoral student in film history, deputy delegate of "
                        "the SRF, the French Directors' Guild;</li>"
                        "<li>Bulle Meignan, video artist, who also programmes films;</li>"
                        "<li>Gautier Raguenes, producer at Les films Hatari;</li>"
                        "<li>Luc Paillard, projectionist, employed by a cinema.</li>"
                        "</ul>"
                    ),
                },
            ],
            "fr": [
                {"type": "heading", "value": "Murs usés, fauteuils fatigués"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Il reste beaucoup à faire, prévient Madmoizelle : les murs de la "
                        "salle sont usés, ses fauteuils fatigués, et la rénovation nécessaire "
                        "pour la mettre aux normes de sécurité est estimée à 600 000 euros. "
                        "L'article prévoit un an de travaux, pendant lesquels le cinéma "
                        "resterait fermé, une fois passée sa brève réouverture de quatre "
                        "jours.</p>"
                        "<p>D'après l'article encyclopédique, après le rachat, les bénévoles "
                        "entament la rénovation, confiée en partie à des professionnels, le "
                        "reste étant mené par le nouveau propriétaire et ses soutiens. Le "
                        "collectif annonce ensuite la réouverture de La Clef pour le 14 janvier "
                        "2026 ; l'article n'en dit pas plus sur les travaux, ni si le cinéma a "
                        "bien rouvert ce jour-là.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": [
                        {
                            "value": "600 000 €",
                            "label": "coût estimé des travaux de mise en sécurité",
                            "source": "madmoizelle-2024",
                        },
                        {
                            "value": "1 an",
                            "label": "durée prévue des travaux, selon Madmoizelle",
                            "source": "madmoizelle-2024",
                        },
                    ],
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "Un an de travaux ?",
                        "text": (
                            "<p>Madmoizelle prévoyait un an de travaux. L'article "
                            "encyclopédique donne le 14 janvier 2026 pour la réouverture "
                            "annoncée par le collectif, près de dix-neuf mois après la vente du "
                            "19 juin 2024. Si l'article de Madmoizelle date de juin 2024, comme "
                            "le laisse penser sa réouverture de quatre jours à la fin juin "
                            "(notre lecture), les travaux ont duré plus longtemps qu'il ne le "
                            "prévoyait ; aucune des deux sources ne dit pourquoi.</p>"
                        ),
                        "sources": ["madmoizelle-2024", "encyclopedia"],
                    },
                },
                {"type": "heading", "value": "Les engagements des nouveaux propriétaires"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les nouveaux propriétaires, rapporte Madmoizelle, entendent garder "
                        "l'esprit militant et collectif du cinéma ; ils promettent d'associer "
                        "le public à la conception et à l'organisation des séances, et de "
                        "maintenir des séances gratuites, pratique que l'article dit rare dans "
                        "le monde du cinéma. La page de collecte du collectif trace des "
                        "perspectives plus larges :</p>"
                        "<ul>"
                        "<li>des séances inclusives et accessibles, où chacun paie ce qu'il "
                        "peut ;</li>"
                        "<li>des résidences d'artistes ;</li>"
                        "<li>des moyens de postproduction ;</li>"
                        "<li>des ateliers pédagogiques gratuits et ouverts à tous.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "Gratuit, « ce que vous pouvez » ou prix libre ?",
                        "text": (
                            "<p>Les trois sources décrivent de trois façons le prix d'une "
                            "place. L'article encyclopédique dit que les séances du soir de "
                            "l'occupation étaient « open-price », à prix libre ; la page de "
                            "collecte du collectif veut des séances « pay what you can », où "
                            "chacun paie ce qu'il peut ; Madmoizelle rapporte la promesse des "
                            "nouveaux propriétaires de garder des « free sessions », des séances "
                            "gratuites. Notre lecture est qu'elles décrivent peut-être une même "
                            "pratique en d'autres mots, mais aucune ne le dit, et aucune ne "
                            "donne de prix.</p>"
                        ),
                        "sources": ["encyclopedia", "film-independent", "madmoizelle-2024"],
                    },
                },
                {"type": "heading", "value": "Un bien commun géré par ses usagers"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le collectif dit mener son projet selon une gouvernance partagée et "
                        "équitable, et l'un des membres de son comité des professionnels, le "
                        "chercheur Eric Arrivé, est spécialiste des formes juridiques qui "
                        "permettent de posséder un bien en commun. La page de collecte résume "
                        "ainsi le but :</p>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "text": (
                            "L'objectif n'est pas simplement d'acheter le cinéma, mais de le "
                            "protéger durablement de la spéculation immobilière et d'en confier "
                            "la gestion à une coopérative d'usagers, qui l'administrera en "
                            "toute indépendance."
                        ),
                        "attribution": "La Clef Revival, page de collecte (traduction)",
                        "source": "film-independent",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>La page nomme les administrateurs de deux comités. Le <b>comité des "
                        "professionnels</b> :</p>"
                        "<ul>"
                        "<li>Eric Arrivé, chercheur, spécialiste des formes juridiques de la "
                        "propriété commune ;</li>"
                        "<li>Céline Sciamma, scénariste et réalisatrice, dont l'expérience du "
                        "cinéma indépendant et d'autres façons de produire des films doit "
                        "servir aux résidences d'artistes ;</li>"
                        "<li>Laurent Tenzer, qui contribue depuis ses débuts à faire vivre le "
                        "Cinema Nova de Bruxelles, salle tenue depuis vingt ans par des "
                        "bénévoles et modèle du projet de La Clef ;</li>"
                        "<li>Jean-Marc Zekri, qui dirige le Reflet Médicis, cinéma d'art et "
                        "d'essai du Quartier latin à la longue histoire, et connaît le "
                        "fonctionnement du soutien public aux salles indépendantes.</li>"
                        "</ul>"
                        "<p>Le <b>comité des usagers</b> :</p>"
                        "<ul>"
                        "<li>Victor Billet, cofondateur du collectif SMAC productions, où il "
                        "produit des films ;</li>"
                        "<li>Claire-Emmanuelle Blot, programmatrice (notamment au festival "
                        "Entrevues de Belfort), qui travaille aussi aux relations presse de la "
                        "Quinzaine des réalisateurs ;</li>"
                        "<li>Chloé Folens, doctorante en histoire du cinéma, déléguée adjointe "
                        "de la SRF ;</li>"
                        "<li>Bulle Meignan, vidéaste, qui programme aussi des films ;</li>"
                        "<li>Gautier Raguenes, producteur chez Les films Hatari ;</li>"
                        "<li>Luc Paillard, projectionniste, salarié d'un cinéma.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
        "sources": ["madmoizelle-2024", "encyclopedia", "film-independent"],
        "events": [
            {
                "key": "reopening",
                "date": "2026-01-14",
                "title": {
                    "en": "The announced reopening",
                    "fr": "La réouverture annoncée",
                },
                "text": {
                    "en": (
                        "The encyclopedia article ends with the collective announcing the "
                        "reopening for this day, once the renovation had started, partly with "
                        "professionals. It says neither when the announcement was made nor "
                        "whether the cinema did reopen; Madmoizelle had expected a year of works."
                    ),
                    "fr": (
                        "L'article encyclopédique s'achève sur le collectif annonçant la "
                        "réouverture pour ce jour, une fois la rénovation entamée, en partie "
                        "par des professionnels. Il ne dit ni quand l'annonce a été faite, ni "
                        "si le cinéma a bien rouvert ; Madmoizelle prévoyait un an de travaux."
                    ),
                },
                "sources": ["encyclopedia", "madmoizelle-2024"],
            },
        ],
    },
]
