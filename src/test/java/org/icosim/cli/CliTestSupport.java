package org.icosim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process and captures what it prints. */
final class CliTestSupport {

    record Result(int code, String out, String err) {
    }

    private CliTestSupport() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** An experiment on the tiny model, written into {@code dir}. */
    static Path tinyExperiment(Path dir, int months, String parameters) throws IOException {
        Path model = Path.of("models/tiny.json").toAbsolutePath();
        Path file = dir.resolve("tiny-experiment.json");
        Files.writeString(file, "{\n  \"name\": \"tiny-test\",\n  \"description\": \"a test\",\n  \"model\": \""
                + model.toString().replace("\\", "\\\\") + "\",\n  \"seed\": 99,\n  \"months\": " + months
                + ",\n  \"parameters\": {" + parameters + "}\n}\n");
        return file;
    }
}
