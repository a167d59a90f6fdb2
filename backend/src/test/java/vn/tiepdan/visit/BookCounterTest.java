package vn.tiepdan.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/** Book numbers are gapless and unique per unit and year, also when saves run at the same time. */
@QuarkusTest
class BookCounterTest {
    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "canbo.counter")
    void sixteenParallelSavesGetNumbersOneToSixteen() throws Exception {
        Fixtures.Unit unit = fixtures.tree().own();
        Caller.as("canbo.counter", unit.code(), "reception_officer");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> saves = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String name = "Công dân số " + i;
                saves.add(() -> VisitApi.create(VisitApi.person(unit.id(), name, null, null, "KIEN_NGHI_PHAN_ANH",
                        "Kiến nghị")).then().statusCode(201).extract().path("bookSeq"));
            }
            List<Integer> seqs = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(saves)) {
                seqs.add(f.get());
            }
            assertEquals(IntStream.rangeClosed(1, 16).boxed().toList(), seqs.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        Number last = (Number) em.createNativeQuery("select last_seq from visit_book_counter where org_unit_id = ?1 "
                + "and book_year = 2026").setParameter(1, unit.id()).getSingleResult();
        assertEquals(16, last.intValue());
    }
}
