package io.kefusim.report;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;

/**
 * Picks the font family for chart text. For Chinese, PNG charts need a font with CJK
 * glyphs installed on the machine (Debian: fonts-noto-cjk); without one the Chinese text in
 * PNGs would show as boxes, so the run says so and the PNG charts fall back to English
 * labels. SVG charts and the HTML report are drawn by the browser, which finds its own fonts.
 */
public final class ChartFonts {
    private static final List<String> CJK_PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN");
    private static final String SAMPLE = "服务水平客服排队";

    private ChartFonts() {}

    /** A family that can draw Chinese, or null if this machine has none. */
    public static String cjkFamily() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        for (String preferred : CJK_PREFERRED) {
            for (String f : families) {
                if (f.equalsIgnoreCase(preferred) && canDraw(f)) return f;
            }
        }
        for (String f : families) if (canDraw(f)) return f;
        return null;
    }

    private static boolean canDraw(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1;
    }
}
