package org.disclosure.etl.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.disclosure.etl.extract.CsvExtractWriter;

/**
 * A table of the site computed year by year from every fact of a year (cross-year checks,
 * outcomes): year N's rows are {@code data/<N>/<file>}, computed again only when what they are
 * computed from changed since the site before, else that site's piece carried over by hard link;
 * {@code data/<file>} is the pieces one after the other under one header. A night that loads reports
 * of one year computes that year's rows, not every year's.
 */
final class YearPieces {

    private final String file;
    private final Path data;
    private final Optional<Path> previous;

    /** @param previous the {@code data/} folder of the site before */
    YearPieces(String file, Path data, Optional<Path> previous) {
        this.file = file;
        this.data = data;
        this.previous = previous;
    }

    /** Where year {@code year}'s rows are. */
    Path of(int year) {
        return data.resolve(String.valueOf(year)).resolve(file);
    }

    /**
     * Carries the piece of each of {@code years} that did not {@code change} and the site before has;
     * returns the years whose pieces are still to be computed.
     */
    SortedSet<Integer> carry(Collection<Integer> years, IntPredicate changed) throws IOException {
        SortedSet<Integer> compute = new TreeSet<>();
        for (int year : years) {
            if (!SiteFolder.carried(previous, year + "/" + file, data, !changed.test(year))) {
                compute.add(year);
            }
        }
        return compute;
    }

    /** Writes {@code data/<file>} from the pieces of {@code years}: the header alone when there are none. */
    void assemble(Collection<Integer> years, String[] header) throws IOException {
        Path whole = data.resolve(file);
        if (years.isEmpty()) {
            try (CsvExtractWriter empty = new CsvExtractWriter(whole, header, Set.of())) {
                empty.commit();
            }
            return;
        }
        List<Path> pieces = new TreeSet<>(years).stream().map(this::of).toList();
        try (OutputStream out = Files.newOutputStream(whole)) {
            StackedCsv.stack(pieces, out);
        }
    }
}
