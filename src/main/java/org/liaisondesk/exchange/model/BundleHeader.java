package org.liaisondesk.exchange.model;

/**
 * What an exchange bundle says about itself: the format version (a newer one is refused), the LiaisonDesk version
 * that wrote it, when, and the office or station that exported it.
 */
public record BundleHeader(int formatVersion, String appVersion, String exportedAt, String origin) {
    /** The format this version of LiaisonDesk writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    /** The value of the {@code format} field, telling a bundle from any other JSON file. */
    public static final String FORMAT_NAME = "liaisondesk-bundle";
}
