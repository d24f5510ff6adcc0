/**
 * Netty pipeline handlers for Diameter over TCP (RFC 6733 §2.1): {@link
 * io.pcrfd.diameter.netty.DiameterFrameDecoder} splits the stream on the Message Length and
 * {@link io.pcrfd.diameter.netty.DiameterMessageCodec} turns frames into
 * {@link io.pcrfd.diameter.codec.DecodeResult}s and messages into octets.
 *
 * <pre>
 * socket ─▶ DiameterFrameDecoder ─▶ DiameterMessageCodec ─▶ peer handler
 *           (ByteBuf frames)        (DecodeResult in, DiameterMessage out)
 * </pre>
 */
package io.pcrfd.diameter.netty;
