-- Operations: how long each file took to read, and the lock that keeps two runs from overlapping.
ALTER TABLE reports ADD COLUMN read_ms INTEGER;

-- One row. owner is 'host:pid' of the run holding the warehouse, or NULL; a run refreshes
-- heartbeat_at while it works, so a lock left by a killed run on another host goes stale.
CREATE TABLE run_lock (
    lock_id      INTEGER      NOT NULL PRIMARY KEY,
    owner        VARCHAR(200),
    acquired_at  TIMESTAMP,
    heartbeat_at TIMESTAMP
);
INSERT INTO run_lock (lock_id, owner, acquired_at, heartbeat_at) VALUES (1, NULL, NULL, NULL);
