package io.kefusim.scenario;

/**
 * Bad input in a scenario or trace file. Carries enough to print one line a user can act on:
 * which file, which line, which field, and what is allowed there.
 */
public final class ScenarioException extends RuntimeException {
    private final String file;
    private final int line;
    private final String field;

    public ScenarioException(String file, int line, String field, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() { return file; }
    public int line() { return line; }
    public String field() { return field; }

    /** {@code file:line: field: message}, the one line the command line prints. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<scenario>" : file);
        if (line > 0) sb.append(':').append(line);
        sb.append(": ");
        if (field != null && !field.isEmpty()) sb.append(field).append(": ");
        sb.append(getMessage());
        return sb.toString();
    }

    @Override
    public String toString() { return describe(); }
}
