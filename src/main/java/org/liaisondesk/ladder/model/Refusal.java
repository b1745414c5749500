package org.liaisondesk.ladder.model;

/** Why a step cannot be recorded: a message key and its arguments, shown to the user in Chinese. */
public record Refusal(String messageKey, Object... args) {
}
