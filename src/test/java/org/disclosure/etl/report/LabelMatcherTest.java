package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelMatcherTest {

    private final LabelMatcher applications2019 = new LabelMatcher(Codebook.standard().rows(Template.T2019, 3));
    private final LabelMatcher applications2021 = new LabelMatcher(Codebook.standard().rows(Template.T2021, 3));
    private final LabelMatcher proactive2021 = new LabelMatcher(Codebook.standard().rows(Template.T2021, 2));

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // misprinted in a real report: 法规禁 missing
        "2.其他法律行政止公开;denied_prohibited_by_law",
        // parents printed before the row, vertical text broken into pieces
        "三、本（一）予以公开;granted",
        "年度办 理结果(二)部分公开(区分处理的,只计这一情形,不计其他情形);partially_granted",
        "（四）无法提供1.本机关不掌握相关政府信息;unable_not_held",
        "(三) 不 予 公 开1.属于国家秘密;denied_state_secret",
        // quotes, full-width and spaces
        "3.危及\"三安全一稳定\";denied_security_stability",
        "3.危及“三安全一稳定”;denied_security_stability",
        "5.要求行政机关确认或重新出具已获取信息;rejected_confirmation",
        "(七) 总计;total_processed",
        "（六）其他处理;other",
        "四、结转下年度继续办理;carried_forward",
        "一、本年新收政府信息公开申请数量;new_received",
        // a label missing a character
        "一、本年新收政府信息公开申数量;new_received"})
    void damagedLabelsMatchTheirRow(String printed, String rowCode) {
        assertThat(applications2019.match(printed)).map(RowDefinition::rowCode).contains(rowCode);
    }

    @Test
    void subRowsOfOtherProcessingIn2021() {
        assertThat(applications2021.match("（六）其他处理3.其他")).map(RowDefinition::rowCode).contains("other_misc");
        assertThat(applications2021.match("（六）其他处理")).map(RowDefinition::rowCode).contains("other");
        assertThat(applications2021.match("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"))
                .map(RowDefinition::rowCode).contains("other_no_correction");
    }

    @Test
    void headerTextAndUnrelatedLabelsDoNotMatch() {
        assertThat(applications2019.match("商业企业科研机构社会公益组织法律服务机构其他")).isEmpty();
        assertThat(applications2019.match("申请人情况")).isEmpty();
        assertThat(applications2019.match("")).isEmpty();
        assertThat(applications2019.match("行政许可")).isEmpty();
        // "其他" alone is a column header, not （六）其他处理 3.其他
        assertThat(applications2021.match("法律服务机构其他")).isEmpty();
    }

    @Test
    void aLabelMatchesAlikeWhetherRememberedOrNot() {
        assertThat(applications2021.match("（六）其他处理3.其他")).map(RowDefinition::rowCode).contains("other_misc");
        assertThat(applications2021.match("（六）其他处理3.其他")).map(RowDefinition::rowCode).contains("other_misc");
        // past what it remembers (a hostile file's endless labels), a matcher still matches
        LabelMatcher fresh = new LabelMatcher(Codebook.standard().rows(Template.T2021, 3));
        for (int i = 0; i <= LabelMatcher.REMEMBERED; i++) {
            assertThat(fresh.match("无关标签" + i)).isEmpty();
        }
        assertThat(fresh.match("（一）予以公开")).map(RowDefinition::rowCode).contains("granted");
        assertThat(fresh.match("申请人情况")).isEmpty();
    }

    @Test
    void normativeDocumentsUnderEitherName() {
        assertThat(proactive2021.match("行政规范性文件")).map(RowDefinition::rowCode).contains("normative_documents");
        assertThat(proactive2021.match("规范性文件")).map(RowDefinition::rowCode).contains("normative_documents");
    }
}
