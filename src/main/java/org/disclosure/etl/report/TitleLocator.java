package org.disclosure.etl.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosure.etl.document.Block;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.jurisdiction.PlaceNames;

/**
 * Finds the title among the lines before section 1 and reads the place, the issuing body and the
 * year reported on from it. The year is the one in the title, or the statistics period stated in
 * the text, or else one in the file name; never the publication date at the end.
 */
public final class TitleLocator {

    private static final int MAX_TITLE_LENGTH = 60;
    private static final Pattern NAMELESS_TITLE = Pattern.compile("^(?:关于|\\d{4}\\s*年)");
    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern PERIOD_YEAR = Pattern.compile("(\\d{4})\\s*年\\s*0?1\\s*月\\s*0?1\\s*日");
    private static final Pattern SUBJECT_END = Pattern.compile("\\d{4}\\s*年|政府信息公开|政务公开|年度");

    /** A year in a file name ("2021年报.pdf", "report-2021.pdf"), not a date ("20220131.pdf"). */
    private static final Pattern FILE_NAME_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    public ReportTitle locate(List<Block> blocks, int firstHeadingIndex) {
        return locate(blocks, firstHeadingIndex, "");
    }

    /** As {@link #locate(List, int)}, the year taken from the file name when the text states none. */
    public ReportTitle locate(List<Block> blocks, int firstHeadingIndex, String fileName) {
        ReportTitle title = fromText(blocks, firstHeadingIndex);
        if (title.reportYear() != null) {
            return title;
        }
        Matcher year = FILE_NAME_YEAR.matcher(fileName.substring(fileName.lastIndexOf('/') + 1));
        return year.find() ? new ReportTitle(title.title(), title.jurisdiction(), title.agency(), Integer.valueOf(year.group(1))) : title;
    }

    private ReportTitle fromText(List<Block> blocks, int firstHeadingIndex) {
        List<String> head = blocks.subList(0, Math.max(0, Math.min(firstHeadingIndex, blocks.size()))).stream()
                .filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text().strip()).toList();
        String title = findTitle(head.isEmpty() ? firstLines(blocks) : head);
        if (title == null) {
            return new ReportTitle("", "", "", periodYear(blocks));
        }
        String compact = title.replaceAll("\\s+", "");
        String issuer = "";
        String subject = compact;
        int about = compact.indexOf("关于");
        if (about >= 0) {
            issuer = compact.substring(0, about);
            subject = compact.substring(about + 2);
        }
        Matcher end = SUBJECT_END.matcher(subject);
        if (end.find()) {
            subject = subject.substring(0, end.start());
        }
        String place = PlaceNames.leadingPlace(subject);
        String agency;
        if (!issuer.isEmpty()) {
            agency = issuer;
        } else if (subject.length() > place.length()) {
            agency = subject;
        } else {
            agency = place.isEmpty() ? "" : PlaceNames.governmentOf(place);
        }
        Matcher year = TITLE_YEAR.matcher(title);
        Integer reportYear = year.find() ? Integer.valueOf(year.group(1)) : periodYear(blocks);
        return new ReportTitle(title, place, agency, reportYear);
    }

    private static List<String> firstLines(List<Block> blocks) {
        return blocks.stream().limit(20).filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).text().strip()).toList();
    }

    private static String findTitle(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String compact = line.replaceAll("\\s+", "");
            if (compact.length() <= MAX_TITLE_LENGTH && compact.contains("报告")
                    && (compact.contains("信息公开") || compact.contains("政务公开"))) {
                if (NAMELESS_TITLE.matcher(compact).find() && i > 0 && isIssuerLine(lines.get(i - 1))) {
                    return lines.get(i - 1) + line;
                }
                return line;
            }
        }
        return null;
    }

    /** A title such as 关于河曲县…报告 or 2023年…报告 is printed under its issuer's name on the line above. */
    private static boolean isIssuerLine(String line) {
        return line.length() <= 30 && !line.matches(".*[，。：:；,].*");
    }

    private static Integer periodYear(List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                Matcher m = PERIOD_YEAR.matcher(p.text());
                if (m.find()) {
                    return Integer.valueOf(m.group(1));
                }
            }
        }
        return null;
    }
}
