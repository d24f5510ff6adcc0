package io.pcrfd.pcrf.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that has no sensible default: the {@link RecordBinder} refuses a
 * mapping that omits it ({@code diameter.peers[0].host: missing required key}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Required {
}
