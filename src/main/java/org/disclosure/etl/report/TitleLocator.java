package org.disclosure.etl.report;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosure.etl.document.Block;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.jurisdiction.PlaceNames;

/**
 * Finds the title among the lines before section 1 and reads the place, the issuing body and the
 * year reported on from it. Titles are printed wrapped over two or three lines (the break even
 * inside a word: …政府信息公 / 开工作年度报告), spaced out by pdftotext, year first
 * (2019年上海市人民政府办公厅…), under their issuer's name, or not at all: then the opening
 * sentence names the report (现向社会公布XX人民政府2023年政府信息公开年度报告), else the file
 * name. A title naming no issuer takes it from the opening sentence, else from the signature above
 * the closing date. A line of running text (a sentence) is never a title. The year is the one in the title,
 * or the statistics period stated in the text, or else one in the file name; never the
 * publication date at the end.
 */
public final class TitleLocator {

    private static final int MAX_TITLE_LENGTH = 60;
    private static final int MAX_TITLE_LINES = 3;
    private static final Pattern NAMELESS_TITLE = Pattern.compile("^(?:关于|\\d{4}\\s*年)");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年度?");
    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern PERIOD_YEAR = Pattern.compile("(\\d{4})\\s*年\\s*0?1\\s*月\\s*0?1\\s*日");
    private static final Pattern SUBJECT_END = Pattern.compile("\\d{4}\\s*年|政府信息公开|政务公开|年度");
    /** Running text, not a title: sentence punctuation, or the words that announce a report. */
    private static final Pattern SENTENCE = Pattern.compile("[，。；：,;]|公布|发布|编制|根据");
    /** The opening sentence naming the report it opens. */
    private static final Pattern ANNOUNCED = Pattern.compile("(?:公布|发布)(?:了)?([^，。；：,;“”\"《》]{2,40}?\\d{4}\\s*年度?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告)");
    private static final Pattern SIGNED_DATE = Pattern.compile("\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?");
    /** A government or one of its bodies, as it signs: short, no punctuation, ending in what such bodies are called. */
    private static final Pattern SIGNATORY = Pattern.compile("[^，。；：,;（）()]{2,30}(?:政府|办公室|办公厅|局|委员会|管委会|办事处|中心|厅|公署)");
    /** Page furniture a converter keeps as lines of text: 正文, 目录, 附件, page numbers. */
    private static final Pattern FURNITURE = Pattern.compile("^(?:正文|目录|附件\\d*|首页|打印|关闭|第\\d+页(?:共\\d+页)?|[-—－]?\\d{1,3}[-—－]?)$");
        /** A year in a file name ("2021年报.pdf", "report-2021.pdf"), not a date ("20220131.pdf"). */
    private static final Pattern FILE_NAME_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    public ReportTitle locate(List<Block> blocks, int firstHeadingIndex) {
        return locate(blocks, firstHeadingIndex, "");
    }

    /** As {@link #locate(List, int)}, the title or year taken from the file name when the text states none. */
    public ReportTitle locate(List<Block> blocks, int firstHeadingIndex, String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        List<String> head = blocks.subList(0, Math.max(0, Math.min(firstHeadingIndex, blocks.size()))).stream()
                .filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text().strip()).toList();
        String title = findTitle(head.isEmpty() ? firstLines(blocks) : head);
        if (title == null) {
            title = announced(blocks);
        }
        boolean recognized = title != null && headRecognized(blocks, firstHeadingIndex);
        if (title == null) {
            String stem = stem(name);
            title = isTitle(stem.replaceAll("\\s+", "")) ? stem : null;
        }
        ReportTitle read = title == null ? new ReportTitle("", "", "", null) : parse(title);
        if (read.agency().isEmpty()) {
            // a title that names no issuer (政府信息公开工作年度报告): the opening sentence or the signature does
            Optional<ReportTitle> opening = Optional.ofNullable(announced(blocks)).map(TitleLocator::parse).filter(a -> !a.agency().isEmpty());
            String issuer = opening.map(ReportTitle::agency).orElseGet(() -> signature(blocks));
            if (!issuer.isEmpty()) {
                Integer year = read.reportYear() != null ? read.reportYear() : opening.map(ReportTitle::reportYear).orElse(null);
                read = new ReportTitle(read.title(), PlaceNames.leadingPlace(issuer), issuer, year);
            }
        }
        Integer year = read.reportYear() != null ? read.reportYear() : periodYear(blocks);
        if (year == null || recognized && !yearConfirmed(year, read.title(), blocks, name)) {
            // read by OCR alone, a year stands only where the text names it again or the file name does
            year = fileNameYear(name);
        }
        return new ReportTitle(read.title(), read.jurisdiction(), read.agency(), year, recognized);
    }

    /**
     * The title a file's name gives ({@code 绵阳市2023年政府信息公开工作年度报告.pdf}), where it reads as a
     * report's title naming an issuer: evidence that OCR did not produce, for a scan whose printed
     * title cannot be placed.
     */
    public static Optional<ReportTitle> fromFileName(String fileName) {
        String stem = stem(fileName.substring(fileName.lastIndexOf('/') + 1)).replaceAll("\\s+", "");
        if (!isTitle(stem)) {
            return Optional.empty();
        }
        ReportTitle named = parse(stem);
        Integer year = named.reportYear() != null ? named.reportYear() : fileNameYear(stem);
        return named.agency().isEmpty() ? Optional.empty()
                : Optional.of(new ReportTitle(named.title(), named.jurisdiction(), named.agency(), year));
    }

    private static String stem(String name) {
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    private static Integer fileNameYear(String name) {
        Matcher inName = FILE_NAME_YEAR.matcher(name);
        return inName.find() ? Integer.valueOf(inName.group(1)) : null;
    }

    /** Whether the lines a title is looked for in were read by OCR. */
    private static boolean headRecognized(List<Block> blocks, int firstHeadingIndex) {
        return blocks.stream().limit(Math.max(firstHeadingIndex, 20)).anyMatch(b -> b instanceof Paragraph p && p.recognized());
    }

    /** A year the title states that the text states again (outside the title) or the file name states too. */
    private static boolean yearConfirmed(int year, String title, List<Block> blocks, String fileName) {
        String said = year + "年";
        String text = blocks.stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text().replaceAll("\\s+", ""))
                .collect(java.util.stream.Collectors.joining("\n"));
        return fileName.contains(String.valueOf(year))
                || occurrences(text, said) > occurrences(title == null ? "" : title.replaceAll("\\s+", ""), said);
    }

    static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    /** Place, issuer and year as a title prints them. */
    private static ReportTitle parse(String title) {
        String compact = title.replaceAll("\\s+", "");
        String issuer = "";
        String subject = LEADING_YEAR.matcher(compact).replaceFirst("");
        int about = subject.indexOf("关于");
        if (about >= 0) {
            issuer = subject.substring(0, about);
            subject = subject.substring(about + 2);
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
        Matcher year = TITLE_YEAR.matcher(compact); // pdftotext spaces out digits too: 2 0 2 0 年
        return new ReportTitle(title, place, agency, year.find() ? Integer.valueOf(year.group(1)) : null);
    }

    private static List<String> firstLines(List<Block> blocks) {
        return blocks.stream().limit(20).filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).text().strip()).toList();
    }

    /** The first line, or run of up to three lines, that reads as a title; with its issuer's line above when it names none. */
    private static String findTitle(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (FURNITURE.matcher(lines.get(i).replaceAll("\\s+", "")).matches()) {
                continue; // never part of a title, though a converter puts it on the line above one
            }
            StringBuilder joined = new StringBuilder();
            for (int k = i; k < Math.min(lines.size(), i + MAX_TITLE_LINES); k++) {
                if (SENTENCE.matcher(lines.get(k)).find()) {
                    break;
                }
                joined.append(lines.get(k).strip());
                String compact = joined.toString().replaceAll("\\s+", "");
                if (compact.length() > MAX_TITLE_LENGTH) {
                    break;
                }
                if (isTitle(compact)) {
                    String title = k == i ? lines.get(i) : joined.toString();
                    if (NAMELESS_TITLE.matcher(compact).find() && i > 0 && isIssuerLine(lines.get(i - 1))) {
                        return lines.get(i - 1) + title;
                    }
                    return title;
                }
            }
        }
        return null;
    }

    private static boolean isTitle(String compact) {
        return compact.length() <= MAX_TITLE_LENGTH && compact.contains("报告")
                && (compact.contains("信息公开") || compact.contains("政务公开")) && !SENTENCE.matcher(compact).find();
    }

    /**
     * A title such as 关于河曲县…报告 or 2023年…报告 is printed under its issuer's name on the line above:
     * a body's name (河曲县人民政府) or a place's, never page furniture a converter keeps (正文, 目录, 附件).
     */
    private static boolean isIssuerLine(String line) {
        String compact = line.replaceAll("\\s+", "");
        return compact.length() <= 30 && !compact.matches(".*[，。：:；,].*")
                && (SIGNATORY.matcher(compact).matches() || !PlaceNames.leadingPlace(compact).isEmpty());
    }

    /** The issuing body signed at the end, on the line above the date (沂源县人民政府 / 2022年1月20日); empty if none. */
    private static String signature(List<Block> blocks) {
        List<String> lines = blocks.stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text().replaceAll("\\s+", ""))
                .filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 1; i > 0 && i >= lines.size() - 4; i--) {
            if (SIGNED_DATE.matcher(lines.get(i)).matches() && SIGNATORY.matcher(lines.get(i - 1)).matches()) {
                return lines.get(i - 1);
            }
        }
        return "";
    }

    /** The report the opening sentence announces, its wrapped lines joined. */
    private static String announced(List<Block> blocks) {
        StringBuilder opening = new StringBuilder();
        for (Block b : blocks.subList(0, Math.min(blocks.size(), 12))) {
            if (b instanceof Paragraph p) {
                opening.append(p.text().replaceAll("\\s+", ""));
            }
        }
        Matcher m = ANNOUNCED.matcher(opening);
        return m.find() ? m.group(1) : null;
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
