package io.pcrfd.diameter.bench;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.AvpView;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Etsi283034;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29061;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.diameter.spec.Ts29229;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Gx parser's reading of a CCR through a one-pass {@link AvpView}: the view of the CCR-I of
 * {@link GxMessages} over the parser's layout of 25 handles, then its 28 questions in the
 * order the parser asks them (pcrf-core {@code GxRequestParser}: the ids and type, the policy
 * request's fields, then the rest of the request).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AvpViewBenchmark {
    /** The parser's layout, in its order. */
    private static final AvpKey[] READ = {Rfc6733.SESSION_ID, Rfc4006.CC_REQUEST_TYPE, Rfc4006.CC_REQUEST_NUMBER,
        Rfc4006.SUBSCRIPTION_ID, Rfc6733.ORIGIN_HOST, Rfc6733.ORIGIN_REALM, Rfc6733.ORIGIN_STATE_ID,
        Rfc7155.FRAMED_IP_ADDRESS, Rfc7155.FRAMED_IPV6_PREFIX, Ts29214.IP_DOMAIN_ID, Ts29061._3GPP_USER_LOCATION_INFO,
        Ts29212.UDP_SOURCE_PORT, Etsi283034.LOGICAL_ACCESS_ID, Ts29229.SUPPORTED_FEATURES, Ts29212.BEARER_IDENTIFIER,
        Ts29212.PRESENCE_REPORTING_AREA_INFORMATION, Ts29212.EVENT_TRIGGER, Ts29212.USAGE_MONITORING_INFORMATION,
        Ts29212.CHARGING_RULE_REPORT, Rfc7155.CALLED_STATION_ID, Ts29212.RAT_TYPE, Ts29212.IP_CAN_TYPE,
        Ts29061._3GPP_SGSN_MCC_MNC, Ts29212.UE_LOCAL_IP_ADDRESS, Ts29212.HENB_LOCAL_IP_ADDRESS};
    private DiameterMessage ccr;
    private AvpView.Layout layout;

    @Setup
    public void setUp() {
        Dictionary d = Dictionary.standard();
        ccr = GxMessages.ccrInitial(d);
        layout = AvpView.Layout.of(d, READ);
    }

    @Benchmark
    public long viewAndGxParserQuestions() {
        AvpView v = layout.view(ccr);
        long h = present(v.first(Rfc6733.SESSION_ID)) + present(v.first(Rfc4006.CC_REQUEST_TYPE))
                + present(v.first(Rfc4006.CC_REQUEST_NUMBER)) + v.count(Rfc4006.SUBSCRIPTION_ID)
                + v.count(Ts29212.CHARGING_RULE_REPORT) + v.all(Rfc4006.SUBSCRIPTION_ID).size();
        h += present(v.first(Rfc7155.CALLED_STATION_ID)) + present(v.first(Ts29212.RAT_TYPE))
                + present(v.first(Ts29212.IP_CAN_TYPE)) + present(v.first(Ts29061._3GPP_SGSN_MCC_MNC))
                + present(v.first(Ts29212.UE_LOCAL_IP_ADDRESS)) + present(v.first(Ts29212.HENB_LOCAL_IP_ADDRESS));
        h += v.all(Ts29212.EVENT_TRIGGER).size() + v.all(Ts29212.USAGE_MONITORING_INFORMATION).size()
                + v.all(Ts29212.CHARGING_RULE_REPORT).size();
        h += present(v.first(Rfc6733.ORIGIN_HOST)) + present(v.first(Rfc6733.ORIGIN_REALM))
                + present(v.first(Rfc6733.ORIGIN_STATE_ID)) + present(v.first(Rfc7155.FRAMED_IP_ADDRESS))
                + present(v.first(Rfc7155.FRAMED_IPV6_PREFIX)) + present(v.first(Ts29214.IP_DOMAIN_ID))
                + present(v.first(Ts29061._3GPP_USER_LOCATION_INFO)) + present(v.first(Ts29212.UDP_SOURCE_PORT))
                + present(v.first(Etsi283034.LOGICAL_ACCESS_ID)) + v.all(Ts29229.SUPPORTED_FEATURES).size()
                + present(v.first(Ts29212.BEARER_IDENTIFIER))
                + v.all(Ts29212.PRESENCE_REPORTING_AREA_INFORMATION).size();
        return h;
    }

    private static long present(Object o) {
        return o == null ? 0 : 1;
    }
}
