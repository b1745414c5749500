package org.liaisondesk.register.work.model;

import java.util.List;

/**
 * The kinds of work done (履职活动). Each kind has its own fields besides the common ones (date, station,
 * prosecutor, title, place, note, minors, linked case): {@link #fields()} names them by their {@link WorkActivity}
 * component names, so that the editor shows and the service keeps exactly those.
 */
public enum WorkKind {
    /** 矛盾纠纷化解/检调对接/刑事和解. */
    MEDIATION(WorkActivity.PARTIES, WorkActivity.MEDIATOR, WorkActivity.CHANNEL, WorkActivity.OUTCOME,
            WorkActivity.RESOLVED),
    /** 司法救助. */
    JUDICIAL_AID(WorkActivity.APPLICANT_NAME, WorkActivity.APPLICANT_ID_NUMBER, WorkActivity.AMOUNT_APPROVED,
            WorkActivity.AMOUNT_PAID, WorkActivity.OUTCOME),
    /** 公开听证. */
    HEARING(WorkActivity.HEARING_TYPE, WorkActivity.PANEL, WorkActivity.OUTCOME),
    /** 普法宣传/以案释法. */
    PUBLICITY(WorkActivity.TOPIC, WorkActivity.AUDIENCE_COUNT),
    /** 认罪认罚社会公益服务. */
    COMMUNITY_SERVICE(WorkActivity.PARTIES, WorkActivity.HOURS_AGREED, WorkActivity.SERVICE_LOG,
            WorkActivity.ASSESSMENT),
    /** 不起诉宣告. */
    NON_PROSECUTION_ANNOUNCEMENT(WorkActivity.PARTIES, WorkActivity.OUTCOME),
    /** 巡回审判. */
    CIRCUIT_TRIAL(WorkActivity.PARTIES, WorkActivity.OUTCOME);

    private final List<String> fields;

    WorkKind(String... fields) {
        this.fields = List.of(fields);
    }

    /** The names of this kind's own fields ({@link WorkActivity} component names). */
    public List<String> fields() {
        return fields;
    }

    public boolean uses(String field) {
        return fields.contains(field);
    }

    public String messageKey() {
        return "work.kind." + name();
    }
}
