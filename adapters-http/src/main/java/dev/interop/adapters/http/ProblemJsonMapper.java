package dev.interop.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Javalin's JSON mapper for this adapter: Jackson as configured by {@link Json}. Reading is only ever the request
 * body ({@code ctx.bodyAsClass}, {@code ctx.bodyStreamAsClass}), so a read failure becomes a 400 problem here
 * (see {@link RequestBodyErrors}) and a streamed body is cut at the body limit.
 */
final class ProblemJsonMapper implements JsonMapper {

    private final ObjectMapper mapper;
    private final long maxBodyBytes;

    ProblemJsonMapper(ObjectMapper mapper, long maxBodyBytes) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.maxBodyBytes = maxBodyBytes;
    }

    ObjectMapper objectMapper() {
        return mapper;
    }

    @Override
    public String toJsonString(Object obj, Type type) {
        try {
            return mapper.writerFor(mapper.constructType(type)).writeValueAsString(obj);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a response of type " + type.getTypeName(), e);
        }
    }

    @Override
    public InputStream toJsonStream(Object obj, Type type) {
        try {
            return new ByteArrayInputStream(mapper.writerFor(mapper.constructType(type)).writeValueAsBytes(obj));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a response of type " + type.getTypeName(), e);
        }
    }

    @Override
    public void writeToOutputStream(Stream<?> stream, OutputStream outputStream) {
        try (var generator = mapper.createGenerator(outputStream)) {
            generator.writeStartArray();
            for (Iterator<?> it = stream.iterator(); it.hasNext(); ) {
                mapper.writeValue(generator, it.next());
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public <T> T fromJsonString(String json, Type targetType) {
        if (json == null || json.isBlank()) {
            throw RequestBodyErrors.empty();
        }
        try {
            return mapper.readValue(json, mapper.constructType(targetType));
        } catch (JsonProcessingException e) {
            throw RequestBodyErrors.translate(e).orElseThrow(() -> new IllegalStateException(
                    "cannot read a request body as " + targetType.getTypeName(), e));
        }
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type targetType) {
        try {
            return mapper.readValue(new LimitedInputStream(json, maxBodyBytes), mapper.constructType(targetType));
        } catch (JsonProcessingException e) {
            throw RequestBodyErrors.translate(e).orElseThrow(() -> new IllegalStateException(
                    "cannot read a request body as " + targetType.getTypeName(), e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with {@code BODY_TOO_LARGE} as soon as more than the limit has been read. */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(InputStream in, long limit) {
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
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw BodyLimit.tooLarge(limit);
            }
        }
    }
}
