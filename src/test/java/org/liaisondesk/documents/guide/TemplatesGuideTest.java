package org.liaisondesk.documents.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TemplatesGuideTest {
    @Test
    void theStaffGuideListsExactlyTheCatalogue() throws IOException {
        String onDisk = Files.readString(Path.of("docs/templates.md"), StandardCharsets.UTF_8);
        assertEquals(TemplatesGuide.markdown(), onDisk,
                "docs/templates.md is out of date: regenerate it with TemplatesGuide (see its class comment)");
    }
}
