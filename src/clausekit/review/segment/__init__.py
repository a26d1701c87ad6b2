"""Analysis: language, profile, sentences and values read from a ``Document``.

Nothing here judges a clause; ``clausekit.review.judge`` does that from what this finds.
"""
