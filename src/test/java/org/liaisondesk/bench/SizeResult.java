package org.liaisondesk.bench;

import java.util.List;

/** The measurements on one register: its label (10k, 100k, 1m), its record count and how long building it took. */
record SizeResult(String size, long records, String register, List<Measurement> measurements) {
}
