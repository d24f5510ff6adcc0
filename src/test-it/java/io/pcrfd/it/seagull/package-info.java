/**
 * pcrfd driven by seagull, an independent Diameter traffic generator (HP's, GPL-2.0, a test
 * tool that is never shipped; README, "Driving pcrfd with seagull"), through the scenarios,
 * dictionary and {@code run.sh} of {@code config/seagull/}: each test starts the PCRF in this
 * JVM on free loopback ports from the shipped {@code config/pcrf.yaml} and
 * {@code config/policy.yaml}, runs {@code run.sh} for a bounded number of calls, and asserts
 * both ends: seagull's statistics (every call successful, none failed, no unexpected message)
 * and pcrfd's own metrics (answers by command and Result-Code, RAR and TER outcomes,
 * establishment matches, no duplicate request).
 *
 * <p>Decisions:
 * <ul>
 *   <li>Seagull is found as {@code $SEAGULL_HOME/bin/seagull}, else {@code seagull} on
 *       {@code PATH}; without it the scenario tests are skipped with one message (JUnit
 *       assumptions), as the tshark and Docker tests are. {@code .ci/run} builds it when its
 *       source is beside the clone. The dictionary test needs no seagull and always runs.</li>
 *   <li>The tests run {@code run.sh} itself, the command the README gives users, so what users
 *       run is what is tested: the fresh counters, the configuration rewrite, the summary line
 *       and the exit status.</li>
 *   <li>pcrfd's overload control is off ({@code diameter.overload.enabled: false}): these tests
 *       check scenarios and outcomes on a shared CI machine, where a cold JVM or a starved core
 *       turns requests into 3004 DIAMETER_TOO_BUSY (seen at a load average of 24 on 2 cores),
 *       which is right for pcrfd and not what is asserted here. Capacity is in BENCHMARKS.md.</li>
 *   <li>gx-client's calls wait for pcrfd's RAR; the test gets it the way an operator would: the
 *       policy file changes (one more event trigger, so the decision changes at any time of day)
 *       and POST /policy/reload sends every live session the change.</li>
 * </ul>
 */
package io.pcrfd.it.seagull;
