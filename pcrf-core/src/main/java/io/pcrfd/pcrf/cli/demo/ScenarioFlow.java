package io.pcrfd.pcrf.cli.demo;

/** One demo scenario's steps, run against nodes already started; {@link DemoCommand} prints the rest. */
interface ScenarioFlow {

    /** Runs every step; a step not seen on the wire in time is a {@link DemoStepException}. */
    void run() throws InterruptedException;

    /** What the scenario showed, printed after the ladder. */
    String notes();
}
