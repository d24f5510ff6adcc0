package io.pcrfd.diameter.peer;

/**
 * One application this node serves, as advertised in CER/CEA (RFC 6733 §5.3, §6.11).
 *
 * <p>{@code vendorId} is the vendor that defines the application (10415 for the 3GPP ones,
 * 0 for IETF ones). How it is advertised is {@link Advertise}: RFC 6733 §5.3 tells the
 * receiver to ignore the Vendor-Id inside a Vendor-Specific-Application-Id, but some stacks
 * (jDiameter) match by vendor as well, so the default for a vendor application is both forms.
 *
 * @param id        the application id
 * @param kind      authentication or accounting
 * @param vendorId  the defining vendor; 0 for IETF applications
 * @param advertise the form(s) used in our CER/CEA
 */
public record ApplicationSupport(long id, Kind kind, long vendorId, Advertise advertise) {
    /** Auth-Application-Id or Acct-Application-Id. */
    public enum Kind { AUTH, ACCT }

    /** The form(s) an application is advertised in. */
    public enum Advertise {
        /** Only a bare Auth-/Acct-Application-Id. */
        PLAIN,
        /** Only a Vendor-Specific-Application-Id { Vendor-Id, Auth-/Acct-Application-Id }. */
        VSAI,
        /** Both (the default for vendor applications: every stack finds it). */
        BOTH
    }

    public ApplicationSupport {
        if (id < 0 || id > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("application id " + id + " is not an Unsigned32");
        }
        if (kind == null || advertise == null) {
            throw new IllegalArgumentException("kind and advertise are required");
        }
        if (vendorId == 0 && advertise == Advertise.VSAI) {
            throw new IllegalArgumentException("application " + id + ": a VSAI needs a non-zero vendor");
        }
    }

    /** An IETF auth application (vendor 0), advertised as a bare Auth-Application-Id. */
    public static ApplicationSupport auth(long id) {
        return new ApplicationSupport(id, Kind.AUTH, 0, Advertise.PLAIN);
    }

    /** A vendor auth application, advertised in both forms. */
    public static ApplicationSupport vendorAuth(long vendorId, long id) {
        return new ApplicationSupport(id, Kind.AUTH, vendorId, Advertise.BOTH);
    }
}
