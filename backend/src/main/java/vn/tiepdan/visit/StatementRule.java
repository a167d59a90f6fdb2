package vn.tiepdan.visit;

/** Without a written petition the recorded statement must be signed or fingerprinted (Luật KN Art. 8(3); Luật TC Art. 23). */
final class StatementRule {
    private StatementRule() {
    }

    static boolean satisfied(boolean withPetition, StatementConfirmation confirmation, boolean refused) {
        return withPetition || refused || confirmation != null;
    }
}
