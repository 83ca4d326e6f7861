package org.disclosure.etl.document.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.disclosure.etl.document.ReadDeadline;
import org.disclosure.etl.files.FolderTree;

/**
 * Tesseract 5 run as a command: one process reads a whole batch of images (its file-list input), so
 * the model loads once per batch, not per cell. A separate process, not the library in the JVM: a
 * crash on a hostile image fails one file, not the night's run; the per-file time limit kills it;
 * and the JVM needs no native binding to whatever Tesseract version the machine has.
 */
public final class Tesseract {

    /** How a batch is read: the model, Tesseract's page segmentation mode, and the characters allowed. */
    public enum Mode {
        /** A number cell as a line: the Latin model knows digits best; nothing but digits, sign and point may come out. */
        DIGITS("eng", 7, "0123456789.+-"),
        /** A number cell as one word: the second reading of a number the line mode was not sure of. */
        DIGITS_WORD("eng", 8, "0123456789.+-"),
        /** A number cell with one mark as one character: the third reading of a lone digit. */
        DIGIT_CHARACTER("eng", 10, "0123456789"),
        /** One line of a label cell. */
        TEXT_LINE("chi_sim", 7, null),
        /** One line of a label cell as raw text: the second reading of a line the line mode read nothing in. */
        TEXT_RAW_LINE("chi_sim", 13, null),
        /** A page's running text outside its tables, in columns of lines. */
        PAGE("chi_sim", 4, null);

        private final String language;
        private final int segmentation;
        private final String whitelist;

        Mode(String language, int segmentation, String whitelist) {
            this.language = language;
            this.segmentation = segmentation;
            this.whitelist = whitelist;
        }
    }

    /** One word as read: the image it is on (0-based), its line, box (pixels) and confidence (0–100). */
    public record Word(int image, int block, int paragraph, int line, int left, int top, int width, int height,
                       float confidence, String text) {
        /** The key of the line the word is on, within its image. */
        public String lineKey() {
            return block + "." + paragraph + "." + line;
        }
    }

    public static final String COMMAND = "tesseract";
    private static final long TIMEOUT_SECONDS = 600;

    private final String command;

    private Tesseract(String command) {
        this.command = command;
    }

    /** Tesseract where {@code command} runs and has the Chinese and Latin models; otherwise why not. */
    public static Availability find(String command) {
        try {
            Process process = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return new Availability(Optional.empty(), "OCR not available: '" + command + " --list-langs' failed");
            }
            List<String> languages = out.lines().map(String::strip).toList();
            for (String needed : List.of("chi_sim", "eng")) {
                if (!languages.contains(needed)) {
                    return new Availability(Optional.empty(), "OCR not available: Tesseract has no '" + needed
                            + "' model (install tesseract-ocr-" + needed.replace('_', '-') + ")");
                }
            }
            return new Availability(Optional.of(new Tesseract(command)), "");
        } catch (IOException e) {
            return new Availability(Optional.empty(), "OCR not available: Tesseract ('" + command + "') is not installed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Availability(Optional.empty(), "OCR not available: interrupted");
        }
    }

    /** Tesseract, or the reason there is none, for the one-line error of a file that needs it. */
    public record Availability(Optional<Tesseract> tesseract, String reason) {
        /** No OCR, for the reason given. */
        public static Availability none(String reason) {
            return new Availability(Optional.empty(), reason);
        }
    }

    /** The words of each image, in the images' order; an image with nothing on it has none. */
    public List<List<Word>> read(List<BufferedImage> images, Mode mode) throws IOException {
        List<List<Word>> words = new ArrayList<>();
        images.forEach(i -> words.add(new ArrayList<>()));
        if (images.isEmpty()) {
            return words;
        }
        Path work = Files.createTempDirectory("disclosure-ocr");
        try {
            List<String> list = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) {
                ReadDeadline.check();
                Path file = work.resolve(i + ".png");
                ImageIO.write(images.get(i), "png", file.toFile());
                list.add(file.toString());
            }
            Path listFile = Files.write(work.resolve("images.txt"), list, StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>(List.of(command, listFile.toString(), work.resolve("out").toString(),
                    "-l", mode.language, "--psm", Integer.toString(mode.segmentation), "-c", "debug_file=/dev/null"));
            if (mode.whitelist != null) {
                args.addAll(List.of("-c", "tessedit_char_whitelist=" + mode.whitelist));
            }
            args.add("tsv");
            ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true)
                    .redirectOutput(work.resolve("log.txt").toFile());
            // Tesseract's own threads only contend with the ingest's: one file, one core.
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            try {
                if (!process.waitFor(Math.min(TIMEOUT_SECONDS, ReadDeadline.secondsLeft(TIMEOUT_SECONDS)), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    ReadDeadline.check();
                    throw new IOException("Tesseract did not finish within " + TIMEOUT_SECONDS + " s");
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("OCR interrupted");
            }
            Path tsv = work.resolve("out.tsv");
            if (process.exitValue() != 0 || !Files.isRegularFile(tsv)) {
                throw new IOException("Tesseract failed (exit " + process.exitValue() + "): "
                        + Files.readString(work.resolve("log.txt")).lines().reduce((a, b) -> b).orElse(""));
            }
            parse(Files.readAllLines(tsv, StandardCharsets.UTF_8), words);
            return words;
        } finally {
            FolderTree.deleteQuietly(work);
        }
    }

    /** Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height, confidence, text. */
    private static void parse(List<String> tsv, List<List<Word>> words) {
        for (String row : tsv.subList(Math.min(1, tsv.size()), tsv.size())) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
                continue;
            }
            int image = Integer.parseInt(f[1]) - 1;
            if (image >= 0 && image < words.size()) {
                words.get(image).add(new Word(image, Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                        Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                        Float.parseFloat(f[10]), f[11].strip()));
            }
        }
    }
}
