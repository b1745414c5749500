package org.liaisondesk.demo.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;
import org.liaisondesk.common.text.ChineseIdNumber;

/**
 * The register generator's vocabulary of people and places, drawn from one seeded random source: Chinese names
 * (common surnames, one- or two-character given names), mobile numbers, valid resident ID numbers (GB 11643 check
 * character), the towns and villages of the demo district (崇溪区), working days and record UUIDs.
 */
final class GeneratedPeople {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志文红玉春梅海燕德福"
            + "永林宇浩然子涵梓轩欣怡雨萱晓东立新淑珍云飞俊峰佳琪思远振宇书瑶一鸣静怡建平";
    private static final String[] MOBILE_PREFIXES = {"133", "135", "136", "137", "138", "139", "150", "151", "152",
        "158", "159", "166", "177", "180", "181", "182", "183", "187", "188", "189", "199"};
    /** Region codes of the district and its neighbours (first six digits of an ID number). */
    private static final String[] REGIONS = {"510184", "510181", "510129", "510132", "500118", "430211"};
    static final String[] TOWNS = {"清溪镇", "石桥镇", "崇阳街道", "双河街道", "城西工业园区", "白鹤镇", "金桂街道",
        "文井镇", "观胜镇", "怀远镇", "街子镇", "元通镇", "羊马街道", "三江街道", "廖家镇", "隆兴镇", "道明镇",
        "桤泉镇"};
    static final String[] VILLAGES = {"清溪村", "石桥村", "五星村", "长林村", "红岩村", "白鹤村", "新桥村", "金桂社区",
        "蜀州社区", "滨河社区", "红光社区", "观音岩社区", "学府社区", "文庙社区", "城南社区", "双河社区", "崇阳社区",
        "龙门村", "凤鸣村", "桂花村", "柏林村", "竹林村", "黄土村", "杨柳村", "大田村", "河坝村", "油坊村", "古佛村",
        "燕山社区", "花园社区", "五一社区", "江源村", "梓潼村", "水井村", "安乐村", "永和村"};

    private final SplittableRandom random;

    GeneratedPeople(SplittableRandom random) {
        this.random = random;
    }

    SplittableRandom random() {
        return random;
    }

    int between(int lowInclusive, int highInclusive) {
        return random.nextInt(lowInclusive, highInclusive + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    <T> T pick(java.util.List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String name() {
        StringBuilder sb = new StringBuilder(3).append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (chance(0.7)) {
            sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return sb.toString();
    }

    char surname() {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length()));
    }

    String mobile() {
        StringBuilder sb = new StringBuilder(11).append(pick(MOBILE_PREFIXES));
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    /** A valid ID number of someone born on {@code birth}; the sequence digit is odd for men. */
    String idNumber(LocalDate birth) {
        String first17 = pick(REGIONS) + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), random.nextInt(1000));
        return first17 + ChineseIdNumber.checkCharacter(first17);
    }

    /** The ID number of an adult (18 to 85 on {@code on}) or of a minor (6 to 17). */
    String idNumber(LocalDate on, boolean minor) {
        int age = minor ? between(6, 17) : between(18, 85);
        return idNumber(on.minusYears(age).minusDays(between(1, 360)));
    }

    /** The government of a town: 人民政府 of a town, 办事处 of a sub-district, 管理委员会 of a park. */
    static String townGovernment(String town) {
        return town + (town.endsWith("街道") ? "办事处" : town.endsWith("园区") ? "管理委员会" : "人民政府");
    }

    String town() {
        return pick(TOWNS);
    }

    String village() {
        return pick(VILLAGES);
    }

    /** A day within the {@code days} before {@code today} (inclusive), moved back off the weekend. */
    LocalDate workdayWithin(LocalDate today, int days) {
        LocalDate d = today.minusDays(random.nextInt(days + 1));
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return d.minusDays(1);
        }
        return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(2) : d;
    }

    /** A random (version 4) UUID from the seeded source, so that the same seed gives the same UUIDs. */
    String uuid() {
        long msb = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
