package io.kefusim.studio;

import java.nio.file.Path;

/**
 * Runs a saved scenario file as {@code kefusim run FILE --out OUT --lang LANG} does and returns the
 * results folder it wrote (OUT/NAME/RUN-ID). The command line passes its own run command in, so a studio save is
 * that command and nothing else: the same folder, byte for byte, as a user typing it.
 */
@FunctionalInterface
public interface RunSaver {
    Path run(Path scenarioFile, String scenarioName, Path out, String lang) throws Exception;
}
