package io.pcrfd.dra.rest;

import io.pcrfd.pcrf.rest.OperationsApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Policy DRA's REST API asks of the running DRA. Methods may block on the binding
 * store (bounded by its command timeout): {@link DraRestServer} calls them on virtual threads.
 */
public interface DraApi extends OperationsApi {

    /** The binding of IMSI (+ APN when bindings are per APN; otherwise {@code apn} is ignored). */
    Optional<BindingView> bindingByImsi(String imsi, String apn);

    /** The binding an alternate key points to ({@link io.pcrfd.store.model.AlternateKeys} form). */
    Optional<BindingView> bindingByAlternate(String alternateKey);

    /** Removes the binding of IMSI (+ APN); its sessions keep their PCRF; true when it existed. */
    boolean removeBinding(String imsi, String apn);

    /** True when a binding is IMSI + APN, so a lookup by IMSI needs the APN. */
    boolean bindingPerApn();

    /** Every pool with its PCRFs and their state now. */
    List<PoolView> pools();

    /** The proxy's counters by name. */
    Map<String, Long> counters();

    /**
     * One binding as the API shows it.
     *
     * @param imsi          its anchor
     * @param apn           its APN (empty when bindings are per IMSI)
     * @param pcrf          the PCRF that owns it
     * @param pool          the pool it was chosen from
     * @param confirmed     a successful CCA-I came back
     * @param createdBy     the Session-Id of the CCR-I that created it
     * @param alternateKeys MSISDN, IPV4 and IPV6 keys pointing to it
     * @param createdAt     when it was created (ISO 8601, UTC)
     * @param sessions      its binding-capable sessions
     */
    record BindingView(String imsi, String apn, String pcrf, String pool, boolean confirmed, String createdBy,
                       List<String> alternateKeys, String createdAt, List<String> sessions) {
    }

    /**
     * @param name         the pool id
     * @param routingTable its routing table
     * @param onPcrfDown   {@code refuse} or {@code rehome}: what its bindings do when their PCRF is down
     * @param pcrfs        the PCRFs of that table
     */
    record PoolView(String name, String routingTable, String onPcrfDown, List<PcrfView> pcrfs) {
    }

    /**
     * @param host      the PCRF's Origin-Host
     * @param priority  1 is the highest
     * @param weight    its share at its priority
     * @param state     RFC 6733 §5.6 state of its connection (CLOSED when unknown)
     * @param watchdog  RFC 3539 state
     * @param available whether new bindings may go to it now
     */
    record PcrfView(String host, int priority, int weight, String state, String watchdog, boolean available) {
    }
}
