package org.disclosure.etl.jurisdiction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the place a report's title names: the chain of administrative names it starts with
 * ({@code 盐池县大水坑镇}, {@code 上海市黄浦区}), before an agency name such as 人民政府 or 教育和体育局.
 */
public final class PlaceNames {

    private static final Pattern PLACE = Pattern.compile(
            "^\\p{IsHan}{1,9}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|街道|苏木|林区|省|市|州|盟|县|旗|区|镇|乡)");
    /** Words that end like a place name but begin an agency's name (城市管理局, 市场监督管理局). */
    private static final List<String> NOT_PLACES = List.of("城市", "社区", "园区", "景区", "小区", "辖区", "市区", "城区管理");

    private PlaceNames() {
    }

    public static String leadingPlace(String text) {
        int end = 0;
        while (end < text.length()) {
            Matcher m = PLACE.matcher(text.substring(end));
            if (!m.find()) {
                break;
            }
            String token = m.group();
            String rest = text.substring(end + token.length());
            if (NOT_PLACES.stream().anyMatch(token::endsWith) || rest.startsWith("场") || rest.startsWith("域")) {
                break;
            }
            end += token.length();
        }
        return text.substring(0, end);
    }

    /** The body that issues a place's own report: its people's government, or a 街道's office. */
    public static String governmentOf(String place) {
        return place.endsWith("街道") ? place + "办事处" : place + "人民政府";
    }
}
