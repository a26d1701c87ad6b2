"""``clausekit serve``: the review as a web page (the optional extra ``clausekit[web]``).

``app.create_app(Settings(...))`` builds the ASGI application; ``worker`` is what runs
in the worker processes. This package uses the engine, readers, reporters and annotate
through their public APIs only, and nothing else in clausekit imports it.
"""
