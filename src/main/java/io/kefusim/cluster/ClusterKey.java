package io.kefusim.cluster;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys a cluster's members and clients share, derived from the secret and never sent. Every
 * message between a client and a worker is sealed: encrypted with AES-256-GCM and then
 * authenticated with HMAC-SHA256 over its whole canonical form (kind, id, IV, ciphertext), so a
 * party without the secret can neither read a scenario or a result nor make one a key holder
 * accepts. Hazelcast's open-source edition authenticates nobody, so this is kefusim's own layer.
 */
final class ClusterKey {
    /** PBKDF2 rounds: a captured message or cluster name costs an attacker this much per guessed secret. */
    static final int ROUNDS = 120_000;
    private static final byte[] MAGIC = "KFS1".getBytes(StandardCharsets.US_ASCII);
    static final int ID = 16, IV = 12, TAG = 32;
    private static final int HEADER = MAGIC.length + 1 + ID + IV + 4;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, ClusterKey> DERIVED = new ConcurrentHashMap<>();

    /** What a sealed message is: part of what is authenticated, so one kind can never pass for another. */
    enum Kind { TASK, RESULT, ANSWER }

    private final SecretKeySpec aes;
    private final SecretKeySpec mac;
    private final boolean secret;
    private final String hazelcastName;

    private ClusterKey(byte[] k, String clusterName, boolean secret) {
        this.aes = new SecretKeySpec(k, 0, 32, "AES");
        this.mac = new SecretKeySpec(k, 32, 32, "HmacSHA256");
        this.secret = secret;
        // The Hazelcast cluster name carries a tag of the key: a member or client without the
        // secret is refused at the door (its join or its connection names another cluster).
        this.hazelcastName = clusterName + "-" + HexFormat.of().formatHex(hmac("hazelcast cluster name".getBytes(StandardCharsets.UTF_8)), 0, 12);
    }

    /**
     * The keys of cluster {@code clusterName} with {@code secret} (empty: none; then anyone who can
     * reach the port holds them, which is why such a cluster is kept to loopback). The cluster name
     * is the salt, so two clusters with one secret still have different keys.
     */
    static ClusterKey of(String secret, String clusterName) {
        String s = secret == null ? "" : secret;
        return DERIVED.computeIfAbsent(clusterName + '\0' + s, x -> {
            try {
                PBEKeySpec spec = new PBEKeySpec(s.toCharArray(), ("kefusim cluster " + clusterName).getBytes(StandardCharsets.UTF_8), ROUNDS, 512);
                byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
                spec.clearPassword();
                return new ClusterKey(k, clusterName, !s.isEmpty());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this Java has no PBKDF2WithHmacSHA256", e);
            }
        });
    }

    boolean hasSecret() { return secret; }

    /** The name the Hazelcast members and clients use: the given name and a tag of the key. */
    String hazelcastName() { return hazelcastName; }

    static byte[] freshId() {
        byte[] id = new byte[ID];
        RANDOM.nextBytes(id);
        return id;
    }

    /** MAGIC, kind, id, IV, length, AES-GCM ciphertext of {@code plain}, then HMAC-SHA256 of all before it. */
    byte[] seal(Kind kind, byte[] id, byte[] plain) {
        try {
            byte[] iv = new byte[IV];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(128, iv));
            int ctLength = c.getOutputSize(plain.length);
            ByteBuffer b = ByteBuffer.allocate(HEADER + ctLength + TAG);
            b.put(MAGIC).put((byte) kind.ordinal()).put(id).put(iv).putInt(ctLength);
            c.updateAAD(b.array(), 0, HEADER);
            c.doFinal(ByteBuffer.wrap(plain), b);
            b.put(hmac(Arrays.copyOf(b.array(), HEADER + ctLength)));
            return b.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message opened: its id and its plain text. */
    record Opened(byte[] id, byte[] plain) {}

    /**
     * Checks the HMAC first (in constant time, before anything of the message is decrypted or read),
     * then decrypts.
     *
     * @throws SecurityException when the message is not of this kind, not whole, or not made with this key
     */
    Opened open(Kind kind, byte[] sealed) {
        if (sealed == null || sealed.length < HEADER + TAG) throw new SecurityException("not a sealed kefusim message");
        ByteBuffer b = ByteBuffer.wrap(sealed);
        byte[] magic = new byte[MAGIC.length], id = new byte[ID], iv = new byte[IV];
        b.get(magic);
        int k = b.get();
        b.get(id).get(iv);
        int ctLength = b.getInt();
        if (!Arrays.equals(magic, MAGIC) || ctLength < 16 || ctLength != sealed.length - HEADER - TAG) throw new SecurityException("not a sealed kefusim message");
        byte[] expected = hmac(Arrays.copyOf(sealed, HEADER + ctLength));
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(sealed, HEADER + ctLength, sealed.length))) {
            throw new SecurityException("fails its authentication check (made without the cluster's secret, or altered on the way)");
        }
        if (k != kind.ordinal()) throw new SecurityException("is a " + Kind.values()[Math.floorMod(k, Kind.values().length)] + " where a " + kind + " was due");
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, aes, new GCMParameterSpec(128, iv));
            c.updateAAD(sealed, 0, HEADER);
            return new Opened(id, c.doFinal(sealed, HEADER, ctLength));
        } catch (GeneralSecurityException e) {
            throw new SecurityException("fails its authentication check (made without the cluster's secret, or altered on the way)");
        }
    }

    private byte[] hmac(byte[] data) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(mac);
            return m.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
