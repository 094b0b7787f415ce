package ru.schooljournal.roster.entity;

import ru.schooljournal.school.entity.SchoolOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.schooljournal.school.entity.School;

/**
 * Anyone the school keeps a card for: a member of staff, a student or a parent. What a person is in the
 * school follows from their account's roles, class memberships and guardianship links (SPEC §3).
 */
@Entity
@Table(name = "person")
public class Person extends SchoolOwned {

    @Column(name = "last_name")
    private String lastName;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "middle_name")
    private String middleName;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    /** Staff only: «учитель математики», «заместитель директора по УВР». */
    private String position;
    private String phone;
    private String email;
    private String address;
    /** Staff: квалификационная категория. */
    private String category;
    /** Staff: образование, квалификация. */
    private String qualification;
    /** Identifier in an external system (import, regional system, demo loader); unique in the school. */
    @Column(name = "external_id")
    private String externalId;
    @Column(name = "pd_consent_on")
    private LocalDate consentOn;
    @Column(name = "pd_consent_by")
    private String consentBy;

    protected Person() {
    }

    public Person(School school, String lastName, String firstName, String middleName, Sex sex) {
        super(school);
        this.lastName = lastName;
        this.firstName = firstName;
        this.middleName = middleName;
        this.sex = sex;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public String getCategory() {
        return category;
    }

    public String getQualification() {
        return qualification;
    }

    /** The general and contact fields of the card, as one change. */
    public void updateGeneral(String lastName, String firstName, String middleName, java.time.LocalDate birthDate,
                              String phone, String email, String address) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.middleName = middleName;
        this.birthDate = birthDate;
        this.phone = phone;
        this.email = email;
        this.address = address;
    }

    /** The consent to personal-data processing: signed on that day by that person (a parent for a child). */
    public void recordConsent(LocalDate on, String by) {
        this.consentOn = on;
        this.consentBy = by;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public String getConsentBy() {
        return consentBy;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    /** «Иванов Иван Иванович». */
    public String fullName() {
        return ru.schooljournal.roster.control.PersonName.full(lastName, firstName, middleName);
    }

    /** «Иванов И. И.», as the journal prints staff names. */
    public String shortName() {
        return ru.schooljournal.roster.control.PersonName.initials(lastName, firstName, middleName);
    }
}
