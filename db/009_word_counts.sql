-- How many classes of the library use each word stem, for the comparison's word weights: a word most classes
-- use tells two duties apart no better than "the". Brought up to date after each import from the search
-- index's vocabulary (class_search_vocab); "#classes" holds the number of classes counted.
CREATE VIRTUAL TABLE class_search_vocab USING fts5vocab(class_search, 'row');
CREATE TABLE word_counts (
    stem TEXT PRIMARY KEY,
    classes INTEGER NOT NULL
) WITHOUT ROWID;
