-- A confirmed ticket whose deposit no longer matches the verdicts (a changed answer made one of
-- its markets ineligible) is flagged, never silently kept: outdated_at is when that was found.
ALTER TABLE tickets ADD COLUMN outdated_at TEXT;
