package org.icosim.io;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.icosim.model.RealEnglandWorld;
import org.icosim.model.SyntheticWorld;
import org.icosim.model.WorldSource;
import org.icosim.model.england.RealEngland;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A model file: a named set of parameter values that describes one world (a one-economy test
 * model, England at scale, ...), read strictly from JSON:
 *
 * <pre>{"name": "tiny", "description": "one economy, 1:100 patients", "parameters": {"patientScale": 100}}</pre>
 *
 * <p>Only these keys are allowed and unknown parameter names are errors (with the closest
 * known name), because a misspelt key that is silently ignored leaves a default in place and a
 * study that does not test what it claims. Parameters not given keep their catalogue defaults.
 * The optional {@code "world": {"data": "data/england-2015"}} builds the real England from the
 * tables of that folder (relative to the model file's folder; {@link RealEnglandFiles}) instead
 * of the synthetic one; the folder is read and checked with the file.
 *
 * @param path        the file as named by the user (messages and {@code run.json} show it so)
 * @param name        short name of the model
 * @param description what world the model describes
 * @param parameters  parameter name to value (booleans 0/1, choices as index), in file order
 * @param sha256      hex SHA-256 of the file's bytes, so a run records exactly what it read;
 *                    {@code null} for a model built in code
 * @param worldData   the folder of the real England's tables, or {@code null} for the synthetic world
 * @param england     the real England read from {@code worldData}, or {@code null}
 * @param worldSha256 each table read from {@code worldData} to the hex SHA-256 of its bytes, in
 *                    the order read (empty for the synthetic world), so a run records its data too
 */
public record ModelFile(Path path, String name, String description, Map<String, Double> parameters, String sha256,
        Path worldData, RealEngland england, Map<Path, String> worldSha256) {

    /** The keys a model file may have, in the order they are documented. */
    public static final List<String> KEYS = List.of("name", "description", "parameters", "world");
    /** The keys of its {@code world} object. */
    public static final List<String> WORLD_KEYS = List.of("data");

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
        if ((worldData == null) != (england == null)) {
            throw new IllegalArgumentException("a real world needs both its folder and its data");
        }
        worldSha256 = Collections.unmodifiableMap(new LinkedHashMap<>(worldSha256 == null ? Map.of() : worldSha256));
    }

    /** A model of the synthetic world. */
    public ModelFile(Path path, String name, String description, Map<String, Double> parameters, String sha256) {
        this(path, name, description, parameters, sha256, null, null, Map.of());
    }

    /** Where the run's world comes from: the real England of {@link #england()}, or the synthetic one. */
    public WorldSource worldSource() {
        return england == null ? SyntheticWorld.INSTANCE : new RealEnglandWorld(england);
    }

    /** The data files the world is read from (none for the synthetic world), which no output may replace. */
    public List<Path> worldFiles() {
        if (worldData == null) return List.of();
        return RealEnglandFiles.FILES.stream().map(worldData::resolve).toList();
    }

    /**
     * Reads and checks a model file, and the real England's tables if it names them.
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
        Path worldData = null;
        RealEngland england = null;
        JsonElement world = root.get("world");
        if (world != null) {
            String expected = "an object {\"data\": FOLDER}, the folder of the real England's tables relative to this file's folder";
            if (!world.isJsonObject()) {
                throw reader.error("world", "got " + SpecReader.describe(world) + ", expected " + expected);
            }
            JsonObject object = world.getAsJsonObject();
            reader.checkKeys(object, "world", WORLD_KEYS);
            if (!object.has("data")) {
                throw reader.error("world", "has no \"data\"; expected " + expected);
            }
            JsonElement data = object.get("data");
            if (!(data.isJsonPrimitive() && data.getAsJsonPrimitive().isString()) || data.getAsString().isBlank()) {
                throw reader.error("world.data", "got " + SpecReader.describe(data)
                        + ", expected a folder path (a non-empty string) relative to this file's folder");
            }
            String text = data.getAsString();
            Path given;
            try {
                given = Path.of(text);
            } catch (InvalidPathException e) {
                throw reader.error("world.data", "got \"" + text + "\", expected a valid folder path (" + e.getReason() + ")");
            }
            Path folder = path.getParent();
            worldData = (folder == null ? given : folder.resolve(given)).normalize();
            if (!java.nio.file.Files.isDirectory(worldData)) {
                throw reader.error("world.data", "got \"" + text + "\": " + worldData + " is not a folder (absolute path "
                        + worldData.toAbsolutePath() + "); expected a folder relative to the model file's folder holding "
                        + String.join(", ", RealEnglandFiles.FILES));
            }
            england = RealEnglandFiles.load(worldData);
        }
        Map<Path, String> digests = new LinkedHashMap<>();
        if (worldData != null) {
            for (String table : RealEnglandFiles.FILES) {
                Path file = worldData.resolve(table);
                digests.put(file, StrictJson.sha256(InputFiles.readBytes(file, "a CSV file")));
            }
        }
        return new ModelFile(path, name, description, parameters, document.sha256(), worldData, england, digests);
    }
}
