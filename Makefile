# docscan: the two commands a new user runs on a fresh Debian/Ubuntu machine.
#   make run    installs everything, then checks a sample applicant's bundle
#   make test   installs everything, then runs the whole test suite (real Tesseract)
# "Everything" is Debian's Tesseract with its language data, a virtual environment in .venv,
# and docscan with its pinned dependencies.

VENV    ?= .venv
PYTHON  ?= python3
PY      := $(VENV)/bin/python
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-nld \
                tesseract-ocr-deu tesseract-ocr-osd python3-venv fonts-dejavu-core

SAMPLE_BUNDLE ?= sample_docs/bundles/highly-qualified-complete
SAMPLE_ARGS   ?= --permit highly-qualified --region flanders --today 2026-11-15

.PHONY: install system-packages venv run check-sample test test-fast clean

install: system-packages venv

# Debian packages, installed only when something is missing (apt-get update is slow).
system-packages:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

run: install check-sample

check-sample:
	$(VENV)/bin/docscan check $(SAMPLE_BUNDLE) $(SAMPLE_ARGS) || [ $$? -eq 1 ]

test: install
	$(PY) -m pytest

test-fast: install
	$(PY) -m pytest -m "not slow"

clean:
	rm -rf $(VENV) .pytest_cache .docscan-cache
