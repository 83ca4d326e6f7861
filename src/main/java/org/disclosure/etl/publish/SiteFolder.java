package org.disclosure.etl.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.disclosure.etl.files.FolderTree;

/**
 * The folder a site is published to. Publishing replaces the folder whole, so it must be new, empty,
 * or a site published before (its {@code datapackage.json} names this data set): pointed by a slip
 * at a folder holding anything else (the inbox, the warehouse), it is refused and nothing is deleted.
 * A new site carries the files of the site before whose sources did not change.
 */
public final class SiteFolder {

    private SiteFolder() {
    }

    /**
     * Whether the file {@code name} of the site before ({@code previous}, the folder that holds it)
     * could be carried into {@code into}, its sources unchanged, and was: by hard link.
     */
    static boolean carried(Optional<Path> previous, String name, Path into, boolean unchanged) throws IOException {
        Path before = previous.map(p -> p.resolve(name)).filter(Files::isRegularFile).orElse(null);
        if (!unchanged || before == null) {
            return false;
        }
        FolderTree.link(before, into.resolve(name));
        return true;
    }

    /** Why {@code site} cannot be published to, if it cannot. */
    public static Optional<String> refusal(Path site) throws IOException {
        Path folder = site.toAbsolutePath().normalize();
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("site " + folder + " is not a folder");
        }
        Path pkg = folder.resolve("datapackage.json");
        if (Files.isRegularFile(pkg) && Files.readString(pkg, StandardCharsets.UTF_8).contains("\"" + DataPackage.NAME + "\"")) {
            return Optional.empty();
        }
        return FolderTree.contents(folder).map(names -> "site " + folder + " is a folder of other files (" + names
                + "), not a published site: publishing replaces it whole; name a new or empty folder");
    }
}
