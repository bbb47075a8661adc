-- Every distinct series block (title, effective date, agencies, purpose) a document gave, as classes keep their
-- revisions: a series retitled in a later document keeps its old title for the class texts that came before.
-- The series table stands for the latest block; a class text points at the block it was imported with.
CREATE TABLE series_revisions (
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES series (id),
    effective_date TEXT,
    title TEXT NOT NULL,
    major_agencies TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX series_revisions_series ON series_revisions (series_id, effective_date);
ALTER TABLE revisions ADD COLUMN series_revision INTEGER REFERENCES series_revisions (id);
-- A library made before this kept one block per series: it becomes that series' first revision, and the
-- revisions of its classes point at it.
INSERT INTO series_revisions (id, series_id, effective_date, title, major_agencies, purpose)
    SELECT id, id, effective_date, title, major_agencies, purpose FROM series WHERE title != '';
UPDATE revisions SET series_revision = (
    SELECT s.id FROM series s JOIN classes c ON c.id = revisions.class_id
    WHERE s.jurisdiction = c.jurisdiction AND s.code = revisions.series_code AND s.title != ''
);
