package vn.tiepdan.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubmissionMachineTest {
    @Test
    void draftAndReturnedAreEditedAndSubmitted() {
        assertEquals(Optional.of(SubmissionStatus.DRAFT), SubmissionMachine.next("edit", SubmissionStatus.DRAFT));
        assertEquals(Optional.of(SubmissionStatus.RETURNED), SubmissionMachine.next("edit", SubmissionStatus.RETURNED));
        assertEquals(Optional.of(SubmissionStatus.SUBMITTED), SubmissionMachine.next("submit", SubmissionStatus.DRAFT));
        assertEquals(Optional.of(SubmissionStatus.SUBMITTED),
                SubmissionMachine.next("submit", SubmissionStatus.RETURNED));
        assertEquals(List.of("edit", "submit"), SubmissionMachine.allowed(SubmissionStatus.DRAFT));
    }

    @Test
    void onlyASubmittedReportIsReviewed() {
        assertEquals(Optional.of(SubmissionStatus.ACCEPTED), SubmissionMachine.next("accept",
                SubmissionStatus.SUBMITTED));
        assertEquals(Optional.of(SubmissionStatus.RETURNED), SubmissionMachine.next("return",
                SubmissionStatus.SUBMITTED));
        assertTrue(SubmissionMachine.next("accept", SubmissionStatus.DRAFT).isEmpty());
        assertTrue(SubmissionMachine.next("return", SubmissionStatus.RETURNED).isEmpty());
        assertTrue(SubmissionMachine.next("edit", SubmissionStatus.SUBMITTED).isEmpty());
        assertTrue(SubmissionMachine.next("submit", SubmissionStatus.SUBMITTED).isEmpty());
        assertEquals(List.of("accept", "return"), SubmissionMachine.allowed(SubmissionStatus.SUBMITTED));
    }

    @Test
    void acceptedIsFinal() {
        assertEquals(List.of(), SubmissionMachine.allowed(SubmissionStatus.ACCEPTED));
        assertTrue(SubmissionMachine.next("unknown", SubmissionStatus.DRAFT).isEmpty());
    }
}
