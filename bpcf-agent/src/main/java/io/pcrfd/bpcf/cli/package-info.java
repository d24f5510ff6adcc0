/**
 * {@code pcrfd bpcf}: a thin command-line client of the BPCF simulator's REST API
 * ({@link io.pcrfd.bpcf.BpcfRestServer}), the simulator's command line. It lives here,
 * not in pcrf-core, because pcrf-core never names bpcf-agent: {@link io.pcrfd.bpcf.cli.BpcfCliExtension}
 * is listed in {@code META-INF/services/io.pcrfd.pcrf.cli.CliExtension} and
 * {@code PcrfdMain} adds it through ServiceLoader, as {@code pcrfd run} finds the BPCF role.
 *
 * <pre>
 * pcrfd bpcf attach   --local-ip IP [--imsi IMSI] [--apn APN]   POST /attach    (CCR-I, TS 29.215 §A.5.1.1)
 * pcrfd bpcf detach   --local-ip IP                             POST /detach    (CCR-T)
 * pcrfd bpcf usage    (--session ID | --imsi IMSI | --line ID | --local-ip IP) [--key MK]
 *                     [--octets N] [--input N] [--output N] [--when-granted]   POST /usage (CCR-U)
 * pcrfd bpcf capacity --line ID --uplink RATE --downlink RATE   POST /lines/ID/capacity
 * pcrfd bpcf sessions                                           GET  /sessions
 * pcrfd bpcf line     --line ID                                 GET  /lines/ID
 * every one: [--api URL], default http://127.0.0.1:8081 (rest.port of config/bpcf.yaml)
 * </pre>
 *
 * Decisions: one HTTP call per command, no state, JDK {@code HttpClient} only. Success prints
 * the API's JSON pretty-printed (pipe through {@code jq -c} for one line) and exits 0. The exit
 * code follows the HTTP status only: a Diameter Result-Code other than 2001 (say 5002 from
 * detaching an unknown UE) comes back inside a 200 reply and is left for the caller to read in
 * the JSON. An HTTP error prints {@code pcrfd bpcf: <status> <reason>: <the API's error>} on
 * standard error and exits 4 (4xx) or 5 (5xx, for example 504 when the PCRF did not answer);
 * an API that refuses the connection or does not answer within 20 s (the server itself waits up
 * to 15 s for the PCRF) exits 6; a usage error (missing option, bad {@code --api}) exits 2.
 * The numbers are {@link io.pcrfd.pcrf.cli.ExitCodes}.
 */
package io.pcrfd.bpcf.cli;
