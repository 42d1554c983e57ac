package io.kefusim.fit;

import java.util.List;

/** {@link RealExportsTest}'s day of bank calls, for tests in other packages. */
public final class RealExportsTestAccess {
    private RealExportsTestAccess() {}

    /** {@code n} calls of type PS on {@code date} (YYMMDD), one every 5 minutes from 08:00: header first. */
    public static List<String> calls(int n, String date) {
        return RealExportsTest.calls(new String[]{"PS"}, n, 300, 120, date).lines().toList();
    }
}
