# Lector: the commands in the README.
SHELL := /bin/bash
CARGO ?= cargo

.PHONY: all build test lint fmt bench clean

all: build

build:
	$(CARGO) build --release

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings

test: lint
	$(CARGO) test --release

fmt:
	$(CARGO) fmt

# Native benchmark: parse / readerable / extract per page, median and p90.
bench:
	$(CARGO) bench --bench native

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
CORPUS ?= ../shared/corpus

.PHONY: setup-wasm wasm size lint-wasm test-wasm test-browser bench-browser

# Idempotent: installs only what is missing.
setup-wasm:
	rustup target add $(WASM_TARGET)
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
	  $(CARGO) install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi
	cd $(BROWSER_DIR) && npm ci --no-audit --no-fund
	@if [ ! -x /usr/bin/chromium ]; then \
	  apt-get update && apt-get install -y chromium chromium-driver; \
	fi

# dist/wasm/web (ES module) and dist/wasm/no-modules (global `wasm_bindgen`,
# for content scripts), each optimized for size. src/wasm/encode.js, the JS
# half of the page reader, is appended to each glue file: wasm-bindgen's
# `inline_js` would make it a separate module, which `no-modules` cannot load.
wasm:
	$(CARGO) build --profile wasm --target $(WASM_TARGET) --lib
	@for t in web no-modules; do \
	  rm -rf dist/wasm/$$t; \
	  wasm-bindgen --target $$t --out-dir dist/wasm/$$t --remove-name-section $(WASM_RAW) || exit 1; \
	  $(WASM_OPT) -Oz dist/wasm/$$t/lector_bg.wasm -o dist/wasm/$$t/lector_bg.wasm || exit 1; \
	  grep -v '^ *//' src/wasm/encode.js | sed 's/^ *//' >> dist/wasm/$$t/lector.js || exit 1; \
	done

size: wasm
	@for t in web no-modules; do \
	  for f in dist/wasm/$$t/lector_bg.wasm dist/wasm/$$t/lector.js; do \
	    printf '%-36s %8d bytes  %7d gz\n' $$f $$(wc -c < $$f) $$(gzip -9 -c $$f | wc -c); \
	  done; \
	done

# `--profile test` lints the browser unit tests too.
lint-wasm:
	$(CARGO) fmt --check
	$(CARGO) clippy --target $(WASM_TARGET) --lib -- -D warnings
	$(CARGO) clippy --target $(WASM_TARGET) --lib --profile test -- -D warnings

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

# Browser part of the benchmark: Lector vs Readability.js vs a bare walk.
bench-browser: wasm
	node $(BROWSER_DIR)/bench.mjs --corpus $(CORPUS)

bench: bench-browser

# --- extension ---
# The browser extension (Chromium and Firefox from one tree). `make extension`
# needs the no-modules engine from `make wasm`; EXT_ENGINE=tests/extension/fake-engine
# builds it with a stand-in engine to test the extension on its own.
EXT_ENGINE ?= dist/wasm/no-modules
EXT_NODE := tests/extension/node_modules
EXT_ENGINE_DEPS := $(if $(filter dist/wasm/no-modules,$(EXT_ENGINE)),wasm)

.PHONY: extension extension-lint test-e2e e2e-firefox-setup

$(EXT_NODE): tests/extension/package.json tests/extension/package-lock.json
	cd tests/extension && npm ci --no-audit --no-fund
	touch $(EXT_NODE)

extension: $(EXT_ENGINE_DEPS)
	rm -rf dist/extension dist/lector-extension.zip
	mkdir -p dist/extension/engine
	cp -R extension/. dist/extension/
	cp $(EXT_ENGINE)/lector.js $(EXT_ENGINE)/lector_bg.wasm dist/extension/engine/
	cd dist/extension && zip -qrX ../lector-extension.zip .
	@echo "dist/extension/ (load unpacked) and dist/lector-extension.zip: $$(du -k dist/lector-extension.zip | cut -f1) KB"

# One warning is expected: Firefox ignores background.service_worker (it
# uses background.scripts), which is how one manifest serves both browsers.
extension-lint: extension $(EXT_NODE)
	cd tests/extension && npx web-ext lint --source-dir ../../dist/extension

# End-to-end tests in Debian's Chromium (installed with apt if missing), and
# in Firefox ESR when it and geckodriver are there (`make e2e-firefox-setup`;
# skipped loudly otherwise). Screenshots go to target/e2e/.
test-e2e: extension-lint
	[ -x /usr/bin/chromium ] || (apt-get update && apt-get install -y chromium)
	cd tests/extension && node --test --test-concurrency=1 e2e/

# Takes a few minutes: geckodriver is built from crates.io.
e2e-firefox-setup:
	[ -x /usr/bin/firefox-esr ] || (apt-get update && apt-get install -y firefox-esr)
	command -v geckodriver >/dev/null || $(CARGO) install geckodriver --locked
# --- end extension ---
