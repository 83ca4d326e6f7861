package org.disclosure.etl.report;

/** The two official table formats: 2019 (report years up to 2020) and the revised 2021 format. */
public enum Template {
    T2019("2019"),
    T2021("2021");

    private final String code;

    Template(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Template ofCode(String code) {
        for (Template t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown template " + code);
    }

    /** The format in force for a report year: the revised tables apply from reports on 2021. */
    public static Template forReportYear(int year) {
        return year >= 2021 ? T2021 : T2019;
    }
}
