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
import java.util.function.Predicate;
import org.disclosure.etl.extract.CsvExtractWriter;
import org.disclosure.etl.warehouse.Partition;

/**
 * A table of the site computed place by place (report year and province) from the facts of the
 * place's reports (cross-year checks, outcomes): a place's rows are {@code data/<year>/<province>/<file>},
 * beside its partitions, computed again only when what they are computed from changed since the site
 * before, else that site's piece carried over by hard link; {@code data/<file>} is the pieces one after
 * the other under one header. A night computes the rows of the places it touched, not every place's.
 */
final class PlacePieces {

    private final String file;
    private final Path data;
    private final Optional<Path> previous;

    /** @param previous the {@code data/} folder of the site before */
    PlacePieces(String file, Path data, Optional<Path> previous) {
        this.file = file;
        this.data = data;
        this.previous = previous;
    }

    /** Where the rows of {@code place} are. */
    Path of(Partition place) {
        return data.resolve(place.placeFolder()).resolve(file);
    }

    /**
     * Carries the piece of each of {@code places} that did not {@code change} and the site before has;
     * returns the places whose pieces are still to be computed.
     */
    SortedSet<Partition> carry(Collection<Partition> places, Predicate<Partition> changed) throws IOException {
        SortedSet<Partition> compute = new TreeSet<>();
        for (Partition place : places) {
            if (!SiteFolder.carried(previous, place.placeFolder() + "/" + file, data, !changed.test(place))) {
                compute.add(place);
            }
        }
        return compute;
    }

    /** Writes {@code data/<file>} from the pieces of {@code places}, in order: the header alone when there are none. */
    void assemble(Collection<Partition> places, String[] header) throws IOException {
        Path whole = data.resolve(file);
        if (places.isEmpty()) {
            try (CsvExtractWriter empty = new CsvExtractWriter(whole, header, Set.of())) {
                empty.commit();
            }
            return;
        }
        List<Path> pieces = new TreeSet<>(places).stream().map(this::of).toList();
        try (OutputStream out = Files.newOutputStream(whole)) {
            StackedCsv.stack(pieces, out);
        }
    }
}
