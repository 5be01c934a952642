package org.coopera.security.ui;

import java.util.EnumSet;
import java.util.Set;
import org.coopera.security.NewUser;
import org.coopera.security.Role;
import org.coopera.security.UserChanges;
import org.coopera.security.UserSummary;

/** The editable state of the user dialog (the Binder writes into it). */
class UserForm {

    private String username = "";
    private String displayName = "";
    private String email = "";
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String password = "";
    private String passwordConfirmation = "";

    static UserForm of(UserSummary user) {
        var form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.email = user.email() == null ? "" : user.email();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        return form;
    }

    NewUser toNewUser() {
        return new NewUser(username, displayName, email, roles, password);
    }

    UserChanges toChanges() {
        return new UserChanges(displayName, email, roles);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}
