-- Drafts: the revision of a class an analyst is writing, one per class. A draft is never a revision: it is never
-- the class's current text and no import touches it; it becomes a revision only when the analyst adopts it.
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    class_id INTEGER NOT NULL UNIQUE REFERENCES classes (id),
    title TEXT NOT NULL,
    bargaining_unit TEXT NOT NULL DEFAULT '',
    effective_date TEXT,  -- the effective date proposed
    established TEXT,
    sections TEXT NOT NULL,
    based_on INTEGER REFERENCES revisions (id),  -- the revision it was drafted from
    source TEXT NOT NULL DEFAULT '',  -- the document it was drafted from, if any
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
