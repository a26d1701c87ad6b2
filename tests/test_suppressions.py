"""Issue 20, point 9: a rule silenced for one clause by the contract itself, in a Word comment
or a line of its text; the reports list what was suppressed and by which comment or line."""

from __future__ import annotations

import json
from pathlib import Path

import docx

from clausekit.review.lint import lint_path
from clausekit.review.report import reporter
from clausekit.results import RunResult

WEAK_FR = Path(__file__).parent / "data" / "contracts" / "supplier_weak.fr.txt"
DIRECTIVE = "clausekit: disable=sla_bonus_malus.bonus -- accepté par le service juridique, 2026-11"


def _by_rule(report):
    return {f.rule: f for f in report.findings}


def test_a_line_of_the_contract_silences_a_rule_for_its_clause_only(tmp_path):
    text = WEAK_FR.read_text(encoding="utf-8")
    path = tmp_path / "contrat.txt"
    bonus = "3.3 Aucun bonus ne sera dû au Fournisseur en cas de dépassement des niveaux de service.\n"
    assert bonus in text
    path.write_text(text.replace(bonus, f"{bonus}{DIRECTIVE}\n"), encoding="utf-8")
    before, after = _by_rule(lint_path(WEAK_FR)), _by_rule(lint_path(path))
    assert set(before) == set(after)  # nothing disappears: the suppressed finding is listed, marked
    suppressed = getattr(after["sla_bonus_malus.bonus"], "waiver", None)
    assert suppressed is not None and suppressed.reason == "accepté par le service juridique, 2026-11"
    assert suppressed.source.startswith("article 3")
    assert all(getattr(f, "waiver", None) is None for rule, f in after.items() if rule != "sla_bonus_malus.bonus")

    elsewhere = tmp_path / "ailleurs.txt"  # the same directive in clause 5 silences nothing in clause 3
    term = "Il se renouvelle ensuite par tacite reconduction.\n"
    elsewhere.write_text(text.replace(term, f"{term}{DIRECTIVE}\n"), encoding="utf-8")
    assert getattr(_by_rule(lint_path(elsewhere))["sla_bonus_malus.bonus"], "waiver", None) is None


def test_a_word_comment_silences_a_rule_and_every_report_says_so(tmp_path):
    document = docx.Document()
    for line in WEAK_FR.read_text(encoding="utf-8").splitlines():
        if line.strip():
            paragraph = document.add_paragraph(line)
            if line.startswith("3.3 "):
                document.add_comment(paragraph.runs, text=DIRECTIVE, author="Juriste")
    path = tmp_path / "contrat.docx"
    document.save(path)
    report = lint_path(path)
    suppressed = [f for f in report.findings if getattr(f, "waiver", None) is not None]
    assert [f.rule for f in suppressed] == ["sla_bonus_malus.bonus"]
    assert suppressed[0].waiver.source.startswith("commentaire sur article 3")  # the report's language

    run = RunResult(reports=[report])
    as_json = json.loads(reporter("json").render(run))["documents"][0]
    listed = [f for f in as_json["findings"] if f.get("waived")]
    assert listed[0]["waiver"] == {"reason": "accepté par le service juridique, 2026-11", "inline": True,
                                   "source": suppressed[0].waiver.source}
    text = reporter("text").render(run)
    assert "écarté dans le contrat (commentaire sur article 3" in text and "1 dérogée(s)" in text
    sarif = json.loads(reporter("sarif").render(run))
    marked = [r for r in sarif["runs"][0]["results"] if r.get("suppressions")]
    assert marked[0]["suppressions"][0]["kind"] == "inSource"


def test_an_unknown_rule_in_a_directive_is_one_line_naming_the_document(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "contrat.txt"
    path.write_text(WEAK_FR.read_text(encoding="utf-8") + "\nclausekit: disable=sla_bonus_malus.bonnus -- typo\n",
                    encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "clausekit", "lint", str(path)], capture_output=True, text=True)
    line = path.read_text(encoding="utf-8").splitlines().index("clausekit: disable=sla_bonus_malus.bonnus -- typo") + 1
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith(f"clausekit: error: {path}: clause ")
    assert done.stderr.endswith(f", line {line}: 'clausekit: disable=' names the unknown rule "
                                "'sla_bonus_malus.bonnus' (see 'clausekit rules')\n")
