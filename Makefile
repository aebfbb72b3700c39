# docscan: the two commands a new user runs on a fresh Debian/Ubuntu machine.
#   make run    installs everything, then starts the applicant's page (Streamlit) on localhost
#   make test   installs everything, then runs the whole test suite (real Tesseract, real browser)
# "Everything" is Debian's Tesseract with its language data, a virtual environment in .venv,
# and docscan with its pinned dependencies.

VENV    ?= .venv
PYTHON  ?= python3
PY      := $(VENV)/bin/python
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Issue 16: the packs a page in another script is read again with (docscan/settings.py
# SCRIPT_LANGUAGES; used only on pages whose script OSD names). Installed size 3.7 + 3.8 + 1.4 MB.
SCRIPT_PACKS := tesseract-ocr-rus tesseract-ocr-ukr tesseract-ocr-ara
# Fonts of the evaluation corpora's generators: the independent corpus uses fonts docscan's own
# samples never use (corpus D: Chinese and Japanese in WenQuanYi Zen Hei), and machine-readable zones are printed in OCR-B.
CORPUS_FONTS := fonts-ocr-b fonts-urw-base35 fonts-crosextra-carlito fonts-crosextra-caladea fonts-texgyre \
                fonts-linuxlibertine fonts-dejavu-extra fonts-freefont-ttf fonts-wqy-zenhei
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-nld \
                tesseract-ocr-deu tesseract-ocr-osd $(SCRIPT_PACKS) python3-venv fonts-dejavu-core fonts-liberation \
                $(CORPUS_FONTS)
# The browser test drives Debian's Chromium (a browser download cannot work offline). Ubuntu
# ships Chromium only as a snap, so there the browser test is skipped rather than the install failing.
# The review database's PostgreSQL tests start a throwaway server of Debian's postgresql.
TEST_APT_PACKAGES := chromium postgresql

SAMPLE_BUNDLE ?= sample_docs/bundles/highly-qualified-complete
SAMPLE_ARGS   ?= --permit highly-qualified --region flanders --today 2026-11-15

.PHONY: install system-packages test-packages venv run app check-sample test test-fast lint eval eval-corpus eval-independent train-model eval-mrz benchmark clean

install: system-packages venv

# Debian packages, installed only when something is missing (apt-get update is slow).
system-packages:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

test-packages:
	@for p in $(TEST_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 && continue; \
	  if apt-cache show $$p >/dev/null 2>&1 || { $(SUDO) apt-get update >/dev/null && apt-cache show $$p >/dev/null 2>&1; }; then \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$p; \
	  else echo "note: Debian package $$p is not available here; the browser test will be skipped"; fi; done

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

run: install app

app:
	$(VENV)/bin/streamlit run app.py

# The command-line check on a sample bundle (exit 1 means "incomplete", which is a result).
check-sample:
	$(VENV)/bin/docscan check $(SAMPLE_BUNDLE) $(SAMPLE_ARGS) || [ $$? -eq 1 ]

test: install test-packages
	$(PY) -m pytest

test-fast: install
	$(PY) -m pytest -m "not slow"

# The linters CI runs: ruff, then mypy on the package (configured in pyproject.toml).
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# The accuracy figures of the README: the evaluation corpus's files are generated (deterministically,
# about 2 minutes) when missing, then the test split is scored against labels.csv.
eval: install eval-corpus
	$(VENV)/bin/docscan eval sample_docs/eval --check

eval-corpus: install
	$(PY) sample_docs/eval/generate_eval.py --missing

# Type accuracy on documents written without seeing docscan's rules (issue 10), on its test split;
# the corpus's files are generated (deterministically, 2-8 minutes) when missing.
eval-independent: install
	$(PY) sample_docs/independent/generate.py --missing
	$(VENV)/bin/docscan eval sample_docs/independent --check

# Retrain the learned text model from sample_docs/training (about a minute; writes docscan/rules/text_model.*).
train-model: install
	$(PY) sample_docs/training/train.py

# The machine-readable zone figures (issue 11): the synthetic zone corpus (about 1 minute to
# generate), then zones found, key fields right, silent errors and seconds per page.
eval-mrz: install
	$(PY) sample_docs/mrz/generate.py
	$(VENV)/bin/docscan eval sample_docs/mrz --check

# docscan bulk against the naive baseline on 50 generated workers (about 20 minutes; see the README).
benchmark: install
	$(PY) benchmarks/bulk_benchmark.py --workers 50 --baseline-workers 22

clean:
	rm -rf $(VENV) .pytest_cache .docscan-cache
