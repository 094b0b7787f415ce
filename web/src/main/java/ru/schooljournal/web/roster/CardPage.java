package ru.schooljournal.web.roster;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.schooljournal.roster.boundary.PersonalCards;
import ru.schooljournal.roster.boundary.PersonalCards.Card;
import ru.schooljournal.roster.boundary.PersonalCards.General;
import ru.schooljournal.roster.boundary.PersonalCards.Medical;
import ru.schooljournal.roster.boundary.PersonalCards.Psychological;
import ru.schooljournal.roster.entity.MedicalCard;
import ru.schooljournal.web.platform.Texts;

/**
 * A personal card ({@code /school/card.xhtml?person=…}): the field groups {@link PersonalCards} lets this
 * user see, with a form for each group they may change.
 */
@Named
@ViewScoped
public class CardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient PersonalCards cards;

    @Inject
    transient Texts texts;

    private Long person;
    private Card card;

    private String lastName;
    private String firstName;
    private String middleName;
    private LocalDate birthDate;
    private String phone;
    private String email;
    private String address;

    private String healthGroup;
    private String peGroup;
    private String illnesses;
    private String insurancePolicy;

    private String notes;
    private String deviantBehaviour;
    private String socialStatus;

    public void load() {
        card = cards.card(person == null ? -1 : person);
        if (card.general() != null) {
            General g = card.general();
            lastName = g.lastName();
            firstName = g.firstName();
            middleName = g.middleName();
            birthDate = g.birthDate();
            phone = g.phone();
            email = g.email();
            address = g.address();
        }
        if (card.medical() != null) {
            Medical m = card.medical();
            healthGroup = m.healthGroup();
            peGroup = m.peGroup();
            illnesses = m.illnesses();
            insurancePolicy = m.insurancePolicy();
        }
        if (card.psychological() != null) {
            Psychological p = card.psychological();
            notes = p.notes();
            deviantBehaviour = p.deviantBehaviour();
            socialStatus = p.socialStatus();
        }
    }

    public void saveGeneral() {
        cards.saveGeneral(card.personId(), new General(lastName, firstName, middleName, birthDate, phone, email, address));
        saved();
    }

    public void saveMedical() {
        cards.saveMedical(card.personId(), new Medical(healthGroup, peGroup, illnesses, insurancePolicy));
        saved();
    }

    public void savePsychological() {
        cards.savePsychological(card.personId(), new Psychological(notes, deviantBehaviour, socialStatus));
        saved();
    }

    private void saved() {
        texts.info("card.saved");
        load();
    }

    public List<String> getHealthGroups() {
        return MedicalCard.HEALTH_GROUPS;
    }

    public List<String> getPeGroups() {
        return MedicalCard.PE_GROUPS;
    }

    public Card getCard() {
        return card;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
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

    public void setAddress(String address) {
        this.address = address;
    }

    public String getHealthGroup() {
        return healthGroup;
    }

    public void setHealthGroup(String healthGroup) {
        this.healthGroup = healthGroup;
    }

    public String getPeGroup() {
        return peGroup;
    }

    public void setPeGroup(String peGroup) {
        this.peGroup = peGroup;
    }

    public String getIllnesses() {
        return illnesses;
    }

    public void setIllnesses(String illnesses) {
        this.illnesses = illnesses;
    }

    public String getInsurancePolicy() {
        return insurancePolicy;
    }

    public void setInsurancePolicy(String insurancePolicy) {
        this.insurancePolicy = insurancePolicy;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getDeviantBehaviour() {
        return deviantBehaviour;
    }

    public void setDeviantBehaviour(String deviantBehaviour) {
        this.deviantBehaviour = deviantBehaviour;
    }

    public String getSocialStatus() {
        return socialStatus;
    }

    public void setSocialStatus(String socialStatus) {
        this.socialStatus = socialStatus;
    }
}
