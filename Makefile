# Two commands on a fresh machine:  make run  and  make test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out
SOURCES ?= sources

.PHONY: run test install install-test browser lint format bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## run: build the graph of sources/, write Turtle, TriG, the HTML view, print a summary
run: install
	$(BIN)/treatygraph build $(SOURCES) -o $(OUT)/graph.ttl
	$(BIN)/treatygraph export $(OUT)/graph.ttl --format trig -o $(OUT)/graph.trig
	$(BIN)/treatygraph view $(OUT)/graph.ttl -o $(OUT)/graph.html
	$(BIN)/treatygraph alignment $(OUT)/graph.ttl --png $(OUT)/alignment.png
	$(BIN)/treatygraph query $(OUT)/graph.ttl --name stance-summary

## browser: Chromium from the distribution's packages, for the HTML view's tests
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium (Debian package) for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "chromium could not be installed: browser tests will be skipped"; \
	  else echo "chromium not found and not root: browser tests will be skipped"; fi; }

## test: the whole test suite (slow benchmarks excluded; run them with make bench)
test: install-test browser
	$(BIN)/python -m pytest -q

lint: install-test
	$(BIN)/ruff check graph tests benchmarks tools
	$(BIN)/ruff format --check graph tests benchmarks tools

format: install-test
	$(BIN)/ruff format graph tests benchmarks tools
	$(BIN)/ruff check --fix graph tests benchmarks tools

bench: install-test
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache
