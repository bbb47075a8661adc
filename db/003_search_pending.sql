-- Classes saved since the search index was last brought up to date, with their searchable words.
-- A document's transaction writes here; the index (class_search) takes them over in batches, so that
-- an import of thousands of documents does not rewrite the index at every document. A library opened
-- with rows here (an import stopped before its last batch) indexes them on opening.
CREATE TABLE search_pending (
    class_id INTEGER PRIMARY KEY REFERENCES classes (id),
    body TEXT NOT NULL
);
