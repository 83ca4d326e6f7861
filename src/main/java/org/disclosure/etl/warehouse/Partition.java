package org.disclosure.etl.warehouse;

import java.util.Comparator;

/**
 * What the extracts write together: a part of the reports of one report year and province, of at
 * most {@link #PART_SIZE} reports, so that a night rewrites parts of bounded size whatever the
 * warehouse holds. A report whose year or province could not be read is in the {@code undated} or
 * {@code unplaced} partitions. {@code part} is null only where a report's part is not yet assigned
 * (a mark saying the place has such reports).
 */
public record Partition(Integer year, String province, Integer part) implements Comparable<Partition> {

    /** Reports a part holds: enough that a national warehouse is some 10,000 parts, few enough that a night rewrites little. */
    public static final int PART_SIZE = 100;
    public static final String UNDATED = "undated";
    public static final String UNPLACED = "unplaced";

    private static final Comparator<Partition> ORDER = Comparator.comparing(Partition::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Partition::province, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Partition::part, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Partition {
        province = province == null || province.isEmpty() ? null : province;
    }

    /** From a report's year, province and part columns as text (empty or null where unknown). */
    public static Partition of(String year, String province, String part) {
        return new Partition(year == null || year.isEmpty() ? null : Integer.valueOf(year), province,
                part == null || part.isEmpty() ? null : Integer.valueOf(part));
    }

    /** Its year and province, the place its reports have: what a download holds. */
    public Partition place() {
        return new Partition(year, province, null);
    }

    /** Its folder in a partitioned set: {@code 2021/山西省/0001}, {@code 2021/unplaced/0001} or {@code undated/unplaced/0001}. */
    public String folder() {
        if (part == null) {
            throw new IllegalStateException("a report of " + year + " " + province + " without a part");
        }
        return placeFolder() + "/" + String.format("%04d", part);
    }

    /** The folder of its place, that holds its parts' folders: {@code 2021/山西省}. */
    public String placeFolder() {
        return (year == null ? UNDATED : year.toString()) + "/" + (province == null ? UNPLACED : province);
    }

    /** The partition of a folder name made by {@link #folder}. */
    public static Partition ofFolder(String folder) {
        String[] parts = folder.split("/", 3);
        return new Partition(parts[0].equals(UNDATED) ? null : Integer.valueOf(parts[0]), parts[1].equals(UNPLACED) ? null : parts[1],
                Integer.valueOf(parts[2]));
    }

    @Override
    public int compareTo(Partition other) {
        return ORDER.compare(this, other);
    }
}
