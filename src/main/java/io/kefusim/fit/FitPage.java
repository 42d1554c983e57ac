package io.kefusim.fit;

import io.kefusim.report.Text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** fit.html: observed against fitted, in the user's language. */
final class FitPage {
    private FitPage() {}

    static void write(Path dir, FitResult r, Map<String, Object> json, Text text) throws IOException {
        // filled in below
    }
}
