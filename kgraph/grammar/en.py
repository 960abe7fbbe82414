"""English closed-class words and multiword markers (LINGUISTICS.md sections 4-8).

Negated contractions are listed whole, with straight and typographic apostrophes, in both
``negators`` and ``auxiliaries`` (or ``copulas``), so a tokenizer that keeps them as one token
still sees the negation.
"""

from __future__ import annotations

from kgraph.grammar import Grammar

_NEGATED_BE = frozenset(
    "isn't aren't wasn't weren't ain't isn’t aren’t wasn’t weren’t ain’t".split()
)
_NEGATED_AUX = _NEGATED_BE | frozenset(
    """
    don't doesn't didn't haven't hasn't hadn't won't wouldn't can't couldn't shan't
    shouldn't mustn't mightn't needn't
    don’t doesn’t didn’t haven’t hasn’t hadn’t won’t wouldn’t can’t couldn’t shan’t
    shouldn’t mustn’t mightn’t needn’t
    """.split()
)

GRAMMAR = Grammar(
    lang="en",
    determiners=frozenset(
        """
        a an the this that these those my your his her its our their all any some many much
        most few several each every both either other another such certain various
        numerous same enough little
        one two three four five six seven eight nine ten eleven twelve
        """.split()
    ),
    pronouns=frozenset(
        """
        i me you he him she her it we us they them one myself yourself himself herself
        itself ourselves yourselves themselves oneself someone somebody something anyone
        anybody anything everyone everybody everything mine yours hers ours theirs
        """.split()
    ),
    speaker_pronouns=frozenset("we us our ours ourselves".split()),
    prepositions=frozenset(
        """
        about above across after against along alongside among amongst around as at before
        behind below beneath beside besides between beyond by despite down during except
        for from in inside into near of off on onto out outside over past per regarding
        concerning since than through throughout to toward towards under underneath unlike
        until up upon versus via with within without amid
        """.split()
    ),
    coordinators=frozenset("and or but nor both either".split()),
    subordinators=frozenset(
        """
        that because since when whenever if although though while whilst whereas unless
        until whether
        """.split()
    ),
    relativizers=frozenset("who whom whose which that where whereby".split()),
    auxiliaries=frozenset(
        """
        am is are was were be been being have has had having do does did will would shall
        should can could may might must ought let lets letting get gets got gotten getting
        become becomes became becoming cannot
        """.split()
    )
    | _NEGATED_AUX,
    copulas=frozenset("am is are was were be been being".split()) | _NEGATED_BE,
    passive_auxiliaries=frozenset(
        "am is are was were be been being get gets got gotten getting".split()
    )
    | _NEGATED_BE,
    agent_prepositions=frozenset({"by"}),
    separable_particles=frozenset(),
    common_verbs=frozenset(
        """
        do does did done doing
        make makes made making
        get gets got gotten getting
        go goes went gone going
        come comes came coming
        say says said saying
        see sees saw seen seeing
        know knows knew known knowing
        think thinks thought
        take takes took taken taking
        give gives gave given
        find finds found
        tell tells told telling
        feel feels felt
        keep keeps kept keeping
        begin begins began begun
        starts started starting
        showed shown
        hear hears heard
        put puts putting
        bring brings brought bringing
        happen happens happened happening
        write writes wrote written
        sit sits sat sitting
        stood
        lose loses lost losing
        win wins won winning
        meant
        learn learns learned learnt
        changed
        understand understands understood
        follow follows followed
        speak speaks spoke spoken speaking
        opens opened
        remember remembers remembered
        consider considers considered considering
        stay stays stayed staying
        reaches reached
        remained
        suggest suggests suggested suggesting
        decide decides decided deciding
        explain explains explained explaining
        hoped
        try tries tried trying
        ask asks asked asking
        called
        lived
        believe believes believed
        exist exists existed
        looked
        describe describes described describing
        refer refers referred referring
        define defines defined
        represent represents represented representing
        mentioned
        noted
        agree agrees agreed
        receive receives received receiving
        tend tends tended
        continue continues continued continuing
        plays played playing
        hold holds held
        ran runs
        discuss discusses discussed discussing
        planned
        assess assesses assessed assessing
        evaluate evaluates evaluated evaluating
        measured measuring
        compare compares compared comparing
        introduce introduces introduced introducing
        contacted contacting
        registered registering
        inform informs informed informing
        pointed pointing
        argue argues argued arguing
        claimed claiming
        reported
        stated stating
        """.split()
    ),
    adverbs=frozenset(
        """
        rather instead
        also often always usually therefore thus hence consequently however nevertheless
        nonetheless still already only just merely very really quite rather most now then
        here there first moreover furthermore additionally actually indeed particularly
        especially specifically mainly mostly primarily largely generally typically
        normally frequently sometimes occasionally   again yet soon even too
        so well almost nearly approximately roughly fully completely highly greatly
        significantly considerably substantially slightly somewhat later afterwards
        meanwhile instead otherwise else ever once twice certainly clearly obviously
        simply naturally currently recently previously together alone namely somewhere
        anywhere everywhere today tomorrow yesterday tonight nowadays
        fyi btw imo imho tbh afaik
        """.split()
    ),
    negators=frozenset("rarely seldom not n't never nowhere hardly barely scarcely cannot unable".split())
    | _NEGATED_AUX,
    np_negators=frozenset("no none nobody nothing neither nor".split()),
    without=frozenset({"without"}),
    not_negation=(
        ("not", "only"),
        ("no", "longer", "only"),
        ("no", "longer", "just"),
        ("not", "solely"),
        ("not", "simply"),
        ("not", "just"),
        ("not", "merely"),
        ("not", "least"),
        ("not", "without"),
        ("not", "surprisingly"),
        ("not", "uncommon"),
        ("not", "unusual"),
        ("not", "infrequently"),
        ("not", "to", "mention"),
        ("never", "fails"),
        ("never", "fail"),
        ("never", "failed"),
        ("no", "doubt"),
        ("no", "wonder"),
        ("no", "surprise"),
        ("no", "less", "than"),
        ("without", "doubt"),
        ("without", "a", "doubt"),
    ),
    hedges=frozenset(
        """
        maybe perhaps possibly probably likely unlikely presumably apparently seemingly
        allegedly reportedly supposedly potentially arguably may might could can seem seems
        seemed appear appears appeared
        """.split()
    ),
    question_words=frozenset("what who whom whose which why how where".split()),
    conditionals=frozenset("if unless".split()),
    hyponym_markers=(
        ("among", "them"),
        ("in", "the", "form", "of"),
        ("in", "form", "of"),
        ("such", "as"),
        ("like",),
        ("for", "example"),
        ("for", "instance"),
        ("e", ".", "g", "."),
        ("including",),
        ("especially",),
        ("particularly",),
        ("in", "particular"),
        ("notably",),
        ("among", "others"),
        ("inter", "alia"),
        ("namely",),
    ),
    other_markers=(
        ("and", "other"),
        ("and", "others"),
        ("and", "many", "other"),
        ("and", "various", "other"),
        ("and", "similar"),
        ("or", "other"),
        ("among", "other"),
        ("as", "well", "as", "other"),
    ),
    kind_markers=(
        ('examples', 'of'),
        ('an', 'example', 'of'),
        ('example', 'of'),
        ("a", "kind", "of"),
        ("a", "type", "of"),
        ("a", "form", "of"),
        ("a", "sort", "of"),
        ("a", "variant", "of"),
        ("a", "subtype", "of"),
        ("a", "class", "of"),
        ("a", "special", "case", "of"),
    ),
    classify_markers=(
        ("is", "considered", "to", "be"),
        ("are", "considered", "to", "be"),
        ("is", "considered"),
        ("are", "considered"),
        ("was", "considered"),
        ("were", "considered"),
        ("is", "regarded", "as"),
        ("are", "regarded", "as"),
        ("is", "classified", "as"),
        ("are", "classified", "as"),
        ("is", "categorized", "as"),
        ("is", "categorised", "as"),
        ("is", "seen", "as"),
        ("are", "seen", "as"),
        ("is", "viewed", "as"),
        ("are", "viewed", "as"),
        ("counts", "as"),
        ("count", "as"),
        ("qualifies", "as"),
        ("qualify", "as"),
    ),
    synonym_markers=(
        ("also", "called"),
        ("also", "known", "as"),
        ("also", "referred", "to", "as"),
        ("otherwise", "known", "as"),
        ("sometimes", "called"),
        ("commonly", "called"),
        ("often", "called"),
        ("that", "is"),
        ("i", ".", "e", "."),
        ("aka",),
        ("a", ".", "k", ".", "a", "."),
        ("alias",),
    ),
    correlative_first=frozenset({"the"}),
    correlative_second=frozenset({"the"}),
    downward_words=frozenset("less lesser fewer lower smaller worse weaker shorter rarer".split()),
    upward_words=frozenset("more higher greater bigger larger better stronger longer".split()),
    negative_effect_words=frozenset(
        """
        negative adverse harmful detrimental damaging deleterious unfavourable unfavorable
        bad
        """.split()
    ),
    positive_effect_words=frozenset(
        "positive beneficial favourable favorable good helpful".split()
    ),
    polarity_flip_phrases=(
        ("lack", "of"),
        ("absence", "of"),
        ("shortage", "of"),
        ("lacking",),
        ("insufficient",),
        ("inadequate",),
        ("too", "little"),
        ("too", "few"),
    ),
    abbreviations=frozenset(
        """
        e.g i.e etc vs approx no nos mr mrs ms dr prof st jr sr inc ltd co corp bros
        a.m p.m u.s u.k u.s.a e.u ph.d cf al viz resp vol fig dept est govt intl incl
        excl min max avg ca tel ext
        jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues thu thurs fri
        """.split()
    ),
    legal_suffixes=frozenset(
        """
        Ltd Ltd. Limited plc PLC Inc Inc. Incorporated LLC L.L.C. LLP LP L.P. Corp Corp. Co.
        """.split()
    ),
    name_particles=frozenset({"of", "von", "van", "de", "da", "du", "la", "le", "del", "der"}),
    adjectives=frozenset(
        """
        good bad poor great big large small little new old important possible impossible fine long short high low fast slow simple easy hard difficult strong weak right wrong own other same different similar whole half many few first last next early late current future likely necessary clear sure certain positive negative active direct indirect public private local national international global modern usual common special general effective successful unique favourable favorable ideal commercial industrial economic social technical digital physical free expensive cheap better worse best worst major minor key main real true full empty open closed simple rare used online offline
        able unable proud eager keen ready willing glad delighted excited thrilled honoured honored
        privileged determined
        """.split()
    ),
    other_words=frozenset("other others".split()),
    irregular_participles=frozenset(
        """
        made run overrun come become overcome put set cut hit let shut spread cost hurt read upset
        known shown grown drawn thrown flown blown sown withdrawn begun won spun hung struck stuck
        """.split()
    ),
    cleft_openers=(("what",), ("whatever",)),
)
