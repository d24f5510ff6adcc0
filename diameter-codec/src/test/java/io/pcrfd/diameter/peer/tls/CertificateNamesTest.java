package io.pcrfd.diameter.peer.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6125 §6.4 matching of a certificate's names against a DiameterIdentity. */
class CertificateNamesTest {

    @ParameterizedTest(name = "{0} presented for {1}: {2}")
    @CsvSource({
            "pcef.test.example,   pcef.test.example,   true",
            "PCEF.Test.Example,   pcef.test.example,   true",   // §6.4.1 case-insensitive
            "pcef.test.example.,  pcef.test.example,   true",   // trailing dot ignored
            "pcef.test.example,   pcef.test.example.,  true",
            "pcef.test.example,   pcrf.test.example,   false",
            "pcef.test.example,   test.example,        false",
            "*.test.example,      pcef.test.example,   true",   // §6.4.3 one label
            "*.TEST.example,      pcef.test.EXAMPLE,   true",
            "*.test.example,      test.example,        false",  // the wildcard is not empty
            "*.test.example,      a.pcef.test.example, false",  // nor more than one label
            "*.test.example,      pcef.other.example,  false",
            "pc*.test.example,    pcef.test.example,   false",  // partial label: never (decision)
            "*ef.test.example,    pcef.test.example,   false",
            "pcef.*.example,      pcef.test.example,   false",  // not the leftmost label
            "*.*.example,         a.test.example,      false",
            "*.example,           test.example,        false",  // directly above a top-level label
            "*,                   example,             false",
            "*.test.example,      *.test.example,      false",  // a reference is never a pattern
    })
    void onePresentedNameAgainstOneIdentity(String presented, String reference, boolean matches) {
        assertThat(CertificateNames.matches(presented, reference)).isEqualTo(matches);
    }

    @Test
    void theCommonNameCountsOnlyWhenThereIsNoDnsName() {
        CertificateNames sanAndCn = new CertificateNames(List.of("gw.test.example"), "pcef.test.example");
        assertThat(sanAndCn.matches("gw.test.example")).isTrue();
        assertThat(sanAndCn.matches("pcef.test.example")).as("§6.4.4: CN ignored beside a dNSName").isFalse();
        assertThat(sanAndCn.describe()).isEqualTo("DNS:gw.test.example");

        CertificateNames cnOnly = new CertificateNames(List.of(), "pcef.test.example");
        assertThat(cnOnly.matches("pcef.test.example")).isTrue();
        assertThat(cnOnly.describe()).isEqualTo("CN=pcef.test.example");

        CertificateNames nothing = new CertificateNames(List.of(), null);
        assertThat(nothing.matches("pcef.test.example")).isFalse();
        assertThat(nothing.describe()).isEqualTo("no DNS name and no CN");
    }

    @Test
    void anyOfSeveralDnsNamesMayMatch() {
        CertificateNames names = new CertificateNames(List.of("a.test.example", "*.lab.example"), null);
        assertThat(names.matches("a.test.example")).isTrue();
        assertThat(names.matches("pcef.lab.example")).isTrue();
        assertThat(names.matches("b.test.example")).isFalse();
        assertThat(names.describe()).isEqualTo("DNS:a.test.example, DNS:*.lab.example");
    }

    @Test
    void theMostSpecificCommonNameIsTheLeftmost() {
        assertThat(CertificateNames.commonName("CN=pcef.test.example,O=Lab,C=FR")).isEqualTo("pcef.test.example");
        assertThat(CertificateNames.commonName("CN=a.test.example,CN=b.test.example")).isEqualTo("a.test.example");
        assertThat(CertificateNames.commonName("O=Lab,C=FR")).isNull();
        assertThat(CertificateNames.commonName("not a name")).isNull();
    }
}
