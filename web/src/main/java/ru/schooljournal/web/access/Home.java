package ru.schooljournal.web.access;

import java.util.function.Predicate;
import ru.schooljournal.access.entity.Role;

/**
 * Where each role lands after sign-in: teacher → «Мои классы», parent → their children, student → their
 * diary, administration and staff → the school's overview, education authority → its schools.
 * A person with several roles lands on the first page of this order.
 */
public final class Home {

    private Home() {
    }

    public static String pathFor(Predicate<String> request) {
        if (request.test(Role.Names.ADMIN) || request.test(Role.Names.DIRECTOR)
                || request.test(Role.Names.DEPUTY)) {
            return "/school/overview.xhtml";
        }
        if (request.test(Role.Names.TEACHER)) {
            return "/teacher/classes.xhtml";
        }
        if (request.test(Role.Names.SECRETARY) || request.test(Role.Names.NURSE)
                || request.test(Role.Names.PSYCHOLOGIST) || request.test(Role.Names.HR)
                || request.test(Role.Names.TECH)) {
            return "/school/overview.xhtml";
        }
        if (request.test(Role.Names.PARENT)) {
            return "/parent/children.xhtml";
        }
        if (request.test(Role.Names.STUDENT)) {
            return "/student/diary.xhtml";
        }
        if (request.test(Role.Names.AUTHORITY)) {
            return "/authority/schools.xhtml";
        }
        return "/login.xhtml";
    }
}
