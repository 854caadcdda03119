"""What editors are told, and what editors' pages may do.

``subtypes`` is the one table of warning subtypes and fixes; ``report`` the one warning voice;
``unresolved`` and ``integrity`` the checks of references and ids across documents, with
suggestions; ``trust`` the trust model (raw HTML, unsafe page names); ``quiet`` what the
build prints.
"""
