"""Norwegian Bokmål closed-class words and multiword markers (LINGUISTICS.md sections 4-8)."""

from __future__ import annotations

from kgraph.grammar import Grammar

GRAMMAR = Grammar(
    lang="nb",
    determiners=frozenset(
        """
        en ei et den det de denne dette disse
        min mi mitt mine din di ditt dine sin si sitt sine hans hennes dens dets deres
        vår vårt våre
        all alt alle mange mye noen noe flere flest fleste få hver hvert enhver ethvert lite litt
        begge samme annen annet andre slik slikt slike sånn sånt sånne
        viss visst visse enkelte samtlige øvrige diverse egen eget egne hele selve
        to tre fire fem seks sju syv åtte ni ti elleve tolv
        """.split()
    ),
    pronouns=frozenset(
        """
        jeg meg du deg han ham hun henne hen den det vi oss dere de dem seg man
        hverandre selv
        """.split()
    ),
    speaker_pronouns=frozenset("vi oss vår vårt våre".split()),
    prepositions=frozenset(
        """
        på i av til for med om hos fra ved mot imot under over etter uten gjennom mellom
        blant innen innenfor utenfor utenom langs rundt omkring foran bak bakom ovenfor
        nedenfor ifølge angående vedrørende overfor utover unntatt per pr via før siden
        tross trass fremfor framfor istedenfor inklusive eksklusive enn
        """.split()
    ),
    coordinators=frozenset("og eller men samt både enten".split()),
    subordinators=frozenset(
        """
        at fordi når da hvis dersom om mens ettersom siden selvom skjønt idet inntil
        såfremt hvorvidt
        """.split()
    ),
    relativizers=frozenset("som der hvor hvilket hvilke hvorved".split()),
    auxiliaries=frozenset(
        """
        har hadde ha hatt er var være vært blir ble bli blitt vil ville villet skal skulle
        kan kunne kunnet må måtte måttet bør burde burdet får fikk få fått lar lot la latt
        pleier pleide pleie tør turte
        """.split()
    ),
    copulas=frozenset("er var være vært".split()),
    passive_auxiliaries=frozenset("blir ble bli blitt er var være vært".split()),
    agent_prepositions=frozenset({"av"}),
    separable_particles=frozenset(),
    common_verbs=frozenset(
        """
        gjøre gjør gjorde gjort gjøres
        gi gir ga gav gitt gis
        gå går gikk gått
        komme kommer kom kommet
        si sier sa sagt sies
        se ser så sees ses
        vite vet visste
        tro tror trodde trodd
        tenke tenker tenkte tenkt
        mene mener mente ment menes
        synes syntes syns
        ta tar tok tatt tas
        holde holder holdt holdes
        stå står sto stod stått
        ligge ligger lå ligget
        sitte sitter satt sittet
        finne finner fant funnet finnes fins fantes
        gjelde gjelder gjaldt gjeldt
        bety betyr betydde betydd
        hete heter het hett
        begynne begynner begynte begynt
        starte startet startes
        slutte slutter sluttet
        forsøke forsøker forsøkte forsøkt
        lykkes lyktes
        trives trivdes
        oppleve opplever opplevde opplevd oppleves
        vise viser viste vist vises
        skrive skriver skrev skrevet skrives
        snakke snakker snakket
        spørre spør spurte spurt
        svare svarer svarte
        fortelle forteller fortalte fortalt
        forklare forklarer forklarte forklart
        håpe håper
        legge legger lagt
        sette setter satte
        kjenne kjenner kjente kjent
        huske husker husket
        glemme glemmer glemte glemt
        forstå forstår forsto forstod forstått
        endre endrer endret endres
        åpne åpner åpnet
        vinne vant vunnet vinnes
        miste mister mistet
        tape taper tapte tapt tapes
        beholde beholdt
        skje skjer skjedde skjedd
        koste koster kostet
        leve lever levde levd
        virke virker virket
        fungere fungerer fungerte
        eksistere eksisterer eksisterte
        anse anser anså ansett anses
        kalle kaller kalte kalt kalles
        betrakte betrakter betraktet betraktes
        beskrive beskriver beskrev beskrevet beskrives
        definere definerer definerte definert defineres
        klassifisere klassifiserer klassifiserte klassifisert klassifiseres
        nevne nevner nevnte nevnt nevnes
        spille spilte spilt
        høre hører hørte hørt
        passer passet
        ringe ringer ringte ringt
        planlegge planlegger planla planlagt
        diskutere diskuterer diskuterte diskutert
        vurdere vurderer vurderte vurdert vurderes
        sjekke sjekker sjekket
        informere informerer informerte informert
        kontakte kontaktet
        registrere registrerer registrerte registrert
        påpeke påpeker påpekte påpekt
        innføre innfører innførte innført innføres
        evaluere evaluerer evaluerte evaluert evalueres
        gjennomføre gjennomfører gjennomførte gjennomført gjennomføres
        måle målte målt måles
        analysere analyserer analyserte analysert
        sammenligne sammenligner sammenlignet
        vedta vedtar vedtok vedtatt
        beslutte besluttet
        fortsette fortsetter fortsatte fortsatt
        lytte lytter lyttet
        studere studerer studerte studert
        fokusere fokuserer fokuserte fokusert
        illustrere illustrerer illustrerte illustrert
        strebe streber strebet
        overvåke overvåker overvåket
        utdype utdyper utdypet
        forholde forholder forholdt
        publisere publiserer publiserte publisert
        kategorisere kategoriserer kategoriserte kategorisert kategoriseres
        overleve overlever overlevde overlevd
        tenk husk les skriv spør lytt fortell forklar vis finn begynn opplev glem
        """.split()
    ),
    adverbs=frozenset(
        """
        snarere heller midt omvendt noensinne
        også ofte alltid derfor dermed likevel allerede bare kun svært veldig meget mer mest
        nå da her gjerne helst først dessuten faktisk særlig spesielt især så vel nok igjen
        fortsatt fremdeles stadig ennå enda snart lenge  vanligvis normalt generelt
        egentlig heller imidlertid derimot samtidig senere deretter etterpå sist dessverre
        heldigvis absolutt helt ganske nesten omtrent cirka hovedsakelig primært altså
        nemlig således hit dit hjemme ute inne borte oppe nede fram frem tilbake sammen
        opp ut inn ned bort hjem videre ellers nettopp akkurat iblant innimellom plutselig
        gradvis dog riktignok uansett iallfall ihvertfall likeså likedan jo fremst
        idag igår imorgon alene oftest selvfølgelig naturligvis tvertimot
        """.split()
    ),
    negators=frozenset("sjelden ikke aldri verken hverken neppe ingenlunde".split()),
    np_negators=frozenset("ingen intet ingenting".split()),
    without=frozenset({"uten"}),
    not_negation=(
        ("ikke", "bare"),
        ("ikke", "lenger", "bare"),
        ("ikke", "lenger", "kun"),
        ("ikke", "alene"),
        ("ikke", "kun"),
        ("ikke", "minst"),
        ("ikke", "uten"),
        ("ikke", "sjelden"),
        ("ikke", "overraskende"),
        ("ikke", "uventet"),
        ("ikke", "desto", "mindre"),
        ("ingen", "tvil"),
        ("uten", "tvil"),
    ),
    hedges=frozenset(
        """
        kanskje muligens trolig sannsynligvis antakelig antageligvis formodentlig visstnok
        tilsynelatende angivelig potensielt eventuelt kan kunne synes
        """.split()
    ),
    question_words=frozenset("hva hvem hvorfor hvordan hvor hvilken hvilket hvilke".split()),
    conditionals=frozenset("hvis dersom om såfremt".split()),
    hyponym_markers=(
        ("blant", "dem"),
        ("i", "form", "av"),
        ("som",),
        ("slik", "som"),
        ("sånn", "som"),
        ("for", "eksempel"),
        ("f", ".", "eks", "."),
        ("feks",),
        ("eksempelvis",),
        ("blant", "annet"),
        ("blant", "andre"),
        ("bl", ".", "a", "."),
        ("deriblant",),
        ("herunder",),
        ("inkludert",),
        ("særlig",),
        ("spesielt",),
        ("især",),
    ),
    other_markers=(
        ("og", "andre"),
        ("og", "mange", "andre"),
        ("og", "annen"),
        ("og", "annet"),
        ("og", "lignende"),
        ("og", "liknende"),
        ("eller", "andre"),
        ("eller", "annen"),
        ("eller", "annet"),
        ("samt", "andre"),
        ("med", "flere"),
        ("m", ".", "fl", "."),
        ("o", ".", "l", "."),
    ),
    kind_markers=(
        ('eksempler', 'på'),
        ('et', 'eksempel', 'på'),
        ('eksempel', 'på'),
        ("en", "form", "for"),
        ("en", "type"),
        ("en", "slags"),
        ("et", "slags"),
        ("en", "variant", "av"),
        ("en", "undergruppe", "av"),
        ("en", "underkategori", "av"),
    ),
    classify_markers=(
        ("regnes", "som"),
        ("regnet", "som"),
        ("betraktes", "som"),
        ("betraktet", "som"),
        ("anses", "som"),
        ("ansett", "som"),
        ("klassifiseres", "som"),
        ("klassifisert", "som"),
        ("kategoriseres", "som"),
        ("defineres", "som"),
        ("definert", "som"),
        ("karakteriseres", "som"),
        ("omtales", "som"),
        ("er", "å", "regne", "som"),
    ),
    synonym_markers=(
        ("også", "kalt"),
        ("også", "kjent", "som"),
        ("også", "omtalt", "som"),
        ("eller", "så", "kalt"),
        ("heretter", "kalt"),
        ("det", "vil", "si"),
        ("dvs", "."),
        ("d", ".", "v", ".", "s", "."),
    ),
    correlative_first=frozenset({"jo"}),
    correlative_second=frozenset({"desto", "jo"}),
    downward_words=frozenset(
        "mindre færre lavere dårligere verre svakere kortere sjeldnere".split()
    ),
    upward_words=frozenset(
        "mer mere flere fler høyere større bedre oftere sterkere lengre".split()
    ),
    negative_effect_words=frozenset(
        """
        negativ negative negativt skadelig skadelige uheldig uheldige ugunstig ugunstige
        """.split()
    ),
    positive_effect_words=frozenset(
        """
        positiv positive positivt gunstig gunstige fordelaktig fordelaktige god godt gode
        """.split()
    ),
    polarity_flip_phrases=(
        ("mangel", "på"),
        ("mangelen", "på"),
        ("manglende",),
        ("fravær", "av"),
        ("fraværet", "av"),
        ("svikt", "i"),
        ("for", "lite"),
        ("for", "få"),
        ("utilstrekkelig",),
        ("utilstrekkelige",),
    ),
    abbreviations=frozenset(
        """
        f.eks co bl.a ca nr mv m.m osv dvs jf jfr kap pkt tlf kl evt ev pga p.g.a inkl ekskl
        mill mrd kr mht iht ift ifm mtp vedr ang eks etc m.fl o.l o.a f.o.m t.o.m s.k
        m.a.o d.v.s o.s.v e.l adm avd dir stk str gt vs ref prof dr hr fr
        jan feb mar apr jun jul aug sep sept okt nov des
        """.split()
    ),
    legal_suffixes=frozenset({"AS", "ASA", "ANS", "DA", "SA", "BA", "NUF", "KS", "IKS", "A/S"}),
    name_particles=frozenset({"von", "van", "de", "af"}),
    adjectives=frozenset(
        """
        trygg trygge trygt
        felles
        fri fritt frie
        god bra dårlig stor liten små ny gammel viktig mulig umulig fin lang kort høy lav rask sakte enkel vanskelig lett tung sterk svak riktig feil egen annen samme forskjellig ulik lik hel halv mange få flere fleste første siste neste tidligere senere nåværende fremtidig sannsynlig nødvendig tydelig klar sikker usikker positiv negativ aktiv passiv direkte indirekte personlig offentlig privat lokal nasjonal internasjonal global moderne vanlig spesiell generell særlig faktisk konkret effektiv vellykket unik gunstig ideell kommersiell industriell økonomisk sosial teknisk digital fysisk frivillig grunnleggende opplagt ulik interessert integrert adskilt dedikert endelig fremragende utmerket dyr billig gratis høyere lavere bedre verre størst minst mest
        """.split()
    ),
    other_words=frozenset("andre annen annet".split()),
    cleft_openers=(("det", "som"), ("hva",), ("hva", "som")),
    institution_words=frozenset("kommune fylkeskommune".split()),
)
