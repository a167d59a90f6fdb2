package vn.tiepdan.shared.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The domain-wide input rules (InputDomain) applied to every JSON body: no scalar coercion (a number is not a text,
 * 1.5 is not an integer), texts without control characters and in NFC, dates in the sane range, bounded lists.
 * Each breach is a 400 naming the field (ProblemMappers).
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {
    private static final Set<Class<?>> TEMPORALS = Set.of(LocalDate.class, Instant.class, OffsetDateTime.class,
            ZonedDateTime.class, LocalDateTime.class);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("tiepdan-input-rules");
        module.addDeserializer(String.class, new SafeString());
        module.setDeserializerModifier(new Guards());
        mapper.registerModule(module);
    }

    /** The standard String deserializer, then the control-character rule and NFC. */
    static final class SafeString extends StdScalarDeserializer<String> {
        SafeString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                // Anything but a JSON string (number, boolean, object, array) is the wrong type for a text.
                if (p.hasToken(JsonToken.VALUE_NULL)) {
                    return null;
                }
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            Optional<Integer> control = InputDomain.controlCharacter(text);
            if (control.isPresent()) {
                throw new InputRuleException(p, "CONTROL_CHARACTER", "validation.control-character",
                        String.format("U+%04X", control.get()));
            }
            return InputDomain.normalise(text);
        }
    }

    /** Wraps the date/time and list deserializers with the range and size rules. */
    static final class Guards extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                JsonDeserializer<?> deserializer) {
            if (TEMPORALS.contains(beanDesc.getBeanClass())) {
                return new Checked(deserializer);
            }
            return deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return new Checked(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType valueType,
                BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return new Checked(deserializer);
        }
    }

    /** Reads with the standard deserializer, then checks the value against the date range or the list bound. */
    static final class Checked extends DelegatingDeserializer {
        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Checked(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (TEMPORALS.contains(handledType()) && !p.hasToken(JsonToken.VALUE_STRING)) {
                // A date is a text (2026-12-01): no epoch numbers, no [2026,12,1] arrays.
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            return check(p, _delegatee.deserialize(p, ctxt));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws IOException {
            return check(p, ((JsonDeserializer<Object>) _delegatee).deserialize(p, ctxt, intoValue));
        }

        private static Object check(JsonParser p, Object value) throws IOException {
            if (!InputDomain.dateInRange(value)) {
                throw new InputRuleException(p, "DATE_RANGE", "validation.date-range", InputDomain.MIN_DATE,
                        InputDomain.MAX_DATE);
            }
            // Lists and object arrays; a byte[] (base64 text) is bounded by the body size instead.
            int size = value instanceof Collection<?> c ? c.size() : value instanceof Object[] a ? a.length : 0;
            if (size > InputDomain.MAX_ITEMS) {
                throw new InputRuleException(p, "TOO_MANY_ITEMS", "validation.too-many-items", InputDomain.MAX_ITEMS);
            }
            return value;
        }
    }
}
