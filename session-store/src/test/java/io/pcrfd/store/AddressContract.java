package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.store.model.IpCanSession;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * UE addresses are unique per address space, the APN and IP-Domain-Id of
 * {@link IpCanSession#inIpDomain}: private pools overlap across APNs and IP domains, so the
 * same address is held by one live session per space, a create is held only by the holder in
 * its own space (the one a new CCR-I evicts), and the listing by address shows them all.
 */
public interface AddressContract extends StoreFixture {

    String ADDRESS = "10.77.0.1";
    String PREFIX = "2001:db8:77::/64";

    /** Session {@code n} holding {@link #ADDRESS} on {@code apn}, without IPv6 prefix. */
    private IpCanSession.Builder onAddress(int n, String apn) {
        return session(n).apn(apn).ueIpv4(ADDRESS).ueIpv6Prefix(null);
    }

    private IpCanSession created(IpCanSession.Builder s) {
        Claim<IpCanSession> claim = await(store().sessions().create(s.build()));
        assertThat(claim.claimed()).as("claimed " + claim.value().sessionId()).isTrue();
        return claim.value();
    }

    @Test
    default void oneIpv4InTwoApnsIsHeldByTwoLiveSessions() {
        IpCanSession internet = created(onAddress(301, "internet"));
        IpCanSession ims = created(onAddress(302, "ims"));

        assertThat(await(store().sessions().findByIpv4(ADDRESS, "internet", null))).contains(internet);
        assertThat(await(store().sessions().findByIpv4(ADDRESS, "ims", null))).contains(ims);
        assertThat(await(store().sessions().findByIpv4(ADDRESS, "mms", null))).isEmpty();
        assertThat(await(store().sessions().findAllByIpv4(ADDRESS))).containsExactlyInAnyOrder(internet, ims);
        assertThat(await(store().sessions().findAllByIpv4("10.77.0.2"))).isEmpty();
    }

    @Test
    default void aCreateOnTheSameApnIsHeldByThatApnsHolderOnly() {
        IpCanSession internet = created(onAddress(303, "internet"));
        IpCanSession ims = created(onAddress(304, "ims"));
        IpCanSession fromOtherGateway = onAddress(305, "internet").sessionId("pgw2.example.org;1;305")
                .gatewayHost("pgw2.example.org").build();

        assertThat(await(store().sessions().create(fromOtherGateway))).isEqualTo(new Claim.Held<>(internet));

        await(store().sessions().close(internet.sessionId(), now(), now().plus(TTL)));
        IpCanSession replacement = await(store().sessions().create(fromOtherGateway)).value();
        assertThat(await(store().sessions().findByIpv4(ADDRESS, "internet", null))).contains(replacement);
        assertThat(await(store().sessions().findAllByIpv4(ADDRESS))).containsExactlyInAnyOrder(replacement, ims);
    }

    @Test
    default void theApnIsComparedWithoutAsciiCase() {
        IpCanSession internet = created(onAddress(306, "internet"));

        assertThat(await(store().sessions().create(onAddress(307, "Internet").build())))
                .isEqualTo(new Claim.Held<>(internet));
        assertThat(await(store().sessions().findByIpv4(ADDRESS, "INTERNET", null))).contains(internet);
    }

    @Test
    default void theIpDomainIdSeparatesAddressSpacesWithinOneApn() {
        IpCanSession first = created(onAddress(308, "internet").ipDomainId("domain-1"));
        IpCanSession second = created(onAddress(309, "internet").ipDomainId("domain-2"));
        IpCanSession none = created(onAddress(310, "internet"));

        assertThat(await(store().sessions().create(onAddress(311, "internet").ipDomainId("domain-1").build())))
                .isEqualTo(new Claim.Held<>(first));
        assertThat(await(store().sessions().findByIpv4(ADDRESS, "internet", "domain-1"))).contains(first);
        assertThat(await(store().sessions().findByIpv4(ADDRESS, "internet", "domain-2"))).contains(second);
        assertThat(await(store().sessions().findByIpv4(ADDRESS, "internet", null))).contains(none);
        assertThat(await(store().sessions().findByIpv4(ADDRESS, "internet", "DOMAIN-1"))).isEmpty();
        assertThat(await(store().sessions().findAllByIpv4(ADDRESS))).containsExactlyInAnyOrder(first, second, none);
        assertThat(await(store().sessions().get(first.sessionId()))).hasValueSatisfying(
                s -> assertThat(s.ipDomainId()).isEqualTo("domain-1"));
    }

    @Test
    default void oneIpv6PrefixInTwoApnsIsHeldByTwoLiveSessions() {
        IpCanSession internet = created(session(312).apn("internet").ueIpv4(null).ueIpv6Prefix(PREFIX));
        IpCanSession ims = created(session(313).apn("ims").ueIpv4(null).ueIpv6Prefix(PREFIX));

        assertThat(await(store().sessions().create(session(314).apn("ims").ueIpv4(null).ueIpv6Prefix(PREFIX)
                .build()))).isEqualTo(new Claim.Held<>(ims));
        assertThat(await(store().sessions().findByIpv6Prefix(PREFIX, "internet", null))).contains(internet);
        assertThat(await(store().sessions().findByIpv6Prefix(PREFIX, "ims", null))).contains(ims);
        assertThat(await(store().sessions().findAllByIpv6Prefix(PREFIX))).containsExactlyInAnyOrder(internet, ims);
    }

    @Test
    default void aClosedHolderLeavesTheListingAndTheOthersStay() {
        IpCanSession internet = created(onAddress(315, "internet"));
        IpCanSession ims = created(onAddress(316, "ims"));

        await(store().sessions().close(ims.sessionId(), now(), now().plus(TTL)));

        assertThat(await(store().sessions().findAllByIpv4(ADDRESS))).containsExactly(internet);
        assertThat(await(store().sessions().findByIpv4(ADDRESS, "ims", null))).isEmpty();
        await(store().sessions().remove(internet.sessionId()));
        assertThat(await(store().sessions().findAllByIpv4(ADDRESS))).isEmpty();
    }

    @Test
    default void anUpdateMayNotChangeTheIpDomainId() {
        IpCanSession v1 = created(onAddress(317, "internet").ipDomainId("domain-1"));

        assertThatThrownBy(() -> store().sessions().update(v1.toBuilder().ipDomainId("domain-2").build())
                .toCompletableFuture().join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(await(store().sessions().findByIpv4(ADDRESS, "internet", "domain-1"))).contains(v1);
    }
}
