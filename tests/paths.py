"""Where the tests' files are, whichever folder a test module sits in."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
PROJECT = TESTS.parent
FIXTURES = TESTS / "fixtures"
EXPECTED = TESTS / "expected"
SHARED_FIXTURES = PROJECT.parent / "shared" / "fixtures" / "external"
SHARED_SEEDS = PROJECT.parent / "shared" / "seeds"
