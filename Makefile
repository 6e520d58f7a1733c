# Two entry points, both from a fresh clone:
#   make dashboard   install, build the browser assets, run the dashboard on the embedded data
#   make test        install with the test tools, run every test
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python

.PHONY: dashboard test install install-dev assets

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

install: $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .

install-dev: $(VENV)/bin/python
	$(PY) -m pip install --quiet -e . -r requirements-dev.txt

assets:
	$(PY) -m geo.assets

dashboard: install assets
	$(VENV)/bin/streamlit run dashboard.py

test: install-dev assets
	$(PY) -m pytest
