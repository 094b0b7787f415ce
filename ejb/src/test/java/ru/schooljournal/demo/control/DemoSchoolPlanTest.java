package ru.schooljournal.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.schooljournal.demo.control.DemoSchoolPlan.ClassPlan;
import ru.schooljournal.demo.control.DemoSchoolPlan.LessonPlan;
import ru.schooljournal.demo.control.DemoSchoolPlan.SlotPlan;
import ru.schooljournal.demo.control.DemoSchoolPlan.StudentPlan;
import ru.schooljournal.school.entity.PeriodKind;

class DemoSchoolPlanTest {

    private final DemoSchoolPlan plan = DemoSchoolPlan.create("demo", LocalDate.of(2026, 11, 23));

    @Test
    void hasTwoClassesInEachGradeFromFirstToEleventhWithAboutTwentyFiveStudents() {
        assertEquals(22, plan.classes().size());
        for (int grade = 1; grade <= 11; grade++) {
            plan.classOf(grade, "А");
            plan.classOf(grade, "Б");
        }
        for (ClassPlan c : plan.classes()) {
            assertTrue(c.students().size() >= 23 && c.students().size() <= 27, c.name() + " " + c.students().size());
            assertTrue(c.students().stream().allMatch(s -> !s.parents().isEmpty()), c.name() + " has a student without parents");
        }
    }

    @Test
    void theAcademicYearContainingTodayWithQuartersAndHalvesForSeniorGrades() {
        assertEquals(LocalDate.of(2026, 9, 1), plan.yearStartsOn());
        assertEquals(LocalDate.of(2027, 5, 31), plan.yearEndsOn());
        assertEquals(PeriodKind.QUARTER, plan.periodKindByGrade().get(5));
        assertEquals(PeriodKind.HALF, plan.periodKindByGrade().get(11));
        assertEquals(4, plan.periods().stream().filter(p -> p.kind() == PeriodKind.QUARTER).count());
        assertEquals(LocalDate.of(2025, 9, 1), DemoSchoolPlan.create("demo", LocalDate.of(2026, 3, 1)).yearStartsOn());
    }

    @Test
    void noTeacherTeachesTwoClassesAtOnce() {
        assertNoTeacherInTwoPlacesAtOnce(plan);
    }

    @Test
    void aSmallSchoolHasOneClassAGradeAndStillEveryDemoLogin() {
        DemoSchoolPlan small = DemoSchoolPlan.create("small", LocalDate.of(2026, 11, 23), DemoSchoolPlan.Size.SMALL);
        assertEquals(11, small.classes().size());
        assertTrue(small.classes().stream().allMatch(c -> c.letter().equals("А")
                && c.students().size() >= 6 && c.students().size() <= 10));
        assertEquals(13, small.logins().size());
        String parentKey = small.classOf(5, "А").students().stream().filter(s -> "small.student".equals(s.login()))
                .findFirst().orElseThrow().parents().stream().filter(p -> "small.parent".equals(p.login()))
                .findFirst().orElseThrow().key();
        assertTrue(small.classOf(2, "А").students().stream()
                .anyMatch(s -> s.parents().stream().anyMatch(p -> p.key().equals(parentKey))), "the sibling is in 2А");
        assertNoTeacherInTwoPlacesAtOnce(small);
    }

    @Test
    void theBenchmarksSchoolOfFiveThousandStudentsIsPlannedWithoutClashes() {
        DemoSchoolPlan big = DemoSchoolPlan.create("bench", LocalDate.of(2026, 11, 23), new DemoSchoolPlan.Size(18, 25));
        assertEquals(198, big.classes().size());
        long students = big.classes().stream().mapToLong(c -> c.students().size()).sum();
        assertTrue(students > 4_800 && students < 5_100, students + " students");
        assertNoTeacherInTwoPlacesAtOnce(big);
        int hours = 0;
        int placed = 0;
        for (ClassPlan c : big.classes()) {
            int h = c.subjects().stream().mapToInt(LessonPlan::hoursPerWeek).sum();
            assertTrue(c.slots().size() >= h * 8 / 10, c.name() + ": " + c.slots().size() + " of " + h);
            hours += h;
            placed += c.slots().size();
        }
        assertTrue(placed >= hours * 98 / 100, placed + " of " + hours + " weekly hours have a place");
    }

    @Test
    void aSizeOutsideWhatASchoolHasIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DemoSchoolPlan.Size(0, 25));
        assertThrows(IllegalArgumentException.class, () -> new DemoSchoolPlan.Size(21, 25));
        assertThrows(IllegalArgumentException.class, () -> new DemoSchoolPlan.Size(2, 2));
        assertEquals(DemoSchoolPlan.Size.DEMO, DemoSchoolPlan.Size.of(null, " "));
        assertEquals(new DemoSchoolPlan.Size(18, 25), DemoSchoolPlan.Size.of("18", "25"));
    }

    private static void assertNoTeacherInTwoPlacesAtOnce(DemoSchoolPlan plan) {
        Map<String, String> teacherOf = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (ClassPlan c : plan.classes()) {
            for (LessonPlan l : c.subjects()) {
                teacherOf.put(c.name() + l.subject(), l.teacherKey());
            }
            for (SlotPlan s : c.slots()) {
                String teacher = teacherOf.get(c.name() + s.subject());
                assertTrue(taken.add(teacher + s.day() + s.number()),
                        teacher + " twice on " + s.day() + " lesson " + s.number());
            }
        }
    }

    @Test
    void timetableCoversTheCurriculumWithoutGapsForStudents() {
        for (ClassPlan c : plan.classes()) {
            int hours = c.subjects().stream().mapToInt(LessonPlan::hoursPerWeek).sum();
            assertTrue(c.slots().size() >= hours * 9 / 10, c.name() + ": " + c.slots().size() + " of " + hours);
            Map<java.time.DayOfWeek, List<Integer>> byDay = new HashMap<>();
            c.slots().forEach(s -> byDay.computeIfAbsent(s.day(), d -> new java.util.ArrayList<>()).add(s.number()));
            byDay.forEach((day, numbers) -> {
                numbers.sort(Integer::compare);
                for (int i = 0; i < numbers.size(); i++) {
                    assertEquals(i + 1, numbers.get(i), c.name() + " has a gap on " + day);
                }
                assertTrue(numbers.size() <= DemoSchoolPlan.maxLessonsPerDay(c.grade()));
            });
        }
    }

    @Test
    void firstGradeHasNoForeignLanguageAndPrimaryClassTeacherTeachesTheMainSubjects() {
        ClassPlan first = plan.classOf(1, "А");
        assertTrue(first.subjects().stream().noneMatch(l -> l.subject().startsWith("иностранный")));
        assertTrue(first.subjects().stream().filter(l -> l.subject().equals("математика"))
                .allMatch(l -> l.teacherKey().equals(first.classTeacherKey())));
    }

    @Test
    void demoLoginsCoverEveryRole() {
        Set<String> logins = new HashSet<>();
        plan.logins().forEach(l -> logins.add(l.login()));
        assertEquals(Set.of("admin", "director", "zavuch", "teacher", "teacher2", "secretary", "nurse",
                "psychologist", "hr", "tech", "student", "parent", "authority"), logins);
        ClassPlan fiveA = plan.classOf(5, "А");
        assertEquals("teacher", plan.staff(fiveA.classTeacherKey()).login());
        assertTrue(fiveA.subjects().stream().anyMatch(l -> l.subject().equals("математика")
                && l.teacherKey().equals(fiveA.classTeacherKey())), "5А's class teacher teaches its mathematics");
    }

    @Test
    void anotherSchoolMadeFromThePlanPrefixesItsLoginsWithItsCode() {
        DemoSchoolPlan other = DemoSchoolPlan.create("school2", LocalDate.of(2026, 11, 23));
        assertTrue(other.logins().stream().allMatch(l -> l.login().startsWith("school2.")));
        assertEquals("school2.teacher", other.staff(other.classOf(5, "А").classTeacherKey()).login());
    }

    @Test
    void theDemoParentHasAChildInFiveAAndOneInTwoB() {
        StudentPlan student = plan.classOf(5, "А").students().stream().filter(s -> "student".equals(s.login()))
                .findFirst().orElseThrow();
        String parentKey = student.parents().stream().filter(p -> "parent".equals(p.login())).findFirst()
                .orElseThrow().key();
        assertTrue(plan.classOf(2, "Б").students().stream()
                .anyMatch(s -> s.parents().stream().anyMatch(p -> p.key().equals(parentKey))));
    }

    @Test
    void sameCodeAndDayGiveTheSameSchool() {
        DemoSchoolPlan again = DemoSchoolPlan.create("demo", LocalDate.of(2026, 11, 23));
        assertEquals(plan.classOf(7, "Б").students(), again.classOf(7, "Б").students());
        assertEquals(plan.classOf(7, "Б").slots(), again.classOf(7, "Б").slots());
    }
}
