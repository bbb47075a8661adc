-- Drafts of an audit's decision, written as the analyst works, so that a closed window, a crash or a kill loses
-- nothing. One row per open audit whose decision or classes differ from what is saved: a saved audit's by its
-- id, an audit never saved by this row's id (the window keeps it with its open audits). A row holds the whole
-- audit (position, classes, ranking), so that it reopens without ranking the library again.
CREATE TABLE audit_drafts (
    id INTEGER PRIMARY KEY,
    audit_id INTEGER UNIQUE REFERENCES audits (id) ON DELETE CASCADE,
    position_id INTEGER NOT NULL REFERENCES positions (id),
    classes TEXT NOT NULL DEFAULT '[]',
    ranking TEXT NOT NULL DEFAULT '[]',
    chosen_class TEXT,
    effective_date TEXT,
    rationale TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
