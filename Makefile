# kgraph: `make demo` builds the bundled corpus end to end; `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install browser lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kgraph build corpus
	$(BIN)/kgraph query -f queries/what-customers-buy.rq
	$(BIN)/kgraph viz -o output/graph.html

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/pip install --quiet ruff mypy
	$(BIN)/ruff check kgraph tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) output/store output/*.ttl output/*.html
