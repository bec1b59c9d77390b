//! Front-end tests in a real browser: `make test-wasm`.
