"""Teaching content of the demo courses, in English and French.

Plain data only. Each module's French ``body`` and ``quiz`` are a
translation of the English ones: same blocks, same order, same choices, same answers.
"""

from __future__ import annotations

DEMO_TOPICS = [
    {"slug": "information-sharing", "en": "Information sharing", "fr": "Partage de l'information"},
    {"slug": "cbd-processes", "en": "CBD processes", "fr": "Processus de la CDB"},
    {"slug": "capacity-building", "en": "Capacity building", "fr": "Renforcement des capacités"},
    {
        "slug": "science-policy-interface",
        "en": "Science-policy interface",
        "fr": "Interface science-politique",
    },
    {"slug": "communication", "en": "Communication", "fr": "Communication"},
]


# ---------------------------------------------------------------------------
# Course 1: The Clearing-House Mechanism of the Convention on Biological Diversity
# ---------------------------------------------------------------------------

_CHM_LEGAL_BASIS = {
    "slug": "legal-basis",
    "estimated_minutes": 45,
    "required": True,
    "en": {
        "title": "Where the Clearing-House Mechanism comes from",
        "introduction": (
            "The Clearing-House Mechanism did not appear by chance: it is written into the text "
            "of the Convention itself. This module traces its legal basis, from Articles 17 and "
            "18 to the decision that created it at the first Conference of the Parties in 1994."
        ),
        "body": [
            ("heading", {"text": "A convention that depends on shared knowledge", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>The Convention on Biological Diversity (CBD) was opened for signature at "
                    "the Earth Summit in Rio de Janeiro in 1992 and entered into force at the end "
                    "of 1993. Today almost every country in the world is a Party to it. The "
                    "Convention has three objectives: the <b>conservation</b> of biological "
                    "diversity, the <b>sustainable use</b> of its components, and the <b>fair and "
                    "equitable sharing of the benefits</b> arising from the use of genetic "
                    "resources.</p>"
                    "<p>None of these objectives can be reached without good information. A "
                    "forestry service needs to know which species are threatened before it plans "
                    "logging. A ministry needs to know what other countries have tried before it "
                    "drafts a new law. A university needs partners abroad to identify specimens "
                    "it cannot name alone. Knowledge, skills and technology are very unevenly "
                    "spread between countries, and the authors of the Convention knew it. That is "
                    "why two articles deal directly with information and cooperation.</p>"
                ),
            ),
            ("heading", {"text": "Article 17: exchanging information", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Article 17 asks Parties to facilitate the exchange of information, from "
                    "all publicly available sources, that is relevant to the conservation and "
                    "sustainable use of biological diversity. It adds that the special needs of "
                    "developing countries must be taken into account.</p>"
                    "<p>The article lists the kinds of information concerned:</p>"
                    "<ul><li>the results of technical, scientific and socio-economic "
                    "research;</li><li>information on training and surveying "
                    "programmes;</li><li>specialised knowledge;</li><li>indigenous and "
                    "traditional knowledge, and the technologies associated with "
                    "it;</li><li>where feasible, the repatriation of information, that is, "
                    "returning to a country information about its own biodiversity that is held "
                    "elsewhere.</li></ul>"
                    "<p>In short, Article 17 says <b>what</b> should be shared. It does not yet "
                    "say <b>how</b>.</p>"
                ),
            ),
            ("heading", {"text": "Article 18(3): a mechanism for cooperation", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Article 18 deals with technical and scientific cooperation. It encourages "
                    "Parties to work together, in particular through national policies, the "
                    "training of staff, the exchange of experts and the joint development of "
                    "technologies, including indigenous and traditional technologies.</p>"
                    "<p>Paragraph 3 of this article is the one that matters for us. It instructs "
                    "the Conference of the Parties to decide, at its very first meeting, how to "
                    "set up a <b>clearing-house mechanism to promote and facilitate technical and "
                    "scientific cooperation</b>. This short sentence is the legal basis of the "
                    "CHM. Note the two verbs: the mechanism is meant to <i>promote</i> "
                    "cooperation (make people want to cooperate) and to <i>facilitate</i> it "
                    "(make it easier in practice).</p>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "Clearing house",
                    "definition": (
                        "Originally a banking term for a body that settles exchanges between many "
                        "partners. In the CBD, a clearing house is a service that connects those "
                        "who hold information or expertise with those who need it, so that they "
                        "can find each other and cooperate."
                    ),
                },
            ),
            ("heading", {"text": "Nassau, 1994: the CHM is created", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>The Conference of the Parties (COP) is the governing body of the "
                    "Convention: it brings together all the countries that have joined it, meets "
                    "regularly (now usually every two years) and takes the decisions that guide "
                    "implementation. Its first meeting (COP-1) took place in Nassau, in the "
                    "Bahamas, at the end of 1994. As Article 18(3) required, the Parties decided "
                    "there how the clearing-house mechanism would be set up. This is <b>decision "
                    "I/3</b>: the Roman numeral gives the meeting (COP-1) and the second number "
                    "the order of the decision.</p>"
                    "<p>The CHM started with a pilot phase coordinated by the Secretariat of the "
                    "Convention. From the beginning it was designed as a <b>decentralised "
                    "network</b> rather than a single database: a central node managed by the "
                    "Secretariat, national nodes run by each Party, and thematic partners. Over "
                    "the years, later COP decisions refined its role, and the network grew to "
                    "include national CHM websites in many countries.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "Three references to remember",
                    "text": (
                        "<ul><li><b>Article 17</b>: what information Parties should "
                        "exchange.</li><li><b>Article 18(3)</b>: the COP must establish a "
                        "clearing-house mechanism to promote and facilitate technical and "
                        "scientific cooperation.</li><li><b>Decision I/3</b> (COP-1, Nassau, "
                        "1994): the decision that established the CHM.</li></ul>"
                    ),
                },
            ),
            (
                "case_study",
                {
                    "title": "A fish inventory that reaches the people who need it",
                    "place": "Burundi",
                    "body": (
                        "<p>Imagine a team of biologists at a university in Bujumbura who have "
                        "spent three years documenting the fish species of the northern shore of "
                        "Lake Tanganyika. Their results sit in a thesis and a few spreadsheets. "
                        "Meanwhile, the fisheries department is drafting rules on net mesh sizes, "
                        "and a research group in a neighbouring country is studying the same "
                        "species.</p>"
                        "<p>Once the inventory is described on the national CHM, with a short "
                        "summary and a contact person, the fisheries department finds it while "
                        "preparing its rules, and the foreign research group contacts the team to "
                        "compare data. Nothing magic has happened: the information simply became "
                        "visible to the people who needed it. This is exactly what Articles 17 "
                        "and 18 had in mind.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "Text of the Convention on Biological Diversity",
                    "url": "https://www.cbd.int/convention/text/",
                    "description": (
                        "The full text of the Convention on the website of the CBD Secretariat. "
                        "Read Articles 17 and 18 in full."
                    ),
                    "language": "en",
                },
            ),
        ],
        "quiz": [
            (
                "single_choice",
                {
                    "question": (
                        "Which provision of the Convention is the legal basis of the "
                        "Clearing-House Mechanism?"
                    ),
                    "choices": [
                        {
                            "text": "Article 18, paragraph 3",
                            "is_correct": True,
                            "feedback": (
                                "Correct. Article 18(3) asks the COP to determine how to "
                                "establish a clearing-house mechanism."
                            ),
                        },
                        {
                            "text": "Article 17",
                            "is_correct": False,
                            "feedback": (
                                "Article 17 covers the exchange of information in general, but it "
                                "does not create the mechanism."
                            ),
                        },
                        {
                            "text": "Article 26",
                            "is_correct": False,
                            "feedback": "Article 26 deals with national reports, not with the CHM.",
                        },
                        {
                            "text": "Article 8(j)",
                            "is_correct": False,
                            "feedback": (
                                "Article 8(j) concerns the knowledge, innovations and practices "
                                "of indigenous and local communities."
                            ),
                        },
                    ],
                    "explanation": (
                        "Article 18 is about technical and scientific cooperation; its third "
                        "paragraph provides for a clearing-house mechanism to promote and "
                        "facilitate that cooperation."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "The CHM was established at the first meeting of the Conference of the "
                        "Parties, held in Nassau in 1994."
                    ),
                    "is_true": True,
                    "feedback_if_true": (
                        "Right. COP-1 in Nassau adopted decision I/3, which established the CHM."
                    ),
                    "feedback_if_false": (
                        "In fact it is true: COP-1, held in Nassau (Bahamas) in 1994, established "
                        "the CHM by decision I/3."
                    ),
                    "explanation": (
                        "Article 18(3) asked the COP to act at its first meeting, and it did so "
                        "in Nassau with decision I/3."
                    ),
                },
            ),
            (
                "multiple_choice",
                {
                    "question": (
                        "Which kinds of information does Article 17 explicitly mention? Select "
                        "all that apply."
                    ),
                    "choices": [
                        {
                            "text": (
                                "The results of technical, scientific and socio-economic research"
                            ),
                            "is_correct": True,
                            "feedback": "Yes, they come first in the list of Article 17.",
                        },
                        {
                            "text": "Information on training and surveying programmes",
                            "is_correct": True,
                            "feedback": "Yes, the article names them explicitly.",
                        },
                        {
                            "text": "Indigenous and traditional knowledge",
                            "is_correct": True,
                            "feedback": (
                                "Yes, Article 17 mentions it, together with the technologies "
                                "associated with it."
                            ),
                        },
                        {
                            "text": "Market prices of timber and wildlife products",
                            "is_correct": False,
                            "feedback": (
                                "No, Article 17 does not mention commercial information of this "
                                "kind."
                            ),
                        },
                    ],
                    "explanation": (
                        "Article 17 covers research, training and surveying, specialised "
                        "knowledge, indigenous and traditional knowledge and, where feasible, the "
                        "repatriation of information."
                    ),
                },
            ),
            (
                "single_choice",
                {
                    "question": "In the context of the CBD, what is a 'clearing house'?",
                    "choices": [
                        {
                            "text": (
                                "A service that connects those who hold information or expertise "
                                "with those who need it"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Correct. This is the meaning of the term in the Convention."
                            ),
                        },
                        {
                            "text": "A fund that pays for national biodiversity projects",
                            "is_correct": False,
                            "feedback": (
                                "No. Funding comes through other channels, such as the Global "
                                "Environment Facility."
                            ),
                        },
                        {
                            "text": (
                                "A single global database in which each country must store all "
                                "its data"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "No. The CHM is a decentralised network, not a single database."
                            ),
                        },
                        {
                            "text": "A court that settles disputes between Parties",
                            "is_correct": False,
                            "feedback": (
                                "No. The settlement of disputes is covered by Article 27, not by "
                                "the CHM."
                            ),
                        },
                    ],
                    "explanation": (
                        "The CHM links people and institutions in order to promote and facilitate "
                        "technical and scientific cooperation."
                    ),
                },
            ),
        ],
    },
    "fr": {
        "title": "Aux origines du Centre d'échange",
        "introduction": (
            "Le Centre d'échange n'est pas né par hasard : il est inscrit dans le texte même de "
            "la Convention. Ce module retrace son fondement juridique, des articles 17 et 18 "
            "jusqu'à la décision qui l'a créé lors de la première Conférence des Parties, en "
            "1994."
        ),
        "body": [
            (
                "heading",
                {
                    "text": "Une convention qui repose sur le partage des connaissances",
                    "level": "h2",
                },
            ),
            (
                "rich_text",
                (
                    "<p>La Convention sur la diversité biologique (CDB) a été ouverte à la "
                    "signature lors du Sommet de la Terre de Rio de Janeiro, en 1992, et elle est "
                    "entrée en vigueur fin 1993. Aujourd'hui, presque tous les pays du monde y "
                    "sont Parties. La Convention poursuit trois objectifs : la "
                    "<b>conservation</b> de la diversité biologique, l'<b>utilisation durable</b> "
                    "de ses éléments et le <b>partage juste et équitable des avantages</b> "
                    "découlant de l'utilisation des ressources génétiques.</p>"
                    "<p>Aucun de ces objectifs ne peut être atteint sans une information de "
                    "qualité. Un service forestier doit savoir quelles espèces sont menacées "
                    "avant de planifier une exploitation. Un ministère doit connaître les "
                    "expériences d'autres pays avant de rédiger une nouvelle loi. Une université "
                    "a besoin de partenaires à l'étranger pour identifier des spécimens qu'elle "
                    "ne parvient pas à nommer seule. Or les connaissances, les compétences et les "
                    "technologies sont très inégalement réparties entre les pays, et les "
                    "rédacteurs de la Convention le savaient. C'est pourquoi deux articles "
                    "traitent directement de l'information et de la coopération.</p>"
                ),
            ),
            ("heading", {"text": "Article 17 : l'échange d'informations", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>L'article 17 demande aux Parties de faciliter l'échange d'informations, "
                    "provenant de toutes les sources accessibles au public, qui intéressent la "
                    "conservation et l'utilisation durable de la diversité biologique. Il précise "
                    "qu'il faut tenir compte des besoins particuliers des pays en "
                    "développement.</p>"
                    "<p>L'article énumère les types d'informations concernés :</p>"
                    "<ul><li>les résultats de la recherche technique, scientifique et "
                    "socio-économique ;</li><li>les informations sur les programmes de formation "
                    "et d'étude ;</li><li>les connaissances spécialisées ;</li><li>les "
                    "connaissances autochtones et traditionnelles, ainsi que les technologies qui "
                    "leur sont associées ;</li><li>lorsque c'est possible, le rapatriement des "
                    "informations, c'est-à-dire le retour vers un pays des informations sur sa "
                    "propre biodiversité qui sont détenues ailleurs.</li></ul>"
                    "<p>En bref, l'article 17 dit <b>quoi</b> partager. Il ne dit pas encore "
                    "<b>comment</b>.</p>"
                ),
            ),
            (
                "heading",
                {
                    "text": "Article 18, paragraphe 3 : un mécanisme au service de la coopération",
                    "level": "h3",
                },
            ),
            (
                "rich_text",
                (
                    "<p>L'article 18 porte sur la coopération technique et scientifique. Il "
                    "encourage les Parties à travailler ensemble, notamment par des politiques "
                    "nationales, la formation du personnel, l'échange d'experts et la mise au "
                    "point conjointe de technologies, y compris les technologies autochtones et "
                    "traditionnelles.</p>"
                    "<p>C'est le paragraphe 3 de cet article qui nous intéresse. Il charge la "
                    "Conférence des Parties de déterminer, dès sa première réunion, comment créer "
                    "un <b>centre d'échange pour encourager et faciliter la coopération technique "
                    "et scientifique</b>. Cette courte phrase est le fondement juridique du "
                    "Centre d'échange. Retenez les deux verbes : le mécanisme doit "
                    "<i>encourager</i> la coopération (donner envie de coopérer) et la "
                    "<i>faciliter</i> (la rendre plus simple en pratique).</p>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "Centre d'échange",
                    "definition": (
                        "Traduction de l'anglais « clearing house », terme bancaire qui désigne "
                        "un organisme chargé de régler les échanges entre de nombreux "
                        "partenaires. Dans la CDB, le Centre d'échange est un service qui met en "
                        "relation ceux qui détiennent des informations ou une expertise et ceux "
                        "qui en ont besoin, pour qu'ils puissent se trouver et coopérer."
                    ),
                },
            ),
            ("heading", {"text": "Nassau, 1994 : la naissance du Centre d'échange", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>La Conférence des Parties (COP) est l'organe directeur de la Convention : "
                    "elle réunit tous les pays qui y ont adhéré, se réunit régulièrement "
                    "(aujourd'hui en général tous les deux ans) et prend les décisions qui "
                    "orientent la mise en œuvre. Sa première réunion (COP-1) s'est tenue à "
                    "Nassau, aux Bahamas, fin 1994. Comme le prévoyait l'article 18, paragraphe "
                    "3, les Parties y ont décidé des modalités de création du Centre d'échange. "
                    "C'est la <b>décision I/3</b> : le chiffre romain indique la réunion (COP-1) "
                    "et le second nombre l'ordre de la décision.</p>"
                    "<p>Le Centre d'échange a commencé par une phase pilote coordonnée par le "
                    "Secrétariat de la Convention. Dès le départ, il a été conçu comme un "
                    "<b>réseau décentralisé</b> plutôt que comme une base de données unique : un "
                    "nœud central géré par le Secrétariat, des nœuds nationaux gérés par chaque "
                    "Partie, et des partenaires thématiques. Au fil des années, d'autres "
                    "décisions de la COP ont précisé son rôle, et le réseau s'est étendu à des "
                    "sites nationaux dans de nombreux pays.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "Trois références à retenir",
                    "text": (
                        "<ul><li><b>Article 17</b> : les informations que les Parties doivent "
                        "échanger.</li><li><b>Article 18, paragraphe 3</b> : la COP doit créer un "
                        "centre d'échange pour encourager et faciliter la coopération technique "
                        "et scientifique.</li><li><b>Décision I/3</b> (COP-1, Nassau, 1994) : la "
                        "décision qui a créé le Centre d'échange.</li></ul>"
                    ),
                },
            ),
            (
                "case_study",
                {
                    "title": "Un inventaire de poissons qui atteint ceux qui en ont besoin",
                    "place": "Burundi",
                    "body": (
                        "<p>Imaginez une équipe de biologistes d'une université de Bujumbura qui "
                        "a passé trois ans à inventorier les espèces de poissons de la rive nord "
                        "du lac Tanganyika. Leurs résultats dorment dans une thèse et quelques "
                        "tableurs. Pendant ce temps, le service des pêches prépare une "
                        "réglementation sur la taille des mailles des filets, et un groupe de "
                        "recherche d'un pays voisin étudie les mêmes espèces.</p>"
                        "<p>Une fois l'inventaire décrit sur le Centre d'échange national, avec "
                        "un court résumé et une personne de contact, le service des pêches le "
                        "découvre en préparant sa réglementation, et le groupe de recherche "
                        "étranger contacte l'équipe pour comparer leurs données. Rien de magique "
                        ": l'information est simplement devenue visible pour ceux qui en avaient "
                        "besoin. C'est exactement ce que visaient les articles 17 et 18.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "Texte de la Convention sur la diversité biologique",
                    "url": "https://www.cbd.int/convention/text/",
                    "description": (
                        "Le texte intégral de la Convention sur le site du Secrétariat de la CDB, "
                        "qui le propose aussi en français. Lisez les articles 17 et 18 en entier."
                    ),
                    "language": "en",
                },
            ),
        ],
        "quiz": [
            (
                "single_choice",
                {
                    "question": (
                        "Quelle disposition de la Convention constitue le fondement juridique du "
                        "Centre d'échange ?"
                    ),
                    "choices": [
                        {
                            "text": "L'article 18, paragraphe 3",
                            "is_correct": True,
                            "feedback": (
                                "Exact. L'article 18, paragraphe 3, demande à la COP de "
                                "déterminer comment créer un centre d'échange."
                            ),
                        },
                        {
                            "text": "L'article 17",
                            "is_correct": False,
                            "feedback": (
                                "L'article 17 porte sur l'échange d'informations en général, mais "
                                "il ne crée pas le mécanisme."
                            ),
                        },
                        {
                            "text": "L'article 26",
                            "is_correct": False,
                            "feedback": (
                                "L'article 26 traite des rapports nationaux, pas du Centre "
                                "d'échange."
                            ),
                        },
                        {
                            "text": "L'article 8 j)",
                            "is_correct": False,
                            "feedback": (
                                "L'article 8 j) concerne les connaissances, innovations et "
                                "pratiques des communautés autochtones et locales."
                            ),
                        },
                    ],
                    "explanation": (
                        "L'article 18 porte sur la coopération technique et scientifique ; son "
                        "troisième paragraphe prévoit un centre d'échange pour encourager et "
                        "faciliter cette coopération."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "Le Centre d'échange a été créé lors de la première réunion de la "
                        "Conférence des Parties, tenue à Nassau en 1994."
                    ),
                    "is_true": True,
                    "feedback_if_true": (
                        "Exact. La COP-1, à Nassau, a adopté la décision I/3, qui a créé le "
                        "Centre d'échange."
                    ),
                    "feedback_if_false": (
                        "En fait, l'affirmation est vraie : la COP-1, réunie à Nassau (Bahamas) "
                        "en 1994, a créé le Centre d'échange par la décision I/3."
                    ),
                    "explanation": (
                        "L'article 18, paragraphe 3, demandait à la COP d'agir dès sa première "
                        "réunion ; elle l'a fait à Nassau avec la décision I/3."
                    ),
                },
            ),
            (
                "multiple_choice",
                {
                    "question": (
                        "Quels types d'informations l'article 17 mentionne-t-il explicitement ? "
                        "Cochez toutes les bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Les résultats de la recherche technique, scientifique et "
                                "socio-économique"
                            ),
                            "is_correct": True,
                            "feedback": "Oui, ils figurent en tête de la liste de l'article 17.",
                        },
                        {
                            "text": "Les informations sur les programmes de formation et d'étude",
                            "is_correct": True,
                            "feedback": "Oui, l'article les cite expressément.",
                        },
                        {
                            "text": "Les connaissances autochtones et traditionnelles",
                            "is_correct": True,
                            "feedback": (
                                "Oui, l'article 17 les mentionne, ainsi que les technologies qui "
                                "leur sont associées."
                            ),
                        },
                        {
                            "text": "Les prix du marché du bois et des produits de la faune",
                            "is_correct": False,
                            "feedback": (
                                "Non, l'article 17 ne mentionne pas d'informations commerciales "
                                "de ce type."
                            ),
                        },
                    ],
                    "explanation": (
                        "L'article 17 couvre la recherche, la formation et les études, les "
                        "connaissances spécialisées, les connaissances autochtones et "
                        "traditionnelles et, si possible, le rapatriement des informations."
                    ),
                },
            ),
            (
                "single_choice",
                {
                    "question": (
                        "Dans le contexte de la CDB, qu'est-ce qu'un « centre d'échange » ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Un service qui met en relation ceux qui détiennent des "
                                "informations ou une expertise et ceux qui en ont besoin"
                            ),
                            "is_correct": True,
                            "feedback": "Exact. C'est le sens du terme dans la Convention.",
                        },
                        {
                            "text": "Un fonds qui finance les projets nationaux de biodiversité",
                            "is_correct": False,
                            "feedback": (
                                "Non. Le financement passe par d'autres canaux, comme le Fonds "
                                "pour l'environnement mondial."
                            ),
                        },
                        {
                            "text": (
                                "Une base de données mondiale unique dans laquelle chaque pays "
                                "doit déposer toutes ses données"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "Non. Le Centre d'échange est un réseau décentralisé, pas une "
                                "base de données unique."
                            ),
                        },
                        {
                            "text": "Un tribunal qui règle les différends entre les Parties",
                            "is_correct": False,
                            "feedback": (
                                "Non. Le règlement des différends relève de l'article 27, pas du "
                                "Centre d'échange."
                            ),
                        },
                    ],
                    "explanation": (
                        "Le Centre d'échange relie les personnes et les institutions pour "
                        "encourager et faciliter la coopération technique et scientifique."
                    ),
                },
            ),
        ],
    },
}

_CHM_MISSION = {
    "slug": "mission-and-goals",
    "estimated_minutes": 45,
    "required": True,
    "en": {
        "title": "Mission and goals of the CHM",
        "introduction": (
            "In 2010 the Parties gave the CHM a clear mission and three goals. This module "
            "explains them, shows how they share the work between the global, national and "
            "partner levels, and looks at the place of the CHM in the Kunming-Montreal Global "
            "Biodiversity Framework adopted in 2022."
        ),
        "body": [
            ("heading", {"text": "From a pilot to a clear mission", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>During its first fifteen years, the CHM grew step by step: the "
                    "Secretariat developed the central website, many countries created national "
                    "CHM websites, and partners joined the network. By 2010, however, Parties "
                    "felt that the mechanism needed a sharper focus, closely tied to what the "
                    "Convention was trying to achieve.</p>"
                    "<p>At its tenth meeting (COP-10), held in Nagoya, Japan, in October 2010, "
                    "the Conference of the Parties adopted the <b>Strategic Plan for Biodiversity "
                    "2011-2020</b> with its twenty Aichi Biodiversity Targets. At the same "
                    "meeting, <b>decision X/15</b> gave the CHM a mission, goals and objectives "
                    "for the same period, so that the mechanism would serve the new plan "
                    "directly.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "The mission of the CHM in one sentence",
                    "text": (
                        "<p>According to decision X/15, the mission of the CHM is to contribute "
                        "significantly to the implementation of the Convention and its Strategic "
                        "Plan for Biodiversity 2011-2020, through effective information services "
                        "and other appropriate means, in order to promote and facilitate "
                        "scientific and technical cooperation, knowledge sharing and information "
                        "exchange, and to establish a fully operational network of Parties and "
                        "partners.</p>"
                    ),
                },
            ),
            (
                "rich_text",
                (
                    "<p>This long sentence is easier to understand when it is broken into three "
                    "parts:</p>"
                    "<ul><li><b>Why:</b> to help implement the Convention and its strategic plan. "
                    "The CHM is not an end in itself; a beautiful website that nobody uses for "
                    "biodiversity work does not fulfil the mission.</li><li><b>How:</b> through "
                    "effective information services and other appropriate means. Information "
                    "services include websites and databases, but also directories of experts, "
                    "news, discussion forums, training, and matchmaking between people who need "
                    "help and people who can give it.</li><li><b>What for:</b> to promote "
                    "scientific and technical cooperation, knowledge sharing and information "
                    "exchange, and to build a network of Parties and partners that really "
                    "works.</li></ul>"
                ),
            ),
            ("heading", {"text": "Three goals, three levels", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Decision X/15 translates the mission into three goals, each aimed at a "
                    "different level of the network:</p>"
                    "<ol><li><b>The central CHM</b> provides effective global information "
                    "services to facilitate the implementation of the Strategic Plan. This is the "
                    "work of the Secretariat: the global portal, the shared databases and the "
                    "tools that all countries can use.</li><li><b>National CHMs</b> provide "
                    "effective information services to facilitate the implementation of national "
                    "biodiversity strategies and action plans (NBSAPs). This is the work of each "
                    "Party, through its national CHM.</li><li><b>Partners</b> significantly "
                    "expand the CHM network and services. Research institutes, NGOs, museums, "
                    "international organisations and others add their own information and "
                    "expertise.</li></ol>"
                    "<p>The three goals depend on each other. A national CHM that publishes its "
                    "NBSAP and its protected-area data makes the global picture richer; in "
                    "return, the central CHM gives national teams tools and visibility; partners "
                    "bring content that neither the Secretariat nor a ministry could produce "
                    "alone.</p>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "NBSAP",
                    "definition": (
                        "National biodiversity strategy and action plan. Under Article 6 of the "
                        "Convention, each Party develops such a strategy; it is the main "
                        "instrument for implementing the Convention at national level."
                    ),
                },
            ),
            (
                "glossary_term",
                {
                    "term": "Aichi Biodiversity Targets",
                    "definition": (
                        "The twenty targets of the Strategic Plan for Biodiversity 2011-2020, "
                        "adopted at COP-10 in Nagoya (Aichi Prefecture, Japan). They have been "
                        "succeeded by the targets of the Kunming-Montreal Global Biodiversity "
                        "Framework."
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": "After 2020: the Kunming-Montreal Global Biodiversity Framework",
                    "level": "h3",
                },
            ),
            (
                "rich_text",
                (
                    "<p>In December 2022, the fifteenth meeting of the Conference of the Parties "
                    "(COP-15), held in Montreal under the presidency of China, adopted the "
                    "<b>Kunming-Montreal Global Biodiversity Framework</b>. It sets four "
                    "long-term goals for 2050 and twenty-three targets for 2030.</p>"
                    "<p>The framework relies heavily on knowledge. One of its targets (Target 21) "
                    "calls for the best available data, information and knowledge to be "
                    "accessible to decision-makers, practitioners and the public, including "
                    "traditional knowledge, which should only be accessed with the free, prior "
                    "and informed consent of indigenous peoples and local communities. Parties "
                    "are also asked to update their NBSAPs and to report on their progress. The "
                    "CHM, with its central and national nodes, remains a key platform for this "
                    "work: sharing knowledge, supporting technical and scientific cooperation, "
                    "and making national plans and reports visible.</p>"
                    "<p>The wording of the 2010 mission refers to the 2011-2020 plan, but its "
                    "logic still holds: a global service, national services that support national "
                    "strategies, and partners who broaden the network.</p>"
                ),
            ),
            (
                "case_study",
                {
                    "title": "Using the national CHM to update a biodiversity strategy",
                    "place": "DR Congo",
                    "body": (
                        "<p>Imagine the team in the ministry in charge of the environment in "
                        "Kinshasa that must align the national biodiversity strategy with the new "
                        "global framework. The country is vast, and the provinces, universities "
                        "and NGOs each hold part of the knowledge needed.</p>"
                        "<p>The team publishes the draft national targets on the national CHM, "
                        "with a simple form and an email address for comments, and announces the "
                        "consultation through partner networks. Provincial environment services, "
                        "a university faculty of science and several conservation NGOs send "
                        "comments and data. The final strategy is published on the same site and "
                        "linked to the central CHM, where other countries can read it. This is "
                        "goal 2 of decision X/15 in action: a national CHM providing an "
                        "information service that supports the NBSAP.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "Kunming-Montreal Global Biodiversity Framework",
                    "url": "https://www.cbd.int/gbf",
                    "description": (
                        "The page of the CBD Secretariat on the framework, its goals and its 23 "
                        "targets."
                    ),
                    "language": "en",
                },
            ),
        ],
        "quiz": [
            (
                "single_choice",
                {
                    "question": (
                        "At which meeting did the Conference of the Parties adopt the mission and "
                        "goals of the CHM (decision X/15)?"
                    ),
                    "choices": [
                        {
                            "text": "COP-10, Nagoya, 2010",
                            "is_correct": True,
                            "feedback": (
                                "Correct. Decision X/15 was adopted in Nagoya, together with the "
                                "Strategic Plan 2011-2020."
                            ),
                        },
                        {
                            "text": "COP-1, Nassau, 1994",
                            "is_correct": False,
                            "feedback": "COP-1 created the CHM; its mission was defined later.",
                        },
                        {
                            "text": "COP-15, Montreal, 2022",
                            "is_correct": False,
                            "feedback": (
                                "COP-15 adopted the Kunming-Montreal framework, not decision X/15."
                            ),
                        },
                    ],
                    "explanation": (
                        "The Roman numeral X refers to the tenth meeting of the COP, held in "
                        "Nagoya in 2010."
                    ),
                },
            ),
            (
                "multiple_choice",
                {
                    "question": (
                        "Which of the following are among the three goals set by decision X/15? "
                        "Select all that apply."
                    ),
                    "choices": [
                        {
                            "text": (
                                "The central CHM provides effective global information services"
                            ),
                            "is_correct": True,
                            "feedback": "Yes, this is goal 1.",
                        },
                        {
                            "text": (
                                "National CHMs provide effective information services that "
                                "support NBSAPs"
                            ),
                            "is_correct": True,
                            "feedback": "Yes, this is goal 2.",
                        },
                        {
                            "text": "Partners significantly expand the CHM network and services",
                            "is_correct": True,
                            "feedback": "Yes, this is goal 3.",
                        },
                        {
                            "text": "The CHM approves national biodiversity budgets",
                            "is_correct": False,
                            "feedback": (
                                "No. The CHM is an information and cooperation network; it has no "
                                "say over national budgets."
                            ),
                        },
                        {
                            "text": "The CHM replaces national reports to the Convention",
                            "is_correct": False,
                            "feedback": (
                                "No. National reports remain a separate obligation under Article "
                                "26."
                            ),
                        },
                    ],
                    "explanation": (
                        "The three goals correspond to the three levels of the network: global, "
                        "national and partners."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "Since the Kunming-Montreal Global Biodiversity Framework was adopted in "
                        "2022, the CHM no longer has a role to play."
                    ),
                    "is_true": False,
                    "feedback_if_true": (
                        "Not so. The framework relies heavily on knowledge sharing, and the CHM "
                        "remains a key platform for it."
                    ),
                    "feedback_if_false": (
                        "Correct. The CHM continues to support knowledge sharing and cooperation "
                        "under the new framework."
                    ),
                    "explanation": (
                        "Target 21 of the framework calls for data, information and knowledge to "
                        "be accessible; the CHM is one of the main ways to achieve this."
                    ),
                },
            ),
            (
                "single_choice",
                {
                    "question": (
                        "A national CHM publishes the country's NBSAP, reports on its progress "
                        "and presents the teams implementing it. Which goal of decision X/15 does "
                        "this serve most directly?"
                    ),
                    "choices": [
                        {
                            "text": "Goal 2: national CHMs support the implementation of NBSAPs",
                            "is_correct": True,
                            "feedback": "Correct. This is the core of goal 2.",
                        },
                        {
                            "text": "Goal 1: the central CHM provides global information services",
                            "is_correct": False,
                            "feedback": (
                                "Goal 1 concerns the work of the Secretariat at global level."
                            ),
                        },
                        {
                            "text": "Goal 3: partners expand the network",
                            "is_correct": False,
                            "feedback": (
                                "Goal 3 concerns partners; here it is the national CHM itself "
                                "that acts."
                            ),
                        },
                    ],
                    "explanation": (
                        "Each goal corresponds to a level of the network; supporting the NBSAP is "
                        "the task of national CHMs."
                    ),
                },
            ),
        ],
    },
    "fr": {
        "title": "Mission et buts du Centre d'échange",
        "introduction": (
            "En 2010, les Parties ont donné au Centre d'échange une mission claire et trois buts. "
            "Ce module les explique, montre comment ils répartissent le travail entre les niveaux "
            "mondial, national et partenaires, et situe le Centre d'échange dans le Cadre mondial "
            "de la biodiversité de Kunming-Montréal adopté en 2022."
        ),
        "body": [
            ("heading", {"text": "D'un projet pilote à une mission claire", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Au cours de ses quinze premières années, le Centre d'échange s'est "
                    "construit pas à pas : le Secrétariat a développé le site central, de "
                    "nombreux pays ont créé leur site national et des partenaires ont rejoint le "
                    "réseau. En 2010, cependant, les Parties ont estimé que le mécanisme avait "
                    "besoin d'une orientation plus nette, étroitement liée à ce que la Convention "
                    "cherchait à accomplir.</p>"
                    "<p>Lors de sa dixième réunion (COP-10), tenue à Nagoya, au Japon, en octobre "
                    "2010, la Conférence des Parties a adopté le <b>Plan stratégique pour la "
                    "diversité biologique 2011-2020</b> et ses vingt Objectifs d'Aichi pour la "
                    "biodiversité. Lors de la même réunion, la <b>décision X/15</b> a doté le "
                    "Centre d'échange d'une mission, de buts et d'objectifs pour la même période, "
                    "afin qu'il serve directement le nouveau plan.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "La mission du Centre d'échange en une phrase",
                    "text": (
                        "<p>Selon la décision X/15, la mission du Centre d'échange est de "
                        "contribuer de manière significative à la mise en œuvre de la Convention "
                        "et de son Plan stratégique pour la diversité biologique 2011-2020, grâce "
                        "à des services d'information efficaces et à d'autres moyens appropriés, "
                        "afin d'encourager et de faciliter la coopération scientifique et "
                        "technique, le partage des connaissances et l'échange d'informations, et "
                        "de mettre en place un réseau pleinement opérationnel de Parties et de "
                        "partenaires.</p>"
                    ),
                },
            ),
            (
                "rich_text",
                (
                    "<p>Cette longue phrase se comprend mieux en trois parties :</p>"
                    "<ul><li><b>Pourquoi :</b> pour aider à mettre en œuvre la Convention et son "
                    "plan stratégique. Le Centre d'échange n'est pas une fin en soi ; un beau "
                    "site web que personne n'utilise dans son travail sur la biodiversité ne "
                    "remplit pas sa mission.</li><li><b>Comment :</b> grâce à des services "
                    "d'information efficaces et à d'autres moyens appropriés. Ces services "
                    "comprennent les sites web et les bases de données, mais aussi les "
                    "répertoires d'experts, les actualités, les forums de discussion, la "
                    "formation et la mise en relation entre ceux qui ont besoin d'aide et ceux "
                    "qui peuvent l'apporter.</li><li><b>Dans quel but :</b> encourager la "
                    "coopération scientifique et technique, le partage des connaissances et "
                    "l'échange d'informations, et bâtir un réseau de Parties et de partenaires "
                    "qui fonctionne réellement.</li></ul>"
                ),
            ),
            ("heading", {"text": "Trois buts, trois niveaux", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>La décision X/15 traduit la mission en trois buts, chacun visant un "
                    "niveau différent du réseau :</p>"
                    "<ol><li><b>Le Centre d'échange central</b> fournit des services "
                    "d'information mondiaux efficaces pour faciliter la mise en œuvre du Plan "
                    "stratégique. C'est le travail du Secrétariat : le portail mondial, les bases "
                    "de données communes et les outils que tous les pays peuvent "
                    "utiliser.</li><li><b>Les Centres d'échange nationaux</b> fournissent des "
                    "services d'information efficaces pour faciliter la mise en œuvre des "
                    "stratégies et plans d'action nationaux pour la biodiversité (SPANB). C'est "
                    "le travail de chaque Partie, à travers son Centre d'échange "
                    "national.</li><li><b>Les partenaires</b> élargissent de manière "
                    "significative le réseau et les services du Centre d'échange. Instituts de "
                    "recherche, ONG, musées, organisations internationales et autres y apportent "
                    "leurs propres informations et leur expertise.</li></ol>"
                    "<p>Les trois buts dépendent les uns des autres. Un Centre d'échange national "
                    "qui publie sa SPANB et ses données sur les aires protégées enrichit la "
                    "vision mondiale ; en retour, le Centre d'échange central offre aux équipes "
                    "nationales des outils et de la visibilité ; les partenaires apportent des "
                    "contenus que ni le Secrétariat ni un ministère ne pourraient produire "
                    "seuls.</p>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "SPANB",
                    "definition": (
                        "Stratégie et plan d'action nationaux pour la biodiversité (en anglais, "
                        "NBSAP). En vertu de l'article 6 de la Convention, chaque Partie élabore "
                        "une telle stratégie ; c'est le principal instrument de mise en œuvre de "
                        "la Convention au niveau national."
                    ),
                },
            ),
            (
                "glossary_term",
                {
                    "term": "Objectifs d'Aichi pour la biodiversité",
                    "definition": (
                        "Les vingt objectifs du Plan stratégique pour la diversité biologique "
                        "2011-2020, adoptés lors de la COP-10 à Nagoya (préfecture d'Aichi, "
                        "Japon). Les cibles du Cadre mondial de la biodiversité de "
                        "Kunming-Montréal leur ont succédé."
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": "Après 2020 : le Cadre mondial de la biodiversité de Kunming-Montréal",
                    "level": "h3",
                },
            ),
            (
                "rich_text",
                (
                    "<p>En décembre 2022, la quinzième réunion de la Conférence des Parties "
                    "(COP-15), tenue à Montréal sous la présidence de la Chine, a adopté le "
                    "<b>Cadre mondial de la biodiversité de Kunming-Montréal</b>. Il fixe quatre "
                    "objectifs à long terme pour 2050 et vingt-trois cibles pour 2030.</p>"
                    "<p>Ce cadre accorde une grande place aux connaissances. L'une de ses cibles "
                    "(la cible 21) demande que les meilleures données, informations et "
                    "connaissances disponibles soient accessibles aux décideurs, aux praticiens "
                    "et au public, y compris les connaissances traditionnelles, auxquelles on ne "
                    "doit accéder qu'avec le consentement préalable, donné librement et en "
                    "connaissance de cause, des peuples autochtones et des communautés locales. "
                    "Les Parties sont aussi invitées à actualiser leur SPANB et à rendre compte "
                    "de leurs progrès. Le Centre d'échange, avec ses nœuds central et nationaux, "
                    "reste une plateforme essentielle pour ce travail : partager les "
                    "connaissances, soutenir la coopération technique et scientifique, et rendre "
                    "visibles les plans et rapports nationaux.</p>"
                    "<p>La mission de 2010 fait référence au plan 2011-2020, mais sa logique "
                    "reste valable : un service mondial, des services nationaux qui appuient les "
                    "stratégies nationales, et des partenaires qui élargissent le réseau.</p>"
                ),
            ),
            (
                "case_study",
                {
                    "title": "Utiliser le Centre d'échange national pour actualiser une stratégie",
                    "place": "RD Congo",
                    "body": (
                        "<p>Imaginez l'équipe du ministère chargé de l'environnement, à Kinshasa, "
                        "qui doit aligner la stratégie nationale pour la biodiversité sur le "
                        "nouveau cadre mondial. Le pays est immense, et les provinces, les "
                        "universités et les ONG détiennent chacune une partie des connaissances "
                        "nécessaires.</p>"
                        "<p>L'équipe publie le projet de cibles nationales sur le Centre "
                        "d'échange national, avec un formulaire simple et une adresse "
                        "électronique pour recueillir les commentaires, et annonce la "
                        "consultation par les réseaux des partenaires. Des services provinciaux "
                        "de l'environnement, une faculté des sciences et plusieurs ONG de "
                        "conservation envoient leurs commentaires et leurs données. La stratégie "
                        "finale est publiée sur le même site et reliée au Centre d'échange "
                        "central, où les autres pays peuvent la consulter. C'est le but 2 de la "
                        "décision X/15 en action : un Centre d'échange national qui offre un "
                        "service d'information au service de la SPANB.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "Cadre mondial de la biodiversité de Kunming-Montréal",
                    "url": "https://www.cbd.int/gbf",
                    "description": (
                        "La page du Secrétariat de la CDB consacrée au cadre, à ses objectifs et "
                        "à ses 23 cibles."
                    ),
                    "language": "en",
                },
            ),
        ],
        "quiz": [
            (
                "single_choice",
                {
                    "question": (
                        "Lors de quelle réunion la Conférence des Parties a-t-elle adopté la "
                        "mission et les buts du Centre d'échange (décision X/15) ?"
                    ),
                    "choices": [
                        {
                            "text": "COP-10, Nagoya, 2010",
                            "is_correct": True,
                            "feedback": (
                                "Exact. La décision X/15 a été adoptée à Nagoya, en même temps "
                                "que le Plan stratégique 2011-2020."
                            ),
                        },
                        {
                            "text": "COP-1, Nassau, 1994",
                            "is_correct": False,
                            "feedback": (
                                "La COP-1 a créé le Centre d'échange ; sa mission a été définie "
                                "plus tard."
                            ),
                        },
                        {
                            "text": "COP-15, Montréal, 2022",
                            "is_correct": False,
                            "feedback": (
                                "La COP-15 a adopté le Cadre mondial de Kunming-Montréal, pas la "
                                "décision X/15."
                            ),
                        },
                    ],
                    "explanation": (
                        "Le chiffre romain X renvoie à la dixième réunion de la COP, tenue à "
                        "Nagoya en 2010."
                    ),
                },
            ),
            (
                "multiple_choice",
                {
                    "question": (
                        "Parmi les propositions suivantes, lesquelles font partie des trois buts "
                        "fixés par la décision X/15 ? Cochez toutes les bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Le Centre d'échange central fournit des services d'information "
                                "mondiaux efficaces"
                            ),
                            "is_correct": True,
                            "feedback": "Oui, c'est le but 1.",
                        },
                        {
                            "text": (
                                "Les Centres d'échange nationaux fournissent des services "
                                "d'information efficaces qui appuient les SPANB"
                            ),
                            "is_correct": True,
                            "feedback": "Oui, c'est le but 2.",
                        },
                        {
                            "text": (
                                "Les partenaires élargissent de manière significative le réseau "
                                "et les services du Centre d'échange"
                            ),
                            "is_correct": True,
                            "feedback": "Oui, c'est le but 3.",
                        },
                        {
                            "text": (
                                "Le Centre d'échange approuve les budgets nationaux consacrés à "
                                "la biodiversité"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "Non. Le Centre d'échange est un réseau d'information et de "
                                "coopération ; il n'a aucun pouvoir sur les budgets nationaux."
                            ),
                        },
                        {
                            "text": (
                                "Le Centre d'échange remplace les rapports nationaux à la "
                                "Convention"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "Non. Les rapports nationaux restent une obligation distincte, "
                                "prévue par l'article 26."
                            ),
                        },
                    ],
                    "explanation": (
                        "Les trois buts correspondent aux trois niveaux du réseau : mondial, "
                        "national et partenaires."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "Depuis l'adoption du Cadre mondial de la biodiversité de "
                        "Kunming-Montréal en 2022, le Centre d'échange n'a plus de rôle à jouer."
                    ),
                    "is_true": False,
                    "feedback_if_true": (
                        "Ce n'est pas le cas. Le cadre accorde une grande place au partage des "
                        "connaissances, et le Centre d'échange en reste une plateforme "
                        "essentielle."
                    ),
                    "feedback_if_false": (
                        "Exact. Le Centre d'échange continue de soutenir le partage des "
                        "connaissances et la coopération au titre du nouveau cadre mondial."
                    ),
                    "explanation": (
                        "La cible 21 du cadre demande que les données, informations et "
                        "connaissances soient accessibles ; le Centre d'échange est l'un des "
                        "principaux moyens d'y parvenir."
                    ),
                },
            ),
            (
                "single_choice",
                {
                    "question": (
                        "Un Centre d'échange national publie la SPANB du pays, rend compte de son "
                        "avancement et présente les équipes chargées de la mettre en œuvre. Quel "
                        "but de la décision X/15 cela sert-il le plus directement ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Le but 2 : les Centres d'échange nationaux appuient la mise en "
                                "œuvre des SPANB"
                            ),
                            "is_correct": True,
                            "feedback": "Exact. C'est le cœur du but 2.",
                        },
                        {
                            "text": (
                                "Le but 1 : le Centre d'échange central fournit des services "
                                "d'information mondiaux"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "Le but 1 concerne le travail du Secrétariat au niveau mondial."
                            ),
                        },
                        {
                            "text": "Le but 3 : les partenaires élargissent le réseau",
                            "is_correct": False,
                            "feedback": (
                                "Le but 3 concerne les partenaires ; ici, c'est le Centre "
                                "d'échange national lui-même qui agit."
                            ),
                        },
                    ],
                    "explanation": (
                        "Chaque but correspond à un niveau du réseau ; appuyer la SPANB est la "
                        "tâche des Centres d'échange nationaux."
                    ),
                },
            ),
        ],
    },
}

_CHM_NATIONAL_SITES = {
    "slug": "national-chm-websites",
    "estimated_minutes": 50,
    "required": True,
    "en": {
        "title": "National CHM websites and their partners",
        "introduction": (
            "Each Party is expected to run a national CHM. This module describes what a national "
            "CHM website usually contains, who the partners behind it are, and what tools and "
            "support exist, including the Bioland tool and Belgium's long-standing support "
            "through CEBioS."
        ),
        "body": [
            ("heading", {"text": "What is a national CHM?", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>A national CHM is the national node of the CHM network. In practice it "
                    "usually takes the form of a website, but it is more than that: it is also "
                    "the people who keep it supplied and the institutions that agree to share "
                    "their information through it.</p>"
                    "<p>A good national CHM is a reference point where anyone can find reliable "
                    "information about the country's biodiversity and about what is being done to "
                    "protect it: a civil servant preparing a meeting, a student writing a thesis, "
                    "a journalist checking a fact, a donor looking for a partner. It is not "
                    "simply the website of the environment ministry: it speaks for the whole "
                    "national community working on biodiversity.</p>"
                ),
            ),
            ("heading", {"text": "What a national CHM website usually contains", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>No two national CHMs are identical, but most of them offer:</p>"
                    "<ul><li><b>the NBSAP</b> and the national biodiversity targets, with "
                    "information on how they are being implemented;</li><li>the <b>national "
                    "reports</b> submitted to the Convention;</li><li><b>protected areas</b>: "
                    "lists, maps, management plans and the contacts of site "
                    "managers;</li><li><b>species information</b>: national checklists, "
                    "threatened species, invasive alien species;</li><li><b>projects and "
                    "programmes</b> on biodiversity, with their results;</li><li><b>news and "
                    "events</b>: workshops, calls for proposals, national days;</li><li>a "
                    "<b>directory of experts</b> and institutions;</li><li>the <b>laws and "
                    "policies</b> related to biodiversity;</li><li><b>links</b> to partners, to "
                    "the central CHM and to the websites of related conventions.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Start with what users look for",
                    "text": (
                        "<p>You do not need everything on day one. Start with the documents "
                        "people ask for most often, usually the NBSAP, the latest national report "
                        "and the list of protected areas, and make sure they are correct and "
                        "dated. A small site that is accurate is far more useful than a large one "
                        "full of empty pages.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Who are the partners?", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>The information a national CHM needs is scattered across many "
                    "institutions. Typical partners include:</p>"
                    "<ul><li>the ministries and services in charge of the environment, forests, "
                    "agriculture, fisheries, water and planning;</li><li>protected-area "
                    "agencies;</li><li>research institutes and universities;</li><li>natural "
                    "history museums, herbaria and botanical gardens;</li><li>national and "
                    "international NGOs;</li><li>indigenous peoples and local communities, and "
                    "their organisations;</li><li>sometimes the private sector and the "
                    "media.</li></ul>"
                    "<p>Partners are both <b>providers</b> and <b>users</b> of information. Many "
                    "countries formalise the partnership through a steering committee or a simple "
                    "memorandum of understanding that states who supplies what, and how "
                    "often.</p>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "Bioland",
                    "definition": (
                        "A tool developed by the CBD Secretariat that allows a Party to create "
                        "and maintain its national CHM website without building it from scratch. "
                        "It offers a ready-made structure, works in several languages and can "
                        "display information that the country has already registered on the "
                        "central CHM."
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": (
                        "Belgium's support: CEBioS and the Royal Belgian Institute of Natural "
                        "Sciences"
                    ),
                    "level": "h3",
                },
            ),
            (
                "rich_text",
                (
                    "<p>Belgium has supported national CHMs in its partner countries for a long "
                    "time. For many years, the Royal Belgian Institute of Natural Sciences, with "
                    "funding from the Belgian Development Cooperation, has helped countries, many "
                    "of them in French-speaking Africa, to set up and run their national CHM. "
                    "This support is now part of the <b>CEBioS</b> programme (Capacities for "
                    "Biodiversity and Sustainable Development).</p>"
                    "<p>The support usually combines:</p>"
                    "<ul><li><b>small grants</b> that help national teams develop their website, "
                    "produce content, or organise partner meetings and awareness "
                    "events;</li><li><b>training</b>, in Belgium and in partner countries, on "
                    "managing a website, handling biodiversity data and "
                    "communicating;</li><li><b>exchanges between countries</b>, so that national "
                    "CHM teams learn from each other's experience.</li></ul>"
                    "<p>The aim is not to run national CHMs from Brussels, but to strengthen "
                    "national teams so that they can run them themselves.</p>"
                ),
            ),
            (
                "case_study",
                {
                    "title": "Bringing partners around the table",
                    "place": "Benin",
                    "body": (
                        "<p>Imagine the national CHM team of Benin: two people in the ministry in "
                        "charge of the environment, whose website has not been updated for some "
                        "time. With a small grant, they organise a one-day workshop with the "
                        "protected-area agency, two university laboratories, a herbarium and "
                        "three NGOs.</p>"
                        "<p>Together, the participants list who holds which information and agree "
                        "on simple rules: the protected-area agency will update the pages on "
                        "parks and reserves twice a year; a university laboratory will maintain "
                        "the species pages; the NGOs will send news of their field projects. The "
                        "CHM team remains responsible for checking and publishing. A year later, "
                        "the site is not perfect, but it is alive, and every partner can see its "
                        "own work on it.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "Royal Belgian Institute of Natural Sciences",
                    "url": "https://www.naturalsciences.be/",
                    "description": (
                        "Website of the Institute that hosts the CEBioS programme, with "
                        "information on its cooperation activities."
                    ),
                    "language": "",
                },
            ),
        ],
        "quiz": [
            (
                "multiple_choice",
                {
                    "question": (
                        "Which of the following would you normally expect to find on a national "
                        "CHM website? Select all that apply."
                    ),
                    "choices": [
                        {
                            "text": "The national biodiversity strategy and action plan (NBSAP)",
                            "is_correct": True,
                            "feedback": "Yes, it is one of the core documents of a national CHM.",
                        },
                        {
                            "text": "The national reports submitted to the Convention",
                            "is_correct": True,
                            "feedback": "Yes, national reports are usually published there.",
                        },
                        {
                            "text": "Lists and maps of protected areas",
                            "is_correct": True,
                            "feedback": (
                                "Yes, information on protected areas is among the most consulted "
                                "content."
                            ),
                        },
                        {
                            "text": "The personal files of ministry staff",
                            "is_correct": False,
                            "feedback": (
                                "No, personal files are confidential and have no place on a "
                                "public information site."
                            ),
                        },
                    ],
                    "explanation": (
                        "A national CHM publishes public information that helps implement the "
                        "Convention: strategies, reports, protected areas, species, projects, "
                        "experts and news."
                    ),
                },
            ),
            (
                "single_choice",
                {
                    "question": "What is Bioland?",
                    "choices": [
                        {
                            "text": (
                                "A tool from the CBD Secretariat that helps countries build and "
                                "maintain their national CHM website"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Correct. Bioland gives countries a ready-made structure for "
                                "their national CHM."
                            ),
                        },
                        {
                            "text": "A Belgian NGO that manages protected areas in Africa",
                            "is_correct": False,
                            "feedback": "No, Bioland is a web tool, not an organisation.",
                        },
                        {
                            "text": "A global database in which all species records must be stored",
                            "is_correct": False,
                            "feedback": (
                                "No, Bioland is a tool for building websites; it does not "
                                "centralise species records."
                            ),
                        },
                    ],
                    "explanation": (
                        "Bioland saves national teams from building a website from scratch and "
                        "helps them stay consistent with the central CHM."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "A national CHM should only publish information produced by the "
                        "environment ministry."
                    ),
                    "is_true": False,
                    "feedback_if_true": (
                        "Not quite. A national CHM speaks for the whole national biodiversity "
                        "community, not for one ministry only."
                    ),
                    "feedback_if_false": (
                        "Correct. Universities, agencies, NGOs, museums and communities all hold "
                        "information that belongs on the national CHM."
                    ),
                    "explanation": (
                        "Partners are both providers and users of the information on a national "
                        "CHM."
                    ),
                },
            ),
            (
                "single_choice",
                {
                    "question": (
                        "Which description best matches Belgium's support to national CHMs "
                        "through CEBioS?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Small grants, training and exchanges that strengthen national "
                                "teams"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Correct. The aim is to help national teams run their own CHM."
                            ),
                        },
                        {
                            "text": "Belgium runs the national CHM websites itself, from Brussels",
                            "is_correct": False,
                            "feedback": (
                                "No, national CHMs are run by the partner countries themselves."
                            ),
                        },
                        {
                            "text": "Belgium pays the permanent salaries of all national CHM staff",
                            "is_correct": False,
                            "feedback": (
                                "No, the support consists of small grants, training and "
                                "exchanges, not permanent salaries."
                            ),
                        },
                    ],
                    "explanation": (
                        "The support of the Royal Belgian Institute of Natural Sciences, through "
                        "CEBioS, is about building national capacity."
                    ),
                },
            ),
        ],
    },
    "fr": {
        "title": "Les sites nationaux du Centre d'échange et leurs partenaires",
        "introduction": (
            "Chaque Partie est appelée à faire fonctionner un Centre d'échange national. Ce "
            "module décrit le contenu habituel d'un site national, les partenaires qui le font "
            "vivre et les outils et appuis disponibles, dont l'outil Bioland et le soutien de "
            "longue date de la Belgique à travers CEBioS."
        ),
        "body": [
            ("heading", {"text": "Qu'est-ce qu'un Centre d'échange national ?", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Un Centre d'échange national est le nœud national du réseau. En pratique, "
                    "il prend le plus souvent la forme d'un site web, mais il est plus que cela : "
                    "ce sont aussi les personnes qui l'alimentent et les institutions qui "
                    "acceptent d'y partager leurs informations.</p>"
                    "<p>Un bon Centre d'échange national est un point de référence où chacun peut "
                    "trouver des informations fiables sur la biodiversité du pays et sur ce qui "
                    "est fait pour la protéger : un fonctionnaire qui prépare une réunion, un "
                    "étudiant qui rédige son mémoire, un journaliste qui vérifie une information, "
                    "un bailleur de fonds qui cherche un partenaire. Ce n'est pas simplement le "
                    "site du ministère de l'Environnement : il parle au nom de toute la "
                    "communauté nationale qui travaille sur la biodiversité.</p>"
                ),
            ),
            ("heading", {"text": "Ce que contient habituellement un site national", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Il n'existe pas deux Centres d'échange nationaux identiques, mais la "
                    "plupart proposent :</p>"
                    "<ul><li><b>la SPANB</b> et les cibles nationales pour la biodiversité, avec "
                    "des informations sur leur mise en œuvre ;</li><li>les <b>rapports "
                    "nationaux</b> soumis à la Convention ;</li><li>les <b>aires protégées</b> : "
                    "listes, cartes, plans d'aménagement et contacts des gestionnaires "
                    ";</li><li>des <b>informations sur les espèces</b> : listes nationales, "
                    "espèces menacées, espèces exotiques envahissantes ;</li><li>les <b>projets "
                    "et programmes</b> relatifs à la biodiversité, avec leurs résultats "
                    ";</li><li>des <b>actualités et événements</b> : ateliers, appels à "
                    "propositions, journées nationales ;</li><li>un <b>répertoire d'experts</b> "
                    "et d'institutions ;</li><li>les <b>lois et politiques</b> liées à la "
                    "biodiversité ;</li><li>des <b>liens</b> vers les partenaires, vers le Centre "
                    "d'échange central et vers les sites des conventions apparentées.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Commencez par ce que les utilisateurs recherchent",
                    "text": (
                        "<p>Inutile de tout mettre en ligne dès le premier jour. Commencez par "
                        "les documents les plus demandés, en général la SPANB, le dernier rapport "
                        "national et la liste des aires protégées, et vérifiez qu'ils sont exacts "
                        "et datés. Un petit site fiable est bien plus utile qu'un grand site "
                        "rempli de pages vides.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Qui sont les partenaires ?", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Les informations dont un Centre d'échange national a besoin sont "
                    "dispersées entre de nombreuses institutions. Parmi les partenaires "
                    "habituels, on trouve :</p>"
                    "<ul><li>les ministères et services chargés de l'environnement, des forêts, "
                    "de l'agriculture, de la pêche, de l'eau et de la planification ;</li><li>les "
                    "agences d'aires protégées ;</li><li>les instituts de recherche et les "
                    "universités ;</li><li>les musées d'histoire naturelle, les herbiers et les "
                    "jardins botaniques ;</li><li>les ONG nationales et internationales "
                    ";</li><li>les peuples autochtones et les communautés locales, ainsi que "
                    "leurs organisations ;</li><li>parfois, le secteur privé et les "
                    "médias.</li></ul>"
                    "<p>Les partenaires sont à la fois <b>fournisseurs</b> et <b>utilisateurs</b> "
                    "d'informations. De nombreux pays formalisent ce partenariat par un comité de "
                    "pilotage ou par un simple protocole d'accord qui précise qui fournit quoi, "
                    "et à quelle fréquence.</p>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "Bioland",
                    "definition": (
                        "Un outil développé par le Secrétariat de la CDB qui permet à une Partie "
                        "de créer et de gérer le site de son Centre d'échange national sans "
                        "partir de zéro. Il propose une structure prête à l'emploi, fonctionne en "
                        "plusieurs langues et peut afficher des informations que le pays a déjà "
                        "enregistrées sur le Centre d'échange central."
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": (
                        "L'appui de la Belgique : CEBioS et l'Institut royal des Sciences "
                        "naturelles de Belgique"
                    ),
                    "level": "h3",
                },
            ),
            (
                "rich_text",
                (
                    "<p>La Belgique soutient depuis longtemps les Centres d'échange nationaux de "
                    "ses pays partenaires. Depuis de nombreuses années, l'Institut royal des "
                    "Sciences naturelles de Belgique, grâce au financement de la Coopération "
                    "belge au développement, aide des pays, dont beaucoup en Afrique francophone, "
                    "à créer et à faire fonctionner leur Centre d'échange national. Cet appui "
                    "s'inscrit aujourd'hui dans le programme <b>CEBioS</b> (Capacities for "
                    "Biodiversity and Sustainable Development, soit « capacités pour la "
                    "biodiversité et le développement durable »).</p>"
                    "<p>Cet appui combine en général :</p>"
                    "<ul><li>de <b>petites subventions</b> qui aident les équipes nationales à "
                    "développer leur site, à produire des contenus, ou à organiser des réunions "
                    "de partenaires et des activités de sensibilisation ;</li><li>des "
                    "<b>formations</b>, en Belgique et dans les pays partenaires, sur la gestion "
                    "d'un site web, le traitement des données sur la biodiversité et la "
                    "communication ;</li><li>des <b>échanges entre pays</b>, pour que les équipes "
                    "nationales apprennent de l'expérience des autres.</li></ul>"
                    "<p>Le but n'est pas de gérer les Centres d'échange nationaux depuis "
                    "Bruxelles, mais de renforcer les équipes nationales pour qu'elles les gèrent "
                    "elles-mêmes.</p>"
                ),
            ),
            (
                "case_study",
                {
                    "title": "Réunir les partenaires autour de la table",
                    "place": "Bénin",
                    "body": (
                        "<p>Imaginez l'équipe du Centre d'échange national du Bénin : deux "
                        "personnes au ministère chargé de l'environnement, dont le site n'a pas "
                        "été mis à jour depuis un certain temps. Grâce à une petite subvention, "
                        "elles organisent un atelier d'une journée avec l'agence des aires "
                        "protégées, deux laboratoires universitaires, un herbier et trois "
                        "ONG.</p>"
                        "<p>Ensemble, les participants recensent qui détient quelles informations "
                        "et s'accordent sur des règles simples : l'agence des aires protégées "
                        "mettra à jour deux fois par an les pages consacrées aux parcs et "
                        "réserves ; un laboratoire universitaire tiendra à jour les fiches "
                        "espèces ; les ONG enverront des nouvelles de leurs projets de terrain. "
                        "L'équipe du Centre d'échange reste chargée de vérifier et de publier. Un "
                        "an plus tard, le site n'est pas parfait, mais il est vivant, et chaque "
                        "partenaire y voit son propre travail.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "Institut royal des Sciences naturelles de Belgique",
                    "url": "https://www.naturalsciences.be/",
                    "description": (
                        "Le site de l'Institut qui accueille le programme CEBioS, avec des "
                        "informations sur ses activités de coopération."
                    ),
                    "language": "",
                },
            ),
        ],
        "quiz": [
            (
                "multiple_choice",
                {
                    "question": (
                        "Parmi les éléments suivants, lesquels trouve-t-on habituellement sur le "
                        "site d'un Centre d'échange national ? Cochez toutes les bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": (
                                "La stratégie et le plan d'action nationaux pour la biodiversité "
                                "(SPANB)"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Oui, c'est l'un des documents centraux d'un Centre d'échange "
                                "national."
                            ),
                        },
                        {
                            "text": "Les rapports nationaux soumis à la Convention",
                            "is_correct": True,
                            "feedback": "Oui, les rapports nationaux y sont généralement publiés.",
                        },
                        {
                            "text": "Les listes et cartes des aires protégées",
                            "is_correct": True,
                            "feedback": (
                                "Oui, les informations sur les aires protégées font partie des "
                                "contenus les plus consultés."
                            ),
                        },
                        {
                            "text": "Les dossiers personnels des agents du ministère",
                            "is_correct": False,
                            "feedback": (
                                "Non, les dossiers personnels sont confidentiels et n'ont pas "
                                "leur place sur un site d'information public."
                            ),
                        },
                    ],
                    "explanation": (
                        "Un Centre d'échange national publie des informations publiques utiles à "
                        "la mise en œuvre de la Convention : stratégies, rapports, aires "
                        "protégées, espèces, projets, experts et actualités."
                    ),
                },
            ),
            (
                "single_choice",
                {
                    "question": "Qu'est-ce que Bioland ?",
                    "choices": [
                        {
                            "text": (
                                "Un outil du Secrétariat de la CDB qui aide les pays à créer et à "
                                "gérer le site de leur Centre d'échange national"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Exact. Bioland offre aux pays une structure prête à l'emploi "
                                "pour leur Centre d'échange national."
                            ),
                        },
                        {
                            "text": "Une ONG belge qui gère des aires protégées en Afrique",
                            "is_correct": False,
                            "feedback": "Non, Bioland est un outil web, pas une organisation.",
                        },
                        {
                            "text": (
                                "Une base de données mondiale où doivent être stockées toutes les "
                                "observations d'espèces"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "Non, Bioland est un outil de création de sites ; il ne "
                                "centralise pas les observations d'espèces."
                            ),
                        },
                    ],
                    "explanation": (
                        "Bioland évite aux équipes nationales de construire un site à partir de "
                        "zéro et les aide à rester cohérentes avec le Centre d'échange central."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "Un Centre d'échange national ne doit publier que des informations "
                        "produites par le ministère de l'Environnement."
                    ),
                    "is_true": False,
                    "feedback_if_true": (
                        "Pas tout à fait. Un Centre d'échange national parle au nom de toute la "
                        "communauté nationale de la biodiversité, pas d'un seul ministère."
                    ),
                    "feedback_if_false": (
                        "Exact. Universités, agences, ONG, musées et communautés détiennent tous "
                        "des informations qui ont leur place sur le Centre d'échange national."
                    ),
                    "explanation": (
                        "Les partenaires sont à la fois fournisseurs et utilisateurs des "
                        "informations d'un Centre d'échange national."
                    ),
                },
            ),
            (
                "single_choice",
                {
                    "question": (
                        "Quelle description correspond le mieux à l'appui de la Belgique aux "
                        "Centres d'échange nationaux à travers CEBioS ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "De petites subventions, des formations et des échanges qui "
                                "renforcent les équipes nationales"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Exact. Le but est d'aider les équipes nationales à gérer "
                                "elles-mêmes leur Centre d'échange."
                            ),
                        },
                        {
                            "text": (
                                "La Belgique gère elle-même les sites nationaux, depuis Bruxelles"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "Non, les Centres d'échange nationaux sont gérés par les pays "
                                "partenaires eux-mêmes."
                            ),
                        },
                        {
                            "text": (
                                "La Belgique paie les salaires permanents de tout le personnel "
                                "des Centres d'échange nationaux"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "Non, l'appui prend la forme de petites subventions, de "
                                "formations et d'échanges, pas de salaires permanents."
                            ),
                        },
                    ],
                    "explanation": (
                        "L'appui de l'Institut royal des Sciences naturelles de Belgique, à "
                        "travers CEBioS, vise à renforcer les capacités nationales."
                    ),
                },
            ),
        ],
    },
}

_CHM_FOCAL_POINT = {
    "slug": "national-focal-point",
    "estimated_minutes": 50,
    "required": True,
    "en": {
        "title": "The role of the CHM national focal point",
        "introduction": (
            "Behind every national CHM there is a person nominated by the government to "
            "coordinate it: the CHM national focal point. This module explains how this role "
            "differs from that of the CBD national focal point, what the job involves in "
            "practice, and which habits make the difference."
        ),
        "body": [
            ("heading", {"text": "Two focal points, two jobs", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Each Party to the Convention designates a <b>CBD national focal "
                    "point</b>, usually in the ministry in charge of the environment. This person "
                    "is the official channel between the country and the Secretariat: they "
                    "receive official notifications, coordinate the country's participation in "
                    "meetings and make sure that national reports are prepared and submitted.</p>"
                    "<p>Because the Convention covers so many subjects, Parties also nominate "
                    "<b>thematic focal points</b>: for example for the scientific advisory body "
                    "(SBSTTA), for the Cartagena Protocol on Biosafety, for the Nagoya Protocol "
                    "on access and benefit-sharing, for protected areas, and for the "
                    "Clearing-House Mechanism. The <b>CHM national focal point</b> is nominated "
                    "by each Party, through its official channels, to coordinate the national CHM "
                    "and to link it with the global network.</p>"
                    "<p>In some countries one person holds both roles; in others, the CHM focal "
                    "point works in a research institute or in a different department. What "
                    "matters is that the two work closely together.</p>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "CBD national focal point",
                    "definition": (
                        "The person or office designated by a Party as its official contact with "
                        "the Secretariat of the Convention. Sometimes called the primary national "
                        "focal point."
                    ),
                },
            ),
            (
                "glossary_term",
                {
                    "term": "CHM national focal point",
                    "definition": (
                        "The person nominated by a Party to coordinate its national "
                        "Clearing-House Mechanism and to represent it in the global CHM network."
                    ),
                },
            ),
            ("heading", {"text": "What the CHM national focal point does", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>The exact tasks vary from country to country, but they usually include:</p>"
                    "<ul><li><b>coordinating</b> the development and day-to-day running of the "
                    "national CHM;</li><li><b>building and leading the partner network</b>: "
                    "inviting institutions to contribute, agreeing who provides what, thanking "
                    "and recognising contributors;</li><li><b>keeping information current and "
                    "reliable</b>: checking sources, dating pages, removing outdated "
                    "content;</li><li><b>liaising</b> with the CBD national focal point, the "
                    "Secretariat and the CHM focal points of other countries;</li><li><b>taking "
                    "part in the global network</b>: workshops, webinars and online discussions "
                    "and, for those appointed to it, the Informal Advisory Committee of the CHM, "
                    "which advises the Secretariat on the development of the "
                    "mechanism;</li><li><b>reporting</b> on the national CHM, for example by "
                    "providing information when the national report to the Convention is "
                    "prepared;</li><li><b>promoting</b> the use of the CHM among decision-makers, "
                    "researchers and the public.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "A coordinator, not the only author",
                    "text": (
                        "<p>The CHM focal point does not have to write every page. The job is to "
                        "make sure that the right people contribute, that what is published is "
                        "reliable, and that the site keeps serving the national strategy. A focal "
                        "point who tries to do everything alone soon runs out of time.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Good practice for everyday work", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Experience from many countries points to a few simple habits:</p>"
                    "<ul><li><b>Form a small team</b>, even an informal one: someone for content, "
                    "someone for technical support, and a contact person in each main partner "
                    "institution.</li><li><b>Write a work plan</b> for the year, with a calendar "
                    "of updates and events.</li><li><b>Agree on editorial rules</b>: every "
                    "document has a source, a date and a person responsible for "
                    "it.</li><li><b>Review key pages regularly</b>, for example every three "
                    "months.</li><li><b>Document procedures</b>: how to publish a page, who holds "
                    "which access, how to renew the domain name and the hosting.</li><li><b>Plan "
                    "for resources</b>: ask for the CHM to be included in the ministry's work "
                    "plan and budget, however modest.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "The single-person trap",
                    "text": (
                        "<p>When passwords, technical knowledge and partner contacts all sit with "
                        "one person, the national CHM stops the day that person changes jobs. "
                        "Make sure that at least two people have administrator access, keep "
                        "written procedures, and prepare a handover note whenever the focal point "
                        "changes.</p>"
                    ),
                },
            ),
            (
                "case_study",
                {
                    "title": "The first hundred days of a new focal point",
                    "place": "Burkina Faso",
                    "body": (
                        "<p>Imagine a forestry engineer in Ouagadougou who has just been "
                        "nominated CHM national focal point. The national CHM website exists, but "
                        "its latest news item is two years old and nobody remembers the "
                        "administrator password.</p>"
                        "<p>In her first weeks, she recovers access to the site with the help of "
                        "the ministry's IT service and shares it with a colleague. She meets the "
                        "CBD national focal point to agree on priorities, and draws up a list of "
                        "partners with a contact person in each. She then corrects the most "
                        "visible outdated pages: the NBSAP, the latest national report and the "
                        "list of protected areas. By the end of her first hundred days, she holds "
                        "a first partners' meeting and presents a simple work plan for the year. "
                        "Nothing spectacular, but the CHM is back on track.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "CBD national focal points",
                    "url": "https://www.cbd.int/information/nfp.shtml",
                    "description": (
                        "The Secretariat's directory of national focal points, where you can "
                        "check who the focal points of your country are."
                    ),
                    "language": "en",
                },
            ),
        ],
        "quiz": [
            (
                "single_choice",
                {
                    "question": "Who nominates the CHM national focal point?",
                    "choices": [
                        {
                            "text": "Each Party, through its official channels",
                            "is_correct": True,
                            "feedback": (
                                "Correct. Each government nominates its own CHM focal point."
                            ),
                        },
                        {
                            "text": "The CBD Secretariat",
                            "is_correct": False,
                            "feedback": (
                                "No. The Secretariat does not choose national focal points; it "
                                "records the nominations made by Parties."
                            ),
                        },
                        {
                            "text": "The Belgian Development Cooperation",
                            "is_correct": False,
                            "feedback": (
                                "No. Belgium supports national CHMs but does not nominate their "
                                "focal points."
                            ),
                        },
                        {
                            "text": "The partners of the national CHM, by vote",
                            "is_correct": False,
                            "feedback": (
                                "No. Partners are essential, but the nomination is made by the "
                                "government."
                            ),
                        },
                    ],
                    "explanation": (
                        "Focal points are nominated by each Party; the Secretariat keeps the list "
                        "up to date."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "The CHM national focal point and the CBD national focal point must "
                        "always be the same person."
                    ),
                    "is_true": False,
                    "feedback_if_true": (
                        "Not so. Some countries give both roles to one person, but many do not; "
                        "each Party decides."
                    ),
                    "feedback_if_false": (
                        "Correct. The two roles are distinct, even if one person sometimes holds "
                        "both."
                    ),
                    "explanation": (
                        "What matters is that the two focal points work closely together."
                    ),
                },
            ),
            (
                "multiple_choice",
                {
                    "question": (
                        "Which practices help a national CHM survive a change of staff? Select "
                        "all that apply."
                    ),
                    "choices": [
                        {
                            "text": "At least two people have administrator access",
                            "is_correct": True,
                            "feedback": "Yes, this avoids losing access when one person leaves.",
                        },
                        {
                            "text": "Procedures and handover notes are written down",
                            "is_correct": True,
                            "feedback": "Yes, written procedures let a newcomer take over quickly.",
                        },
                        {
                            "text": "Each main partner has a named contact person",
                            "is_correct": True,
                            "feedback": (
                                "Yes, the partner network then does not depend on one person's "
                                "address book."
                            ),
                        },
                        {
                            "text": (
                                "Only the focal point knows the administrator password, for "
                                "security"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "No, this is the single-person trap: security must not mean "
                                "dependence on one person."
                            ),
                        },
                    ],
                    "explanation": (
                        "A national CHM should rest on a team and written procedures, not on one "
                        "person's memory."
                    ),
                },
            ),
            (
                "single_choice",
                {
                    "question": "What is the Informal Advisory Committee of the CHM?",
                    "choices": [
                        {
                            "text": (
                                "A group that advises the Secretariat on the development of the CHM"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Correct. It brings together CHM focal points from different "
                                "regions to give advice."
                            ),
                        },
                        {
                            "text": "The body that approves each country's national CHM website",
                            "is_correct": False,
                            "feedback": (
                                "No. National CHM websites do not need the approval of any "
                                "international body."
                            ),
                        },
                        {
                            "text": "A committee of donors that funds national CHMs",
                            "is_correct": False,
                            "feedback": (
                                "No. The committee gives advice; it does not fund national CHMs."
                            ),
                        },
                    ],
                    "explanation": (
                        "The Informal Advisory Committee helps the Secretariat steer the CHM, "
                        "drawing on the experience of focal points from different regions."
                    ),
                },
            ),
        ],
    },
    "fr": {
        "title": "Le rôle du point focal national du Centre d'échange",
        "introduction": (
            "Derrière chaque Centre d'échange national se trouve une personne désignée par le "
            "gouvernement pour le coordonner : le point focal national du Centre d'échange. Ce "
            "module explique en quoi ce rôle diffère de celui du point focal national de la CDB, "
            "ce qu'il implique en pratique et quelles habitudes font la différence."
        ),
        "body": [
            ("heading", {"text": "Deux points focaux, deux missions", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Chaque Partie à la Convention désigne un <b>point focal national de la "
                    "CDB</b> (appelé « correspondant national » dans les documents officiels), "
                    "généralement au sein du ministère chargé de l'environnement. Cette personne "
                    "est le canal officiel entre le pays et le Secrétariat : elle reçoit les "
                    "notifications officielles, coordonne la participation du pays aux réunions "
                    "et veille à ce que les rapports nationaux soient préparés et remis.</p>"
                    "<p>Comme la Convention couvre de très nombreux sujets, les Parties désignent "
                    "aussi des <b>points focaux thématiques</b>, par exemple pour l'organe "
                    "scientifique consultatif (SBSTTA), pour le Protocole de Cartagena sur la "
                    "prévention des risques biotechnologiques, pour le Protocole de Nagoya sur "
                    "l'accès et le partage des avantages, pour les aires protégées et pour le "
                    "Centre d'échange. Le <b>point focal national du Centre d'échange</b> est "
                    "désigné par chaque Partie, par ses voies officielles, pour coordonner le "
                    "Centre d'échange national et le relier au réseau mondial.</p>"
                    "<p>Dans certains pays, une même personne exerce les deux fonctions ; dans "
                    "d'autres, le point focal du Centre d'échange travaille dans un institut de "
                    "recherche ou dans une autre direction. L'essentiel est que les deux "
                    "collaborent étroitement.</p>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "Point focal national de la CDB",
                    "definition": (
                        "La personne ou le service désigné par une Partie comme contact officiel "
                        "avec le Secrétariat de la Convention. On parle aussi de correspondant "
                        "national principal."
                    ),
                },
            ),
            (
                "glossary_term",
                {
                    "term": "Point focal national du Centre d'échange",
                    "definition": (
                        "La personne désignée par une Partie pour coordonner son Centre d'échange "
                        "national et le représenter dans le réseau mondial du Centre d'échange."
                    ),
                },
            ),
            ("heading", {"text": "Ce que fait le point focal du Centre d'échange", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Les tâches précises varient d'un pays à l'autre, mais elles comprennent "
                    "en général :</p>"
                    "<ul><li><b>coordonner</b> le développement et le fonctionnement quotidien du "
                    "Centre d'échange national ;</li><li><b>constituer et animer le réseau des "
                    "partenaires</b> : inviter les institutions à contribuer, convenir de qui "
                    "fournit quoi, remercier et valoriser les contributeurs ;</li><li><b>tenir "
                    "les informations à jour et fiables</b> : vérifier les sources, dater les "
                    "pages, retirer les contenus périmés ;</li><li><b>assurer la liaison</b> avec "
                    "le point focal national de la CDB, le Secrétariat et les points focaux du "
                    "Centre d'échange des autres pays ;</li><li><b>participer au réseau "
                    "mondial</b> : ateliers, webinaires et discussions en ligne et, pour ceux qui "
                    "y sont nommés, le Comité consultatif informel du Centre d'échange, qui "
                    "conseille le Secrétariat sur le développement du mécanisme "
                    ";</li><li><b>rendre compte</b> des activités du Centre d'échange national, "
                    "par exemple en fournissant des informations lors de la préparation du "
                    "rapport national à la Convention ;</li><li><b>promouvoir</b> l'utilisation "
                    "du Centre d'échange auprès des décideurs, des chercheurs et du "
                    "public.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "Un coordinateur, pas l'unique auteur",
                    "text": (
                        "<p>Le point focal du Centre d'échange n'a pas à rédiger chaque page. Son "
                        "rôle est de s'assurer que les bonnes personnes contribuent, que ce qui "
                        "est publié est fiable et que le site reste au service de la stratégie "
                        "nationale. Un point focal qui essaie de tout faire seul manque vite de "
                        "temps.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Bonnes pratiques au quotidien", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>L'expérience de nombreux pays met en avant quelques habitudes simples :</p>"
                    "<ul><li><b>Former une petite équipe</b>, même informelle : une personne pour "
                    "les contenus, une pour l'appui technique, et une personne de contact dans "
                    "chaque grande institution partenaire.</li><li><b>Rédiger un plan de "
                    "travail</b> annuel, avec un calendrier des mises à jour et des "
                    "événements.</li><li><b>Convenir de règles éditoriales</b> : chaque document "
                    "a une source, une date et un responsable.</li><li><b>Relire régulièrement "
                    "les pages clés</b>, par exemple tous les trois mois.</li><li><b>Documenter "
                    "les procédures</b> : comment publier une page, qui détient quels accès, "
                    "comment renouveler le nom de domaine et l'hébergement.</li><li><b>Prévoir "
                    "des moyens</b> : demander que le Centre d'échange figure dans le plan de "
                    "travail et le budget du ministère, même modestement.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Le piège de la personne unique",
                    "text": (
                        "<p>Quand les mots de passe, les connaissances techniques et les contacts "
                        "des partenaires reposent sur une seule personne, le Centre d'échange "
                        "national s'arrête le jour où elle change de poste. Veillez à ce qu'au "
                        "moins deux personnes disposent d'un accès administrateur, tenez des "
                        "procédures écrites et préparez une note de passation à chaque changement "
                        "de point focal.</p>"
                    ),
                },
            ),
            (
                "case_study",
                {
                    "title": "Les cent premiers jours d'un nouveau point focal",
                    "place": "Burkina Faso",
                    "body": (
                        "<p>Imaginez une ingénieure des eaux et forêts, à Ouagadougou, qui vient "
                        "d'être désignée point focal national du Centre d'échange. Le site "
                        "national existe, mais sa dernière actualité date de deux ans et personne "
                        "ne se souvient du mot de passe administrateur.</p>"
                        "<p>Dans ses premières semaines, elle récupère l'accès au site avec "
                        "l'aide du service informatique du ministère et le partage avec un "
                        "collègue. Elle rencontre le point focal national de la CDB pour convenir "
                        "des priorités et dresse la liste des partenaires, avec une personne de "
                        "contact dans chacun d'eux. Elle corrige ensuite les pages périmées les "
                        "plus visibles : la SPANB, le dernier rapport national et la liste des "
                        "aires protégées. Au terme de ses cent premiers jours, elle réunit les "
                        "partenaires pour la première fois et présente un plan de travail simple "
                        "pour l'année. Rien de spectaculaire, mais le Centre d'échange est de "
                        "nouveau sur les rails.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "Points focaux nationaux de la CDB",
                    "url": "https://www.cbd.int/information/nfp.shtml",
                    "description": (
                        "Le répertoire des points focaux nationaux tenu par le Secrétariat, où "
                        "vous pouvez vérifier qui sont les points focaux de votre pays."
                    ),
                    "language": "en",
                },
            ),
        ],
        "quiz": [
            (
                "single_choice",
                {
                    "question": "Qui désigne le point focal national du Centre d'échange ?",
                    "choices": [
                        {
                            "text": "Chaque Partie, par ses voies officielles",
                            "is_correct": True,
                            "feedback": (
                                "Exact. Chaque gouvernement désigne son propre point focal du "
                                "Centre d'échange."
                            ),
                        },
                        {
                            "text": "Le Secrétariat de la CDB",
                            "is_correct": False,
                            "feedback": (
                                "Non. Le Secrétariat ne choisit pas les points focaux nationaux ; "
                                "il enregistre les désignations faites par les Parties."
                            ),
                        },
                        {
                            "text": "La Coopération belge au développement",
                            "is_correct": False,
                            "feedback": (
                                "Non. La Belgique soutient les Centres d'échange nationaux mais "
                                "ne désigne pas leurs points focaux."
                            ),
                        },
                        {
                            "text": "Les partenaires du Centre d'échange national, par un vote",
                            "is_correct": False,
                            "feedback": (
                                "Non. Les partenaires sont essentiels, mais la désignation relève "
                                "du gouvernement."
                            ),
                        },
                    ],
                    "explanation": (
                        "Les points focaux sont désignés par chaque Partie ; le Secrétariat tient "
                        "la liste à jour."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "Le point focal national du Centre d'échange et le point focal national "
                        "de la CDB doivent toujours être la même personne."
                    ),
                    "is_true": False,
                    "feedback_if_true": (
                        "Ce n'est pas le cas. Certains pays confient les deux rôles à une même "
                        "personne, beaucoup d'autres non ; chaque Partie décide."
                    ),
                    "feedback_if_false": (
                        "Exact. Les deux rôles sont distincts, même si une même personne les "
                        "exerce parfois."
                    ),
                    "explanation": (
                        "L'essentiel est que les deux points focaux travaillent en étroite "
                        "collaboration."
                    ),
                },
            ),
            (
                "multiple_choice",
                {
                    "question": (
                        "Quelles pratiques aident un Centre d'échange national à survivre à un "
                        "changement de personnel ? Cochez toutes les bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": "Au moins deux personnes disposent d'un accès administrateur",
                            "is_correct": True,
                            "feedback": (
                                "Oui, cela évite de perdre l'accès au départ d'une personne."
                            ),
                        },
                        {
                            "text": "Les procédures et les notes de passation sont mises par écrit",
                            "is_correct": True,
                            "feedback": (
                                "Oui, des procédures écrites permettent à un nouvel arrivant de "
                                "prendre rapidement le relais."
                            ),
                        },
                        {
                            "text": "Chaque grand partenaire a une personne de contact désignée",
                            "is_correct": True,
                            "feedback": (
                                "Oui, le réseau des partenaires ne dépend alors plus du carnet "
                                "d'adresses d'une seule personne."
                            ),
                        },
                        {
                            "text": (
                                "Seul le point focal connaît le mot de passe administrateur, par "
                                "sécurité"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "Non, c'est le piège de la personne unique : la sécurité ne doit "
                                "pas signifier la dépendance envers une seule personne."
                            ),
                        },
                    ],
                    "explanation": (
                        "Un Centre d'échange national doit reposer sur une équipe et des "
                        "procédures écrites, pas sur la mémoire d'une seule personne."
                    ),
                },
            ),
            (
                "single_choice",
                {
                    "question": (
                        "Qu'est-ce que le Comité consultatif informel du Centre d'échange ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Un groupe qui conseille le Secrétariat sur le développement du "
                                "Centre d'échange"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Exact. Il réunit des points focaux du Centre d'échange de "
                                "différentes régions pour formuler des avis."
                            ),
                        },
                        {
                            "text": (
                                "L'organe qui approuve le site national du Centre d'échange de "
                                "chaque pays"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "Non. Les sites nationaux n'ont besoin de l'approbation d'aucun "
                                "organe international."
                            ),
                        },
                        {
                            "text": (
                                "Un comité de bailleurs qui finance les Centres d'échange nationaux"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "Non. Le comité donne des avis ; il ne finance pas les Centres "
                                "d'échange nationaux."
                            ),
                        },
                    ],
                    "explanation": (
                        "Le Comité consultatif informel aide le Secrétariat à orienter le Centre "
                        "d'échange, en s'appuyant sur l'expérience de points focaux de "
                        "différentes régions."
                    ),
                },
            ),
        ],
    },
}

_CHM_KEEPING_ALIVE = {
    "slug": "keeping-a-national-chm-alive",
    "estimated_minutes": 40,
    "required": False,
    "en": {
        "title": "Keeping a national CHM alive",
        "introduction": (
            "Launching a website is the easy part; keeping it useful year after year is harder. "
            "This optional module offers practical ideas on planning content, understanding users "
            "and making a national CHM sustainable."
        ),
        "body": [
            ("heading", {"text": "Launching is easy, lasting is hard", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Many national CHMs were launched with enthusiasm, often with project "
                    "funding, and then slowly went quiet. The signs are easy to recognise: the "
                    "latest news is years old, links lead nowhere, documents have no date, and "
                    "the contact address no longer answers. Users notice quickly, and once they "
                    "lose trust they rarely come back.</p>"
                    "<p>The causes are usually the same: the project that paid for the website "
                    "ends, trained staff move to other posts, nobody is clearly responsible for "
                    "updates, or the technology becomes outdated and nobody can maintain it. Each "
                    "of these causes has a remedy.</p>"
                ),
            ),
            ("heading", {"text": "Plan your content", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>An <b>editorial calendar</b> turns good intentions into regular work. "
                    "Build it around moments that already mark your country's biodiversity "
                    "year:</p>"
                    "<ul><li>the International Day for Biological Diversity on 22 May, and "
                    "national environment days;</li><li>meetings of the Convention and the "
                    "deadlines for national reports;</li><li>the adoption or review of the NBSAP "
                    "and of national laws;</li><li>field seasons, inventories and the results of "
                    "partner projects.</li></ul>"
                    "<p>Distinguish two kinds of content. <b>Reference content</b> (the NBSAP, "
                    "protected-area pages, species lists) changes slowly but must stay correct: "
                    "give each page an owner and a 'last reviewed' date. <b>News</b> changes fast "
                    "and shows that the site is alive: a short item with a photo and two "
                    "paragraphs is enough.</p>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "Editorial calendar",
                    "definition": (
                        "A simple schedule that lists what will be published, when, and by whom. "
                        "A shared spreadsheet is enough."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Little and often",
                    "text": (
                        "<p>One short update a week does more for a national CHM than a big "
                        "overhaul once a year. Regular activity keeps the team in practice, shows "
                        "visitors that the site is looked after, and helps search engines find "
                        "it.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Know your users", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Ask yourself who actually visits the site: staff of ministries and "
                    "agencies, students and researchers, journalists, donors, partners abroad. "
                    "Each group looks for different things. Many of them read on a mobile phone, "
                    "sometimes with a slow or expensive connection. Keep pages light, compress "
                    "images, offer short summaries before long documents, and publish in the "
                    "languages your users read.</p>"
                    "<p>Use simple evidence to decide what to improve: visit statistics, the "
                    "most-viewed pages, the words people type in the site's search box. A "
                    "five-minute questionnaire handed out at a partners' workshop can also teach "
                    "you a lot.</p>"
                ),
            ),
            ("heading", {"text": "Making it last", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Sustainability has several dimensions, and all of them matter:</p>"
                    "<ul><li><b>Institutional:</b> the CHM is written into the mandate of a "
                    "service and, ideally, into the NBSAP itself as an "
                    "action.</li><li><b>Financial:</b> the running costs (domain name, hosting, a "
                    "few days of work each month) are modest; include them in a regular budget "
                    "line rather than relying only on projects.</li><li><b>Technical:</b> prefer "
                    "maintained platforms, such as Bioland, over custom-built sites that only one "
                    "consultant knows how to repair.</li><li><b>Human:</b> train more than one "
                    "person, involve interns and students, and keep partner agreements up to "
                    "date.</li></ul>"
                ),
            ),
            (
                "case_study",
                {
                    "title": "A fresh start",
                    "place": "Niger",
                    "body": (
                        "<p>Imagine a national CHM that has been silent for two years since the "
                        "end of the project that built it. The original consultant has left, and "
                        "the site runs on software that nobody knows how to update.</p>"
                        "<p>The new focal point decides not to repair the old site but to start "
                        "again on a maintained platform. She moves the essential documents first, "
                        "then signs a simple agreement with a university department that will "
                        "provide one species page a month, in exchange for visibility for its "
                        "students' work. The protected-area service sends news from the field. "
                        "Within six months, the site has fewer pages than before, but all of them "
                        "are current, and visits are rising again.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "The Clearing-House Mechanism of the CBD",
                    "url": "https://www.cbd.int/chm/",
                    "description": (
                        "The Secretariat's pages on the Clearing-House Mechanism, its network and "
                        "its tools."
                    ),
                    "language": "en",
                },
            ),
        ],
        "quiz": [
            (
                "multiple_choice",
                {
                    "question": (
                        "Which of these are warning signs that a national CHM is losing its "
                        "users? Select all that apply."
                    ),
                    "choices": [
                        {
                            "text": "The latest news item is several years old",
                            "is_correct": True,
                            "feedback": (
                                "Yes, old news tells visitors that nobody is looking after the "
                                "site."
                            ),
                        },
                        {
                            "text": "Links lead to pages that no longer exist",
                            "is_correct": True,
                            "feedback": "Yes, broken links quickly erode trust.",
                        },
                        {
                            "text": "Documents have no date or source",
                            "is_correct": True,
                            "feedback": (
                                "Yes, visitors cannot tell whether an undated document is still "
                                "valid."
                            ),
                        },
                        {
                            "text": "A short news item is published every week",
                            "is_correct": False,
                            "feedback": (
                                "No, short and regular updates are the sign of a healthy site."
                            ),
                        },
                    ],
                    "explanation": (
                        "Visitors judge a site by signs of care: recent news, working links, and "
                        "dated documents with a source."
                    ),
                },
            ),
            (
                "single_choice",
                {
                    "question": (
                        "Which technical choice is most likely to keep a national CHM running for "
                        "years?"
                    ),
                    "choices": [
                        {
                            "text": "Using a maintained platform such as Bioland",
                            "is_correct": True,
                            "feedback": (
                                "Correct. A maintained platform is updated and supported, so the "
                                "national team can focus on content."
                            ),
                        },
                        {
                            "text": (
                                "A custom-built site that only one consultant knows how to repair"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "No. When that consultant leaves, nobody can maintain the site."
                            ),
                        },
                        {
                            "text": "Hosting the site on the focal point's own laptop",
                            "is_correct": False,
                            "feedback": (
                                "No. The site would go offline whenever the laptop is switched "
                                "off or lost."
                            ),
                        },
                    ],
                    "explanation": (
                        "Technical sustainability means choosing tools that others can maintain "
                        "after you."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "Giving each key page an owner and a 'last reviewed' date helps keep "
                        "reference content reliable."
                    ),
                    "is_true": True,
                    "feedback_if_true": (
                        "Correct. Owners and review dates make it clear who must check what, and "
                        "when."
                    ),
                    "feedback_if_false": (
                        "In fact it is true: without an owner and a review date, reference pages "
                        "slowly become outdated."
                    ),
                    "explanation": (
                        "Reference content changes slowly, which is exactly why it is easy to "
                        "forget; owners and dates prevent this."
                    ),
                },
            ),
        ],
    },
    "fr": {
        "title": "Faire vivre un Centre d'échange national",
        "introduction": (
            "Lancer un site web est la partie facile ; le garder utile année après année est plus "
            "difficile. Ce module facultatif propose des idées pratiques pour planifier les "
            "contenus, connaître les utilisateurs et assurer la durabilité d'un Centre d'échange "
            "national."
        ),
        "body": [
            ("heading", {"text": "Lancer est facile, durer est difficile", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Beaucoup de Centres d'échange nationaux ont été lancés avec enthousiasme, "
                    "souvent grâce au financement d'un projet, puis se sont peu à peu endormis. "
                    "Les signes sont faciles à reconnaître : la dernière actualité date de "
                    "plusieurs années, les liens ne mènent nulle part, les documents ne sont pas "
                    "datés et l'adresse de contact ne répond plus. Les utilisateurs s'en "
                    "aperçoivent vite, et une fois leur confiance perdue, ils reviennent "
                    "rarement.</p>"
                    "<p>Les causes sont presque toujours les mêmes : le projet qui finançait le "
                    "site prend fin, le personnel formé change de poste, personne n'est "
                    "clairement chargé des mises à jour, ou la technologie vieillit et plus "
                    "personne ne sait l'entretenir. Chacune de ces causes a un remède.</p>"
                ),
            ),
            ("heading", {"text": "Planifier les contenus", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Un <b>calendrier éditorial</b> transforme les bonnes intentions en "
                    "travail régulier. Construisez-le autour des moments qui rythment déjà "
                    "l'année de la biodiversité dans votre pays :</p>"
                    "<ul><li>la Journée internationale de la diversité biologique, le 22 mai, et "
                    "les journées nationales de l'environnement ;</li><li>les réunions de la "
                    "Convention et les échéances des rapports nationaux ;</li><li>l'adoption ou "
                    "la révision de la SPANB et des lois nationales ;</li><li>les saisons de "
                    "terrain, les inventaires et les résultats des projets des "
                    "partenaires.</li></ul>"
                    "<p>Distinguez deux types de contenus. Les <b>contenus de référence</b> (la "
                    "SPANB, les pages sur les aires protégées, les listes d'espèces) évoluent "
                    "lentement mais doivent rester exacts : donnez à chaque page un responsable "
                    "et une date de « dernière révision ». Les <b>actualités</b> changent vite et "
                    "montrent que le site est vivant : un court article avec une photo et deux "
                    "paragraphes suffit.</p>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "Calendrier éditorial",
                    "definition": (
                        "Un planning simple qui indique ce qui sera publié, quand et par qui. Un "
                        "tableur partagé suffit."
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Peu, mais souvent",
                    "text": (
                        "<p>Une courte mise à jour par semaine fait plus pour un Centre d'échange "
                        "national qu'une grande refonte une fois par an. Une activité régulière "
                        "entretient les compétences de l'équipe, montre aux visiteurs que le site "
                        "est suivi et aide les moteurs de recherche à le trouver.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Connaître ses utilisateurs", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Demandez-vous qui visite réellement le site : agents des ministères et "
                    "des agences, étudiants et chercheurs, journalistes, bailleurs de fonds, "
                    "partenaires à l'étranger. Chaque groupe cherche des choses différentes. "
                    "Beaucoup lisent sur un téléphone portable, parfois avec une connexion lente "
                    "ou coûteuse. Gardez des pages légères, compressez les images, proposez de "
                    "courts résumés avant les longs documents et publiez dans les langues que "
                    "lisent vos utilisateurs.</p>"
                    "<p>Appuyez-vous sur des éléments simples pour décider quoi améliorer : les "
                    "statistiques de visites, les pages les plus consultées, les mots que les "
                    "visiteurs tapent dans le moteur de recherche du site. Un questionnaire de "
                    "cinq minutes distribué lors d'un atelier de partenaires peut aussi vous "
                    "apprendre beaucoup.</p>"
                ),
            ),
            ("heading", {"text": "Assurer la durée", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>La durabilité a plusieurs dimensions, toutes importantes :</p>"
                    "<ul><li><b>Institutionnelle :</b> le Centre d'échange figure dans le mandat "
                    "d'un service et, idéalement, dans la SPANB elle-même comme action à "
                    "mener.</li><li><b>Financière :</b> les coûts de fonctionnement (nom de "
                    "domaine, hébergement, quelques jours de travail par mois) sont modestes ; "
                    "inscrivez-les dans une ligne budgétaire régulière plutôt que de dépendre "
                    "uniquement des projets.</li><li><b>Technique :</b> préférez des plateformes "
                    "maintenues, comme Bioland, aux sites développés sur mesure que seul un "
                    "consultant sait réparer.</li><li><b>Humaine :</b> formez plus d'une "
                    "personne, associez des stagiaires et des étudiants, et tenez à jour les "
                    "accords avec les partenaires.</li></ul>"
                ),
            ),
            (
                "case_study",
                {
                    "title": "Un nouveau départ",
                    "place": "Niger",
                    "body": (
                        "<p>Imaginez un Centre d'échange national resté silencieux pendant deux "
                        "ans après la fin du projet qui l'avait créé. Le consultant d'origine est "
                        "parti, et le site fonctionne avec un logiciel que personne ne sait "
                        "mettre à jour.</p>"
                        "<p>La nouvelle responsable, désignée point focal, décide de ne pas "
                        "réparer l'ancien site mais de repartir sur une plateforme maintenue. "
                        "Elle transfère d'abord les documents essentiels, puis signe un accord "
                        "simple avec un département universitaire qui fournira une fiche espèce "
                        "par mois, en échange de la visibilité donnée aux travaux de ses "
                        "étudiants. Le service des aires protégées envoie des nouvelles du "
                        "terrain. En six mois, le site compte moins de pages qu'avant, mais "
                        "toutes sont à jour, et les visites repartent à la hausse.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "Le Centre d'échange de la CDB",
                    "url": "https://www.cbd.int/chm/",
                    "description": (
                        "Les pages du Secrétariat consacrées au Centre d'échange, à son réseau et "
                        "à ses outils."
                    ),
                    "language": "en",
                },
            ),
        ],
        "quiz": [
            (
                "multiple_choice",
                {
                    "question": (
                        "Parmi ces signes, lesquels montrent qu'un Centre d'échange national perd "
                        "ses utilisateurs ? Cochez toutes les bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": "La dernière actualité date de plusieurs années",
                            "is_correct": True,
                            "feedback": (
                                "Oui, des actualités anciennes indiquent aux visiteurs que "
                                "personne ne s'occupe du site."
                            ),
                        },
                        {
                            "text": "Des liens mènent à des pages qui n'existent plus",
                            "is_correct": True,
                            "feedback": (
                                "Oui, les liens brisés font rapidement perdre la confiance."
                            ),
                        },
                        {
                            "text": "Les documents n'ont ni date ni source",
                            "is_correct": True,
                            "feedback": (
                                "Oui, les visiteurs ne peuvent pas savoir si un document non daté "
                                "est encore valable."
                            ),
                        },
                        {
                            "text": "Une courte actualité est publiée chaque semaine",
                            "is_correct": False,
                            "feedback": (
                                "Non, des mises à jour courtes et régulières sont le signe d'un "
                                "site en bonne santé."
                            ),
                        },
                    ],
                    "explanation": (
                        "Les visiteurs jugent un site aux signes d'entretien : actualités "
                        "récentes, liens qui fonctionnent, documents datés et sourcés."
                    ),
                },
            ),
            (
                "single_choice",
                {
                    "question": (
                        "Quel choix technique a le plus de chances de faire durer un Centre "
                        "d'échange national ?"
                    ),
                    "choices": [
                        {
                            "text": "Utiliser une plateforme maintenue, comme Bioland",
                            "is_correct": True,
                            "feedback": (
                                "Exact. Une plateforme maintenue est mise à jour et soutenue, et "
                                "l'équipe nationale peut se concentrer sur les contenus."
                            ),
                        },
                        {
                            "text": (
                                "Un site développé sur mesure que seul un consultant sait réparer"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "Non. Quand ce consultant part, plus personne ne peut entretenir "
                                "le site."
                            ),
                        },
                        {
                            "text": "Héberger le site sur l'ordinateur portable du point focal",
                            "is_correct": False,
                            "feedback": (
                                "Non. Le site serait hors ligne dès que l'ordinateur est éteint "
                                "ou perdu."
                            ),
                        },
                    ],
                    "explanation": (
                        "La durabilité technique consiste à choisir des outils que d'autres "
                        "pourront entretenir après vous."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "Attribuer à chaque page clé un responsable et une date de « dernière "
                        "révision » aide à garder les contenus de référence fiables."
                    ),
                    "is_true": True,
                    "feedback_if_true": (
                        "Exact. Responsables et dates de révision indiquent clairement qui doit "
                        "vérifier quoi, et quand."
                    ),
                    "feedback_if_false": (
                        "En fait, c'est vrai : sans responsable ni date de révision, les pages de "
                        "référence se périment peu à peu."
                    ),
                    "explanation": (
                        "Les contenus de référence évoluent lentement, et c'est justement pour "
                        "cela qu'on les oublie ; responsables et dates évitent cet écueil."
                    ),
                },
            ),
        ],
    },
}


# ---------------------------------------------------------------------------
# Course 2: Communicating biodiversity information to decision-makers
# ---------------------------------------------------------------------------

_COMM_AUDIENCE = {
    "slug": "understanding-decision-makers",
    "estimated_minutes": 40,
    "required": True,
    "en": {
        "title": "Understanding decision-makers",
        "introduction": (
            "Before preparing any message, you need to know who will decide and how they decide. "
            "This module helps you look at a biodiversity issue from the decision-maker's point "
            "of view."
        ),
        "body": [
            ("heading", {"text": "Who decides, and how?", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>'Decision-makers' are not only ministers. Depending on the issue, they "
                    "can be a minister's technical adviser, the director of a protected-area "
                    "agency, members of parliament, a provincial governor, a mayor, a traditional "
                    "chief, a donor's programme officer or the manager of a mining company.</p>"
                    "<p>Most of them share a few features. They have little time and many "
                    "competing priorities: food security, jobs, energy, health, security. Their "
                    "decisions are shaped by law, budgets and politics as much as by evidence. "
                    "They rarely read long reports. What they need from you is simple: what the "
                    "problem is, why it matters for the things they are responsible for, what the "
                    "options are, and what each option will cost or bring.</p>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "Science-policy interface",
                    "definition": (
                        "The relationships and processes through which scientific knowledge "
                        "informs policy decisions, and through which policy needs guide research."
                    ),
                },
            ),
            ("heading", {"text": "Map your audience", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>A simple exercise helps: draw a grid with two axes, <b>influence</b> over "
                    "the decision and <b>interest</b> in the issue, and place each actor on it. "
                    "Then ask three questions:</p>"
                    "<ol><li><b>Who actually decides?</b> The formal decision-maker often relies "
                    "on an adviser or a director; that person may be your real way "
                    "in.</li><li><b>What question are they facing?</b> A budget to allocate, a "
                    "permit to grant, a law to revise, a strategy to update.</li><li><b>When will "
                    "they decide?</b> Budget cycles, parliamentary sessions, NBSAP revisions and "
                    "donor programming all have calendars. Information that arrives after the "
                    "decision is useless.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Start from their question, not from your data",
                    "text": (
                        "<p>Researchers tend to present what they have measured. Decision-makers "
                        "listen for what concerns them. Before you prepare anything, write down "
                        "in one sentence the decision your audience is facing, and check that "
                        "everything you plan to say helps answer it.</p>"
                    ),
                },
            ),
            (
                "case_study",
                {
                    "title": "Mangroves and a coastal development plan",
                    "place": "Vietnam",
                    "body": (
                        "<p>Imagine a researcher at a university in Hanoi who has mapped the loss "
                        "of mangroves in a coastal province over twenty years. The provincial "
                        "authorities are preparing a plan to expand shrimp farming.</p>"
                        "<p>Her first idea is to send her sixty-page report to the provincial "
                        "leadership. Instead, she contacts an adviser in the planning department. "
                        "She learns that the plan will be discussed in three months, and that the "
                        "province is worried about storm damage and the income of small-scale "
                        "fishers. She then presents mangroves as protection against storms and as "
                        "nursery grounds for the fish that local families depend on, with a "
                        "single map and three options showing where farming could expand with the "
                        "least damage.</p>"
                    ),
                },
            ),
        ],
        "quiz": [
            (
                "single_choice",
                {
                    "question": (
                        "You have new data showing the decline of a threatened species. What is "
                        "the best first step before contacting decision-makers?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Identify who decides on the issue, what question they face and "
                                "when they will decide"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Correct. Knowing the decision, the decision-maker and the timing "
                                "shapes everything else."
                            ),
                        },
                        {
                            "text": "Send the full dataset to the minister's office",
                            "is_correct": False,
                            "feedback": (
                                "Raw data rarely convince a busy decision-maker, and often do not "
                                "even reach them."
                            ),
                        },
                        {
                            "text": (
                                "Publish a scientific article and wait for policy-makers to read it"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "Publication matters, but decision-makers seldom read scientific "
                                "journals."
                            ),
                        },
                    ],
                    "explanation": (
                        "Communicating with decision-makers starts from their decision, not from "
                        "your data."
                    ),
                },
            ),
            (
                "multiple_choice",
                {
                    "question": (
                        "Depending on the issue, which of these can be decision-makers for "
                        "biodiversity? Select all that apply."
                    ),
                    "choices": [
                        {
                            "text": "A minister's technical adviser",
                            "is_correct": True,
                            "feedback": (
                                "Yes, advisers often shape the decision and are a good way in."
                            ),
                        },
                        {
                            "text": "The director of a protected-area agency",
                            "is_correct": True,
                            "feedback": (
                                "Yes, agency directors take many day-to-day decisions about sites "
                                "and staff."
                            ),
                        },
                        {
                            "text": "A mayor or a traditional chief",
                            "is_correct": True,
                            "feedback": (
                                "Yes, local authorities decide on land use and local rules."
                            ),
                        },
                        {
                            "text": "No one outside the national government",
                            "is_correct": False,
                            "feedback": (
                                "No. Decisions affecting biodiversity are taken at many levels, "
                                "from villages to donors and companies."
                            ),
                        },
                    ],
                    "explanation": (
                        "There are decision-makers at every level; identifying the right one is "
                        "the first step."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "Decision-makers usually prefer to receive the full technical report so "
                        "that they can assess the data themselves."
                    ),
                    "is_true": False,
                    "feedback_if_true": (
                        "Rarely. Most decision-makers have little time and need a short message "
                        "with clear options."
                    ),
                    "feedback_if_false": (
                        "Correct. Offer the full report as back-up, but lead with a short, clear "
                        "message."
                    ),
                    "explanation": (
                        "Keep the detailed evidence available, but do not expect busy "
                        "decision-makers to read it first."
                    ),
                },
            ),
        ],
    },
    "fr": {
        "title": "Comprendre les décideurs",
        "introduction": (
            "Avant de préparer un message, il faut savoir qui va décider et comment. Ce module "
            "vous aide à regarder une question de biodiversité du point de vue du décideur."
        ),
        "body": [
            ("heading", {"text": "Qui décide, et comment ?", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Les « décideurs » ne sont pas seulement les ministres. Selon la question, "
                    "il peut s'agir du conseiller technique d'un ministre, du directeur d'une "
                    "agence d'aires protégées, de parlementaires, d'un gouverneur de province, "
                    "d'un maire, d'un chef coutumier, du chargé de programme d'un bailleur de "
                    "fonds ou du directeur d'une entreprise minière.</p>"
                    "<p>La plupart ont quelques traits en commun. Ils disposent de peu de temps "
                    "et jonglent avec de nombreuses priorités : sécurité alimentaire, emploi, "
                    "énergie, santé, sécurité. Leurs décisions dépendent autant du droit, des "
                    "budgets et de la politique que des données scientifiques. Ils lisent "
                    "rarement de longs rapports. Ce qu'ils attendent de vous est simple : quel "
                    "est le problème, pourquoi il compte pour les domaines dont ils ont la "
                    "charge, quelles sont les options, et ce que chacune coûtera ou "
                    "rapportera.</p>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "Interface science-politique",
                    "definition": (
                        "L'ensemble des relations et des processus par lesquels les connaissances "
                        "scientifiques éclairent les décisions politiques, et par lesquels les "
                        "besoins des politiques orientent la recherche."
                    ),
                },
            ),
            ("heading", {"text": "Cartographier son public", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Un exercice simple aide : tracez une grille à deux axes, "
                    "l'<b>influence</b> sur la décision et l'<b>intérêt</b> pour la question, et "
                    "placez-y chaque acteur. Posez-vous ensuite trois questions :</p>"
                    "<ol><li><b>Qui décide réellement ?</b> Le décideur officiel s'appuie souvent "
                    "sur un conseiller ou un directeur ; c'est peut-être lui votre véritable "
                    "porte d'entrée.</li><li><b>À quelle question est-il confronté ?</b> Un "
                    "budget à répartir, un permis à accorder, une loi à réviser, une stratégie à "
                    "actualiser.</li><li><b>Quand décidera-t-il ?</b> Les cycles budgétaires, les "
                    "sessions parlementaires, les révisions de la SPANB et la programmation des "
                    "bailleurs ont tous leur calendrier. Une information qui arrive après la "
                    "décision ne sert à rien.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Partez de leur question, pas de vos données",
                    "text": (
                        "<p>Les chercheurs ont tendance à présenter ce qu'ils ont mesuré. Les "
                        "décideurs, eux, écoutent ce qui les concerne. Avant de préparer quoi que "
                        "ce soit, écrivez en une phrase la décision à laquelle votre public est "
                        "confronté, et vérifiez que tout ce que vous comptez dire aide à y "
                        "répondre.</p>"
                    ),
                },
            ),
            (
                "case_study",
                {
                    "title": "Mangroves et plan de développement côtier",
                    "place": "Viêt Nam",
                    "body": (
                        "<p>Imaginez une chercheuse d'une université de Hanoï qui a cartographié "
                        "la disparition des mangroves d'une province côtière sur vingt ans. Les "
                        "autorités provinciales préparent un plan d'extension de l'élevage de "
                        "crevettes.</p>"
                        "<p>Sa première idée est d'envoyer son rapport de soixante pages à la "
                        "direction de la province. Elle choisit plutôt de contacter un conseiller "
                        "du service de la planification. Elle apprend que le plan sera examiné "
                        "dans trois mois et que la province s'inquiète des dégâts causés par les "
                        "tempêtes et des revenus des petits pêcheurs. Elle présente alors les "
                        "mangroves comme une protection contre les tempêtes et comme des "
                        "nourriceries pour les poissons dont dépendent les familles locales, avec "
                        "une seule carte et trois options montrant où l'élevage pourrait "
                        "s'étendre en causant le moins de dégâts.</p>"
                    ),
                },
            ),
        ],
        "quiz": [
            (
                "single_choice",
                {
                    "question": (
                        "Vous disposez de nouvelles données montrant le déclin d'une espèce "
                        "menacée. Quelle est la meilleure première étape avant de contacter les "
                        "décideurs ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Identifier qui décide, à quelle question il est confronté et "
                                "quand il décidera"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Exact. Connaître la décision, le décideur et le calendrier "
                                "oriente tout le reste."
                            ),
                        },
                        {
                            "text": "Envoyer l'ensemble des données au cabinet du ministre",
                            "is_correct": False,
                            "feedback": (
                                "Des données brutes convainquent rarement un décideur très "
                                "occupé, et souvent ne lui parviennent même pas."
                            ),
                        },
                        {
                            "text": (
                                "Publier un article scientifique et attendre que les responsables "
                                "politiques le lisent"
                            ),
                            "is_correct": False,
                            "feedback": (
                                "La publication compte, mais les décideurs lisent rarement les "
                                "revues scientifiques."
                            ),
                        },
                    ],
                    "explanation": (
                        "Communiquer avec les décideurs part de leur décision, pas de vos données."
                    ),
                },
            ),
            (
                "multiple_choice",
                {
                    "question": (
                        "Selon la question, lesquelles de ces personnes peuvent être des "
                        "décideurs en matière de biodiversité ? Cochez toutes les bonnes "
                        "réponses."
                    ),
                    "choices": [
                        {
                            "text": "Le conseiller technique d'un ministre",
                            "is_correct": True,
                            "feedback": (
                                "Oui, les conseillers orientent souvent la décision et "
                                "constituent une bonne porte d'entrée."
                            ),
                        },
                        {
                            "text": "Le directeur d'une agence d'aires protégées",
                            "is_correct": True,
                            "feedback": (
                                "Oui, les directeurs d'agence prennent de nombreuses décisions "
                                "quotidiennes sur les sites et le personnel."
                            ),
                        },
                        {
                            "text": "Un maire ou un chef coutumier",
                            "is_correct": True,
                            "feedback": (
                                "Oui, les autorités locales décident de l'utilisation des terres "
                                "et des règles locales."
                            ),
                        },
                        {
                            "text": "Personne en dehors du gouvernement national",
                            "is_correct": False,
                            "feedback": (
                                "Non. Les décisions qui touchent la biodiversité se prennent à de "
                                "nombreux niveaux, des villages aux bailleurs et aux entreprises."
                            ),
                        },
                    ],
                    "explanation": (
                        "Il existe des décideurs à tous les niveaux ; identifier le bon est la "
                        "première étape."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "Les décideurs préfèrent en général recevoir le rapport technique complet "
                        "pour évaluer eux-mêmes les données."
                    ),
                    "is_true": False,
                    "feedback_if_true": (
                        "Rarement. La plupart des décideurs ont peu de temps et ont besoin d'un "
                        "message court avec des options claires."
                    ),
                    "feedback_if_false": (
                        "Exact. Proposez le rapport complet en appui, mais commencez par un "
                        "message court et clair."
                    ),
                    "explanation": (
                        "Gardez les données détaillées à disposition, mais n'attendez pas d'un "
                        "décideur très occupé qu'il les lise en premier."
                    ),
                },
            ),
        ],
    },
}

_COMM_MESSAGE = {
    "slug": "from-data-to-message",
    "estimated_minutes": 40,
    "required": True,
    "en": {
        "title": "From data to a clear message",
        "introduction": (
            "Decision-makers need a message, not a spreadsheet. This module shows how to move "
            "from raw data to a short, honest message supported by a few well-chosen indicators, "
            "maps or figures."
        ),
        "body": [
            ("heading", {"text": "Data, information, message", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Think of a staircase. At the bottom are <b>data</b>: thousands of plot "
                    "measurements, patrol records or satellite images. One step up is "
                    "<b>information</b>: the data analysed and summarised, for example 'forest "
                    "cover in the district fell by a tenth in ten years'. At the top is the "
                    "<b>message</b>: what this means for the person you are talking to, and what "
                    "you are asking them to do.</p>"
                    "<p>For example: 'The forest that protects the river supplying the town's "
                    "drinking water is shrinking. If the trend continues, water treatment will "
                    "cost more. Protecting the remaining forest on the upper slopes is the "
                    "cheapest option.' Each sentence can be backed by data, but the data stay in "
                    "the background.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "The message box",
                    "text": (
                        "<p>Before writing a brief or a presentation, fill in four boxes: <b>one "
                        "main message</b> in a single sentence; <b>two or three supporting "
                        "points</b> with the evidence behind them; <b>why it matters now</b> for "
                        "your audience; and <b>a clear request</b>, that is, what you want them "
                        "to decide or do. If you cannot fill a box, your message is not "
                        "ready.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Indicators, maps and figures", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>An indicator sums up a complex situation in a number that can be followed "
                    "over time, such as the percentage of the country covered by protected areas, "
                    "the area of natural forest, or the population trend of a flagship species. "
                    "Indicators are powerful because they allow comparison with a target. Choose "
                    "few, and explain each one in plain words.</p>"
                    "<p>A few rules for figures:</p>"
                    "<ul><li>one figure, one message, and a title that states that "
                    "message;</li><li>simple charts rather than decorative ones, without 3D "
                    "effects and with few colours;</li><li>maps with only the layers needed, a "
                    "scale and a legend;</li><li>the source and date of the data, "
                    "always;</li><li>honest uncertainty: give a range, or say 'likely', rather "
                    "than false precision.</li></ul>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "Indicator",
                    "definition": (
                        "A measurable quantity used to track change over time, often against a "
                        "target, for example the area of natural forest or the share of the "
                        "national territory in protected areas."
                    ),
                },
            ),
            (
                "case_study",
                {
                    "title": "From patrol records to a budget decision",
                    "place": "DR Congo",
                    "body": (
                        "<p>Imagine the management team of a national park that has collected "
                        "patrol records for five years: thousands of entries on snares, camps and "
                        "animal sightings. The provincial authorities are about to discuss the "
                        "budget for rangers.</p>"
                        "<p>Rather than presenting tables, the team prepares a single map showing "
                        "where snares were found, and a simple chart comparing sectors that are "
                        "patrolled regularly with sectors that are not. Their message fits in one "
                        "sentence: where patrols are regular, snares become rarer, and extending "
                        "patrols to two more sectors would need a modest budget increase. They "
                        "are careful to say that other factors may play a role, and they offer to "
                        "share the full data.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "IPBES assessments and summaries for policymakers",
                    "url": "https://www.ipbes.net/",
                    "description": (
                        "The Intergovernmental Science-Policy Platform on Biodiversity and "
                        "Ecosystem Services publishes summaries for policymakers: good examples "
                        "of scientific knowledge written for decision-makers."
                    ),
                    "language": "en",
                },
            ),
        ],
        "quiz": [
            (
                "single_choice",
                {
                    "question": "What does a 'message box' contain?",
                    "choices": [
                        {
                            "text": (
                                "One main message, a few supporting points, why it matters now, "
                                "and a clear request"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Correct. These four elements make a message ready to deliver."
                            ),
                        },
                        {
                            "text": "All the raw data, so that nothing is hidden",
                            "is_correct": False,
                            "feedback": (
                                "No. Raw data belong in an annex or a database, not in the message."
                            ),
                        },
                        {
                            "text": "A list of the authors and their publications",
                            "is_correct": False,
                            "feedback": "No. Credentials may help, but they are not the message.",
                        },
                    ],
                    "explanation": (
                        "The message box forces you to decide what you want to say, and what you "
                        "are asking for, before you write."
                    ),
                },
            ),
            (
                "multiple_choice",
                {
                    "question": (
                        "Which practices make a figure more useful for decision-makers? Select "
                        "all that apply."
                    ),
                    "choices": [
                        {
                            "text": "A title that states the message of the figure",
                            "is_correct": True,
                            "feedback": (
                                "Yes, the reader gets the point even before reading the axes."
                            ),
                        },
                        {
                            "text": "The source and date of the data",
                            "is_correct": True,
                            "feedback": (
                                "Yes, this lets the reader judge how reliable and current the "
                                "figure is."
                            ),
                        },
                        {
                            "text": "An honest indication of uncertainty, such as a range",
                            "is_correct": True,
                            "feedback": "Yes, honesty about uncertainty builds trust.",
                        },
                        {
                            "text": "3D effects and as many colours as possible",
                            "is_correct": False,
                            "feedback": "No, decoration makes figures harder to read.",
                        },
                    ],
                    "explanation": (
                        "Simple, sourced and honest figures convince more than decorative ones."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "Mentioning uncertainty always weakens a message, so it is better to "
                        "leave it out."
                    ),
                    "is_true": False,
                    "feedback_if_true": (
                        "No. Hiding uncertainty may work once, but it destroys trust as soon as "
                        "the results are questioned."
                    ),
                    "feedback_if_false": (
                        "Correct. Stating uncertainty clearly and simply makes you more credible, "
                        "not less."
                    ),
                    "explanation": (
                        "Say what is certain, what is likely and what is unknown, in plain words."
                    ),
                },
            ),
        ],
    },
    "fr": {
        "title": "Des données à un message clair",
        "introduction": (
            "Les décideurs ont besoin d'un message, pas d'un tableur. Ce module montre comment "
            "passer des données brutes à un message court et honnête, appuyé par quelques "
            "indicateurs, cartes ou graphiques bien choisis."
        ),
        "body": [
            ("heading", {"text": "Données, information, message", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Imaginez un escalier. En bas se trouvent les <b>données</b> : des "
                    "milliers de mesures de placettes, de relevés de patrouille ou d'images "
                    "satellites. Une marche plus haut vient l'<b>information</b> : les données "
                    "analysées et résumées, par exemple « le couvert forestier du district a "
                    "diminué d'un dixième en dix ans ». Tout en haut se trouve le <b>message</b> "
                    ": ce que cela signifie pour votre interlocuteur, et ce que vous lui demandez "
                    "de faire.</p>"
                    "<p>Par exemple : « La forêt qui protège la rivière alimentant la ville en "
                    "eau potable recule. Si la tendance se poursuit, le traitement de l'eau "
                    "coûtera plus cher. Protéger la forêt restante sur les versants supérieurs "
                    "est l'option la moins coûteuse. » Chaque phrase peut s'appuyer sur des "
                    "données, mais celles-ci restent à l'arrière-plan.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "key_point",
                    "title": "La boîte à message",
                    "text": (
                        "<p>Avant de rédiger une note ou une présentation, remplissez quatre "
                        "cases : <b>un message principal</b> en une seule phrase ; <b>deux ou "
                        "trois arguments</b> avec les données qui les étayent ; <b>pourquoi c'est "
                        "important maintenant</b> pour votre public ; et <b>une demande "
                        "claire</b>, c'est-à-dire ce que vous voulez qu'il décide ou fasse. Si "
                        "vous ne parvenez pas à remplir une case, votre message n'est pas "
                        "prêt.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Indicateurs, cartes et graphiques", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Un indicateur résume une situation complexe en un chiffre que l'on peut "
                    "suivre dans le temps, comme le pourcentage du territoire couvert par des "
                    "aires protégées, la superficie de forêt naturelle ou la tendance de la "
                    "population d'une espèce emblématique. Les indicateurs sont puissants parce "
                    "qu'ils permettent de comparer la situation à une cible. Choisissez-en peu, "
                    "et expliquez chacun en termes simples.</p>"
                    "<p>Quelques règles pour les graphiques :</p>"
                    "<ul><li>un graphique, un message, et un titre qui énonce ce message "
                    ";</li><li>des graphiques simples plutôt que décoratifs, sans effets 3D et "
                    "avec peu de couleurs ;</li><li>des cartes limitées aux couches nécessaires, "
                    "avec une échelle et une légende ;</li><li>toujours la source et la date des "
                    "données ;</li><li>une incertitude présentée honnêtement : donnez une "
                    "fourchette, ou dites « probablement », plutôt qu'une fausse "
                    "précision.</li></ul>"
                ),
            ),
            (
                "glossary_term",
                {
                    "term": "Indicateur",
                    "definition": (
                        "Une grandeur mesurable utilisée pour suivre une évolution dans le temps, "
                        "souvent par rapport à une cible, par exemple la superficie de forêt "
                        "naturelle ou la part du territoire national couverte par des aires "
                        "protégées."
                    ),
                },
            ),
            (
                "case_study",
                {
                    "title": "Des relevés de patrouille à une décision budgétaire",
                    "place": "RD Congo",
                    "body": (
                        "<p>Imaginez l'équipe de gestion d'un parc national qui collecte depuis "
                        "cinq ans des relevés de patrouille : des milliers d'entrées sur les "
                        "pièges, les campements et les observations d'animaux. Les autorités "
                        "provinciales s'apprêtent à discuter du budget consacré aux "
                        "écogardes.</p>"
                        "<p>Plutôt que de présenter des tableaux, l'équipe prépare une seule "
                        "carte montrant où les pièges ont été trouvés, et un graphique simple "
                        "comparant les secteurs patrouillés régulièrement et ceux qui ne le sont "
                        "pas. Son message tient en une phrase : là où les patrouilles sont "
                        "régulières, les pièges se font plus rares, et étendre les patrouilles à "
                        "deux secteurs supplémentaires demanderait une hausse modeste du budget. "
                        "L'équipe prend soin de préciser que d'autres facteurs peuvent jouer, et "
                        "propose de partager l'ensemble des données.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "Évaluations de l'IPBES et résumés à l'intention des décideurs",
                    "url": "https://www.ipbes.net/",
                    "description": (
                        "La Plateforme intergouvernementale scientifique et politique sur la "
                        "biodiversité et les services écosystémiques publie des résumés à "
                        "l'intention des décideurs : de bons exemples de connaissances "
                        "scientifiques rédigées pour les responsables politiques."
                    ),
                    "language": "en",
                },
            ),
        ],
        "quiz": [
            (
                "single_choice",
                {
                    "question": "Que contient une « boîte à message » ?",
                    "choices": [
                        {
                            "text": (
                                "Un message principal, quelques arguments, pourquoi c'est "
                                "important maintenant, et une demande claire"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Exact. Ces quatre éléments rendent un message prêt à être "
                                "transmis."
                            ),
                        },
                        {
                            "text": "Toutes les données brutes, pour ne rien cacher",
                            "is_correct": False,
                            "feedback": (
                                "Non. Les données brutes ont leur place en annexe ou dans une "
                                "base de données, pas dans le message."
                            ),
                        },
                        {
                            "text": "La liste des auteurs et de leurs publications",
                            "is_correct": False,
                            "feedback": (
                                "Non. Les références des auteurs peuvent aider, mais elles ne "
                                "constituent pas le message."
                            ),
                        },
                    ],
                    "explanation": (
                        "La boîte à message oblige à décider ce que l'on veut dire, et ce que "
                        "l'on demande, avant d'écrire."
                    ),
                },
            ),
            (
                "multiple_choice",
                {
                    "question": (
                        "Quelles pratiques rendent un graphique plus utile pour les décideurs ? "
                        "Cochez toutes les bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": "Un titre qui énonce le message du graphique",
                            "is_correct": True,
                            "feedback": (
                                "Oui, le lecteur comprend l'idée avant même de lire les axes."
                            ),
                        },
                        {
                            "text": "La source et la date des données",
                            "is_correct": True,
                            "feedback": (
                                "Oui, le lecteur peut ainsi juger de la fiabilité et de "
                                "l'actualité du graphique."
                            ),
                        },
                        {
                            "text": (
                                "Une indication honnête de l'incertitude, par exemple une "
                                "fourchette"
                            ),
                            "is_correct": True,
                            "feedback": "Oui, l'honnêteté sur l'incertitude renforce la confiance.",
                        },
                        {
                            "text": "Des effets 3D et le plus de couleurs possible",
                            "is_correct": False,
                            "feedback": (
                                "Non, la décoration rend les graphiques plus difficiles à lire."
                            ),
                        },
                    ],
                    "explanation": (
                        "Des graphiques simples, sourcés et honnêtes convainquent davantage que "
                        "des graphiques décoratifs."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "Mentionner l'incertitude affaiblit toujours un message ; il vaut donc "
                        "mieux la passer sous silence."
                    ),
                    "is_true": False,
                    "feedback_if_true": (
                        "Non. Cacher l'incertitude peut marcher une fois, mais cela détruit la "
                        "confiance dès que les résultats sont contestés."
                    ),
                    "feedback_if_false": (
                        "Exact. Exprimer l'incertitude clairement et simplement vous rend plus "
                        "crédible, et non moins."
                    ),
                    "explanation": (
                        "Dites ce qui est certain, ce qui est probable et ce qui reste inconnu, "
                        "en termes simples."
                    ),
                },
            ),
        ],
    },
}

_COMM_FORMATS = {
    "slug": "formats-and-timing",
    "estimated_minutes": 40,
    "required": True,
    "en": {
        "title": "Choosing the format and the moment",
        "introduction": (
            "The same message can succeed or fail depending on how and when it is delivered. This "
            "module reviews the main formats, from the policy brief to the field visit, and "
            "introduces the idea of a policy window."
        ),
        "body": [
            ("heading", {"text": "Formats that work", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Choose the format according to your audience and the time they have:</p>"
                    "<ul><li>a <b>policy brief</b> of two to four pages, for a decision that "
                    "needs some explanation;</li><li>a <b>one-page note</b>, for a busy minister "
                    "or director;</li><li>a <b>short presentation</b> of five to seven slides, "
                    "for a meeting;</li><li>an <b>infographic</b> or a map, easy to share, "
                    "including on phones;</li><li>a <b>field visit</b>, often the most convincing "
                    "format of all;</li><li><b>radio, television or social media</b>, when you "
                    "need public opinion on your side.</li></ul>"
                    "<p>Whatever the format, put the essential message first. Many readers will "
                    "stop after the first paragraph.</p>"
                ),
            ),
            ("heading", {"text": "Anatomy of a policy brief", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>Most good policy briefs follow the same structure:</p>"
                    "<ol><li>a <b>title</b> that states the message, not just the "
                    "topic;</li><li>a <b>summary</b> of three or four sentences, including the "
                    "recommendations;</li><li>the <b>issue</b>, and why it matters "
                    "now;</li><li>the <b>evidence</b>, with one or two figures at "
                    "most;</li><li>the <b>options</b>, with their benefits, costs and "
                    "risks;</li><li><b>recommendations</b> that are concrete and "
                    "realistic;</li><li><b>sources and contacts</b>, so that readers can find out "
                    "more.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Stay credible",
                    "text": (
                        "<p>Your credibility is your most valuable asset. Present the options "
                        "honestly, including their trade-offs, do not overstate your results, and "
                        "keep what the evidence shows clearly separate from what you recommend. A "
                        "decision-maker who has felt manipulated once will not trust your next "
                        "brief.</p>"
                    ),
                },
            ),
            (
                "glossary_term",
                {
                    "term": "Policy window",
                    "definition": (
                        "A period when a problem, a possible solution and political will come "
                        "together, so that a decision becomes likely. Examples include the "
                        "revision of a national strategy, the preparation of the budget, or the "
                        "weeks after a disaster."
                    ),
                },
            ),
            (
                "case_study",
                {
                    "title": "A wetland before the budget",
                    "place": "Burundi",
                    "body": (
                        "<p>Imagine the staff of an environment agency in charge of a wetland "
                        "that filters water and supports rice farming and fishing. Every year, "
                        "the team asks for more resources and receives nothing.</p>"
                        "<p>This time, they look at the calendar. Two months before the budget is "
                        "prepared, they send a one-page note to the director-general's adviser, "
                        "with one map and three options. They then invite members of the budget "
                        "committee to visit the wetland with local rice farmers and fishers. The "
                        "note is short, the visit is memorable and the timing is right. The "
                        "outcome is not guaranteed, but the request is now on the table at the "
                        "moment decisions are made.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "National biodiversity strategies and action plans",
                    "url": "https://www.cbd.int/nbsap/",
                    "description": (
                        "The CBD Secretariat's pages on NBSAPs. The revision of an NBSAP is a "
                        "typical policy window for biodiversity information."
                    ),
                    "language": "en",
                },
            ),
        ],
        "quiz": [
            (
                "single_choice",
                {
                    "question": "Where should the key recommendations of a policy brief appear?",
                    "choices": [
                        {
                            "text": (
                                "In the summary at the beginning, and again in the "
                                "recommendations section"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Correct. Many readers only read the summary, so it must contain "
                                "the recommendations."
                            ),
                        },
                        {
                            "text": "Only in an annex at the end",
                            "is_correct": False,
                            "feedback": "No. Few readers ever reach the annexes.",
                        },
                        {
                            "text": "Nowhere: a brief should only describe the evidence",
                            "is_correct": False,
                            "feedback": (
                                "No. A brief exists to inform a decision; it should say what you "
                                "recommend, while keeping evidence and recommendations clearly "
                                "apart."
                            ),
                        },
                    ],
                    "explanation": (
                        "Put the essential message and the recommendations first; the details "
                        "come afterwards."
                    ),
                },
            ),
            (
                "multiple_choice",
                {
                    "question": (
                        "Which of the following are examples of policy windows? Select all that "
                        "apply."
                    ),
                    "choices": [
                        {
                            "text": (
                                "The revision of the national biodiversity strategy and action "
                                "plan (NBSAP)"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Yes, a revision opens the door to new targets and actions."
                            ),
                        },
                        {
                            "text": "The preparation of the national budget",
                            "is_correct": True,
                            "feedback": "Yes, this is when resources are allocated.",
                        },
                        {
                            "text": "The weeks following a major flood",
                            "is_correct": True,
                            "feedback": (
                                "Yes, public and political attention is then high, for example on "
                                "wetlands and forests."
                            ),
                        },
                        {
                            "text": "A period when no decision on the issue is planned",
                            "is_correct": False,
                            "feedback": (
                                "No. Without a decision to take, even a good message is soon "
                                "forgotten."
                            ),
                        },
                    ],
                    "explanation": (
                        "A policy window opens when a problem, a solution and political will come "
                        "together."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "A good policy brief presents the options and their trade-offs openly."
                    ),
                    "is_true": True,
                    "feedback_if_true": (
                        "Correct. Open discussion of trade-offs is what makes a brief credible."
                    ),
                    "feedback_if_false": (
                        "In fact it is true: hiding trade-offs damages your credibility when they "
                        "come to light."
                    ),
                    "explanation": (
                        "Decision-makers must weigh options; your role is to help them see the "
                        "consequences of each one clearly."
                    ),
                },
            ),
        ],
    },
    "fr": {
        "title": "Choisir le format et le moment",
        "introduction": (
            "Un même message peut réussir ou échouer selon la manière et le moment où il est "
            "transmis. Ce module passe en revue les principaux formats, de la note de politique à "
            "la visite de terrain, et présente la notion de fenêtre d'opportunité politique."
        ),
        "body": [
            ("heading", {"text": "Des formats qui fonctionnent", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Choisissez le format selon votre public et le temps dont il dispose :</p>"
                    "<ul><li>une <b>note de politique</b> (en anglais, policy brief) de deux à "
                    "quatre pages, pour une décision qui demande quelques explications "
                    ";</li><li>une <b>note d'une page</b>, pour un ministre ou un directeur très "
                    "occupé ;</li><li>une <b>courte présentation</b> de cinq à sept diapositives, "
                    "pour une réunion ;</li><li>une <b>infographie</b> ou une carte, faciles à "
                    "partager, y compris sur téléphone ;</li><li>une <b>visite de terrain</b>, "
                    "souvent le format le plus convaincant de tous ;</li><li>la <b>radio, la "
                    "télévision ou les réseaux sociaux</b>, lorsque vous avez besoin du soutien "
                    "de l'opinion publique.</li></ul>"
                    "<p>Quel que soit le format, placez le message essentiel en premier. Beaucoup "
                    "de lecteurs s'arrêteront après le premier paragraphe.</p>"
                ),
            ),
            ("heading", {"text": "Anatomie d'une note de politique", "level": "h3"}),
            (
                "rich_text",
                (
                    "<p>La plupart des bonnes notes de politique suivent la même structure :</p>"
                    "<ol><li>un <b>titre</b> qui énonce le message, et pas seulement le sujet "
                    ";</li><li>un <b>résumé</b> de trois ou quatre phrases, qui inclut les "
                    "recommandations ;</li><li>le <b>problème</b>, et les raisons pour lesquelles "
                    "il compte maintenant ;</li><li>les <b>données probantes</b>, avec un ou deux "
                    "graphiques au maximum ;</li><li>les <b>options</b>, avec leurs avantages, "
                    "leurs coûts et leurs risques ;</li><li>des <b>recommandations</b> concrètes "
                    "et réalistes ;</li><li>les <b>sources et contacts</b>, pour que le lecteur "
                    "puisse en savoir plus.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Restez crédible",
                    "text": (
                        "<p>Votre crédibilité est votre bien le plus précieux. Présentez les "
                        "options honnêtement, y compris les compromis qu'elles impliquent, "
                        "n'exagérez pas vos résultats et distinguez clairement ce que montrent "
                        "les données de ce que vous recommandez. Un décideur qui s'est senti "
                        "manipulé une fois ne fera pas confiance à votre note suivante.</p>"
                    ),
                },
            ),
            (
                "glossary_term",
                {
                    "term": "Fenêtre d'opportunité politique",
                    "definition": (
                        "Une période où un problème, une solution possible et une volonté "
                        "politique se rencontrent, de sorte qu'une décision devient probable. Par "
                        "exemple : la révision d'une stratégie nationale, la préparation du "
                        "budget ou les semaines qui suivent une catastrophe."
                    ),
                },
            ),
            (
                "case_study",
                {
                    "title": "Une zone humide avant le budget",
                    "place": "Burundi",
                    "body": (
                        "<p>Imaginez le personnel d'une agence de l'environnement chargée d'une "
                        "zone humide qui filtre l'eau et fait vivre la riziculture et la pêche. "
                        "Chaque année, l'équipe demande davantage de moyens et n'obtient "
                        "rien.</p>"
                        "<p>Cette fois, elle regarde le calendrier. Deux mois avant la "
                        "préparation du budget, elle envoie une note d'une page au conseiller du "
                        "directeur général, avec une carte et trois options. Elle invite ensuite "
                        "des membres de la commission budgétaire à visiter la zone humide avec "
                        "des riziculteurs et des pêcheurs locaux. La note est courte, la visite "
                        "marque les esprits et le moment est bien choisi. Le résultat n'est pas "
                        "garanti, mais la demande est désormais sur la table au moment où les "
                        "décisions se prennent.</p>"
                    ),
                },
            ),
            (
                "resource_link",
                {
                    "title": "Stratégies et plans d'action nationaux pour la biodiversité",
                    "url": "https://www.cbd.int/nbsap/",
                    "description": (
                        "Les pages du Secrétariat de la CDB consacrées aux SPANB. La révision "
                        "d'une SPANB est une fenêtre d'opportunité typique pour l'information sur "
                        "la biodiversité."
                    ),
                    "language": "en",
                },
            ),
        ],
        "quiz": [
            (
                "single_choice",
                {
                    "question": (
                        "Où les recommandations principales d'une note de politique doivent-elles "
                        "figurer ?"
                    ),
                    "choices": [
                        {
                            "text": (
                                "Dans le résumé, au début, puis dans la partie consacrée aux "
                                "recommandations"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Exact. Beaucoup de lecteurs ne lisent que le résumé, qui doit "
                                "donc contenir les recommandations."
                            ),
                        },
                        {
                            "text": "Uniquement dans une annexe, à la fin",
                            "is_correct": False,
                            "feedback": "Non. Peu de lecteurs vont jusqu'aux annexes.",
                        },
                        {
                            "text": "Nulle part : une note doit seulement décrire les données",
                            "is_correct": False,
                            "feedback": (
                                "Non. Une note sert à éclairer une décision ; elle doit dire ce "
                                "que vous recommandez, tout en distinguant clairement données et "
                                "recommandations."
                            ),
                        },
                    ],
                    "explanation": (
                        "Placez le message essentiel et les recommandations en premier ; les "
                        "détails viennent ensuite."
                    ),
                },
            ),
            (
                "multiple_choice",
                {
                    "question": (
                        "Parmi les situations suivantes, lesquelles sont des fenêtres "
                        "d'opportunité politique ? Cochez toutes les bonnes réponses."
                    ),
                    "choices": [
                        {
                            "text": (
                                "La révision de la stratégie et du plan d'action nationaux pour "
                                "la biodiversité (SPANB)"
                            ),
                            "is_correct": True,
                            "feedback": (
                                "Oui, une révision ouvre la porte à de nouvelles cibles et actions."
                            ),
                        },
                        {
                            "text": "La préparation du budget national",
                            "is_correct": True,
                            "feedback": "Oui, c'est le moment où les ressources sont réparties.",
                        },
                        {
                            "text": "Les semaines qui suivent une grave inondation",
                            "is_correct": True,
                            "feedback": (
                                "Oui, l'attention du public et des responsables est alors forte, "
                                "par exemple pour les zones humides et les forêts."
                            ),
                        },
                        {
                            "text": "Une période où aucune décision n'est prévue sur la question",
                            "is_correct": False,
                            "feedback": (
                                "Non. Sans décision à prendre, même un bon message est vite oublié."
                            ),
                        },
                    ],
                    "explanation": (
                        "Une fenêtre d'opportunité s'ouvre quand un problème, une solution et une "
                        "volonté politique se rencontrent."
                    ),
                },
            ),
            (
                "true_false",
                {
                    "statement": (
                        "Une bonne note de politique présente ouvertement les options et les "
                        "compromis qu'elles impliquent."
                    ),
                    "is_true": True,
                    "feedback_if_true": (
                        "Exact. C'est la discussion ouverte des compromis qui rend une note "
                        "crédible."
                    ),
                    "feedback_if_false": (
                        "En fait, c'est vrai : cacher les compromis nuit à votre crédibilité "
                        "quand ils finissent par apparaître."
                    ),
                    "explanation": (
                        "Les décideurs doivent peser des options ; votre rôle est de les aider à "
                        "voir clairement les conséquences de chacune."
                    ),
                },
            ),
        ],
    },
}


# ---------------------------------------------------------------------------
# The courses
# ---------------------------------------------------------------------------

DEMO_COURSES = [
    {
        "slug": "clearing-house-mechanism",
        "level": "introductory",
        "estimated_hours": 4,
        "topics": ["information-sharing", "cbd-processes", "capacity-building"],
        "enrolment_mode": "open",
        "pass_mark": 70,
        "gives_certificate": True,
        "signatories": [
            {
                "name": "Hélène Vandermeulen",
                "title": {
                    "en": "Coordinator, CEBioS programme",
                    "fr": "Coordinatrice du programme CEBioS",
                },
            },
            {
                "name": "Dr Joséphine Ilunga Mbuyi",
                "title": {
                    "en": "Course lead, biodiversity information management",
                    "fr": "Responsable du cours, gestion de l'information sur la biodiversité",
                },
            },
        ],
        "partners": [
            "Royal Belgian Institute of Natural Sciences",
            "Belgian Development Cooperation",
        ],
        "en": {
            "title": "The Clearing-House Mechanism of the Convention on Biological Diversity",
            "summary": (
                "The Clearing-House Mechanism (CHM) is the information-sharing network of the "
                "Convention on Biological Diversity. This course explains where it comes from, "
                "what it is for, what a national CHM contains and what a national focal point "
                "does to keep it useful. It draws on the experience of partner countries of the "
                "Belgian Development Cooperation."
            ),
            "learning_objectives": [
                (
                    "Explain the legal basis of the Clearing-House Mechanism in Articles 17 and "
                    "18 of the Convention and its establishment at the first Conference of the "
                    "Parties."
                ),
                (
                    "Describe the mission and the three goals of the CHM adopted by decision "
                    "X/15, and its place in the Kunming-Montreal Global Biodiversity Framework."
                ),
                (
                    "List the usual contents of a national CHM website and identify the partners "
                    "who can contribute to it."
                ),
                (
                    "Distinguish the role of the CHM national focal point from that of the CBD "
                    "national focal point."
                ),
                "Apply simple practices to keep a national CHM up to date and sustainable.",
            ],
            "target_audience": (
                "Staff of ministries, protected-area agencies, universities and NGOs who "
                "contribute to their country's national CHM, or who are about to take charge of "
                "it. No prior knowledge of the Convention is needed."
            ),
        },
        "fr": {
            "title": "Le Centre d'échange de la Convention sur la diversité biologique",
            "summary": (
                "Le Centre d'échange (en anglais Clearing-House Mechanism, CHM) est le réseau de "
                "partage de l'information de la Convention sur la diversité biologique. Ce cours "
                "explique son origine, sa raison d'être, le contenu d'un Centre d'échange "
                "national et le rôle du point focal national pour le garder utile. Il s'appuie "
                "sur l'expérience des pays partenaires de la Coopération belge au développement."
            ),
            "learning_objectives": [
                (
                    "Expliquer le fondement juridique du Centre d'échange dans les articles 17 et "
                    "18 de la Convention, ainsi que sa création lors de la première Conférence "
                    "des Parties."
                ),
                (
                    "Décrire la mission et les trois buts du Centre d'échange adoptés par la "
                    "décision X/15, et sa place dans le Cadre mondial de la biodiversité de "
                    "Kunming-Montréal."
                ),
                (
                    "Énumérer les contenus habituels d'un site national du Centre d'échange et "
                    "identifier les partenaires qui peuvent y contribuer."
                ),
                (
                    "Distinguer le rôle du point focal national du Centre d'échange de celui du "
                    "point focal national de la CDB."
                ),
                (
                    "Appliquer des pratiques simples pour garder un Centre d'échange national à "
                    "jour et durable."
                ),
            ],
            "target_audience": (
                "Agents des ministères, des agences d'aires protégées, des universités et des ONG "
                "qui contribuent au Centre d'échange national de leur pays, ou qui s'apprêtent à "
                "en prendre la responsabilité. Aucune connaissance préalable de la Convention "
                "n'est requise."
            ),
        },
        "modules": [
            _CHM_LEGAL_BASIS,
            _CHM_MISSION,
            _CHM_NATIONAL_SITES,
            _CHM_FOCAL_POINT,
            _CHM_KEEPING_ALIVE,
        ],
    },
    {
        "slug": "communicating-biodiversity-to-decision-makers",
        "level": "introductory",
        "estimated_hours": 2,
        "topics": ["science-policy-interface", "communication"],
        "enrolment_mode": "key",
        # Three questions a quiz: all three right. Three attempts, then the full correction.
        "pass_mark": 70,
        "max_quiz_attempts": 3,
        "quiz_review": "full",
        "gives_certificate": True,
        "signatories": [
            {
                "name": "Pieter Claessens",
                "title": {
                    "en": "Science-policy officer, CEBioS programme",
                    "fr": "Chargé de l'interface science-politique, programme CEBioS",
                },
            },
        ],
        "partners": [
            "Royal Belgian Institute of Natural Sciences",
            "Belgian Development Cooperation",
        ],
        "en": {
            "title": "Communicating biodiversity information to decision-makers",
            "summary": (
                "Good data do not change policy on their own. This short course shows how to "
                "understand the people who take decisions, turn biodiversity data into clear "
                "messages, and choose the right format and the right moment to deliver them."
            ),
            "learning_objectives": [
                (
                    "Identify the decision-makers involved in a biodiversity issue and describe "
                    "what they need from scientists and technical staff."
                ),
                "Turn data and indicators into a short, accurate message with a clear request.",
                (
                    "Choose suitable formats, such as a policy brief or a one-page note, for "
                    "different audiences."
                ),
                "Recognise policy windows and plan communication around them.",
            ],
            "target_audience": (
                "Technical staff of ministries and protected-area agencies, researchers and NGO "
                "staff who need to present biodiversity information to senior officials, elected "
                "representatives or donors."
            ),
        },
        "fr": {
            "title": "Communiquer l'information sur la biodiversité aux décideurs",
            "summary": (
                "De bonnes données ne suffisent pas à changer les politiques. Ce cours court "
                "montre comment comprendre les personnes qui prennent les décisions, transformer "
                "les données sur la biodiversité en messages clairs, et choisir le bon format et "
                "le bon moment pour les transmettre."
            ),
            "learning_objectives": [
                (
                    "Identifier les décideurs concernés par une question de biodiversité et "
                    "décrire ce qu'ils attendent des scientifiques et des techniciens."
                ),
                (
                    "Transformer des données et des indicateurs en un message court et exact, "
                    "assorti d'une demande claire."
                ),
                (
                    "Choisir des formats adaptés aux différents publics, comme la note de "
                    "politique ou la note d'une page."
                ),
                (
                    "Repérer les fenêtres d'opportunité politique et organiser la communication "
                    "en conséquence."
                ),
            ],
            "target_audience": (
                "Agents techniques des ministères et des agences d'aires protégées, chercheurs et "
                "personnel d'ONG qui doivent présenter des informations sur la biodiversité à des "
                "hauts fonctionnaires, à des élus ou à des bailleurs de fonds."
            ),
        },
        "modules": [_COMM_AUDIENCE, _COMM_MESSAGE, _COMM_FORMATS],
    },
]
