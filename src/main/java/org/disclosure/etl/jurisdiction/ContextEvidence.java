package org.disclosure.etl.jurisdiction;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence in a report for one of several divisions of the same name: the names of its prefecture
 * and province (full, or short as in 忻州随手拍) in the text or the harvester's folder path, the
 * province of the phone area codes it prints, and provincial web domains.
 */
final class ContextEvidence {

    /** Phrases that contain a place's short name without naming it. */
    private static final Pattern IDIOMS = Pattern.compile("长治久安|幸福安康|国泰民安|天下太平|和平共处");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(0[1-9]\\d{1,2})[-－—–\\s)）]{0,2}\\d{7,8}(?!\\d)");
    private static final Pattern GOV_DOMAIN = Pattern.compile("([a-z0-9-]+)\\.gov\\.cn", Pattern.CASE_INSENSITIVE);

    /** Area-code prefixes by province code: the long-distance codes' regional plan. */
    private static final TreeMap<String, String> AREA_CODES = new TreeMap<>();
    /** Provincial government web domains (the label before .gov.cn). */
    private static final Map<String, String> DOMAINS = Map.ofEntries(
            Map.entry("beijing", "110000"), Map.entry("tj", "120000"), Map.entry("hebei", "130000"),
            Map.entry("shanxi", "140000"), Map.entry("nmg", "150000"), Map.entry("ln", "210000"),
            Map.entry("jl", "220000"), Map.entry("hlj", "230000"), Map.entry("shanghai", "310000"),
            Map.entry("jiangsu", "320000"), Map.entry("zj", "330000"), Map.entry("ah", "340000"),
            Map.entry("fujian", "350000"), Map.entry("jiangxi", "360000"), Map.entry("shandong", "370000"),
            Map.entry("henan", "410000"), Map.entry("hubei", "420000"), Map.entry("hunan", "430000"),
            Map.entry("gd", "440000"), Map.entry("gxzf", "450000"), Map.entry("hainan", "460000"),
            Map.entry("cq", "500000"), Map.entry("sc", "510000"), Map.entry("guizhou", "520000"),
            Map.entry("yn", "530000"), Map.entry("xizang", "540000"), Map.entry("shaanxi", "610000"),
            Map.entry("gansu", "620000"), Map.entry("qinghai", "630000"), Map.entry("nx", "640000"),
            Map.entry("xinjiang", "650000"));

    static {
        area("110000", "010");
        area("120000", "022");
        area("130000", "031", "0335");
        area("140000", "0349", "035");
        area("150000", "047", "048");
        area("210000", "024", "041", "042");
        area("220000", "043");
        area("230000", "045", "046");
        area("310000", "021");
        area("320000", "025", "051", "052");
        area("330000", "057", "058");
        area("340000", "055", "056");
        area("350000", "059");
        area("360000", "070", "079");
        area("370000", "053", "054");
        area("410000", "037", "039");
        area("420000", "027", "071", "072");
        area("430000", "073", "074");
        area("440000", "020", "066", "075", "076");
        area("450000", "077");
        area("460000", "0898");
        area("500000", "023");
        area("510000", "028", "081", "082", "083");
        area("520000", "085");
        area("530000", "069", "087", "088");
        area("540000", "0891", "0892", "0893", "0894", "0895", "0896", "0897");
        area("610000", "029", "091");
        area("620000", "093", "094");
        area("630000", "097");
        area("640000", "095");
        area("650000", "090", "099");
    }

    private static void area(String province, String... prefixes) {
        for (String prefix : prefixes) {
            AREA_CODES.put(prefix, province);
        }
    }

    private final Gazetteer gazetteer;

    ContextEvidence(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** What a report says about its whereabouts, read once and scored for each candidate. */
    record Clues(String text, List<String> folders, Set<String> phoneProvinces, Set<String> domainProvinces) {
    }

    Clues clues(String text, String sourcePath) {
        String cleaned = IDIOMS.matcher(text).replaceAll("");
        List<String> folders = List.of(sourcePath.replace('\\', '/').split("/"));
        Set<String> phones = new java.util.HashSet<>();
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            String code = phone.group(1);
            for (int length = code.length(); length >= 3; length--) {
                String province = AREA_CODES.get(code.substring(0, length));
                if (province != null) {
                    phones.add(province);
                    break;
                }
            }
        }
        Set<String> domains = new java.util.HashSet<>();
        Matcher domain = GOV_DOMAIN.matcher(text);
        while (domain.find()) {
            String province = DOMAINS.get(domain.group(1).toLowerCase(java.util.Locale.ROOT));
            if (province != null) {
                domains.add(province);
            }
        }
        return new Clues(cleaned, folders, phones, domains);
    }

    /** How strongly the clues point to {@code candidate}: 0 where they say nothing about it. */
    int score(Division candidate, Clues clues) {
        int score = 0;
        for (Division a : gazetteer.lineage(candidate)) {
            if (a.equals(candidate)) {
                continue;
            }
            score += named(a.name(), clues, 2);
            String shortName = gazetteer.shortName(a);
            if (!shortName.isEmpty()) {
                score += named(shortName, clues, 1);
            }
            if (a.level() == Division.Level.PROVINCE) {
                score += clues.phoneProvinces().contains(a.code()) ? 2 : 0;
                score += clues.domainProvinces().contains(a.code()) ? 1 : 0;
            }
        }
        return score;
    }

    /**
     * Whether anything besides an OCR'd title confirms {@code division}: its name as printed, its own
     * or any division's above it (full, or short), in the file's name or folders or in the text more
     * often than in the title; or its province's phone area codes or web domain.
     */
    boolean corroborates(Division division, String printedName, Clues clues, String title) {
        String compactTitle = IDIOMS.matcher(title.replaceAll("\\s+", "")).replaceAll("");
        java.util.List<String> names = new java.util.ArrayList<>(List.of(printedName));
        for (Division a : gazetteer.lineage(division)) {
            names.add(a.name());
            names.add(gazetteer.shortName(a));
            if (a.level() == Division.Level.PROVINCE
                    && (clues.phoneProvinces().contains(a.code()) || clues.domainProvinces().contains(a.code()))) {
                return true;
            }
        }
        String text = clues.text().replaceAll("\\s+", "");
        return names.stream().filter(n -> n.length() >= 2).anyMatch(n -> clues.folders().stream().anyMatch(f -> f.contains(n))
                || occurrences(text, n) > occurrences(compactTitle, n));
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    private static int named(String name, Clues clues, int weight) {
        int score = 0;
        if (clues.folders().stream().anyMatch(f -> f.contains(name))) {
            score += 2 * weight;
        }
        if (clues.text().contains(name)) {
            score += weight;
        }
        return score;
    }
}
