package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CrosswalkTest {

    private final Crosswalk crosswalk = Crosswalk.standard();

    @Test
    void everyCellOfBothTemplatesHasOneVariable() {
        Set<String> cells = Codebook.standard().entries().stream().map(e -> e[0] + "/" + e[2] + "/" + e[4] + "/" + e[6]).collect(Collectors.toSet());
        List<String> mapped = crosswalk.lines().stream().map(l -> l[0] + "/" + l[2] + "/" + l[3] + "/" + l[4]).toList();
        assertThat(mapped).doesNotHaveDuplicates();
        assertThat(Set.copyOf(mapped)).isEqualTo(cells);
        assertThat(crosswalk.lines()).extracting(l -> l[6]).containsOnly("same", "caveat", "not_comparable");
    }

    @Test
    void sectionTwoWasRedrawnAndSectionsThreeAndFourShareTheirCodes() {
        Map<String, String> variableOf = new HashMap<>();
        crosswalk.lines().forEach(l -> variableOf.put(l[0] + "/" + l[2] + "/" + l[3] + "/" + l[4], l[5] + " " + l[6]));
        assertThat(variableOf.get("2019/s2_rules/rules/made")).isEqualTo("s2_rules_new caveat");
        assertThat(variableOf.get("2021/s2_rules/rules/issued")).isEqualTo("s2_rules_new caveat");
        assertThat(variableOf.get("2019/s2_rules/rules/total_public")).isEqualTo("s2_rules_total_public not_comparable");
        assertThat(variableOf.get("2021/s2_rules/rules/in_force")).isEqualTo("s2_rules_in_force not_comparable");
        assertThat(variableOf.get("2019/s2_licensing/administrative_license/decisions")).isEqualTo("s2_administrative_license_decisions same");
        assertThat(variableOf.get("2021/s3_applications/granted/total")).isEqualTo("s3_granted_total same");
        assertThat(variableOf.get("2021/s3_applications/other_fee_unpaid/total")).isEqualTo("s3_other_total same");
        assertThat(variableOf.get("2019/s4_review_litigation/review/upheld")).isEqualTo("s4_review_upheld same");
    }

    /** 2021's （六）其他处理 printed as three sub-rows is the one row of 2019, summed only when all three were read. */
    @Test
    void aVariablePrintedInPartsIsTheirSumOnlyWhenEveryPartWasRead() {
        Map<String, BigDecimal> facts = new HashMap<>(Map.of(
                "s3_applications/other_no_correction/total", new BigDecimal("2"),
                "s3_applications/other_fee_unpaid/total", new BigDecimal("1"),
                "s3_applications/other_misc/total", new BigDecimal("4"),
                "s3_applications/other_misc/natural_person", new BigDecimal("4"),
                "s2_rules/rules/issued", new BigDecimal("3")));
        Map<String, BigDecimal> values = crosswalk.values(Template.T2021, facts);
        assertThat(values).containsEntry("s3_other_total", new BigDecimal("7")).containsEntry("s2_rules_new", new BigDecimal("3"))
                .doesNotContainKey("s3_other_natural_person").doesNotContainKey("s3_granted_total");
        facts.put("s3_applications/other/total", new BigDecimal("9"));
        assertThat(crosswalk.values(Template.T2021, facts)).as("the one row printed").containsEntry("s3_other_total", new BigDecimal("9"));
        assertThat(crosswalk.values(Template.T2019, Map.of("s2_rules/rules/made", BigDecimal.ONE))).containsEntry("s2_rules_new", BigDecimal.ONE);
    }
}
