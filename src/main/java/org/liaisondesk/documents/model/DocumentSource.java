package org.liaisondesk.documents.model;

import java.util.List;
import org.liaisondesk.ladder.model.RecommendationDetail;

/**
 * Everything a document says about one recommendation, read from the register in one go: the record and its state,
 * the names of its recipient, superior and copies, the prosecutor, the records behind it (its own and those of the
 * documents it escalates from) and those earlier documents, oldest first.
 */
public record DocumentSource(RecommendationDetail detail, String recipient, String superior, List<String> copyTo,
                             String prosecutor, String prosecutorPhone, String station,
                             List<UnderlyingRecord> records, List<EarlierDocument> earlier, PeopleInRecords people) {
    public DocumentSource {
        recipient = recipient == null ? "" : recipient;
        superior = superior == null ? "" : superior;
        copyTo = List.copyOf(copyTo);
        prosecutor = prosecutor == null ? "" : prosecutor;
        prosecutorPhone = prosecutorPhone == null ? "" : prosecutorPhone;
        station = station == null ? "" : station;
        records = List.copyOf(records);
        earlier = List.copyOf(earlier);
    }

    public DocumentKind kind() {
        return DocumentKind.of(detail.recommendation().tier(), detail.recommendation().type());
    }
}
