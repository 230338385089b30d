package org.icosim.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.gson.stream.JsonWriter;

import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.rules.Rules;

/**
 * What a run was, written beside its outputs as {@code run.json}: every parameter's value with
 * its unit, its source and which layer set it (default, model file, experiment file or command
 * line), the name of the decision rule of each kind, the seed, length and start month, the input files with their SHA-256, the versions of
 * the tools, when it ran and how long it took, and the files it wrote. With this file, a run
 * can be repeated exactly and a reader of a chart can see what produced it.
 *
 * <p>Fields are written in a fixed order (the record's component order, parameters last because
 * they are many), numbers as the model files write them, so two records of the same run differ
 * only in time, wall time and tool versions.
 *
 * @param startTime       when the run started
 * @param wallTimeSeconds how long it took, in seconds
 * @param seed            the run's seed
 * @param months          months simulated
 * @param start           calendar month of month 0
 * @param patientAgents   patient agents simulated (each stands for {@code patientScale} people)
 * @param modelFile       the model file read, or {@code null} for a run from the defaults only
 * @param experimentFile  the experiment file read, or {@code null} for a run without one
 * @param tools           versions of icosim, Java and the libraries
 * @param rules           the decision rules the run used, by name
 * @param parameters      every parameter's resolved value, in catalogue order
 * @param outputFiles     files written in the run folder, relative to it
 * @param worldFiles      the real world's data tables the model file named, with their digests
 *                        (written as {@code worldFiles} after {@code modelFile}; none, and not
 *                        written, for the synthetic world)
 */
public record RunRecord(Instant startTime, double wallTimeSeconds, long seed, int months, YearMonth start,
        long patientAgents, FileRef modelFile, FileRef experimentFile, ToolVersions tools, Rules rules,
        List<ResolvedParameter> parameters, List<String> outputFiles, List<FileRef> worldFiles) {

    /** A record of a run of the synthetic world (no data tables). */
    public RunRecord(Instant startTime, double wallTimeSeconds, long seed, int months, YearMonth start,
            long patientAgents, FileRef modelFile, FileRef experimentFile, ToolVersions tools, Rules rules,
            List<ResolvedParameter> parameters, List<String> outputFiles) {
        this(startTime, wallTimeSeconds, seed, months, start, patientAgents, modelFile, experimentFile, tools, rules,
                parameters, outputFiles, List.of());
    }

    /** The record's name in a run folder. */
    public static final String FILE_NAME = "run.json";
    /** Which layer set a parameter's value; each layer overrides the ones before it. */
    public enum From {
        DEFAULT("default"), MODEL("model"), EXPERIMENT("experiment"), COMMAND_LINE("command line");

        private final String label;

        From(String label) {
            this.label = label;
        }

        /** As written in {@code run.json}. */
        public String label() {
            return label;
        }
    }

    /** One parameter's value in this run and the layer that set it. */
    public record ResolvedParameter(Parameter parameter, double value, From from) {
        public ResolvedParameter {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(from, "from");
            String problem = parameter.problemWith(value);
            if (problem != null) {
                throw new IllegalArgumentException(parameter.name() + ": " + problem);
            }
        }
    }

    /** An input file as the user named it, and the SHA-256 of the bytes read ({@code null} if none were). */
    public record FileRef(Path path, String sha256) {
        public FileRef {
            Objects.requireNonNull(path, "path");
        }

        /** The model's file and digest. */
        public static FileRef of(ModelFile model) {
            return new FileRef(model.path(), model.sha256());
        }

        /** The data tables of the model's real world and their digests; none for the synthetic world. */
        public static List<FileRef> worldOf(ModelFile model) {
            List<FileRef> out = new java.util.ArrayList<>();
            for (Map.Entry<Path, String> e : model.worldSha256().entrySet()) out.add(new FileRef(e.getKey(), e.getValue()));
            return List.copyOf(out);
        }

        /** The experiment's file; the experiment must have a path. */
        public static FileRef of(ExperimentFile experiment) {
            return new FileRef(Objects.requireNonNull(experiment.path(), "experiment has no file"), experiment.sha256());
        }
    }

    /** Versions of what produced the run. */
    public record ToolVersions(String icosim, String java, String javaVendor, String os, String mason,
            String jgrapht, String gson, String jfreechart) {

        /**
         * This JVM's versions. Each library's is read from the {@code pom.properties} that Maven puts
         * in its jar (and the shaded icosim jar keeps), so the record names what really ran, not what
         * someone typed; icosim's own from the jar manifest's {@code Implementation-Version}, or
         * {@code dev} when running from classes (an IDE, {@code mvn test}).
         */
        public static ToolVersions current() {
            String icosim = RunRecord.class.getPackage().getImplementationVersion();
            if (icosim == null) icosim = library("org.icosim", "icosim");
            return new ToolVersions(icosim.equals(UNKNOWN) ? "dev" : icosim,
                    System.getProperty("java.version"), System.getProperty("java.vendor"),
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                            + System.getProperty("os.arch") + ")",
                    library("fr.irit.smac.thirdparty.edu.gmu.cs", "mason"), library("org.jgrapht", "jgrapht-core"),
                    library("com.google.code.gson", "gson"), library("org.jfree", "jfreechart"));
        }

        static final String UNKNOWN = "unknown";

        /** A library's version from its jar's {@code META-INF/maven/GROUP/ARTIFACT/pom.properties}. */
        static String library(String group, String artifact) {
            String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
            ClassLoader loader = RunRecord.class.getClassLoader();
            try (java.io.InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
                if (in == null) return UNKNOWN;
                java.util.Properties properties = new java.util.Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                return version == null || version.isBlank() ? UNKNOWN : version.trim();
            } catch (IOException e) {
                return UNKNOWN;
            }
        }

        /** Writes the versions as a JSON object, in component order (run records, sweep manifests). */
        void write(JsonWriter json) throws IOException {
            json.beginObject();
            json.name("icosim").value(icosim);
            json.name("java").value(java);
            json.name("javaVendor").value(javaVendor);
            json.name("os").value(os);
            json.name("mason").value(mason);
            json.name("jgrapht").value(jgrapht);
            json.name("gson").value(gson);
            json.name("jfreechart").value(jfreechart);
            json.endObject();
        }
    }

    /**
     * Checks the record's components.
     *
     * @throws IllegalArgumentException naming the bad component
     */
    public RunRecord {
        Objects.requireNonNull(startTime, "startTime");
        if (!(wallTimeSeconds >= 0) || Double.isInfinite(wallTimeSeconds)) {
            throw new IllegalArgumentException("wallTimeSeconds: got " + wallTimeSeconds + ", expected a number >= 0");
        }
        if (seed < 0) {
            throw new IllegalArgumentException("seed: got " + seed + ", expected a whole number >= 0");
        }
        if (months < 1) {
            throw new IllegalArgumentException("months: got " + months + ", expected a whole number >= 1");
        }
        Objects.requireNonNull(start, "start");
        if (patientAgents < 0) {
            throw new IllegalArgumentException("patientAgents: got " + patientAgents + ", expected a whole number >= 0");
        }
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(rules, "rules");
        parameters = List.copyOf(parameters);
        outputFiles = List.copyOf(outputFiles);
        worldFiles = List.copyOf(worldFiles);
    }

    /**
     * Every parameter of the catalogue with the value that applies and the layer it came from:
     * the default, overridden by the model file, then the experiment file, then the command line.
     *
     * @param model       the model file, or {@code null}
     * @param experiment  the experiment file, or {@code null}
     * @param commandLine {@code -p} values ({@link ParameterOverrides#parseAll}), possibly empty
     * @return one entry per parameter, in catalogue order
     * @throws IllegalArgumentException if a command-line name is not a parameter or its value is invalid
     */
    public static List<ResolvedParameter> resolve(ModelFile model, ExperimentFile experiment,
            Map<String, Double> commandLine) {
        for (Map.Entry<String, Double> entry : commandLine.entrySet()) {
            Parameter parameter = Parameters.byName(entry.getKey());
            if (parameter == null) {
                throw new IllegalArgumentException(SpecReader.unknownParameter(entry.getKey()));
            }
        }
        List<ResolvedParameter> resolved = new ArrayList<>();
        for (Parameter parameter : Parameters.all()) {
            String name = parameter.name();
            double value = parameter.defaultValue();
            From from = From.DEFAULT;
            if (model != null && model.parameters().containsKey(name)) {
                value = model.parameters().get(name);
                from = From.MODEL;
            }
            if (experiment != null && experiment.parameters().containsKey(name)) {
                value = experiment.parameters().get(name);
                from = From.EXPERIMENT;
            }
            if (commandLine.containsKey(name)) {
                value = commandLine.get(name);
                from = From.COMMAND_LINE;
            }
            resolved.add(new ResolvedParameter(parameter, value, from));
        }
        return resolved;
    }

    /** The resolved values as the model takes them. */
    public static Parameters toParameters(List<ResolvedParameter> resolved) {
        Parameters values = new Parameters();
        for (ResolvedParameter entry : resolved) {
            values.set(entry.parameter(), entry.value());
        }
        return values;
    }

    /** Writes {@code run.json} (or any name) atomically. */
    public void write(Path target) throws IOException {
        AtomicFiles.write(target, toJson());
    }

    /** The record as pretty-printed JSON, fields in a fixed order, ending with a newline. */
    public String toJson() {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setSerializeNulls(true);
            json.beginObject();
            json.name("startTime").value(DateTimeFormatter.ISO_INSTANT.format(startTime.truncatedTo(ChronoUnit.SECONDS)));
            json.name("wallTimeSeconds").jsonValue(new BigDecimal(wallTimeSeconds)
                    .setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString());
            json.name("seed").value(seed);
            json.name("months").value(months);
            json.name("start").value(start.toString());
            json.name("patientAgents").value(patientAgents);
            json.name("modelFile");
            writeFile(json, modelFile);
            if (!worldFiles.isEmpty()) {
                json.name("worldFiles").beginArray();
                for (FileRef file : worldFiles) writeFile(json, file);
                json.endArray();
            }
            json.name("experimentFile");
            writeFile(json, experimentFile);
            json.name("tools");
            tools.write(json);
            json.name("outputFiles").beginArray();
            for (String file : outputFiles) {
                json.value(file);
            }
            json.endArray();
            json.name("rules").beginObject();
            for (Map.Entry<String, String> entry : rules.names().entrySet()) {
                json.name(entry.getKey()).value(entry.getValue());
            }
            json.endObject();
            json.name("parameters").beginObject();
            for (ResolvedParameter entry : parameters) {
                Parameter parameter = entry.parameter();
                json.name(parameter.name()).beginObject();
                json.name("value");
                ExperimentFile.writeParameterValue(json, parameter, entry.value());
                json.name("unit").value(parameter.unit());
                json.name("source").value(parameter.source());
                json.name("from").value(entry.from().label());
                json.endObject();
            }
            json.endObject();
            json.endObject();
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }

    private static void writeFile(JsonWriter json, FileRef file) throws IOException {
        if (file == null) {
            json.nullValue();
            return;
        }
        json.beginObject();
        json.name("path").value(file.path().toString());
        json.name("sha256").value(file.sha256());
        json.endObject();
    }
}
