package vn.tiepdan.publicapi;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import vn.tiepdan.schedule.Channel;
import vn.tiepdan.schedule.Program;
import vn.tiepdan.schedule.PublicSessionView;
import vn.tiepdan.schedule.ReceptionKind;
import vn.tiepdan.schedule.SessionStatus;

/**
 * The public schedule as iCalendar (RFC 5545): one VEVENT per session, UID stable per session, times in UTC, status
 * CANCELLED with the notice as description for cancelled (and postponed) sessions.
 */
final class ScheduleIcs {
    static final String PRODUCT = "-//TiepDan//Lich tiep cong dan//VI";

    private ScheduleIcs() {
    }

    static String write(List<PublicSessionView> sessions, ZoneId zone, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (PublicSessionView s : sessions) {
            Instant start = s.date().atTime(s.start()).atZone(zone).toInstant();
            Instant end = s.date().atTime(s.end()).atZone(zone).toInstant();
            VEvent event = new VEvent(start, end, "Tiếp công dân – " + s.unitName());
            event.replace(new DtStamp(now));
            event.add(new Uid(s.id() + "@tiepdan.vn"));
            if (s.place() != null) {
                event.add(new Location(s.place()));
            }
            boolean called = s.status() == SessionStatus.CANCELLED || s.status() == SessionStatus.POSTPONED;
            event.add(called ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            event.add(new Description(description(s)));
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static String description(PublicSessionView s) {
        StringBuilder text = new StringBuilder();
        if (s.notice() != null) {
            text.append(s.notice()).append('\n');
        }
        if (s.presidingName() != null) {
            text.append("Chủ trì: ").append(s.presidingName());
            if (s.presidingPosition() != null) {
                text.append(" – ").append(s.presidingPosition());
            }
            text.append('\n');
        }
        text.append("Hình thức: ").append(channelLabel(s.channel())).append("; loại: ").append(kindLabel(s.kind()));
        if (s.program() == Program.BUOI_SANG_VOI_NHAN_DAN) {
            text.append("; chương trình \"Buổi sáng với Nhân dân\"");
        }
        return text.toString();
    }

    /** Calendar apps show the description as it is: Vietnamese words, not codes. */
    private static String channelLabel(Channel channel) {
        return channel == Channel.ONLINE ? "trực tuyến" : "trực tiếp";
    }

    private static String kindLabel(ReceptionKind kind) {
        return switch (kind) {
            case REGULAR -> "tiếp thường xuyên";
            case PERIODIC -> "tiếp định kỳ của người đứng đầu";
            case URGENT -> "tiếp đột xuất";
        };
    }
}
