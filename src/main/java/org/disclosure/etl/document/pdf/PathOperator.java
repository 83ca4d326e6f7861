package org.disclosure.etl.document.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * The path operators of a content stream (construction and painting), fed to a
 * {@link PathCollector} so that a text pass also sees the table borders: one pass over each page
 * instead of two.
 */
final class PathOperator extends OperatorProcessor {

    static final List<String> NAMES = List.of("m", "l", "c", "v", "y", "h", "re",
            "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n");

    private final String name;
    private final PathCollector paths;

    PathOperator(PDFStreamEngine context, String name, PathCollector paths) {
        super(context);
        this.name = name;
        this.paths = paths;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) throws IOException {
        float[] n = numbers(operands);
        switch (name) {
            case "m" -> {
                if (n.length >= 2) {
                    paths.moveTo(point(n[0], n[1]));
                }
            }
            case "l" -> {
                if (n.length >= 2) {
                    paths.lineTo(point(n[0], n[1]));
                }
            }
            case "c", "v", "y" -> {
                if (n.length >= 4) {
                    paths.curveTo(point(n[n.length - 2], n[n.length - 1]));
                }
            }
            case "h" -> paths.closePath();
            case "re" -> {
                if (n.length >= 4) {
                    paths.rectangle(point(n[0], n[1]), point(n[0] + n[2], n[1]),
                            point(n[0] + n[2], n[1] + n[3]), point(n[0], n[1] + n[3]));
                }
            }
            case "s" -> {
                paths.closePath();
                paths.stroke();
            }
            case "S", "B", "B*" -> paths.stroke();
            case "b", "b*" -> {
                paths.closePath();
                paths.stroke();
            }
            case "f", "F", "f*" -> paths.fill();
            default -> paths.end();
        }
    }

    private Point2D.Float point(float x, float y) {
        Matrix ctm = getContext().getGraphicsState().getCurrentTransformationMatrix();
        return ctm.transformPoint(x, y);
    }

    private static float[] numbers(List<COSBase> operands) {
        float[] values = new float[operands.size()];
        int count = 0;
        for (COSBase operand : operands) {
            if (operand instanceof COSNumber number) {
                values[count++] = number.floatValue();
            }
        }
        return count == values.length ? values : java.util.Arrays.copyOf(values, count);
    }
}
