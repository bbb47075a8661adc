-- The analyst who made an audit, as the report's title block and signature block name them: an audit reopened
-- later, or by someone else, still says who decided it.
ALTER TABLE audits ADD COLUMN analyst TEXT NOT NULL DEFAULT '';
