"""Benchmarks run by hand or by CI as ``python -m tests.bench.<name>``; they print figures, they do not assert."""
