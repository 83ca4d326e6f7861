package org.disclosure.etl.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewPageTest {

    @Test
    void showsEveryListEscapedAndNeedsNothingFromElsewhere() {
        RunReview review = new RunReview(7, "/srv/inbox", "2026-11-22 02:30:00", 12.5,
                Map.of("loaded", 3, "failed", 1), 10,
                Map.of("山西省", Map.of("loaded", 3), "", Map.of("failed", 1)), Map.of("pdf", Map.of("loaded", 3, "failed", 1)),
                List.of(new RunReview.FailedFile("<script>alert(1)</script>.pdf", "pdf", "PDF is encrypted with a user password")),
                List.of(new RunReview.SkippedRow("a.txt", 3, "2.重复申请", "2.重复申请\t1 0", "MISSING_CELLS", "6 cells for 7 columns")),
                0, List.of(), List.of(new RunReview.SlowFile("a.txt", "txt", 42, "partial")));
        String html = ReviewPage.render(review);
        assertThat(html).contains("Ingest run 7", "<b>4</b>files taken in", "<b>1</b>failed", "山西省", "(not placed)",
                "&lt;script&gt;alert(1)&lt;/script&gt;.pdf", "PDF is encrypted with a user password", "MISSING_CELLS",
                "6 cells for 7 columns", "42 ms", "10 files of the inbox were loaded by earlier runs")
                .contains("<h2>Failed checks (0)</h2>\n<p class=\"none\">none</p>")
                .doesNotContain("<script>", "http://", "https://");
    }
}
