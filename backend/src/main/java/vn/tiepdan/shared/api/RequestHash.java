package vn.tiepdan.shared.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

/**
 * The fingerprint of a request for Idempotency-Key: method, path, query and body. A JSON body is read and put back
 * for the endpoint; a multipart form has already been parsed by then (its stream is gone), so its parts are hashed
 * instead: every field by name and value, every file by name, file name and content.
 */
final class RequestHash {
    private RequestHash() {
    }

    static String of(ContainerRequestContext request) throws IOException {
        MessageDigest digest = sha256();
        digest.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + "\n").getBytes(StandardCharsets.UTF_8));
        FormData form = formData(request);
        if (form != null) {
            hashForm(form, digest);
        } else if (request.hasEntity()) {
            // Not closed: the stream belongs to the request; the endpoint reads the copy put back.
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            digest.update(body);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static FormData formData(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return null;
        }
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        return context == null ? null : context.getFormData();
    }

    private static void hashForm(FormData form, MessageDigest digest) throws IOException {
        List<String> names = new ArrayList<>();
        form.forEach(names::add);
        Collections.sort(names);
        for (String name : names) {
            for (FormValue value : form.get(name)) {
                digest.update(("\n" + name + "=").getBytes(StandardCharsets.UTF_8));
                if (value.isFileItem()) {
                    digest.update(("file:" + value.getFileName() + ":").getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = value.getFileItem().getInputStream()) {
                        byte[] buffer = new byte[64 * 1024];
                        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                            digest.update(buffer, 0, n);
                        }
                    }
                } else if (value.getValue() != null) {
                    digest.update(value.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
