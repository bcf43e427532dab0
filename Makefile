# Two commands on a fresh machine: `make demo` and `make test`.
# Both create .venv in the repository and install what they need into it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLES := $(wildcard samples/*.txt samples/*.html)

.PHONY: demo test lint install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamps: reinstall when the project metadata changes. Tests run the optional Piper voice too.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,piper]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	@for f in $(SAMPLES); do $(BIN)/tts-pipeline speak "$$f" || exit 1; done

test: $(VENV)/.installed-test
	$(BIN)/ruff check tts_pipeline tests
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check tts_pipeline tests
	$(BIN)/ruff format --check tts_pipeline tests

clean:
	rm -rf $(VENV) out .pytest_cache
