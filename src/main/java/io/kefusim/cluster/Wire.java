package io.kefusim.cluster;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The canonical form of what a sealed message carries: fields in a fixed order, each string or
 * byte run with its length first, so one sequence of bytes means one thing (what the HMAC covers
 * is what is read). Reading checks every length against what is left.
 */
final class Wire {
    private Wire() {}

    static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        Out i32(int v) {
            try {
                out.writeInt(v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Out bytes(byte[] v) {
            i32(v.length);
            bytes.writeBytes(v);
            return this;
        }

        Out str(String v) { return bytes(v.getBytes(StandardCharsets.UTF_8)); }

        byte[] done() { return bytes.toByteArray(); }
    }

    static final class In {
        private final ByteBuffer in;

        In(byte[] b) { this.in = ByteBuffer.wrap(b); }

        int i32() {
            try {
                return in.getInt();
            } catch (BufferUnderflowException e) {
                throw new SecurityException("a message ends early");
            }
        }

        byte[] bytes() {
            int n = i32();
            if (n < 0 || n > in.remaining()) throw new SecurityException("a message's field runs past its end");
            byte[] v = new byte[n];
            in.get(v);
            return v;
        }

        String str() { return new String(bytes(), StandardCharsets.UTF_8); }

        void end() {
            if (in.hasRemaining()) throw new SecurityException("a message has bytes past its last field");
        }
    }
}
