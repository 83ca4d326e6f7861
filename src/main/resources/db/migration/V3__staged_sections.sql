-- Staging per report section instead of per table row: a section step's item is one report's
-- section, mapped and checked whole, which cuts the statements per report from dozens to a handful.
-- Reports caught between read and check by this upgrade are read again from the start.
DELETE FROM facts WHERE report_id IN (SELECT report_id FROM reports WHERE status = 'read');
DELETE FROM skips WHERE report_id IN (SELECT report_id FROM reports WHERE status = 'read');
DELETE FROM checks WHERE report_id IN (SELECT report_id FROM reports WHERE status = 'read');
DELETE FROM narrative_sections WHERE report_id IN (SELECT report_id FROM reports WHERE status = 'read');
UPDATE reports SET status = 'pending' WHERE status = 'read';
DROP TABLE staged_rows;

-- body: the section's rows, each string length-prefixed (see StagingRepository).
CREATE TABLE staged_sections (
    report_id VARCHAR(16) NOT NULL,
    section   SMALLINT    NOT NULL,
    template  VARCHAR(4)  NOT NULL,
    body      VARCHAR     NOT NULL,
    PRIMARY KEY (report_id, section)
);

-- What the read step found missing, and whether a loaded amount has no unit: with the counts the
-- section steps add up (facts, skipped_rows, failed_checks), all that settling a report's status needs.
ALTER TABLE reports ADD COLUMN missing_sections VARCHAR(20);
ALTER TABLE reports ADD COLUMN unit_unknown BOOLEAN DEFAULT FALSE NOT NULL;
