"""The quarterly business review (QBR) kit of a contract: ``clausekit qbr``.

``reading`` reads what the review needs from the contract, through the linter (its report's
governance evidence, parties and findings) and a few patterns of its own (``reading.yaml``),
into a ``QbrKit`` (``model``); ``docx_writer`` lays the kit out as a Word document. The agenda
and the wording are data (``kit.yaml``), in English and French.
"""
