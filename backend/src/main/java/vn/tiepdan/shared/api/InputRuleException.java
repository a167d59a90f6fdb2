package vn.tiepdan.shared.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value that is well-formed JSON of the right type but breaks a domain-wide input rule (InputDomain). Thrown while
 * reading the body, so Jackson adds the field's path; ProblemMappers answers a 400 naming it with this code.
 */
public class InputRuleException extends JsonMappingException {
    private final String code;
    private final String messageKey;
    private final transient Object[] args;

    InputRuleException(JsonParser parser, String code, String messageKey, Object... args) {
        super(parser, code);
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
