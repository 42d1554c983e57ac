package io.kefusim.scenario;

/**
 * {@code staffing.design}: the shifts {@code kefusim staff} may open when it designs shifts
 * instead of keeping the scenario's own. Candidate shifts start at {@link #starts} (seconds
 * after midnight) and last from {@link #minLength} to {@link #maxLength} in steps of
 * {@link #lengthStep} (never beyond the labour rules); a shift longer than
 * {@link #breakIfLongerThan} has one break of {@link #breakFor}, taken no sooner than
 * {@link #breakNotWithin} after its start and ending no later than that before its end; and
 * breaks are staggered so that at most {@link #maxShareOnBreak} of a group's agents at work are
 * off at once (at least one may always go). Seconds; {@code startEvery} is 0 when the starts are
 * a list.
 */
public record ShiftDesign(double startEvery, int[] starts, double minLength, double maxLength, double lengthStep,
                          double breakFor, double breakIfLongerThan, double breakNotWithin, double maxShareOnBreak) {
    /** Starts on the hour, 4 to 12 hours in whole hours, a 30-minute break in shifts over 6 hours, at most a quarter off at once. */
    public static final ShiftDesign DEFAULT = every(3600, 4 * 3600, 12 * 3600, 3600, 1800, 6 * 3600, 2 * 3600, 0.25);

    /** Candidate starts every {@code every} seconds from midnight. */
    public static ShiftDesign every(double every, double minLength, double maxLength, double lengthStep, double breakFor,
                                    double breakIfLongerThan, double breakNotWithin, double maxShareOnBreak) {
        int n = (int) Math.ceil(86400 / every - 1e-9);
        int[] starts = new int[n];
        for (int i = 0; i < n; i++) starts[i] = (int) Math.round(i * every);
        return new ShiftDesign(every, starts, minLength, maxLength, lengthStep, breakFor, breakIfLongerThan, breakNotWithin, maxShareOnBreak);
    }

    /** Whether a shift of this length has a break. */
    public boolean hasBreak(double length) {
        return breakFor > 0 && length > breakIfLongerThan + 1e-9;
    }

    /** The agents of a group who may be on break at once when {@code atWork} are at work (on duty or on break). */
    public int breakCap(int atWork) {
        return Math.max(1, (int) Math.floor(maxShareOnBreak * atWork + 1e-9));
    }
}
