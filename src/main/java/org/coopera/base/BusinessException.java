package org.coopera.base;

/**
 * A rule of the domain refused an operation. Carries a message key (messages_*.properties) and
 * its arguments, so that each view shows the reason in the user's language.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
