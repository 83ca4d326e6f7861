package org.disclosure.etl.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.disclosure.etl.warehouse.RunReviewQuery;
import org.junit.jupiter.api.Test;

class ReviewPageTest {

    @Test
    void showsEveryListEscapedAndNeedsNothingFromElsewhere() {
        RunReview review = new RunReview(7, "/srv/inbox", "2026-11-22 02:30:00", 12.5,
                Map.of("loaded", 3, "failed", 1), 10,
                Map.of("山西省", Map.of("loaded", 3), "", Map.of("failed", 1)), Map.of("pdf", Map.of("loaded", 3, "failed", 1)),
                RunReview.Listed.all(List.of(new RunReview.FailedFile("<script>alert(1)</script>.pdf", "pdf", "PDF is encrypted with a user password"))),
                RunReview.Listed.all(List.of(new RunReview.SkippedRow("a.txt", "ab".repeat(32), 3, "2.重复申请", "2.重复申请\t1 0",
                        "MISSING_CELLS", "6 cells for 7 columns", "s3_duplicate", null, "1.本机关 | 3 | 0\n3.要求提供公开出版物 | 0 | 0"))),
                RunReview.Listed.all(List.of()), List.of(new RunReview.SlowFile("a.txt", "txt", 42, "partial")),
                RunReview.Listed.all(List.of(new RunReview.Correction("fix.csv", "operator", 3, "a.txt", "s3_applications / duplicate / total",
                        "5", "pending", "1 of the row's 7 unread cells corrected"))),
                List.of(new RunReview.RefusedFile("notes.docx", "operator", "not a CSV file: it holds binary data")));
        String html = ReviewPage.render(review, ReviewPage.Crops.NONE);
        assertThat(html).contains("Ingest run 7", "<b>4</b>files taken in", "<b>1</b>failed", "山西省", "(not placed)",
                "&lt;script&gt;alert(1)&lt;/script&gt;.pdf", "PDF is encrypted with a user password", "MISSING_CELLS",
                "6 cells for 7 columns", "42 ms", "10 files of the inbox were loaded by earlier runs",
                "<pre class=\"near\">1.本机关 | 3 | 0\n<b>2.重复申请\t1 0</b>\n3.要求提供公开出版物 | 0 | 0</pre>", "corrections-template.csv",
                "<td class=\"pending\">pending</td>", "1 of the row&#39;s 7 unread cells corrected", "not a CSV file: it holds binary data")
                .contains("<h2>Failed checks (0)</h2>\n<p class=\"none\">none</p>")
                .doesNotContain("<script>", "http://", "https://");
    }

    /** A list longer than the page shows gives its whole count and says how many more the extract holds. */
    @Test
    void aLongListSaysHowManyMoreTheExtractsHold() {
        List<RunReview.FailedFile> shown = java.util.stream.IntStream.range(0, RunReviewQuery.LIMIT)
                .mapToObj(i -> new RunReview.FailedFile("f" + i + ".pdf", "pdf", "not a disclosure annual report")).toList();
        RunReview review = new RunReview(8, "/srv/inbox", "2026-11-22 02:30:00", 1, Map.of("failed", 20_001), 0, Map.of(), Map.of(),
                new RunReview.Listed<>(shown, 20_001), RunReview.Listed.all(List.of()),
                new RunReview.Listed<>(List.of(new RunReview.FailedCheck("a.txt", "ab".repeat(32), "S3_BALANCE", "total", "total", "3", "4", null)), 1_234),
                List.of(), RunReview.Listed.all(List.of()), List.of());
        String html = ReviewPage.render(review, ReviewPage.Crops.NONE);
        assertThat(html).contains("<h2>Failed files (20001)</h2>", "… and 19501 more in reports.csv.",
                "<h2>Failed checks (1234)</h2>", "… and 1233 more in checks.csv.", "<h2>Skipped rows (0)</h2>")
                .doesNotContain("more in skips.csv");
    }
}
