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

clean:
	$(CARGO) clean
	rm -rf dist

# --- extension ---
# The browser extension (Chromium and Firefox from one tree). `make extension`
# needs the no-modules engine from `make wasm`; EXT_ENGINE=tests/extension/fake-engine
# builds it with a stand-in engine to test the extension on its own.
EXT_ENGINE ?= dist/wasm/no-modules
EXT_NODE := tests/extension/node_modules
EXT_ENGINE_DEPS := $(if $(filter dist/wasm/no-modules,$(EXT_ENGINE)),wasm)

.PHONY: extension extension-lint test-e2e

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

# End-to-end tests in Debian's Chromium (installed with apt if missing).
test-e2e: extension-lint
	command -v /usr/bin/chromium >/dev/null || (apt-get update && apt-get install -y chromium)
	cd tests/extension && node --test --test-concurrency=1 e2e/
# --- end extension ---
