"""One IP regime: the exit clause's Co-Developed IP is the IP clause's Joint Results, kept jointly after a failed pilot."""

from __future__ import annotations

import pytest

from clausekit.drafting.generator import build_draft, example_answers, load_template


@pytest.mark.parametrize("template_id", ["affiliation", "co_branding", "joint_venture"])
@pytest.mark.parametrize("position", ["preferred", "fallback"])
def test_the_exit_clause_allocates_the_joint_results_and_spares_a_failed_pilot(template_id, position):
    template = load_template(template_id)
    for lang, words in (("en", ("means the Intellectual Property Rights in the Joint Results, which clause",
                                "because its targets have not been met, the assignment and the licence",
                                "included in the financial terms")),
                        ("fr", ("les Droits de Propriété Intellectuelle portant sur les Résultats Communs",
                                "faute d’atteinte de ses objectifs, la cession et la licence",
                                "compris dans les conditions financières"))):
        draft = build_draft(template, example_answers(template), lang, position)
        text = "\n".join(block.text for block in draft.blocks if block.clause == "exit")
        assert words[0] in text and words[1] in text and words[2] not in text
        without_pilot = build_draft(template, {**example_answers(template), "include_pilot": False}, lang, position)
        assert words[1] not in "\n".join(block.text for block in without_pilot.blocks)
