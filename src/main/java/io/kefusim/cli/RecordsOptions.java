package io.kefusim.cli;

import io.kefusim.fit.RecordFormat;
import io.kefusim.scenario.ScenarioException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** The records files and how they are laid out, shared by {@code fit} and {@code backtest}. */
final class RecordsOptions {
    @Parameters(arity = "1..*", paramLabel = "RECORDS", description = "Records files (CSV or TSV, header row; any row order).")
    List<Path> files;

    @Option(names = "--format", paramLabel = "NAME", description = "kefusim, kefusim-messages, bank or qianniu (default: told by the header).")
    String format;

    @Option(names = "--map", paramLabel = "FILE", description = "A YAML file naming your columns (see README: Fitting to your records).")
    Path map;

    /** The format asked for, or null to tell it by each file's header. */
    RecordFormat format() {
        if (format != null && map != null) throw new ScenarioException("--map", 0, null, "give --format or --map, not both", "--format 与 --map 只能给一个");
        return map != null ? RecordFormat.load(map) : format != null ? RecordFormat.preset(format) : null;
    }
}
