package org.disclosure.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.disclosure.etl.document.Block;
import org.disclosure.etl.document.Paragraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles as they are really printed. Lines are separated by {@code /}; the file name is the
 * last column. Year from the title, else the statistics period, else the file name.
 */
class TitleLocatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "~", textBlock = """
            沂源县人民政府2021年政府信息公/开工作年度报告                                  | r.pdf | 沂源县人民政府2021年政府信息公开工作年度报告 | 沂源县人民政府 | 2021
            沂源县教育和体育局/2021年政府信息公开工作/年度报告                             | r.pdf | 沂源县教育和体育局2021年政府信息公开工作年度报告 | 沂源县教育和体育局 | 2021
                     沁 水 县 2 0 2 0 年 政 府 信 息 公 开 工 作 年 度 报 告             | r.txt | 沁 水 县 2 0 2 0 年 政 府 信 息 公 开 工 作 年 度 报 告 | 沁水县人民政府 | 2020
            2019年上海市人民政府办公厅政府信息公开工作年度报告                           | r.pdf | 2019年上海市人民政府办公厅政府信息公开工作年度报告 | 上海市人民政府办公厅 | 2019
            上海市科委2020年政府信息公开工作年度报告                                     | r.pdf | 上海市科委2020年政府信息公开工作年度报告 | 上海市科委 | 2020
            根据条例要求，现向社/会公布阳朔县兴坪镇人民政府2021年政府信息公开工作年度报告。本报告由总体情况等部分组成 | r.pdf | 阳朔县兴坪镇人民政府2021年政府信息公开工作年度报告 | 阳朔县兴坪镇人民政府 | 2021
            本报告根据条例编制。                                                          | 河曲县2022年政府信息公开工作年度报告.pdf | 河曲县2022年政府信息公开工作年度报告 | 河曲县人民政府 | 2022
            沂源县人民政府/政府信息公开工作年度报告/统计期限自2021年1月1日起至2021年12月31日止 | r.pdf | 沂源县人民政府政府信息公开工作年度报告 | 沂源县人民政府 | 2021
            政府信息公开工作年度报告/现向社会公布沂源县人民政府2021年政府信息公开工作年度报告                  | r.pdf | 政府信息公开工作年度报告 | 沂源县人民政府 | 2021
            2021年政府信息公开工作年度报告/一、总体情况/正文/兴坪镇人民政府/2022年1月20日            | r.pdf | 2021年政府信息公开工作年度报告 | 兴坪镇人民政府 | 2021
            沂源县人民政府政府信息公开工作年度报告                                          | 沂源-2021.pdf | 沂源县人民政府政府信息公开工作年度报告 | 沂源县人民政府 | 2021
            正文/2023年政府信息公开工作年度报告/一、总体情况/安吉县天荒坪镇人民政府/2024年1月20日   | r.md | 2023年政府信息公开工作年度报告 | 安吉县天荒坪镇人民政府 | 2023
            目录/关于2023年政府信息公开工作年度报告/本报告根据条例编制。                        | r.md | 关于2023年政府信息公开工作年度报告 | ~ | 2023
            """)
    void titlesAsPrinted(String lines, String fileName, String title, String agency, Integer year) {
        List<Block> blocks = Arrays.stream(lines.split("/")).map(l -> (Block) new Paragraph(l)).toList();
        ReportTitle read = new TitleLocator().locate(blocks, blocks.size(), fileName);
        assertThat(read.title()).isEqualTo(title);
        assertThat(read.agency()).isEqualTo(agency == null ? "" : agency);
        assertThat(read.reportYear()).isEqualTo(year);
    }
}
