"""The extractor's lexicon for one language, compiled from the ontology's labels and cues.

Nouns are matched by lemma, by stripped inflection, and as compound heads (head-final compounds:
``snekkerfirma`` is a kind of ``firma`` → Company). State adjectives are matched with their
inflected forms. Relation cues are lemma sequences indexed by their first word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from kgraph.ontology import Cue, entries
from kgraph.tokens import lemma

# Inflectional endings to try when a form is not in the lexicon as it stands (longest first).
_ENDINGS: dict[str, tuple[str, ...]] = {
    "nb": ("ene", "ane", "en", "et", "er", "ar", "a", "e", "s"),
    "da": ("erne", "ene", "ne", "en", "et", "er", "e", "s"),
    "sv": ("erna", "arna", "orna", "ornas", "ens", "en", "et", "na", "er", "ar", "or", "n", "s"),
    "de": ("innen", "ern", "en", "er", "es", "in", "n", "s", "e"),
    "en": ("ies", "es", "s", "'s", "’s"),
}
# Adjective endings added to a state's dictionary form to recognise inflected forms.
_ADJ_ENDINGS: dict[str, tuple[str, ...]] = {
    "nb": ("e", "t", "ere", "est"),
    "da": ("e", "t", "ere", "este"),
    "sv": ("a", "t", "e", "are", "ast"),
    "de": ("e", "en", "er", "es", "em", "ere", "eren", "erer"),
    "en": ("er", "est"),
}
VOWELS = "aeiouyæøåäö"
MIN_HEAD = 4  # a compound head must have at least this many letters
MIN_MODIFIER = 3
_NOUN_MEMO_SIZE = 200_000  # words whose noun and verb readings a lexicon keeps, then starts over


# Where a trade is carried on: Bäckerei, Molkerei, Druckerei; bakeri, bryggeri, mejeri, tryckeri.
_BUSINESS_SUFFIXES = {"de": "erei", "nb": "eri", "da": "eri", "sv": "eri"}
_NOT_BUSINESSES = ("batteri", "galleri", "lotteri", "maskineri", "artilleri", "infanteri", "kavaleri", "fiskeri")


def _business(word: str, lang: str) -> bool:
    """A noun naming a business by its derivational suffix ('Gießerei', 'snickeri')."""
    suffix = _BUSINESS_SUFFIXES.get(lang, "")
    return bool(suffix) and len(word) >= len(suffix) + 3 and word.endswith(suffix) and not word.endswith(_NOT_BUSINESSES)


@dataclass(frozen=True, slots=True)
class NounMatch:
    """A token read as a concept noun: its class, and for compounds the concept key and head."""

    cls: str
    key: str
    compound: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    single: dict[str, str]
    multi: dict[tuple[str, ...], str]
    max_multi: int
    heads: frozenset[str]  # single-word class labels usable as compound heads
    kinds: dict[str, str]  # words for narrower kinds of a class (crm:kindLabel): rådgiver → Employee
    actions: dict[tuple[str, ...], str]  # verb lemmas for the act a class names (crm:actionLabel)
    states: dict[str, str]
    cues: dict[str, tuple[Cue, ...]]
    labels: dict[str, str]  # the preferred label in this language of every class, state and relation
    combining: dict[str, str]  # a state as a compound's first part (crm:combiningForm): stamm → Regular
    # made by __post_init__: the first words of ``multi``; the memos of noun() and verb_keys()
    multi_firsts: frozenset[str] = field(init=False, repr=False, compare=False)
    _nouns: dict[tuple[str, str], NounMatch | None] = field(init=False, repr=False, compare=False)
    _verb_keys: dict[tuple[str, str], tuple[str, ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "multi_firsts", frozenset(words[0] for words in self.multi))
        object.__setattr__(self, "_nouns", {})
        object.__setattr__(self, "_verb_keys", {})

    def candidates(self, lower: str, lem: str) -> list[str]:
        """Forms to look up for a token: lemma, surface, and the surface minus inflections."""
        lower = lower.strip("-")
        out = [lem, lower]
        if self.lang == "en" and lower.endswith("ing") and lem != lower:
            out = [lower]  # 'shopping', 'banking': the gerund is its own noun, not the verb's stem
        for ending in _ENDINGS.get(self.lang, ()):
            if lower.endswith(ending) and len(lower) - len(ending) >= 3:
                stem = lower[: -len(ending)]
                out.extend((stem, stem + "e", stem + "a") if self.lang != "en" else (stem, stem + "y"))
                if self.lang != "en" and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
                    out.append(stem[:-1])  # a doubled final consonant before the ending: 'ansatte' → ansat
        return out

    def noun(self, lower: str, lem: str) -> NounMatch | None:
        """The class a single token names, directly or as the head of a compound (memoised: the
        mention finder asks for the same words several times per sentence)."""
        key = (lower, lem)
        try:
            return self._nouns[key]
        except KeyError:
            pass
        if len(self._nouns) >= _NOUN_MEMO_SIZE:
            self._nouns.clear()
        match = self._nouns[key] = self._noun(lower, lem)
        return match

    def _noun(self, lower: str, lem: str) -> NounMatch | None:
        forms = self.candidates(lower, lem)
        for form in forms:
            cls = self.single.get(form)
            if cls:
                return NounMatch(cls, form, compound=False)
        for form in forms:
            cls = self.kinds.get(form)
            if cls:
                return NounMatch(cls, form, compound=True)  # a kind of the class, as a compound is
        if self.lang == "en":
            return None  # English writes compounds open ('customer service'): multiword labels cover them
        best: tuple[int, NounMatch] | None = None
        for form in forms[:3]:
            head = self.head(form)
            if head and (best is None or len(head) > best[0]):
                best = (len(head), NounMatch(self.single.get(head) or self.kinds[head], form, compound=True))
        if best is None:
            return next((NounMatch("Company", form, compound=True) for form in forms[:3] if _business(form, self.lang)), None)
        return best[1]

    def head(self, key: str) -> str:
        """The lexicon head a compound key ends with ('' when none)."""
        for i in range(MIN_MODIFIER, len(key) - MIN_HEAD + 1):
            if key[i:] in self.heads:
                return key[i:]
        return ""

    def verb_keys(self, lower: str, lem: str) -> list[str]:
        """Cue keys a token may stand for: its lemma and form, and for Scandinavian present tense
        the infinitive simplemma may miss (elsker → elske, älskar → älska, köper → köpa)."""
        key = (lower, lem)
        try:
            return list(self._verb_keys[key])  # a new list: callers extend it
        except KeyError:
            pass
        if len(self._verb_keys) >= _NOUN_MEMO_SIZE:
            self._verb_keys.clear()
        found = self._verb_keys[key] = tuple(self._find_verb_keys(lower, lem))
        return list(found)

    def _find_verb_keys(self, lower: str, lem: str) -> list[str]:
        if self.lang == "en" and lem != lower and not lower.startswith(lem[:3]):
            return [lem] if lem in self.cues else []  # an irregular form: 'found' is find's, not 'found a firm'
        keys = [lem, lower]
        if self.lang == "sv" and lower.endswith("t"):
            keys.append(lemma(lem, self.lang))  # supine through the participle: sålt → såld → sälja
        if self.lang in ("nb", "da") and lower.endswith("er") and len(lower) > 4:
            keys.append(lower[:-1])
        elif self.lang == "da" and len(lower) > 5 and lower.endswith(("es", "ede")):
            # s-passive and weak past simplemma reads as a noun or drops a syllable of: skabes →
            # skab, produceres → producer, producerede → producer (the infinitive is skabe, producere)
            keys.append(lower[:-1] if lower.endswith("es") else lower[:-2])
        elif self.lang == "sv" and lower.endswith(("ar", "er")) and len(lower) > 4:
            keys += [lower[:-1], lower[:-2] + "a"]
        return [k for k in keys if k in self.cues]

    def state(self, lower: str, lem: str) -> str | None:
        """The state an adjective token expresses, if any."""
        return self.states.get(lower) or self.states.get(lem)


def _english_dictionary_form(words: tuple[str, ...], lang: str) -> bool:
    """A one-word English cue that is a regular verb's dictionary form: its -s form leads back to it."""
    return lang == "en" and len(words) == 1 and lemma(words[0] + "s", lang) == words[0]


def _lemmas(text: str, lang: str) -> tuple[str, ...]:
    return tuple(lemma(word.lower(), lang) for word in text.split())


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang`` (cached per process)."""
    found = entries(lang)
    single: dict[str, str] = {}
    multi: dict[tuple[str, ...], str] = {}
    heads: set[str] = set()
    verbs = {lemma(cue.words[0].lower(), lang) for cue in found.cues}
    for text, cls in found.classes:
        words = text.split()
        if len(words) == 1:
            low = text.lower()
            single.setdefault(low, cls)
            lem = lemma(low, lang)
            if lem not in verbs:  # 'kjøper' → 'kjøpe' is the verb, not the noun 'buyer'
                single.setdefault(lem, cls)
            if len(low) >= MIN_HEAD and "-" not in low:
                heads.add(low)
        else:
            multi.setdefault(tuple(w.lower() for w in words), cls)
            multi.setdefault(_lemmas(text, lang), cls)
    kinds: dict[str, str] = {}
    for text, cls in found.kinds:
        low = text.lower()
        kinds.setdefault(low, cls)
        if (lem := lemma(low, lang)) not in verbs:
            kinds.setdefault(lem, cls)
        if len(low) >= MIN_HEAD:
            heads.add(low)  # 'seniorrådgiver', 'Kundenberater'
    states: dict[str, str] = {}
    for text, state in found.states:
        low = text.lower()
        if " " in low:
            continue
        states.setdefault(low, state)
        for ending in _ADJ_ENDINGS.get(lang, ()):
            states.setdefault(low + ending, state)
        if low.endswith("d") and lang in ("sv", "nb", "da"):
            states.setdefault(low[:-1] + "t", state)
            states.setdefault(low[:-1] + "da", state)
        if low.endswith("et") and lang == "da":
            states.setdefault(low[:-2] + "ede", state)  # a participle's plural: engageret → engagerede
    cues: dict[str, list[Cue]] = {}
    for cue in found.cues:
        raw = tuple(w.lower() for w in cue.words)
        lemmatised = tuple(lemma(w, lang) for w in raw)
        # both forms: simplemma may lemmatise the dictionary form itself away (sv handla → handlägga);
        # but an English verb's own dictionary form ('found', as 'founded' says) keeps no other
        # verb's ('find')
        forms = (lemmatised, raw) if not _english_dictionary_form(raw, lang) else (raw,)
        for form in dict.fromkeys(forms):
            cues.setdefault(form[0], []).append(Cue(form, cue.relation, cue.inverse))
    return Lexicon(
        lang=lang,
        single=single,
        multi=multi,
        max_multi=max((len(k) for k in multi), default=1),
        heads=frozenset(heads),
        kinds=kinds,
        actions={_lemmas(text, lang): cls for text, cls in found.actions},
        states=states,
        cues={k: tuple(sorted(v, key=lambda c: (-len(c.words), c.relation))) for k, v in cues.items()},
        labels=found.labels,
        combining={text.lower(): state for text, state in found.combining},
    )
