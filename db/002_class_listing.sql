-- The library's listing reads the classes table alone: the current revision's dates and the number of
-- revisions are kept on the class, so opening a large library does not read every revision's text.
ALTER TABLE classes ADD COLUMN effective_date TEXT;
ALTER TABLE classes ADD COLUMN abolished TEXT;
ALTER TABLE classes ADD COLUMN revision_count INTEGER NOT NULL DEFAULT 0;
UPDATE classes SET
    effective_date = (SELECT r.effective_date FROM revisions r WHERE r.id = classes.current_revision),
    abolished = (SELECT r.abolished FROM revisions r WHERE r.id = classes.current_revision),
    revision_count = (SELECT count(*) FROM revisions r WHERE r.class_id = classes.id);
