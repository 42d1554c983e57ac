package io.kefusim.fit;

/**
 * A value or row of a records file that cannot be read, said in both languages: the English is
 * the exception's message, the Chinese beside it, so a skipped row is named in the reader's language.
 */
public final class Unreadable extends IllegalArgumentException {
    private final String chinese;

    public Unreadable(String english, String chinese) {
        super(english);
        this.chinese = chinese;
    }

    /** The Chinese of an exception from reading a row: its own when it has one, else its (English) message. */
    static String chinese(IllegalArgumentException e) {
        return e instanceof Unreadable u ? u.chinese : e.getMessage();
    }
}
