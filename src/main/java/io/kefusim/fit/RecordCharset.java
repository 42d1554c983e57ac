package io.kefusim.fit;

import io.kefusim.scenario.ScenarioException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The text encoding of a records file. Chinese desks' exports (千牛, Excel's "Unicode text", older
 * Windows tools) come as UTF-8, UTF-16 or GBK; read in the wrong one, names turn into mojibake and
 * numbers fail to parse row after row. Told by the byte-order mark (UTF-8, UTF-16 LE/BE); without
 * one, by NUL bytes (UTF-16 without a mark), else by whether the first 64 KB decode as UTF-8, else
 * as GBK. Decoding then reports bad bytes instead of replacing them, so a file that changes
 * encoding part way is refused with its line, not silently garbled.
 */
final class RecordCharset {
    static final Charset GBK = Charset.forName("GBK");
    private static final int SNIFF = 1 << 16;

    record Opened(BufferedReader reader, Charset charset) {}

    private RecordCharset() {}

    static Opened open(Path file) throws IOException {
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
        } else if (nulAt(head, 1)) {
            cs = StandardCharsets.UTF_16LE; // ASCII header letters with a zero high byte after each
        } else if (nulAt(head, 0)) {
            cs = StandardCharsets.UTF_16BE;
        } else if (head.length == 0 || decodes(head, StandardCharsets.UTF_8)) { // an empty file is refused as empty, later
            cs = StandardCharsets.UTF_8;
        } else if (decodes(head, GBK)) {
            cs = GBK;
        } else {
            throw new ScenarioException(file.toString(), 1, null, "the file is not text in UTF-8, UTF-16 or GBK; allowed: a CSV or TSV export "
                    + "in one of them (save it again as UTF-8)", "文件不是 UTF-8、UTF-16 或 GBK 编码的文本；允许：以其中一种编码导出的 CSV 或 TSV（请另存为 UTF-8）");
        }
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(skip);
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new Opened(new BufferedReader(new InputStreamReader(in, d), 1 << 16), cs);
    }

    /** Whether many of the bytes at positions {@code parity} (mod 2) of the header are NUL, as in UTF-16 text. */
    private static boolean nulAt(byte[] b, int parity) {
        int n = Math.min(b.length, 200), zeros = 0, pairs = 0;
        for (int i = parity; i < n; i += 2, pairs++) if (b[i] == 0) zeros++;
        return pairs >= 4 && zeros * 2 > pairs;
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
