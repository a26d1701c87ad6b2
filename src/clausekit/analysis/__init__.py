"""Analysis: language, profile, sentences and values read from a ``Document``.

Nothing here judges a clause; ``clausekit.judge`` does that from what this finds.
"""
