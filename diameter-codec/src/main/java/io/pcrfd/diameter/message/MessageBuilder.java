package io.pcrfd.diameter.message;

import io.pcrfd.diameter.dictionary.CommandDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.spec.Rfc6733;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds a {@link DiameterMessage} from AVP names. Header flags, AVP flags and vendor ids come
 * from the dictionary; call sites only give values.
 *
 * <p>{@link #answer(Dictionary, DiameterMessage)} follows RFC 6733 §6.2: it copies the
 * Hop-by-Hop and End-to-End ids, the application id, the command code and the P bit, puts the
 * request's Session-Id first and every Proxy-Info last, in their order. A Proxy-Info the
 * decoder found a fault in ({@link Avp#isFaulty()}: a broken inner length, Grouped content
 * that does not decode, a bad value, a missing Proxy-State) is not copied: echoing it would
 * make the answer itself undecodable, and the proxy that added it could not have read it back.
 */
public final class MessageBuilder extends TypedAvps<MessageBuilder> {
    private static final int SESSION_ID = 263;
    private static final int PROXY_INFO = 284;

    private List<Avp> trailing = List.of();
    private final int commandCode;
    private final long applicationId;
    private final CommandDefinition definition;
    private CommandFlags flags;
    private HopByHopId hopByHop = HopByHopId.ZERO;
    private EndToEndId endToEnd = EndToEndId.ZERO;
    /** Room for the top-level AVPs most answers have before the array grows. */
    private static final int CAPACITY = 16;

    private MessageBuilder(Dictionary dictionary, CommandFlags flags, int commandCode, long applicationId,
                           CommandDefinition definition, int capacity) {
        super(dictionary, capacity);
        this.flags = flags;
        this.commandCode = commandCode;
        this.applicationId = applicationId;
        this.definition = definition;
    }

    /** A request of the named command (e.g. {@code CCR}) of an application; R and P from the grammar. */
    public static MessageBuilder request(Dictionary dictionary, long applicationId, String commandName) {
        CommandDefinition def = dictionary.command(applicationId, commandName)
                .orElseThrow(() -> new IllegalArgumentException("no command " + commandName + " in application "
                        + applicationId));
        if (!def.request()) {
            throw new IllegalArgumentException(commandName + " is an answer; use answer(dictionary, request)");
        }
        CommandFlags f = CommandFlags.of(CommandFlags.REQUEST).withProxiable(def.proxiable());
        return new MessageBuilder(dictionary, f, def.code(), applicationId, def, CAPACITY);
    }

    /** The answer to {@code request} (RFC 6733 §6.2). */
    public static MessageBuilder answer(Dictionary dictionary, DiameterMessage request) {
        return answer(dictionary, request, CAPACITY);
    }

    /**
     * Like {@link #answer(Dictionary, DiameterMessage)} for a caller that knows how many AVPs
     * the answer gets before any Proxy-Info, Session-Id included: with the count right, the
     * built message takes over the builder's array as it is (no resizing, no final copy).
     */
    public static MessageBuilder answer(Dictionary dictionary, DiameterMessage request, int avpCount) {
        CommandFlags f = CommandFlags.of(0).withProxiable(request.flags().proxiable());
        MessageBuilder b = new MessageBuilder(dictionary, f, request.commandCode(), request.applicationId(),
                dictionary.lookupCommand(request.applicationId(), request.commandCode(), false), Math.max(1, avpCount));
        b.hopByHop = request.hopByHop();
        b.endToEnd = request.endToEnd();
        Avp[] avps = request.avpArray();
        for (Avp a : avps) {
            if (a.code() == SESSION_ID && a.vendorId() == 0) {
                b.collector.add(a);
                break;
            }
        }
        for (Avp a : avps) {
            if (a.code() == PROXY_INFO && a.vendorId() == 0 && !a.isFaulty()) {
                if (b.trailing.isEmpty()) {
                    b.trailing = new ArrayList<>(2);
                }
                b.trailing.add(a);
            }
        }
        return b;
    }

    @Override
    MessageBuilder self() {
        return this;
    }

    public MessageBuilder hopByHop(HopByHopId id) {
        this.hopByHop = id;
        return this;
    }

    public MessageBuilder endToEnd(EndToEndId id) {
        this.endToEnd = id;
        return this;
    }

    /** Adds an AVP by name; the value is typed as the dictionary says (see the module README). */
    public MessageBuilder add(String name, Object value) {
        collector.add(name, value);
        return this;
    }

    /** Adds a Grouped AVP whose children {@code body} adds. */
    public MessageBuilder addGrouped(String name, Consumer<GroupedAvpBuilder> body) {
        collector.addGrouped(name, body);
        return this;
    }

    /** Adds an AVP already built or received (kept byte for byte). */
    public MessageBuilder add(Avp avp) {
        collector.add(avp);
        return this;
    }

    /**
     * Adds raw data under a numeric identity, for AVPs the dictionary does not know: sent with
     * M clear and V set when the vendor is not 0. A known identity gets the dictionary's flags.
     */
    public MessageBuilder addRaw(int code, int vendorId, byte[] data) {
        collector.addRaw(code, vendorId, data);
        return this;
    }

    public MessageBuilder originHost(String host) {
        return add(Rfc6733.ORIGIN_HOST, host);
    }

    public MessageBuilder originRealm(String realm) {
        return add(Rfc6733.ORIGIN_REALM, realm);
    }

    public MessageBuilder resultCode(long code) {
        return add(Rfc6733.RESULT_CODE, code);
    }

    /** Experimental-Result { Vendor-Id, Experimental-Result-Code } (RFC 6733 §7.6). */
    public MessageBuilder experimentalResult(long vendorId, long code) {
        return add(Rfc6733.EXPERIMENTAL_RESULT, g -> g
                .add(Rfc6733.VENDOR_ID, vendorId)
                .add(Rfc6733.EXPERIMENTAL_RESULT_CODE, code));
    }

    /**
     * Reports a decoding error (RFC 6733 §7): Result-Code, the E bit for 3xxx codes (§7.1.3),
     * Error-Message with the error's text, and Failed-AVP holding the offending AVP.
     */
    public MessageBuilder errorAnswer(DiameterError error) {
        flags = flags.withError(ResultCodes.isProtocolError(error.resultCode()));
        resultCode(error.resultCode());
        if (error.text() != null && !error.text().isEmpty()) {
            add(Rfc6733.ERROR_MESSAGE, error.text());
        }
        if (error.failedAvp() != null) {
            add(Rfc6733.FAILED_AVP, g -> g.add(error.failedAvp()));
        }
        return this;
    }

    /** The message; it takes over the builder's AVP array when that is exactly full. */
    public DiameterMessage build() {
        Avp[] all;
        if (trailing.isEmpty()) {
            all = collector.takeArray();
        } else {
            int n = collector.size();
            all = new Avp[n + trailing.size()];
            for (int i = 0; i < n; i++) {
                all[i] = collector.get(i);
            }
            for (int i = 0; i < trailing.size(); i++) {
                all[n + i] = trailing.get(i);
            }
        }
        return DiameterMessage.adopt(DiameterMessage.VERSION, flags, commandCode, applicationId, hopByHop, endToEnd,
                all, definition);
    }
}
