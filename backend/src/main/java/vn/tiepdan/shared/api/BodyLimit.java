package vn.tiepdan.shared.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The body-size limit on what is actually read. RequestFilters refuses a declared Content-Length over the limit
 * before anything is read; a chunked body declares none, so every entity read through JAX-RS is counted here and
 * the read stops with a 413 problem as soon as it passes tiepdan.http.max-body-bytes (the upload's own limit on its
 * path).
 */
@Provider
public class BodyLimit implements ReaderInterceptor {
    private final long maxBodyBytes;
    private final long maxUploadBytes;

    @Context
    UriInfo uri;

    BodyLimit(@ConfigProperty(name = "tiepdan.http.max-body-bytes") long maxBodyBytes,
            @ConfigProperty(name = "tiepdan.http.max-upload-bytes", defaultValue = "10551296") long maxUploadBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String path = uri == null ? "" : uri.getRequestUri().getRawPath();
        long limit = RequestFilters.UPLOAD_PATH.matcher(path).matches() ? maxUploadBytes : maxBodyBytes;
        context.setInputStream(new Counting(context.getInputStream(), limit));
        return context.proceed();
    }

    /** Counts the bytes read; one past the limit is a 413. */
    static final class Counting extends FilterInputStream {
        private final long limit;
        private long read;

        Counting(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "problem.payload-too-large.detail", limit);
            }
        }
    }
}
