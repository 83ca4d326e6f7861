package org.disclosure.etl.cli;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.disclosure.etl.warehouse.RunLock;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Looks at the run lock over one plain JDBC connection before the application starts, so that a
 * run finding the warehouse busy exits in about a second instead of after the whole start-up. Only
 * a live holder (or an H2 file held open by another program) answers busy; anything else, a missing
 * database or table, an unreachable server, is left to the normal start-up to report.
 */
final class WarehouseProbe {

    private WarehouseProbe() {
    }

    /** Who holds the warehouse, if someone does. */
    static Optional<String> holder(String url, String user, String password) {
        Driver driver;
        String probeUrl = url;
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        if (url.startsWith("jdbc:h2:")) {
            driver = new org.h2.Driver();
            probeUrl = url + ";IFEXISTS=TRUE"; // never create a warehouse just to look at it
        } else if (url.startsWith("jdbc:postgresql:")) {
            driver = new org.postgresql.Driver();
            properties.setProperty("connectTimeout", "3");
            properties.setProperty("socketTimeout", "5");
        } else {
            return Optional.empty();
        }
        try (Connection connection = driver.connect(probeUrl, properties)) {
            if (connection == null) {
                return Optional.empty();
            }
            return new RunLock(JdbcClient.create(new SingleConnectionDataSource(connection, true))).liveHolder(RunLock.self());
        } catch (SQLException e) {
            return heldOpenElsewhere(e);
        } catch (RuntimeException e) {
            return e.getCause() instanceof SQLException sql ? heldOpenElsewhere(sql) : Optional.empty();
        }
    }

    /** An embedded H2 file opened by another process without AUTO_SERVER: that process holds it. */
    static Optional<String> heldOpenElsewhere(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Database may be already in use") || message.contains("The file is locked")) {
                return Optional.of("the warehouse file is held open by another program: " + message.lines().findFirst().orElse(message));
            }
        }
        return Optional.empty();
    }
}
