"""Seed content of the history section, in English and French.

Written from the three source documents listed in `SOURCES` (and kept in the project's seed
folder): every date, name, figure and quotation comes from them, and the places where they
disagree are shown rather than smoothed over. Plain data only: the loader `load_la_clef` reads it.
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
                "An encyclopedia article that gives a dated history of La Clef, from its founding "
                "in 1973 to the reopening announced for January 2026."
            ),
            "fr": (
                "Article encyclopédique retraçant l'histoire datée de La Clef, de sa fondation en "
                "1973 à la réouverture annoncée pour janvier 2026."
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
                "programme de parrainage fiscal de Film Independent : le collectif y présente "
                "son projet, raconte l'occupation à la première personne et nomme les membres "
                "de ses deux comités."
            ),
        },
    },
    {
        "key": "madmoizelle-2024",
        "title": (
            "Paris: this associative cinema saved after a struggle supported by Scorsese, "
            "Tarantino and Sciamma"
        ),
        "publisher": {"en": "Madmoizelle", "fr": "Madmoizelle"},
        "date": "2024",
        "url": "",
        "note": {
            "en": (
                "A 2024 Madmoizelle news article, read here in English translation, reporting the "
                "collective's purchase of the cinema, with figures on the fundraising, the "
                "patrons and the renovation still to come."
            ),
            "fr": (
                "Article d'actualité de Madmoizelle paru en 2024, consulté dans sa traduction "
                "anglaise, qui annonce le rachat du cinéma par le collectif et donne les chiffres "
                "de la collecte, les noms des mécènes et le coût des travaux à venir."
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
                "Claude Frank-Forter founds La Clef in 1973 to champion underrepresented "
                "filmmakers at affordable prices. In 1981, with French cinema in recession, the "
                "cinema is sold to the Groupe Caisse d'Épargne."
            ),
            "fr": (
                "Claude Frank-Forter fonde La Clef en 1973 pour défendre des cinéastes peu "
                "représentés, à des tarifs accessibles. En 1981, en pleine récession du cinéma "
                "français, la salle est vendue au groupe Caisse d'Épargne."
            ),
        },
        "body": {
            "en": [
                {"type": "heading", "value": "A cinema with a purpose"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>La Clef sits in the Latin Quarter of Paris, and its address is given "
                        "as 21 rue de la Clef and 34 rue Daubenton. According to the encyclopedia "
                        "article, it was founded in 1973 by Claude Frank-Forter, who gave it two "
                        "aims from the outset: to bring underrepresented filmmakers to the "
                        "screen, and to keep tickets affordable.</p>"
                        "<p>Those two commitments, showing the films that are rarely shown and "
                        "making them available to as many people as possible, run through every "
                        "chapter of this history, from the first programmes to the occupation "
                        "and the purchase of the building by its own audience.</p>"
                    ),
                },
                {"type": "heading", "value": "In the spirit of May 68"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The Madmoizelle article, published in 2024, links La Clef's birth to "
                        "the wave of revolts and strikes of May 1968. It describes the theatre "
                        "as a stronghold of independent and associative cinema, a place of "
                        "culture and of resistance in the heart of the Latin Quarter.</p>"
                    ),
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "1968 or 1973?",
                        "text": (
                            "<p>The Madmoizelle article says the cinema was born from the "
                            "movement of May 1968; the encyclopedia article gives 1973 as the "
                            "year Claude Frank-Forter founded it. The two are not necessarily "
                            "at odds: the first describes the political climate that shaped "
                            "La Clef, the second the date of its founding. Neither document "
                            "says anything about the years between 1968 and 1973.</p>"
                        ),
                        "sources": ["madmoizelle-2024", "encyclopedia"],
                    },
                },
                {"type": "heading", "value": "A recession and a new owner"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Less than ten years after the founding, the economic climate "
                        "turned. In 1981, as the film industry across France went through a "
                        "recession, Claude Frank-Forter sold the cinema to the Groupe Caisse "
                        "d'Épargne, the savings bank group.</p>"
                        "<p>That sale would weigh on La Clef for decades. The Caisse d'Épargne "
                        "was still the owner of the walls when the building finally changed "
                        "hands in 2024, and its decision, announced in 2015, to sell the "
                        "building opened the uncertain years told in the later chapters.</p>"
                        "<p>The sources say little else about the 1980s. What they record is a "
                        "direction: an independent screen devoted to filmmakers who found "
                        "little room elsewhere, a vocation the following decade would make "
                        "explicit.</p>"
                    ),
                },
            ],
            "fr": [
                {"type": "heading", "value": "Un cinéma engagé dès l'origine"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>La Clef se trouve au cœur du Quartier latin, à Paris ; son adresse "
                        "est donnée au 21, rue de la Clef et au 34, rue Daubenton. Selon "
                        "l'article encyclopédique, le cinéma est fondé en 1973 par Claude "
                        "Frank-Forter, avec une double ambition : faire découvrir des cinéastes "
                        "trop peu représentés et pratiquer des tarifs abordables.</p>"
                        "<p>Montrer les films que l'on voit rarement, et les rendre accessibles "
                        "au plus grand nombre : ce double engagement traverse toute l'histoire "
                        "de la salle, des premières programmations jusqu'à l'occupation et au "
                        "rachat du bâtiment par son propre public.</p>"
                    ),
                },
                {"type": "heading", "value": "Dans l'esprit de Mai 68"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L'article de Madmoizelle, paru en 2024, rattache la naissance de La "
                        "Clef au mouvement de révoltes et de grèves de Mai 68. Il voit dans "
                        "cette salle un bastion du cinéma indépendant et associatif, un lieu de "
                        "culture autant que de résistance, au cœur du Quartier latin.</p>"
                    ),
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "1968 ou 1973 ?",
                        "text": (
                            "<p>Madmoizelle fait naître le cinéma du mouvement de Mai 68, "
                            "tandis que l'article encyclopédique date sa fondation par Claude "
                            "Frank-Forter de 1973. Les deux versions ne s'excluent pas "
                            "forcément : l'une évoque le climat politique dont La Clef est "
                            "issue, l'autre la date de sa création. Ni l'un ni l'autre ne "
                            "décrit les années 1968 à 1973.</p>"
                        ),
                        "sources": ["madmoizelle-2024", "encyclopedia"],
                    },
                },
                {"type": "heading", "value": "La crise, puis un nouveau propriétaire"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Moins de dix ans après la fondation, le vent tourne. En 1981, alors "
                        "que le secteur du cinéma traverse une récession dans toute la France, "
                        "Claude Frank-Forter cède la salle au groupe Caisse d'Épargne.</p>"
                        "<p>Cette vente pèsera longtemps sur le destin de La Clef. La Caisse "
                        "d'Épargne possédait toujours les murs lorsque le bâtiment a enfin "
                        "changé de mains, en 2024 ; et sa décision, annoncée en 2015, de mettre "
                        "l'immeuble en vente a ouvert les années d'incertitude racontées dans "
                        "les chapitres suivants.</p>"
                        "<p>Les sources restent discrètes sur le reste des années 1980. Elles "
                        "dessinent surtout une direction : un écran indépendant dédié aux "
                        "cinéastes qui trouvaient peu de place ailleurs, vocation que la "
                        "décennie suivante allait affirmer clairement.</p>"
                    ),
                },
            ],
        },
        "sources": ["encyclopedia", "madmoizelle-2024"],
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
                        "Claude Frank-Forter opens La Clef with two aims: to promote "
                        "underrepresented filmmakers and to keep prices affordable."
                    ),
                    "fr": (
                        "Claude Frank-Forter crée La Clef avec deux objectifs : défendre des "
                        "cinéastes peu représentés et proposer des tarifs abordables."
                    ),
                },
                "sources": ["encyclopedia"],
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
                        "With the film industry in recession across France, Claude Frank-Forter "
                        "sells the cinema to the Groupe Caisse d'Épargne."
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
                "In 1990 the filmmaker Sanvi Panou brings African and South American cinema to "
                "La Clef with the Images d'Ailleurs project. The cinema closes in June 2009."
            ),
            "fr": (
                "En 1990, le cinéaste Sanvi Panou fait entrer les cinémas d'Afrique et d'Amérique "
                "du Sud à La Clef avec le projet Images d'Ailleurs. La salle ferme en juin 2009."
            ),
        },
        "body": {
            "en": [
                {"type": "heading", "value": "Images from elsewhere"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In 1990 the filmmaker Sanvi Panou set up a project at La Clef called "
                        "<i>Images d'Ailleurs</i>, literally “images from elsewhere”. Its goal, "
                        "as the encyclopedia article describes it, was to present films from "
                        "Africa and South America to a Paris audience.</p>"
                        "<p>The project gave concrete shape to the founding idea of a screen "
                        "for underrepresented filmmakers, turning the theatre towards two whole "
                        "continents of world cinema.</p>"
                    ),
                },
                {"type": "heading", "value": "A place of discovery"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This orientation is what the sources most associate with La Clef. The "
                        "Madmoizelle article describes the cinema as a space for discovery that, "
                        "for years, screened rare and little-known films made beyond the "
                        "borders of the West, often by anti-racist, feminist and "
                        "anti-imperialist directors.</p>"
                        "<p>The La Clef Revival collective, which would later fight to save the "
                        "theatre, says much the same on its fundraising page. It presents La "
                        "Clef as a historic cinema of the Latin Quarter, notably devoted to "
                        "auteurs from Africa and Latin America who are less often represented, "
                        "and it gives the preservation of that legacy for future generations as "
                        "a reason to buy, restore and reopen the building. Where the "
                        "encyclopedia speaks of South America, the collective's page speaks of "
                        "Latin America.</p>"
                    ),
                },
                {"type": "heading", "value": "The lights go out in 2009"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In June 2009 the cinema closed. The encyclopedia article records the "
                        "closure without explaining it, and none of the three documents says "
                        "what became of Images d'Ailleurs afterwards.</p>"
                        "<p>The screen would stay dark for a little over a year, until a new "
                        "team picked up the thread in September 2010.</p>"
                    ),
                },
            ],
            "fr": [
                {"type": "heading", "value": "Des images venues d'ailleurs"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>En 1990, le cinéaste Sanvi Panou lance à La Clef le projet "
                        "<i>Images d'Ailleurs</i>. D'après l'article encyclopédique, il s'agit "
                        "de faire découvrir au public parisien des films venus d'Afrique et "
                        "d'Amérique du Sud.</p>"
                        "<p>Le projet donne une forme concrète à l'idée fondatrice d'un écran "
                        "pour les cinéastes peu représentés, en tournant la salle vers deux "
                        "continents entiers du cinéma mondial.</p>"
                    ),
                },
                {"type": "heading", "value": "Un lieu de découvertes"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>C'est cette orientation que les sources associent avant tout à La "
                        "Clef. Madmoizelle la décrit comme un espace de découverte qui, pendant "
                        "des années, a programmé des films rares et méconnus, tournés hors des "
                        "frontières de l'Occident, souvent par des cinéastes antiracistes, "
                        "féministes et anti-impérialistes.</p>"
                        "<p>Le collectif La Clef Revival, qui se battra plus tard pour sauver la "
                        "salle, ne dit pas autre chose sur sa page de collecte. Il présente La "
                        "Clef comme un cinéma historique du Quartier latin, voué en particulier "
                        "aux auteurs d'Afrique et d'Amérique latine, moins souvent mis en "
                        "avant, et fait de la transmission de cet héritage aux générations "
                        "futures l'une des raisons de racheter, restaurer et rouvrir le "
                        "lieu. Là où l'article encyclopédique parle d'Amérique du Sud, la page "
                        "du collectif évoque l'Amérique latine.</p>"
                    ),
                },
                {"type": "heading", "value": "L'écran s'éteint en 2009"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>En juin 2009, le cinéma ferme ses portes. L'article encyclopédique "
                        "mentionne cette fermeture sans l'expliquer, et aucun des trois "
                        "documents ne dit ce qu'est devenu Images d'Ailleurs par la suite.</p>"
                        "<p>L'écran restera éteint un peu plus d'un an, jusqu'à ce qu'une "
                        "nouvelle équipe reprenne le flambeau en septembre 2010.</p>"
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
                        "The filmmaker Sanvi Panou sets up the Images d'Ailleurs project at La "
                        "Clef to present films from Africa and South America."
                    ),
                    "fr": (
                        "Le cinéaste Sanvi Panou installe à La Clef le projet Images "
                        "d'Ailleurs, consacré aux films d'Afrique et d'Amérique du Sud."
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
                "La Clef reopens in September 2010 as La Clef – L'Usage du monde, devoted to "
                "world cinema. In 2015 its owner puts the building up for sale, and in 2018 the "
                "cinema closes."
            ),
            "fr": (
                "La Clef rouvre en septembre 2010 sous le nom de La Clef – L'Usage du monde, "
                "tournée vers le cinéma du monde entier. En 2015, le propriétaire annonce la "
                "vente de l'immeuble ; en 2018, la salle ferme."
            ),
        },
        "body": {
            "en": [
                {"type": "heading", "value": "Reopening in 2010"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>After more than a year in the dark, La Clef reopened in September "
                        "2010. It now had a new associative structure, and Raphaël Vion as its "
                        "director.</p>"
                        "<p>The cinema also took a new name: <i>La Clef – L'Usage du monde</i>, "
                        "after Nicolas Bouvier's book <i>L'Usage du monde</i>, known in English "
                        "as <i>The Way of the World</i>. The name suited a programme that, "
                        "according to the encyclopedia article, kept the aim of presenting "
                        "world cinema.</p>"
                    ),
                },
                {"type": "heading", "value": "Continuity"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Across its changes of name and management, the thread holds. La "
                        "Clef remained an independent, non-profit associative cinema, and its "
                        "programme stayed turned towards world cinema. The sources give no "
                        "detail on the films shown in these years, but they place the period "
                        "in line with the founding aims of 1973 and with the world cinema of "
                        "Images d'Ailleurs.</p>"
                    ),
                },
                {"type": "heading", "value": "The building goes up for sale"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In 2015 the Groupe Caisse d'Épargne, which had owned the cinema "
                        "since 1981, announced that it would sell the building. From then on, "
                        "the future of the screen depended on who would buy the walls, and for "
                        "what purpose. Writing in 2024, Madmoizelle is more specific about the "
                        "owner: in the English translation of the article, the walls were held "
                        "by the Economic and Social Council of the Caisse d'Épargne "
                        "Île-de-France.</p>"
                        "<p>In 2018 the cinema closed. The encyclopedia article records the "
                        "closure in a single sentence, without describing the circumstances. "
                        "It would not stay shut for long: the following year, a group of "
                        "activists moved in to bring it back to life.</p>"
                    ),
                },
            ],
            "fr": [
                {"type": "heading", "value": "La réouverture de 2010"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Après plus d'un an d'obscurité, La Clef rouvre en septembre 2010, "
                        "dotée d'une nouvelle structure associative et placée sous la direction "
                        "de Raphaël Vion.</p>"
                        "<p>La salle change aussi de nom et devient <i>La Clef – L'Usage du "
                        "monde</i>, en hommage au livre de Nicolas Bouvier, <i>L'Usage du "
                        "monde</i>. Un nom à l'image d'une programmation qui, selon l'article "
                        "encyclopédique, restait fidèle à sa vocation : montrer le cinéma du "
                        "monde.</p>"
                    ),
                },
                {"type": "heading", "value": "Une continuité"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>D'un nom à l'autre, d'une équipe à l'autre, le fil ne se rompt pas. "
                        "La Clef reste un cinéma associatif, indépendant et à but non lucratif, "
                        "et sa programmation demeure tournée vers le cinéma du monde. Les "
                        "sources ne détaillent pas les films projetés ces années-là, mais elles "
                        "inscrivent clairement la période dans la lignée des ambitions de 1973 "
                        "et du cinéma du monde d'Images d'Ailleurs.</p>"
                    ),
                },
                {"type": "heading", "value": "L'immeuble mis en vente"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>En 2015, le groupe Caisse d'Épargne, propriétaire du cinéma depuis "
                        "1981, annonce son intention de vendre l'immeuble. Dès lors, l'avenir "
                        "de la salle dépend de l'identité de l'acheteur et de ce qu'il compte "
                        "faire des murs. Madmoizelle, en 2024, précise le propriétaire : dans "
                        "la traduction anglaise dont nous disposons, les murs étaient détenus "
                        "par l'« Economic and Social Council » de la Caisse d'Épargne "
                        "Île-de-France.</p>"
                        "<p>En 2018, le cinéma ferme. L'article encyclopédique consigne cette "
                        "fermeture en une phrase, sans en préciser les circonstances. Le rideau "
                        "ne restera pas longtemps baissé : l'année suivante, un groupe de "
                        "militants investit les lieux pour leur redonner vie.</p>"
                    ),
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
                        "director. Renamed after Nicolas Bouvier's book L'Usage du monde (The Way "
                        "of the World), it keeps its focus on world cinema."
                    ),
                    "fr": (
                        "La salle rouvre avec une nouvelle structure associative, sous la "
                        "direction de Raphaël Vion. Rebaptisée d'après le livre de Nicolas "
                        "Bouvier, L'Usage du monde, elle reste fidèle au cinéma du monde."
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
                        "that houses the cinema."
                    ),
                    "fr": (
                        "Le groupe Caisse d'Épargne annonce qu'il va vendre l'immeuble qui "
                        "abrite le cinéma."
                    ),
                },
                "sources": ["encyclopedia"],
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
                "In 2019 the La Clef Revival collective occupies the closed cinema and screens a "
                "film every night, with directors joining the debate. The occupation ends with "
                "an eviction on 1 March 2022."
            ),
            "fr": (
                "En 2019, le collectif La Clef Revival occupe le cinéma fermé et y projette un "
                "film chaque soir, en présence de cinéastes. L'occupation prend fin avec "
                "l'expulsion du 1er mars 2022."
            ),
        },
        "body": {
            "en": [
                {"type": "heading", "value": "Taking back the screen"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In 2019 a local radical group calling itself the La Clef Revival "
                        "collective began occupying the building. Its aim was to reopen the "
                        "cinema and keep it running under a democratic structure. On the very "
                        "first night, the occupants screened <i>Attica</i>, a film about the "
                        "Attica prison riot. Later that year, the cinema was the scene of an "
                        "action by striking workers from the Paris Opera Ballet, who performed "
                        "<i>Swan Lake</i> there.</p>"
                    ),
                },
                {"type": "heading", "value": "A film every night"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Every evening, volunteers put on a screening at an open price, and "
                        "the collective says it showed a different film each night. Most of the "
                        "time, the director came to talk with the audience after the film, as "
                        "a gesture of support. The encyclopedia article names Françoise Romand, "
                        "Yann Gonzalez, Guillaume Massart, Vincent Macaigne, Maud Alpi, Laurent "
                        "Cantet, Claire Denis and Alain Cavalier among many others; the "
                        "collective's fundraising page mentions Céline Sciamma, Leos Carax, "
                        "Jean-Luc Godard and Sophie Calle. The programme favoured films that "
                        "are seldom seen or that their makers produced themselves.</p>"
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
                        "<p>The occupied building became a cultural hub. The collective "
                        "launched Studio 34, a programme helping young filmmakers make short "
                        "films, and Tiny Escape, a regular workshop for local children. It also "
                        "produced a fanzine, ran web radios from the building and hosted "
                        "exhibitions, theatre and music.</p>"
                        "<p>During the COVID-19 lockdown, the occupants began projecting films "
                        "onto the building's outside wall on a regular basis, which caught the "
                        "attention of the press. According to the encyclopedia article, they "
                        "also started working towards buying the cinema themselves, through "
                        "crowdfunding and a dedicated endowment fund named Cinema Revival.</p>"
                    ),
                },
                {"type": "heading", "value": "Closure order and a permanent festival"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Despite the public support, the threat grew. A buyer, Groupe SOS, "
                        "agreed a price of €4.4M with the owner, and the authorities ordered the "
                        "cinema to close on 31 January 2022 so that the sale could go ahead. "
                        "The collective answered with a permanent film festival, running from "
                        "6 a.m. to 11 p.m. every day for the weeks that followed.</p>"
                        "<p>The audience kept growing, and many artists came to back the "
                        "occupants' project, among them John Carpenter, Céline Sciamma, "
                        "Frederick Wiseman, Wang Bing, Leos Carax and Adèle Haenel, alongside "
                        "activist groups.</p>"
                        "<p>On 1 March 2022, officers of the Compagnies Républicaines de "
                        "Sécurité (CRS) raided the cinema and evicted the collective, bringing "
                        "the occupation to an end.</p>"
                    ),
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "How long did the occupation last?",
                        "text": (
                            "<p>The collective's fundraising page says it occupied the cinema "
                            "for two and a half years. The encyclopedia article dates the start "
                            "of the occupation to 2019 and the eviction to 1 March 2022, and "
                            "speaks of an occupation that ended after three years. Neither "
                            "document gives the exact day the occupation began.</p>"
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
                        "<p>En 2019, un groupe militant du quartier, qui se baptise collectif La "
                        "Clef Revival, commence à occuper le bâtiment. Son but : rouvrir le "
                        "cinéma et le faire vivre selon un fonctionnement démocratique. Dès le "
                        "premier soir, les occupants projettent <i>Attica</i>, film consacré à "
                        "la mutinerie de la prison d'Attica. Plus tard dans l'année, le cinéma "
                        "accueille une action de grévistes du Ballet de l'Opéra de Paris, qui y "
                        "donnent <i>Le Lac des cygnes</i>.</p>"
                    ),
                },
                {"type": "heading", "value": "Un film chaque soir"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Chaque soir, les bénévoles proposent une séance à prix libre, et le "
                        "collectif affirme avoir montré un film différent tous les soirs. Le "
                        "plus souvent, le ou la cinéaste vient en débattre avec le public à "
                        "l'issue de la projection, en signe de soutien. L'article "
                        "encyclopédique cite, parmi bien d'autres, Françoise Romand, Yann "
                        "Gonzalez, Guillaume Massart, Vincent Macaigne, Maud Alpi, Laurent "
                        "Cantet, Claire Denis et Alain Cavalier ; la page de collecte du "
                        "collectif mentionne Céline Sciamma, Leos Carax, Jean-Luc Godard et "
                        "Sophie Calle. La programmation privilégie les films peu vus ou "
                        "autoproduits.</p>"
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
                        "<p>Le bâtiment occupé devient un véritable lieu de vie culturelle. Le "
                        "collectif lance Studio 34, un programme qui aide de jeunes cinéastes à "
                        "réaliser des courts métrages, ainsi que Tiny Escape, un atelier "
                        "régulier pour les enfants du quartier. S'y ajoutent un fanzine, des "
                        "webradios installées dans les lieux, des expositions, du théâtre et des "
                        "concerts.</p>"
                        "<p>Pendant le confinement lié au Covid-19, les occupants se mettent à "
                        "projeter régulièrement des films sur le mur extérieur du bâtiment, ce "
                        "qui attire l'attention de la presse. Selon l'article encyclopédique, "
                        "ils commencent aussi à envisager de racheter eux-mêmes le cinéma, "
                        "grâce à un financement participatif et à un fonds de dotation créé à "
                        "cet effet, Cinema Revival.</p>"
                    ),
                },
                {"type": "heading", "value": "Ordre de fermeture et festival permanent"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Malgré la mobilisation, la menace se précise. Un acheteur, le Groupe "
                        "SOS, s'accorde avec le propriétaire sur un prix de 4,4 millions "
                        "d'euros, et les autorités ordonnent la fermeture du cinéma le 31 "
                        "janvier 2022 afin que la vente puisse aboutir. Le collectif réplique "
                        "par un festival de cinéma permanent, de 6 heures à 23 heures, tous les "
                        "jours pendant les semaines qui suivent.</p>"
                        "<p>Le public afflue, et de nombreux artistes viennent soutenir le "
                        "projet des occupants : John Carpenter, Céline Sciamma, Frederick "
                        "Wiseman, Wang Bing, Leos Carax ou encore Adèle Haenel, aux côtés de "
                        "divers collectifs militants.</p>"
                        "<p>Le 1er mars 2022, les CRS (Compagnies républicaines de sécurité) "
                        "font irruption dans le cinéma et expulsent le collectif, mettant fin "
                        "à l'occupation.</p>"
                    ),
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "Combien de temps a duré l'occupation ?",
                        "text": (
                            "<p>Sur sa page de collecte, le collectif dit avoir occupé le cinéma "
                            "pendant deux ans et demi. L'article encyclopédique, lui, fait "
                            "commencer l'occupation en 2019, date l'expulsion du 1er mars 2022 "
                            "et parle d'une occupation achevée au bout de trois ans. Aucun des "
                            "deux documents ne précise le jour exact où elle a commencé.</p>"
                        ),
                        "sources": ["film-independent", "encyclopedia"],
                    },
                },
            ],
        },
        "sources": ["encyclopedia", "film-independent"],
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
                        "The La Clef Revival collective moves into the building to reopen the "
                        "cinema under a democratic structure. On the first night it screens "
                        "Attica, a film about the Attica prison riot."
                    ),
                    "fr": (
                        "Le collectif La Clef Revival investit le bâtiment pour rouvrir le "
                        "cinéma selon un fonctionnement démocratique. Le premier soir, il "
                        "projette Attica, consacré à la mutinerie de la prison d'Attica."
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
                        "Later in the year, striking workers from the Paris Opera Ballet stage a "
                        "performance of Swan Lake at the occupied cinema."
                    ),
                    "fr": (
                        "Plus tard dans l'année, des grévistes du Ballet de l'Opéra de Paris "
                        "donnent une représentation du Lac des cygnes dans le cinéma occupé."
                    ),
                },
                "sources": ["encyclopedia"],
            },
            {
                "key": "closure-order",
                "date": "2022-01-31",
                "title": {
                    "en": "The authorities order the cinema's closure",
                    "fr": "Les autorités ordonnent la fermeture du cinéma",
                },
                "text": {
                    "en": (
                        "Groupe SOS has agreed a €4.4M price for the building with the owner, "
                        "and the closure is ordered so that the sale can go through. The "
                        "collective responds with a permanent film festival, from 6 a.m. to "
                        "11 p.m. every day, for the following weeks."
                    ),
                    "fr": (
                        "Le Groupe SOS s'est entendu avec le propriétaire sur un prix de "
                        "4,4 M€, et la fermeture est ordonnée pour permettre la vente. Le "
                        "collectif riposte par un festival permanent, de 6 heures à 23 heures "
                        "chaque jour, pendant les semaines suivantes."
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
                        "and evict La Clef Revival, ending the occupation."
                    ),
                    "fr": (
                        "Les Compagnies républicaines de sécurité font irruption dans le cinéma "
                        "et expulsent La Clef Revival : l'occupation prend fin."
                    ),
                },
                "sources": ["encyclopedia"],
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
                "Evicted but not defeated, the collective keeps screening elsewhere, signs a sales "
                "agreement in April 2023 and raises the money to buy the building. On 19 June "
                "2024, Cinema Revival becomes its owner for €2.7M."
            ),
            "fr": (
                "Expulsé mais pas vaincu, le collectif continue ses projections ailleurs, signe "
                "un accord de vente en avril 2023 et réunit les fonds nécessaires. Le 19 juin "
                "2024, Cinema Revival achète le bâtiment pour 2,7 millions d'euros."
            ),
        },
        "body": {
            "en": [
                {"type": "heading", "value": "After the eviction"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The eviction did not lead to the sale it was meant to allow: the "
                        "deal with Groupe SOS was never concluded. Later in March 2022, the "
                        "municipal councillor Danielle Simonnet proposed a motion for the "
                        "Council of Paris to buy the cinema and let the collective carry on "
                        "its work. The city's executive rejected it.</p>"
                        "<p>Out of its building, the volunteer collective went on screening "
                        "films in a range of friendly cultural venues. On its fundraising page, "
                        "it describes the eviction as the start of a new chapter, in which it "
                        "put together a bid to buy the cinema itself; the encyclopedia article "
                        "places the first steps towards a purchase earlier, during the "
                        "occupation.</p>"
                    ),
                },
                {"type": "heading", "value": "A sales agreement"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Artists spoke out in defence of the project, the public stayed "
                        "mobilised, and negotiations opened with the owner. On 26 April 2023, a "
                        "sales agreement was reached with the La Clef Revival collective.</p>"
                        "<p>Support came from major names in cinema. Martin Scorsese backed the "
                        "collective and, according to its fundraising page, wrote an open "
                        "letter and recorded a video in support; the same page also cites the "
                        "support of David Lynch and John Carpenter. Madmoizelle adds Céline "
                        "Sciamma and Quentin Tarantino to the filmmakers the cause mobilised.</p>"
                    ),
                },
                {"type": "heading", "value": "Raising the money"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Fundraising took many forms, from open-air screenings to an art "
                        "exhibition and sale at the Palais de Tokyo in November 2023, which "
                        "included work by David Lynch, Alain Guiraudie, Philippe Katerine, "
                        "Orlan, Pierre Huyghe and Zineb Sedira.</p>"
                        "<p>According to Madmoizelle, citing the Huffington Post, the patrons "
                        "included the Caisse d'Épargne, Martin Scorsese and David Lynch, and "
                        "5,000 donors helped raise €400,000. Among them were Leos Carax, Céline "
                        "Sciamma, Agnès Jaoui and Mathieu Amalric.</p>"
                    ),
                },
                {"type": "heading", "value": "19 June 2024: the keys change hands"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>On 19 June 2024, the building was sold to Cinema Revival for €2.7M. "
                        "For Madmoizelle, this settled the fate of what it calls the last "
                        "associative cinema in Paris: a venue for community cinema rather than "
                        "a property of the banking sector. La Clef Revival then opened the "
                        "cinema to the public; Madmoizelle speaks of a brief four-day reopening "
                        "at the end of June, before the renovation work.</p>"
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
                            "label": "donors to the fundraising campaigns",
                            "source": "madmoizelle-2024",
                        },
                        {
                            "value": "€400,000",
                            "label": "raised with the help of those donors",
                            "source": "madmoizelle-2024",
                        },
                        {
                            "value": "€4.4M",
                            "label": "price agreed with Groupe SOS in 2022, a sale never concluded",
                            "source": "encyclopedia",
                        },
                    ],
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "Two prices for one building",
                        "text": (
                            "<p>The encyclopedia article reports that Groupe SOS agreed a price "
                            "of €4.4M with the owner in 2022, a sale that was never concluded. "
                            "The same article and the Madmoizelle piece both give €2.7M as the "
                            "price Cinema Revival paid in June 2024. The two figures concern two "
                            "different buyers, two years apart; none of the sources explains "
                            "the difference between them.</p>"
                        ),
                        "sources": ["encyclopedia", "madmoizelle-2024"],
                    },
                },
            ],
            "fr": [
                {"type": "heading", "value": "Après l'expulsion"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L'expulsion ne débouche pas sur la vente qu'elle devait permettre : "
                        "l'opération avec le Groupe SOS n'est jamais conclue. Plus tard en mars "
                        "2022, la conseillère municipale Danielle Simonnet propose au Conseil "
                        "de Paris une motion pour que la Ville rachète le cinéma et permette au "
                        "collectif de poursuivre son action. L'exécutif municipal la "
                        "rejette.</p>"
                        "<p>Privé de sa salle, le collectif de bénévoles continue d'organiser "
                        "des projections dans différents lieux culturels amis. Sur sa page de "
                        "collecte, il présente l'expulsion comme le début d'un nouveau "
                        "chapitre, celui d'une offre de rachat montée par lui-même ; l'article "
                        "encyclopédique situe les premières démarches en vue d'un achat plus "
                        "tôt, pendant l'occupation.</p>"
                    ),
                },
                {"type": "heading", "value": "Un accord de vente"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Des artistes prennent la parole pour défendre le projet, la "
                        "mobilisation ne faiblit pas et des négociations s'ouvrent avec le "
                        "propriétaire. Le 26 avril 2023, un accord de vente est conclu avec "
                        "le collectif La Clef Revival.</p>"
                        "<p>Les soutiens viennent des plus grands noms du cinéma. Martin "
                        "Scorsese prend position en faveur du collectif : selon sa page de "
                        "collecte, il signe une lettre ouverte et enregistre une vidéo de "
                        "soutien ; la même page cite aussi le soutien de David Lynch et de John "
                        "Carpenter. "
                        "Madmoizelle ajoute Céline Sciamma et Quentin Tarantino aux cinéastes "
                        "mobilisés pour la cause.</p>"
                    ),
                },
                {"type": "heading", "value": "Réunir les fonds"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>La collecte prend des formes variées, des projections en plein air "
                        "à une exposition-vente d'œuvres d'art au Palais de Tokyo en novembre "
                        "2023, où figurent notamment David Lynch, Alain Guiraudie, Philippe "
                        "Katerine, Orlan, Pierre Huyghe et Zineb Sedira.</p>"
                        "<p>D'après Madmoizelle, qui cite le Huffington Post, la Caisse "
                        "d'Épargne, Martin Scorsese et David Lynch comptent parmi les mécènes, "
                        "et 5 000 donateurs ont contribué à réunir 400 000 euros. Parmi eux, "
                        "Leos Carax, Céline Sciamma, Agnès Jaoui et Mathieu Amalric.</p>"
                    ),
                },
                {"type": "heading", "value": "19 juin 2024 : La Clef change de mains"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le 19 juin 2024, le bâtiment est vendu à Cinema Revival pour "
                        "2,7 millions d'euros. Pour Madmoizelle, le sort de ce que le magazine "
                        "présente comme la dernière salle associative de Paris est ainsi "
                        "scellé : un lieu voué au cinéma associatif plutôt qu'un bien du secteur "
                        "bancaire. La Clef Revival ouvre alors la salle au public ; Madmoizelle "
                        "évoque une brève réouverture de quatre jours à la fin du mois de juin, "
                        "avant les travaux.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": [
                        {
                            "value": "2,7 M€",
                            "label": "payés par Cinema Revival pour le bâtiment, le 19 juin 2024",
                            "source": "encyclopedia",
                        },
                        {
                            "value": "5 000",
                            "label": "donateurs aux campagnes de financement",
                            "source": "madmoizelle-2024",
                        },
                        {
                            "value": "400 000 €",
                            "label": "réunis avec l'aide de ces donateurs",
                            "source": "madmoizelle-2024",
                        },
                        {
                            "value": "4,4 M€",
                            "label": (
                                "prix convenu avec le Groupe SOS en 2022, vente jamais conclue"
                            ),
                            "source": "encyclopedia",
                        },
                    ],
                },
                {
                    "type": "disagreement",
                    "value": {
                        "heading": "Deux prix pour un même bâtiment",
                        "text": (
                            "<p>Selon l'article encyclopédique, le Groupe SOS s'était entendu "
                            "avec le propriétaire sur un prix de 4,4 millions d'euros en 2022, "
                            "une vente qui n'a jamais abouti. Ce même article et celui de "
                            "Madmoizelle indiquent tous deux que Cinema Revival a payé "
                            "2,7 millions d'euros en juin 2024. Les deux montants concernent "
                            "deux acheteurs différents, à deux ans d'écart ; aucune des sources "
                            "n'explique l'écart entre eux.</p>"
                        ),
                        "sources": ["encyclopedia", "madmoizelle-2024"],
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
                        "Later in the month of the eviction, councillor Danielle Simonnet "
                        "proposes that the Council of Paris buy the cinema so the collective "
                        "can continue. The city's executive rejects the motion. The sale to "
                        "Groupe SOS is never concluded."
                    ),
                    "fr": (
                        "Plus tard dans le mois de l'expulsion, la conseillère municipale "
                        "Danielle Simonnet propose que le Conseil de Paris rachète le cinéma "
                        "pour que le collectif puisse poursuivre. L'exécutif municipal "
                        "rejette la motion. La vente au Groupe SOS, elle, ne se fera jamais."
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
                        "After negotiations with the owner, the La Clef Revival collective "
                        "reaches a sales agreement for the building."
                    ),
                    "fr": (
                        "À l'issue des négociations avec le propriétaire, le collectif La Clef "
                        "Revival parvient à un accord de vente pour le bâtiment."
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
                        "To help fund the purchase, an art exhibition and sale is held at the "
                        "Palais de Tokyo, with artists including David Lynch, Alain Guiraudie, "
                        "Philippe Katerine, Orlan, Pierre Huyghe and Zineb Sedira."
                    ),
                    "fr": (
                        "Pour financer le rachat, une exposition-vente d'œuvres d'art se tient "
                        "au Palais de Tokyo, avec notamment David Lynch, Alain Guiraudie, "
                        "Philippe Katerine, Orlan, Pierre Huyghe et Zineb Sedira."
                    ),
                },
                "sources": ["encyclopedia"],
            },
            {
                "key": "purchase",
                "date": "2024-06-19",
                "title": {
                    "en": "Cinema Revival buys the building for €2.7M",
                    "fr": "Cinema Revival achète le bâtiment pour 2,7 M€",
                },
                "text": {
                    "en": (
                        "The building is sold for €2.7M to Cinema Revival, the endowment fund "
                        "set up for the collective's purchase bid."
                    ),
                    "fr": (
                        "Le bâtiment est vendu pour 2,7 millions d'euros à Cinema Revival, le "
                        "fonds de dotation dédié au projet de rachat du collectif."
                    ),
                },
                "sources": ["encyclopedia", "madmoizelle-2024"],
            },
            {
                "key": "four-day-reopening",
                "date": "2024-06",
                "title": {
                    "en": "A four-day reopening at the end of June",
                    "fr": "Quatre jours de réouverture fin juin",
                },
                "text": {
                    "en": (
                        "The cinema welcomes the public for a brief four-day reopening at the "
                        "end of June, before closing again for renovation."
                    ),
                    "fr": (
                        "Le cinéma accueille le public pour une brève réouverture de quatre "
                        "jours à la fin du mois de juin, avant de refermer pour travaux."
                    ),
                },
                "sources": ["madmoizelle-2024"],
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
                "Once bought, La Clef needs safety work estimated at €600,000. The collective "
                "announces the reopening for 14 January 2026, in a cinema meant to be managed as "
                "common property by a cooperative of its users."
            ),
            "fr": (
                "Une fois rachetée, La Clef doit engager des travaux de mise en sécurité estimés "
                "à 600 000 euros. Le collectif annonce sa réouverture pour le 14 janvier 2026, "
                "dans un lieu appelé à être géré en commun par une coopérative d'usagers."
            ),
        },
        "body": {
            "en": [
                {"type": "heading", "value": "Worn walls, tired seats"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Owning the building was only one step. Madmoizelle described a "
                        "cinema with worn walls and tired seats, needing renovation estimated "
                        "at €600,000 to meet safety regulations. The article expected the work "
                        "to take a year, with the cinema closed throughout once its brief "
                        "four-day reopening was over.</p>"
                        "<p>According to the encyclopedia article, the renovation was carried "
                        "out partly by professionals and partly by the new owner and its "
                        "supporters. The collective then announced that La Clef would reopen "
                        "on 14 January 2026.</p>"
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
                            "label": "expected length of the works, as reported in 2024",
                            "source": "madmoizelle-2024",
                        },
                    ],
                },
                {"type": "heading", "value": "What the new owners promise"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The new owners say they will keep the militant, collective spirit "
                        "of the place. Madmoizelle reports their promise to involve the public "
                        "in planning and organising screenings, and to keep free sessions, a "
                        "rare practice in the cinema world. The collective's fundraising page "
                        "sets out a wider vision:</p>"
                        "<ul>"
                        "<li>inclusive screenings at “pay what you can” prices;</li>"
                        "<li>residencies for artists;</li>"
                        "<li>post-production facilities;</li>"
                        "<li>free, open-access educational workshops.</li>"
                        "</ul>"
                    ),
                },
                {"type": "heading", "value": "A commons run by its users"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Buying La Clef was never meant to give it just another owner. The "
                        "collective says it runs the project through equitable methods of "
                        "shared governance, and it relies on legal arrangements for common "
                        "property, a field in which one of its committee members, Eric Arrivé, "
                        "is an expert.</p>"
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
                        "<p>The fundraising page names the directors of two committees. The "
                        "<b>Professionals Committee</b>:</p>"
                        "<ul>"
                        "<li>Eric Arrivé, a researcher and expert in the legal arrangements "
                        "that make common property possible;</li>"
                        "<li>Céline Sciamma, screenwriter and director, whose independent work "
                        "and knowledge of alternative production methods will support the "
                        "artist residencies;</li>"
                        "<li>Laurent Tenzer, involved since its beginnings in Cinema Nova in "
                        "Brussels, a cinema run for twenty years by volunteers and a model that "
                        "inspired the project;</li>"
                        "<li>Jean-Marc Zekri, who runs the Reflet Médicis, a historic arthouse "
                        "cinema in the Latin Quarter, and knows the public support model for "
                        "independent venues.</li>"
                        "</ul>"
                        "<p>The <b>Users Committee</b>:</p>"
                        "<ul>"
                        "<li>Victor Billet, co-founder and film producer at the SMAC "
                        "productions collective;</li>"
                        "<li>Claire-Emmanuelle Blot, film programmer, notably at the Entrevues "
                        "festival in Belfort, and member of the Directors' Fortnight press "
                        "relations team;</li>"
                        "<li>Chloé Folens, PhD candidate in film history and deputy delegate of "
                        "the French Directors' Guild (SRF);</li>"
                        "<li>Bulle Meignan, video artist and film programmer;</li>"
                        "<li>Gautier Raguenes, film producer at Les films Hatari;</li>"
                        "<li>Luc Paillard, projectionist and cinema employee.</li>"
                        "</ul>"
                    ),
                },
            ],
            "fr": [
                {"type": "heading", "value": "Murs usés, fauteuils fatigués"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Devenir propriétaire n'était qu'une étape. Madmoizelle décrivait "
                        "une salle aux murs usés et aux fauteuils fatigués, qui nécessitait "
                        "environ 600 000 euros de travaux pour se mettre en conformité avec les "
                        "normes de sécurité. L'article prévoyait un an de chantier, pendant "
                        "lequel le cinéma resterait fermé, une fois passée sa brève "
                        "réouverture de quatre jours.</p>"
                        "<p>D'après l'article encyclopédique, la rénovation a été menée en "
                        "partie par des professionnels, en partie par le nouveau propriétaire "
                        "et ses soutiens. Le collectif a ensuite annoncé la réouverture de La "
                        "Clef pour le 14 janvier 2026.</p>"
                    ),
                },
                {
                    "type": "key_figures",
                    "value": [
                        {
                            "value": "600 000 €",
                            "label": "coût estimé des travaux de mise en sécurité",
                            "source": "madmoizelle-2024",
                        },
                        {
                            "value": "1 an",
                            "label": "durée prévue du chantier, selon l'estimation de 2024",
                            "source": "madmoizelle-2024",
                        },
                    ],
                },
                {"type": "heading", "value": "Les engagements des nouveaux propriétaires"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les nouveaux propriétaires entendent préserver l'esprit militant et "
                        "collectif du lieu. Selon Madmoizelle, ils promettent d'associer le "
                        "public à la conception et à l'organisation des séances, et de maintenir "
                        "des projections gratuites, pratique rare dans le monde du cinéma. La "
                        "page de collecte du collectif trace des perspectives plus larges :</p>"
                        "<ul>"
                        "<li>des séances inclusives à prix libre ;</li>"
                        "<li>des résidences d'artistes ;</li>"
                        "<li>des moyens de postproduction ;</li>"
                        "<li>des ateliers pédagogiques gratuits et ouverts à tous.</li>"
                        "</ul>"
                    ),
                },
                {"type": "heading", "value": "Un bien commun géré par ses usagers"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Racheter La Clef ne visait pas à lui donner un propriétaire de plus. "
                        "Le collectif dit mener son projet selon des méthodes équitables de "
                        "gouvernance partagée, et s'appuie sur des montages juridiques propres "
                        "à la propriété commune, domaine dont Eric Arrivé, membre de l'un de "
                        "ses comités, est spécialiste.</p>"
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
                        "<p>La page de collecte nomme les administrateurs de deux comités. Le "
                        "<b>comité des professionnels</b> :</p>"
                        "<ul>"
                        "<li>Eric Arrivé, chercheur, spécialiste des montages juridiques qui "
                        "rendent possible la propriété commune ;</li>"
                        "<li>Céline Sciamma, scénariste et réalisatrice, dont le parcours "
                        "indépendant et la connaissance des modes de production alternatifs "
                        "appuieront les résidences d'artistes ;</li>"
                        "<li>Laurent Tenzer, engagé depuis ses débuts dans le Cinema Nova de "
                        "Bruxelles, salle gérée depuis vingt ans par des bénévoles, modèle qui "
                        "a inspiré le projet ;</li>"
                        "<li>Jean-Marc Zekri, exploitant du Reflet Médicis, cinéma d'art et "
                        "d'essai historique du Quartier latin, fin connaisseur du modèle de "
                        "soutien public aux salles indépendantes.</li>"
                        "</ul>"
                        "<p>Le <b>comité des usagers</b> :</p>"
                        "<ul>"
                        "<li>Victor Billet, cofondateur du collectif SMAC productions, où il "
                        "est producteur ;</li>"
                        "<li>Claire-Emmanuelle Blot, programmatrice, notamment au festival "
                        "Entrevues de Belfort, et membre de l'équipe des relations presse de "
                        "la Quinzaine des réalisateurs ;</li>"
                        "<li>Chloé Folens, doctorante en histoire du cinéma et déléguée "
                        "adjointe de la SRF ;</li>"
                        "<li>Bulle Meignan, vidéaste, qui fait aussi de la programmation de "
                        "films ;</li>"
                        "<li>Gautier Raguenes, producteur chez Les films Hatari ;</li>"
                        "<li>Luc Paillard, projectionniste et salarié d'une salle de "
                        "cinéma.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
        "sources": ["madmoizelle-2024", "encyclopedia", "film-independent"],
        "events": [
            {
                "key": "reopening-announced",
                "date": "2026-01-14",
                "title": {
                    "en": "Reopening announced for 14 January 2026",
                    "fr": "Réouverture annoncée pour le 14 janvier 2026",
                },
                "text": {
                    "en": (
                        "With the renovation carried out partly by professionals and partly by "
                        "the new owner and its supporters, the collective announces that La "
                        "Clef will reopen on 14 January 2026."
                    ),
                    "fr": (
                        "La rénovation ayant été menée en partie par des professionnels, en "
                        "partie par le nouveau propriétaire et ses soutiens, le collectif "
                        "annonce la réouverture de La Clef pour le 14 janvier 2026."
                    ),
                },
                "sources": ["encyclopedia"],
            },
        ],
    },
]
