package org.disclosure.etl.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.disclosure.etl.document.Paragraph;
import org.disclosure.etl.report.ReportTitle;
import org.disclosure.etl.report.TitleLocator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles as reports print them, through the title parser and the resolver, with the context a
 * report gives (its text and its path in the inbox). Every level, 24 provinces, names printed
 * without their province, names shared by several divisions settled by context or left empty.
 */
class JurisdictionResolverTest {

    private static final JurisdictionResolver RESOLVER =
            new JurisdictionResolver(Gazetteer.load(Path.of("data/reference/divisions.csv")));

    @ParameterizedTest(name = "{0} | {1} | {2}")
    @CsvSource(delimiter = '|', nullValues = "~", textBlock = """
            # title                                          | text                          | path            | jurisdiction   | level      | province       | prefecture | county     | code      | warning
            山西省人民政府2023年政府信息公开工作年度报告            | ~                             | ~               | 山西省          | province   | 山西省          | ~          | ~          | 140000    | ~
            江苏省人民政府2022年政府信息公开工作年度报告            | ~                             | ~               | 江苏省          | province   | 江苏省          | ~          | ~          | 320000    | ~
            广西壮族自治区人民政府2021年政府信息公开工作年度报告     | ~                             | ~               | 广西壮族自治区   | province   | 广西壮族自治区   | ~          | ~          | 450000    | ~
            北京市人民政府2023年政府信息公开工作年度报告            | ~                             | ~               | 北京市          | province   | 北京市          | ~          | ~          | 110000    | ~
            内蒙古自治区人民政府2020年政府信息公开工作年度报告       | ~                             | ~               | 内蒙古自治区     | province   | 内蒙古自治区     | ~          | ~          | 150000    | ~
            山东省财政厅2023年政府信息公开工作年度报告              | ~                             | ~               | 山东省          | department | 山东省          | ~          | ~          | 370000    | ~
            浙江省教育厅2022年政府信息公开工作年度报告              | ~                             | ~               | 浙江省          | department | 浙江省          | ~          | ~          | 330000    | ~
            河南省生态环境厅2021年政府信息公开工作年度报告          | ~                             | ~               | 河南省          | department | 河南省          | ~          | ~          | 410000    | ~
            忻州市人民政府2020年政府信息公开工作年度报告            | ~                             | ~               | 忻州市          | prefecture | 山西省          | 忻州市      | ~          | 140900    | ~
            淮安市人民政府2023年政府信息公开工作年度报告            | ~                             | ~               | 淮安市          | prefecture | 江苏省          | 淮安市      | ~          | 320800    | ~
            吴忠市人民政府2021年政府信息公开工作年度报告            | ~                             | ~               | 吴忠市          | prefecture | 宁夏回族自治区   | 吴忠市      | ~          | 640300    | ~
            延边朝鲜族自治州人民政府2022年政府信息公开工作年度报告   | ~                             | ~               | 延边朝鲜族自治州 | prefecture | 吉林省          | 延边朝鲜族自治州 | ~       | 222400    | ~
            大兴安岭地区行政公署2021年政府信息公开工作年度报告       | ~                             | ~               | 大兴安岭地区    | prefecture | 黑龙江省        | 大兴安岭地区 | ~         | 232700    | ~
            阿拉善盟行政公署2022年政府信息公开工作年度报告          | ~                             | ~               | 阿拉善盟        | prefecture | 内蒙古自治区     | 阿拉善盟    | ~          | 152900    | ~
            东莞市人民政府2023年政府信息公开工作年度报告            | ~                             | ~               | 东莞市          | prefecture | 广东省          | 东莞市      | ~          | 441900    | ~
            海口市人民政府2023年政府信息公开工作年度报告            | ~                             | ~               | 海口市          | prefecture | 海南省          | 海口市      | ~          | 460100    | ~
            太原市生态环境局2023年政府信息公开工作年度报告          | ~                             | ~               | 太原市          | department | 山西省          | 太原市      | ~          | 140100    | ~
            杭州市财政局2022年政府信息公开工作年度报告              | ~                             | ~               | 杭州市          | department | 浙江省          | 杭州市      | ~          | 330100    | ~
            沂源县人民政府2020年政府信息公开工作年度报告            | ~                             | ~               | 沂源县          | county     | 山东省          | 淄博市      | 沂源县      | 370323    | ~
            沁水县2020年政府信息公开工作年度报告                    | ~                             | ~               | 沁水县          | county     | 山西省          | 晋城市      | 沁水县      | 140521    | ~
            沁县人民政府2020年政府信息公开工作年度报告              | ~                             | ~               | 沁县            | county     | 山西省          | 长治市      | 沁县        | 140430    | ~
            玛沁县人民政府2021年政府信息公开工作年度报告            | ~                             | ~               | 玛沁县          | county     | 青海省          | 果洛藏族自治州 | 玛沁县   | 632621    | ~
            上海市黄浦区人民政府2023年政府信息公开工作年度报告      | ~                             | ~               | 上海市黄浦区    | county     | 上海市          | ~          | 黄浦区      | 310101    | ~
            北京市朝阳区人民政府2022年政府信息公开工作年度报告      | ~                             | ~               | 北京市朝阳区    | county     | 北京市          | ~          | 朝阳区      | 110105    | ~
            重庆市巫山县人民政府2021年政府信息公开工作年度报告      | ~                             | ~               | 重庆市巫山县    | county     | 重庆市          | ~          | 巫山县      | 500237    | ~
            仙桃市人民政府2022年政府信息公开工作年度报告            | ~                             | ~               | 仙桃市          | county     | 湖北省          | ~          | 仙桃市      | 429004    | ~
            淮安市洪泽区人民政府2023年政府信息公开工作年度报告      | ~                             | ~               | 淮安市洪泽区    | county     | 江苏省          | 淮安市      | 洪泽区      | 320813    | ~
            长春市朝阳区人民政府2021年政府信息公开工作年度报告      | ~                             | ~               | 长春市朝阳区    | county     | 吉林省          | 长春市      | 朝阳区      | 220104    | ~
            杭州市西湖区人民政府2022年政府信息公开工作年度报告      | ~                             | ~               | 杭州市西湖区    | county     | 浙江省          | 杭州市      | 西湖区      | 330106    | ~
            南昌市西湖区人民政府2022年政府信息公开工作年度报告      | ~                             | ~               | 南昌市西湖区    | county     | 江西省          | 南昌市      | 西湖区      | 360103    | ~
            库尔勒市人民政府2021年政府信息公开工作年度报告          | ~                             | ~               | 库尔勒市        | county     | 新疆维吾尔自治区 | 巴音郭楞蒙古自治州 | 库尔勒市 | 652801 | ~
            满洲里市人民政府2020年政府信息公开工作年度报告          | ~                             | ~               | 满洲里市        | county     | 内蒙古自治区     | 呼伦贝尔市  | 满洲里市    | 150781    | ~
            格尔木市人民政府2023年政府信息公开工作年度报告          | ~                             | ~               | 格尔木市        | county     | 青海省          | 海西蒙古族藏族自治州 | 格尔木市 | 632801 | ~
            拉萨市城关区人民政府2022年政府信息公开工作年度报告      | ~                             | ~               | 拉萨市城关区    | county     | 西藏自治区       | 拉萨市      | 城关区      | 540102    | ~
            兰州市城关区人民政府2022年政府信息公开工作年度报告      | ~                             | ~               | 兰州市城关区    | county     | 甘肃省          | 兰州市      | 城关区      | 620102    | ~
            三亚市天涯区人民政府2021年政府信息公开工作年度报告      | ~                             | ~               | 三亚市天涯区    | county     | 海南省          | 三亚市      | 天涯区      | 460204    | ~
            石家庄市新华区人民政府2020年政府信息公开工作年度报告    | ~                             | ~               | 石家庄市新华区  | county     | 河北省          | 石家庄市    | 新华区      | 130105    | ~
            关于河曲县2020年政府信息公开工作年度报告               | ~                             | ~               | 河曲县          | county     | 山西省          | 忻州市      | 河曲县      | 140930    | ~
            沂源县教育和体育局2020年政府信息公开工作年度报告        | ~                             | ~               | 沂源县          | department | 山东省          | 淄博市      | 沂源县      | 370323    | ~
            洪泽区财政局2023年政府信息公开工作年度报告              | ~                             | ~               | 洪泽区          | department | 江苏省          | 淮安市      | 洪泽区      | 320813    | ~
            盐池县大水坑镇人民政府2020年政府信息公开工作年度报告    | ~                             | ~               | 盐池县大水坑镇  | township   | 宁夏回族自治区   | 吴忠市      | 盐池县      | 640323101 | ~
            大水坑镇人民政府2020年政府信息公开工作年度报告          | ~                             | ~               | 大水坑镇        | township   | 宁夏回族自治区   | 吴忠市      | 盐池县      | 640323101 | ~
            西湖区北山街道办事处2022年政府信息公开工作年度报告      | ~                             | ~               | 西湖区北山街道  | township   | 浙江省          | 杭州市      | 西湖区      | 330106002 | ~
            东莞市虎门镇人民政府2023年政府信息公开工作年度报告      | ~                             | ~               | 东莞市虎门镇    | township   | 广东省          | 东莞市      | ~          | 441900121 | ~
            太和县城关镇人民政府2021年政府信息公开工作年度报告      | ~                             | ~               | 太和县城关镇    | township   | 安徽省          | 阜阳市      | 太和县      | 341222100 | ~
            朝阳区人民政府2022年政府信息公开工作年度报告            | 北京市朝阳区区委区政府            | ~               | 朝阳区          | county     | 北京市          | ~          | 朝阳区      | 110105    | ~
            朝阳区人民政府2022年政府信息公开工作年度报告            | 联系电话：0431-88776655         | ~               | 朝阳区          | county     | 吉林省          | 长春市      | 朝阳区      | 220104    | ~
            西湖区人民政府2022年政府信息公开工作年度报告            | ~                             | 浙江/杭州/xh.pdf | 西湖区          | county     | 浙江省          | 杭州市      | 西湖区      | 330106    | ~
            鼓楼区人民政府2021年政府信息公开工作年度报告            | 南京市鼓楼区政务服务中心          | ~               | 鼓楼区          | county     | 江苏省          | 南京市      | 鼓楼区      | 320106    | ~
            城区人民政府2021年政府信息公开工作年度报告              | 晋城市城区人民政府办公室          | ~               | 城区            | county     | 山西省          | 晋城市      | 城区        | 140502    | ~
            新华区人民政府2021年政府信息公开工作年度报告            | 石家庄随手拍平台                 | ~               | 新华区          | county     | 河北省          | 石家庄市    | 新华区      | 130105    | ~
            市中区人民政府2022年政府信息公开工作年度报告            | ~                             | 山东/济南/szq.html | 市中区        | county     | 山东省          | 济南市      | 市中区      | 370103    | ~
            铁西区人民政府2020年政府信息公开工作年度报告            | 网址 www.shenyang.gov.cn，沈阳市铁西区 | ~          | 铁西区          | county     | 辽宁省          | 沈阳市      | 铁西区      | 210106    | ~
            城关镇人民政府2021年政府信息公开工作年度报告            | 太和县城关镇人民政府              | ~               | 城关镇          | township   | 安徽省          | 阜阳市      | 太和县      | 341222100 | ~
            北山街道办事处2022年政府信息公开工作年度报告            | 杭州市西湖区北山街道              | ~               | 北山街道        | township   | 浙江省          | 杭州市      | 西湖区      | 330106002 | ~
            城区人民政府2021年政府信息公开工作年度报告              | 长治久安                        | ~               | 城区            | county     | ~              | ~          | ~          | ~         | JURISDICTION_AMBIGUOUS
            朝阳区人民政府2022年政府信息公开工作年度报告            | ~                             | ~               | 朝阳区          | county     | ~              | ~          | ~          | ~         | JURISDICTION_AMBIGUOUS
            西湖区人民政府2022年政府信息公开工作年度报告            | 赴杭州、南昌两地学习              | ~               | 西湖区          | county     | ~              | ~          | ~          | ~         | JURISDICTION_AMBIGUOUS
            鼓楼区人民政府2021年政府信息公开工作年度报告            | 江苏省政务公开工作要点            | ~               | 鼓楼区          | county     | ~              | ~          | ~          | ~         | JURISDICTION_AMBIGUOUS
            城关镇人民政府2021年政府信息公开工作年度报告            | ~                             | ~               | 城关镇          | township   | ~              | ~          | ~          | ~         | JURISDICTION_AMBIGUOUS
            鼓楼区教育局2021年政府信息公开工作年度报告              | ~                             | ~               | 鼓楼区          | department | ~              | ~          | ~          | ~         | JURISDICTION_AMBIGUOUS
            长治市沁水县人民政府2021年政府信息公开工作年度报告      | ~                             | ~               | 长治市沁水县    | ~          | ~              | ~          | ~          | ~         | JURISDICTION_UNKNOWN
            火星县人民政府2021年政府信息公开工作年度报告            | ~                             | ~               | 火星县          | ~          | ~              | ~          | ~          | ~         | JURISDICTION_UNKNOWN
            沂源县幸福镇人民政府2021年政府信息公开工作年度报告      | ~                             | ~               | 沂源县幸福镇    | township   | 山东省          | 淄博市      | 沂源县      | 370323    | JURISDICTION_UNKNOWN
            教育部2023年政府信息公开工作年度报告                    | ~                             | ~               | ~              | national   | ~              | ~          | ~          | ~         | ~
            国家统计局2022年政府信息公开工作年度报告                | ~                             | ~               | ~              | national   | ~              | ~          | ~          | ~         | ~
            国务院办公厅2021年政府信息公开工作年度报告              | ~                             | ~               | ~              | national   | ~              | ~          | ~          | ~         | ~
            平潭综合实验区管理委员会2021年政府信息公开工作年度报告  | ~                             | ~               | 平潭综合实验区  | county     | 福建省          | 福州市      | 平潭县      | 350128    | ~
            福建平潭综合实验区教育与体育局2022年政府信息公开工作年度报告 | ~                         | ~               | 平潭综合实验区  | department | 福建省          | 福州市      | 平潭县      | 350128    | ~
            河北雄安新区管理委员会2023年政府信息公开工作年度报告     | ~                             | ~               | 雄安新区        | province   | 河北省          | ~          | ~          | 130000    | ~
            青岛西海岸新区管委会2022年政府信息公开工作年度报告      | ~                             | ~               | 西海岸新区      | county     | 山东省          | 青岛市      | 黄岛区      | 370211    | ~
            某某高新技术产业开发区管理委员会2022年政府信息公开工作年度报告 | ~                       | ~               | ~              | ~          | ~              | ~          | ~          | ~         | JURISDICTION_UNKNOWN
            上海市科委2020年政府信息公开工作年度报告                | ~                             | ~               | 上海市          | department | 上海市          | ~          | ~          | 310000    | ~
            2019年上海市人民政府办公厅政府信息公开工作年度报告       | ~                             | ~               | 上海市          | province   | 上海市          | ~          | ~          | 310000    | ~
            章丘市人民政府2015年政府信息公开工作年度报告            | ~                             | ~               | 章丘市          | county     | 山东省          | 济南市      | 章丘区      | 370114    | ~
            洪泽县人民政府2015年政府信息公开工作年度报告            | ~                             | ~               | 洪泽县          | county     | 江苏省          | 淮安市      | 洪泽区      | 320813    | ~
            淮安市洪泽县教育局2015年政府信息公开工作年度报告        | ~                             | ~               | 淮安市洪泽县     | department | 江苏省          | 淮安市      | 洪泽区      | 320813    | ~
            沂源县发展和改革局2021年政府信息公开工作年度报告         | ~                             | ~               | 沂源县          | department | 山东省          | 淄博市      | 沂源县      | 370323    | ~
            """)
    void placesTheReport(String title, String text, String path, String jurisdiction, String level, String province,
                         String prefecture, String county, String code, String warning) {
        ReportTitle parsed = new TitleLocator().locate(List.of(new Paragraph(title)), 1);
        Jurisdiction place = RESOLVER.resolve(parsed.agency(), parsed.jurisdiction(), text == null ? "" : text,
                path == null ? "report.pdf" : path);
        assertThat(place).isEqualTo(new Jurisdiction(orEmpty(jurisdiction), orEmpty(level), orEmpty(province),
                orEmpty(prefecture), orEmpty(county), orEmpty(code), orEmpty(warning)));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
