"""German closed-class words and multiword markers (LINGUISTICS.md sections 4-8).

Nouns are capitalised in German, so lower-cased nominalisations collide with verb forms (das
Wissen, die Folgen, die Fragen): such forms are left out of ``common_verbs``. ``wollen`` and
``möchten`` are volition cues ("wants"), not auxiliaries, and ``kein-`` is an NP negator, not a
determiner.
"""

from __future__ import annotations

from kgraph.grammar import Grammar

GRAMMAR = Grammar(
    lang="de",
    determiners=frozenset(
        """
        der die das des dem den ein eine einen einem einer eines
        dieser diese dieses diesem diesen jener jene jenes jenem jenen
        jeder jede jedes jedem jeden mancher manche manches manchem manchen
        solcher solche solches solchem solchen
        aller alle alles allem allen beide beiden beider beides
        einige einigen einiger einiges mehrere mehreren mehrerer viele vielen vieler vieles
        viel wenige wenigen wenig sämtliche sämtlichen etliche etlichen
        irgendein irgendeine irgendeinen irgendeinem irgendeiner irgendeines
        andere anderen anderer anderes anderem derselbe dieselbe dasselbe denselben
        demselben derselben selbe selben
        mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines
        sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres
        unser unsere unseren unserem unserer unseres unsern unserm euer eure euren eurem
        eurer eures
        zwei drei vier fünf sechs sieben acht neun zehn elf zwölf
        """.split()
    ),
    pronouns=frozenset(
        """
        ich mich mir du dich dir er ihn ihm sie ihr ihnen es wir uns euch sich man
        einander selbst selber jemand jemanden jemandem etwas
        """.split()
    ),
    speaker_pronouns=frozenset(
        "wir uns unser unsere unseren unserem unserer unseres unsern unserm".split()
    ),
    prepositions=frozenset(
        """
        an auf aus bei bis durch für gegen hinter in mit nach neben ohne seit über um
        unter von vor während wegen zu zwischen ab außer gegenüber entlang trotz statt
        anstatt innerhalb außerhalb oberhalb unterhalb laut gemäß bezüglich hinsichtlich
        mittels infolge aufgrund dank zufolge samt nebst inklusive exklusive pro per via
        seitens anhand zugunsten mithilfe binnen als
        zum zur vom beim im am ins ans aufs fürs ums durchs übers unters vors hinters
        """.split()
    ),
    coordinators=frozenset(
        "und oder aber sondern sowie sowohl entweder denn bzw beziehungsweise".split()
    ),
    subordinators=frozenset(
        """
        dass daß weil da wenn falls ob obwohl obgleich obschon während nachdem sodass
        sobald solange indem bevor ehe seitdem damit sofern soweit wohingegen
        """.split()
    ),
    relativizers=frozenset(
        """
        der die das den dem dessen deren denen welcher welche welches welchen welchem was
        wo wodurch womit wobei woraus worauf wofür worin weshalb weswegen
        """.split()
    ),
    auxiliaries=frozenset(
        """
        habe hast hat haben habt hatte hattest hatten hattet hätte hättest hätten hättet
        gehabt
        bin bist ist sind seid sein war warst waren wart wäre wärst wären wärt sei seien
        gewesen
        werde wirst wird werden werdet wurde wurdest wurden wurdet würde würdest würden
        würdet worden geworden
        kann kannst können könnt konnte konntest konnten konntet könnte könntest könnten
        gekonnt
        muss musst müssen müsst musste musstest mussten müsste müssten gemusst muß mußte
        soll sollst sollen sollt sollte solltest sollten gesollt
        darf darfst dürfen dürft durfte durften dürfte dürften gedurft
        lasse lässt lasst lassen ließ ließen gelassen
        """.split()
    ),
    copulas=frozenset(
        """
        bin bist ist sind seid sein war warst waren wart wäre wärst wären wärt sei seien
        gewesen
        """.split()
    ),
    passive_auxiliaries=frozenset(
        """
        werde wirst wird werden werdet wurde wurdest wurden wurdet würde würden worden
        bin bist ist sind seid war waren sei seien wäre wären
        """.split()
    ),
    agent_prepositions=frozenset({"von", "vom", "durch"}),
    separable_particles=frozenset(
        """
        ab an auf aus bei dar durch ein empor entgegen fehl fest fort frei heim her heran
        herauf heraus herbei herein herüber herum herunter hervor hin hinauf hinaus hinein
        hinterher hinzu hoch los mit nach nieder statt teil um über unter voran voraus
        vorbei vor vorweg weg weiter wieder zu zurecht zurück zusammen bereit bekannt
        sicher klar fertig kennen nahe offen zufrieden
        """.split()
    ),
    common_verbs=frozenset(
        """
        mache machst macht machen machte machten gemacht
        tue tut tun tat taten getan
        gebe gibt geben gab gaben gegeben
        gehe geht gehen ging gingen gegangen
        komme kommt kommen kam kamen gekommen
        sage sagt sagen sagte sagten gesagt
        sehe sieht sehen sah sahen gesehen
        weiß weiss wusste wussten gewusst
        denke denkt denken dachte dachten gedacht
        glaubt glaubte glaubten geglaubt
        finde findet finden fand fanden gefunden
        steht stehen standen gestanden
        liegt liegen lag gelegen
        bleibe bleibt bleiben blieb blieben geblieben
        heißt heisst heißen hieß hießen geheißen
        nimmt nehmen nahm nahmen genommen
        bringt bringen brachte brachten gebracht
        hält halten hielt hielten gehalten
        stellt stellte stellten gestellt
        setzt setzte setzten gesetzt
        legt legte legten gelegt
        zeigt zeigen zeigte zeigten gezeigt
        gilt gelten galt galten gegolten
        fehlt fehlen fehlte fehlten gefehlt
        spielt spielen spielte spielten gespielt
        handelt handelte handelten gehandelt
        entsteht entstehen entstand entstanden
        erhält erhalten erhielt erhielten
        bekommt bekommen bekam bekamen
        versucht versuchen versuchte versuchten
        beginnt beginnen begann begannen begonnen
        lernt lernen lernte lernten gelernt
        versteht verstehen verstanden
        kennt kannte kannten gekannt
        erklärt erklären erklärte erklärten
        spricht sprechen sprach sprachen gesprochen
        fragt fragte fragten gefragt
        antwortet antwortete antworteten geantwortet
        schreibt schrieb schrieben geschrieben
        liest lesen las gelesen
        lebt lebte lebten gelebt
        läuft laufen lief liefen gelaufen
        ändert ändern änderte änderten geändert
        erreicht erreichen erreichte erreichten
        gewinnt gewinnen gewann gewannen gewonnen
        verliert verlieren verlor verloren
        gelingt gelingen gelang gelungen
        passiert passieren passierte passierten
        geschieht geschehen geschah
        zählt zählte zählten gezählt
        bezeichnet bezeichnen bezeichnete
        nennt nennen nannte nannten genannt
        meint meinte meinten gemeint
        bedeutet bedeuten bedeutete bedeuteten
        sucht suchen suchte suchten gesucht
        wartet warten wartete warteten gewartet
        fühlt fühlen fühlte fühlten gefühlt
        wirkt wirken wirkte wirkten gewirkt
        trifft traf trafen getroffen
        trägt tragen trug trugen getragen
        hängt hängen hing hingen gehangen
        zieht ziehen zog zogen gezogen
        ruft rufen rief riefen gerufen
        dauert dauern dauerte dauerten
        beträgt betragen betrug betrugen
        verfügt verfügen verfügte
        besitzt besitzen besaß besessen
        existiert existieren existierte
        reagiert reagieren reagierte reagierten
        informiert informieren informierte
        kontaktiert kontaktieren kontaktierte
        erlebt erleben erlebte erlebten
        betrachtet betrachten betrachtete
        beschreibt beschreiben beschrieb beschrieben
        definiert definieren definierte
        erwähnt erwähnen erwähnte
        berichtet berichten berichtete berichteten
        betont betonen betonte betonten
        weist wies wiesen gewiesen
        plant planen plante planten geplant
        prüft prüfen prüfte prüften geprüft
        diskutiert diskutieren diskutierte
        bewertet bewerten bewertete
        vergleicht vergleichen verglich verglichen
        entscheidet entscheiden entschied entschieden
        beschließt beschließen beschloss beschlossen
        bittet bitten bat baten gebeten
        stimmt stimmte stimmten gestimmt
        erfolgt erfolgen erfolgte erfolgten
        steckt stecken steckte
        klärt klären klärte klärten geklärt
        """.split()
    ),
    adverbs=frozenset(
        """
        eher vielmehr
        auch oft immer stets deshalb daher deswegen darum somit dennoch trotzdem jedoch
        allerdings bereits schon nur lediglich bloß sehr meist meistens jetzt nun heute
        hier dort gern gerne lieber zuerst erst außerdem zudem ferner tatsächlich
        besonders insbesondere so eben ja doch noch wieder weiterhin bald lange 
        gewöhnlich normalerweise generell eigentlich sogar ebenfalls ebenso gleichzeitig
        zugleich später früher danach anschließend zuletzt leider glücklicherweise
        absolut ganz ziemlich fast beinahe etwa ungefähr hauptsächlich vorwiegend
        überwiegend also nämlich zwar dabei dadurch dafür dazu darauf davon daran darin
        hierbei hierdurch hierfür zusätzlich teilweise größtenteils überhaupt gar durchaus
        eher vielmehr stattdessen sonst nochmals erneut jeweils insgesamt oftmals manchmal
        mitunter bisher bislang inzwischen mittlerweile derzeit momentan gerade sofort
        dann jederzeit irgendwann irgendwie irgendwo überall selbstverständlich natürlich
        sicherlich genau
        """.split()
    ),
    negators=frozenset(
        "selten nicht nie niemals nimmer keineswegs keinesfalls nirgends nirgendwo weder kaum".split()
    ),
    np_negators=frozenset(
        """
        kein keine keinen keinem keiner keines keinerlei niemand niemanden niemandem
        niemands nichts
        """.split()
    ),
    without=frozenset({"ohne"}),
    not_negation=(
        ("nicht", "nur"),
        ("nicht", "mehr", "allein"),
        ("nicht", "mehr", "nur"),
        ("nicht", "länger", "nur"),
        ("nicht", "ausschließlich"),
        ("nicht", "allein"),
        ("nicht", "bloß"),
        ("nicht", "zuletzt"),
        ("nicht", "ohne"),
        ("nicht", "selten"),
        ("nicht", "umsonst"),
        ("nicht", "von", "ungefähr"),
        ("nicht", "überraschend"),
        ("nicht", "unerheblich"),
        ("nicht", "unwesentlich"),
        ("nicht", "weniger", "als"),
        ("nicht", "zu", "unterschätzen"),
        ("kein", "wunder"),
        ("kein", "zufall"),
        ("keine", "frage"),
        ("ohne", "zweifel"),
    ),
    hedges=frozenset(
        """
        vielleicht wahrscheinlich vermutlich möglicherweise eventuell womöglich anscheinend
        scheinbar angeblich vermeintlich mutmaßlich wohl potenziell potentiell
        kann könnte könnten dürfte dürften scheint scheinen schien
        """.split()
    ),
    question_words=frozenset(
        """
        was wer wen wem wessen warum weshalb wieso weswegen wie wo woher wohin wann welche
        welcher welches welchen welchem wozu womit wofür worüber woran worauf wodurch
        """.split()
    ),
    conditionals=frozenset("wenn falls sofern vorausgesetzt".split()),
    hyponym_markers=(
        ("unter", "ihnen"),
        ("in", "form", "von"),
        ("in", "form"),
        ("wie",),
        ("etwa",),
        ("z", ".", "b", "."),
        ("zum", "beispiel"),
        ("beispielsweise",),
        ("bspw", "."),
        ("unter", "anderem"),
        ("unter", "anderen"),
        ("u", ".", "a", "."),
        ("darunter",),
        ("insbesondere",),
        ("inklusive",),
        ("einschließlich",),
        ("vor", "allem"),
        ("v", ".", "a", "."),
        ("namentlich",),
    ),
    other_markers=(
        ("und", "andere"),
        ("und", "anderen"),
        ("und", "anderer"),
        ("und", "anderes"),
        ("und", "viele", "andere"),
        ("oder", "andere"),
        ("oder", "anderen"),
        ("sowie", "andere"),
        ("sowie", "anderen"),
        ("und", "weitere"),
        ("und", "weiteren"),
        ("und", "sonstige"),
        ("und", "sonstigen"),
        ("und", "ähnliche"),
        ("und", "ähnlichen"),
        ("u", ".", "ä", "."),
        ("o", ".", "ä", "."),
    ),
    kind_markers=(
        ('beispiele', 'für'),
        ('ein', 'beispiel', 'für'),
        ('beispiel', 'für'),
        ("eine", "art", "von"),
        ("eine", "art"),
        ("eine", "form", "von"),
        ("eine", "sonderform", "von"),
        ("eine", "spezielle", "form", "von"),
        ("eine", "variante", "von"),
        ("eine", "unterart", "von"),
        ("ein", "typ", "von"),
        ("ein", "spezialfall", "von"),
    ),
    classify_markers=(
        ("gilt", "als"),
        ("gelten", "als"),
        ("galt", "als"),
        ("galten", "als"),
        ("zählt", "zu"),
        ("zählen", "zu"),
        ("zählt", "zum"),
        ("zählt", "zur"),
    ),
    synonym_markers=(
        ("auch", "genannt"),
        ("auch", "bekannt", "als"),
        ("oder", "auch"),
        ("das", "heißt"),
        ("d", ".", "h", "."),
        ("sprich",),
        ("alias",),
    ),
    correlative_first=frozenset({"je"}),
    correlative_second=frozenset({"desto", "umso"}),
    downward_words=frozenset(
        """
        weniger minder niedriger niedrigere niedrigeren niedrigerer niedrigeres niedrigerem
        geringer geringere geringeren geringerer geringeres geringerem
        kleiner kleinere kleineren kleinerer kleineres kleinerem
        seltener seltenere selteneren seltenerer
        schlechter schlechtere schlechteren schlechterer schlechteres schlechterem
        schwächer schwächere schwächeren schwächerer schwächeres schwächerem
        kürzer kürzere kürzeren kürzerer kürzeres kürzerem
        """.split()
    ),
    upward_words=frozenset(
        """
        mehr höher höhere höheren höherer höheres höherem
        größer größere größeren größerer größeres größerem grösser
        besser bessere besseren besserer besseres besserem
        häufiger häufigere häufigeren öfter
        stärker stärkere stärkeren stärkerer stärkeres stärkerem
        länger längere längeren längerer längeres längerem
        """.split()
    ),
    negative_effect_words=frozenset(
        """
        negativ negative negativen negativer negatives negativem
        schädlich schädliche schädlichen schädlicher schädliches schädlichem
        nachteilig nachteilige nachteiligen nachteiliger nachteiliges nachteiligem
        ungünstig ungünstige ungünstigen ungünstiger ungünstiges ungünstigem
        schlecht schlechte schlechten schlechtes schlechtem
        """.split()
    ),
    positive_effect_words=frozenset(
        """
        positiv positive positiven positiver positives positivem
        günstig günstige günstigen günstiger günstiges günstigem
        vorteilhaft vorteilhafte vorteilhaften vorteilhafter vorteilhaftes vorteilhaftem
        förderlich förderliche förderlichen
        gut gute guten guter gutes gutem
        """.split()
    ),
    polarity_flip_phrases=(
        ("mangel", "an"),
        ("mangels",),
        ("mangelnde",),
        ("mangelnden",),
        ("mangelnder",),
        ("mangelndes",),
        ("fehlende",),
        ("fehlenden",),
        ("fehlender",),
        ("fehlendes",),
        ("fehlendem",),
        ("fehlen", "von"),
        ("abwesenheit", "von"),
        ("zu", "wenig"),
        ("zu", "wenige"),
        ("zu", "wenigen"),
        ("unzureichend",),
        ("unzureichende",),
        ("unzureichenden",),
        ("unzureichender",),
        ("unzureichendes",),
    ),
    abbreviations=frozenset(
        """
        z.b d.h co u.a bzw ca nr usw etc vgl ggf evtl inkl exkl sog dr hr fr s mio mrd
        u.ä o.ä u.u v.a z.t i.d.r i.a s.o s.u o.g u.s.w m.e z.zt bspw bzgl ggü zzgl
        allg ehem einschl gem geb hrsg insb jh lt max min mind rd tel abs abb tab kap
        bd str std tsd prof dipl ing
        jan feb mär apr jun jul aug sep sept okt nov dez
        mo di mi do sa
        """.split()
    ),
    legal_suffixes=frozenset(
        "GmbH gGmbH mbH AG KG KGaA SE OHG GbR UG eG e.V. e.K. PartG PartGmbB VVaG".split()
    )
    | {"e. V.", "e. K."},
    name_particles=frozenset({"von", "van", "zu", "de"}),
    adjectives=frozenset(
        """
        frei freie freien freier freies gratis
        gut schlecht groß klein neu alt wichtig möglich unmöglich fein lang kurz hoch niedrig schnell langsam einfach schwer leicht stark schwach richtig falsch eigen ander gleich verschieden ähnlich ganz halb viel wenig erst letzt nächst früh spät aktuell künftig wahrscheinlich notwendig nötig klar sicher unsicher positiv negativ aktiv direkt indirekt persönlich öffentlich privat lokal national international global modern üblich besonder allgemein effektiv erfolgreich einzigartig günstig ideal kommerziell industriell wirtschaftlich sozial technisch digital physisch freiwillig grundlegend finanziell medizinisch kostenlos teuer billig realistisch zusätzlich fair langfristig kurzfristig häufig selten lebendig schriftlich telefonisch
        """.split()
    ),
    other_words=frozenset("andere anderen anderer anderes anderem".split()),
    cleft_openers=(("was",), ("das", ",", "was"), ("das", "was")),
)

# Subordinators that are also adverbs: inside a clause (after a word, not after a comma or a
# coordinator) they open nothing: 'und erhöht damit die Quote', 'die Ware ist da', 'gilt seitdem'.
ADVERBIAL_SUBORDINATORS = frozenset("damit da seitdem solange".split())

# What a pronominal adverb ('dafür', 'davon') announces after its comma: 'die Voraussetzung dafür,
# dass ...', 'hängt davon ab, ob/wie ...'.
ANNOUNCED_CLAUSE_OPENERS = frozenset("dass daß ob wie".split())

# Conjunctions that open an infinitive phrase stating an aim or an absence, not a fact: 'um die
# Qualität zu verbessern', 'ohne den Preis zu erhöhen', '(an)statt Kunden zu beraten'.
INFINITIVE_CONJUNCTIONS = frozenset("um ohne statt anstatt".split())

# Verbs whose dative or accusative object is not the one who acts: in 'Ihr Feedback hilft uns, das
# Produkt zu verbessern' the feedback improves it.
HELPING_VERBS = frozenset("helfen ermöglichen erlauben unterstützen".split())

# Nouns that say what kind of thing a name is without being part of it ('die Firma Paketblitz',
# 'die Marke Funkfix', 'das Verbrauchermagazin Verbraucherblick'), also as the head of a compound;
# business words that do form names stay out ('Bäckerei Demir', 'Gartencenter Lindenhof').
NAME_DESIGNATORS = (
    "firma", "marke", "unternehmen", "konzern", "start-up", "startup", "magazin", "zeitschrift", "zeitung",
    "institut", "portal", "plattform", "anbieter", "dienstleister", "hersteller", "discounter", "kette",
    "makler", "berater", "händler", "agentur",
)
# Honorifics that belong to a person's name: 'Herr Dr. Peter Lind', 'Frau Demir'.
HONORIFICS = frozenset("herr herrn frau dr prof".split())

# Adjectives of a role someone no longer has: 'Dr. Klaus Feldhaus, ehemaliger Vertriebsleiter der
# Hessing AG' does not work there.
FORMER = frozenset(
    """
    ehemalig ehemalige ehemaligen ehemaliger ehemaliges früher frühere früheren früherer
    einstig einstige einstigen einstiger vormalig vormalige vormaligen vormaliger
    """.split()
)
# Separators of a signature line or a byline that work as an apposition's comma: 'Thomas Vogel •
# Geschäftsführer bei Radwerk GmbH', 'Jana Roth | Leiterin Vertrieb'.
BYLINE_SEPARATORS = frozenset("• · |".split())

# Endings of German adverbs built from nouns and adjectives, capitalised when they open a sentence:
# 'Erfahrungsgemäß', 'Normalerweise', 'Bekanntermaßen', 'Sicherheitshalber'.
ADVERB_ENDINGS = ("weise", "gemäß", "maßen", "halber")

# Founders created the organisation they are founders of: 'Helga Wernicke, Gründerin von Papier
# Wernicke' (not that she works there).
FOUNDER_NOUNS = frozenset("gründer gründerin mitgründer mitgründerin firmengründer firmengründerin".split())

# Circumpositions: the preposition and the particle that closes its phrase ('über drei
# Generationen hinweg', 'um das Haus herum').
CIRCUMPOSITIONS = {"über": "hinweg", "um": "herum"}

# Verbs of membership after a fronted 'zu' phrase: 'Zu unseren Kunden gehören/zählen X und Y'.
MEMBERSHIP_VERBS = frozenset("gehört gehören gehörte gehörten zählt zählen zählte zählten".split())

# Determiners that are never nominative: after a copula they open a dative or accusative phrase
# ('ist unseren Kunden wichtig', 'ist einen Besuch wert'), not the predicate noun.
OBLIQUE_DETERMINERS = frozenset(
    """
    den dem einen einem keinen keinem unseren unserem unsren ihren ihrem seinen seinem meinen meinem
    deinen deinem euren eurem diesen diesem jenen jenem jeden jedem allen vielen manchen manchem
    """.split()
)

# Prepositions fused with the article, and the preposition each holds: a coordinated phrase may
# repeat the preposition without the fusion ('vom Preis und von der Qualität').
FUSED_PREPOSITIONS = {
    "zum": "zu", "zur": "zu", "vom": "von", "beim": "bei", "im": "in", "ins": "in", "am": "an", "ans": "an",
    "aufs": "auf", "fürs": "für", "ums": "um", "durchs": "durch", "übers": "über",
}
