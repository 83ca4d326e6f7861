package org.disclosure.etl.jurisdiction;

/**
 * Where a report belongs, as reports.csv gives it: the place named in its title, the level of its
 * issuer, the divisions it lies in (full official names; empty where not applicable or not
 * resolved) and the code of the most specific division resolved.
 *
 * @param warning {@code JURISDICTION_AMBIGUOUS}, {@code JURISDICTION_UNKNOWN}, or empty
 */
public record Jurisdiction(String name, String level, String province, String prefecture, String county,
                           String divisionCode, String warning) {

    public static final String AMBIGUOUS = "JURISDICTION_AMBIGUOUS";
    public static final String UNKNOWN = "JURISDICTION_UNKNOWN";
    public static final String NATIONAL = "national";
    public static final String DEPARTMENT = "department";

    static Jurisdiction unresolved(String name, String level, String warning) {
        return new Jurisdiction(name, level, "", "", "", "", warning);
    }
}
