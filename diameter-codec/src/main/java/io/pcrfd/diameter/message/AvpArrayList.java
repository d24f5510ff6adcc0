package io.pcrfd.diameter.message;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An unmodifiable list view of an array nobody writes to any more; lets the decoder hand over
 * exactly sized arrays without a second copy.
 */
final class AvpArrayList extends AbstractList<Avp> implements RandomAccess {
    static final Avp[] EMPTY = new Avp[0];

    private final Avp[] avps;

    AvpArrayList(Avp[] avps) {
        this.avps = avps;
    }

    @Override
    public Avp get(int index) {
        return avps[index];
    }

    @Override
    public int size() {
        return avps.length;
    }
}
