package vn.tiepdan.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Channel", description = "IN_PERSON: at the reception place (trực tiếp); ONLINE: online reception (trực tuyến), allowed for sessions from 2026-07-01 (Law 136/2025/QH15).")
public enum Channel {
    IN_PERSON, ONLINE
}
