package ru.schooljournal.web.roster;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.schooljournal.roster.boundary.Family;
import ru.schooljournal.roster.boundary.Family.Child;

/** «Мои дети»: a parent's children, each with their class, a way into their diary and their latest period's report. */
@Named
@RequestScoped
public class ChildrenPage {

    @EJB
    Family family;

    @EJB
    ru.schooljournal.reports.boundary.StudentReport studentReport;

    private List<Child> children;
    private final java.util.Map<Long, ru.schooljournal.reports.boundary.StudentReport.PeriodRef> periods =
            new java.util.HashMap<>();

    public void load() {
        children = family.myChildren();
        for (Child c : children) {
            try {
                var p = studentReport.latestPeriod(c.personId());
                if (p != null) {
                    periods.put(c.personId(), p);
                }
            } catch (ru.schooljournal.access.control.AccessDenied notInThisSchoolsMatrix) {
                // the school has taken REPORTS_SELF from parents: no link, the diary stays
            }
        }
    }

    /** The period of the child's printable report (the latest one over), or null. */
    public ru.schooljournal.reports.boundary.StudentReport.PeriodRef reportPeriod(long child) {
        return periods.get(child);
    }

    public List<Child> getChildren() {
        return children;
    }
}
