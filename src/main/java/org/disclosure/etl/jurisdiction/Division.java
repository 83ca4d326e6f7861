package org.disclosure.etl.jurisdiction;

/**
 * One administrative division of the gazetteer.
 *
 * @param code            6 digits (province, prefecture, county) or 9 (township)
 * @param parentCode      empty for a province
 * @param statisticalOnly a unit that exists for statistics only (a development zone)
 */
public record Division(String code, String name, Level level, String parentCode, boolean statisticalOnly) {

    public enum Level {
        PROVINCE, PREFECTURE, COUNTY, TOWNSHIP;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
