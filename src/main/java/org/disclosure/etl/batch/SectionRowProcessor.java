package org.disclosure.etl.batch;

import org.disclosure.etl.report.RowSkipException;
import org.disclosure.etl.report.SectionTable;
import org.disclosure.etl.warehouse.StagedRow;
import org.springframework.batch.item.ItemProcessor;

/**
 * Maps one staged row of a section to facts. Side-effect free: a skip rolls the chunk back and
 * replays it. A row that is only table furniture is filtered out (no facts, no skip).
 */
public class SectionRowProcessor implements ItemProcessor<StagedRow, MappedRow> {

    private final SectionTable table;

    public SectionRowProcessor(SectionTable table) {
        this.table = table;
    }

    @Override
    public MappedRow process(StagedRow staged) throws RowSkipException {
        var facts = table.map(staged.row(), staged.template());
        return facts.isEmpty() ? null : new MappedRow(staged, facts);
    }
}
