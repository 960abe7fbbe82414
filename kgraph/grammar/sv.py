"""Swedish closed-class words and multiword markers (LINGUISTICS.md sections 4-8)."""

from __future__ import annotations

from kgraph.grammar import Grammar

GRAMMAR = Grammar(
    lang="sv",
    determiners=frozenset(
        """
        en ett den det de denna detta dessa denne
        min mitt mina din ditt dina sin sitt sina hans hennes dess deras
        vår vårt våra er ert era
        all allt alla många mycket någon något några flera flest varje vardera
        båda bägge samma annan annat andra sådan sådant sådana viss visst vissa somliga
        enstaka samtliga övriga egen eget egna hela själva enda
        två tre fyra fem sex sju åtta nio tio elva tolv
        """.split()
    ),
    pronouns=frozenset(
        """
        jag mig mej du dig dej han honom hon henne hen den det vi oss ni er de dem dom
        sig sej man varandra själv själva
        """.split()
    ),
    speaker_pronouns=frozenset("vi oss vår vårt våra".split()),
    prepositions=frozenset(
        """
        på i av till för med om hos från vid mot emot under över efter utan genom mellan
        bland inom innanför utanför längs runt kring omkring framför bakom bredvid enligt
        angående beträffande gentemot inför åt per via före sedan trots utom förutom undan
        bortom ovanför nedanför jämte inklusive exklusive än istället ifrån
        """.split()
    ),
    coordinators=frozenset("och eller men samt både antingen respektive".split()),
    subordinators=frozenset(
        """
        att eftersom när då om ifall medan innan tills förrän sedan fastän emedan såvida
        huruvida
        """.split()
    ),
    relativizers=frozenset("som vilken vilket vilka där vars varigenom varvid".split()),
    auxiliaries=frozenset(
        """
        har hade ha haft är var vara varit blir blev bli blivit ska skall skulle vill
        ville velat vilja kan kunde kunnat kunna må måste måtte bör borde får fick få fått
        låter lät låta låtit brukar brukade bruka torde lär
        """.split()
    ),
    copulas=frozenset("är var vara varit".split()),
    passive_auxiliaries=frozenset("blir blev bli blivit är var vara varit".split()),
    agent_prepositions=frozenset({"av"}),
    separable_particles=frozenset(),
    common_verbs=frozenset(
        """
        göra gör gjorde gjort görs
        ge ger gav gett givit ges
        gå går gick gått
        komma kommer kom kommit
        säga säger sa sade sagt sägs
        se ser såg sett ses
        veta vet visste vetat
        tycka tycker tyckte tyckt tycks
        tro tror trodde trott
        tänka tänker tänkte tänkt
        mena menar menade menat menas
        ta tar tog tagit tas
        hålla håller höll hållit hålls
        stå står stod stått
        ligga ligger låg legat
        sitta sitter satt suttit
        finnas finns fanns funnits hitta hittar hittade hittat
        gälla gäller gällde gällt
        betyda betyder betydde betytt
        heta heter hette hetat
        börja börjar började börjat
        sluta slutar slutade slutat
        försöka försöker försökte försökt
        lyckas lyckades
        trivas trivs trivdes
        uppleva upplever upplevde upplevt upplevs
        visa visar visade visat visas
        skriva skriver skrev skrivit skrivs
        prata pratar pratade pratat
        tala talar talade talat
        frågar frågade frågat
        svara svarar svarade svarat
        berätta berättar berättade berättat
        förklara förklarar förklarade förklarat
        hoppas hoppades
        lägga lägger lade la lagt
        sätta sätter satte
        ställa ställer ställde ställt
        känna känner kände känt
        minnas minns mindes
        glömma glömmer glömde glömt
        förstå förstår förstod förstått
        ändra ändrar ändrade ändrat ändras
        öppna öppnar öppnade öppnat
        vinna vinner vann vunnit
        förlora förlorar förlorade förlorat
        behålla behåller behöll behållit
        hände hänt
        kosta kostar kostade kostat
        leva lever levde levt
        verka verkar verkade verkat
        fungera fungerar fungerade fungerat
        existera existerar existerade
        anse anser ansåg ansett anses ansågs
        kalla kallar kallade kallat kallas
        betrakta betraktar betraktade betraktat betraktas
        beskriva beskriver beskrev beskrivit beskrivs
        definiera definierar definierade definierat definieras
        nämna nämner nämnde nämnt nämns
        avse avser avsåg avsett avses
        innebära innebär innebar inneburit
        spela spelar spelade spelat
        höra hör hörde hört
        ringa ringer ringde ringt
        lyssna lyssnar lyssnade lyssnat
        lära lärde lärt
        hämta hämtar hämtade hämtat
        påbörja påbörjar påbörjade påbörjat
        tendera tenderar tenderade
        infinna infinner infann infunnit
        utebli uteblir uteblev uteblivit
        flytta flyttar flyttade flyttat
        lura lurar lurade lurat
        relatera relaterar relaterade relaterat
        studera studerar studerade studerat
        fokusera fokuserar fokuserade fokuserat
        tänk skriv läs glöm
        planera planerar planerade planerat
        diskutera diskuterar diskuterade diskuterat
        bedöma bedömer bedömde bedömt
        kontrollera kontrollerar kontrollerade kontrollerat
        informera informerar informerade informerat
        kontakta kontaktar kontaktade kontaktat
        registrera registrerar registrerade registrerat
        påpeka påpekar påpekade påpekat
        införa införde infört införs
        utvärdera utvärderar utvärderade utvärderat utvärderas
        genomföra genomför genomförde genomfört genomförs
        mäta mäter mätte mätt mäts
        analysera analyserar analyserade analyserat
        jämföra jämför jämförde jämfört
        besluta beslutar beslutade beslutat beslöt
        fortsätta fortsätter fortsatte fortsatt
        """.split()
    ),
    adverbs=frozenset(
        """
        snarare hellre mitt omvänt ytterligare
        också även ofta alltid därför därmed ändå redan bara endast enbart mycket väldigt
        mer mest nu då här gärna helst först dessutom faktiskt särskilt speciellt främst
        så väl nog igen fortfarande ännu snart länge  vanligtvis normalt generellt
        egentligen heller dock emellertid däremot samtidigt sedan senare därefter efteråt
        sist tyvärr lyckligtvis absolut helt ganska nästan ungefär cirka huvudsakligen
        primärt alltså nämligen således hit dit hemma ute inne borta uppe nere fram
        tillbaka tillsammans upp ut in ned ner bort hem vidare annars precis just ibland
        plötsligt gradvis likaså iallafall åtminstone ens ju ihop längst
        idag igår imorgon numera lika hellre naturligtvis självklart tvärtom verkligen alltmer någonsin
        """.split()
    ),
    negators=frozenset("sällan inte icke ej aldrig varken knappast ingalunda".split()),
    np_negators=frozenset("ingen inget inga ingenting intet".split()),
    without=frozenset({"utan"}),
    not_negation=(
        ("inte", "bara"),
        ("inte", "längre", "bara"),
        ("inte", "längre", "enbart"),
        ("inte", "längre", "endast"),
        ("inte", "endast"),
        ("inte", "enbart"),
        ("inte", "minst"),
        ("inte", "utan"),
        ("inte", "sällan"),
        ("inte", "oväntat"),
        ("inte", "förvånande"),
        ("inte", "förvånansvärt"),
        ("inte", "desto", "mindre"),
        ("icke", "desto", "mindre"),
        ("ingen", "tvekan"),
        ("inget", "tvivel"),
        ("utan", "tvekan"),
        ("utan", "tvivel"),
        ("utan", "också"),
        ("utan", "även"),
    ),
    hedges=frozenset(
        """
        kanske möjligen möjligtvis troligen troligtvis sannolikt antagligen förmodligen
        eventuellt tydligen synbarligen potentiellt kan kunde verkar verkade tycks torde
        """.split()
    ),
    question_words=frozenset("vad vem vems varför hur vilken vilket vilka".split()),
    conditionals=frozenset("om ifall såvida förutsatt".split()),
    hyponym_markers=(
        ("bland", "dem"),
        ("i", "form", "av"),
        ("som",),
        ("såsom",),
        ("till", "exempel"),
        ("t", ".", "ex", "."),
        ("t", "ex"),
        ("tex",),
        ("exempelvis",),
        ("bland", "annat"),
        ("bland", "andra"),
        ("bl", ".", "a", "."),
        ("bl", "a"),
        ("däribland",),
        ("inklusive",),
        ("särskilt",),
        ("i", "synnerhet"),
        ("framför", "allt"),
    ),
    other_markers=(
        ("och", "andra"),
        ("och", "många", "andra"),
        ("och", "annan"),
        ("och", "annat"),
        ("och", "liknande"),
        ("och", "dylikt"),
        ("och", "övriga"),
        ("eller", "andra"),
        ("samt", "andra"),
        ("med", "flera"),
        ("m", ".", "fl", "."),
        ("m", "fl"),
        ("o", ".", "dyl", "."),
    ),
    kind_markers=(
        ('exempel', 'på'),
        ('ett', 'exempel', 'på'),
        ("en", "typ", "av"),
        ("en", "form", "av"),
        ("en", "sorts"),
        ("ett", "slags"),
        ("en", "slags"),
        ("en", "sort", "av"),
        ("en", "variant", "av"),
        ("en", "undergrupp", "av"),
    ),
    classify_markers=(
        ("räknas", "som"),
        ("betraktas", "som"),
        ("anses", "som"),
        ("anses", "vara"),
        ("klassas", "som"),
        ("klassificeras", "som"),
        ("kategoriseras", "som"),
        ("definieras", "som"),
        ("betecknas", "som"),
        ("räknades", "som"),
        ("betraktades", "som"),
    ),
    synonym_markers=(
        ("även", "kallad"),
        ("även", "kallat"),
        ("även", "kallade"),
        ("även", "kallas"),
        ("också", "kallad"),
        ("också", "kallat"),
        ("också", "kallas"),
        ("även", "känd", "som"),
        ("det", "vill", "säga"),
        ("dvs", "."),
        ("d", ".", "v", ".", "s", "."),
    ),
    correlative_first=frozenset({"ju"}),
    correlative_second=frozenset({"desto", "ju", "dess"}),
    downward_words=frozenset("mindre färre lägre sämre svagare kortare".split()),
    upward_words=frozenset("mer mera fler högre större bättre oftare starkare längre".split()),
    negative_effect_words=frozenset(
        "negativ negativt negativa skadlig skadligt skadliga ogynnsam ogynnsamt ogynnsamma".split()
    ),
    positive_effect_words=frozenset(
        """
        positiv positivt positiva gynnsam gynnsamt gynnsamma fördelaktig fördelaktigt
        fördelaktiga god gott goda
        """.split()
    ),
    polarity_flip_phrases=(
        ("brist", "på"),
        ("bristen", "på"),
        ("bristande",),
        ("avsaknad", "av"),
        ("avsaknaden", "av"),
        ("frånvaro", "av"),
        ("frånvaron", "av"),
        ("för", "lite"),
        ("för", "få"),
        ("otillräcklig",),
        ("otillräckligt",),
        ("otillräckliga",),
    ),
    abbreviations=frozenset(
        """
        t.ex co bl.a ca nr osv m.m m.fl dvs s.k fr.o.m t.o.m p.g.a pga resp kl inkl exkl ev
        kr o.s.v d.v.s m.a.o f.d f.n fr.a o.d e.d jfr ang enl st tel tfn etc vs kap max
        milj mdr obs forts proc dr prof
        jan feb apr jun jul aug sep sept okt nov dec
        """.split()
    ),
    legal_suffixes=frozenset({"AB", "HB", "KB", "ek. för.", "ek.för."}),
    name_particles=frozenset({"von", "van", "de", "af"}),
    adjectives=frozenset(
        """
        trygg trygga tryggt
        gemensam gemensamt gemensamma
        fri fritt fria
        god bra dålig stor liten små ny gammal viktig möjlig omöjlig fin lång kort hög låg snabb långsam enkel svår lätt tung stark svag rätt fel egen annan samma olik lik hel halv många få flera första sista nästa tidigare senare nuvarande framtida sannolik nödvändig tydlig klar säker osäker positiv negativ aktiv direkt indirekt personlig offentlig privat lokal nationell internationell global modern vanlig speciell allmän särskild effektiv lyckad unik gynnsam ideell kommersiell industriell ekonomisk social teknisk digital fysisk frivillig grundläggande trevlig sällsynt fint flexibel korrekt smidig dyr billig gratis högre lägre bättre sämre hållbar
        """.split()
    ),
    other_words=frozenset("andra annan annat".split()),
    cleft_openers=(("det", "som"), ("vad",), ("vad", "som")),
    institution_words=frozenset("kommun region".split()),
)
