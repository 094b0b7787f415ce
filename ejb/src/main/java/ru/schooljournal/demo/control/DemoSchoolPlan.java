package ru.schooljournal.demo.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.roster.entity.Relation;
import ru.schooljournal.roster.entity.Sex;
import ru.schooljournal.school.entity.PeriodKind;

/**
 * The demo school, worked out in memory and the same every time for the same code, day and size: grades
 * 1–11 with two classes each (or as many as the {@link Size} says), about 25 students per class with their
 * parents, teachers for the usual subjects, the current academic year with its periods, and a weekly
 * timetable in which no teacher is in two places at once. The demo loader (a batch job) writes it class by
 * class, then fills its journal with set-based SQL.
 */
public final class DemoSchoolPlan implements Serializable {

    private static final long serialVersionUID = 1L;
    // ClassPlan records hold mutable lists: maps keyed by them are identity maps.

    /** The password of every demo login (it meets the password rule). */
    public static final String DEMO_PASSWORD = "Demo-2026";
    /** The code of the demo school the run command loads; its logins carry no prefix. */
    public static final String DEMO_CODE = "demo";
    /** The letters of parallel classes, in the order a school gives them out (no Ё, Й, Ъ, Ы, Ь). */
    private static final String[] LETTERS = {"А", "Б", "В", "Г", "Д", "Е", "Ж", "З", "И", "К", "Л", "М", "Н",
            "О", "П", "Р", "С", "Т", "У", "Ф"};
    public static final int MAX_TEACHER_HOURS = 26;

    /**
     * How big a school the plan makes: parallel classes in each grade 1–11 and the average class size (each
     * class has two students more or fewer). {@link #DEMO} is the school the run command loads; the
     * benchmark's school of ≈ 5,000 students is {@code new Size(18, 25)}; tests that need only some school
     * take {@link #SMALL}.
     */
    public record Size(int classesPerGrade, int studentsPerClass) implements Serializable {
        public static final Size DEMO = new Size(2, 25);
        public static final Size SMALL = new Size(1, 8);

        public Size {
            if (classesPerGrade < 1 || classesPerGrade > LETTERS.length) {
                throw new IllegalArgumentException("classes per grade: 1.." + LETTERS.length + ", not " + classesPerGrade);
            }
            if (studentsPerClass < 3 || studentsPerClass > 40) {
                throw new IllegalArgumentException("students per class: 3..40, not " + studentsPerClass);
            }
        }

        /** The size named by the job's parameters, e.g. "2" and "25"; the demo's where one is missing. */
        public static Size of(String classesPerGrade, String studentsPerClass) {
            return new Size(blank(classesPerGrade) ? DEMO.classesPerGrade : Integer.parseInt(classesPerGrade.trim()),
                    blank(studentsPerClass) ? DEMO.studentsPerClass : Integer.parseInt(studentsPerClass.trim()));
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        List<String> letters() {
            return List.of(LETTERS).subList(0, classesPerGrade);
        }
    }

    public record SubjectPlan(String name, String shortName, String specialty, int[] hoursByGrade)
            implements Serializable {
        public int hours(int grade) {
            return hoursByGrade[grade - 1];
        }
    }

    public record StaffPlan(String key, String lastName, String firstName, String middleName, Sex sex,
                            String position, Set<Role> roles, String specialty, String room, String login)
            implements Serializable {
    }

    public record ParentPlan(String key, String lastName, String firstName, String middleName, Sex sex,
                             Relation relation, String phone, String login) implements Serializable {
    }

    public record StudentPlan(String key, String lastName, String firstName, String middleName, Sex sex,
                              LocalDate birthDate, List<ParentPlan> parents, String login) implements Serializable {
    }

    public record LessonPlan(String subject, String teacherKey, int hoursPerWeek) implements Serializable {
    }

    public record SlotPlan(String subject, DayOfWeek day, int number, String room) implements Serializable {
    }

    public record ClassPlan(int grade, String letter, String classTeacherKey, String room,
                            List<StudentPlan> students, List<LessonPlan> subjects, List<SlotPlan> slots)
            implements Serializable {
        public String name() {
            return grade + letter;
        }
    }

    public record PeriodPlan(PeriodKind kind, int number, LocalDate startsOn, LocalDate endsOn)
            implements Serializable {
    }

    public record BellPlan(int number, LocalTime startsAt, LocalTime endsAt) implements Serializable {
    }

    /** A demo login for the README and the start-up log. */
    public record DemoLogin(String login, String role, String who) implements Serializable {
    }

    /** The usual subjects with weekly hours for grades 1..11 (a typical ФГОС curriculum, five-day week). */
    static final List<SubjectPlan> SUBJECTS = List.of(
            new SubjectPlan("русский язык", "рус. яз.", "RUS", new int[]{5, 5, 5, 5, 5, 6, 4, 3, 3, 2, 2}),
            new SubjectPlan("литературное чтение", "лит. чт.", "PRIMARY", new int[]{4, 4, 4, 3, 0, 0, 0, 0, 0, 0, 0}),
            new SubjectPlan("литература", "лит.", "RUS", new int[]{0, 0, 0, 0, 3, 3, 2, 2, 3, 3, 3}),
            new SubjectPlan("иностранный язык (английский)", "англ. яз.", "ENG", new int[]{0, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3}),
            new SubjectPlan("математика", "матем.", "MATH", new int[]{4, 4, 4, 4, 5, 5, 0, 0, 0, 0, 0}),
            new SubjectPlan("алгебра", "алгебра", "MATH", new int[]{0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3}),
            new SubjectPlan("геометрия", "геом.", "MATH", new int[]{0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2}),
            new SubjectPlan("вероятность и статистика", "вер. и стат.", "MATH", new int[]{0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1}),
            new SubjectPlan("информатика", "информ.", "INF", new int[]{0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1}),
            new SubjectPlan("окружающий мир", "окр. мир", "PRIMARY", new int[]{2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0}),
            new SubjectPlan("основы религиозных культур и светской этики", "ОРКСЭ", "PRIMARY", new int[]{0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}),
            new SubjectPlan("история", "история", "HIST", new int[]{0, 0, 0, 0, 2, 2, 2, 2, 3, 2, 2}),
            new SubjectPlan("обществознание", "общество", "HIST", new int[]{0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2}),
            new SubjectPlan("география", "геогр.", "GEO", new int[]{0, 0, 0, 0, 1, 1, 2, 2, 2, 1, 1}),
            new SubjectPlan("биология", "биол.", "BIO", new int[]{0, 0, 0, 0, 1, 1, 1, 2, 2, 1, 1}),
            new SubjectPlan("физика", "физика", "PHYS", new int[]{0, 0, 0, 0, 0, 0, 2, 2, 3, 2, 2}),
            new SubjectPlan("химия", "химия", "CHEM", new int[]{0, 0, 0, 0, 0, 0, 0, 2, 2, 1, 1}),
            new SubjectPlan("музыка", "музыка", "MUS", new int[]{1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0}),
            new SubjectPlan("изобразительное искусство", "ИЗО", "ART", new int[]{1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0}),
            new SubjectPlan("труд (технология)", "труд", "TECHN", new int[]{1, 1, 1, 1, 2, 2, 2, 1, 1, 0, 0}),
            new SubjectPlan("основы безопасности и защиты Родины", "ОБЗР", "OBZR", new int[]{0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1}),
            new SubjectPlan("физическая культура", "физ-ра", "PE", new int[]{2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}));

    /** What a teacher of each specialty is called, for the staff card. */
    private static final Map<String, String> POSITIONS = Map.ofEntries(
            Map.entry("PRIMARY", "учитель начальных классов"),
            Map.entry("RUS", "учитель русского языка и литературы"),
            Map.entry("ENG", "учитель английского языка"),
            Map.entry("MATH", "учитель математики"),
            Map.entry("INF", "учитель информатики"),
            Map.entry("HIST", "учитель истории и обществознания"),
            Map.entry("GEO", "учитель географии"),
            Map.entry("BIO", "учитель биологии"),
            Map.entry("PHYS", "учитель физики"),
            Map.entry("CHEM", "учитель химии"),
            Map.entry("MUS", "учитель музыки"),
            Map.entry("ART", "учитель изобразительного искусства"),
            Map.entry("TECHN", "учитель труда (технологии)"),
            Map.entry("OBZR", "преподаватель-организатор ОБЗР"),
            Map.entry("PE", "учитель физической культуры"));

    /** In grades 1–4 the class teacher teaches these specialties herself. */
    private static final Set<String> TAUGHT_BY_PRIMARY_TEACHER = Set.of("PRIMARY", "RUS", "MATH", "ART", "TECHN");

    private final String code;
    private final Size size;
    private final String name;
    private final String shortName;
    private final String authorityName;
    private final LocalDate yearStartsOn;
    private final LocalDate yearEndsOn;
    private final List<PeriodPlan> periods = new ArrayList<>();
    private final Map<Integer, PeriodKind> periodKindByGrade = new LinkedHashMap<>();
    private final List<BellPlan> bells = new ArrayList<>();
    private final List<StaffPlan> staff = new ArrayList<>();
    private final List<ClassPlan> classes = new ArrayList<>();
    private final List<DemoLogin> logins = new ArrayList<>();

    private DemoSchoolPlan(String code, LocalDate today, Size size) {
        this.code = code;
        this.size = size;
        String number = DEMO_CODE.equals(code) ? "1" : "1 (" + code + ")";
        this.name = "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № "
                + number + "»";
        this.shortName = "МБОУ СОШ № " + number;
        this.authorityName = "Управление образования (демо)";
        int startYear = today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
        this.yearStartsOn = LocalDate.of(startYear, 9, 1);
        this.yearEndsOn = LocalDate.of(startYear + 1, 5, 31);
    }

    /** Works out the demo school for the academic year that contains {@code today}. */
    public static DemoSchoolPlan create(String code, LocalDate today) {
        return create(code, today, Size.DEMO);
    }

    /** Works out a school of the given size for the academic year that contains {@code today}. */
    public static DemoSchoolPlan create(String code, LocalDate today, Size size) {
        DemoSchoolPlan plan = new DemoSchoolPlan(code, today, size);
        Random random = new Random(code.hashCode() * 31L + plan.yearStartsOn.getYear());
        RussianNames names = new RussianNames(random);
        plan.planCalendar();
        plan.planStaff(names);
        plan.planClasses(names, random);
        plan.planTimetable(random);
        plan.planLogins();
        return plan;
    }

    private void planCalendar() {
        int y = yearStartsOn.getYear();
        periods.add(new PeriodPlan(PeriodKind.QUARTER, 1, LocalDate.of(y, 9, 1), LocalDate.of(y, 10, 24)));
        periods.add(new PeriodPlan(PeriodKind.QUARTER, 2, LocalDate.of(y, 11, 5), LocalDate.of(y, 12, 28)));
        periods.add(new PeriodPlan(PeriodKind.QUARTER, 3, LocalDate.of(y + 1, 1, 9), LocalDate.of(y + 1, 3, 21)));
        periods.add(new PeriodPlan(PeriodKind.QUARTER, 4, LocalDate.of(y + 1, 3, 31), LocalDate.of(y + 1, 5, 26)));
        periods.add(new PeriodPlan(PeriodKind.HALF, 1, LocalDate.of(y, 9, 1), LocalDate.of(y, 12, 28)));
        periods.add(new PeriodPlan(PeriodKind.HALF, 2, LocalDate.of(y + 1, 1, 9), LocalDate.of(y + 1, 5, 26)));
        for (int grade = 1; grade <= 11; grade++) {
            periodKindByGrade.put(grade, grade >= 10 ? PeriodKind.HALF : PeriodKind.QUARTER);
        }
        int[][] times = {{8, 30}, {9, 25}, {10, 30}, {11, 35}, {12, 30}, {13, 25}, {14, 20}};
        for (int i = 0; i < times.length; i++) {
            LocalTime start = LocalTime.of(times[i][0], times[i][1]);
            bells.add(new BellPlan(i + 1, start, start.plusMinutes(45)));
        }
    }

    private void planStaff(RussianNames names) {
        addStaff(names, "admin", "инженер-программист (администратор системы)", EnumSet.of(Role.ADMIN), null, null, login("admin"));
        addStaff(names, "director", "директор", EnumSet.of(Role.DIRECTOR), null, null, login("director"));
        addStaff(names, "deputy", "заместитель директора по УВР", EnumSet.of(Role.DEPUTY), null, null, login("zavuch"));
        addStaff(names, "secretary", "секретарь учебной части", EnumSet.of(Role.SECRETARY), null, null, login("secretary"));
        addStaff(names, "nurse", "медицинская сестра", EnumSet.of(Role.NURSE), null, null, login("nurse"));
        addStaff(names, "psychologist", "педагог-психолог", EnumSet.of(Role.PSYCHOLOGIST), null, null, login("psychologist"));
        addStaff(names, "hr", "специалист по кадрам", EnumSet.of(Role.HR), null, null, login("hr"));
        addStaff(names, "tech", "заведующий хозяйством", EnumSet.of(Role.TECH), null, null, login("tech"));

        Map<String, Integer> hoursBySpecialty = new LinkedHashMap<>();
        for (int grade = 1; grade <= 11; grade++) {
            for (SubjectPlan s : SUBJECTS) {
                String specialty = specialtyIn(s, grade);
                if (!"PRIMARY".equals(specialty)) {
                    hoursBySpecialty.merge(specialty, s.hours(grade) * size.classesPerGrade(), Integer::sum);
                }
            }
        }
        int primaryTeachers = 4 * size.classesPerGrade();
        for (int i = 1; i <= primaryTeachers; i++) {
            addStaff(names, "PRIMARY-" + i, POSITIONS.get("PRIMARY"), EnumSet.of(Role.TEACHER), "PRIMARY",
                    String.valueOf(100 + i), null);
        }
        int room = 200;
        for (Map.Entry<String, Integer> e : hoursBySpecialty.entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            int load = teacherLoad();
            int count = (e.getValue() + load - 1) / load;
            for (int i = 1; i <= count; i++) {
                String r = "PE".equals(e.getKey()) ? "спортзал " + i : String.valueOf(++room);
                addStaff(names, e.getKey() + "-" + i, POSITIONS.get(e.getKey()), EnumSet.of(Role.TEACHER),
                        e.getKey(), r, null);
            }
        }
    }

    /**
     * The weekly hours a subject teacher is planned for: 24 in a school of two classes a grade; fewer in a
     * bigger one, where more classes compete for each bell and a greedy timetable needs the slack.
     */
    private int teacherLoad() {
        return size.classesPerGrade() <= 2 ? MAX_TEACHER_HOURS - 2 : 20;
    }

    private static String specialtyIn(SubjectPlan s, int grade) {
        return grade <= 4 && TAUGHT_BY_PRIMARY_TEACHER.contains(s.specialty()) ? "PRIMARY" : s.specialty();
    }

    private void addStaff(RussianNames names, String key, String position, Set<Role> roles, String specialty,
                          String room, String login) {
        Sex sex = "PE".equals(specialty) || "OBZR".equals(specialty) || "tech".equals(key) || "admin".equals(key)
                ? Sex.M
                : ("PRIMARY".equals(specialty) || "nurse".equals(key) || "secretary".equals(key)) ? Sex.F : names.sex();
        staff.add(new StaffPlan(key, RussianNames.surname(names.surname(), sex), names.firstName(sex),
                names.patronymic(sex), sex, position, roles, specialty, room, login));
    }

    private void planClasses(RussianNames names, Random random) {
        Map<String, Integer> load = new LinkedHashMap<>();
        Set<String> classTeachers = new java.util.HashSet<>();
        int primary = 0;
        for (int grade = 1; grade <= 11; grade++) {
            for (String letter : size.letters()) {
                List<LessonPlan> lessons = new ArrayList<>();
                Map<String, String> teacherBySpecialty = new LinkedHashMap<>();
                String classTeacher = null;
                String room;
                if (grade <= 4) {
                    primary++;
                    classTeacher = "PRIMARY-" + primary;
                    teacherBySpecialty.put("PRIMARY", classTeacher);
                    room = String.valueOf(100 + primary);
                } else {
                    room = null;
                }
                for (SubjectPlan s : SUBJECTS) {
                    int hours = s.hours(grade);
                    if (hours == 0) {
                        continue;
                    }
                    String specialty = specialtyIn(s, grade);
                    String teacher = teacherBySpecialty.get(specialty);
                    if (teacher == null) {
                        teacher = leastLoaded(specialty, load);
                        teacherBySpecialty.put(specialty, teacher);
                    }
                    load.merge(teacher, hours, Integer::sum);
                    lessons.add(new LessonPlan(s.name(), teacher, hours));
                }
                if (classTeacher == null) {
                    // 5А's class teacher is its mathematics teacher: the demo login «teacher».
                    List<String> candidates = new ArrayList<>(teacherBySpecialty.values());
                    if (grade == 5 && "А".equals(letter)) {
                        candidates.add(0, teacherBySpecialty.get("MATH"));
                    }
                    for (String c : candidates) {
                        if (!classTeachers.contains(c) && !c.startsWith("PE") && !c.startsWith("MUS")) {
                            classTeacher = c;
                            break;
                        }
                    }
                    if (classTeacher == null) {
                        classTeacher = candidates.get(0);
                    }
                    room = roomOf(classTeacher);
                }
                classTeachers.add(classTeacher);
                classes.add(new ClassPlan(grade, letter, classTeacher, room,
                        planStudents(names, random, grade, letter), lessons, new ArrayList<>()));
            }
        }
        linkSiblings();
    }

    private String leastLoaded(String specialty, Map<String, Integer> load) {
        String best = null;
        for (StaffPlan s : staff) {
            if (specialty.equals(s.specialty())
                    && (best == null || load.getOrDefault(s.key(), 0) < load.getOrDefault(best, 0))) {
                best = s.key();
            }
        }
        if (best == null) {
            throw new IllegalStateException("no teacher of " + specialty);
        }
        return best;
    }

    private String roomOf(String staffKey) {
        return staff(staffKey).room();
    }

    public StaffPlan staff(String key) {
        return staff.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no staff " + key));
    }

    private List<StudentPlan> planStudents(RussianNames names, Random random, int grade, String letter) {
        int count = size.studentsPerClass() - 2 + random.nextInt(5);
        List<StudentPlan> students = new ArrayList<>();
        int birthYear = yearStartsOn.getYear() - 6 - grade;
        for (int i = 1; i <= count; i++) {
            Sex sex = names.sex();
            String family = names.surname();
            String[] father = names.father();
            String key = "student-" + grade + letter + "-" + i;
            LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365) + 240L);
            List<ParentPlan> parents = new ArrayList<>();
            Sex motherSex = Sex.F;
            parents.add(new ParentPlan(key + "-mother", RussianNames.surname(family, motherSex),
                    names.firstName(motherSex), names.patronymic(motherSex), motherSex, Relation.MOTHER,
                    phone(random), null));
            if (random.nextInt(10) < 7) {
                parents.add(new ParentPlan(key + "-father", family, father[0], names.patronymic(Sex.M), Sex.M,
                        Relation.FATHER, phone(random), null));
            }
            students.add(new StudentPlan(key, RussianNames.surname(family, sex), names.firstName(sex),
                    sex == Sex.M ? father[1] : father[2], sex, birth, parents, null));
        }
        students.sort((a, b) -> (a.lastName() + a.firstName()).compareTo(b.lastName() + b.firstName()));
        return students;
    }

    private static String phone(Random random) {
        return String.format("+7 9%02d %03d-%02d-%02d", random.nextInt(100), random.nextInt(1000),
                random.nextInt(100), random.nextInt(100));
    }

    /**
     * The demo parent has two children: the demo student in 5А and a younger sibling in 2Б (2А in a school of
     * one class a grade). The 5А child takes the younger child's surname, patronymic and parents, and both get their logins.
     */
    private void linkSiblings() {
        ClassPlan second = siblingsClass();
        ClassPlan fifth = classOf(5, "А");
        StudentPlan sibling = second.students().get(0);
        StudentPlan student = fifth.students().get(0);
        List<ParentPlan> parents = new ArrayList<>();
        for (ParentPlan p : sibling.parents()) {
            parents.add(p.relation() == Relation.MOTHER
                    ? new ParentPlan(p.key(), p.lastName(), p.firstName(), p.middleName(), p.sex(), p.relation(),
                    p.phone(), login("parent"))
                    : p);
        }
        String familyMale = sibling.sex() == Sex.M ? sibling.lastName() : parents.stream()
                .filter(p -> p.relation() == Relation.FATHER).map(ParentPlan::lastName).findFirst()
                .orElse(maleForm(sibling.lastName()));
        String middle = sibling.middleName();
        String studentMiddle = student.sex() == sibling.sex() ? middle : swapPatronymic(middle, student.sex());
        second.students().set(0, new StudentPlan(sibling.key(), sibling.lastName(), sibling.firstName(),
                sibling.middleName(), sibling.sex(), sibling.birthDate(), parents, null));
        fifth.students().set(0, new StudentPlan(student.key(), RussianNames.surname(familyMale, student.sex()),
                student.firstName(), studentMiddle, student.sex(), student.birthDate(), parents, login("student")));
        fifth.students().sort((a, b) -> (a.lastName() + a.firstName()).compareTo(b.lastName() + b.firstName()));
    }

    /** The demo parent's younger child's class: 2Б, or 2А in a school of one class a grade. */
    private ClassPlan siblingsClass() {
        return classOf(2, size.letters().get(size.letters().size() > 1 ? 1 : 0));
    }

    private static String maleForm(String female) {
        if (female.endsWith("ская") || female.endsWith("цкая")) {
            return female.substring(0, female.length() - 2) + "ий";
        }
        return female.endsWith("а") ? female.substring(0, female.length() - 1) : female;
    }

    private static String swapPatronymic(String patronymic, Sex to) {
        if (to == Sex.M && patronymic.endsWith("вна")) {
            return patronymic.substring(0, patronymic.length() - 3) + "вич";
        }
        if (to == Sex.F && patronymic.endsWith("вич")) {
            return patronymic.substring(0, patronymic.length() - 3) + "вна";
        }
        return patronymic;
    }

    public ClassPlan classOf(int grade, String letter) {
        return classes.stream().filter(c -> c.grade() == grade && c.letter().equals(letter)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no class " + grade + letter));
    }

    /** Lessons a day for a class: grade 1 has four, 2–4 five, 5–6 six, older grades seven at most. */
    static int maxLessonsPerDay(int grade) {
        return grade == 1 ? 4 : grade <= 4 ? 5 : grade <= 6 ? 6 : 7;
    }

    /**
     * A weekly timetable for every class, bell by bell: each class gets an even number of lessons a day,
     * starting at the first bell without gaps, and no teacher teaches two classes at once.
     */
    private void planTimetable(Random random) {
        Map<ClassPlan, List<SlotPlan>> best = null;
        int bestUnplaced = Integer.MAX_VALUE;
        for (int attempt = 0; attempt < 40 && bestUnplaced > 0; attempt++) {
            Map<ClassPlan, List<SlotPlan>> slots = new IdentityHashMap<>();
            int unplaced = tryTimetable(random, slots);
            if (unplaced < bestUnplaced) {
                best = slots;
                bestUnplaced = unplaced;
            }
        }
        for (ClassPlan c : classes) {
            c.slots().addAll(best.get(c));
        }
    }

    /** One greedy pass; returns how many weekly hours found no place. */
    private int tryTimetable(Random random, Map<ClassPlan, List<SlotPlan>> slots) {
        Map<String, String> roomOf = new java.util.HashMap<>();
        staff.forEach(s -> roomOf.put(s.key(), s.room()));
        classes.forEach(c -> slots.put(c, new ArrayList<>()));
        Map<ClassPlan, Map<String, Integer>> remaining = new IdentityHashMap<>();
        Map<String, Integer> teacherLeft = new LinkedHashMap<>();
        for (ClassPlan c : classes) {
            Map<String, Integer> left = new LinkedHashMap<>();
            c.subjects().forEach(l -> left.put(l.subject(), l.hoursPerWeek()));
            c.subjects().forEach(l -> teacherLeft.merge(l.teacherKey(), l.hoursPerWeek(), Integer::sum));
            remaining.put(c, left);
        }
        DayOfWeek[] days = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY};
        for (int d = 0; d < days.length; d++) {
            Map<ClassPlan, Integer> quota = new IdentityHashMap<>();
            Map<ClassPlan, Boolean> open = new IdentityHashMap<>();
            for (ClassPlan c : classes) {
                int left = remaining.get(c).values().stream().mapToInt(Integer::intValue).sum();
                int daysLeft = days.length - d;
                quota.put(c, Math.min(maxLessonsPerDay(c.grade()), (left + daysLeft - 1) / daysLeft));
                open.put(c, true);
            }
            Map<ClassPlan, Map<String, Integer>> today = new IdentityHashMap<>();
            for (int number = 1; number <= 7; number++) {
                Set<String> busy = new java.util.HashSet<>();
                List<ClassPlan> order = new ArrayList<>(classes);
                Collections.shuffle(order, random);
                for (ClassPlan c : order) {
                    if (!open.get(c) || number > quota.get(c)) {
                        continue;
                    }
                    Map<String, Integer> done = today.computeIfAbsent(c, k -> new LinkedHashMap<>());
                    // The busiest teacher first: their remaining hours have the fewest free slots to go to.
                    LessonPlan pick = null;
                    int pickScore = -1;
                    for (LessonPlan l : c.subjects()) {
                        int left = remaining.get(c).get(l.subject());
                        int maxToday = l.hoursPerWeek() >= 5 ? 2 : 1;
                        int score = teacherLeft.get(l.teacherKey()) * 4 + left + random.nextInt(3);
                        if (left > 0 && !busy.contains(l.teacherKey()) && done.getOrDefault(l.subject(), 0) < maxToday
                                && score > pickScore) {
                            pick = l;
                            pickScore = score;
                        }
                    }
                    if (pick == null) {
                        open.put(c, false);
                        continue;
                    }
                    busy.add(pick.teacherKey());
                    teacherLeft.merge(pick.teacherKey(), -1, Integer::sum);
                    remaining.get(c).merge(pick.subject(), -1, Integer::sum);
                    done.merge(pick.subject(), 1, Integer::sum);
                    String room = roomOf.get(pick.teacherKey());
                    slots.get(c).add(new SlotPlan(pick.subject(), days[d], number, room != null ? room : c.room()));
                }
            }
        }
        return remaining.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    private void planLogins() {
        logins.add(new DemoLogin(login("admin"), "Администратор", staff("admin").lastName()));
        logins.add(new DemoLogin(login("director"), "Директор", staff("director").lastName()));
        logins.add(new DemoLogin(login("zavuch"), "Заместитель директора по УВР", staff("deputy").lastName()));
        ClassPlan fiveA = classOf(5, "А");
        StaffPlan teacher = staff(fiveA.classTeacherKey());
        staff.set(staff.indexOf(teacher), new StaffPlan(teacher.key(), teacher.lastName(), teacher.firstName(),
                teacher.middleName(), teacher.sex(), teacher.position(), teacher.roles(), teacher.specialty(),
                teacher.room(), login("teacher")));
        logins.add(new DemoLogin(login("teacher"), "Учитель математики, классный руководитель 5А", teacher.lastName()));
        Set<String> classTeacherKeys = new java.util.HashSet<>();
        classes.forEach(c -> classTeacherKeys.add(c.classTeacherKey()));
        StaffPlan subjectTeacher = staff.stream()
                .filter(s -> "ENG".equals(s.specialty()) && !classTeacherKeys.contains(s.key()))
                .findFirst().orElseGet(() -> staff.stream().filter(s -> "PE".equals(s.specialty())).findFirst()
                        .orElseThrow());
        staff.set(staff.indexOf(subjectTeacher), new StaffPlan(subjectTeacher.key(), subjectTeacher.lastName(),
                subjectTeacher.firstName(), subjectTeacher.middleName(), subjectTeacher.sex(),
                subjectTeacher.position(), subjectTeacher.roles(), subjectTeacher.specialty(), subjectTeacher.room(),
                login("teacher2")));
        logins.add(new DemoLogin(login("teacher2"), "Учитель-предметник без классного руководства (" +
                subjectTeacher.position() + ")", subjectTeacher.lastName()));
        logins.add(new DemoLogin(login("secretary"), "Секретарь", staff("secretary").lastName()));
        logins.add(new DemoLogin(login("nurse"), "Медицинский работник", staff("nurse").lastName()));
        logins.add(new DemoLogin(login("psychologist"), "Педагог-психолог", staff("psychologist").lastName()));
        logins.add(new DemoLogin(login("hr"), "Специалист по кадрам", staff("hr").lastName()));
        logins.add(new DemoLogin(login("tech"), "Технический персонал", staff("tech").lastName()));
        StudentPlan student = fiveA.students().stream().filter(s -> login("student").equals(s.login())).findFirst()
                .orElseThrow();
        logins.add(new DemoLogin(login("student"), "Ученик 5А", student.lastName() + " " + student.firstName()));
        ParentPlan parent = student.parents().stream().filter(p -> login("parent").equals(p.login())).findFirst()
                .orElseThrow();
        logins.add(new DemoLogin(login("parent"), "Родитель (дети в 5А и " + siblingsClass().name() + ")", parent.lastName() + " " + parent.firstName()));
        logins.add(new DemoLogin(login("authority"), "Наблюдатель управления образования", authorityName));
    }

    /**
     * A demo login: as is for the demo school, prefixed with the school's code for any other school made
     * from this plan («school2.teacher»), since logins are unique across the installation.
     */
    public String login(String base) {
        return DEMO_CODE.equals(code) ? base : code + "." + base;
    }

    public String code() {
        return code;
    }

    public Size size() {
        return size;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public String authorityName() {
        return authorityName;
    }

    public LocalDate yearStartsOn() {
        return yearStartsOn;
    }

    public LocalDate yearEndsOn() {
        return yearEndsOn;
    }

    public List<PeriodPlan> periods() {
        return Collections.unmodifiableList(periods);
    }

    public Map<Integer, PeriodKind> periodKindByGrade() {
        return Collections.unmodifiableMap(periodKindByGrade);
    }

    public List<BellPlan> bells() {
        return Collections.unmodifiableList(bells);
    }

    public List<SubjectPlan> subjects() {
        return SUBJECTS;
    }

    public List<StaffPlan> staff() {
        return Collections.unmodifiableList(staff);
    }

    public List<ClassPlan> classes() {
        return Collections.unmodifiableList(classes);
    }

    public List<DemoLogin> logins() {
        return Collections.unmodifiableList(logins);
    }
}
