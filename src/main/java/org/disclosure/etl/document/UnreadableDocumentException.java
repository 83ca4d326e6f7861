package org.disclosure.etl.document;

/** A file that cannot be turned into a {@link Document}; the message is the operator's one-line reason. */
public class UnreadableDocumentException extends Exception {
    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The first line of a library's message, for a reason that fits on one line. */
    public static String firstLineOf(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
