package org.disclosure.etl.jurisdiction;

import java.util.ArrayList;
import java.util.List;

/**
 * The chain of division names a title starts with (淮安市 洪泽区, 盐池县 大水坑镇, 上海市 黄浦区),
 * each with the divisions it can be. Names are matched longest first; each link keeps only the
 * divisions consistent with the links before and after it, so 西湖区北山街道 is the 西湖区 that
 * has a 北山街道. A name that lies in none of the places before it ends the chain; a county or
 * larger one marks it {@code conflicting} (长治市沁水县: 沁水县 is in 晋城市).
 */
record PlaceChain(List<Link> links, String printed, boolean conflicting) {

    record Link(String name, List<Division> candidates) {
    }

    static PlaceChain of(String text, Gazetteer gazetteer) {
        List<Link> links = new ArrayList<>();
        int at = 0;
        boolean conflicting = false;
        while (at < text.length()) {
            Link link = longestName(text, at, gazetteer);
            if (link == null) {
                break;
            }
            if (!links.isEmpty() && link.candidates().stream().noneMatch(d -> links.get(links.size() - 1).candidates()
                    .stream().anyMatch(o -> gazetteer.isWithin(d, o)))) {
                // Township names repeat across the country: one known elsewhere is just not known here.
                conflicting = link.candidates().stream().anyMatch(d -> d.level() != Division.Level.TOWNSHIP);
                break;
            }
            links.add(link);
            at += link.name().length();
        }
        prune(links, gazetteer);
        return new PlaceChain(links, text.substring(0, at), conflicting);
    }

    List<Division> lastCandidates() {
        return links.isEmpty() ? List.of() : links.get(links.size() - 1).candidates();
    }

    private static Link longestName(String text, int at, Gazetteer gazetteer) {
        for (int length = Math.min(gazetteer.longestName(), text.length() - at); length >= 2; length--) {
            String name = text.substring(at, at + length);
            List<Division> named = gazetteer.named(name);
            if (!named.isEmpty()) {
                // 嘉峪关市 is a prefecture and its own county: the name means the prefecture.
                List<Division> outermost = named.stream()
                        .filter(d -> named.stream().noneMatch(o -> gazetteer.isWithin(d, o))).toList();
                return new Link(name, outermost);
            }
        }
        return null;
    }

    /** Keeps in each link the divisions lying within a candidate of the link before, and vice versa. */
    private static void prune(List<Link> links, Gazetteer gazetteer) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i < links.size(); i++) {
                Link outer = links.get(i - 1);
                Link inner = links.get(i);
                List<Division> innerKept = inner.candidates().stream()
                        .filter(d -> outer.candidates().stream().anyMatch(o -> gazetteer.isWithin(d, o))).toList();
                List<Division> outerKept = outer.candidates().stream()
                        .filter(o -> innerKept.stream().anyMatch(d -> gazetteer.isWithin(d, o))).toList();
                if (innerKept.size() != inner.candidates().size() || outerKept.size() != outer.candidates().size()) {
                    links.set(i, new Link(inner.name(), innerKept));
                    links.set(i - 1, new Link(outer.name(), outerKept));
                    changed = true;
                }
            }
        }
    }
}
