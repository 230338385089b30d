package org.icosim.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.gson.JsonObject;

/**
 * A model file: a named set of parameter values that describes one world (a one-economy test
 * model, England at scale, ...), read strictly from JSON:
 *
 * <pre>{"name": "tiny", "description": "one economy, 1:100 patients", "parameters": {"patientScale": 100}}</pre>
 *
 * <p>Only these three keys are allowed and unknown parameter names are errors (with the closest
 * known name), because a misspelt key that is silently ignored leaves a default in place and a
 * study that does not test what it claims. Parameters not given keep their catalogue defaults.
 *
 * @param path        the file as named by the user (messages and {@code run.json} show it so)
 * @param name        short name of the model
 * @param description what world the model describes
 * @param parameters  parameter name to value (booleans 0/1, choices as index), in file order
 * @param sha256      hex SHA-256 of the file's bytes, so a run records exactly what it read;
 *                    {@code null} for a model built in code
 */
public record ModelFile(Path path, String name, String description, Map<String, Double> parameters, String sha256) {

    /** The keys a model file may have, in the order they are documented. */
    public static final List<String> KEYS = List.of("name", "description", "parameters");

    /**
     * Checks a model built in code as strictly as one read from a file.
     *
     * @throws IllegalArgumentException naming the bad component or parameter
     */
    public ModelFile {
        Objects.requireNonNull(path, "path");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("model name is blank");
        }
        Objects.requireNonNull(description, "description");
        parameters = SpecReader.checkedCopy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * Reads and checks a model file.
     *
     * @throws InputException naming the file, the place and what was expected
     */
    public static ModelFile load(Path path) throws InputException {
        StrictJson.Document document = StrictJson.read(path);
        SpecReader reader = new SpecReader(document);
        JsonObject root = reader.root(KEYS);
        String name = reader.requiredString(root, "name", "the model's name", false);
        String description = reader.requiredString(root, "description", "what world the model describes", true);
        Map<String, Double> parameters = reader.parameters(root, "parameters");
        return new ModelFile(path, name, description, parameters, document.sha256());
    }
}
