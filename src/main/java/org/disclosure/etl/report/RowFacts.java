package org.disclosure.etl.report;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one aligned row's cells as the facts of its codebook columns. */
final class RowFacts {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private RowFacts() {
    }

    static List<Fact> read(RowDefinition row, List<String> cells, String context) throws RowSkipException {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < row.columns().size(); i++) {
            ColumnDefinition column = row.columns().get(i);
            String raw = cells.get(i);
            NumberCell cell = NumberCell.parse(raw).orElseThrow(() -> new RowSkipException(
                    SkipReason.UNPARSEABLE_NUMBER, column.code() + ": '" + raw.strip() + "' is not a number", row));
            facts.add(column.money() ? money(row, column, cell, context) : count(row, column, cell));
        }
        return facts;
    }

    private static Fact count(RowDefinition row, ColumnDefinition column, NumberCell cell) throws RowSkipException {
        boolean moneyUnit = cell.scale() == NumberCell.Scale.YUAN || cell.scale() == NumberCell.Scale.TEN_THOUSAND_YUAN;
        if (!cell.isInteger() || moneyUnit) {
            throw new RowSkipException(SkipReason.UNPARSEABLE_NUMBER,
                    column.code() + ": '" + cell.raw().strip() + "' is not a whole count", row);
        }
        if (cell.value().signum() < 0 && !column.signed()) {
            throw new RowSkipException(SkipReason.NEGATIVE_VALUE,
                    column.code() + ": negative count '" + cell.raw().strip() + "'", row);
        }
        return fact(row, column, cell.value(), Unit.COUNT, cell.raw());
    }

    private static Fact money(RowDefinition row, ColumnDefinition column, NumberCell cell, String context)
            throws RowSkipException {
        if (cell.value().signum() < 0) {
            throw new RowSkipException(SkipReason.NEGATIVE_VALUE,
                    column.code() + ": negative amount '" + cell.raw().strip() + "'", row);
        }
        NumberCell.Scale scale = cell.scale() == NumberCell.Scale.NONE ? statedScale(context) : cell.scale();
        return switch (scale) {
            case YUAN -> fact(row, column, cell.value(), Unit.YUAN, cell.raw());
            case TEN_THOUSAND_YUAN -> fact(row, column, cell.value().multiply(TEN_THOUSAND), Unit.YUAN, cell.raw());
            case NONE -> fact(row, column, cell.value(), Unit.UNKNOWN, cell.raw());
            case COUNT_WORD -> throw new RowSkipException(SkipReason.UNPARSEABLE_NUMBER,
                    column.code() + ": '" + cell.raw().strip() + "' is not an amount of money", row);
        };
    }

    /** The unit a table header states for its money column, e.g. 本年收费金额（单位：万元）. */
    private static NumberCell.Scale statedScale(String context) {
        String header = Normalizer.normalize(Optional.ofNullable(context).orElse(""), Normalizer.Form.NFKC)
                .replaceAll("\\s+", "");
        if (header.contains("万元")) {
            return NumberCell.Scale.TEN_THOUSAND_YUAN;
        }
        if (header.contains("单位:元") || header.contains("(元)")) {
            return NumberCell.Scale.YUAN;
        }
        return NumberCell.Scale.NONE;
    }

    private static Fact fact(RowDefinition row, ColumnDefinition column, BigDecimal value, Unit unit, String raw) {
        BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return new Fact(row.section(), row.tableCode(), row.rowCode(), column.code(),
                plain.scale() < 0 ? plain.setScale(0) : plain, unit, raw.strip());
    }
}
