package org.disclosure.etl.warehouse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.etl.inbox.InboxFile;
import org.disclosure.etl.inbox.KnownHash;
import org.disclosure.etl.inbox.KnownHashes;
import org.springframework.jdbc.core.JdbcTemplate;

/** What each inbox path held when it was last hashed (size, modification time, SHA-256), so that discovery need not read it again. */
public final class InboxHashRepository implements KnownHashes {

    private final JdbcTemplate jdbc;

    public InboxHashRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, KnownHash> of(List<String> sourceFiles) {
        Map<String, KnownHash> known = new HashMap<>();
        if (sourceFiles.isEmpty()) {
            return known;
        }
        jdbc.query("SELECT source_file, file_size, modified_ns, sha256 FROM inbox_hashes WHERE source_file IN ("
                + SqlLists.placeholders(sourceFiles.size()) + ")", rs -> {
                    known.put(rs.getString(1), new KnownHash(rs.getLong(2), rs.getLong(3), rs.getString(4)));
                }, sourceFiles.toArray());
        return known;
    }

    /** Remembers the files a scan hashed, in place of what their paths held before. */
    public void remember(List<InboxFile> hashed) {
        jdbc.batchUpdate("DELETE FROM inbox_hashes WHERE source_file = ?", hashed.stream().map(f -> new Object[] {f.sourceFile()}).toList());
        jdbc.batchUpdate("INSERT INTO inbox_hashes (source_file, file_size, modified_ns, sha256) VALUES (?, ?, ?, ?)",
                hashed.stream().map(f -> new Object[] {f.sourceFile(), f.size(), f.modifiedNanos(), f.sha256()}).toList());
    }
}
