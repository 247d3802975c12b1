package org.kafo.domain.directory;

import static org.kafo.domain.directory.DirectoryFixture.with;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kafo.domain.directory.Drafts.LocationDraft;
import org.kafo.domain.directory.Drafts.OrganizationDraft;
import org.kafo.domain.directory.Drafts.ServiceDraft;
import org.kafo.domain.support.Callers;
import org.kafo.domain.tenancy.Caller;
import org.kafo.domain.tenancy.Role;

/**
 * Measures the referral question on a directory twenty times the network's size (1,000 actors, 5,000
 * services) on the real PostgreSQL: {@code ./mvnw -pl portal-domain verify -Pbench}. Reports percentiles in
 * {@code target/bench/referral.txt}; asserts nothing (speed targets are reported, not tested).
 */
class ReferralBench {

    private static final int ACTORS = 1000;
    private static final int SERVICES_EACH = 5;
    private static final int QUERIES = 300;

    private static final String[] CATEGORIES = {"accueil", "hebergement", "medical", "psychosocial", "juridique", "reinsertion",
            "transport", "etat-civil", "liens-familiaux", "sensibilisation", "plaidoyer"};
    private static final String[] GROUPS = {"femmes", "enfants", "mineurs-non-accompagnes", "expulses", "refoules", "rapatries"};
    private static final String[] REGIONS = {"bamako", "kayes", "koulikoro", "sikasso", "segou", "mopti", "tombouctou", "gao", "kidal", "nioro"};

    @Test
    void referralQueriesOnALargeDirectory() throws IOException {
        DirectoryFixture.emptyDirectory();
        Caller coordination = Callers.of("ame", Role.NETWORK_ADMIN);
        Random random = new Random(42);
        long loadStart = System.nanoTime();
        for (int batch = 0; batch < ACTORS / 50; batch++) {
            int from = batch * 50;
            with(w -> {
                for (int i = from; i < from + 50; i++) {
                    String region = REGIONS[i % REGIONS.length];
                    Organization o = w.directory.create(coordination, new OrganizationDraft("Acteur de test " + i, "AT" + i, "ong-nationale",
                            "ML", "Accueil et orientation des personnes de retour, numéro " + i, null, null, null, "PUBLIC", List.of(),
                            List.of(new LocationDraft(null, "Bureau", null, "Ville " + (i % 37), "ML", region, null, null, List.of())), null));
                    for (int s = 0; s < SERVICES_EACH; s++) {
                        w.directory.addService(coordination, o.id(), new ServiceDraft("Service " + s + " de " + i, "Description du service",
                                CATEGORIES[(i + s) % CATEGORIES.length], List.of(GROUPS[(i + s) % GROUPS.length], GROUPS[(i * 7 + s) % GROUPS.length]),
                                List.of("fr", "bm"), null, (i + s) % 9 == 0 ? "INACTIVE" : "ACTIVE", null,
                                List.of(o.locations().get(0).id()), List.of()));
                    }
                }
                return null;
            });
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        Caller anonymous = Caller.anonymous();
        List<Long> structured = new ArrayList<>();
        List<Long> text = new ArrayList<>();
        List<Long> wider = new ArrayList<>();
        List<Long> nothingWider = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) {
            DirectoryFilter filter = new DirectoryFilter(null, CATEGORIES[random.nextInt(CATEGORIES.length)],
                    GROUPS[random.nextInt(GROUPS.length)], REGIONS[random.nextInt(REGIONS.length)], null, null);
            long t0 = System.nanoTime();
            with(w -> w.organizations.services(anonymous, filter, 0, 20));
            structured.add(System.nanoTime() - t0);
            DirectoryFilter words = new DirectoryFilter("orientation " + random.nextInt(ACTORS), null, null, null, null, null);
            long t1 = System.nanoTime();
            with(w -> w.organizations.services(anonymous, words, 0, 20));
            text.add(System.nanoTime() - t1);
            // an empty answer: the nearest wider question that has answers (the place widened, usually)
            DirectoryFilter inACity = new DirectoryFilter(null, filter.category(), filter.targetGroup(), filter.region(), "Nulle part", null);
            long t2 = System.nanoTime();
            with(w -> w.organizations.widerServices(anonymous, inACity));
            wider.add(System.nanoTime() - t2);
            // nothing wider answers either: the widest question is counted first, and answers nothing
            // (words no service holds, without a category: the words stay, the place, the public and the kind are widened)
            DirectoryFilter nowhere = new DirectoryFilter("introuvable", null, filter.targetGroup(), filter.region(), "Nulle part", "media");
            long t3 = System.nanoTime();
            with(w -> w.organizations.widerServices(anonymous, nowhere));
            nothingWider.add(System.nanoTime() - t3);
        }
        String report = String.format("Referral question on %d actors, %d services (loaded in %.1f s)%n"
                        + "category + target group + region, first page: %s%nfree text, first page: %s%n"
                        + "no answer, the nearest wider question: %s%nno answer and nothing wider (every widening counted): %s%n",
                ACTORS, ACTORS * SERVICES_EACH, loadSeconds, percentiles(structured), percentiles(text), percentiles(wider),
                percentiles(nothingWider));
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "referral.txt"), report);
        System.out.print(report);
        DirectoryFixture.emptyDirectory();
    }

    private static String percentiles(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, Arrays.stream(sorted).max().orElse(0) / 1e6);
    }
}
