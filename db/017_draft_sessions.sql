-- Which running program writes a draft (its session, a lock file held while it runs): a program that starts
-- reopens only the drafts of programs no longer running (closed, crashed or killed), never those of another
-- window still open on the same library. NULL: written before sessions were kept, reopened as before.
ALTER TABLE notes_drafts ADD COLUMN session TEXT;
ALTER TABLE audit_drafts ADD COLUMN session TEXT;
