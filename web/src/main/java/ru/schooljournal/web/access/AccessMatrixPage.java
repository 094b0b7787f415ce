package ru.schooljournal.web.access;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import ru.schooljournal.access.boundary.AccessMatrix;
import ru.schooljournal.access.boundary.AccessMatrix.Change;
import ru.schooljournal.access.boundary.AccessMatrix.Row;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.access.entity.Scope;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.web.platform.Texts;

/**
 * «Права доступа»: the school's access matrix as a grid (operations × roles), one dialog to change a cell,
 * the history of changes and «что может этот пользователь». Every change goes through {@link AccessMatrix}.
 */
@Named
@ViewScoped
public class AccessMatrixPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One section of the grid with its rows. */
    public record Section(Operation.Section section, List<Row> rows) implements Serializable {
    }

    @EJB
    transient AccessMatrix accessMatrix;

    @Inject
    transient Texts texts;

    private List<Section> sections;
    private List<Change> history;
    private Operation editingOperation;
    private Role editingRole;
    private Set<Scope> editingAllowed = EnumSet.noneOf(Scope.class);
    private List<String> editingScopes = new ArrayList<>();
    private String rightsLogin;
    private Map<Operation, Set<Scope>> rights;

    public void load() {
        Map<Operation.Section, List<Row>> bySection = new LinkedHashMap<>();
        for (Row row : accessMatrix.rows()) {
            bySection.computeIfAbsent(row.operation().section(), s -> new ArrayList<>()).add(row);
        }
        sections = bySection.entrySet().stream().map(e -> new Section(e.getKey(), e.getValue())).toList();
        history = accessMatrix.history(50);
    }

    public List<Role> getRoles() {
        return AccessMatrix.ROLES;
    }

    public String cellText(Row row, Role role) {
        Set<Scope> scopes = row.cells().get(role).scopes();
        return scopes.isEmpty() ? texts.get("access.none") : scopesText(scopes);
    }

    public String scopesText(Set<Scope> scopes) {
        return scopes.stream().sorted().map(s -> texts.get("scope." + s)).collect(Collectors.joining(", "));
    }

    public String scopesText(String stored) {
        Set<Scope> scopes = ru.schooljournal.access.entity.AccessCell.parse(stored);
        return scopes.isEmpty() ? texts.get("access.none") : scopesText(scopes);
    }

    public void edit(Operation op, Role role) {
        editingOperation = op;
        editingRole = role;
        for (Section s : sections) {
            for (Row r : s.rows()) {
                if (r.operation() == op) {
                    editingAllowed = r.cells().get(role).allowed();
                    editingScopes = r.cells().get(role).scopes().stream().map(Enum::name).collect(Collectors.toList());
                }
            }
        }
    }

    public List<SelectItem> getScopeItems() {
        List<SelectItem> items = new ArrayList<>();
        for (Scope s : Scope.values()) {
            SelectItem item = new SelectItem(s.name(), texts.get("scope." + s));
            item.setDisabled(!editingAllowed.contains(s) && !editingScopes.contains(s.name()));
            items.add(item);
        }
        return items;
    }

    public void save() {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        editingScopes.forEach(s -> scopes.add(Scope.valueOf(s)));
        try {
            accessMatrix.set(editingOperation, editingRole, scopes);
            texts.info("access.saved", texts.get("op." + editingOperation), texts.get("role." + editingRole));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public void resetCell() {
        accessMatrix.reset(editingOperation, editingRole);
        texts.info("access.saved", texts.get("op." + editingOperation), texts.get("role." + editingRole));
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        load();
    }

    public void resetAll() {
        int changed = accessMatrix.resetAll();
        texts.info("access.resetAllDone", changed);
        load();
    }

    public void showRights() {
        try {
            rights = accessMatrix.rightsOf(rightsLogin);
        } catch (RuleViolation refused) {
            rights = null;
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public List<Map.Entry<Operation, Set<Scope>>> getRights() {
        return rights == null ? null : new ArrayList<>(rights.entrySet());
    }

    public List<Section> getSections() {
        return sections;
    }

    public List<Change> getHistory() {
        return history;
    }

    public String getEditingTitle() {
        return editingOperation == null ? "" : texts.get("access.cellTitle", texts.get("op." + editingOperation),
                texts.get("role." + editingRole));
    }

    public List<String> getEditingScopes() {
        return editingScopes;
    }

    public void setEditingScopes(List<String> editingScopes) {
        this.editingScopes = editingScopes == null ? new ArrayList<>() : new ArrayList<>(editingScopes);
    }

    public String getRightsLogin() {
        return rightsLogin;
    }

    public void setRightsLogin(String rightsLogin) {
        this.rightsLogin = rightsLogin;
    }
}
