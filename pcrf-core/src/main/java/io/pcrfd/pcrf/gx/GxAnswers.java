package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.CommandDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.AvpValues;
import io.pcrfd.diameter.message.CommandFlags;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29229;
import io.pcrfd.pcrf.policy.ResultCode;
import java.util.List;

/**
 * Builds the PCRF's Gx messages: CCA (TS 29.212 §5.6.3) and RAR (§5.6.4). Flags, vendor ids
 * and AVP order inside groups come from the dictionary through {@link MessageBuilder}; this
 * class only decides which AVPs a decision needs.
 *
 * <p>Results: a base code goes in Result-Code, a 3GPP code (vendor 10415) in
 * Experimental-Result with Result-Code absent (TS 29.230 §8.1, RFC 6733 §7.6).
 */
public final class GxAnswers {
    /** Re-Auth-Request-Type AUTHORIZE_ONLY (RFC 6733 §8.12): the PCEF applies, no new CCR. */
    public static final int AUTHORIZE_ONLY = 0;
    /** AVPs of {@link #head}: Session-Id, Auth-Application-Id, Origin-Host, Origin-Realm. */
    private static final int HEAD = 4;
    /** CC-Request-Type and CC-Request-Number, echoed from the CCR. */
    private static final int REQUEST_TYPE_AND_NUMBER = 2;
    /** AVPs every successful CCA starts with: {@link #HEAD}, Result-Code, type and number. */
    private static final int SUCCESS_HEAD = HEAD + 1 + REQUEST_TYPE_AND_NUMBER;
    /**
     * The codes of the AVPs a successful CCA takes from its CCR, all of vendor 0 with fixed codes
     * (RFC 6733 §8.8, §6.7.2; RFC 4006 §8.3, §8.2): compared as numbers, one pass per answer.
     */
    private static final int SESSION_ID = Rfc6733.SESSION_ID.code();
    private static final int PROXY_INFO = Rfc6733.PROXY_INFO.code();
    private static final int CC_REQUEST_TYPE = Rfc4006.CC_REQUEST_TYPE.code();
    private static final int CC_REQUEST_NUMBER = Rfc4006.CC_REQUEST_NUMBER.code();
    private final Dictionary dictionary;
    private final String originHost;
    private final String originRealm;
    /** The AVPs every CCA starts with, built once: AVPs are immutable, so answers share them. */
    private final Avp authApplicationId;
    private final Avp originHostAvp;
    private final Avp originRealmAvp;
    private final Avp successCode;
    private final PolicyAvps policyAvps;
    /** The Gx CCA's command definition, looked up once. */
    private final CommandDefinition cca;
    /** Supported-Features by the negotiated list: the same few in every CCA-I. */
    private final SharedAvps<FeatureList> supportedFeatures;

    public GxAnswers(Dictionary dictionary, String originHost, String originRealm) {
        this.dictionary = dictionary;
        this.originHost = originHost;
        this.originRealm = originRealm;
        this.authApplicationId = avp(dictionary, Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX);
        this.originHostAvp = avp(dictionary, Rfc6733.ORIGIN_HOST, originHost);
        this.originRealmAvp = avp(dictionary, Rfc6733.ORIGIN_REALM, originRealm);
        this.successCode = avp(dictionary, Rfc6733.RESULT_CODE, ResultCodes.DIAMETER_SUCCESS);
        this.policyAvps = new PolicyAvps(dictionary);
        this.cca = dictionary.command(ApplicationIds.GX, "CCR")
                .map(ccr -> dictionary.lookupCommand(ApplicationIds.GX, ccr.code(), false)).orElse(null);
        this.supportedFeatures = new SharedAvps<>(f -> GroupedAvpBuilder.build(dictionary,
                Ts29229.SUPPORTED_FEATURES, g -> g
                        .add(Rfc6733.VENDOR_ID, f.vendorId())
                        .add(Ts29229.FEATURE_LIST_ID, f.featureListId())
                        .add(Ts29229.FEATURE_LIST, f.mask())));
    }

    private static Avp avp(Dictionary dictionary, AvpKey key, Object value) {
        AvpDefinition def = dictionary.definition(key);
        return Avp.of(def, AvpValues.encode(def, value));
    }

    /**
     * A successful CCA carrying {@code update} and, on CCA-I, the negotiated features: built
     * straight into its AVP array, as {@link #viaBuilder} would build it.
     */
    public DiameterMessage success(DiameterMessage ccr, PolicyUpdate update, List<FeatureList> features) {
        Avp[] out = new Avp[SUCCESS_HEAD + features.size() + PolicyAvps.count(update)];
        if (!successHead(ccr, out)) {
            return viaBuilder(ccr, update, features);
        }
        int at = SUCCESS_HEAD;
        for (int i = 0; i < features.size(); i++) {
            out[at++] = supportedFeatures.of(features.get(i));
        }
        policyAvps.write(out, at, update);
        return answer(ccr, out);
    }

    /** A plain 2001 CCA with nothing to change (CCA-T, or a duplicate). */
    public DiameterMessage success(DiameterMessage ccr) {
        Avp[] out = new Avp[SUCCESS_HEAD];
        return successHead(ccr, out) ? answer(ccr, out) : viaBuilder(ccr, null, List.of());
    }

    /**
     * {@link #success(DiameterMessage, PolicyUpdate, List)} for the parsed request {@code r} of
     * {@code ccr}: its head from what the parser found ({@link GxRequest#echo}), not from a second
     * pass over the request; the same octets.
     */
    public DiameterMessage success(DiameterMessage ccr, GxRequest r, PolicyUpdate update, List<FeatureList> features) {
        if (r.echo() == null) {
            return success(ccr, update, features);
        }
        Avp[] out = new Avp[SUCCESS_HEAD + features.size() + PolicyAvps.count(update)];
        successHead(r.echo(), out);
        int at = SUCCESS_HEAD;
        for (int i = 0; i < features.size(); i++) {
            out[at++] = supportedFeatures.of(features.get(i));
        }
        policyAvps.write(out, at, update);
        return answer(ccr, out);
    }

    /** {@link #success(DiameterMessage)} for the parsed request {@code r} of {@code ccr}, as the one above. */
    public DiameterMessage success(DiameterMessage ccr, GxRequest r) {
        if (r.echo() == null) {
            return success(ccr);
        }
        Avp[] out = new Avp[SUCCESS_HEAD];
        successHead(r.echo(), out);
        return answer(ccr, out);
    }

    /**
     * The same CCA through {@link MessageBuilder}: for a request with Proxy-Info, which the
     * answer echoes after everything else (RFC 6733 §6.2), or without the AVPs a parsed CCR has.
     * A null {@code update} changes nothing (the plain 2001).
     */
    DiameterMessage viaBuilder(DiameterMessage ccr, PolicyUpdate update, List<FeatureList> features) {
        int policy = update == null ? 0 : PolicyAvps.count(update);
        MessageBuilder b = head(ccr, 1 + REQUEST_TYPE_AND_NUMBER + features.size() + policy).add(successCode);
        requestTypeAndNumber(b, ccr);
        for (int i = 0; i < features.size(); i++) {
            b.add(supportedFeatures.of(features.get(i)));
        }
        if (update != null) {
            policyAvps.write(b, update);
        }
        return b.build();
    }

    /**
     * Fills the first {@value #SUCCESS_HEAD} AVPs of a successful CCA from {@code ccr} in one pass
     * over its AVPs: Session-Id, Auth-Application-Id, Origin-Host, Origin-Realm, Result-Code 2001,
     * CC-Request-Type, CC-Request-Number. False when the request has Proxy-Info, or lacks one of
     * the AVPs echoed: then {@link #viaBuilder} builds the answer.
     */
    private boolean successHead(DiameterMessage ccr, Avp[] out) {
        List<Avp> in = ccr.avps();
        for (int i = 0; i < in.size(); i++) {
            Avp a = in.get(i);
            if (a.vendorId() != 0) {
                continue;
            }
            int code = a.code();
            if (code == PROXY_INFO) {
                return false;
            } else if (code == SESSION_ID && out[0] == null) {
                out[0] = a;
            } else if (code == CC_REQUEST_TYPE && out[5] == null) {
                out[5] = a;
            } else if (code == CC_REQUEST_NUMBER && out[6] == null) {
                out[6] = a;
            }
        }
        out[1] = authApplicationId;
        out[2] = originHostAvp;
        out[3] = originRealmAvp;
        out[4] = successCode;
        return out[0] != null && out[5] != null && out[6] != null;
    }

    private void successHead(GxRequest.Echo echo, Avp[] out) {
        out[0] = echo.sessionId();
        out[1] = authApplicationId;
        out[2] = originHostAvp;
        out[3] = originRealmAvp;
        out[4] = successCode;
        out[5] = echo.requestType();
        out[6] = echo.requestNumber();
    }

    /** The answer to {@code ccr} with exactly {@code avps}; flags and ids as {@link MessageBuilder#answer}. */
    private DiameterMessage answer(DiameterMessage ccr, Avp[] avps) {
        CommandDefinition definition = cca != null && ccr.applicationId() == ApplicationIds.GX
                && ccr.commandCode() == cca.code() ? cca
                : dictionary.lookupCommand(ccr.applicationId(), ccr.commandCode(), false);
        return DiameterMessage.adopt(DiameterMessage.VERSION, CommandFlags.of(0).withProxiable(ccr.flags().proxiable()),
                ccr.commandCode(), ccr.applicationId(), ccr.hopByHop(), ccr.endToEnd(), avps, definition);
    }

    /** A CCA refusing the request with a policy result (Result-Code or Experimental-Result). */
    public DiameterMessage reject(DiameterMessage ccr, ResultCode result, String errorMessage) {
        MessageBuilder b = head(ccr, HEAD);
        if (result.isExperimental()) {
            b.experimentalResult(result.vendorId(), result.code());
        } else {
            b.resultCode(result.code());
        }
        requestTypeAndNumber(b, ccr);
        if (errorMessage != null) {
            b.add(Rfc6733.ERROR_MESSAGE, errorMessage);
        }
        return b.build();
    }

    /** A CCA reporting a bad request: Result-Code, Error-Message, Failed-AVP (RFC 6733 §7.5). */
    public DiameterMessage error(DiameterMessage ccr, DiameterError error) {
        MessageBuilder b = head(ccr, HEAD).errorAnswer(error);
        requestTypeAndNumber(b, ccr);
        return b.build();
    }

    /** A RAR pushing {@code update} to the gateway that owns {@code sessionId}. */
    public DiameterMessage rar(String sessionId, String gatewayHost, String gatewayRealm, EndToEndId endToEnd,
                               PolicyUpdate update) {
        MessageBuilder b = rarHead(sessionId, gatewayHost, gatewayRealm, endToEnd);
        policyAvps.write(b, update);
        return b.build();
    }

    /**
     * A RAR asking the gateway to end the session (TS 29.212 §4.5.6.1 PCRF-initiated IP-CAN
     * session termination): Session-Release-Cause, after which the PCEF sends CCR-T.
     */
    public DiameterMessage releaseRar(String sessionId, String gatewayHost, String gatewayRealm,
                                      EndToEndId endToEnd, int sessionReleaseCause) {
        return rarHead(sessionId, gatewayHost, gatewayRealm, endToEnd)
                .add(Ts29212.SESSION_RELEASE_CAUSE, sessionReleaseCause).build();
    }

    /**
     * A RAR asking the gateway for an immediate usage report of every Monitoring-Key in
     * {@code monitoringKeys} (TS 29.212 §4.5.16: Usage-Monitoring-Information with
     * Usage-Monitoring-Report USAGE_MONITORING_REPORT_REQUIRED); the PCEF answers RAA and then
     * reports in a CCR-U.
     */
    public DiameterMessage usageReportRar(String sessionId, String gatewayHost, String gatewayRealm,
                                          EndToEndId endToEnd, List<String> monitoringKeys) {
        MessageBuilder b = rarHead(sessionId, gatewayHost, gatewayRealm, endToEnd);
        monitoringKeys.forEach(key -> b.add(Ts29212.USAGE_MONITORING_INFORMATION,
                g -> io.pcrfd.pcrf.qos.UsageMonitoringAvps.reportRequired(g, key)));
        return b.build();
    }

    private MessageBuilder rarHead(String sessionId, String host, String realm, EndToEndId endToEnd) {
        return MessageBuilder.request(dictionary, ApplicationIds.GX, "RAR")
                .endToEnd(endToEnd)
                .add(Rfc6733.SESSION_ID, sessionId)
                .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                .originHost(originHost)
                .originRealm(originRealm)
                .add(Rfc6733.DESTINATION_REALM, realm)
                .add(Rfc6733.DESTINATION_HOST, host)
                .add(Rfc6733.RE_AUTH_REQUEST_TYPE, AUTHORIZE_ONLY);
    }

    /**
     * Session-Id, Auth-Application-Id, Origin-Host, Origin-Realm; {@code more} is how many AVPs
     * the caller adds after them, so the answer's AVP array is sized once (a wrong count only
     * costs a copy).
     */
    private MessageBuilder head(DiameterMessage ccr, int more) {
        return MessageBuilder.answer(dictionary, ccr, HEAD + more)
                .add(authApplicationId).add(originHostAvp).add(originRealmAvp);
    }

    /** CC-Request-Type and -Number as the request had them (TS 29.212 §5.6.3). */
    private static void requestTypeAndNumber(MessageBuilder b, DiameterMessage ccr) {
        Avp type = ccr.avp(Rfc4006.CC_REQUEST_TYPE).orElse(null);
        if (type != null) {
            b.add(type);
        }
        Avp number = ccr.avp(Rfc4006.CC_REQUEST_NUMBER).orElse(null);
        if (number != null) {
            b.add(number);
        }
    }
}
