"""Project package (settings, URLs, WSGI).

The design card calls this `site/`, but `site` is a standard-library module that
Python imports at start-up, so a package of that name could never be imported.
"""
