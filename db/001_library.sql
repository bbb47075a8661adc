-- The library: series, classes with their revisions, the import log, full-text search.
CREATE TABLE series (
    id INTEGER PRIMARY KEY,
    jurisdiction TEXT NOT NULL,
    code TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    major_agencies TEXT NOT NULL DEFAULT '',
    effective_date TEXT,
    purpose TEXT NOT NULL DEFAULT '[]',
    UNIQUE (jurisdiction, code)
);

CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    format TEXT NOT NULL,
    result TEXT NOT NULL,
    classes TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX imports_sha256 ON imports (sha256);

CREATE TABLE classes (
    id INTEGER PRIMARY KEY,
    jurisdiction TEXT NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    series_code TEXT,
    current_revision INTEGER,
    UNIQUE (jurisdiction, number)
);
CREATE INDEX classes_series ON classes (jurisdiction, series_code);

-- Every distinct text of a class ever imported; nothing is overwritten.
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    class_id INTEGER NOT NULL REFERENCES classes (id),
    effective_date TEXT,
    title TEXT NOT NULL,
    bargaining_unit TEXT NOT NULL DEFAULT '',
    series_code TEXT,
    established TEXT,
    abolished TEXT,
    sections TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    import_id INTEGER REFERENCES imports (id),
    UNIQUE (class_id, content_hash)
);
CREATE INDEX revisions_class ON revisions (class_id, effective_date);

-- Search over each class's current revision; rowid = classes.id.
CREATE VIRTUAL TABLE class_search USING fts5 (number, title, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE saved_comparisons (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    classes TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '{}',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
