package io.pcrfd.diameter.message;

/**
 * The End-to-End Identifier (RFC 6733 §3): with Origin-Host it detects duplicate requests;
 * agents never change it. Any 32-bit value is valid.
 *
 * @param value the 32 bits
 */
public record EndToEndId(int value) {
    /** The id 0, shared: a builder's default until one is set. */
    public static final EndToEndId ZERO = new EndToEndId(0);

    public static EndToEndId of(int value) {
        return new EndToEndId(value);
    }

    @Override
    public String toString() {
        return String.format("e2e=0x%08x", value);
    }
}
