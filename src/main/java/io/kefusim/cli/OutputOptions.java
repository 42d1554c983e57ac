package io.kefusim.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the commands that read a shop's records ({@code fit}, {@code forecast}, {@code backtest}) write, and in which language. */
final class OutputOptions {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "Base folder for results (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the page and messages: en or zh.")
    String lang;
}
