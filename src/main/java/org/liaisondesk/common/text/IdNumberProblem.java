package org.liaisondesk.common.text;

/** Why a text is not a valid 18-character resident ID number (居民身份证号), in the order they are checked. */
public enum IdNumberProblem {
    WRONG_LENGTH("wrongLength"),
    ILLEGAL_CHARACTER("illegalCharacter"),
    UNKNOWN_PROVINCE("unknownProvince"),
    INVALID_BIRTH_DATE("invalidBirthDate"),
    BIRTH_DATE_IN_FUTURE("birthDateInFuture"),
    WRONG_CHECK_CHARACTER("wrongCheckCharacter");

    private final String messageKey;

    IdNumberProblem(String suffix) {
        this.messageKey = "common.idnumber." + suffix;
    }

    public String messageKey() {
        return messageKey;
    }
}
