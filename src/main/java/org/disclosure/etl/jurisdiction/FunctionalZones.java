package org.disclosure.etl.jurisdiction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Functional zones with an administration of their own that the statistical division codes do not
 * name (综合实验区, 国家级新区, 合作区, 自贸区新片区), each mapped to the division that hosts it, from
 * the curated {@code data/reference/zones.csv} (a source for every row). A zone not listed stays
 * unplaced, as any unknown name does.
 */
public final class FunctionalZones {

    public static final String RESOURCE = "/reference/zones.csv";

    /** A zone, by the name and the aliases it is printed by, and its host division's code. */
    public record Zone(String name, List<String> printedAs, String hostCode) {
    }

    private final List<Zone> zones = new ArrayList<>();
    /** Every printed name of every zone, longest first, so that 福建平潭综合实验区 wins over 平潭综合实验区. */
    private final List<String[]> names = new ArrayList<>();

    private FunctionalZones(BufferedReader csv) throws IOException {
        String line = csv.readLine(); // header
        while ((line = csv.readLine()) != null) {
            String[] f = line.split(",", -1);
            if (f.length < 3 || f[0].isBlank()) {
                continue;
            }
            List<String> printed = new ArrayList<>(List.of(f[0].strip()));
            for (String alias : f[1].split(";")) {
                if (!alias.isBlank()) {
                    printed.add(alias.strip());
                }
            }
            Zone zone = new Zone(f[0].strip(), List.copyOf(printed), f[2].strip());
            zones.add(zone);
            printed.forEach(p -> names.add(new String[] {p, String.valueOf(zones.size() - 1)}));
        }
        names.sort(Comparator.comparingInt((String[] n) -> n[0].length()).reversed());
    }

    /** The zones listed beside the gazetteer ({@code data/reference/zones.csv}), as the former names are; the packaged list without one. */
    public static FunctionalZones besideGazetteer(Path gazetteer) {
        return load(gazetteer == null ? null : gazetteer.resolveSibling("zones.csv"));
    }

    /** The zones listed in {@code file}, or the packaged list where the file does not exist. */
    public static FunctionalZones load(Path file) {
        try {
            if (file != null && Files.isRegularFile(file)) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return new FunctionalZones(reader);
                }
            }
            try (InputStream in = FunctionalZones.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("zones " + RESOURCE + " missing from the classpath");
                }
                return new FunctionalZones(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the zones " + file, e);
        }
    }

    /** The zone a name starts with, and the printed name it starts with. */
    public Optional<Printed> leading(String name) {
        for (String[] n : names) {
            if (name.startsWith(n[0])) {
                return Optional.of(new Printed(zones.get(Integer.parseInt(n[1])), n[0]));
            }
        }
        return Optional.empty();
    }

    public record Printed(Zone zone, String as) {
    }
}
