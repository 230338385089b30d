/**
 * The command line: {@code run}, {@code compare}, {@code calibrate}, {@code benchmark} and
 * {@code parameters}.
 * Reads and checks every input before it creates any output, and turns bad input into one
 * message and exit code 2.
 */
package org.icosim.cli;
