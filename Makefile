# kgraph: `make demo` builds the bundled corpus end to end; `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install browser jena virtuoso lint bench eval clean

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

# Headless Chromium for tests/test_render_browser.py: Debian's package, driven by Playwright's
# Python package through executable_path. Never `playwright install`: no browser download.
browser: $(STAMP)
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" != 0 ]; then echo "Chromium is missing: run 'sudo make browser'" >&2; exit 1; fi; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	fi
	@$(BIN)/python -c "import playwright.sync_api" 2>/dev/null || $(BIN)/pip install --quiet playwright

# Apache Jena (Debian's libapache-jena-java, ~8 s to install; Java is on the machine), the second
# parser tests/test_hostile_outputs.py validates the Turtle and N-Triples exports with. Without it
# (no root, no Java, no package) those tests skip with the reason.
jena:
	@if [ ! -f /usr/share/java/jena-cmds.jar ] && command -v java >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libapache-jena-java) >/dev/null \
	    || echo "libapache-jena-java did not install: the Jena tests will be skipped" >&2; \
	fi

# Virtuoso (Debian's virtuoso-opensource 7.2), the second SPARQL server the --store tests run
# against (tests/test_endpoint_virtuoso.py starts its own on a free port). Its service is not
# started here. Without it (no root, no package) those tests skip with the reason.
virtuoso:
	@if ! command -v virtuoso-t >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends virtuoso-opensource) >/dev/null \
	    || echo "virtuoso-opensource did not install: the Virtuoso tests will be skipped" >&2; \
	fi

test: $(STAMP) browser jena virtuoso
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/pip install --quiet ruff mypy
	$(BIN)/ruff check kgraph tests
	$(BIN)/mypy

# Benchmarks (bench/): ratios against rdflib and absolute figures, each case in a fresh process.
# `make bench QUICK=1` runs every benchmark at its smoke size.
bench: $(STAMP)
	$(BIN)/python bench/run_all.py $(if $(QUICK),--quick)

# Extraction quality on the development sets (../shared, when present) and the eval/ sets (eval/README.md).
eval: $(STAMP)
	@for set in ../shared/corpus:../shared/gold/seeds.tsv ../shared/corpus-dev:../shared/gold/dev.tsv \
	            $(foreach d,$(sort $(dir $(wildcard eval/*/gold.tsv))),$(d)corpus:$(d)gold.tsv); do \
	  corpus=$${set%%:*}; gold=$${set##*:}; \
	  if [ -d "$$corpus" ]; then \
	    echo "== $$corpus"; \
	    $(BIN)/kgraph eval "$$gold" --corpus "$$corpus" --output "/tmp/kgraph-eval-$$(basename $$(dirname $$corpus))-$$(basename $$corpus)"; \
	  fi; \
	done

clean:
	rm -rf $(VENV) output/store output/*.ttl output/*.html
