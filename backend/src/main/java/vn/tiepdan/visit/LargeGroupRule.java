package vn.tiepdan.visit;

/** Five people or more with the same content are a large group (đông người; DOMAIN.md §6.1.4 — practice [I/U]). */
final class LargeGroupRule {
    static final int THRESHOLD = 5;

    private LargeGroupRule() {
    }

    static boolean large(int headcount) {
        return headcount >= THRESHOLD;
    }
}
