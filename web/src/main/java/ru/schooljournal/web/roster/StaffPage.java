package ru.schooljournal.web.roster;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import ru.schooljournal.roster.boundary.StaffList;
import ru.schooljournal.roster.boundary.StaffList.Member;

/** «Сотрудники»: the school's staff, each a link to their card. */
@Named
@RequestScoped
public class StaffPage {

    @EJB
    StaffList staffList;

    private List<Member> staff;

    public void load() {
        staff = staffList.staff();
    }

    public List<Member> getStaff() {
        return staff;
    }
}
