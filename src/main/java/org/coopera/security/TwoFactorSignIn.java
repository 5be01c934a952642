package org.coopera.security;

import java.io.Serializable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where a sign-in with a password stands on its second factor, kept in the HTTP session (so that it
 * is computed once per sign-in, and ends with the session). The state belongs to one user name: a
 * new sign-in of another user in the same session starts from the database again.
 */
public final class TwoFactorSignIn {

    /** Session attribute holding a {@link State}. */
    public static final String ATTRIBUTE = TwoFactorSignIn.class.getName();
    /** The page that asks for the code. */
    public static final String VERIFY_ROUTE = "login/two-factor";
    /** The page where an administrator sets up the authenticator app before going further. */
    public static final String ENROL_ROUTE = "login/two-factor-enrolment";

    private TwoFactorSignIn() {
    }

    /**
     * What the signed-in user still has to do, read from the session or else from {@code fromDatabase}
     * (and then remembered in the session).
     */
    public static TwoFactorRequirement requirement(Function<String, Object> getAttribute,
                                                   BiConsumer<String, Object> setAttribute, String username,
                                                   Supplier<TwoFactorRequirement> fromDatabase) {
        if (getAttribute.apply(ATTRIBUTE) instanceof State state && state.username().equals(username)) {
            return state.requirement();
        }
        TwoFactorRequirement requirement = fromDatabase.get();
        setAttribute.accept(ATTRIBUTE, new State(username, requirement));
        return requirement;
    }

    /** The user gave the second factor (or enrolled): nothing more to do in this session. */
    public static void completed(BiConsumer<String, Object> setAttribute, String username) {
        setAttribute.accept(ATTRIBUTE, new State(username, TwoFactorRequirement.NONE));
    }

    /** The route of the page a requirement leads to. */
    public static String route(TwoFactorRequirement requirement) {
        return requirement == TwoFactorRequirement.ENROL ? ENROL_ROUTE : VERIFY_ROUTE;
    }

    record State(String username, TwoFactorRequirement requirement) implements Serializable {
    }
}
