"""The contract generator: clause library, templates, answers, rendering, Word and PDF output.

``generator`` is the entry point (template + answers -> ``Draft`` -> DOCX); the
other modules each hold one step, and import python-docx, docxtpl and jinja2 only
when a draft is actually rendered.
"""
