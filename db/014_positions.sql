-- Position descriptions, kept apart from classes: one row per description imported (or pasted), the parsed
-- position as JSON (title, duties with their shares, supervision, KSAs, the class stated and the one asked for).
CREATE TABLE positions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- a position's number is never given again, even after a delete
    title TEXT NOT NULL,
    agency TEXT NOT NULL DEFAULT '',
    current_class TEXT NOT NULL DEFAULT '',
    requested_class TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL
);
