package ru.schooljournal.access.control;

import java.io.Serializable;
import java.util.Set;
import ru.schooljournal.access.entity.Role;

/** Who is calling the business layer: their account, school, person and roles. */
public record Caller(long accountId, String login, Long schoolId, Long authorityId, Long personId, Set<Role> roles)
        implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
