package org.disclosure.etl.warehouse;

import java.util.Comparator;

/**
 * What the extracts write together: the reports of one report year and province. A report whose year
 * or province could not be read is in the {@code undated} or {@code unplaced} partition.
 */
public record Partition(Integer year, String province) implements Comparable<Partition> {

    public static final String UNDATED = "undated";
    public static final String UNPLACED = "unplaced";

    private static final Comparator<Partition> ORDER = Comparator.comparing(Partition::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Partition::province, Comparator.nullsLast(Comparator.naturalOrder()));

    public Partition {
        province = province == null || province.isEmpty() ? null : province;
    }

    /** From a report's year and province columns as text (empty or null where unknown). */
    public static Partition of(String year, String province) {
        return new Partition(year == null || year.isEmpty() ? null : Integer.valueOf(year), province);
    }

    /** Its folder in a partitioned set, {@code 2021/山西省}, {@code 2021/unplaced} or {@code undated/unplaced}. */
    public String folder() {
        return (year == null ? UNDATED : year.toString()) + "/" + (province == null ? UNPLACED : province);
    }

    /** The partition of a folder name made by {@link #folder}. */
    public static Partition ofFolder(String folder) {
        String[] parts = folder.split("/", 2);
        return new Partition(parts[0].equals(UNDATED) ? null : Integer.valueOf(parts[0]), parts[1].equals(UNPLACED) ? null : parts[1]);
    }

    @Override
    public int compareTo(Partition other) {
        return ORDER.compare(this, other);
    }
}
