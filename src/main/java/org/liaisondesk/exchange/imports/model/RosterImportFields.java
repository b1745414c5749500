package org.liaisondesk.exchange.imports.model;

import java.util.List;

/** The columns of a roster of liaisons (联络员名册); canonical headers are the roster export's. */
public final class RosterImportFields {
    public static final List<ImportField> ALL = List.of(
            new ImportField("name", "roster.field.personName", true, List.of("姓名", "联络员", "联络员姓名", "人员姓名")),
            new ImportField("roleId", "field.roleId", true, List.of("角色", "身份", "人员类别", "联络员类型", "类别")),
            new ImportField("stationId", "field.stationId", false, List.of("联络站", "站点", "所属联络站")),
            new ImportField("grid", "field.grid", false, List.of("网格", "所在网格", "所在村（社区）", "村（社区）")),
            new ImportField("phone", "field.phone", false, List.of("联系电话", "电话", "手机号", "手机", "联系方式")),
            new ImportField("appointedOn", "field.appointedOn", false, List.of("聘任日期", "聘请日期", "任职日期")),
            new ImportField("note", "field.note", false, List.of("备注")));

    private RosterImportFields() {
    }
}
