package org.disclosure.etl.jurisdiction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Places a report in the administrative divisions from its issuer's name, as its title prints it
 * (沂源县教育和体育局, 淮安市洪泽区人民政府, 山东省财政厅): the place chain it starts with, and the
 * level of the body after it (its government, or a department). A name shared by several divisions
 * is settled by what the report says around it ({@link ContextEvidence}); where nothing settles it,
 * the place is left empty with {@link Jurisdiction#AMBIGUOUS}, never guessed.
 */
public final class JurisdictionResolver {

    /** The government itself (or its general office, which issues the government's report). */
    private static final Pattern GOVERNMENT = Pattern.compile(
            "^(?:(?:人民)?政府(?:办公室|办公厅)?|行政公署(?:办公室)?|(?:街道)?办事处|(?:管理)?委员会|管委会)?$");
    private static final Pattern NATIONAL = Pattern.compile("^(?:国务院|国家|中国|中华人民共和国)|(?:部|委员会|总局|总署|署|办公厅)$");
    /** Words only a local body's name holds (a zone's 管理委员会 is not a national 委员会). */
    private static final Pattern LOCAL = Pattern.compile("[省市县区镇乡]|新区|开发区|园区|实验区|合作区|片区|保税");
    private static final Pattern TOWNSHIP_SUFFIX = Pattern.compile("(?:镇|乡|街道|苏木)$");
    private static final Pattern COUNTY_SUFFIX = Pattern.compile("(?:县|旗|区)$");

    private final Gazetteer gazetteer;
    private final FunctionalZones zones;
    private final ContextEvidence evidence;

    public JurisdictionResolver(Gazetteer gazetteer) {
        this(gazetteer, FunctionalZones.load(null));
    }

    public JurisdictionResolver(Gazetteer gazetteer, FunctionalZones zones) {
        this.gazetteer = gazetteer;
        this.zones = zones;
        this.evidence = new ContextEvidence(gazetteer);
    }

    /**
     * @param issuer       the issuing body as printed (agency, e.g. 沂源县教育和体育局)
     * @param printedPlace the place the title names, as the title parser read it (may be empty)
     * @param text         the report's text, for context
     * @param sourcePath   the file's path in the inbox (harvesters file reports by province or city)
     */
    public Jurisdiction resolve(String issuer, String printedPlace, String text, String sourcePath) {
        String subject = (issuer == null || issuer.isBlank() ? printedPlace : issuer).replaceAll("\\s+", "");
        String place = printedPlace == null ? "" : printedPlace.replaceAll("\\s+", "");
        Optional<FunctionalZones.Printed> zone = zones.leading(subject);
        if (zone.isPresent()) {
            return inZone(zone.get(), subject.substring(zone.get().as().length()));
        }
        PlaceChain chain = PlaceChain.of(subject, gazetteer);
        if (chain.conflicting()) {
            return Jurisdiction.unresolved(place.isEmpty() ? subject : place, "", Jurisdiction.UNKNOWN);
        }
        if (chain.links().isEmpty()) {
            if (place.isEmpty() && !subject.isEmpty() && NATIONAL.matcher(subject).find() && !LOCAL.matcher(subject).find()) {
                return Jurisdiction.unresolved("", Jurisdiction.NATIONAL, "");
            }
            return Jurisdiction.unresolved(place, "", Jurisdiction.UNKNOWN);
        }
        // A tail the gazetteer does not know (a renamed town): resolved as far as known, and said so.
        boolean partial = place.length() > chain.printed().length() && place.startsWith(chain.printed());
        String name = partial ? place : chain.printed();
        String remainder = subject.substring(Math.min(subject.length(), name.length()));
        boolean department = !GOVERNMENT.matcher(remainder).matches();

        List<Division> candidates = chain.lastCandidates();
        Division resolved = candidates.size() == 1 ? candidates.get(0) : null;
        if (candidates.size() > 1) {
            resolved = settle(candidates, text == null ? "" : text, sourcePath == null ? "" : sourcePath);
            if (resolved == null) {
                return Jurisdiction.unresolved(name, department ? Jurisdiction.DEPARTMENT : levelOf(candidates.get(0)),
                        Jurisdiction.AMBIGUOUS);
            }
        }
        if (resolved == null) {
            return Jurisdiction.unresolved(name, department ? Jurisdiction.DEPARTMENT : "", Jurisdiction.UNKNOWN);
        }
        String level = department ? Jurisdiction.DEPARTMENT : partial ? levelBySuffix(place) : levelOf(resolved);
        return place(name, level, resolved, partial ? Jurisdiction.UNKNOWN : "");
    }

    /**
     * As {@link #resolve}, for a title read by OCR, which can misread one real place as another (义乌市 as
     * 义马市): the place stands only where something OCR did not produce, or a second mention, confirms
     * it: the file's name or folders, the place or a division above it named again outside the title,
     * its province's phone area codes or web domain ({@link ContextEvidence#corroborates}). Otherwise it
     * is left empty with {@link Jurisdiction#UNKNOWN}: never a different real place.
     *
     * @param title the title as OCR read it, whose own mention of the place confirms nothing
     */
    public Jurisdiction resolveRecognized(String issuer, String printedPlace, String text, String sourcePath, String title) {
        Jurisdiction placed = resolve(issuer, printedPlace, text, sourcePath);
        Optional<Division> division = placed.divisionCode().isEmpty() ? Optional.empty() : gazetteer.byCode(placed.divisionCode());
        if (division.isEmpty() || evidence.corroborates(division.get(), placed.name(),
                evidence.clues(text == null ? "" : text, sourcePath == null ? "" : sourcePath), title == null ? "" : title)) {
            return placed;
        }
        return Jurisdiction.unresolved(placed.name(), placed.level(), Jurisdiction.UNKNOWN);
    }

    /**
     * A body of a functional zone: placed in the division hosting the zone, at that division's level
     * when it is the zone's own administration, as a department when it is one of its bureaus.
     */
    private Jurisdiction inZone(FunctionalZones.Printed zone, String remainder) {
        Division host = gazetteer.byCode(zone.zone().hostCode()).orElse(null);
        if (host == null) {
            return Jurisdiction.unresolved(zone.zone().name(), "", Jurisdiction.UNKNOWN);
        }
        boolean department = !GOVERNMENT.matcher(remainder).matches() && !remainder.matches("^(?:党工委)?管委会$|^党工委$");
        return place(zone.zone().name(), department ? Jurisdiction.DEPARTMENT : levelOf(host), host, "");
    }

    private Division settle(List<Division> candidates, String text, String sourcePath) {
        ContextEvidence.Clues clues = evidence.clues(text, sourcePath);
        Division best = null;
        int bestScore = 0;
        int secondScore = 0;
        for (Division d : candidates) {
            int score = evidence.score(d, clues);
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                best = d;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        return bestScore > secondScore ? best : null;
    }

    private Jurisdiction place(String name, String level, Division division, String warning) {
        String province = "";
        String prefecture = "";
        String county = "";
        for (Division d : gazetteer.lineage(division)) {
            switch (d.level()) {
                case PROVINCE -> province = d.name();
                case PREFECTURE -> prefecture = d.name();
                case COUNTY -> county = d.name();
                default -> {
                }
            }
        }
        return new Jurisdiction(name, level, province, prefecture, county, division.code(), warning);
    }

    /** The level a name not in the gazetteer has by its ending: 镇 is a township, 县 a county. */
    private static String levelBySuffix(String name) {
        if (TOWNSHIP_SUFFIX.matcher(name).find()) {
            return Division.Level.TOWNSHIP.code();
        }
        return COUNTY_SUFFIX.matcher(name).find() ? Division.Level.COUNTY.code() : "";
    }

    private static String levelOf(Division d) {
        return d.level().code();
    }
}
