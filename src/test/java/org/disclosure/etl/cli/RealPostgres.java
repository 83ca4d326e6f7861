package org.disclosure.etl.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL server for the end-to-end tests, from binaries packaged on Maven Central (no
 * Docker), quiet, unpacked under {@code target/} rather than the system temp folder, on a fixed port
 * and data folder so that a test can stop and restart it under a running ingest.
 */
final class RealPostgres implements AutoCloseable {

    private final int port;
    private final Path data;
    private EmbeddedPostgres server;

    private RealPostgres(int port, Path data) {
        this.port = port;
        this.data = data;
    }

    static RealPostgres start(Path data) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        RealPostgres postgres = new RealPostgres(port, data);
        postgres.up();
        return postgres;
    }

    /** Starts the server again on the same port and data, as an operator's {@code pg_ctl start} does. */
    void up() throws IOException {
        server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(new File("target/embedded-pg"))
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD).setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Stops the server ({@code pg_ctl stop -m fast}): every connection is cut. */
    void down() throws IOException {
        server.close();
        server = null;
    }

    String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    EmbeddedPostgres server() {
        return server;
    }

    /** As operators pass credentials: in the environment. */
    static Map<String, String> credentials() {
        return Map.of("SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "");
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            down();
        }
    }
}
