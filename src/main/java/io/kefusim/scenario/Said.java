package io.kefusim.scenario;

/**
 * Something to tell a user, as a message key of the report's catalogue and its arguments, so
 * that it is said in the reader's language where it is shown (a console, a page, a JSON file
 * in both). An argument may itself be a {@code Said} (said first), or an {@link Hours}.
 */
public record Said(String key, Object... args) {
    /** A stint or rest length in seconds, said as rotas say it ("24h"; "24小时"). */
    public record Hours(double seconds) {}

    /** A duration in seconds: "20s" in English as a scenario writes it, "20秒" in Chinese as run's report says it. */
    public record Duration(double seconds) {}
}
