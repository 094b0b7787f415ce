package ru.schooljournal.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The psychological field group of a student's card (psychological notes, deviant behaviour, social
 * status): seen and written only by roles granted STUDENT_PSY_EDIT (the psychologist).
 */
@Entity
@Table(name = "psychological_card")
public class PsychologicalCard {

    @Id
    @Column(name = "person_id")
    private long personId;
    @Column(name = "school_id")
    private long schoolId;
    private String notes;
    @Column(name = "deviant_behaviour")
    private String deviantBehaviour;
    @Column(name = "social_status")
    private String socialStatus;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected PsychologicalCard() {
    }

    public PsychologicalCard(long personId, long schoolId) {
        this.personId = personId;
        this.schoolId = schoolId;
    }

    public void update(String notes, String deviantBehaviour, String socialStatus, String by, Instant at) {
        this.notes = notes;
        this.deviantBehaviour = deviantBehaviour;
        this.socialStatus = socialStatus;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getNotes() {
        return notes;
    }

    public String getDeviantBehaviour() {
        return deviantBehaviour;
    }

    public String getSocialStatus() {
        return socialStatus;
    }
}
