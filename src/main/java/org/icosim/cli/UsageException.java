package org.icosim.cli;

import org.icosim.io.InputException;

/** Bad command-line arguments: reported like any other bad input, with exit code 2. */
final class UsageException {

    private UsageException() {
    }

    static InputException of(String place, String problem) {
        return new InputException("command line", place, problem);
    }
}
