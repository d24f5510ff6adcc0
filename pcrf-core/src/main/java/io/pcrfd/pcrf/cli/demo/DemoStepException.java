package io.pcrfd.pcrf.cli.demo;

/** A demo step failed or timed out; the message names the step. */
final class DemoStepException extends RuntimeException {
    DemoStepException(String message) {
        super(message);
    }
}
