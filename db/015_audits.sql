-- Reclassification audits: a position held against candidate classes, and the analyst's allocation decision.
-- ``classes`` are the columns compared beside the position (JURISDICTION:NUMBER, in order); ``ranking`` the
-- candidates as the fit ranked them when the audit was saved (JSON), so the audit file reprints as decided.
CREATE TABLE audits (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- an audit's number is never given again, even after a delete
    position_id INTEGER NOT NULL REFERENCES positions (id),
    classes TEXT NOT NULL DEFAULT '[]',
    ranking TEXT NOT NULL DEFAULT '[]',
    chosen_class TEXT,
    effective_date TEXT,
    rationale TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX audits_position ON audits (position_id);
