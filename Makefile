# The two commands of the README: `make` builds the site into Public/, `make test` runs every test.
SWIFT ?= swift
BIN_RELEASE := .build/release/routeboek
BIN_DEBUG := .build/debug/routeboek
TEST_SITE := .build/site-under-test
BENCH := ../shared/bench/compare.py

FUZZ_CASES ?= 10000
FUZZ_SEED ?= 1

.PHONY: all site check serve diff test test-swift test-browser test-robustness fuzz deps bench clean

all: site

deps:
	@scripts/install-build-deps.sh

# Release build, then the site with the whole routeboek as routeboek.pdf (WeasyPrint). A failed build
# leaves the previous Public/ untouched.
site: deps
	$(SWIFT) build -c release --product routeboek
	$(BIN_RELEASE) build --pdf
	@echo "The site is in Public/: open Public/index.html in a browser (it works straight from disk)."

check: deps
	$(SWIFT) build -c release --product routeboek
	$(BIN_RELEASE) check

serve: deps
	$(SWIFT) build -c release --product routeboek
	$(BIN_RELEASE) serve

# What the working copy changes in the beslisboom's answers and the pages, against REV: make diff REV=HEAD~1
REV ?= main
diff: deps
	$(SWIFT) build -c release --product routeboek
	$(BIN_RELEASE) diff $(REV)

# Every test: Swift Testing suites, the real content's check, the browser suite on a fresh build (with the
# PDF; --strict, so a warning of WeasyPrint's fails it), then a short mutation fuzz run and a kill test
# (issue 11; a few minutes).
test: deps test-swift test-browser test-robustness

test-swift:
	$(SWIFT) build --build-tests
	SWIFT=$(SWIFT) scripts/run-swift-tests.sh
	$(BIN_DEBUG) check --strict

test-browser:
	@scripts/install-browser-test-deps.sh
	rm -rf $(TEST_SITE)
	$(BIN_DEBUG) build --pdf --strict --output $(TEST_SITE)
	ROUTEBOEK_BIN=$(BIN_DEBUG) scripts/run-browser-tests.sh $(TEST_SITE)

# 250 fixed fuzz cases (the same every run, so a failure is reproducible) and 20 interrupted builds.
test-robustness:
	$(SWIFT) build --product routeboek
	scripts/fuzz.py --cases 250 --seed make-test --binary $(BIN_DEBUG)
	scripts/kill-test.py --kills 20 --binary $(BIN_DEBUG)

# Long fuzz run on the release binary: make fuzz FUZZ_CASES=10000 FUZZ_SEED=7. Each failure is printed with
# the command that replays it (scripts/fuzz.py --seed S --case K).
fuzz: deps
	$(SWIFT) build -c release --product routeboek
	scripts/fuzz.py --cases $(FUZZ_CASES) --seed $(FUZZ_SEED) --binary $(BIN_RELEASE)
	scripts/kill-test.py --kills 100 --seed $(FUZZ_SEED) --binary $(BIN_RELEASE)

# Build speed against Hugo on the same generated corpus (needs Debian's hugo; see docs/PERFORMANCE.md).
bench: deps
	@scripts/bench.sh

clean:
	rm -rf .build Public $(TEST_SITE)
