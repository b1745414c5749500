package org.liaisondesk.app.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.exchange.imports.model.ImportKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --kind visits} as an {@link ImportKind}; the candidates are the kinds the import supports. */
final class ImportKindConverter implements ITypeConverter<ImportKind> {
    @Override
    public ImportKind convert(String value) {
        return Arrays.stream(ImportKind.values()).filter(k -> k.cliName().equals(value)).findFirst()
                .orElseThrow(() -> new TypeConversionException(Messages.tr("cli.import.badKind", value, String.join(", ", new Names()))));
    }

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ImportKind.values()).map(ImportKind::cliName).iterator();
        }
    }
}
