package org.disclosure.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosure.etl.document.Block;
import org.disclosure.etl.document.Paragraph;

/**
 * Finds the six section headings. Section 1 of many reports holds sub-headings that read like
 * section titles ({@code （2） 主动公开工作情况}, {@code 2.政府信息公开行政复议、行政诉讼情况。}), so every
 * short numbered line is scored (numbering style, whether its number is the section's, how closely
 * its title reads like the section's) and the best-scoring set of headings in document order wins.
 */
public final class SectionLocator {

    private static final int MAX_HEADING_LENGTH = 45;
    private static final int MIN_SCORE = 3;
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:([一二三四五六七八九十—－])\\s*([、.．])|(\\d{1,2})\\s*([、.．])|[（(]\\s*([一二三四五六七八九十\\d]{1,2})\\s*[）)])\\s*(.+)$");

    /** How reports word a section's title: the words that name it, and looser words that may. */
    private record Title(Pattern strong, Pattern weak) {
    }

    /** In section order; OCR'd lines are also matched against {@link Section#title()} but for one character. */
    private static final List<Title> TITLES = List.of(
            new Title(Pattern.compile("总体情况"), Pattern.compile("概述|基本情况|工作概况")),
            new Title(Pattern.compile("主动公开政府信息"), Pattern.compile("主动公开")),
            new Title(Pattern.compile("收到和处理.*申请"), Pattern.compile("申请")),
            new Title(Pattern.compile("行政复议.*行政诉讼|复议.*诉讼"), Pattern.compile("行政复议|行政诉讼")),
            new Title(Pattern.compile("存在的主要问题|问题及改进|问题和改进"), Pattern.compile("问题|改进")),
            new Title(Pattern.compile("其他需要报告"), Pattern.compile("其他.*事项")));

    private record Candidate(int blockIndex, int section, int score, String text) {
    }

    public List<SectionHeading> locate(List<Block> blocks) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p) {
                for (Section s : Section.values()) {
                    int score = score(p.text(), s.number(), p.recognized());
                    if (score >= MIN_SCORE) {
                        candidates.add(new Candidate(i, s.number(), score, p.text().strip()));
                    }
                }
            }
        }
        return bestSequence(candidates);
    }

    static int score(String line, int section) {
        return score(line, section, false);
    }

    /**
     * @param recognized the line was read by OCR: a title that is the template's own but for one
     *                   misread character (总休情况) is still that section's title
     */
    static int score(String line, int section, boolean recognized) {
        String text = line.strip();
        if (text.length() > MAX_HEADING_LENGTH) {
            return Integer.MIN_VALUE;
        }
        Matcher m = NUMBERED.matcher(text);
        if (!m.matches()) {
            return Integer.MIN_VALUE;
        }
        String title = m.group(6);
        Title expected = TITLES.get(section - 1);
        boolean strong = expected.strong().matcher(title).find()
                || recognized && oneCharacterFrom(title.replaceAll("[\\s、，,]", ""), Section.of(section).title().replace("、", ""));
        if (!strong && !expected.weak().matcher(title).find()) {
            return Integer.MIN_VALUE;
        }
        int number;
        int style;
        if (m.group(1) != null) {
            number = numeral(m.group(1));
            style = m.group(2).equals("、") ? 3 : 2;
        } else if (m.group(3) != null) {
            number = Integer.parseInt(m.group(3));
            style = m.group(4).equals("、") ? 2 : 1;
        } else {
            number = numeral(m.group(5));
            // Bracketed numbers are sub-headings unless the title is the section's own.
            if (!strong || number != section) {
                return Integer.MIN_VALUE;
            }
            style = 0;
        }
        int score = style + (number == section ? 3 : -3) + (strong ? 2 : 0);
        return text.endsWith("。") ? score - 2 : score;
    }

    /** Whether {@code text} starts with {@code printed} but for at most one character read as another. */
    private static boolean oneCharacterFrom(String text, String printed) {
        if (text.length() < printed.length() || printed.length() < 4) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < printed.length() && differ <= 1; i++) {
            differ += text.charAt(i) == printed.charAt(i) ? 0 : 1;
        }
        return differ <= 1;
    }

    private static int numeral(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        if (s.equals("—") || s.equals("－")) {
            return 1; // 一 misprinted as a dash
        }
        if (s.length() == 1) {
            return NUMERALS.indexOf(s) + 1;
        }
        return -1;
    }

    /** The highest-scoring choice of at most one heading per section, in order in both. */
    private static List<SectionHeading> bestSequence(List<Candidate> candidates) {
        int n = candidates.size();
        int[] best = new int[n];
        int[] previous = new int[n];
        int end = -1;
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            best[i] = c.score();
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                Candidate before = candidates.get(j);
                if (before.blockIndex() < c.blockIndex() && before.section() < c.section()
                        && best[j] + c.score() > best[i]) {
                    best[i] = best[j] + c.score();
                    previous[i] = j;
                }
            }
            if (end < 0 || best[i] > best[end]) {
                end = i;
            }
        }
        List<SectionHeading> headings = new ArrayList<>();
        for (int i = end; i >= 0; i = previous[i]) {
            Candidate c = candidates.get(i);
            headings.add(0, new SectionHeading(c.section(), c.blockIndex(), c.text()));
        }
        return headings;
    }
}
