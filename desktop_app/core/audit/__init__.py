"""Reclassification audits: a position held against candidate classes, side by side, and the analyst's decision."""
