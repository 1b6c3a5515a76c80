# collective.frameworkguide: `make start` serves a demo site, `make test` runs the suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTANCE := instance
HOST ?= localhost
PORT ?= 8080
SITE_ID ?= Plone
ADMIN_USER ?= admin
ADMIN_PASSWORD ?= admin
export SITE_ID ADMIN_USER ADMIN_PASSWORD

PACKAGE := src/collective/frameworkguide
PIP := $(BIN)/python -m pip
PIP_INSTALL := $(PIP) install --disable-pip-version-check -q -c constraints.txt

.PHONY: help
help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python setup.py constraints.txt
	$(PIP_INSTALL) pip setuptools wheel
	$(PIP_INSTALL) -e ".[test]"
	touch $@

.PHONY: install
install: $(VENV)/.installed ## Create .venv and install the add-on with Plone 6.2 (pinned)

$(INSTANCE)/etc/zope.conf: scripts/make_instance.py scripts/instance/*
	$(BIN)/python scripts/make_instance.py $(INSTANCE) --listen $(HOST):$(PORT)

.PHONY: instance
instance: install $(INSTANCE)/etc/zope.conf ## Write the Zope instance (FileStorage under instance/var)

.PHONY: site
site: instance ## Create the Plone site with the add-on and demo guide (keeps existing data)
	$(BIN)/zconsole run $(INSTANCE)/etc/zope.conf scripts/create_site.py

.PHONY: start
start: site ## Install everything, create the site and serve it on http://localhost:8080/Plone
	@echo ""
	@echo "  Plone with the Framework Guide: http://localhost:$(PORT)/$(SITE_ID)"
	@echo "  Demo guide:                     http://localhost:$(PORT)/$(SITE_ID)/guide"
	@echo "  Log in as $(ADMIN_USER) / $(ADMIN_PASSWORD)  (Ctrl+C stops the server)"
	@echo ""
	$(BIN)/runwsgi $(INSTANCE)/etc/zope.ini

.PHONY: test
test: install ## Run the whole test suite
	$(BIN)/pytest $(PACKAGE)/tests $(PYTEST_ARGS)

.PHONY: lint
lint: install ## Check code style, templates, XML and packaging
	$(BIN)/ruff check src scripts setup.py
	$(BIN)/ruff format --check src scripts setup.py
	$(BIN)/zpretty --check $$(find $(PACKAGE) -name '*.zcml' -o -name '*.xml' -o -name '*.pt')
	$(BIN)/pyroma -n 9 . > /dev/null || $(BIN)/pyroma .

.PHONY: format
format: install ## Reformat code, templates and XML
	$(BIN)/ruff check --fix src scripts setup.py
	$(BIN)/ruff format src scripts setup.py
	$(BIN)/zpretty -i $$(find $(PACKAGE) -name '*.zcml' -o -name '*.xml' -o -name '*.pt')

.PHONY: constraints
constraints: ## Refresh constraints.txt from the current .venv (after an upgrade)
	{ echo "# Pins for collective.frameworkguide on Plone 6.2 / Python 3.11."; \
	  echo "# Made from a working install with 'make constraints' (pip freeze); every pin comes from PyPI."; \
	  $(PIP) freeze --all --exclude-editable | grep -v '^-e\|frameworkguide'; } > constraints.txt

.PHONY: buildout
buildout: install ## Build bin/instance and bin/test with zc.buildout from the same pins
	$(BIN)/python scripts/constraints_to_versions.py constraints.txt versions.cfg
	$(PIP_INSTALL) zc.buildout
	$(BIN)/buildout -N

.PHONY: clean
clean: ## Remove .venv, build files and caches (keeps instance data)
	rm -rf $(VENV) bin parts develop-eggs eggs .installed.cfg build dist *.egg-info src/*.egg-info
	find . -name __pycache__ -prune -exec rm -rf {} +

.PHONY: clean-data
clean-data: ## Delete the instance and its data (Data.fs, blobs): the explicit way to start over
	rm -rf $(INSTANCE)
