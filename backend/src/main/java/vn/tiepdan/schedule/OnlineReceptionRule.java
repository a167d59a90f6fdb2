package vn.tiepdan.schedule;

import java.time.LocalDate;

/** Luật TCD Art. 3a (added by Luật 136/2025/QH15): online reception is allowed from 1 July 2026. */
public final class OnlineReceptionRule {
    public static final LocalDate ONLINE_FROM = LocalDate.of(2026, 7, 1);

    private OnlineReceptionRule() {
    }

    public static boolean allows(Channel channel, LocalDate day) {
        return channel != Channel.ONLINE || !day.isBefore(ONLINE_FROM);
    }
}
