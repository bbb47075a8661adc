-- Drafts of the analyst's notes, written as they are typed, so that a crash or a kill loses nothing. One row per
-- open comparison whose notes differ from what is saved: a saved comparison's by its id, an unsaved one's by
-- this row's id, which the window keeps with its open comparisons. A row holds the whole comparison (classes,
-- options, name), so that a comparison opened after the window last wrote its settings still comes back.
CREATE TABLE notes_drafts (
    id INTEGER PRIMARY KEY,
    saved_id INTEGER UNIQUE REFERENCES saved_comparisons (id) ON DELETE SET NULL,
    name TEXT NOT NULL DEFAULT '',
    classes TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',
    notes TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
