-- The analyst's joins and partings of rows ("these are the same duty" / "these are not"), kept with a saved
-- comparison as a JSON list of {kind, section, lower, lower_text, higher, higher_text}.
ALTER TABLE saved_comparisons ADD COLUMN pairings TEXT NOT NULL DEFAULT '[]';
