package org.icosim.io;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;

/**
 * The checks model and experiment files share: allowed keys, required strings, and parameter
 * values of the right JSON type and range. Every failure cites the document's file and the
 * line of the offending member.
 */
final class SpecReader {

    private final StrictJson.Document document;

    SpecReader(StrictJson.Document document) {
        this.document = document;
    }

    InputException error(String place, String problem) {
        return document.error(place, problem);
    }

    /** The line where {@code place} starts in the document, or 0 if unknown. */
    int line(String place) {
        return document.line(place);
    }

    /** The top-level object, with only the allowed keys. */
    JsonObject root(List<String> allowed) throws InputException {
        JsonElement root = document.root();
        if (!root.isJsonObject()) {
            throw new InputException(document.file(), "top level", 1,
                    "got " + describe(root) + ", expected an object with keys " + String.join(", ", allowed));
        }
        JsonObject object = root.getAsJsonObject();
        checkKeys(object, "", allowed);
        return object;
    }

    /** Fails on the first key of {@code object} that is not allowed, suggesting the nearest allowed one. */
    void checkKeys(JsonObject object, String path, List<String> allowed) throws InputException {
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                String near = Parameters.closest(key, allowed);
                throw error(StrictJson.memberPath(path, key), "unknown key \"" + key + "\""
                        + (near != null ? " (did you mean " + near + "?)" : "")
                        + "; expected only " + String.join(", ", allowed));
            }
        }
    }

    /** A string member that must be present; {@code meaning} says what it is for messages. */
    String requiredString(JsonObject object, String key, String meaning, boolean mayBeEmpty) throws InputException {
        JsonElement value = object.get(key);
        if (value == null) {
            throw new InputException(document.file(), key, "missing; expected a string (" + meaning + ")");
        }
        if (!isString(value)) {
            throw error(key, "got " + describe(value) + ", expected a string (" + meaning + ")");
        }
        String text = value.getAsString();
        if (!mayBeEmpty && text.isBlank()) {
            throw error(key, "got " + describe(value) + ", expected a non-empty string (" + meaning + ")");
        }
        return text;
    }

    /**
     * The {@code parameters} object as name to value, in file order. Unknown names suggest the
     * closest catalogue name; values must be of the parameter's JSON type and in range.
     */
    Map<String, Double> parameters(JsonObject object, String key) throws InputException {
        Map<String, Double> values = new LinkedHashMap<>();
        JsonElement element = object.get(key);
        if (element == null) {
            return values;
        }
        if (!element.isJsonObject()) {
            throw error(key, "got " + describe(element) + ", expected an object of parameter names and values");
        }
        for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
            String place = StrictJson.memberPath(key, member.getKey());
            Parameter parameter = Parameters.byName(member.getKey());
            if (parameter == null) {
                throw error(place, unknownParameter(member.getKey()));
            }
            values.put(parameter.name(), parameterValue(place, parameter, member.getValue()));
        }
        return values;
    }

    double parameterValue(String place, Parameter parameter, JsonElement value) throws InputException {
        double number;
        switch (parameter.kind()) {
            case BOOLEAN:
                if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean())) {
                    throw error(place, "got " + describe(value) + ", expected " + parameter.expected());
                }
                number = value.getAsBoolean() ? 1 : 0;
                break;
            case CHOICE:
            case MONTH:
                if (!isString(value) || Double.isNaN(parameter.parse(value.getAsString()))) {
                    throw error(place, "got " + describe(value) + ", expected " + parameter.expected());
                }
                number = parameter.parse(value.getAsString());
                break;
            default:
                if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber())) {
                    throw error(place, "got " + describe(value) + ", expected " + parameter.expected());
                }
                number = value.getAsBigDecimal().doubleValue();
                if (Double.isInfinite(number)) {
                    throw error(place, "got " + describe(value) + ", expected " + parameter.expected());
                }
                break;
        }
        String problem = parameter.problemWith(number);
        if (problem != null) {
            throw error(place, problem);
        }
        return number;
    }

    /** The message for a name that is not in the catalogue. */
    static String unknownParameter(String name) {
        String near = Parameters.closestName(name);
        return "unknown parameter \"" + name + "\""
                + (near != null ? " (did you mean " + near + "?)" : "; expected a name from the parameter catalogue");
    }

    /**
     * An immutable copy in the given order, after checking every name and value; for records
     * built in code (the GUI, tests) rather than read from a file.
     *
     * @throws IllegalArgumentException naming the parameter and the problem
     */
    static Map<String, Double> checkedCopy(Map<String, Double> parameters) {
        Map<String, Double> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Double> entry : parameters.entrySet()) {
            Parameter parameter = Parameters.byName(entry.getKey());
            if (parameter == null) {
                throw new IllegalArgumentException(unknownParameter(entry.getKey()));
            }
            if (entry.getValue() == null) {
                throw new IllegalArgumentException(entry.getKey() + ": no value");
            }
            String problem = parameter.problemWith(entry.getValue());
            if (problem != null) {
                throw new IllegalArgumentException(entry.getKey() + ": " + problem);
            }
            copy.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
    }

    /** A value as a message shows it: {@code "abc" (a string)}, {@code 12}, {@code true}, {@code an object}. */
    static String describe(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return "null";
        }
        if (value.isJsonObject()) {
            return "an object";
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isString()) {
            String text = primitive.getAsString();
            if (text.length() > 40) {
                text = text.substring(0, 37) + "...";
            }
            return "\"" + text + "\" (a string)";
        }
        if (primitive.isNumber()) {
            BigDecimal number = primitive.getAsBigDecimal();
            // Plain digits as typed (1e3 shows as 1000) unless that would be a very long string.
            return Math.abs(number.scale()) <= 18 ? number.toPlainString() : number.toString();
        }
        return primitive.getAsString();
    }
}
