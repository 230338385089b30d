package org.icosim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Slurm back end of a sweep: a job array whose task i runs shard i/K
 * ({@code sweep EXP --out DIR --shard $SLURM_ARRAY_TASK_ID/K}), a merge job that assembles the
 * outputs once the tasks have ended, and a script that submits both with the merge depending on
 * the tasks.
 *
 * <p>Why {@code afterany} and not {@code afterok}: once an array task fails, a dependency
 * {@code afterok} on it can never be satisfied, and the merge would wait forever (Slurm leaves it
 * pending with reason DependencyNeverSatisfied). With {@code afterany} the merge runs when every
 * task has ended, whatever its state, and checks for itself that every run is done; if some are
 * not, it fails naming the task indexes to run again. {@code submit.sh 3,7} then resubmits just
 * those tasks of the same array script, with a new merge after them. Tasks are named one by one
 * ({@code afterany:JOB_0:JOB_1:...}) up to {@value #MAX_LISTED_TASKS} tasks, beyond which the
 * whole array's id stands for them, which {@code afterany} also treats as "every task ended".
 *
 * <p>A history-matching calibration ({@code calibrate FILE --slurm}) gets a chain instead, since
 * each wave needs the one before: a step job that prepares the next wave ({@code --prepare}), then
 * a job array of its shards and the step again after them, until the report is written
 * ({@link #calibrationStepScript}).
 *
 * <p>The scripts run the java and the jar (or class path) of the process that wrote them, by
 * absolute path, so the cluster runs the very build that planned the sweep; the heap is set per
 * task and Slurm's memory request is the heap plus {@value #JVM_OVERHEAD_MB} MB for the JVM itself.
 */
public final class SlurmScripts {

    public static final String ARRAY = "sweep.sbatch";
    public static final String MERGE = "merge.sbatch";
    public static final String SUBMIT = "submit.sh";
    public static final String LOGS = "logs";
    /** A calibration's job array: task i runs shard i/K of the wave under way. */
    public static final String CALIBRATION_SHARDS = "shards.sbatch";
    /** A calibration's step: prepares the next wave, then submits its shards and itself after them. */
    public static final String CALIBRATION_STEP = "step.sbatch";
    /** Where a calibration's step keeps the last wave it found unfinished, to tell a stall from progress. */
    public static final String CALIBRATION_PENDING = "pending.txt";
    /** Above this many tasks the merge depends on the array's id rather than on a list of task ids. */
    public static final int MAX_LISTED_TASKS = 100;
    /** Metaspace, thread stacks, JIT and GC structures beside the heap; 1 GB is ample for icosim. */
    public static final int JVM_OVERHEAD_MB = 1024;
    private static final Pattern HEAP = Pattern.compile("([1-9][0-9]{0,6})([mMgG])");
    private static final Pattern TIME = Pattern.compile("[0-9:-]{1,16}");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+-]+");

    private final List<String> java;
    private final String experiment;
    private final String outDir;
    private final String name;
    private final int tasks;
    private final int threads;
    private final String heap;
    private final String time;

    /**
     * @param java       the command that starts icosim's {@code Main}, without the heap: the java
     *                   executable and {@code -jar JAR} (or {@code -cp PATH org.icosim.cli.Main})
     * @param experiment the experiment file, absolute
     * @param outDir     the sweep folder, absolute
     * @param name       the experiment's name, for job names
     * @param tasks      K, the array's size, at least 1
     * @param threads    threads (and CPUs) per task, at least 1
     * @param heap       Java heap per task, e.g. {@code 4g}
     * @param time       Slurm time limit per task ({@code --time}), or {@code null} for the partition's default
     */
    public SlurmScripts(List<String> java, String experiment, String outDir, String name, int tasks, int threads,
            String heap, String time) {
        if (tasks < 1) throw new IllegalArgumentException("tasks: got " + tasks + ", expected at least 1");
        if (threads < 1) throw new IllegalArgumentException("threads: got " + threads + ", expected at least 1");
        if (heapMegabytes(heap) < 0) throw new IllegalArgumentException("heap: got " + heap + ", expected " + HEAP_EXPECTED);
        if (time != null && !TIME.matcher(time).matches()) {
            throw new IllegalArgumentException("time: got " + time + ", expected " + TIME_EXPECTED);
        }
        this.java = List.copyOf(java);
        this.experiment = experiment;
        this.outDir = outDir;
        this.name = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        this.tasks = tasks;
        this.threads = threads;
        this.heap = heap;
        this.time = time;
    }

    public static final String HEAP_EXPECTED = "a size such as 2g or 1500m (Java's -Xmx)";
    public static final String TIME_EXPECTED = "a Slurm time limit such as 2:00:00 or 1-00:00:00";

    /** Megabytes of a heap size such as {@code 2g}, or -1 if it is not one. */
    public static long heapMegabytes(String heap) {
        if (heap == null) return -1;
        var m = HEAP.matcher(heap);
        if (!m.matches()) return -1;
        long n = Long.parseLong(m.group(1));
        return m.group(2).equalsIgnoreCase("g") ? n * 1024 : n;
    }

    /** Tasks needed for {@code runs} runs at most {@code runsPerTask} each. */
    public static int tasksFor(int runs, int runsPerTask) {
        return (int) ((runs + (long) runsPerTask - 1) / runsPerTask);
    }

    private String javaCommand() {
        List<String> words = new ArrayList<>();
        words.add(quote(java.get(0)));
        words.add("-Xmx" + heap);
        for (String word : java.subList(1, java.size())) words.add(quote(word));
        return String.join(" ", words);
    }

    private String header(String jobName, String output, int cpus) {
        StringBuilder text = new StringBuilder("#!/usr/bin/env bash\n");
        text.append("#SBATCH --job-name=").append(jobName).append('\n');
        text.append("#SBATCH --cpus-per-task=").append(cpus).append('\n');
        text.append("#SBATCH --mem=").append(heapMegabytes(heap) + JVM_OVERHEAD_MB).append('\n');
        if (time != null) text.append("#SBATCH --time=").append(time).append('\n');
        text.append("#SBATCH --output=").append(outDir).append("/slurm/").append(LOGS).append('/').append(output).append('\n');
        return text.toString();
    }

    /** The job array script: task i runs shard i/K. */
    public String arrayScript() {
        return header("icosim-" + name, "sweep-%A_%a.out", threads)
                + "#SBATCH --array=0-" + (tasks - 1) + "\n"
                + "# Task i of this array runs shard i/" + tasks + " of the sweep (the runs whose id % " + tasks + " == i).\n"
                + "# A task that failed is run again by its index alone, e.g. sbatch --array=3 " + quote(outDir + "/slurm/" + ARRAY)
                + "\n# (then sbatch " + quote(outDir + "/slurm/" + MERGE) + "), or " + quote(outDir + "/slurm/" + SUBMIT) + " 3.\n"
                + "# Runs already done are skipped, so rerunning a task that half-finished costs only what is left.\n"
                + "set -euo pipefail\n"
                + "exec " + javaCommand() + " sweep " + quote(experiment) + " --out " + quote(outDir)
                + " --shard \"${SLURM_ARRAY_TASK_ID}/" + tasks + "\" --threads \"${SLURM_CPUS_PER_TASK:-" + threads + "}\"\n";
    }

    /** The merge script: assembles the outputs, or fails naming the tasks to run again. */
    public String mergeScript() {
        return header("icosim-" + name + "-merge", "merge-%j.out", 1)
                + "# Assembles runs.csv and metrics.csv.gz once every task has ended; if a run is missing it fails\n"
                + "# and names the array indexes to run again.\n"
                + "set -euo pipefail\n"
                + "exec " + javaCommand() + " sweep " + quote(experiment) + " --out " + quote(outDir) + " --merge --tasks " + tasks + "\n";
    }

    /** Submits the array (all tasks, or the indexes given as the first argument) and the merge after it. */
    public String submitScript() {
        return String.format(Locale.ROOT, String.join("\n",
                "#!/usr/bin/env bash",
                "# Submits the sweep's job array, then its merge, which starts when the array's tasks have ended",
                "# (afterany: a failed task must not leave the merge waiting forever) and checks every run is done.",
                "#   submit.sh          all %1$d tasks",
                "#   submit.sh 3,7      tasks 3 and 7 again (after a failure), then the merge",
                "# sbatch options such as the partition or account come from the environment: SBATCH_PARTITION,",
                "# SBATCH_ACCOUNT, SBATCH_TIMELIMIT (see man sbatch, INPUT ENVIRONMENT VARIABLES).",
                "set -euo pipefail",
                "here=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"",
                "tasks=\"${1:-0-%2$d}\"",
                "mkdir -p \"$here/%3$s\"",
                "array=$(sbatch --parsable --array=\"$tasks\" \"$here/%4$s\")",
                "array=\"${array%%%%;*}\"",
                "ids=()",
                "IFS=',' read -ra parts <<<\"${tasks%%%%\\%%*}\"",
                "for part in \"${parts[@]}\"; do",
                "  if [[ \"$part\" == *-* ]]; then",
                "    for ((i = ${part%%-*}; i <= ${part#*-}; i++)); do ids+=(\"${array}_$i\"); done",
                "  else",
                "    ids+=(\"${array}_$part\")",
                "  fi",
                "done",
                "if [ \"${#ids[@]}\" -le %5$d ]; then",
                "  dependency=\"afterany:$(IFS=:; echo \"${ids[*]}\")\"",
                "else",
                "  dependency=\"afterany:$array\"",
                "fi",
                "merge=$(sbatch --parsable --dependency=\"$dependency\" \"$here/%6$s\")",
                "merge=\"${merge%%%%;*}\"",
                "echo \"array job: $array (tasks $tasks)\"",
                "echo \"merge job: $merge\"",
                ""), tasks, tasks - 1, LOGS, ARRAY, MAX_LISTED_TASKS, MERGE);
    }

    // ------------------------------------------------------------------ calibrations

    /**
     * The job array of a calibration ({@code calibrate FILE --slurm}): task i runs shard i/K of
     * the wave under way, whose design the step before recorded. The {@code experiment} given to
     * the constructor is the calibration file.
     */
    public String calibrationShardScript() {
        return header("icosim-" + name, "shards-%A_%a.out", threads)
                + "#SBATCH --array=0-" + (tasks - 1) + "\n"
                + "# Task i runs shard i/" + tasks + " of the wave under way (its runs whose id % " + tasks + " == i) and records\n"
                + "# them in the calibration's journal; it fits nothing and writes no table. Submitted by " + CALIBRATION_STEP + ".\n"
                + "set -euo pipefail\n"
                + "exec " + javaCommand() + " calibrate " + quote(experiment) + " --out " + quote(outDir)
                + " --shard \"${SLURM_ARRAY_TASK_ID}/" + tasks + "\" --threads \"${SLURM_CPUS_PER_TASK:-" + threads + "}\" --quiet\n";
    }

    /**
     * The step of a calibration: replays the journal (fitting the finished waves' emulators and
     * writing their tables), records the next wave's design and, unless the calibration is done
     * ({@code report.md} written), submits the shards of that wave and itself again after them
     * ({@code afterany}, so a failed task cannot leave it waiting for ever). A step that finds the
     * same runs left as the step before stops, failing, so a task that always fails does not loop.
     */
    public String calibrationStepScript() {
        String slurm = outDir + "/slurm";
        return header("icosim-" + name + "-step", "step-%j.out", threads)
                + "# Prepares the next wave of the calibration, then submits its shards and this step after them;\n"
                + "# ends when the report is written. Started by " + SUBMIT + ".\n"
                + "set -euo pipefail\n"
                + "status=$(" + javaCommand() + " calibrate " + quote(experiment) + " --out " + quote(outDir)
                + " --prepare --threads \"${SLURM_CPUS_PER_TASK:-" + threads + "}\" --quiet)\n"
                + "echo \"$status\"\n"
                + "if [ -e " + quote(outDir + "/report.md") + " ]; then echo \"calibration finished: " + outDir + "/report.md\"; exit 0; fi\n"
                + "left=\"${status%% (*}\"\n"
                + "pending=" + quote(slurm + "/" + LOGS + "/" + CALIBRATION_PENDING) + "\n"
                + "if [ -e \"$pending\" ] && [ \"$(cat \"$pending\")\" = \"$left\" ]; then\n"
                + "  echo \"no run was done since the last step ($left): see the shards' logs in " + slurm + "/" + LOGS
                + ", fix the cause, then " + slurm + "/" + SUBMIT + " again\" >&2\n"
                + "  exit 1\n"
                + "fi\n"
                + "printf '%s\\n' \"$left\" > \"$pending\"\n"
                + "array=$(sbatch --parsable " + quote(slurm + "/" + CALIBRATION_SHARDS) + ")\n"
                + "array=\"${array%%;*}\"\n"
                + "step=$(sbatch --parsable --dependency=\"afterany:$array\" " + quote(slurm + "/" + CALIBRATION_STEP) + ")\n"
                + "step=\"${step%%;*}\"\n"
                + "echo \"array job: $array; next step: $step\"\n";
    }

    /** Submits a calibration's first step; each step submits what follows it. */
    public String calibrationSubmitScript() {
        return String.join("\n",
                "#!/usr/bin/env bash",
                "# Submits the calibration's first step. Each step replays the journal, records the next wave's design and",
                "# submits that wave's " + tasks + " shards as a job array, then itself after them, until the report is written.",
                "# Run it again to resume after a failure: runs already done are not run again.",
                "# sbatch options such as the partition or account come from the environment: SBATCH_PARTITION,",
                "# SBATCH_ACCOUNT, SBATCH_TIMELIMIT (see man sbatch, INPUT ENVIRONMENT VARIABLES).",
                "set -euo pipefail",
                "here=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"",
                "mkdir -p \"$here/" + LOGS + "\"",
                "rm -f \"$here/" + LOGS + "/" + CALIBRATION_PENDING + "\"",
                "step=$(sbatch --parsable \"$here/" + CALIBRATION_STEP + "\")",
                "step=\"${step%%;*}\"",
                "echo \"first step job: $step\"",
                "");
    }

    /** A word for bash: as is when it needs no quoting, else in single quotes. */
    static String quote(String word) {
        if (SAFE.matcher(word).matches()) return word;
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
