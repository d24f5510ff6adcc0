package io.pcrfd.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every one of the 160 header bits of a valid DWR flipped in turn, each with the exact first
 * error RFC 6733 calls for; and every bit of its AVPs flipped, which must never throw and must
 * only ever produce AVP-level errors.
 */
class HeaderBitSweepTest {
    private final Dictionary dict = Dictionary.standard();
    private final DiameterCodec codec = new DiameterCodec(dict);
    private final byte[] dwr = DiameterCodec.encode(MessageBuilder.request(dict, ApplicationIds.COMMON, "DWR")
            .hopByHop(HopByHopId.of(0x01020304)).endToEnd(EndToEndId.of(0x05060708))
            .originHost("pcrf.example").originRealm("example").add("Origin-State-Id", 5)
            .build());

    private String firstError(int bit) {
        byte[] b = dwr.clone();
        b[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
        List<DiameterError> errors = codec.decode(b).errors();
        return errors.isEmpty() ? "valid" : errors.get(0).resultCode() + (errors.get(0).failedAvp() == null ? ""
                : " " + errors.get(0).failedAvp().name());
    }

    /** What RFC 6733 says the first error is when header bit {@code bit} (0 = MSB of octet 0) flips. */
    private static String expected(int bit) {
        int octet = bit / 8;
        int mask = 0x80 >>> (bit % 8);
        if (octet == 0) {
            return "5011";                                   // version is no longer 1
        }
        if (octet <= 3) {
            return "5015";                                   // Message Length disagrees with 68 octets
        }
        if (octet == 4) {
            return switch (mask) {
                case 0x80 -> "5005 Result-Code";             // R cleared: now a DWA, which needs Result-Code
                case 0x40, 0x20 -> "3008";                   // P on a non-proxiable command, E on a request
                default -> "valid";                          // T is legal; reserved bits are ignored
            };
        }
        if (octet <= 7) {
            // 280 ^ 2 = 282, DPR, which needs Disconnect-Cause; any other code is not in application 0.
            return octet == 7 && mask == 0x02 ? "5005 Disconnect-Cause" : "3001";
        }
        if (octet <= 11) {
            // 0 ^ 4 is Credit Control, a known application without a DWR; the rest are unknown.
            return octet == 11 && mask == 0x04 ? "3001" : "3007";
        }
        return "valid";                                      // Hop-by-Hop and End-to-End are any value
    }

    @Test
    void everyHeaderBitHasItsExactError() {
        for (int bit = 0; bit < 160; bit++) {
            assertThat(firstError(bit)).as("header bit %d (octet %d)", bit, bit / 8).isEqualTo(expected(bit));
        }
    }

    @Test
    void everyAvpBitYieldsOnlyAvpLevelErrorsAndNeverThrows() {
        Set<Long> avpLevel = Set.of(3009L, 5001L, 5004L, 5005L, 5008L, 5009L, 5014L);
        for (int bit = 160; bit < dwr.length * 8; bit++) {
            byte[] b = dwr.clone();
            b[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
            DecodeResult r = codec.decode(b);
            assertThat(r.message()).as("bit %d", bit).isNotNull();
            assertThat(r.errors()).as("bit %d", bit).extracting(DiameterError::resultCode).allMatch(avpLevel::contains);
        }
    }
}
