package ru.schooljournal.web.school;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import ru.schooljournal.school.boundary.SchoolOverview;
import ru.schooljournal.school.boundary.SchoolOverview.Overview;
import ru.schooljournal.web.platform.Texts;

/** The school's overview: the home of the administration and of staff without classes. */
@Named
@RequestScoped
public class OverviewPage {

    @EJB
    SchoolOverview schoolOverview;

    @Inject
    Texts texts;

    private Overview overview;

    public void load() {
        overview = schoolOverview.overview();
    }

    public Overview getOverview() {
        return overview;
    }

    /** «2-я четверть», or «2-я четверть, 1-е полугодие» where grades keep different periods. */
    public String getPeriodNow() {
        if (overview.periodsNow().isEmpty()) {
            return texts.get("overview.holidays");
        }
        String periods = overview.periodsNow().stream()
                .map(p -> texts.get("period." + p.kind(), p.number()))
                .collect(Collectors.joining(", "));
        return texts.get("overview.period", periods);
    }
}
