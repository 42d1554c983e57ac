package io.kefusim.cluster;

import java.io.Serializable;
import java.util.concurrent.Callable;

/** Asks a worker which kefusim it runs (checked when a client connects, and by every task). */
final class VersionTask implements Callable<String>, Serializable {
    private static final long serialVersionUID = 1L;
    private final String secret;

    VersionTask(String secret) { this.secret = secret; }

    @Override
    public String call() {
        Worker.admit(Worker.version(), secret); // the secret is checked on connecting; versions are compared by the client
        return Worker.version();
    }
}
