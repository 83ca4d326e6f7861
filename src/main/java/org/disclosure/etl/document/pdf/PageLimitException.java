package org.disclosure.etl.document.pdf;

/**
 * A page that draws more than any report does (a grid of thousands of cells, hundreds of thousands
 * of lines): the file fails with the page's size as its reason instead of keeping a reader busy for
 * minutes. Unchecked, so that it leaves PDFBox's operator callbacks as it is.
 */
final class PageLimitException extends RuntimeException {

    private int page;

    /** @param what the page's excess, completing "page N …" */
    PageLimitException(String what) {
        super(what, null, false, false);
    }

    PageLimitException onPage(int number) {
        page = number;
        return this;
    }

    /** The operator's one-line reason. */
    String reason() {
        return "page " + page + " " + getMessage();
    }
}
