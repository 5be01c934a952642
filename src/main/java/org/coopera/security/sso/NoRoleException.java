package org.coopera.security.sso;

import org.springframework.security.authentication.AccountStatusException;

/** The directory knows the person, but none of his or her groups gives a Coopera role. */
public class NoRoleException extends AccountStatusException {

    public NoRoleException(String message) {
        super(message);
    }
}
