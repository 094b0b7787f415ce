package ru.schooljournal.web.reports;

import java.util.function.Function;
import ru.schooljournal.reports.ReportCatalog.Filter;
import ru.schooljournal.web.platform.Dates;
import ru.schooljournal.web.platform.PageAddress;

/**
 * A report's filter read from an address's parameters: {@code period}, {@code class}, {@code from}, {@code to},
 * {@code atLeast}; a malformed number is refused with the report's Russian reason.
 */
final class ReportFilters {

    private ReportFilters() {
    }

    static Filter of(Function<String, String> parameter) {
        Long atLeast = PageAddress.number(parameter.apply("atLeast"));
        return new Filter(PageAddress.number(parameter.apply("period")), PageAddress.number(parameter.apply("class")),
                Dates.fromAddress(parameter.apply("from"), null), Dates.fromAddress(parameter.apply("to"), null),
                atLeast == null ? null : (int) Math.min(1000, atLeast));
    }
}
