package io.pcrfd.pcrf.config;

/**
 * How to ask one peer (a BPCF, a V-PCRF, a TDF) to open a session towards us
 * (TS 29.215 §A.6.1.1.1).
 *
 * @param host        the peer's Origin-Host, as in {@code diameter.peers}
 * @param encoding    {@code ter}: the 3GPP Trigger-Establishment-Request (TS 29.215
 *                    §A.7.6.6); {@code ccr} or {@code aar}: the project's variants carrying the
 *                    project's establishment indication AVP
 * @param mode        {@code one-shot}: the trigger session ends once the peer's session is up;
 *                    {@code device-level}: one trigger session per peer stays and is updated;
 *                    {@code notify-only}: the trigger opens no session (TER is always this)
 * @param application {@code s9a} (PCRF to BPCF, app 16777319) or {@code s9} (H-PCRF to
 *                    V-PCRF, app 16777267)
 */
public record EstablishmentPeerConfig(@Required String host, Encoding encoding, Mode mode,
                                      Application application) {
    public static final Encoding DEFAULT_ENCODING = Encoding.TER;
    public static final Mode DEFAULT_MODE = Mode.NOTIFY_ONLY;
    public static final Application DEFAULT_APPLICATION = Application.S9A;

    /** The request that carries the trigger. */
    public enum Encoding { TER, CCR, AAR }

    /** The lifetime of the trigger's own session (pcrfd.dia Session-Establishment-Request). */
    public enum Mode { ONE_SHOT, DEVICE_LEVEL, NOTIFY_ONLY }

    /** The Diameter application of the trigger and of the peer's session. */
    public enum Application { S9A, S9 }

    public EstablishmentPeerConfig {
        if (host != null) {
            Checks.diameterIdentity(host, "host");
        }
        InvalidValueException.check(encoding != Encoding.TER || mode == Mode.NOTIFY_ONLY, "mode",
                "a TER is stateless (TS 29.215 §A.7.6.6, Auth-Session-State NO_STATE_MAINTAINED), so its mode is notify-only, got "
                        + ScalarConverter.enumName(mode));
    }

    public static EstablishmentPeerConfig defaults() {
        return new EstablishmentPeerConfig(null, DEFAULT_ENCODING, DEFAULT_MODE, DEFAULT_APPLICATION);
    }
}
