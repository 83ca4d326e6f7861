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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * China's administrative divisions by code and by name ({@code data/reference/divisions.csv}), with
 * the short names places are also printed by (山西 for 山西省, 忻州 for 忻州市, 宁夏 for 宁夏回族自治区)
 * and the names counties had before they became districts or cities ({@code former_names.csv}
 * beside it: 章丘市 for 章丘区), so that an older report is placed under today's code.
 */
public final class Gazetteer {

    /** The copy packaged into the jar, used where no file is configured or found. */
    public static final String RESOURCE = "/reference/divisions.csv";
    public static final String FORMER_NAMES = "former_names.csv";

    private static final String[] SUFFIXES = {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市", "地区", "盟"};

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<Division, String> shortNames = new HashMap<>();
    private int longestName;

    private Gazetteer(BufferedReader csv) throws IOException {
        String line = csv.readLine(); // header
        while ((line = csv.readLine()) != null) {
            String[] f = line.split(",", -1);
            if (f.length < 5) {
                continue;
            }
            Division d = new Division(f[0], f[1], Division.Level.valueOf(f[2].toUpperCase(Locale.ROOT)), f[3], f[4].equals("1"));
            byCode.put(d.code(), d);
            byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            longestName = Math.max(longestName, d.name().length());
            if (d.level() == Division.Level.PROVINCE || d.level() == Division.Level.PREFECTURE) {
                shortNames.put(d, shortName(d.name()));
            }
        }
    }

    /** The gazetteer at {@code file} with the former names beside it, or the packaged one where the file does not exist. */
    public static Gazetteer load(Path file) {
        try {
            if (file != null && Files.isRegularFile(file)) {
                Gazetteer gazetteer;
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    gazetteer = new Gazetteer(reader);
                }
                Path former = file.resolveSibling(FORMER_NAMES);
                if (Files.isRegularFile(former)) {
                    try (BufferedReader reader = Files.newBufferedReader(former, StandardCharsets.UTF_8)) {
                        gazetteer.addFormerNames(reader);
                    }
                }
                return gazetteer;
            }
            return packaged();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + file, e);
        }
    }

    public static Gazetteer packaged() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
             InputStream former = Gazetteer.class.getResourceAsStream("/reference/" + FORMER_NAMES)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer " + RESOURCE + " missing from the classpath");
            }
            Gazetteer gazetteer = new Gazetteer(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            if (former != null) {
                gazetteer.addFormerNames(new BufferedReader(new InputStreamReader(former, StandardCharsets.UTF_8)));
            }
            return gazetteer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each former name finds the division that took its place (former_name, code, …). */
    private void addFormerNames(BufferedReader csv) throws IOException {
        String line = csv.readLine(); // header
        while ((line = csv.readLine()) != null) {
            String[] f = line.split(",", -1);
            Division successor = f.length < 2 ? null : byCode.get(f[1]);
            if (successor != null && !named(f[0]).contains(successor)) {
                byName.computeIfAbsent(f[0], k -> new ArrayList<>()).add(successor);
                longestName = Math.max(longestName, f[0].length());
            }
        }
    }

    /** Every division, by code. */
    public List<Division> all() {
        return byCode.values().stream().sorted(java.util.Comparator.comparing(Division::code)).toList();
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    public int longestName() {
        return longestName;
    }

    /** The division and its ancestors, most specific first. */
    public List<Division> lineage(Division d) {
        List<Division> lineage = new ArrayList<>();
        for (Division at = d; at != null; at = byCode.get(at.parentCode())) {
            lineage.add(at);
        }
        return lineage;
    }

    public boolean isWithin(Division d, Division ancestor) {
        for (Division at = byCode.get(d.parentCode()); at != null; at = byCode.get(at.parentCode())) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** A province's or prefecture's name without its type (山西, 忻州, 宁夏), or empty if too short to trust. */
    public String shortName(Division d) {
        return shortNames.getOrDefault(d, "");
    }

    private static String shortName(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return "";
    }
}
