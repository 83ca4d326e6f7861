package org.disclosure.etl.cli;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.disclosure.etl.batch.IngestSettings;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

/**
 * What each {@code ingest:} setting of a job file may hold, checked before the application starts so
 * that a wrong value is a usage error naming its key, not a failure deep in the start-up or a run
 * that fails every file. The other settings are text (folders, commands, URLs).
 */
final class JobFileValues {

    private static final Map<String, Function<String, Optional<String>>> RULES = Map.of(
            "threads", v -> wholeNumber(v, 1, IngestSettings.MAX_THREADS),
            "chunk-size", v -> wholeNumber(v, 1, 100_000),
            "max-pages", v -> wholeNumber(v, 1, Integer.MAX_VALUE),
            "max-seconds-per-file", v -> wholeNumber(v, 1, Integer.MAX_VALUE),
            "max-file-size", JobFileValues::size,
            "max-database-outage", JobFileValues::duration,
            "max-database-silence", JobFileValues::duration,
            "worker-answer-timeout", JobFileValues::duration);

    private JobFileValues() {
    }

    /** Why {@code value} cannot be the setting {@code key} (kebab-case), if it cannot. */
    static Optional<String> problem(String key, Object value) {
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            return Optional.of("takes one value, not a list or a mapping");
        }
        Function<String, Optional<String>> rule = RULES.get(key);
        return rule == null || value == null ? Optional.empty() : rule.apply(String.valueOf(value).strip());
    }

    private static Optional<String> wholeNumber(String value, int min, int max) {
        try {
            long n = Long.parseLong(value);
            return n >= min && n <= max ? Optional.empty()
                    : Optional.of(value + " is out of range (" + min + (max == Integer.MAX_VALUE ? " or more" : " to " + max) + ")");
        } catch (NumberFormatException e) {
            return Optional.of(value + " is not a whole number");
        }
    }

    private static Optional<String> size(String value) {
        try {
            return DataSize.parse(value).toBytes() > 0 ? Optional.empty() : Optional.of(value + " is not a size above zero");
        } catch (IllegalArgumentException e) {
            return Optional.of(value + " is not a size (e.g. 100MB)");
        }
    }

    private static Optional<String> duration(String value) {
        try {
            Duration d = DurationStyle.detectAndParse(value);
            return d.isNegative() || d.isZero() ? Optional.of(value + " is not a duration above zero") : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(value + " is not a duration (e.g. 10m)");
        }
    }
}
