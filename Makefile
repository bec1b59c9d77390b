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
