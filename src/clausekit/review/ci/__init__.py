"""What a CI run adds to the review of one document: many files (``runner``, ``streaming``, ``cluster``),
a project configuration, waivers, a baseline, inline suppressions, fingerprints and the outputs they share."""
