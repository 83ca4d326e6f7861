package org.disclosure.etl.document.formats;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.disclosure.etl.document.UnreadableDocumentException;

/**
 * Decodes text files published as UTF-8 (with or without BOM) or GB18030/GBK, the two encodings
 * Chinese government sites use. Strict UTF-8 is tried first: GBK bytes are almost never valid UTF-8.
 */
public final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    public static String decode(byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8);
        } catch (UnreadableDocumentException notUtf8) {
            return strict(bytes, 0, GB18030);
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws UnreadableDocumentException {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException("text is neither UTF-8 nor GB18030/GBK");
        }
    }
}
