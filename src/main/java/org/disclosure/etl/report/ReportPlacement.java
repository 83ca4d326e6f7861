package org.disclosure.etl.report;

import java.util.Optional;
import org.disclosure.etl.jurisdiction.Jurisdiction;
import org.disclosure.etl.jurisdiction.JurisdictionResolver;

/**
 * Where a located report belongs. A title read as printed is placed as it reads; a title read by OCR
 * only where something else confirms the place ({@link JurisdictionResolver#resolveRecognized}), and
 * where it cannot be placed so, the file's name, which OCR did not produce, names the issuer and
 * year instead when it reads as a report's title and places (绵阳市2023年政府信息公开工作年度报告.pdf).
 */
public final class ReportPlacement {

    private final JurisdictionResolver places;

    public ReportPlacement(JurisdictionResolver places) {
        this.places = places;
    }

    /** The report as placed: its title (the file name's where that placed it) and its place. */
    public record Placed(LocatedReport located, Jurisdiction place) {
    }

    public Placed place(LocatedReport located, String sourceFile) {
        ReportTitle title = located.title();
        if (!title.recognized()) {
            return new Placed(located, places.resolve(title.agency(), title.jurisdiction(), located.text(), sourceFile));
        }
        Jurisdiction read = places.resolveRecognized(title.agency(), title.jurisdiction(), located.text(), sourceFile, title.title());
        if (!read.divisionCode().isEmpty() || Jurisdiction.NATIONAL.equals(read.level())) {
            return new Placed(located, read);
        }
        Optional<ReportTitle> named = TitleLocator.fromFileName(sourceFile);
        if (named.isPresent()) {
            Jurisdiction byName = places.resolve(named.get().agency(), named.get().jurisdiction(), located.text(), sourceFile);
            if (!byName.divisionCode().isEmpty()) {
                Integer year = title.reportYear() != null ? title.reportYear() : named.get().reportYear();
                return new Placed(located.withTitle(new ReportTitle(title.title(), named.get().jurisdiction(), named.get().agency(),
                        year, true)), byName);
            }
        }
        return new Placed(located, read);
    }
}
