-- Staging per report section instead of per table row: a section step's item is one report's
-- section, mapped whole, which cuts the statements per report from dozens to a handful.
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
