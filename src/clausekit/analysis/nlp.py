"""spaCy pipelines for French and English contracts, built from shipped data only.

The pipelines are blank (no statistical model, nothing downloaded): a tokenizer,
a sentence splitter that knows legal numbering ("7.2", "art. 1231-5", "S.A.")
and a lookup lemmatizer whose table ships in ``lint_rules/lexicon``. spaCy's own
French language data takes about two seconds to load, so French uses a lean
``Language`` subclass with spaCy's generic punctuation rules plus elision.
The official ``fr_core_news_sm`` is used only when the user asks for it.
"""

from __future__ import annotations

from functools import cache

from ..resources import data_dir

ELISION = "'’"


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
        table = _lemma_table(lang)

        def set_lemmas(doc):
            for token in doc:
                lower = token.lower_
                token.lemma_ = table.get(lower, lower)
            return doc

        return set_lemmas

    @Language.component("clausekit_sentences")
    def legal_sentences(doc):
        """Sentence starts at '.', ';' list ends and line breaks, not inside numbers or abbreviations."""
        for i, token in enumerate(doc):
            if i == 0:
                token.is_sent_start = True
                continue
            previous = doc[i - 1]
            start = False
            if previous.text in (".", "!", "?", ";") and (token.is_title or token.is_upper or token.like_num
                                                          or not token.is_alpha):
                start = not _is_abbreviation(doc, i - 1)
            elif "\n" in previous.whitespace_ or previous.is_space and "\n" in previous.text:
                start = True
            token.is_sent_start = start
        return doc


_ABBREVIATIONS = {"art", "no", "n°", "cf", "e.g", "i.e", "etc", "inc", "ltd", "co", "corp", "s.a", "sas", "sarl",
                  "m", "mr", "mrs", "ms", "dr", "st", "vs", "al", "p", "pp", "sect", "para", "ch"}


def _is_abbreviation(doc, period_index: int) -> bool:
    if period_index == 0:
        return False
    word = doc[period_index - 1]
    return word.lower_ in _ABBREVIATIONS or (len(word.text) == 1 and word.is_alpha)


@cache
def pipeline(lang: str, model: str | None = None):
    """The pipeline for ``lang`` ('fr' or 'en'), built once per process."""
    import spacy
    from spacy.language import BaseDefaults, Language
    from spacy.lang.char_classes import ALPHA
    from spacy.lang.punctuation import TOKENIZER_INFIXES

    _register_components()
    if model:
        try:
            nlp = spacy.load(model, exclude=["ner", "parser"])
        except OSError:
            from ..errors import ClauseKitError
            raise ClauseKitError(f"spaCy model {model!r} is not installed (pip install 'clausekit[fr-model]')") from None
        nlp.add_pipe("clausekit_sentences", first=True)
        return nlp
    if lang == "fr":
        class LeanFrenchDefaults(BaseDefaults):
            infixes = TOKENIZER_INFIXES + [rf"(?<=[{ALPHA}][{ELISION}])(?=[{ALPHA}])"]

        class LeanFrench(Language):
            lang = "fr"
            Defaults = LeanFrenchDefaults

        nlp = LeanFrench()
    else:
        nlp = spacy.blank("en")
    nlp.add_pipe("clausekit_sentences")
    nlp.add_pipe("clausekit_lemmas", config={"lang": lang})
    return nlp


def sentences(texts: list[str], lang: str, model: str | None = None) -> list[list[tuple[int, int]]]:
    """Character spans of the sentences of each text."""
    nlp = pipeline(lang, model)
    result = []
    for doc in nlp.pipe(texts):
        result.append([(s.start_char, s.end_char) for s in doc.sents])
    return result
