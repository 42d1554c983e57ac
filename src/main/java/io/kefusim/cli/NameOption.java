package io.kefusim.cli;

import io.kefusim.scenario.ScenarioException;
import io.kefusim.scenario.ScenarioLoader;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** {@code --name} of {@code fit} and {@code forecast}: what their results are called, by default after the first records file. */
final class NameOption {
    @Option(names = "--name", paramLabel = "NAME", description = "Name of the results, and of fit's scenario (default: the first file's name).")
    String name;

    /** The name given, or the first file's with what cannot name a folder replaced by '-'; refused if it cannot name a scenario. */
    String orFirstOf(List<Path> files) {
        String n = name != null ? name : files.get(0).getFileName().toString().replaceAll("\\.[^.]*$", "")
                .replaceAll("[^\\p{L}\\p{N}_.\\-]", "-").replaceFirst("^[.\\-]+", "");
        if (!ScenarioLoader.isScenarioName(n)) throw new ScenarioException("--name", 0, null, "'" + n + "' " + ScenarioLoader.SCENARIO_NAME_ALLOWED,
                "'" + n + "' " + ScenarioLoader.SCENARIO_NAME_ALLOWED_ZH);
        return n;
    }
}
