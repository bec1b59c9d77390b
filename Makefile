# Lector: the commands in the README.
SHELL := /bin/bash
CARGO ?= cargo

.PHONY: all build setup test test-native lint fmt bench clean

all: build

build:
	$(CARGO) build --release

lint: lint-python
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings
	$(CARGO) doc --no-deps --quiet

# What CI runs (`.ci/run`): lints for host and wasm, the native tests (with
# the shared corpora when ../shared is there), the wasm unit tests in
# Chromium, live DOM against native on the corpora, the playground, and the
# extension end to end in Chromium and Firefox.
test: setup lint lint-wasm test-native test-python test-wasm test-browser test-www test-e2e

test-native:
	$(CARGO) test --release

fmt:
	$(CARGO) fmt

# Native benchmarks: parse / readerable / extract per corpus page (median,
# p90), then bad and huge inputs at 1x, 10x and 100x (time and peak heap).
bench:
	$(CARGO) bench --bench native --bench scaling

clean:
	$(CARGO) clean
	rm -rf dist

# --- wasm ---
# The browser build (src/wasm/) and its tests. Everything wasm lives in this
# block; tests/browser/ holds the Node tooling (wasm-opt, Playwright,
# Readability.js for the benchmark).
WASM_TARGET := wasm32-unknown-unknown
WASM_RAW := target/$(WASM_TARGET)/wasm/lector.wasm
WASM_BINDGEN_VERSION := 0.2.130
BROWSER_DIR := tests/browser
WASM_OPT := $(BROWSER_DIR)/node_modules/.bin/wasm-opt
TERSER := $(BROWSER_DIR)/node_modules/.bin/terser
CORPUS ?= ../shared/corpus

.PHONY: setup-wasm wasm wasm-markdown size lint-wasm test-wasm test-browser bench-browser

# Idempotent: installs only what is missing.
setup-wasm:
	rustup target add $(WASM_TARGET)
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
	  $(CARGO) install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi
	cd $(BROWSER_DIR) && npm ci --no-audit --no-fund
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  apt-get update && apt-get install -y chromium chromium-driver; \
	fi

# dist/wasm/web (ES module) and dist/wasm/no-modules (global `wasm_bindgen`,
# for content scripts): wasm-opt -O3 on a size-leaning build (Cargo.toml's
# wasm profile says why), and the glue minified with terser.
# dist/wasm/extension: the engine the extension ships (no-modules glue),
# built without the `document-api` feature, in its own target dir so that
# neither build undoes the other: the extension calls only `extractEncoded`.
# src/wasm/encode.js, the JS half of the page reader, is appended to each
# glue file: wasm-bindgen's `inline_js` would make it a separate module,
# which `no-modules` cannot load.
WASM_EXT_RAW := target/wasm-extension/$(WASM_TARGET)/wasm/lector.wasm
wasm:
	@test -x $(WASM_OPT) -a -x $(TERSER) || { echo "wasm-opt/terser missing: run \`make setup-wasm\`"; exit 1; }
	$(CARGO) build --profile wasm --target $(WASM_TARGET) --lib
	$(CARGO) build --profile wasm --target $(WASM_TARGET) --lib --no-default-features --target-dir target/wasm-extension
	@for b in web:web:$(WASM_RAW) no-modules:no-modules:$(WASM_RAW) extension:no-modules:$(WASM_EXT_RAW); do \
	  IFS=: read -r d t raw <<< "$$b"; \
	  rm -rf dist/wasm/$$d; \
	  wasm-bindgen --target $$t --out-dir dist/wasm/$$d --remove-name-section $$raw || exit 1; \
	  $(WASM_OPT) -O3 dist/wasm/$$d/lector_bg.wasm -o dist/wasm/$$d/lector_bg.wasm || exit 1; \
	  cat src/wasm/encode.js >> dist/wasm/$$d/lector.js || exit 1; \
	  if [ $$t = web ]; then module=--module; else module=; fi; \
	  $(TERSER) dist/wasm/$$d/lector.js $$module --compress --mangle -o dist/wasm/$$d/lector.js || exit 1; \
	done

# dist/wasm/markdown: the Markdown writer (src/wasm_markdown.rs, the
# `markdown-wasm` feature) as its own ES module, which the reader imports only
# when Markdown is asked for. Its own target dir: the same crate with other
# features would otherwise overwrite the engine's lector.wasm.
WASM_MD_RAW := target/wasm-markdown/$(WASM_TARGET)/wasm/lector.wasm
wasm-markdown:
	@test -x $(WASM_OPT) -a -x $(TERSER) || { echo "wasm-opt/terser missing: run \`make setup-wasm\`"; exit 1; }
	$(CARGO) build --profile wasm --target $(WASM_TARGET) --lib --features markdown-wasm --target-dir target/wasm-markdown
	rm -rf dist/wasm/markdown
	wasm-bindgen --target web --out-dir dist/wasm/markdown --out-name lector_markdown --remove-name-section $(WASM_MD_RAW)
	$(WASM_OPT) -O3 dist/wasm/markdown/lector_markdown_bg.wasm -o dist/wasm/markdown/lector_markdown_bg.wasm
	$(TERSER) dist/wasm/markdown/lector_markdown.js --module --compress --mangle -o dist/wasm/markdown/lector_markdown.js

size: wasm
	@for t in web no-modules extension; do \
	  for f in dist/wasm/$$t/lector_bg.wasm dist/wasm/$$t/lector.js; do \
	    printf '%-36s %8d bytes  %7d gz\n' $$f $$(wc -c < $$f) $$(gzip -9 -c $$f | wc -c); \
	  done; \
	done

# `--profile test` lints the browser unit tests too.
lint-wasm:
	rustfmt --edition 2021 --check src/wasm/*.rs
	$(CARGO) clippy --target $(WASM_TARGET) --lib -- -D warnings
	$(CARGO) clippy --target $(WASM_TARGET) --lib --profile test -- -D warnings
	$(CARGO) clippy --target $(WASM_TARGET) --lib --features markdown-wasm --target-dir target/wasm-markdown -- -D warnings
	$(CARGO) clippy --target $(WASM_TARGET) --lib --no-default-features --target-dir target/wasm-extension -- -D warnings

# Front-end unit tests in headless Chromium (src/wasm/tests.rs).
test-wasm:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver \
	$(CARGO) test --target $(WASM_TARGET) --lib

# Same page, same answer: the live DOM in Chromium against the native parse.
test-browser: wasm
	@mkdir -p target/browser
	@if [ -d $(CORPUS)/readability ]; then \
	  $(CARGO) run --release --example predict -- readability $(CORPUS)/readability target/browser/native-readability.json && \
	  $(CARGO) run --release --example predict -- trafilatura $(CORPUS)/trafilatura target/browser/native-trafilatura.json; \
	fi
	node $(BROWSER_DIR)/api.mjs
	node $(BROWSER_DIR)/same-answer.mjs --corpus $(CORPUS)

# Browser part of the benchmark: Lector vs Readability.js vs a bare walk,
# then the bad inputs at 1x / 10x / 100x through the optimized wasm.
bench-browser: wasm
	node $(BROWSER_DIR)/bench.mjs --corpus $(CORPUS)
	node $(BROWSER_DIR)/scaling.mjs

bench: bench-browser

# --- extension ---
# The browser extension (Chromium and Firefox from one tree). `make extension`
# needs the extension's engine from `make wasm` (dist/wasm/extension); EXT_ENGINE=tests/extension/fake-engine
# builds it with a stand-in engine to test the extension on its own.
EXT_ENGINE ?= dist/wasm/extension
EXT_NODE := tests/extension/node_modules
EXT_ENGINE_DEPS := $(if $(filter dist/wasm/extension,$(EXT_ENGINE)),wasm wasm-markdown)
# The Markdown module (copy and save as Markdown); a fake-engine build goes
# without it, and the reader says Markdown is unavailable.
EXT_MARKDOWN ?= dist/wasm/markdown

.PHONY: extension extension-lint test-e2e e2e-firefox-setup

$(EXT_NODE): tests/extension/package.json tests/extension/package-lock.json
	cd tests/extension && npm ci --no-audit --no-fund
	touch $(EXT_NODE)

extension: $(EXT_ENGINE_DEPS)
	rm -rf dist/extension dist/lector-extension.zip
	mkdir -p dist/extension/engine
	cp -R extension/. dist/extension/
	cp $(EXT_ENGINE)/lector.js $(EXT_ENGINE)/lector_bg.wasm dist/extension/engine/
	if [ -f $(EXT_MARKDOWN)/lector_markdown.js ]; then \
	  cp $(EXT_MARKDOWN)/lector_markdown.js $(EXT_MARKDOWN)/lector_markdown_bg.wasm dist/extension/engine/; fi
	node tools/build-reader.mjs dist/extension/reader/reader.html
	cd dist/extension && zip -qrX ../lector-extension.zip .
	@echo "dist/extension/ (load unpacked) and dist/lector-extension.zip: $$(du -k dist/lector-extension.zip | cut -f1) KB"

# One warning is expected: Firefox ignores background.service_worker (it
# uses background.scripts), which is how one manifest serves both browsers.
extension-lint: extension $(EXT_NODE)
	cd tests/extension && npx web-ext lint --source-dir ../../dist/extension

# End-to-end tests in Debian's Chromium and in Firefox ESR with geckodriver
# (each installed if missing). Screenshots go to target/e2e/.
test-e2e: extension-lint e2e-firefox-setup
	[ -x /usr/bin/chromium ] || (apt-get update && apt-get install -y chromium)
	cd tests/extension && node --test --test-concurrency=1 e2e/

# Takes a few minutes: geckodriver is built from crates.io.
e2e-firefox-setup:
	[ -x /usr/bin/firefox-esr ] || (apt-get update && apt-get install -y firefox-esr)
	command -v geckodriver >/dev/null || $(CARGO) install geckodriver --locked
# --- end extension ---

# --- www/demo ---
# The playground (www/) and the one-command demo. They reuse the targets above
# (setup-wasm, wasm, extension, the extension's npm packages) and call each
# only when its output is missing or older than its inputs, so a second
# `make demo` takes seconds.
PORT ?= 8000
WWW_ENGINE := dist/wasm/web/lector_bg.wasm
EXT_WASM := dist/wasm/extension/lector_bg.wasm
ENGINE_SOURCES := $(shell find src -type f) Cargo.toml Cargo.lock
EXT_BUILT := dist/extension/manifest.json

.PHONY: serve demo test-www www-setup

# setup-wasm, unless everything it installs is already there.
www-setup:
	@if [ -x /usr/bin/chromium ] \
	  && [ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] \
	  && rustup target list --installed 2>/dev/null | grep -qx $(WASM_TARGET) \
	  && [ $(BROWSER_DIR)/node_modules/.package-lock.json -nt $(BROWSER_DIR)/package-lock.json ]; then :; \
	else $(MAKE) setup-wasm; fi

# `make wasm` builds both engine flavours at once: whichever is checked
# second is then up to date.
$(WWW_ENGINE) $(EXT_WASM): $(ENGINE_SOURCES) | www-setup
	$(MAKE) wasm

WASM_MD_BUILT := dist/wasm/markdown/lector_markdown_bg.wasm
$(WASM_MD_BUILT): $(ENGINE_SOURCES) | www-setup
	$(MAKE) wasm-markdown

# EXT_ENGINE_DEPS= : the engine is fresh already, don't rebuild it.
$(EXT_BUILT): $(EXT_WASM) $(WASM_MD_BUILT) $(shell find extension -type f)
	$(MAKE) extension EXT_ENGINE_DEPS=

# www/ plus the ES-module engine, reader.css and samples/, on localhost.
serve: $(WWW_ENGINE)
	node tools/serve.mjs --port $(PORT)

test-www: $(WWW_ENGINE)
	node --test --test-concurrency=1 tests/www/

# Click to article painted, first opening and reopening, median and p90,
# and where the time goes (tests/extension/measure.mjs).
.PHONY: bench-extension
bench-extension: $(EXT_BUILT) $(EXT_NODE)
	@mkdir -p target/bench
	cd tests/extension && node measure.mjs --json ../../target/bench/extension.json

bench: bench-extension

# Sample page + extension in Chromium: screenshot and article JSON headless,
# a window to click in when $$DISPLAY is set.
demo: $(EXT_BUILT) $(EXT_NODE)
	node tools/demo.mjs
# --- end www/demo ---

# Everything the tests need, installed only where missing: the wasm target,
# wasm-bindgen-cli pinned to the crate's version, Debian's Chromium, and the
# npm packages of the browser tests. (Here, after the blocks that name them.)
setup: www-setup $(EXT_NODE)

# --- fuzz ---
# Two cargo-fuzz targets (fuzz/): arbitrary bytes, and structured random
# documents. cargo-fuzz needs nightly flags; RUSTC_BOOTSTRAP lets the stable
# toolchain here accept them. FUZZ_SECONDS per target (the issue asks 1800).
FUZZ_SECONDS ?= 1800
.PHONY: fuzz
fuzz:
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	cd fuzz && for t in bytes tree; do \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run $$t --sanitizer none -- -max_total_time=$(FUZZ_SECONDS) || exit 1; \
	done
# --- compare ---
# Lector against Readability.js (in headless Chromium, as Firefox runs it) and
# trafilatura (Python, the official benchmark's settings) on both shared
# corpora, scored with ../shared/tools/score.py and segments.py. Writes
# target/compare/{results.md,results.json} and the predictions next to them.
# Scripts: tools/compare/. Stages run one after another so that each run's
# own per-page timing is not slowed by the others.
CORPUS ?= ../shared/corpus
COMPARE_TOOLS ?= $(CORPUS)/../tools
COMPARE_DIR := target/compare
COMPARE_VENV := $(COMPARE_DIR)/venv
COMPARE_JOBS ?= 2

.PHONY: compare

$(COMPARE_VENV)/.installed: tools/compare/requirements.txt
	python3 -m venv $(COMPARE_VENV)
	$(COMPARE_VENV)/bin/pip install --quiet -r tools/compare/requirements.txt
	touch $@

compare: $(COMPARE_VENV)/.installed
	@test -d $(CORPUS)/readability -a -f $(CORPUS)/trafilatura/truth.json || { echo "no shared corpus at $(CORPUS)"; exit 1; }
	@if [ ! $(BROWSER_DIR)/node_modules/.package-lock.json -nt $(BROWSER_DIR)/package-lock.json ]; then \
	  cd $(BROWSER_DIR) && npm ci --no-audit --no-fund; fi
	@start=$$(date +%s); set -e; \
	echo "== Lector (examples/predict.rs)"; \
	$(CARGO) build --release --example predict; \
	target/release/examples/predict readability $(CORPUS)/readability $(COMPARE_DIR)/lector-readability.json; \
	target/release/examples/predict trafilatura $(CORPUS)/trafilatura $(COMPARE_DIR)/lector-trafilatura.json; \
	echo "== trafilatura ($(COMPARE_JOBS) processes)"; \
	for k in readability trafilatura; do \
	  $(COMPARE_VENV)/bin/python tools/compare/trafilatura_predict.py $$k $(CORPUS)/$$k \
	    $(COMPARE_DIR)/trafilatura-$$k.json --jobs $(COMPARE_JOBS); \
	done; \
	echo "== Readability.js ($(COMPARE_JOBS) headless Chromium)"; \
	node tools/compare/readability_predict.mjs --corpus $(CORPUS) --jobs $(COMPARE_JOBS) \
	  --out-readability $(COMPARE_DIR)/readabilityjs-readability.json \
	  --out-trafilatura $(COMPARE_DIR)/readabilityjs-trafilatura.json; \
	echo "== scores"; \
	python3 tools/compare/report.py --corpus $(CORPUS) --tools $(COMPARE_TOOLS) --dir $(COMPARE_DIR) \
	  2> $(COMPARE_DIR)/scorers.log; \
	echo "(scorers' own output: $(COMPARE_DIR)/scorers.log; wrote $(COMPARE_DIR)/results.md, results.json)"; \
	echo "make compare: $$(( $$(date +%s) - start )) s"
# --- end compare ---

# --- python ---
# The Python package (python/: PyO3 + maturin, abi3 wheel) and its tests:
# the package against the CLI on the bundled archive and the corpora, and
# the Spark job on local[2]. The wheel is built in its own target dir
# (target/python), so the main crate's builds are untouched.
#
# The pinned test tools (maturin, pytest, pyspark: ~450 MB) live in a venv
# outside the checkout, keyed by python/requirements-dev.txt and the Python
# version, so fresh clones (CI's) reuse it; target/pyenv is a small venv of
# this checkout that sees those tools through a .pth file and gets the
# wheel installed into it.
PY_ENV := target/pyenv
PY := $(PY_ENV)/bin/python
PY_WHEELS := target/wheels
PY_CARGO_TARGET := target/python
PY_SOURCES := $(shell find python/src python/lector -type f) python/Cargo.toml python/Cargo.lock \
	python/pyproject.toml $(ENGINE_SOURCES)
PY_DEPS_KEY := $(shell { python3 --version; cat python/requirements-dev.txt; } | sha1sum | cut -c1-12)
PY_DEPS := $(HOME)/.cache/lector/pydeps-$(PY_DEPS_KEY)
BENCH_WARC := target/bench/corpus.warc.gz

.PHONY: test-python lint-python bench-python python-wheel

$(PY_DEPS)/.installed: python/requirements-dev.txt
	rm -rf $(PY_DEPS)
	python3 -m venv $(PY_DEPS)
	$(PY_DEPS)/bin/python -m pip install --quiet -r python/requirements-dev.txt
	touch $@

$(PY_ENV)/.installed: $(PY_DEPS)/.installed
	rm -rf $(PY_ENV)
	python3 -m venv $(PY_ENV)
	$(PY_DEPS)/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])' \
	  > $$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/lector-test-deps.pth
	touch $@

$(PY_ENV)/.bench-installed: python/requirements-bench.txt $(PY_ENV)/.installed
	$(PY) -m pip install --quiet -r python/requirements-bench.txt
	touch $@

# Built and installed only when a source changed.
$(PY_ENV)/.wheel: $(PY_SOURCES) $(PY_ENV)/.installed
	rm -rf $(PY_WHEELS)
	CARGO_TARGET_DIR=$(PY_CARGO_TARGET) $(PY_DEPS)/bin/maturin build --release \
	  -m python/Cargo.toml -i $(PY) --out $(PY_WHEELS)
	$(PY) -m pip install --quiet --force-reinstall --no-deps $(PY_WHEELS)/lector-*.whl
	touch $@

python-wheel: $(PY_ENV)/.wheel

# Spark needs a Java runtime: Debian's JRE 17 where none is installed.
test-python: $(PY_ENV)/.wheel
	@command -v java >/dev/null || (apt-get update && apt-get install -y openjdk-17-jre-headless)
	$(CARGO) build --release --bin lector
	LECTOR_BIN=$(CURDIR)/target/release/lector LECTOR_CORPUS=$(abspath $(CORPUS)) \
	  $(PY) -m pytest -q --durations=5 -p no:cacheprovider python/tests

lint-python:
	$(CARGO) fmt --check --manifest-path python/Cargo.toml
	$(CARGO) clippy --manifest-path python/Cargo.toml --target-dir $(PY_CARGO_TARGET) \
	  --all-targets -- -D warnings

# Pages per second per core (CPU time, one thread) for Lector's Python
# package, trafilatura and resiliparse on one WARC of the corpus pages,
# peak memory per worker, and F1 on the trafilatura corpus (segments.py).
# Writes target/bench/python.md and python.json.
bench-python: $(PY_ENV)/.wheel $(PY_ENV)/.bench-installed
	@test -f $(CORPUS)/trafilatura/truth.json || { echo "no shared corpus at $(CORPUS)"; exit 1; }
	@mkdir -p target/bench
	$(PY) python/tests/make_warc.py $(BENCH_WARC) --corpus $(CORPUS)
	$(PY) python/bench/bench.py --warc $(BENCH_WARC) --corpus $(CORPUS) \
	  --segments $(COMPARE_TOOLS)/segments.py --out target/bench

bench: bench-python
# --- end python ---
