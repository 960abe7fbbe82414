"""Danish closed-class words and multiword markers (LINGUISTICS.md sections 4-8)."""

from __future__ import annotations

from kgraph.grammar import Grammar

GRAMMAR = Grammar(
    lang="da",
    determiners=frozenset(
        """
        en et den det de denne dette disse
        min mit mine din dit dine sin sit sine hans hendes dens dets deres
        vores vor vort vore jeres
        al alt alle mange meget megen nogen noget nogle flere flest få hver hvert enhver
        ethvert begge samme anden andet andre sådan sådant sådanne visse enkelte samtlige
        øvrige diverse egen eget egne hele selve
        to tre fire fem seks syv otte ni ti elleve tolv
        """.split()
    ),
    # Danish "I" (you, plural) is left out: lower-cased it is the preposition "i".
    pronouns=frozenset(
        """
        jeg mig du dig han ham hun hende den det vi os jer de dem sig man hinanden selv
        """.split()
    ),
    speaker_pronouns=frozenset("vi os vores vor vort vore".split()),
    prepositions=frozenset(
        """
        på i af til for med om hos fra ved mod imod under over efter uden gennem igennem
        mellem blandt iblandt inden indenfor udenfor langs rundt omkring foran bag bagved
        ovenfor nedenfor ifølge angående vedrørende overfor udover undtagen per pr via før
        siden trods fremfor istedet ad inklusive eksklusive end
        """.split()
    ),
    coordinators=frozenset("og eller men samt både enten".split()),
    subordinators=frozenset(
        """
        at fordi når da hvis om selvom mens eftersom idet skønt indtil siden såfremt
        medmindre hvorvidt
        """.split()
    ),
    relativizers=frozenset("som der hvis hvor hvilket hvilken hvilke hvorved".split()),
    auxiliaries=frozenset(
        """
        har havde have haft er var være været bliver blev blive blevet vil ville villet
        skal skulle skullet kan kunne kunnet må måtte måttet bør burde burdet får fik få
        fået lader lod lade ladet plejer plejede pleje tør turde
        """.split()
    ),
    copulas=frozenset("er var være været".split()),
    passive_auxiliaries=frozenset("bliver blev blive blevet er var være været".split()),
    agent_prepositions=frozenset({"af"}),
    separable_particles=frozenset(),
    common_verbs=frozenset(
        """
        gøre gør gjorde gjort gøres
        give giver gav givet gives
        gå går gik gået
        komme kommer kom kommet
        sige siger sagde sagt siges
        se ser så set ses
        vide vidste vidst
        synes syntes
        tro tror troede troet
        tænke tænker tænkte tænkt
        mene mener mente ment menes
        tage tager tog taget tages
        holde holder holdt holdes
        stå står stod stået
        ligge ligger lå ligget
        sidde sidder sad siddet
        finde finder fandt fundet findes fandtes
        gælde gælder gjaldt
        betyde betyder betød betydet
        hedde hedder hed
        begynde begynder begyndte begyndt
        starte startede startes
        slutte slutter sluttede sluttet
        forsøge forsøger forsøgte forsøgt
        lykkes lykkedes
        trives trivedes
        opleve oplever oplevede oplevet opleves
        vise viser viste vist vises
        skrive skriver skrev skrevet skrives
        snakke snakker snakkede snakket
        talte talt
        spørge spørger spurgte spurgt
        svare svarer svarede
        fortælle fortæller fortalte fortalt
        forklare forklarer forklarede forklaret
        håbe håber håbede
        lægge lægger lagde lagt
        sætte sætter satte sat
        stille stiller stillede stillet
        kende kender kendte kendt
        huske husker huskede husket
        glemme glemmer glemte glemt
        forstå forstår forstod forstået forstås
        ændre ændrer ændrede ændret ændres
        åbne åbner åbnede åbnet
        vinde vandt vundet
        miste mister mistede mistet
        tabe taber tabte tabt
        beholde beholdt
        ske sker skete sket
        koste koster kostede kostet
        leve lever levede levet
        virke virker virkede virket
        fungere fungerer fungerede fungeret
        eksistere eksisterer eksisterede
        anse anser anså anset anses
        kalde kalder kaldte kaldt kaldes
        betragte betragter betragtede betragtet betragtes
        beskrive beskriver beskrev beskrevet beskrives
        definere definerer definerede defineret defineres
        nævne nævner nævnte nævnt nævnes
        spille spillede
        høre hører hørte hørt
        ringe ringer ringede ringet
        planlægge planlægger planlagde planlagt
        diskutere diskuterer diskuterede diskuteret
        vurdere vurderer vurderede vurderet vurderes
        tjekke tjekker tjekkede tjekket
        informere informerer informerede informeret
        kontakte kontaktede
        registrere registrerer registrerede registreret
        påpege påpeger påpegede påpeget
        indføre indfører indførte indført indføres
        evaluere evaluerer evaluerede evalueret evalueres
        gennemføre gennemfører gennemførte gennemført gennemføres
        måle målte målt måles
        analysere analyserer analyserede analyseret
        sammenligne sammenligner sammenlignede sammenlignet
        beslutte beslutter besluttede besluttet
        fortsætte fortsætter fortsatte fortsat
        lytte lytter lyttede lyttet
        studere studerer studerede studeret
        fokusere fokuserer fokuserede fokuseret
        hente henter hentede hentet hentes
        modtage modtager modtog modtaget modtages
        sende sender sendte sendt sendes
        vælge vælger valgte valgt vælges
        skifte skifter skiftede skiftet
        besøge besøger besøgte besøgt
        lukke lukker lukkede lukket lukkes
        vente venter ventede ventet
        prøve prøver prøvede prøvet
        tænk husk læs skriv spørg fortæl forklar vis find begynd glem
        """.split()
    ),
    adverbs=frozenset(
        """
        snarere hellere midt dér her nogensinde
        også ofte altid derfor dermed alligevel allerede bare kun blot meget mere mest nu
        da her gerne helst først desuden faktisk særlig særligt specielt især så vel nok
        igen stadig fortsat endnu snart længe  normalt generelt egentlig heller
        dog imidlertid derimod samtidig senere derefter bagefter sidst desværre heldigvis
        absolut helt ganske næsten cirka hovedsageligt primært altså nemlig således hjemme
        ude inde borte oppe nede frem tilbage sammen op ud ind ned bort hjem videre ellers
        netop lige undertiden pludselig gradvist ligeledes ihvertfald jo
        idag igår alene oftest selvfølgelig naturligvis tværtimod fx omvendt online
        sædvanligvis uanset omtrent indimellem stadigvæk hidtil efterhånden tit typisk
        """.split()
    ),
    negators=frozenset("sjældent ikke aldrig hverken næppe ingenlunde".split()),
    np_negators=frozenset("ingen intet ingenting".split()),
    without=frozenset({"uden"}),
    not_negation=(
        ("ikke", "kun"),
        ("ikke", "længere", "kun"),
        ("ikke", "længere", "bare"),
        ("ikke", "alene"),
        ("ikke", "bare"),
        ("ikke", "blot"),
        ("ikke", "mindst"),
        ("ikke", "uden"),
        ("ikke", "sjældent"),
        ("ikke", "overraskende"),
        ("ikke", "uventet"),
        ("ikke", "desto", "mindre"),
        ("ingen", "tvivl"),
        ("uden", "tvivl"),
    ),
    hedges=frozenset(
        """
        måske muligvis sandsynligvis formentlig antagelig antageligt tilsyneladende
        angiveligt potentielt eventuelt kan kunne synes
        """.split()
    ),
    question_words=frozenset("hvad hvem hvorfor hvordan hvor hvilken hvilket hvilke".split()),
    conditionals=frozenset("hvis om såfremt dersom medmindre".split()),
    hyponym_markers=(
        ("blandt", "dem"),
        ("i", "form", "af"),
        ("som",),
        ("såsom",),
        ("for", "eksempel"),
        ("f", ".", "eks", "."),
        ("fx",),
        ("f", ".", "x", "."),
        ("eksempelvis",),
        ("blandt", "andet"),
        ("blandt", "andre"),
        ("bl", ".", "a", "."),
        ("herunder",),
        ("heriblandt",),
        ("deriblandt",),
        ("inklusive",),
        ("især",),
        ("særligt",),
        ("specielt",),
    ),
    other_markers=(
        ("og", "andre"),
        ("og", "mange", "andre"),
        ("og", "anden"),
        ("og", "andet"),
        ("og", "lignende"),
        ("eller", "andre"),
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
        ("en", "variant", "af"),
        ("en", "undergruppe", "af"),
    ),
    classify_markers=(
        ("betragtes", "som"),
        ("betragtet", "som"),
        ("regnes", "som"),
        ("regnes", "for"),
        ("anses", "som"),
        ("anses", "for"),
        ("klassificeres", "som"),
        ("kategoriseres", "som"),
        ("defineres", "som"),
        ("betegnes", "som"),
        ("opfattes", "som"),
    ),
    synonym_markers=(
        ("også", "kaldet"),
        ("også", "kendt", "som"),
        ("også", "omtalt", "som"),
        ("eller", "såkaldt"),
        ("det", "vil", "sige"),
        ("dvs", "."),
        ("d", ".", "v", ".", "s", "."),
    ),
    correlative_first=frozenset({"jo"}),
    correlative_second=frozenset({"desto", "jo"}),
    downward_words=frozenset(
        "mindre færre lavere dårligere værre svagere kortere sjældnere".split()
    ),
    upward_words=frozenset("mere mer flere højere større bedre oftere stærkere længere".split()),
    negative_effect_words=frozenset(
        """
        negativ negativt negative skadelig skadeligt skadelige uheldig uheldigt uheldige
        ugunstig ugunstigt ugunstige
        """.split()
    ),
    positive_effect_words=frozenset(
        """
        positiv positivt positive gunstig gunstigt gunstige fordelagtig fordelagtigt
        fordelagtige god godt gode
        """.split()
    ),
    polarity_flip_phrases=(
        ("mangel", "på"),
        ("manglen", "på"),
        ("manglende",),
        ("fravær", "af"),
        ("fraværet", "af"),
        ("svigt", "i"),
        ("for", "lidt"),
        ("for", "få"),
        ("utilstrækkelig",),
        ("utilstrækkeligt",),
        ("utilstrækkelige",),
    ),
    abbreviations=frozenset(
        """
        f.eks fx co bl.a ca nr mv m.m osv dvs jf kap tlf kl evt pga p.g.a inkl ekskl pct mio
        mia mrd kr mht iht ifm ift vedr ang hhv m.fl o.l o.a s.k d.v.s o.s.v m.a.o stk
        div adm dir gl sml etc vs max dr prof hr fr
        jan feb mar apr jun jul aug sep sept okt nov dec
        """.split()
    ),
    legal_suffixes=frozenset(
        {"A/S", "ApS", "I/S", "P/S", "K/S", "IVS", "AMBA", "A.m.b.a.", "a.m.b.a.", "F.M.B.A."}
    ),
    # "af" is left out: in Danish it is the everyday preposition "of/by".
    name_particles=frozenset({"von", "van", "de"}),
    adjectives=frozenset(
        """
        tryg trygge trygt
        fælles
        fri frit frie
        god dårlig stor lille små ny gammel vigtig mulig umulig fin lang kort høj lav hurtig langsom enkel svær let tung stærk svag rigtig forkert egen anden samme forskellig lig hel halv mange få flere første sidste næste tidligere senere nuværende fremtidig sandsynlig nødvendig tydelig klar sikker usikker positiv negativ aktiv direkte indirekte personlig offentlig privat lokal national international global moderne almindelig speciel generel særlig effektiv vellykket unik gunstig ideel kommerciel industriel økonomisk social teknisk digital fysisk frivillig grundlæggende daglig årlig løbende ansvarlig venlig saglig besværlig værdifuld billig dyr gratis højere lavere bedre værre enkelt
        """.split()
    ),
    other_words=frozenset("andre anden andet".split()),
    cleft_openers=(("det", "der"), ("det", "som"), ("det", ",", "der"), ("det", ",", "som"), ("hvad",), ("hvad", "der")),
    institution_words=frozenset("kommune".split()),
)
