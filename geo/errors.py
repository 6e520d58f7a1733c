"""Errors raised by the ``geo`` package, in one place.

Every error a user can cause names what was wrong and where, so that the CLI
can print it as is and exit 1.
"""


class GeoError(Exception):
    """Base class of every error this package raises on purpose."""


class PlaceNotFound(GeoError):
    """A place name the gazetteer cannot resolve.

    Parameters
    ----------
    query : str
        The name as asked.
    suggestions : list of str
        The closest known names, best first (may be empty).
    """

    def __init__(self, query, suggestions=()):
        self.query = query
        self.suggestions = list(suggestions)
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"place not found: {query!r}{hint}")


class CountryName(PlaceNotFound):
    """A country's name that no place is filed under as written: the country is meant, not a place whose old
    name, spelling variant or typo it resembles ("Luxembourg" is no Bolnisi, once Luxemburg).

    Parameters
    ----------
    query : str
        The name as asked.
    """

    def __init__(self, query):
        GeoError.__init__(self)
        self.query = query
        self.suggestions = []
        self.args = (f"place not found: {query!r} is a country's name, and the gazetteer maps no place of "
                     f"that name",)


class AmbiguousPlace(PlaceNotFound):
    """A name of two or more places far apart, none of which the name itself favours: a question
    ("which one?") is safer than a point on the map that may be the wrong namesake.

    Parameters
    ----------
    query : str
        The name as asked.
    candidates : list of str
        Each place the name may mean, described with its country and a town near it.
    """

    def __init__(self, query, candidates):
        GeoError.__init__(self)
        self.query = query
        self.suggestions = list(candidates)
        self.args = (f"place name is ambiguous: {query!r} names places far apart: "
                     f"{' or '.join(self.suggestions)}; add the district or the country after a comma",)


class DataError(GeoError):
    """Bad input data, located by file, line and field.

    Parameters
    ----------
    path : str
        The file.
    line : int or None
        1-based line number in that file (the header is line 1).
    field : str or None
        The column at fault.
    message : str
        What is wrong, in words a user understands.
    """

    def __init__(self, path, line, field, message):
        self.path, self.line, self.field, self.message = str(path), line, field, message
        where = self.path
        if line is not None:
            where += f":{line}"
        if field:
            where += f": field '{field}'"
        super().__init__(f"{where}: {message}")


class LayerError(GeoError):
    """A built layer file that cannot be used, and what to do about it.

    Parameters
    ----------
    path : str
        The layer file.
    problem : str
        What is wrong with it ("is not valid JSON (line 3: ...)").
    """

    def __init__(self, path, problem):
        self.path, self.problem = str(path), problem
        super().__init__(f"{self.path} {problem}; rebuild the layers: python -m geo build")
