package org.icosim.gui;

import java.util.Locale;

/** Numbers as the inspectors and monitors show them: rounded to what can be read, with their unit. */
final class Readable {

    private Readable() {
    }

    /**
     * A number rounded to three significant figures (whole numbers of a thousand or more to the
     * unit, with thousands separators), then the unit: {@code 7.97 FTE}, {@code £80,352,944},
     * {@code 0.948}. NaN is "-".
     */
    static String number(double value, String unit) {
        if (Double.isNaN(value)) return "-";
        String digits;
        double magnitude = Math.abs(value);
        if (magnitude >= 1000) digits = String.format(Locale.ROOT, "%,d", Math.round(value));
        else if (magnitude == 0) digits = "0";
        else {
            java.math.BigDecimal rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(3));
            digits = rounded.stripTrailingZeros().toPlainString();
        }
        if (unit.equals("£")) return (value < 0 ? "-£" + digits.substring(1) : "£" + digits);
        return unit.isEmpty() ? digits : digits + " " + unit;
    }

    /** Three significant figures as a number (what a property inspector shows and can chart). */
    static double round3(double value) {
        return round(value, 3);
    }

    /**
     * {@code digits} significant figures as a number, and whole numbers from {@code 10^digits}
     * on (so 3 figures give 7.97 and 80,352,944). NaN, infinities and 0 are kept.
     */
    static double round(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) return value;
        if (Math.abs(value) >= Math.pow(10, digits)) return Math.rint(value);
        return new java.math.BigDecimal(value).round(new java.math.MathContext(digits)).doubleValue();
    }

    /** A share as a percentage with one decimal: {@code 12.3%}. */
    static String percent(double share) {
        if (Double.isNaN(share)) return "-";
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** The Scale field's text: two decimals below 10, one above. */
    static String scale(double scale) {
        return String.format(Locale.ROOT, scale < 10 ? "%.2f" : "%.1f", scale);
    }
}
