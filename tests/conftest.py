"""Shared fixtures: the real gazetteer (built once into the user's cache) and the project paths."""

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def gazetteer():
    from geo.gazetteer import load_gazetteer
    return load_gazetteer()


@pytest.fixture(scope="session")
def project_dir():
    return PROJECT
