-- The jurisdictions whose classes the library holds: the short code a class is filed under, and its name.
CREATE TABLE jurisdictions (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
INSERT INTO jurisdictions (code, name) VALUES
    ('OH', 'State of Ohio (DAS)'),
    ('CA', 'State of California (CalHR)');
-- Classes saved before this table existed named their jurisdiction by its code alone.
INSERT OR IGNORE INTO jurisdictions (code, name) SELECT DISTINCT jurisdiction, jurisdiction FROM classes;
