# Wegweiser: the two commands are `make serve` and `make test`.
# Both install what is missing (and skip what is already there). Only the
# Rust crate registry, npm, Debian packages and rustup are used: nothing is
# downloaded from anywhere else, and Trunk runs offline with pinned tools.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

TRUNK_VERSION := 0.21.14
# The CLI must equal the wasm-bindgen crate that Cargo.lock pins.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/"/,"",$$3); print $$3; exit}' Cargo.lock)
CHROMEDRIVER ?= /usr/bin/chromedriver
# The release wasm (make release, make serve) is built with a pinned nightly:
# std rebuilt for size, and no panic messages or location strings in the code
# (the app never shows them; -24.5 KB brotli, README "Size"), and LLVM inlines
# only where that does not grow the code (inline threshold 0: -1.2 KB). Native
# tests, clippy and the browser tests stay on stable.
NIGHTLY := nightly-2026-05-20
RELEASE_ENV := RUSTUP_TOOLCHAIN=$(NIGHTLY) CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none -Cllvm-args=-inline-threshold=0"
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help serve test check-directory hsds publish editor-bench tools browser-tools server-tools release test-native test-browser test-e2e test-hosting size size-audit slow-link bench contacts-report clean

help:
	@echo "make serve  - build and serve the app at http://127.0.0.1:8080 (DIRECTORY=... for another directory file)"
	@echo "make test   - run every test (native, browser, end-to-end), the size report and the search benchmark"
	@echo "make bench  - the search benchmark, failing when a target is missed"
	@echo "make check-directory FILE=... - check a directory file (line, column, plain message)"
	@echo "make publish FILE=... DEST=... - the complete site for a directory file, to upload"
	@echo "make hsds FILE=... [HSDS_OUT=...] - the directory as HSDS 3.0, validated against the official schemas"
	@echo "make editor-bench - the editor with 1,000 offers: open and keystroke times, failing when a target is missed"
	@echo "make contacts-report - a 1,000-contact backup: import and drawing times, failing when a target is missed"

# -- tools ---------------------------------------------------------------

tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup component list --toolchain $(NIGHTLY) --installed 2>/dev/null | grep -q '^rust-src' \
	  && rustup component list --toolchain $(NIGHTLY) --installed | grep -q 'wasm32-unknown-unknown' \
	  || rustup toolchain install $(NIGHTLY) --profile minimal -c rust-src -t wasm32-unknown-unknown
	@[ "$$(trunk --version 2>/dev/null)" = "trunk $(TRUNK_VERSION)" ] \
	  || cargo install --locked trunk@$(TRUNK_VERSION)
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] \
	  || cargo install --force wasm-bindgen-cli@$(WASM_BINDGEN_VERSION)
	@[ -x node_modules/.bin/wasm-opt ] && [ -e node_modules/@playwright/test/package.json ] \
	  && [ -e node_modules/axe-core/axe.min.js ] && [ -e node_modules/terser/package.json ] && [ -e node_modules/ajv-formats/package.json ] && wasm-opt --version | grep -q 'version 132' \
	  || npm ci --no-audit --no-fund
	@cargo fetch --locked --quiet
	@# std's own dependencies, for -Z build-std under Trunk's --offline
	@rustup run $(NIGHTLY) cargo fetch --locked --quiet \
	  --manifest-path "$$(rustup run $(NIGHTLY) rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

browser-tools:
	@command -v chromium >/dev/null && [ -x $(CHROMEDRIVER) ] \
	  || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver; }

# Real web servers for the hosting tests (Debian packages; RUNLEVEL=1 keeps
# the packages from starting a system-wide server).
server-tools:
	@command -v caddy >/dev/null && command -v nginx >/dev/null \
	  && [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] \
	  || { $(SUDO) apt-get update -qq && $(SUDO) env RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive \
	       apt-get install -y -qq caddy nginx-light libnginx-mod-http-brotli-static; }

# -- build and serve -----------------------------------------------------

# The release build as users get it: no live-reload script (it would need
# 'unsafe-inline' in the Content-Security-Policy; see public/build-hook.mjs).
# The release build served as a host serves it (tests/e2e/server.mjs: brotli,
# the static page of each route, see README "Hosting").
# `make serve DIRECTORY=path/to/directory.json`: the same app for that file
# (another town's, the sample in deploy/): the site `make publish` writes.
DIRECTORY ?=
serve: release
	@if [ -n "$(DIRECTORY)" ]; then \
	  $(MAKE) --no-print-directory publish FILE="$(DIRECTORY)" DEST=target/site \
	  && node tests/e2e/server.mjs target/site 8080 --brotli --base $(BASE); \
	else node tests/e2e/server.mjs $(DIST) 8080 --brotli --base $(BASE); fi

# The site's base path (site.json's `base_path`, README "Use it for your
# town"): `/` for a site at the root of its domain, `/wegweiser/` for one under
# a sub-path; `make release BASE_PATH=/wegweiser/ DIST=…` builds for another.
BASE_PATH ?= $(or $(shell sed -n 's/^ *"base_path": *"\([^"]*\)".*/\1/p' site.json),/)
BASE := $(patsubst %//,%/,$(BASE_PATH)/)
DIST ?= dist

# The static pages' renderer (native, stable) first: the build hook runs it.
release: tools
	@case "$(BASE)" in /*) ;; *) echo "BASE_PATH must start with /: $(BASE_PATH)"; exit 2;; esac
	cargo build --locked --quiet --bin prerender --bin hsds
	WEGWEISER_PRERENDER=$(CURDIR)/target/debug/prerender $(RELEASE_ENV) trunk build --release --dist $(DIST) --public-url $(BASE)
	@# The editor for the Servicestelle, its own wasm at <base>redaktion/ (not precached for newcomers).
	$(RELEASE_ENV) trunk build --release=true --dist $(DIST)/redaktion --public-url $(BASE)redaktion/ public/redaktion/index.html
	node deploy/write-hosting.mjs $(DIST)

# Publishing a directory file without CI: the complete site for that file in
# DEST (the build's code, with everything derived from the directory written
# anew: per-language files, static pages, the service worker's version).
# Upload DEST's contents to the host. Refuses a file the app would refuse.
publish:
	@[ -n "$(FILE)" ] && [ -n "$(DEST)" ] || { echo "usage: make publish FILE=path/to/directory.json DEST=path/to/folder"; exit 2; }
	$(MAKE) --no-print-directory check-directory FILE=$(FILE)
	@[ -f $(DIST)/shell.html ] && [ -d $(DIST)/redaktion ] || $(MAKE) --no-print-directory release
	cargo build --locked --quiet --bin prerender --bin hsds
	rm -rf "$(DEST)" && mkdir -p "$(DEST)" && cp -R $(DIST)/. "$(DEST)/"
	cp "$(FILE)" "$(DEST)/directory.json"
	TRUNK_STAGING_DIR="$$(cd "$(DEST)" && pwd)" TRUNK_PROFILE=release WEGWEISER_PUBLISH=1 \
	  WEGWEISER_PRERENDER=$(CURDIR)/target/debug/prerender node public/build-hook.mjs
	node deploy/write-hosting.mjs "$(DEST)"
	@echo "publish: upload the contents of $(DEST) to the web server"

# -- tests ---------------------------------------------------------------

test: tools browser-tools server-tools
	$(MAKE) --no-print-directory test-native
	$(MAKE) --no-print-directory test-browser
	$(MAKE) --no-print-directory release
	$(MAKE) --no-print-directory test-e2e
	$(MAKE) --no-print-directory test-hosting
	$(MAKE) --no-print-directory size
	$(MAKE) --no-print-directory slow-link
	REPORT_ONLY=1 $(MAKE) --no-print-directory contacts-report
	REPORT_ONLY=1 $(MAKE) --no-print-directory editor-bench
	BENCH_REPORT_ONLY=1 $(MAKE) --no-print-directory bench

test-native:
	cargo fmt --check
	cargo clippy --locked --all-targets --quiet -- -D warnings
	cargo test --locked
	node --test tests/build/
	$(MAKE) --no-print-directory check-directory FILE=public/directory.json
	$(MAKE) --no-print-directory hsds FILE=public/directory.json

# Checks a directory file as the app reads it: every problem with line,
# column and the editor's plain message; fails on any (see README).
FILE ?= public/directory.json
check-directory:
	cargo run --locked --quiet --bin check_directory -- $(FILE)

# The directory as HSDS 3.0 (src/hsds.rs; the build publishes it as
# /hsds/services.json), validated against the official schemas with ajv.
HSDS_OUT ?= target/hsds/services.json
hsds:
	@mkdir -p "$$(dirname $(HSDS_OUT))"
	cargo run --locked --quiet --bin hsds -- export $(FILE) > $(HSDS_OUT)
	node tests/hsds/validate.mjs $(HSDS_OUT)

test-browser:
	cargo clippy --locked --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=$(CHROMEDRIVER) \
	  cargo test --locked --target wasm32-unknown-unknown --test 'browser_*'

# (The build for a sub-path first, for tests/e2e/subpath.spec.mjs: the same
# code, so only Trunk's output and the pages are made anew, about a minute.)
test-e2e:
	$(MAKE) --no-print-directory release BASE_PATH=/wegweiser/ DIST=target/dist-subpath
	cd tests/e2e && npx playwright test -c playwright.config.mjs

# The hosting recipe on real servers (deploy/): the offline, update,
# deep-link and first-visit tests and every header rule, against Caddy and
# against nginx (with `nginx -t`).
test-hosting:
	cd tests/e2e && E2E_SERVER=caddy npx playwright test -c playwright.config.mjs offline.spec.mjs static.spec.mjs hosting.spec.mjs subpath.spec.mjs
	cd tests/e2e && E2E_SERVER=nginx npx playwright test -c playwright.config.mjs offline.spec.mjs static.spec.mjs hosting.spec.mjs subpath.spec.mjs

size:
	node tests/perf/size-report.mjs dist

# What the wasm is made of: the 30 largest crates and modules (twiggy, from crates.io).
size-audit: release
	@command -v twiggy >/dev/null || cargo install --locked twiggy
	twiggy top -n 100000 -f csv target/wasm32-unknown-unknown/release/wegweiser.wasm > target/twiggy.csv
	node tests/perf/size-audit.mjs target/twiggy.csv dist

# A first visit on slow 3G: time to useful content, bytes before it, app takeover (a report).
slow-link:
	node tests/perf/slow-link.mjs dist

bench:
	cargo bench --locked --bench search

# The editor with 1,000 offers: open to first list, keystroke to validation (needs `make release`).
editor-bench:
	node tests/perf/editor-bench.mjs dist

# A 1,000-contact backup: import until durable, reload until drawn (needs `make release`).
contacts-report:
	node tests/perf/contacts-import.mjs dist

clean:
	rm -rf dist target node_modules
