package kg.sedoff.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/** A date as precise as the text allows: xsd:date, xsd:gYearMonth or xsd:gYear. */
public record HistoricalDate(String lexical, Precision precision) {
    public enum Precision { DAY, MONTH, YEAR }

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** Parses a date, or empty if it is malformed or impossible (1938-02-30). */
    public static Optional<HistoricalDate> parse(String s) {
        try {
            if (DAY.matcher(s).matches()) {
                LocalDate.parse(s);
                return Optional.of(new HistoricalDate(s, Precision.DAY));
            }
            if (MONTH.matcher(s).matches()) {
                YearMonth.parse(s);
                return Optional.of(new HistoricalDate(s, Precision.MONTH));
            }
            if (YEAR.matcher(s).matches()) {
                return Optional.of(new HistoricalDate(s, Precision.YEAR));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public static final String FORMS = "YYYY-MM-DD, YYYY-MM or YYYY";
}
