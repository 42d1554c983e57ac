package io.kefusim.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The text encoding of a records file or a trace (read by {@code fit} and {@code backtest}, and by every run
 * of a {@code demand.trace}). Chinese desks' exports (千牛, Excel's "Unicode text", older
 * Windows tools) come as UTF-8, UTF-16 or GBK; read in the wrong one, names turn into mojibake and
 * numbers fail to parse row after row. Told by the byte-order mark (UTF-8, UTF-16 LE/BE); without
 * one, by NUL bytes (UTF-16 without a mark: many at odd or at even places of the first 64 KB, as
 * Excel's "Unicode text" has them after each ASCII letter, digit and tab), else by whether the first
 * 64 KB decode as UTF-8, else as GBK. Decoding then reports bad bytes instead of replacing them, and a
 * NUL character (never text), each with the line it is on, so a file that changes encoding part way
 * is refused with its line, not silently garbled.
 */
public final class TextCharset {
    public static final Charset GBK = Charset.forName("GBK");
    private static final int SNIFF = 1 << 16;

    public record Opened(BufferedReader reader, Charset charset) {}

    private TextCharset() {}

    public static Opened open(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        int skip = 0;
        Charset cs;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (utf16(head, 1)) {
            cs = StandardCharsets.UTF_16LE; // ASCII letters, digits and tabs with a zero high byte after each
        } else if (utf16(head, 0)) {
            cs = StandardCharsets.UTF_16BE;
        } else if (head.length == 0 || decodes(head, StandardCharsets.UTF_8)) { // an empty file is refused as empty, later
            cs = StandardCharsets.UTF_8;
        } else if (decodes(head, GBK) && !startsAsUtf8(head)) {
            cs = GBK;
        } else if (decodes(head, GBK)) {
            // UTF-8 Chinese read as GBK is mostly valid GBK, so a file saved in UTF-8 and then appended to in GBK
            // read as GBK from its first line: '售前' came out as '鍞墠' and the error named the wrong line
            throw new ScenarioException(file.toString(), lineOf(head, failsAt(head, StandardCharsets.UTF_8)), null,
                    "bytes on this line are not UTF-8 text, though the file starts as UTF-8 (it may mix two encodings); "
                            + "allowed: one of UTF-8 (with or without BOM), UTF-16 or GBK for the whole file — save the file again in one of them",
                    "这一行有不是 UTF-8 编码的字节，而文件开头是 UTF-8（文件可能混用了两种编码）；允许：整个文件统一用 UTF-8（带或不带 BOM）、UTF-16 或 GBK 中的一种——请用其中一种重新保存文件");
        } else {
            // the line where the encoding that reads furthest stops: where the file changes encoding, or stops being text
            int at = Math.max(failsAt(head, StandardCharsets.UTF_8), failsAt(head, GBK));
            throw new ScenarioException(file.toString(), lineOf(head, at), null, "bytes on this line are not UTF-8, UTF-16 or GBK text "
                    + "(the file may mix two encodings); allowed: a CSV or TSV export in one of them (save it again as UTF-8)",
                    "这一行的字节不是 UTF-8、UTF-16 或 GBK 文本（文件可能混用了两种编码）；允许：以其中一种编码导出的 CSV 或 TSV（请另存为 UTF-8）");
        }
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(skip);
        return new Opened(new BufferedReader(new Strict(in, cs), 1 << 16), cs);
    }

    /**
     * Whether the head is UTF-16 without a byte-order mark, its zero bytes at {@code parity} (1 little-endian, 0
     * big-endian): at least one character in eight has one (a CSV's digits, separators and line ends do, however
     * Chinese its headers), and the other places have at most an eighth as many (一, U+4E00, has its zero there).
     */
    private static boolean utf16(byte[] b, int parity) {
        int here = 0, there = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] != 0) continue;
            if ((i & 1) == parity) here++;
            else there++;
        }
        int chars = b.length / 2;
        return chars >= 4 && here * 8 >= chars && there * 8 <= here;
    }

    /** The offset of the first byte the charset cannot read in the head (a character cut at its end is no error), or its length. */
    private static int failsAt(byte[] b, Charset cs) {
        ByteBuffer in = ByteBuffer.wrap(b);
        CoderResult r = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(b.length + 1), b.length < SNIFF);
        return r.isError() ? in.position() : b.length;
    }

    /**
     * Whether the head starts as UTF-8 text with Chinese (or other non-ASCII) in it before its first byte that is
     * not UTF-8: at least three non-ASCII characters read as UTF-8 first. GBK text seldom reads so (its pairs
     * rarely make UTF-8 sequences: about one in twelve does, three in a row about one in two thousand), so such a
     * file was UTF-8 that changes encoding part way.
     */
    private static boolean startsAsUtf8(byte[] b) {
        int end = failsAt(b, StandardCharsets.UTF_8), nonAscii = 0;
        if (end >= b.length) return false;
        for (int i = 0; i < end; i++) if ((b[i] & 0xC0) == 0xC0) nonAscii++; // a UTF-8 lead byte: one non-ASCII character
        return nonAscii >= 3;
    }

    /** The line (from 1) of byte {@code at}, for UTF-8 and GBK, where a byte 0x0A is always a line's end. */
    private static int lineOf(byte[] b, int at) {
        int line = 1;
        for (int i = 0; i < at && i < b.length; i++) if (b[i] == '\n') line++;
        return line;
    }

    /**
     * Where a records file stops being text in its encoding: bytes that are not, or a NUL character,
     * with the line they are on (the CSV reader, reading ahead, is rows behind).
     */
    public static final class BadText extends CharacterCodingException {
        final long line;
        final boolean nul;
        final Charset cs;

        BadText(long line, boolean nul, Charset cs) {
            this.line = line;
            this.nul = nul;
            this.cs = cs;
        }

        public ScenarioException at(Path file) {
            int line = (int) Math.min(this.line, Integer.MAX_VALUE);
            if (nul) {
                return new ScenarioException(file.toString(), line, null,
                        "a NUL character (0x00) on this line, which text does not hold (the file was probably saved as UTF-16, or is not text); "
                                + "allowed: a CSV or TSV export in UTF-8, UTF-16 or GBK (save it again as UTF-8)",
                        "这一行有 NUL 字符（0x00），文本中不会有（文件多半存成了 UTF-16，或不是文本）；允许：以 UTF-8、UTF-16 或 GBK 导出的 CSV 或 TSV（请另存为 UTF-8）");
            }
            return new ScenarioException(file.toString(), line, null,
                    "bytes on this line are not " + cs.name() + " text, though the file starts as " + cs.name() + " (it may mix two encodings); "
                            + "allowed: one of UTF-8 (with or without BOM), UTF-16 or GBK for the whole file — save the file again in one of them",
                    "这一行有不是 " + cs.name() + " 编码的字节，而文件开头是 " + cs.name() + "（文件可能混用了两种编码）；允许：整个文件统一用 UTF-8（带或不带 BOM）、UTF-16 或 GBK 中的一种——请用其中一种重新保存文件");
        }
    }

    /**
     * Decodes strictly, counting lines: the characters before bad bytes are handed on first, so the
     * error names the line the bad bytes are on; a NUL character is an error too.
     */
    static final class Strict extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
        private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
        private boolean eof, done;
        private CoderResult error;
        /** The line of the next character handed on. */
        private long line = 1;

        Strict(InputStream in, Charset cs) {
            this.in = in;
            this.decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) return 0;
            while (!chars.hasRemaining()) {
                if (error != null) throw new BadText(line, false, decoder.charset());
                if (!fill()) return -1;
            }
            int n = Math.min(len, chars.remaining());
            chars.get(buf, off, n);
            for (int i = off; i < off + n; i++) {
                char c = buf[i];
                if (c == 0) throw new BadText(line, true, decoder.charset());
                if (c == '\n') line++;
            }
            return n;
        }

        /** Decodes more characters; false at the end of the file. */
        private boolean fill() throws IOException {
            if (done) return false;
            chars.clear();
            try {
                while (chars.position() == 0) {
                    CoderResult r = decoder.decode(bytes, chars, eof);
                    if (r.isError()) {
                        error = r; // the characters before it are handed on first
                        break;
                    }
                    if (r.isOverflow()) break;
                    if (eof) { // every byte read (a character cut at the end is an error above)
                        r = decoder.flush(chars);
                        if (r.isError()) error = r;
                        done = true;
                        break;
                    }
                    if (chars.position() > 0) break;
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) eof = true;
                    else bytes.position(bytes.position() + n);
                    bytes.flip();
                }
            } finally {
                chars.flip();
            }
            return chars.hasRemaining() || error != null;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Whether the bytes decode in the charset (a character cut at the end of the sample is allowed). */
    private static boolean decodes(byte[] b, Charset cs) {
        for (int cut = 0; cut < 4 && cut < b.length; cut++) {
            try {
                cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Arrays.copyOf(b, b.length - cut)));
                return true;
            } catch (CharacterCodingException e) {
                if (b.length < SNIFF) return false; // the whole file was read: no character was cut
            }
        }
        return false;
    }
}
