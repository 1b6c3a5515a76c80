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
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python setup.py constraints.txt
	$(PIP_INSTALL) pip setuptools wheel
	# The add-on with the whole of Plone 6.2 (the `Plone` distribution), as a site runs it.
	$(PIP_INSTALL) -e ".[test,relstorage]" Plone
	# Not imported by the add-on, but pinned in constraints.txt for the buildout;
	# installing them keeps `make constraints` a complete freeze.
	$(PIP_INSTALL) zc.buildout plone.recipe.zope2instance zc.recipe.testrunner
	# Code-quality tools used by `make lint` and `make format` and `make i18n`,
	# the packaging tools of `make release-check`, and the mail sink of `make start`.
	$(PIP_INSTALL) ruff zpretty i18ndude pyroma build check-manifest aiosmtpd
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

# The development mail sink (scripts/mail_sink.py, docs/install.rst "Mail"):
# `make start` runs it beside the server, the site mails it (create_site.py
# reads MAIL_PORT) and each mail lands in instance/var/mail/ as an .eml file.
MAIL_PORT ?= 8025

.PHONY: start
start: export MAIL_PORT := $(MAIL_PORT)
start: site ## Install everything, create the site and serve it on http://localhost:8080/Plone
	@echo ""
	@echo "  Plone with the Framework Guide: http://localhost:$(PORT)/$(SITE_ID)"
	@echo "  Demo guide:                     http://localhost:$(PORT)/$(SITE_ID)/guide"
	@echo "  Mails the site sends:           $(INSTANCE)/var/mail/*.eml"
	@echo "  Log in as $(ADMIN_USER) / $(ADMIN_PASSWORD)  (Ctrl+C stops the server)"
	@echo ""
	$(BIN)/python scripts/mail_sink.py --port $(MAIL_PORT) --dir $(INSTANCE)/var/mail & sink=$$!; \
	  trap 'kill $$sink 2>/dev/null; wait $$sink' EXIT INT TERM; \
	  $(BIN)/runwsgi $(INSTANCE)/etc/zope.ini

# Scale-out (docs/reliability.rst): the same site on RelStorage/PostgreSQL,
# served by two instances that share the database (blobs included). Each
# instance's configuration and blob cache live in instance-relstorage/PORT;
# the data lives in PostgreSQL (scripts/postgres.sh starts Debian's cluster).
RELSTORAGE_HOME := instance-relstorage
PORT2 ?= 8081

.PHONY: relstorage-site
relstorage-site: install ## Create the PostgreSQL database, two instance configurations and the site
	scripts/postgres.sh create
	for port in $(PORT) $(PORT2); do \
	  $(BIN)/python scripts/make_instance.py $(RELSTORAGE_HOME)/$$port --listen $(HOST):$$port \
	    --storage-file scripts/instance/relstorage.in --set "dsn=$$(scripts/postgres.sh dsn)" || exit 1; \
	done
	$(BIN)/zconsole run $(RELSTORAGE_HOME)/$(PORT)/etc/zope.conf scripts/create_site.py

.PHONY: start-relstorage
start-relstorage: relstorage-site ## Serve the site from PostgreSQL with two instances, on ports 8080 and 8081
	@echo ""
	@echo "  Instance 1: http://localhost:$(PORT)/$(SITE_ID)   Instance 2: http://localhost:$(PORT2)/$(SITE_ID)"
	@echo "  One database (PostgreSQL, $$(scripts/postgres.sh dsn | sed 's/password=[^ ]*//'))"
	@echo "  Log in as $(ADMIN_USER) / $(ADMIN_PASSWORD)  (Ctrl+C stops both)"
	@echo ""
	$(BIN)/runwsgi $(RELSTORAGE_HOME)/$(PORT2)/etc/zope.ini & second=$$!; \
	  trap 'kill $$second 2>/dev/null; wait $$second' EXIT INT TERM; \
	  $(BIN)/runwsgi $(RELSTORAGE_HOME)/$(PORT)/etc/zope.ini

.PHONY: clean-relstorage
clean-relstorage: ## Drop the RelStorage database and delete instance-relstorage/
	scripts/postgres.sh drop
	rm -rf $(RELSTORAGE_HOME)

# Production tier (docs/deployment.rst): the RelStorage site's two instances
# behind Debian's varnish on CLUSTER_PORT, VCL in deploy/varnish, caching and
# purging on (plone.app.caching's proxy settings, plone.cachepurging).
CLUSTER_PORT ?= 8000

.PHONY: start-cluster
start-cluster: relstorage-site ## Serve the site through Varnish on http://localhost:8000 (two instances, PostgreSQL)
	@command -v varnishd >/dev/null || test -x /usr/sbin/varnishd || { echo "make start-cluster needs Debian's varnish (apt-get install varnish)"; exit 1; }
	$(BIN)/python scripts/cluster.py --listen $(CLUSTER_PORT) --work $(RELSTORAGE_HOME) \
	  --instance $(RELSTORAGE_HOME)/$(PORT) --instance $(RELSTORAGE_HOME)/$(PORT2)

# Not part of `make test`: the cluster's ratios (benchmarks/README.rst).
BENCH_CLUSTER_ARGS ?=
.PHONY: bench-cluster
bench-cluster: install ## Benchmark the cluster through Varnish at 10, 100 and 1000 profiles (needs wrk, varnish, postgresql)
	$(BIN)/python benchmarks/bench_cluster.py $(BENCH_CLUSTER_ARGS)

# axe-core, for the browser tests' accessibility checks (package.json, pinned
# by package-lock.json; node_modules/ is not committed).
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "make test needs npm (Debian: apt-get install npm)"; exit 1; }
	npm ci --no-audit --no-fund
	touch $@

.PHONY: test
test: install node_modules/.installed ## Run the whole test suite and the docstring examples
	$(BIN)/pytest $(PACKAGE) $(PYTEST_ARGS)

# The i18n check fails when a msgid of code, templates, ZCML or profiles is
# missing from locales/*.pot or untranslated in German, or when a template has
# text without i18n markup.
.PHONY: lint
lint: install ## Check code style, templates, XML and packaging
	$(BIN)/ruff check src scripts setup.py benchmarks
	$(BIN)/ruff format --check src scripts setup.py benchmarks
	$(BIN)/zpretty --check $$(find $(PACKAGE) -name '*.zcml' -o -name '*.xml' -o -name '*.pt')
	$(BIN)/pyroma -n 9 . > /dev/null || $(BIN)/pyroma .
	$(BIN)/check-manifest --no-build-isolation
	$(BIN)/python scripts/i18n.py check

.PHONY: i18n
i18n: install ## Rebuild locales/*.pot from code, templates, ZCML and profiles; sync the .po files
	$(BIN)/python scripts/i18n.py rebuild

.PHONY: format
format: install ## Reformat code, templates and XML
	$(BIN)/ruff check --fix src scripts setup.py benchmarks
	$(BIN)/ruff format src scripts setup.py benchmarks
	$(BIN)/zpretty -i $$(find $(PACKAGE) -name '*.zcml' -o -name '*.xml' -o -name '*.pt')

.PHONY: constraints
constraints: ## Refresh constraints.txt from the current .venv (after an upgrade)
	{ echo "# Pins for collective.frameworkguide on Plone 6.2 / Python 3.11."; \
	  echo "# Made from a working install with 'make constraints' (pip freeze); every pin comes from PyPI."; \
	  $(PIP) freeze --all --exclude-editable | grep -v '^-e\|frameworkguide'; } > constraints.txt

# zc.buildout runs from a venv of its own that holds only zc.buildout and its
# pinned dependencies: run from .venv it would take every egg from .venv's
# site-packages and prove nothing.  This way each egg comes from the index at
# the version that versions.cfg (made from constraints.txt) pins.
BUILDOUT_VENV := build/buildout-venv
BUILDOUT_ARGS ?=
# What `make buildout-check` runs in `bin/instance run`: Zope starts from the
# generated zope.conf and loads Plone's and the add-on's ZCML.
BUILDOUT_PROOF := from Products.GenericSetup.registry import _profile_registry as r; \
	print("Zope root:", sorted(app.objectIds())); \
	print("Profiles:", r.getProfileInfo("Products.CMFPlone:plone")["title"], "+", \
	r.getProfileInfo("collective.frameworkguide:default")["title"])

.PHONY: buildout
buildout: ## Build bin/instance (port 8081) and bin/test with zc.buildout from the same pins
	$(PYTHON) scripts/constraints_to_versions.py constraints.txt versions.cfg
	test -x $(BUILDOUT_VENV)/bin/python || $(PYTHON) -m venv $(BUILDOUT_VENV)
	$(BUILDOUT_VENV)/bin/python -m pip install --disable-pip-version-check -q \
	  -c constraints.txt pip setuptools wheel zc.buildout
	$(BUILDOUT_VENV)/bin/buildout -N $(BUILDOUT_ARGS)

.PHONY: buildout-check
buildout-check: ## Slow (~3 min from scratch): versions.cfg is current, buildout builds, bin/instance and bin/test run
	$(PYTHON) scripts/constraints_to_versions.py --check constraints.txt versions.cfg
	$(MAKE) --no-print-directory buildout BUILDOUT_ARGS=-q
	bin/instance run <(echo '$(BUILDOUT_PROOF)')
	bin/test -t test_setup
	@echo "buildout-check: OK (buildout built bin/instance and bin/test from versions.cfg; test_setup passed)"

# The release as PyPI would get it (scripts/check_wheel.py): sdist and wheel
# built into build/release-check/dist, check-manifest, then the wheel (not the
# source tree) installed with Plone into a fresh virtualenv that creates the
# demo site and serves it on RELEASE_PORT; the guide must list the frameworks.
RELEASE_PORT ?= 8090
.PHONY: release-check
release-check: install ## Build sdist and wheel, install the wheel with Plone into a fresh venv, serve the demo guide
	$(BIN)/python scripts/check_wheel.py --python $(PYTHON) --port $(RELEASE_PORT)

# Not part of `make test`: a bounded load run (docs/reliability.rst).
SOAK_ARGS ?=
.PHONY: soak
soak: install ## Soak: 2 minutes, 16 loopback connections reading and editing one throwaway instance
	$(BIN)/python benchmarks/soak.py $(SOAK_ARGS)

# Not part of `make test`: speed against stock Plone views (benchmarks/README.rst).
BENCH_ARGS ?=
.PHONY: bench
bench: install ## Benchmark the guide's views against stock Plone views at 10, 100 and 1000 profiles (needs wrk)
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

.PHONY: bench-smoke
bench-smoke: install ## A few-second benchmark run (10 profiles) so the script cannot rot; CI runs it
	$(BIN)/python benchmarks/bench.py --sizes 10 --duration 1 --smoke

.PHONY: clean
clean: ## Remove .venv, build files and caches (keeps instance data)
	rm -rf $(VENV) bin parts develop-eggs eggs .installed.cfg build dist *.egg-info src/*.egg-info node_modules
	find . -name __pycache__ -prune -exec rm -rf {} +

.PHONY: clean-data
clean-data: ## Delete the instance and its data (Data.fs, blobs): the explicit way to start over
	rm -rf $(INSTANCE)
