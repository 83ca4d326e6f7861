package org.disclosure.etl.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.disclosure.etl.batch.IngestSettings;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * An operator's job file, read before the application starts: a key Spring would silently ignore
 * (a typo such as {@code chunksize:}) is a usage error naming the key, and the warehouse and its
 * credentials are known early enough to test the run lock before the heavy start-up.
 */
record JobFile(Map<String, Object> properties) {

    /** Top-level sections a job file may hold; {@code spring.*} and {@code logging.*} are Spring's to check. */
    private static final Set<String> SECTIONS = Set.of("ingest", "spring", "logging");
    /** The keys under {@code ingest:}, as written in the README (kebab-case) or as the settings name them (camelCase). */
    private static final Set<String> INGEST_KEYS = Arrays.stream(IngestSettings.class.getRecordComponents())
            .flatMap(c -> java.util.stream.Stream.of(c.getName(), kebab(c.getName()))).collect(Collectors.toSet());

    static JobFile empty() {
        return new JobFile(Map.of());
    }

    /** The settings of application.yml: the defaults every job file overrides. */
    static JobFile defaults() {
        try (Reader in = new java.io.InputStreamReader(JobFile.class.getResourceAsStream("/application.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> flat = new TreeMap<>();
            flatten("", (Map<?, ?>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in), flat);
            return new JobFile(flat);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The file's properties flattened to dotted keys; a usage error if it is not YAML or names an unknown key. */
    static JobFile read(Path file) throws InvalidJobFileException {
        Object root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException | YAMLException e) {
            throw new InvalidJobFileException("job file " + file + " cannot be read: " + firstLine(e.getMessage()));
        }
        Map<String, Object> flat = new TreeMap<>();
        if (root != null && !(root instanceof Map<?, ?>)) {
            throw new InvalidJobFileException("job file " + file + " is not a YAML mapping of settings");
        }
        flatten("", root == null ? Map.of() : (Map<?, ?>) root, flat);
        for (Map.Entry<String, Object> entry : flat.entrySet()) {
            String key = entry.getKey();
            String section = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            if (!SECTIONS.contains(section)) {
                throw new InvalidJobFileException("job file " + file + ": unknown key " + key + " (sections are ingest, spring, logging)");
            }
            if (key.equals(section)) {
                throw new InvalidJobFileException("job file " + file + ": " + section + ": holds no settings"
                        + (entry.getValue() == null || entry.getValue() instanceof Map<?, ?> ? "" : " but the value " + entry.getValue())
                        + " (write them indented under it)");
            }
            if (section.equals("ingest")) {
                String name = key.substring("ingest.".length());
                if (!INGEST_KEYS.contains(name)) {
                    throw new InvalidJobFileException("job file " + file + ": unknown key " + key + suggestion(name));
                }
                Optional<String> wrong = JobFileValues.problem(kebab(name), entry.getValue());
                if (wrong.isPresent()) {
                    throw new InvalidJobFileException("job file " + file + ": " + key + ": " + wrong.get());
                }
            }
        }
        return new JobFile(flat);
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(properties.get(key)).map(String::valueOf);
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> into) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = prefix + e.getKey();
            if (e.getValue() instanceof Map<?, ?> child && !child.isEmpty()) {
                flatten(key + ".", child, into);
            } else {
                into.put(key, e.getValue());
            }
        }
    }

    /** The known key the typo most resembles, ignoring case, dashes and underscores. */
    private static String suggestion(String key) {
        String bare = key.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
        return INGEST_KEYS.stream().filter(k -> k.contains("-") || !k.chars().anyMatch(Character::isUpperCase))
                .filter(k -> k.replace("-", "").equalsIgnoreCase(bare)).findFirst()
                .map(k -> " (did you mean " + k + "?)")
                .orElse(" (known: " + INGEST_KEYS.stream().filter(k -> !k.chars().anyMatch(Character::isUpperCase)).sorted()
                        .collect(Collectors.joining(", ")) + ")");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse(message);
    }

    /** A job file that is not valid: exit code 2 with this message. */
    static final class InvalidJobFileException extends Exception {
        InvalidJobFileException(String message) {
            super(message);
        }
    }
}
