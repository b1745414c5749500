package org.liaisondesk.common.text;

/** Why a text is not a phone number we accept. */
public enum PhoneNumberProblem {
    ILLEGAL_CHARACTER("illegalCharacter"),
    WRONG_LENGTH("wrongLength"),
    UNKNOWN_FORMAT("unknownFormat");

    private final String messageKey;

    PhoneNumberProblem(String suffix) {
        this.messageKey = "common.phone." + suffix;
    }

    public String messageKey() {
        return messageKey;
    }
}
