-- A night's summary and review page ask for the reports, skips and checks of one run: by index, so
-- that their cost follows the night, not the warehouse (a scan of a national warehouse's reports and
-- skips every night otherwise).
CREATE INDEX reports_run ON reports (run_id);
CREATE INDEX skips_run ON skips (run_id);

-- What each inbox path held when it was last hashed: a file of the same size and modification time is
-- not read again to be hashed (rsync's quick check; ingest.rehash turns it off), so that a night reads
-- its new and changed files, not every file the inbox has held.
CREATE TABLE inbox_hashes (
    source_file VARCHAR(2000) NOT NULL PRIMARY KEY,
    file_size   BIGINT        NOT NULL,
    modified_ns BIGINT        NOT NULL,
    sha256      CHAR(64)      NOT NULL
);
