package io.kefusim.fit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retrials are counted once (fit8): the model gives everyone who gives up the retrial
 * probability, so the fitted arrivals must hold people, not their callbacks, identified or not.
 * Before fit8 only the identified callers' callbacks were taken out; those of callers with no id
 * stayed in the arrivals and the model added them again.
 *
 * <p>{@link RetrialRoundTripTest}'s known desk is simulated with buyer ids; then the buyers whose
 * id is odd lose it (each buyer all its contacts: a caller the records do not identify). The
 * fitted arrivals (fit.json's mix, bot included, retried contacts taken out) must equal the
 * people the records hold (distinct buyers), within what the take-out of unrecognisable
 * callbacks can miss: it takes out the identified share s (of n_i identified callers who gave up)
 * of the n_u unidentified ones, so the miss is the binomial spread of their real callbacks around
 * n_u·s plus the error of s: variance n_u·s(1 − s) + n_u²·s(1 − s)/n_i, per type, summed; 1.96 sd
 * (two-sided 95%). Callbacks later than the window are new people in both counts (the window
 * holds more than 99.9% of the delays here, as the round trip checks).
 */
class UnidentifiedCallbacksTest {
    @TempDir
    Path dir;

    @Test
    void callbacksOfCallersWithNoIdAreTakenOutOfTheArrivals() throws Exception {
        Path sim = RoundTrip.simulate(dir, RetrialRoundTripTest.KNOWN);
        List<String> rows = Files.readAllLines(sim.resolve("chats.csv"));
        List<String> head = List.of(rows.get(0).replace("\uFEFF", "").split(","));
        int id = head.indexOf("buyer_id");
        Set<String> people = new HashSet<>();
        List<String> out = new ArrayList<>(List.of(rows.get(0)));
        for (String r : rows.subList(1, rows.size())) {
            String[] c = r.split(",", -1);
            people.add(c[id]);
            if (Long.parseLong(c[id]) % 2 == 1) c[id] = "";
            out.add(String.join(",", c));
        }
        Path records = dir.resolve("half-identified.csv");
        Files.write(records, out);
        Path fitDir = RoundTrip.fit(dir, records);
        JsonNode est = RoundTrip.estimates(fitDir);

        long fitted = 0;
        for (JsonNode t : est.get("mix")) fitted += t.get("chats").asLong();
        double var = 0;
        long unidentifiedOut = 0;
        for (String type : new String[]{"ordinary", "vip"}) {
            JsonNode b = est.get("buyers").get(type);
            JsonNode r = est.get("retrials").get("by_type").get(type), taken = b.get("retrial_taken_out_of_arrivals");
            double s = r.get("came_back").asDouble() / r.get("gave_up_identified").asDouble(), ni = r.get("gave_up_identified").asDouble();
            double nu = taken.get("unidentified_gave_up").asDouble();
            var += nu * s * (1 - s) + nu * nu * s * (1 - s) / ni;
            unidentifiedOut += taken.get("unidentified_expected").asLong();
        }
        double tol = 1.96 * Math.sqrt(var);
        System.out.printf("  arrivals fitted %d, people in the records %d (of %d contacts), unidentified callbacks taken out %d, tolerance %.1f%n",
                fitted, people.size(), rows.size() - 1, unidentifiedOut, tol);
        assertTrue(unidentifiedOut > 0, "some callbacks of callers with no id are taken out");
        assertTrue(Math.abs(fitted - people.size()) <= tol,
                "fitted arrivals " + fitted + " against the records' people " + people.size() + " (tolerance " + tol + ")");
    }
}
