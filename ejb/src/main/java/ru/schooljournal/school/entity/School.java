package ru.schooljournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A school: the owner of every school-owned row (classes, people, the journal), with the settings the
 * regulations leave to each school — mark scale, edit window, the evening deadline for filling in the
 * journal, its time zone (SPEC §10).
 */
@Entity
@Table(name = "school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "authority_id")
    private EducationAuthority authority;

    /** A short stable code, unique in the installation (used by imports and the demo loader). */
    private String code;
    private String name;
    @Column(name = "short_name")
    private String shortName;
    private String address;
    @Column(name = "time_zone")
    private String timeZone = "Europe/Moscow";
    @Column(name = "mark_min")
    private int markMin = 1;
    @Column(name = "mark_max")
    private int markMax = 5;
    @Column(name = "edit_window_days")
    private int editWindowDays = 7;
    @Column(name = "entry_deadline")
    private LocalTime entryDeadline = LocalTime.of(19, 0);
    /** «Способ усреднения»: SIMPLE or WEIGHTED (by the weight of each mark's work type). */
    private String averaging = "WEIGHTED";

    /** The letter of the work type a plain mark gives a lesson that has none yet (see {@code Journal.saveCell}). */
    @Column(name = "default_work_type")
    private String defaultWorkType = "о";

    /** Days a temporary (issued) password signs in before it expires (V13; 14 unless the school changes it). */
    @Column(name = "temporary_password_days")
    private int temporaryPasswordDays = 14;
    /** Whether the progress reports show СОУ (степень обученности учащихся), a figure some schools do not use. */
    @Column(name = "shows_sou")
    private boolean showsSou = true;

    protected School() {
    }

    public School(String code, String name, String shortName) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
    }

    public Long getId() {
        return id;
    }

    public EducationAuthority getAuthority() {
        return authority;
    }

    public void setAuthority(EducationAuthority authority) {
        this.authority = authority;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public int getMarkMin() {
        return markMin;
    }

    public int getMarkMax() {
        return markMax;
    }

    public int getEditWindowDays() {
        return editWindowDays;
    }

    public LocalTime getEntryDeadline() {
        return entryDeadline;
    }

    public String getDefaultWorkType() {
        return defaultWorkType;
    }

    public boolean isShowsSou() {
        return showsSou;
    }

    public int getTemporaryPasswordDays() {
        return temporaryPasswordDays;
    }

    public String getAveraging() {
        return averaging;
    }
}
