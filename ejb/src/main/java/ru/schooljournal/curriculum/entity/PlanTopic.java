package ru.schooljournal.curriculum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.SchoolOwned;

/** A numbered lesson of a thematic plan (КТП) with its topic and optional content code. */
@Entity
@Table(name = "plan_topic")
public class PlanTopic extends SchoolOwned {

    @Column(name = "class_subject_id")
    private long classSubjectId;
    private int number;
    private String topic;
    @Column(name = "content_code")
    private String contentCode;

    protected PlanTopic() {
    }

    public PlanTopic(School school, long classSubjectId, int number, String topic, String contentCode) {
        super(school);
        this.classSubjectId = classSubjectId;
        this.number = number;
        this.topic = topic;
        this.contentCode = contentCode;
    }
}
