"""The pre-pass: what runs before Sphinx reads any document.

``build`` runs it at ``builder-inited`` (registry scan, corpus, stubs), says which pages are
outdated and removes the pages of deleted inputs; ``corpus`` reads the seeds and analyses
them (NER from its cache, resolution, claims); ``resolved_cache`` keeps resolved articles;
``stubs`` writes the generated Markdown stubs, with a manifest per folder.
"""
