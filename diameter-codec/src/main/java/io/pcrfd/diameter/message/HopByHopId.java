package io.pcrfd.diameter.message;

/**
 * The Hop-by-Hop Identifier (RFC 6733 §3): unique per connection while a request is
 * outstanding; the answer carries the request's value. Any 32-bit value is valid.
 *
 * @param value the 32 bits
 */
public record HopByHopId(int value) {
    /** The id 0, shared: a builder's default until one is set. */
    public static final HopByHopId ZERO = new HopByHopId(0);

    public static HopByHopId of(int value) {
        return new HopByHopId(value);
    }

    @Override
    public String toString() {
        return String.format("hbh=0x%08x", value);
    }
}
