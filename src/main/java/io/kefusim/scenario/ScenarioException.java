package io.kefusim.scenario;

import java.util.List;

/**
 * Bad input in a scenario or trace file. Carries enough to print one line a user can act on:
 * which file, which line, which field, and what is allowed there.
 */
public final class ScenarioException extends RuntimeException {
    private final String file;
    private final int line;
    /** The column in that line, where the file's parser knows it (0 when not): a misplaced bracket or tab is a character, not a line. */
    private final int column;
    private final String field;
    /** The message in Chinese, for {@code --lang zh}; null where only English is written yet. */
    private final String chinese;

    public ScenarioException(String file, int line, String field, String message) {
        this(file, line, field, message, null);
    }

    /** @param chinese the same message in Chinese (shown with {@code --lang zh}), or null */
    public ScenarioException(String file, int line, String field, String message, String chinese) {
        this(file, line, 0, field, message, chinese);
    }

    /** @param column the column in {@code line} (from 1), or 0 when not known */
    public ScenarioException(String file, int line, int column, String field, String message, String chinese) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
        this.chinese = chinese;
    }

    /** A file that exists but could not be read (permissions, a folder, a broken disk): the system's reason, in either language. */
    public static ScenarioException unreadable(String file, java.io.IOException e) {
        String why = e.getClass().getSimpleName() + ": " + e.getMessage();
        return new ScenarioException(file, 0, null, "cannot read the file (" + why + ")", "无法读取文件（" + why + "）");
    }

    /** The same error without its field: for a value typed as an option, where the option names it. */
    public ScenarioException withoutField() {
        ScenarioException e = new ScenarioException(file, line, column, null, getMessage(), chinese);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /**
     * The same error, saying that the file as written is valid and the options given made it so
     * ({@code options} as typed): the line is where the problem shows, not what the user changed.
     */
    public ScenarioException madeBy(String options) {
        ScenarioException e = new ScenarioException(file, line, column, field,
                getMessage() + " (the file as written is valid: this comes with " + options + ")",
                chinese() + "（文件本身无误：此错误来自 " + options + "）");
        e.alongside = alongside;
        e.setStackTrace(getStackTrace());
        return e;
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String field() { return field; }
    /** The message in Chinese, or in English where none is written. */
    public String chinese() { return chinese != null ? chinese : getMessage(); }

    /** Errors found with this one (batch: every invalid file of a fleet), said after it, one line each. */
    private List<ScenarioException> alongside = List.of();

    /** This error and those found with it, in order: the lines the command line prints. */
    public List<ScenarioException> all() {
        List<ScenarioException> out = new java.util.ArrayList<>(List.of(this));
        out.addAll(alongside);
        return out;
    }

    /** Several errors as one, the first carrying the rest ({@link #all()}): each is said, then the command stops. */
    public static ScenarioException together(List<ScenarioException> errors) {
        ScenarioException first = errors.get(0);
        first.alongside = List.copyOf(errors.subList(1, errors.size()));
        return first;
    }

    /** {@code file:line: field: message} ({@code file:line:column: ...} where the column is known), the one line the command line prints. */
    public String describe() {
        return describe(false);
    }

    /**
     * The same line, its message in Chinese when asked and written (the file, line and field stay
     * as they are in the file); in English otherwise.
     */
    public String describe(boolean inChinese) {
        String message = inChinese && chinese != null ? chinese : getMessage();
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<scenario>" : file);
        if (line > 0) sb.append(':').append(line);
        if (line > 0 && column > 0) sb.append(':').append(column);
        sb.append(": ");
        if (field != null && !field.isEmpty()) sb.append(field).append(": ");
        sb.append(message);
        return sb.toString();
    }

    @Override
    public String toString() { return describe(); }
}
