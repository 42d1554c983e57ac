package io.kefusim.cluster;

import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * A client's challenge to one member: prove you hold the cluster's key by sealing this fresh
 * nonce with your own member id and kefusim version. A client sends work only to members that
 * answer it; a stranger that joined, or one that relays the question to a real worker, cannot
 * (the answer names the member that made it).
 */
final class ProofTask implements Callable<byte[]>, Serializable {
    private static final long serialVersionUID = 2L;
    private final byte[] nonce;

    ProofTask(byte[] nonce) { this.nonce = nonce.clone(); }

    @Override
    public byte[] call() {
        return Worker.answer(nonce);
    }
}
