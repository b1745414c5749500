package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.storage.DataFolderRisk.Kind;

class DataFolderRiskTest {
    private static final Messages ZH = new Messages(Messages.CHINESE);

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("places")
    void aDataFolderInACloudSyncFolderOrOnTheNetworkIsNamedWithItsEvidence(String path, String fileSystemType,
                                                                          Kind kind, String evidence) {
        Optional<DataFolderRisk> risk = DataFolderRisk.assess(path, fileSystemType);

        assertEquals(kind == null ? Optional.empty() : Optional.of(new DataFolderRisk(kind, path, evidence)), risk);
    }

    static Stream<Arguments> places() {
        return Stream.of(
                // ordinary places
                Arguments.of("C:\\Users\\zhou\\AppData\\Local\\LiaisonDesk", "NTFS", null, null),
                Arguments.of("/home/zhou/.local/share/liaisondesk", "ext4", null, null),
                Arguments.of("/Users/zhou/Library/Application Support/LiaisonDesk", "apfs", null, null),
                Arguments.of("D:\\联络站\\云端资料备份说明\\LiaisonDesk", "NTFS", null, null),
                Arguments.of("\\\\?\\C:\\Users\\zhou\\LiaisonDesk", "NTFS", null, null),
                Arguments.of("/home/zhou/liaisondesk", null, null, null),
                // cloud-sync folders
                Arguments.of("C:\\Users\\zhou\\OneDrive\\文档\\LiaisonDesk", "NTFS", Kind.CLOUD_SYNC, "OneDrive"),
                Arguments.of("C:\\Users\\zhou\\OneDrive - 崇溪区人民检察院\\LiaisonDesk", "NTFS", Kind.CLOUD_SYNC,
                        "OneDrive - 崇溪区人民检察院"),
                Arguments.of("C:\\Users\\zhou\\Nutstore\\1\\我的坚果云\\LiaisonDesk", "NTFS", Kind.CLOUD_SYNC, "Nutstore"),
                Arguments.of("D:\\我的坚果云\\LiaisonDesk", "NTFS", Kind.CLOUD_SYNC, "我的坚果云"),
                Arguments.of("D:\\BaiduSyncdisk\\LiaisonDesk", "NTFS", Kind.CLOUD_SYNC, "BaiduSyncdisk"),
                Arguments.of("D:\\百度网盘同步空间\\工作\\LiaisonDesk", "NTFS", Kind.CLOUD_SYNC, "百度网盘同步空间"),
                Arguments.of("D:\\BaiduNetdiskWorkspace\\LiaisonDesk", "NTFS", Kind.CLOUD_SYNC, "BaiduNetdiskWorkspace"),
                Arguments.of("C:\\Users\\zhou\\Dropbox\\LiaisonDesk", "NTFS", Kind.CLOUD_SYNC, "Dropbox"),
                Arguments.of("C:\\Users\\zhou\\Dropbox (崇溪区检察院)\\LiaisonDesk", "NTFS", Kind.CLOUD_SYNC,
                        "Dropbox (崇溪区检察院)"),
                Arguments.of("C:\\Users\\zhou\\iCloudDrive\\LiaisonDesk", "NTFS", Kind.CLOUD_SYNC, "iCloudDrive"),
                Arguments.of("/Users/zhou/Library/Mobile Documents/com~apple~CloudDocs/LiaisonDesk", "apfs",
                        Kind.CLOUD_SYNC, "Mobile Documents"),
                Arguments.of("/Users/zhou/Library/CloudStorage/OneDrive-Personal/LiaisonDesk", "apfs", Kind.CLOUD_SYNC,
                        "CloudStorage"),
                Arguments.of("G:\\My Drive\\LiaisonDesk", "FAT32", Kind.CLOUD_SYNC, "My Drive"),
                Arguments.of("/home/zhou/Google Drive/LiaisonDesk", "ext4", Kind.CLOUD_SYNC, "Google Drive"),
                Arguments.of("C:\\Users\\zhou\\WPS云盘\\LiaisonDesk", "NTFS", Kind.CLOUD_SYNC, "WPS云盘"),
                Arguments.of("C:\\Users\\zhou\\ONEDRIVE\\LiaisonDesk", "NTFS", Kind.CLOUD_SYNC, "ONEDRIVE"),
                // network
                Arguments.of("\\\\fileserver\\检察院共享\\LiaisonDesk", "NTFS", Kind.NETWORK_PATH, "\\\\fileserver\\检察院共享"),
                Arguments.of("//fileserver/share/LiaisonDesk", null, Kind.NETWORK_PATH, "\\\\fileserver\\share"),
                Arguments.of("\\\\?\\UNC\\fileserver\\share\\LiaisonDesk", "NTFS", Kind.NETWORK_PATH,
                        "\\\\fileserver\\share"),
                Arguments.of("\\\\fileserver\\OneDrive\\LiaisonDesk", "NTFS", Kind.NETWORK_PATH, "\\\\fileserver\\OneDrive"),
                Arguments.of("/mnt/office/liaisondesk", "nfs4", Kind.NETWORK_FILE_SYSTEM, "nfs4"),
                Arguments.of("/mnt/office/liaisondesk", "cifs", Kind.NETWORK_FILE_SYSTEM, "cifs"),
                Arguments.of("/home/zhou/remote/liaisondesk", "fuse.sshfs", Kind.NETWORK_FILE_SYSTEM, "fuse.sshfs"),
                Arguments.of("/Volumes/共享/LiaisonDesk", "smbfs", Kind.NETWORK_FILE_SYSTEM, "smbfs"),
                Arguments.of("/mnt/office/Dropbox/liaisondesk", "NFS", Kind.NETWORK_FILE_SYSTEM, "NFS"));
    }

    @Test
    void theExplanationSaysWhereAndWhyInChinese() {
        DataFolderRisk risk = DataFolderRisk.assess("D:\\我的坚果云\\LiaisonDesk", "NTFS").orElseThrow();
        Messages saved = Messages.current();
        Messages.use(Messages.CHINESE);
        try {
            String text = risk.explanation();
            assertEquals(ZH.get("storage.risk.CLOUD_SYNC", "D:\\我的坚果云\\LiaisonDesk", "我的坚果云"), text);
            assertTrue(text.contains("写到一半时复制"), text);
            assertTrue(text.contains("覆盖"), text);
        } finally {
            Messages.use(saved.locale());
        }
    }

    @Test
    void aFolderOnTheLocalDiskIsNotRisky(@TempDir Path dir) {
        assertEquals(Optional.empty(), DataFolderRisk.of(dir.resolve("not-created-yet").resolve("liaisondesk")));
    }
}
