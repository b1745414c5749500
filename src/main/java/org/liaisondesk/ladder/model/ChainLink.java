package org.liaisondesk.ladder.model;

/**
 * One document in a recommendation's ladder picture. {@code step} is negative for the earlier documents it
 * escalates from (−1 directly, −2 one further down), 0 for itself, positive for the later ones that escalate it.
 * {@code fromId}/{@code reason}: the edge that brought this document into the picture (null for step 0).
 */
public record ChainLink(long id, int step, Tier tier, String number, String title, LadderStatus status,
                        Long fromId, EscalationReason reason) {
}
