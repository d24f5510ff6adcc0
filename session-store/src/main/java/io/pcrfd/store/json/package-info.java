/**
 * The one JSON form of stored records, shared by the in-memory snapshot and the Redis
 * values so that both read what the other wrote. Instants are ISO-8601 strings (readable in
 * redis-cli and in a snapshot file); unknown properties are ignored so an older node can read
 * a record a newer node wrote with an added field.
 */
package io.pcrfd.store.json;
