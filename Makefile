# Two commands on a fresh machine: `make demo` and `make test`.
# Both create .venv in the repository and install what they need into it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLES := $(wildcard samples/*.txt samples/*.html)

.PHONY: demo test lint install clean fuzz

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The package is installed editable, so pip compiles none of it: compile it once here, as
# pip does for a wheel, so that a run (a `clean` of one page takes well under a second)
# does not compile its modules again when PYTHONDONTWRITEBYTECODE keeps Python from
# caching them. A stale .pyc is ignored: Python checks the source's time stamp.
COMPILE = $(BIN)/python -m compileall -q tts_pipeline > /dev/null

# Stamps: reinstall when the project metadata changes. Tests run the optional Piper voice,
# the speech-recognition check and the Dask executor too.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	$(COMPILE)
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,piper,check,dask]'
	$(COMPILE)
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	@for f in $(SAMPLES); do $(BIN)/tts-pipeline speak "$$f" || exit 1; done

# The suite runs on two processes (pytest-xdist); `make test PYTEST_ARGS=-n0` runs it on one.
# worksteal: a worker that runs out of tests takes some of the other's, so a few long tests
# near the end do not leave one core idle.
PYTEST_ARGS ?= -n 2 --dist worksteal

test: $(VENV)/.installed-test
	$(BIN)/ruff check tts_pipeline tests
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check tts_pipeline tests
	$(BIN)/ruff format --check tts_pipeline tests

# Fuzz the cleaner, the normalizer and the feed writer, FUZZ_SECONDS each (atheris if it installs).
FUZZ_SECONDS ?= 60
fuzz: $(VENV)/.installed-test
	-$(BIN)/python -m pip install --quiet --disable-pip-version-check 'atheris>=2.3'
	$(BIN)/python tests/fuzz/fuzz.py --seconds $(FUZZ_SECONDS)

clean:
	rm -rf $(VENV) out .pytest_cache fuzz-crashes
