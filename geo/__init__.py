"""Map the Nagorno-Karabakh conflict from the news.

The ``geo`` package holds everything that is not user interface: the offline
gazetteer and geocoder, the curated event schema, the three map layers, the
exports and the command line (``python -m geo``).
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
