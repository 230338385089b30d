package org.icosim.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An output could not be written after the work started: a full disk, a folder made read-only
 * meanwhile, a file system gone. It names the path and the operating system's reason in words, so
 * that the command line can say it in one line ("cannot write runs/x/metrics.csv: no space left on
 * device") instead of a stack trace. Nothing partial is left when it is thrown: the writers in this
 * package delete their temporary files and staging folders first.
 */
public final class OutputFailure extends IOException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    private OutputFailure(String path, String reason, Throwable cause) {
        super("cannot write " + path + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /** Wraps an I/O error met while writing {@code path}; an {@code OutputFailure} is returned as it is. */
    public static OutputFailure of(Path path, IOException cause) {
        if (cause instanceof OutputFailure failure) return failure;
        return new OutputFailure(shown(path), reason(cause), cause);
    }

    /** The output folder was changed by somebody else while the work was under way. */
    static OutputFailure changed(Path dir, String problem) {
        return new OutputFailure(dir.toString(), "it changed while the work was under way: " + problem, null);
    }

    /**
     * A path as the user knows it: a file inside a staging folder ({@code runs/.x.tmp-123/metrics.csv})
     * is named by its place in the final folder ({@code runs/x/metrics.csv}).
     */
    static String shown(Path path) {
        Path out = null;
        for (Path part : path) {
            String name = part.toString();
            Matcher m = STAGING.matcher(name);
            Path piece = Path.of(m.matches() ? m.group(1) : name);
            out = out == null ? piece : out.resolve(piece);
        }
        if (out == null) return path.toString();
        Path root = path.getRoot();
        return (root == null ? out : root.resolve(out)).toString();
    }

    private static final Pattern STAGING = Pattern.compile("^\\.(.+)\\.tmp-[^/]*$");

    /** The path that could not be written. */
    public String path() {
        return path;
    }

    /** The operating system's reason, in lower-case words ("no space left on device"). */
    public String reason() {
        return reason;
    }

    /** The reason of an I/O error in words, without Java class names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "a folder on the way does not exist (any more)";
        if (e instanceof NotDirectoryException) return "a file stands where a folder is needed";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return lower(fs.getReason());
        String message = e.getMessage();
        if (message == null || message.isBlank()) return "input/output error";
        return lower(message);
    }

    private static String lower(String text) {
        String t = text.trim();
        return t.isEmpty() ? t : t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1);
    }
}
