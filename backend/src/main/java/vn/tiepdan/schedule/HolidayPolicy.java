package vn.tiepdan.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HolidayPolicy", description = "What happens to an occurrence on a day off: SKIP it, or move it to the NEXT_WORKING_DAY.")
public enum HolidayPolicy {
    SKIP, NEXT_WORKING_DAY
}
