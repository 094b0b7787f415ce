package ru.schooljournal.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The medical field group of a student's card: written only by roles granted STUDENT_MED_EDIT (the nurse). */
@Entity
@Table(name = "medical_card")
public class MedicalCard {

    /** Группа здоровья. */
    public static final java.util.List<String> HEALTH_GROUPS = java.util.List.of("I", "II", "III", "IV", "V");
    /** Физкультурная группа: основная, подготовительная, специальная, освобождён. */
    public static final java.util.List<String> PE_GROUPS = java.util.List.of("MAIN", "PREPARATORY", "SPECIAL", "EXEMPT");

    @Id
    @Column(name = "person_id")
    private long personId;
    @Column(name = "school_id")
    private long schoolId;
    @Column(name = "health_group")
    private String healthGroup;
    @Column(name = "pe_group")
    private String peGroup;
    private String illnesses;
    @Column(name = "insurance_policy")
    private String insurancePolicy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected MedicalCard() {
    }

    public MedicalCard(long personId, long schoolId) {
        this.personId = personId;
        this.schoolId = schoolId;
    }

    public void update(String healthGroup, String peGroup, String illnesses, String insurancePolicy, String by,
                       Instant at) {
        this.healthGroup = healthGroup;
        this.peGroup = peGroup;
        this.illnesses = illnesses;
        this.insurancePolicy = insurancePolicy;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getHealthGroup() {
        return healthGroup;
    }

    public String getPeGroup() {
        return peGroup;
    }

    public String getIllnesses() {
        return illnesses;
    }

    public String getInsurancePolicy() {
        return insurancePolicy;
    }
}
