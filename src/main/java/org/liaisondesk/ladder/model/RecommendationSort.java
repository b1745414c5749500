package org.liaisondesk.ladder.model;

/** The columns the recommendation list can be sorted by (in SQL). */
public enum RecommendationSort { DRAFTED_ON, NUMBER, TIER, TITLE, RECIPIENT, STATUS, REPLY_DUE }
