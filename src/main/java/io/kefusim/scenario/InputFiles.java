package io.kefusim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files kefusim reads (scenarios, batch manifests, traces, records), checked before they
 * are read: a pipe would block for ever, {@code /dev/zero} never end, and a 3 GB file read whole
 * exhausts the heap. Each gives one line instead, naming the file and what is allowed.
 */
public final class InputFiles {
    /**
     * Files read whole (scenarios, manifests, column maps): 16 MB. A year of per-date days and
     * quarter-hourly weekday patterns is well under 1 MB; more is a wrong file. Traces and
     * records are streamed, row by row, and have no such limit.
     */
    public static final long MAX_WHOLE_BYTES = 16L << 20;

    private InputFiles() {}

    /** What is wrong with reading {@code file} (English and Chinese), or null if it is an ordinary file within {@code limit} bytes. */
    public record Refusal(String english, String chinese) {
        ScenarioException at(Path file) {
            return new ScenarioException(file.toString(), 0, null, english, chinese);
        }
    }

    public static Refusal refusal(Path file, long limit) {
        if (Files.isDirectory(file)) return new Refusal("is a folder; allowed: a file", "是文件夹；允许：文件");
        if (!Files.exists(file)) return new Refusal("no such file", "没有这个文件");
        if (!Files.isRegularFile(file)) {
            return new Refusal("not an ordinary file (a pipe, socket or device); allowed: an ordinary file",
                    "不是普通文件（而是管道、套接字或设备）；允许：普通文件");
        }
        try {
            long size = Files.size(file);
            if (size > limit) return tooBig(size, limit);
        } catch (IOException e) {
            return null; // reading it says why
        }
        return null;
    }

    private static Refusal tooBig(long size, long limit) {
        String mb = limit / (1 << 20) + " MB";
        return new Refusal("the file is " + size + " bytes, more than the limit of " + limit + " bytes (" + mb + "); allowed: a file of at most " + mb,
                "文件有 " + size + " 字节，超过上限 " + limit + " 字节（" + mb + "）；允许：不超过 " + mb + " 的文件");
    }

    /** Throws the refusal, if any, as bad input naming the file; for files that are then streamed. */
    public static void check(Path file, long limit) {
        Refusal r = refusal(file, limit);
        if (r != null) throw r.at(file);
    }

    /**
     * The file's text (UTF-8, strictly: bytes that are not UTF-8 are an error, not replaced), at
     * most {@link #MAX_WHOLE_BYTES}. The limit is checked again while reading, for files whose
     * size the system does not tell in advance.
     */
    public static String readWhole(Path file) {
        check(file, MAX_WHOLE_BYTES);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_WHOLE_BYTES + 1);
            if (bytes.length > MAX_WHOLE_BYTES) throw tooBig(bytes.length, MAX_WHOLE_BYTES).at(file);
            return utf8(bytes, file);
        } catch (IOException e) {
            throw ScenarioException.unreadable(file.toString(), e);
        }
    }

    /**
     * The text of a file's bytes given otherwise than as a file (the studio's upload): read as
     * {@link #readWhole} reads a file, the same size limit and the same one line where the bytes
     * are not UTF-8 text (a UTF-16 byte order mark, NUL bytes, GBK), naming {@code file}.
     */
    public static String readWhole(byte[] bytes, Path file) {
        if (bytes.length > MAX_WHOLE_BYTES) throw tooBig(bytes.length, MAX_WHOLE_BYTES).at(file);
        return utf8(bytes, file);
    }

    private static final String SAVE_AS_UTF8 = "allowed: UTF-8 text; save the file again as UTF-8";
    private static final String SAVE_AS_UTF8_ZH = "允许：UTF-8 文本；请把文件另存为 UTF-8";

    /**
     * The bytes as UTF-8 text; where they are not, one line saying so, at the line of the first
     * byte that cannot be UTF-8 (Windows Notepad in China saves GBK by default, or UTF-16 as "Unicode"),
     * or of the first NUL byte (UTF-16 without a byte order mark, whose ASCII letters each carry a 0).
     */
    static String utf8(byte[] bytes, Path file) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ScenarioException(file.toString(), 1, null,
                    "not UTF-8 text: the file is saved as UTF-16 (it starts with a UTF-16 byte order mark); " + SAVE_AS_UTF8,
                    "不是 UTF-8 文本：文件存成了 UTF-16（开头是 UTF-16 的字节顺序标记）；" + SAVE_AS_UTF8_ZH);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != 0) continue;
            // NUL is valid UTF-8 but never text: every other byte is one in UTF-16 saved without a byte order mark
            int line = 1;
            for (int j = 0; j < i; j++) if (bytes[j] == '\n') line++;
            throw new ScenarioException(file.toString(), line, null,
                    "not UTF-8 text: this line has NUL bytes (0x00), which text does not hold (the file was probably saved as UTF-16); " + SAVE_AS_UTF8,
                    "不是 UTF-8 文本：这一行有 NUL 字节（0x00），文本中不会有（文件多半存成了 UTF-16）；" + SAVE_AS_UTF8_ZH);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            // the line only: GBK's pairs of bytes can pass for UTF-8 before one does not, so a column would mislead
            int line = 1;
            for (int i = 0; i < out.position(); i++) if (out.get(i) == '\n') line++;
            throw new ScenarioException(file.toString(), line, null,
                    "not UTF-8 text: bytes on this line are not UTF-8 (often the file was saved as GBK or UTF-16); " + SAVE_AS_UTF8,
                    "不是 UTF-8 文本：这一行有不是 UTF-8 的字节（文件多半存成了 GBK 或 UTF-16）；" + SAVE_AS_UTF8_ZH);
        }
        out.flip();
        return out.toString();
    }
}
