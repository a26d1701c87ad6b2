"""Review: what the linter does to a contract, one step per module, data flowing one way.

1. ``read/``      a reader per format turns a file into a ``Document`` (its paragraphs, headings, sections).
2. ``segment/``   language and profile, sentences split at ``;`` and list items, numbers and values.
3. ``locate.py``  each checklist item's clause found: its headed article, or the passages its anchors match,
                  with the scope of each match read (negation, pointer elsewhere, definition, false friend).
4. ``judge.py``   each located clause judged strong, weak or missing, element by element, with evidence;
                  ``clause_checks/``, ``proofread/``, ``facts/`` and ``consistency/`` add their own findings.
5. ``report/``    a reporter per output format renders the results (text, JSON, HTML, SARIF, JUnit...).

The rules that steps 3 and 4 apply are data: ``rules.py`` loads them, with the ``concepts.py`` they are
written in and the ``prefilter.py`` that keeps them fast. ``engine.py`` builds all that once and runs the
steps; ``lint.py`` is the short way in for scripts. What a CI run adds (many files, configuration, waivers,
baseline, fingerprints, the cluster) sits beside, in ``ci/``.
"""
