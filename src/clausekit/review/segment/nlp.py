"""spaCy pipelines for French and English contracts, built from shipped data only.

The pipelines are blank (no statistical model, nothing downloaded): a tokenizer
that keeps legal abbreviations whole ("art.", "n°", "S.A."), spaCy's rule-based
sentencizer, which also ends a sentence at ";" so that each item of a clause's
enumeration is judged on its own, and a lookup lemmatizer whose table ships in
``lint_rules/lexicon``. spaCy's own French language data takes about two seconds to
load (English a fifth of a second), so both languages use a lean ``Language`` subclass:
spaCy's generic punctuation rules, elision for French, and the legal abbreviations of
``lint_rules/lexicon/abbreviations.*.txt``.
The official ``fr_core_news_sm`` is used only when the user asks for it.
"""

from __future__ import annotations

from functools import cache

from ...resources import data_dir

ELISION = "'’"
SENTENCE_ENDS = [".", "!", "?", ";", "…"]


def _import_spacy():
    """Import spaCy without its command-line package, which costs a third of its import time.

    ``spacy/__init__`` imports ``spacy.cli.info`` (and with it typer and the whole CLI)
    only to re-export ``spacy.info``; clausekit never uses it. A stand-in is placed for
    the duration of the import and removed afterwards, so a later ``import spacy.cli``
    still loads the real package.
    """
    import sys
    import types

    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins = {name: types.ModuleType(name) for name in ("spacy.cli", "spacy.cli.info")}
    stand_ins["spacy.cli.info"].info = None
    stand_ins["spacy.cli"].info = stand_ins["spacy.cli.info"]
    missing = [name for name in stand_ins if name not in sys.modules]
    sys.modules.update({name: stand_ins[name] for name in missing})
    try:
        import spacy
    finally:
        for name in missing:
            sys.modules.pop(name, None)
    if getattr(spacy, "cli", None) is stand_ins["spacy.cli"]:
        del spacy.cli
    return spacy


def _abbreviations(lang: str) -> list[str]:
    path = data_dir("lint_rules") / "lexicon" / f"abbreviations.{lang}.txt"
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _lemma_table(lang: str) -> dict[str, str]:
    table: dict[str, str] = {}
    path = data_dir("lint_rules") / "lexicon" / f"lemmas.{lang}.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma, *forms = line.split("\t")
            for form in forms:
                table[form] = lemma
            table[lemma] = lemma
    return table


def _register_components() -> None:
    from spacy.language import Language

    if "clausekit_lemmas" in Language.factories:
        return

    @Language.factory("clausekit_lemmas", default_config={"lang": "en"})
    def make_lemmatizer(nlp, name, lang):
        """Lemmas for the words the rules reason about, found by a PhraseMatcher (fast, in Cython)."""
        from spacy.matcher import PhraseMatcher

        table = _lemma_table(lang)
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        matcher.add("LEMMA", [nlp.make_doc(form) for form in table if len(nlp.make_doc(form)) == 1])

        def set_lemmas(doc):
            for _, start, _end in matcher(doc):
                token = doc[start]
                token.lemma_ = table[token.lower_]
            return doc

        return set_lemmas


@cache
def pipeline(lang: str, model: str | None = None):
    """The pipeline for ``lang`` ('fr' or 'en'), built once per process."""
    spacy = _import_spacy()
    from spacy.language import BaseDefaults, Language
    from spacy.lang.char_classes import ALPHA
    from spacy.lang.punctuation import TOKENIZER_INFIXES

    _register_components()
    if model:
        try:
            nlp = spacy.load(model, exclude=["ner", "parser"])
        except OSError:
            from ...errors import ClauseKitError
            raise ClauseKitError(f"spaCy model {model!r} is not installed (pip install 'clausekit[fr-model]')") from None
        if nlp.lang != lang:  # a model is for one language: a document in the other gets the bundled pipeline
            return pipeline(lang)
        nlp.add_pipe("sentencizer", first=True, config={"punct_chars": SENTENCE_ENDS})
        return nlp
    from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
    from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER, NORM
    from spacy.lang.lex_attrs import LEX_ATTRS
    from spacy.symbols import ORTH

    class LeanDefaults(BaseDefaults):
        infixes = TOKENIZER_INFIXES + ([rf"(?<=[{ALPHA}][{ELISION}])(?=[{ALPHA}])"] if lang == "fr" else [])
        tokenizer_exceptions = {**BASE_EXCEPTIONS, **{word: [{ORTH: word}] for word in _abbreviations(lang)}}

    class LeanLanguage(Language):
        Defaults = LeanDefaults

    LeanLanguage.lang = lang
    nlp = LeanLanguage()
    # Only the attributes the pipeline reads (lower case, and punctuation and spaces for the
    # sentencizer): every new word of a contract gets a lexeme, and for each one spaCy would
    # compute its whole set (shape, prefix, like_num...) in Python.
    # (a Cython attribute of Vocab that spaCy's type stubs do not declare)
    nlp.vocab.lex_attr_getters = {  # type: ignore[attr-defined]
        attr: LEX_ATTRS[attr] for attr in (LOWER, NORM, IS_PUNCT, IS_SPACE)}
    nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_ENDS})
    nlp.add_pipe("clausekit_lemmas", config={"lang": lang})
    return nlp
